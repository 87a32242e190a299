//! Compare: the scenario on screen next to up to three others (files or presets). A table of
//! the headline figures (the best of each row highlighted, where the scenarios can be ranked
//! on it), the inputs that differ, and the ROI and cumulative cost and gain curves overlaid.

use egui::{Color32, RichText, Ui};
use egui_plot::{Line, LineStyle};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;

use super::plots::{
    Ticks, TooltipRow, at_month, money_text, month_plot, month_tooltip, value_axis,
};
use crate::analysis::compare::{
    CompareError, Compared, MAX_COMPARED, compare, differing_inputs, same_currency, same_horizon,
};
use crate::files::presets::PRESETS;
use crate::locale::format::{money, payback, percent};
use crate::locale::messages;
use crate::model::projection::Summary;
use crate::model::scenario::Scenario;
use crate::report::analysis::{input_label, input_value};
use crate::tr;

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

    /// Forgets the comparison made (its names are text in the language it was made in).
    pub fn forget(&mut self) {
        self.cached = None;
    }

    pub fn ui(&mut self, ui: &mut Ui, current: &Scenario, revision: u64) -> Option<CompareRequest> {
        let mut request = None;
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr!("compare-heading")).strong());
            let mut remove = None;
            for (index, (source, _)) in self.others.iter().enumerate() {
                if ui
                    .button(format!("{source} ×"))
                    .on_hover_text(tr!("compare-remove-help"))
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
                if ui.button(tr!("compare-add-file")).clicked() {
                    request = Some(CompareRequest::AddFile);
                }
                let mut chosen = None;
                egui::ComboBox::from_id_salt("compare_preset")
                    .selected_text(tr!("compare-add-preset"))
                    .show_ui(ui, |ui| {
                        for (index, preset) in PRESETS.iter().enumerate() {
                            if ui.selectable_label(false, preset.title).clicked() {
                                chosen = Some(index);
                            }
                        }
                    })
                    .response
                    .on_hover_text(tr!("compare-add-preset-help"));
                if let Some(preset) = chosen.and_then(|i| PRESETS.get(i))
                    && let Ok(scenario) = preset.scenario()
                {
                    self.add(preset.title.to_owned(), scenario);
                }
            });
        });
        if self.others.is_empty() {
            ui.add_space(20.0);
            ui.label(tr!("compare-empty"));
            return request;
        }
        if self
            .cached
            .as_ref()
            .is_none_or(|(r, c, _)| *r != revision || *c != self.changes)
        {
            let mut all = vec![(tr!("compare-on-screen"), current.clone())];
            all.extend(self.others.iter().cloned());
            let result = compare(&all).map_err(|e| match e {
                CompareError::Calc { source_name, error } => {
                    format!("{source_name}: {}", messages::calc_error(&error))
                }
                // The view never offers fewer than two or more than the limit.
                other => other.to_string(),
            });
            self.cached = Some((revision, self.changes, result));
        }
        let Some((_, _, result)) = &self.cached else {
            return request;
        };
        match result {
            Ok(compared) => {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui.add_space(6.0);
                    if !same_currency(compared) {
                        ui.colored_label(
                            ui.visuals().warn_fg_color,
                            tr!("compare-warning-currencies"),
                        );
                    }
                    if !same_horizon(compared) {
                        ui.colored_label(
                            ui.visuals().warn_fg_color,
                            tr!("compare-warning-horizons"),
                        );
                    }
                    // One under the other: with four scenarios side by side, each table
                    // needs the whole width (and scrolls sideways on a small screen).
                    egui::ScrollArea::horizontal()
                        .id_salt("compare_kpis_scroll")
                        .show(ui, |ui| kpi_table(ui, compared));
                    ui.add_space(10.0);
                    egui::ScrollArea::horizontal()
                        .id_salt("compare_inputs_scroll")
                        .show(ui, |ui| differences_table(ui, compared));
                    ui.add_space(10.0);
                    ui.columns(2, |columns| {
                        roi_curves(&mut columns[0], compared);
                        cost_gain_curves(&mut columns[1], compared);
                    });
                });
            }
            Err(error) => {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
        }
        request
    }
}

fn longest_horizon(compared: &[Compared]) -> u32 {
    compared
        .iter()
        .map(Compared::horizon_months)
        .max()
        .unwrap_or(0)
}

