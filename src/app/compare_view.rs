//! Compare: the scenario on screen next to up to three others (files or presets): their ROI
//! curves overlaid, and a table of the headline figures with the best of each row highlighted.

use egui::{Color32, RichText, Ui};
use egui_plot::Line;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;

use crate::analysis::compare::{Compared, MAX_COMPARED, compare};
use crate::files::presets::PRESETS;
use crate::locale::format::{money, payback, percent};
use crate::model::projection::Summary;
use crate::model::scenario::Scenario;

const COLOURS: [Color32; MAX_COMPARED] = [
    Color32::from_rgb(66, 133, 244),
    Color32::from_rgb(234, 67, 53),
    Color32::from_rgb(52, 168, 83),
    Color32::from_rgb(171, 71, 188),
];

#[derive(Default)]
pub struct CompareView {
    /// The other scenarios: where they came from, and the scenario.
    others: Vec<(String, Scenario)>,
    cached: Option<(u64, usize, Result<Vec<Compared>, String>)>,
    changes: usize,
}

/// What the user asked for that the app must do (a file dialog).
pub enum CompareRequest {
    AddFile,
}

impl CompareView {
    pub fn can_add(&self) -> bool {
        self.others.len() < MAX_COMPARED - 1
    }

    pub fn add(&mut self, source: String, scenario: Scenario) {
        if self.can_add() {
            self.others.push((source, scenario));
            self.changes += 1;
        }
    }

    pub fn ui(&mut self, ui: &mut Ui, current: &Scenario, revision: u64) -> Option<CompareRequest> {
        let mut request = None;
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Compared with the scenario on screen:").strong());
            let mut remove = None;
            for (index, (source, _)) in self.others.iter().enumerate() {
                if ui
                    .button(format!("{source} ×"))
                    .on_hover_text("Remove from the comparison")
                    .clicked()
                {
                    remove = Some(index);
                }
            }
            if let Some(index) = remove {
                self.others.remove(index);
                self.changes += 1;
            }
            ui.add_enabled_ui(self.can_add(), |ui| {
                if ui.button("Add a file…").clicked() {
                    request = Some(CompareRequest::AddFile);
                }
                let mut chosen = None;
                egui::ComboBox::from_id_salt("compare_preset")
                    .selected_text("Add a preset")
                    .show_ui(ui, |ui| {
                        for (index, preset) in PRESETS.iter().enumerate() {
                            if ui.selectable_label(false, preset.title).clicked() {
                                chosen = Some(index);
                            }
                        }
                    })
                    .response
                    .on_hover_text("Add one of the example scenarios");
                if let Some(preset) = chosen.and_then(|i| PRESETS.get(i))
                    && let Ok(scenario) = preset.scenario()
                {
                    self.add(preset.title.to_owned(), scenario);
                }
            });
        });
        if self.others.is_empty() {
            ui.add_space(20.0);
            ui.label("Add a scenario file or a preset to compare it with the one on screen.");
            return request;
        }
        if self
            .cached
            .as_ref()
            .is_none_or(|(r, c, _)| *r != revision || *c != self.changes)
        {
            let mut all = vec![("On screen".to_owned(), current.clone())];
            all.extend(self.others.iter().cloned());
            let result = compare(&all).map_err(|e| e.to_string());
            self.cached = Some((revision, self.changes, result));
        }
        let Some((_, _, result)) = &self.cached else {
            return request;
        };
        match result {
            Ok(compared) => {
                ui.add_space(6.0);
                let same_currency = compared.windows(2).all(|w| w[0].currency == w[1].currency);
                if !same_currency {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        "These scenarios use different currencies: amounts are not converted, so \
                         only ROI and payback are compared.",
                    );
                }
                kpi_table(ui, compared, same_currency);
                ui.add_space(10.0);
                roi_curves(ui, compared);
            }
            Err(error) => {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
        }
        request
    }
}

fn roi_curves(ui: &mut Ui, compared: &[Compared]) {
    ui.label(RichText::new("Cumulative ROI").strong());
    super::plots::fixed_plot("compare_roi", 280.0)
        .include_y(0.0)
        .x_axis_label("Month")
        .y_axis_formatter(|mark, _| format!("{:.0} %", mark.value))
        .show(ui, |plot| {
            for (entry, colour) in compared.iter().zip(COLOURS) {
                let points: Vec<[f64; 2]> = entry
                    .projection
                    .months
                    .iter()
                    .filter_map(|m| Some([f64::from(m.month), m.roi_pct?.to_f64()?]))
                    .collect();
                plot.line(
                    Line::new(entry.name.clone(), points)
                        .color(colour)
                        .width(2.5),
                );
            }
        });
}

/// Which value of a row is best.
#[derive(Clone, Copy)]
enum Best {
    Highest,
    Lowest,
}

type RowValue = fn(&Summary) -> Option<Decimal>;

/// The headline figures, best of each row highlighted; amounts only when `compare_money`
/// (the same currency everywhere).
fn kpi_table(ui: &mut Ui, compared: &[Compared], compare_money: bool) {
    let rows: [(&str, RowValue, Best); 8] = [
        ("Total cost", |s| Some(s.total_cost), Best::Lowest),
        ("Total gain", |s| Some(s.total_gain), Best::Highest),
        ("Net gain", |s| Some(s.net_gain), Best::Highest),
        ("ROI", |s| s.roi_pct, Best::Highest),
        ("Payback", |s| s.payback_months, Best::Lowest),
        ("NPV", |s| Some(s.npv), Best::Highest),
        ("Discounted ROI", |s| s.discounted_roi_pct, Best::Highest),
        (
            "Monthly net at full adoption",
            |s| Some(s.monthly_net_at_full_adoption),
            Best::Highest,
        ),
    ];
    egui::Grid::new("compare_table")
        .striped(true)
        .num_columns(compared.len() + 1)
        .spacing([24.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            for (entry, colour) in compared.iter().zip(COLOURS) {
                ui.label(RichText::new(&entry.name).strong().color(colour));
            }
            ui.end_row();
            for (label, value, best) in rows {
                ui.label(label);
                let values: Vec<Option<Decimal>> = compared
                    .iter()
                    .map(|c| value(&c.projection.summary))
                    .collect();
                let best_value = match best {
                    Best::Highest => values.iter().flatten().max(),
                    Best::Lowest => values.iter().flatten().min(),
                }
                .copied();
                for (entry, v) in compared.iter().zip(&values) {
                    let horizon = (entry.projection.months.len() - 1) as u32;
                    let text = match label {
                        "ROI" | "Discounted ROI" => percent(*v),
                        "Payback" => payback(*v, horizon),
                        _ => money(v.unwrap_or_default(), &entry.currency),
                    };
                    let is_money = !matches!(label, "ROI" | "Discounted ROI" | "Payback");
                    let is_best = v.is_some()
                        && *v == best_value
                        && compared.len() > 1
                        && (compare_money || !is_money);
                    let mut cell = RichText::new(text).monospace();
                    if is_best {
                        cell = cell
                            .strong()
                            .background_color(ui.visuals().selection.bg_fill.linear_multiply(0.5));
                    }
                    let response = ui.label(cell);
                    if is_best {
                        response.on_hover_text("Best of this row");
                    }
                }
                ui.end_row();
            }
        });
}