fn roi_curves(ui: &mut Ui, compared: &[Compared]) {
    ui.label(RichText::new(tr!("compare-roi-title")).strong());
    let horizon = longest_horizon(compared);
    let series: Vec<Vec<[f64; 2]>> = compared
        .iter()
        .map(|entry| {
            entry
                .projection
                .months
                .iter()
                .filter_map(|m| Some([f64::from(m.month), m.roi_pct?.to_f64()?]))
                .collect()
        })
        .collect();
    let plot = value_axis(
        month_plot("compare_roi", 260.0, horizon),
        tr!("compare-roi-axis"),
        Ticks::Percent,
    );
    let response = plot.show(ui, |plot| {
        for ((entry, points), colour) in compared.iter().zip(&series).zip(COLOURS) {
            plot.line(
                Line::new(entry.name().to_owned(), points.clone())
                    .color(colour)
                    .width(2.5),
            );
        }
    });
    month_tooltip(&response, horizon, |month| {
        compared
            .iter()
            .zip(&series)
            .zip(COLOURS)
            .filter_map(|((entry, points), colour)| {
                at_month(points, month).map(|roi| TooltipRow {
                    series: entry.name().to_owned(),
                    value: crate::locale::format::percent_approx(roi, 2),
                    colour,
                })
            })
            .collect()
    });
}

/// Cumulative cost (dashed) and gain (solid) of each scenario, in its colour.
fn cost_gain_curves(ui: &mut Ui, compared: &[Compared]) {
    ui.label(RichText::new(tr!("compare-cost-gain-title")).strong());
    let horizon = longest_horizon(compared);
    let currency = if same_currency(compared) {
        compared.first().map_or("", Compared::currency)
    } else {
        ""
    };
    let points = |entry: &Compared, value: fn(&crate::model::projection::Month) -> Decimal| {
        entry
            .projection
            .months
            .iter()
            .map(|m| [f64::from(m.month), value(m).to_f64().unwrap_or(0.0)])
            .collect::<Vec<_>>()
    };
    let costs: Vec<Vec<[f64; 2]>> = compared
        .iter()
        .map(|e| points(e, |m| m.cumulative_cost))
        .collect();
    let gains: Vec<Vec<[f64; 2]>> = compared
        .iter()
        .map(|e| points(e, |m| m.cumulative_gain))
        .collect();
    let plot = value_axis(
        month_plot("compare_cost_gain", 260.0, horizon),
        currency.to_owned(),
        Ticks::Plain,
    );
    let response = plot.show(ui, |plot| {
        for (((entry, cost), gain), colour) in compared.iter().zip(&costs).zip(&gains).zip(COLOURS)
        {
            plot.line(
                Line::new(
                    tr!("compare-series-cost", name = entry.name()),
                    cost.clone(),
                )
                .color(colour)
                .style(LineStyle::dashed_dense())
                .width(2.0),
            );
            plot.line(
                Line::new(
                    tr!("compare-series-gain", name = entry.name()),
                    gain.clone(),
                )
                .color(colour)
                .width(2.5),
            );
        }
    });
    month_tooltip(&response, horizon, |month| {
        let mut rows = Vec::new();
        for (((entry, cost), gain), colour) in compared.iter().zip(&costs).zip(&gains).zip(COLOURS)
        {
            for (series_name, series) in [
                (tr!("compare-series-cost", name = entry.name()), cost),
                (tr!("compare-series-gain", name = entry.name()), gain),
            ] {
                if let Some(value) = at_month(series, month) {
                    rows.push(TooltipRow {
                        series: series_name,
                        value: money_text(value, entry.currency()),
                        colour,
                    });
                }
            }
        }
        rows
    });
}

/// Which value of a row is best, and what ranking it needs.
#[derive(Clone, Copy)]
enum Best {
    Highest,
    Lowest,
}

/// How a headline row's values are written.
#[derive(Clone, Copy)]
enum Shown {
    Money,
    Percent,
    Payback,
}

/// A headline row: its label (in the language in use), its value, how it is written, which is
/// best, whether it is an amount (ranked only in one currency), and whether it adds up over the
/// horizon (ranked only over equal ones).
struct Row {
    label: fn() -> String,
    value: fn(&Summary) -> Option<Decimal>,
    shown: Shown,
    best: Best,
    money: bool,
    over_horizon: bool,
}

const ROWS: [Row; 8] = [
    Row {
        label: || tr!("compare-row-total-cost"),
        value: |s| Some(s.total_cost),
        shown: Shown::Money,
        best: Best::Lowest,
        money: true,
        over_horizon: true,
    },
    Row {
        label: || tr!("compare-row-total-gain"),
        value: |s| Some(s.total_gain),
        shown: Shown::Money,
        best: Best::Highest,
        money: true,
        over_horizon: true,
    },
    Row {
        label: || tr!("compare-row-net-gain"),
        value: |s| Some(s.net_gain),
        shown: Shown::Money,
        best: Best::Highest,
        money: true,
        over_horizon: true,
    },
    Row {
        label: || tr!("compare-row-roi"),
        value: |s| s.roi_pct,
        shown: Shown::Percent,
        best: Best::Highest,
        money: false,
        over_horizon: true,
    },
    Row {
        label: || tr!("compare-row-payback"),
        value: |s| s.payback_months,
        shown: Shown::Payback,
        best: Best::Lowest,
        money: false,
        over_horizon: false,
    },
    Row {
        label: || tr!("compare-row-npv"),
        value: |s| Some(s.npv),
        shown: Shown::Money,
        best: Best::Highest,
        money: true,
        over_horizon: true,
    },
    Row {
        label: || tr!("compare-row-discounted-roi"),
        value: |s| s.discounted_roi_pct,
        shown: Shown::Percent,
        best: Best::Highest,
        money: false,
        over_horizon: true,
    },
    Row {
        label: || tr!("compare-row-monthly-net"),
        value: |s| Some(s.monthly_net_at_full_adoption),
        shown: Shown::Money,
        best: Best::Highest,
        money: true,
        over_horizon: false,
    },
];

/// The headline figures, the best of each row highlighted where the row can be ranked; a
/// row that cannot says why.
fn kpi_table(ui: &mut Ui, compared: &[Compared]) {
    let one_currency = same_currency(compared);
    let one_horizon = same_horizon(compared);
    ui.label(RichText::new(tr!("compare-kpis-title")).strong());
    egui::Grid::new("compare_table")
        .striped(true)
        .num_columns(compared.len() + 1)
        .spacing([18.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            for (entry, colour) in compared.iter().zip(COLOURS) {
                ui.label(RichText::new(entry.name()).strong().color(colour))
                    .on_hover_text(&entry.source);
            }
            ui.end_row();
            ui.label(tr!("compare-horizon"));
            for entry in compared {
                ui.label(
                    RichText::new(tr!(
                        "compare-horizon-months",
                        months = i64::from(entry.horizon_months())
                    ))
                    .monospace(),
                );
            }
            ui.end_row();
            for row in &ROWS {
                let values: Vec<Option<Decimal>> = compared
                    .iter()
                    .map(|c| (row.value)(&c.projection.summary))
                    .collect();
                let rankable_reason = if row.money && !one_currency {
                    Some(tr!("compare-not-ranked-currencies"))
                } else if row.over_horizon && !one_horizon {
                    Some(tr!("compare-not-ranked-horizons"))
                } else {
                    None
                };
                // The row says why it is not ranked, under its name.
                ui.vertical(|ui| {
                    let line = |text: RichText| {
                        egui::Label::new(text).wrap_mode(egui::TextWrapMode::Extend)
                    };
                    ui.add(line(RichText::new((row.label)())));
                    if let Some(reason) = &rankable_reason {
                        ui.add(line(RichText::new(reason).size(11.5).weak().italics()));
                    }
                });
                let best_value = match row.best {
                    Best::Highest => values.iter().flatten().max(),
                    Best::Lowest => values.iter().flatten().min(),
                }
                .copied();
                for (entry, v) in compared.iter().zip(&values) {
                    let text = match row.shown {
                        Shown::Percent => percent(*v),
                        Shown::Payback => payback(*v, entry.horizon_months()),
                        Shown::Money => money(v.unwrap_or_default(), entry.currency()),
                    };
                    let is_best = rankable_reason.is_none() && v.is_some() && *v == best_value;
                    let mut cell = RichText::new(text).monospace();
                    if is_best {
                        cell = cell
                            .strong()
                            .background_color(ui.visuals().selection.bg_fill.linear_multiply(0.5));
                    }
                    let response = ui.label(cell);
                    if is_best {
                        response.on_hover_text(tr!("compare-best-help"));
                    }
                }
                ui.end_row();
            }
        });
}

/// The inputs whose values differ between the scenarios: what explains the figures.
fn differences_table(ui: &mut Ui, compared: &[Compared]) {
    let scenarios: Vec<&Scenario> = compared.iter().map(|c| &c.scenario).collect();
    let inputs = differing_inputs(&scenarios);
    ui.label(RichText::new(tr!("compare-inputs-title")).strong());
    if inputs.is_empty() {
        ui.label(RichText::new(tr!("compare-inputs-same")).weak());
        return;
    }
    egui::Grid::new("compare_inputs")
        .striped(true)
        .num_columns(compared.len() + 1)
        .spacing([18.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            for (entry, colour) in compared.iter().zip(COLOURS) {
                ui.label(RichText::new(entry.name()).strong().color(colour));
            }
            ui.end_row();
            for input in inputs {
                ui.label(input_label(input));
                for entry in compared {
                    ui.label(RichText::new(input_value(input, &entry.scenario)).monospace());
                }
                ui.end_row();
            }
        });
}
