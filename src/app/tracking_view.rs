//! Plan against actual (SPEC §6): after go-live, the measured months beside the plan. The
//! go-live month, the attribution and the rollout's real cost; KPI tiles (to date and the
//! outlook); the cumulative net, plan against actual with the outlook dashed; gains by group
//! to date; the KPIs measured against the plan's; the quarters; and the grid where the months
//! are typed (the plan's value shown faintly in an empty cell). Every figure is the
//! document's tracking; the view computes none.

use std::collections::HashMap;

use egui::{Color32, RichText, TextEdit, Ui};
use egui_plot::{Line, LineStyle, MarkerShape, Points};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;

use super::kpi_tiles::{self, Tile};
use super::plots::{
    GAIN_COLOUR, Ticks, TooltipRow, at_month, money_text, month_plot, month_tooltip, value_axis,
};
use crate::locale::entry::parse_entry;
use crate::locale::format::{grouped, grouped_natural, money, money_whole, payback, percent};
use crate::locale::terms::{self, measure_heading};
use crate::model::actuals::{ActualMonth, Actuals, Measure, parse_year_month};
use crate::model::driver::MONEY_MAX;
use crate::model::scenario::Scenario;
use crate::model::tracking::{GroupGains, Kpi, Quarter, TrackedMonth, Tracking};
use crate::report::tracking::{
    is_total_row, month_label, quarter_label, quarter_rows, variance_is_worse,
};
use crate::tr;

const PLAN_COLOUR: Color32 = Color32::from_rgb(140, 140, 140);
const ACTUAL_COLOUR: Color32 = GAIN_COLOUR;

/// What the user changed in the tracking view.
pub enum TrackingChange {
    /// One measure of one month; `None` clears it.
    Measure(u32, Measure, Option<Decimal>),
    Attribution(Decimal),
    GoLive(Option<String>),
    OneTimeCost(Option<Decimal>),
}

/// What the user asked for that needs a dialog.
pub enum TrackingRequest {
    ImportCsv,
    ExportTemplate,
}

impl TrackingChange {
    pub fn apply(self, scenario: &mut Scenario) {
        let actuals = scenario.actuals.get_or_insert_with(Actuals::default);
        match self {
            TrackingChange::Measure(month, measure, value) => {
                let index = match actuals.months.iter().position(|m| m.month == month) {
                    Some(index) => index,
                    None => {
                        actuals.months.push(ActualMonth {
                            month,
                            ..ActualMonth::default()
                        });
                        actuals.months.len() - 1
                    }
                };
                measure.set(&mut actuals.months[index], value);
                // A month with nothing measured is no longer a measured month.
                actuals.months.retain(|m| !m.is_empty());
                actuals.months.sort_by_key(|m| m.month);
            }
            TrackingChange::Attribution(pct) => actuals.attribution_pct = pct,
            TrackingChange::GoLive(go_live) => actuals.go_live = go_live,
            TrackingChange::OneTimeCost(cost) => actuals.one_time_cost = cost,
        }
        // Nothing tracked at all: no `actuals` in the file.
        if scenario
            .actuals
            .as_ref()
            .is_some_and(|a| *a == Actuals::default())
        {
            scenario.actuals = None;
        }
    }
}

/// A cell or field being typed, and the last refused entry.
#[derive(Default)]
pub struct TrackingView {
    texts: HashMap<(u32, Option<Measure>), String>,
    error: Option<String>,
    /// The plan's measures per month (the grid's hints), for the document revision.
    hints: Option<(u64, Vec<ActualMonth>)>,
}

const CELL_WIDTH: f32 = 92.0;
const ROW_HEIGHT: f32 = 22.0;

impl TrackingView {
    /// Forgets typed text and messages (another scenario, undo).
    pub fn reset(&mut self) {
        self.texts.clear();
        self.error = None;
    }

    pub fn ui(
        &mut self,
        ui: &mut Ui,
        scenario: &Scenario,
        tracking: Option<&Tracking>,
        hints: impl FnOnce() -> Vec<ActualMonth>,
        revision: u64,
        plan_changed: bool,
    ) -> (Option<TrackingChange>, Option<TrackingRequest>, bool) {
        if self.hints.as_ref().is_none_or(|(r, _)| *r != revision) {
            self.hints = Some((revision, hints()));
        }
        let mut change = None;
        let mut request = None;
        let mut dismiss = false;
        let no_actuals = Actuals::default();
        let actuals = scenario.actuals.as_ref().unwrap_or(&no_actuals);
        self.controls(ui, scenario, actuals, &mut change, &mut request);
        if plan_changed {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(tr!("tracking-plan-changed")).color(ui.visuals().warn_fg_color),
                );
                dismiss = ui.small_button(tr!("tracking-plan-changed-ok")).clicked();
            });
        }
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        let Some(tracking) = tracking else {
            ui.label(tr!("tracking-cannot-compute"));
            return (change, request, dismiss);
        };
        ui.add_space(4.0);
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        egui::ScrollArea::vertical()
            .id_salt("tracking_scroll")
            .show(ui, |ui| {
                if tracking.measured_through == 0 && actuals.one_time_cost.is_none() {
                    ui.label(RichText::new(tr!("tracking-nothing-measured")).weak());
                    ui.add_space(6.0);
                }
                kpi_tiles::show(
                    ui,
                    &tiles(scenario, tracking),
                    1.0,
                    kpi_tiles::MIN_TILE_WIDTH,
                );
                ui.add_space(8.0);
                ui.columns(2, |columns| {
                    cumulative_chart(&mut columns[0], scenario, tracking);
                    groups_table(&mut columns[1], scenario, tracking);
                });
                ui.add_space(8.0);
                kpi_table(ui, scenario, tracking);
                ui.add_space(8.0);
                quarters_table(ui, tracking);
                ui.add_space(8.0);
                ui.label(
                    RichText::new(tr!(
                        "tracking-grid-heading",
                        currency = scenario.currency.as_str()
                    ))
                    .strong(),
                );
                if let Some(cell) = self.grid(ui, scenario, actuals) {
                    change = Some(cell);
                }
            });
        (change, request, dismiss)
    }

    fn controls(
        &mut self,
        ui: &mut Ui,
        scenario: &Scenario,
        actuals: &Actuals,
        change: &mut Option<TrackingChange>,
        request: &mut Option<TrackingRequest>,
    ) {
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(tr!("tracking-go-live"));
            let id = ui.make_persistent_id("tracking_go_live");
            let text = self.texts.entry((0, None)).or_default();
            if !ui.memory(|m| m.has_focus(id)) {
                *text = actuals.go_live.clone().unwrap_or_default();
            }
            let response = ui
                .add(
                    TextEdit::singleline(text)
                        .id(id)
                        .desired_width(70.0)
                        .hint_text(tr!("tracking-go-live-hint")),
                )
                .labelled_by(label.id)
                .on_hover_text(tr!("tracking-go-live-help"));
            if response.lost_focus() {
                let typed = text.trim().to_owned();
                if typed.is_empty() {
                    if actuals.go_live.is_some() {
                        *change = Some(TrackingChange::GoLive(None));
                    }
                } else if parse_year_month(&typed).is_some() {
                    if actuals.go_live.as_deref() != Some(typed.as_str()) {
                        self.error = None;
                        *change = Some(TrackingChange::GoLive(Some(typed)));
                    }
                } else {
                    self.error = Some(tr!("tracking-error-go-live", typed = format!("{typed:?}")));
                }
            }
            ui.separator();
            let label = ui
                .label(tr!("tracking-attribution"))
                .on_hover_text(tr!("tracking-attribution-help"));
            let mut attribution = actuals.attribution_pct.to_f64().unwrap_or(100.0);
            let slider = ui
                .add(
                    egui::Slider::new(&mut attribution, 0.0..=100.0)
                        .suffix(crate::locale::format::percent_suffix())
                        .step_by(1.0),
                )
                .labelled_by(label.id)
                .on_hover_text(tr!("tracking-attribution-help"));
            if slider.changed()
                && let Ok(value) = Decimal::try_from(attribution)
                && value.round() != actuals.attribution_pct
            {
                *change = Some(TrackingChange::Attribution(value.round()));
            }
            ui.separator();
            ui.label(tr!("tracking-rollout-cost"));
            let shown = actuals
                .one_time_cost
                .map(grouped_natural)
                .unwrap_or_default();
            if let Some(typed) = self.typed_cell(
                ui,
                (0, Some(Measure::CrmCost)),
                &shown,
                &tr!("tracking-not-measured"),
                &tr!("tracking-rollout-cost"),
                || tr!("tracking-rollout-cost-help"),
            ) {
                match typed {
                    Ok(value) if value != actuals.one_time_cost => {
                        *change = Some(TrackingChange::OneTimeCost(value));
                    }
                    Ok(_) => {}
                    Err(message) => {
                        self.error = Some(tr!("tracking-error-rollout-cost", message = message));
                    }
                }
            }
            ui.label(&scenario.currency);
            ui.separator();
            if ui
                .button(tr!("tracking-import-csv"))
                .on_hover_text(tr!("tracking-import-csv-help"))
                .clicked()
            {
                *request = Some(TrackingRequest::ImportCsv);
            }
            if ui
                .button(tr!("tracking-export-template"))
                .on_hover_text(tr!("tracking-export-template-help"))
                .clicked()
            {
                *request = Some(TrackingRequest::ExportTemplate);
            }
        });
    }

    /// A typed cell committed when left; `Some(Ok(None))` when emptied, `Some(Err(..))` when
    /// refused.
    fn typed_cell(
        &mut self,
        ui: &mut Ui,
        key: (u32, Option<Measure>),
        shown: &str,
        hint: &str,
        name: &str,
        // Made only when the pointer rests on the cell: a 60-month grid would otherwise
        // format hundreds of tooltips every frame.
        help: impl FnOnce() -> String,
    ) -> Option<Result<Option<Decimal>, String>> {
        let id = ui.make_persistent_id(("tracking_cell", key.0, key.1.map(Measure::field_name)));
        let text = self.texts.entry(key).or_default();
        if !ui.memory(|m| m.has_focus(id)) {
            shown.clone_into(text);
        }
        let response = ui
            .add(
                TextEdit::singleline(text)
                    .id(id)
                    .desired_width(CELL_WIDTH)
                    .hint_text(RichText::new(hint).weak())
                    .align(egui::Align2::RIGHT_CENTER),
            )
            .accessible_name(name.to_owned())
            .on_hover_ui(|ui| {
                ui.label(help());
            });
        let cancelled = ui.input(|i| i.key_pressed(egui::Key::Escape));
        if !response.lost_focus() || cancelled || text.trim() == shown {
            return None;
        }
        let typed = text.trim();
        if typed.is_empty() {
            return Some(Ok(None));
        }
        Some(
            parse_entry(typed)
                .map_err(|e| e.to_string())
                .and_then(|value| {
                    if value < Decimal::ZERO || value > Decimal::from(MONEY_MAX) {
                        Err(tr!(
                            "tracking-error-outside",
                            value = grouped_natural(value),
                            max = grouped_natural(Decimal::from(MONEY_MAX))
                        ))
                    } else {
                        Ok(Some(value))
                    }
                }),
        )
    }

    /// One row per month, one column per measure; only the rows in view are laid out, so a
    /// 60-month grid costs what a screenful does.
    fn grid(
        &mut self,
        ui: &mut Ui,
        scenario: &Scenario,
        actuals: &Actuals,
    ) -> Option<TrackingChange> {
        let mut change = None;
        // Lent out for the frame (the cells need `self`), not copied: restored below.
        let kept = self.hints.take();
        let hints: &[ActualMonth] = kept.as_ref().map_or(&[], |(_, h)| h.as_slice());
        egui::ScrollArea::horizontal()
            .id_salt("tracking_grid_scroll")
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.add_sized(
                        [110.0, ROW_HEIGHT],
                        egui::Label::new(RichText::new(tr!("tracking-month")).strong()),
                    );
                    for measure in Measure::ALL {
                        ui.add_sized(
                            [CELL_WIDTH, ROW_HEIGHT],
                            egui::Label::new(RichText::new(measure_heading(measure)).strong())
                                .wrap_mode(egui::TextWrapMode::Truncate),
                        )
                        .on_hover_text(measure_help(measure, &scenario.currency));
                    }
                });
                // Only the rows in view are laid out (the others only take their space), so a
                // 60-month grid costs what a screenful does.
                let row_step = ROW_HEIGHT + ui.spacing().item_spacing.y;
                let row_width = 110.0 + (CELL_WIDTH + ui.spacing().item_spacing.x) * 8.0;
                let visible = ui.clip_rect().y_range();
                for month in 1..=scenario.horizon_months {
                    let top = ui.cursor().top();
                    if top + row_step < visible.min || top > visible.max {
                        ui.allocate_space(egui::vec2(row_width, ROW_HEIGHT));
                        continue;
                    }
                    let entry = actuals.month(month);
                    let hint = hints.iter().find(|h| h.month == month);
                    let label = month_label(scenario, month);
                    {
                        {
                            ui.horizontal(|ui| {
                                ui.add_sized([110.0, ROW_HEIGHT], egui::Label::new(label.as_str()));
                                for measure in Measure::ALL {
                                    let shown = entry
                                        .and_then(|e| measure.get(e))
                                        .map(grouped_natural)
                                        .unwrap_or_default();
                                    let planned = hint
                                        .and_then(|h| measure.get(h))
                                        .map(|v| grouped(v, if measure.is_money() { 0 } else { 1 }))
                                        .unwrap_or_default();
                                    let plan = if planned.is_empty() {
                                        "–".to_owned()
                                    } else {
                                        planned.clone()
                                    };
                                    let help = || {
                                        tr!(
                                            "tracking-cell-help",
                                            measure = measure_heading(measure),
                                            month = label.as_str(),
                                            plan = plan
                                        )
                                    };
                                    let name = tr!(
                                        "tracking-cell-name",
                                        measure = measure_heading(measure),
                                        month = i64::from(month)
                                    );
                                    if let Some(typed) = self.typed_cell(
                                        ui,
                                        (month, Some(measure)),
                                        &shown,
                                        &planned,
                                        &name,
                                        help,
                                    ) {
                                        match typed {
                                            Ok(value) => {
                                                self.error = None;
                                                change = Some(TrackingChange::Measure(
                                                    month, measure, value,
                                                ));
                                            }
                                            Err(message) => {
                                                self.error = Some(tr!(
                                                    "tracking-error-cell",
                                                    month = label.as_str(),
                                                    measure = measure_heading(measure),
                                                    message = message
                                                ));
                                            }
                                        }
                                    }
                                }
                            });
                        }
                    }
                }
            });
        self.hints = kept;
        change
    }
}

fn measure_help(measure: Measure, currency: &str) -> String {
    match measure {
        Measure::Revenue => tr!("tracking-help-revenue", currency = currency),
        Measure::DealsWon => tr!("tracking-help-deals-won"),
        Measure::SalesCycleDays => tr!("tracking-help-sales-cycle"),
        Measure::HoursSavedPerRepPerWeek => tr!("tracking-help-hours-saved"),
        Measure::ActiveCustomers => tr!("tracking-help-customers"),
        Measure::AcquisitionSpend => tr!("tracking-help-acquisition", currency = currency),
        Measure::SupportCost => tr!("tracking-help-support-cost", currency = currency),
        Measure::CrmCost => tr!("tracking-help-crm-cost", currency = currency),
    }
}

fn tiles(scenario: &Scenario, tracking: &Tracking) -> Vec<Tile> {
    let c = scenario.currency.as_str();
    let t = &tracking.to_date;
    let through = match tracking.measured_through {
        0 => tr!("tracking-through-none"),
        m => month_label(scenario, m),
    };
    let negative = |v: Decimal| v < Decimal::ZERO;
    vec![
        Tile {
            caption: tr!("tracking-tile-roi"),
            value: format!(
                "{} ({})",
                percent(t.actual_roi_pct),
                percent(t.plan_roi_pct)
            ),
            negative: t.actual_roi_pct.is_some_and(negative),
            formula: tr!(
                "tracking-tile-roi-formula",
                through = i64::from(tracking.measured_through),
                actual = percent(t.actual_roi_pct),
                plan = percent(t.plan_roi_pct)
            ),
        },
        Tile {
            caption: tr!("tracking-tile-net"),
            value: money_whole(t.actual_net, c),
            negative: negative(t.actual_net),
            formula: tr!(
                "tracking-tile-net-formula",
                actual = money(t.actual_net, c),
                plan = money(t.plan_net, c),
                variance = money(t.variance_net, c)
            ),
        },
        Tile {
            caption: tr!("tracking-tile-variance"),
            value: money_whole(t.variance_net, c),
            negative: negative(t.variance_net),
            formula: tr!("tracking-tile-variance-formula"),
        },
        Tile {
            caption: tr!(
                "tracking-tile-outlook-roi",
                months = i64::from(scenario.horizon_months)
            ),
            value: percent(tracking.outlook.roi_pct),
            negative: tracking.outlook.roi_pct.is_some_and(negative),
            formula: tr!(
                "tracking-tile-outlook-roi-formula",
                net = money(tracking.outlook.net_gain, c)
            ),
        },
        Tile {
            caption: tr!("tracking-tile-outlook-payback"),
            value: payback(tracking.outlook.payback_months, scenario.horizon_months),
            negative: tracking.outlook.payback_months.is_none(),
            formula: tr!("tracking-tile-outlook-payback-formula"),
        },
        Tile {
            caption: tr!("tracking-tile-through"),
            value: through,
            negative: false,
            formula: tr!(
                "tracking-tile-through-formula",
                attribution = grouped(tracking.attribution_pct, 0)
            ),
        },
    ]
}

/// Cumulative net: the plan, the actual months (marked) and the outlook after them (dashed).
fn cumulative_chart(ui: &mut Ui, scenario: &Scenario, tracking: &Tracking) {
    ui.label(RichText::new(tr!("tracking-chart-title")).strong());
    let point = |month: u32, value: Decimal| [f64::from(month), value.to_f64().unwrap_or(0.0)];
    let through = tracking.measured_through;
    let plan: Vec<[f64; 2]> = tracking
        .months
        .iter()
        .map(|m| point(m.month, m.plan.cumulative_net))
        .collect();
    let actual: Vec<[f64; 2]> = tracking
        .months
        .iter()
        .filter(|m| m.month <= through)
        .map(|m| point(m.month, m.actual.cumulative_net))
        .collect();
    let outlook: Vec<[f64; 2]> = tracking
        .months
        .iter()
        .filter(|m| m.month >= through)
        .map(|m| point(m.month, m.actual.cumulative_net))
        .collect();
    let measured: Vec<[f64; 2]> = tracking
        .months
        .iter()
        .filter(|m| m.measured)
        .map(|m| point(m.month, m.actual.cumulative_net))
        .collect();
    let horizon = scenario.horizon_months;
    let currency = scenario.currency.as_str();
    let plot = value_axis(
        month_plot("tracking_cumulative", 250.0, horizon),
        currency.to_owned(),
        Ticks::Plain,
    );
    let response = plot.show(ui, |plot| {
        plot.line(
            Line::new(tr!("tracking-plan"), plan.clone())
                .color(PLAN_COLOUR)
                .width(2.0),
        );
        if through > 0 {
            plot.line(
                Line::new(tr!("tracking-actual"), actual.clone())
                    .color(ACTUAL_COLOUR)
                    .width(2.5),
            );
        }
        plot.line(
            Line::new(tr!("tracking-outlook"), outlook.clone())
                .color(ACTUAL_COLOUR)
                .style(LineStyle::dashed_loose())
                .width(2.0),
        );
        if !measured.is_empty() {
            plot.points(
                Points::new(tr!("tracking-measured-month"), measured.clone())
                    .shape(MarkerShape::Circle)
                    .radius(4.0)
                    .color(ACTUAL_COLOUR),
            );
        }
    });
    month_tooltip(&response, horizon, |month| {
        let mut rows = Vec::new();
        if let Some(value) = at_month(&plan, month) {
            rows.push(TooltipRow {
                series: tr!("tracking-plan"),
                value: money_text(value, currency),
                colour: PLAN_COLOUR,
            });
        }
        if let Some(value) = at_month(&actual, month).or_else(|| at_month(&outlook, month)) {
            rows.push(TooltipRow {
                series: if month <= through {
                    tr!("tracking-actual")
                } else {
                    tr!("tracking-outlook")
                },
                value: money_text(value, currency),
                colour: ACTUAL_COLOUR,
            });
        }
        rows
    });
}

/// Gains by group, months 0 to T: plan, actual, variance.
fn groups_table(ui: &mut Ui, scenario: &Scenario, tracking: &Tracking) {
    ui.label(
        RichText::new(tr!(
            "tracking-groups-heading",
            through = i64::from(tracking.measured_through),
            currency = scenario.currency.as_str()
        ))
        .strong(),
    );
    let plan = tracking.to_date.plan_gains.as_array();
    let actual = tracking.to_date.actual_gains.as_array();
    egui::Grid::new("tracking_groups")
        .striped(true)
        .num_columns(5)
        .spacing([10.0, 3.0])
        .show(ui, |ui| {
            plan_actual_header(ui);
            for (i, _) in GroupGains::LABELS.iter().enumerate() {
                if plan[i].is_zero() && actual[i].is_zero() {
                    continue;
                }
                ui.label(terms::tracked_group(i)).on_hover_text(if i == 0 {
                    tr!("tracking-group-sales-help")
                } else {
                    String::new()
                });
                let variance = actual[i].checked_sub(plan[i]).unwrap_or_default();
                right(ui, RichText::new(grouped(plan[i], 2)).monospace());
                right(ui, RichText::new(grouped(actual[i], 2)).monospace());
                let mut cell = RichText::new(grouped(variance, 2)).monospace();
                if variance < Decimal::ZERO {
                    cell = cell.color(ui.visuals().error_fg_color);
                }
                right(ui, cell);
                ui.label("");
                ui.end_row();
            }
            let (Ok(plan), Ok(actual)) = (
                tracking.to_date.plan_gains.total(),
                tracking.to_date.actual_gains.total(),
            ) else {
                return;
            };
            let variance = actual.checked_sub(plan).unwrap_or_default();
            ui.label(RichText::new(tr!("tracking-total")).strong());
            right(ui, RichText::new(grouped(plan, 2)).monospace().strong());
            right(ui, RichText::new(grouped(actual, 2)).monospace().strong());
            let mut cell = RichText::new(grouped(variance, 2)).monospace().strong();
            if variance < Decimal::ZERO {
                cell = cell.color(ui.visuals().error_fg_color);
            }
            right(ui, cell);
            ui.label("");
            ui.end_row();
        });
}

/// The KPIs of the measured months against the plan's.
fn kpi_table(ui: &mut Ui, scenario: &Scenario, tracking: &Tracking) {
    ui.label(RichText::new(tr!("tracking-kpis-title")).strong());
    let rows: Vec<_> = tracking
        .months
        .iter()
        .filter(|m| {
            m.deals.actual.is_some()
                || m.sales_cycle_days.actual.is_some()
                || m.customers.actual.is_some()
        })
        .collect();
    if rows.is_empty() {
        ui.label(RichText::new(tr!("tracking-kpis-none")).weak());
        return;
    }
    // Only the measures some month measured.
    type KpiOf = fn(&TrackedMonth) -> &Kpi;
    let kpis: [(String, KpiOf); 3] = [
        (measure_heading(Measure::DealsWon), |m| &m.deals),
        (measure_heading(Measure::SalesCycleDays), |m| {
            &m.sales_cycle_days
        }),
        (measure_heading(Measure::ActiveCustomers), |m| &m.customers),
    ];
    let shown: Vec<(String, KpiOf)> = kpis
        .into_iter()
        .filter(|(_, kpi)| rows.iter().any(|m| kpi(m).actual.is_some()))
        .collect();
    egui::Grid::new("tracking_kpis")
        .striped(true)
        .num_columns(shown.len() + 2)
        .spacing([14.0, 3.0])
        .show(ui, |ui| {
            ui.label(RichText::new(tr!("tracking-month")).strong());
            for (heading, _) in &shown {
                ui.label(RichText::new(heading).strong());
            }
            ui.label("");
            ui.end_row();
            for month in rows {
                ui.label(month_label(scenario, month.month));
                for (_, kpi) in &shown {
                    let kpi = kpi(month);
                    let text = match (kpi.actual, kpi.plan, kpi.difference()) {
                        (Some(actual), Some(plan), Some(diff)) => tr!(
                            "tracking-kpi-cell",
                            actual = grouped(actual, 1),
                            plan = grouped(plan, 1),
                            difference = format!(
                                "{}{}",
                                if diff >= Decimal::ZERO { "+" } else { "" },
                                grouped(diff, 1)
                            )
                        ),
                        (Some(actual), _, _) => grouped(actual, 1),
                        (None, _, _) => "–".into(),
                    };
                    ui.label(RichText::new(text).monospace());
                }
                ui.label("");
                ui.end_row();
            }
        });
}

/// The quarters through the last measured one; the later quarters, where the actual is the
/// plan, wait in a closed section (twenty of them would bury the ones that were measured).
fn quarters_table(ui: &mut Ui, tracking: &Tracking) {
    ui.label(RichText::new(tr!("tracking-quarters-title")).strong());
    let (measured, later): (Vec<&Quarter>, Vec<&Quarter>) = tracking
        .quarters
        .iter()
        .partition(|q| q.first_month <= tracking.measured_through);
    quarter_grid(ui, "tracking_quarters", &measured);
    if !later.is_empty() {
        let (first, last) = (later[0].first_month, later[later.len() - 1].last_month);
        egui::CollapsingHeader::new(tr!(
            "tracking-later-quarters",
            first = i64::from(first),
            last = i64::from(last)
        ))
        .id_salt("tracking_later_quarters")
        .default_open(false)
        .show(ui, |ui| {
            quarter_grid(ui, "tracking_later_quarters_grid", &later)
        });
    }
}

fn quarter_grid(ui: &mut Ui, id: &str, quarters: &[&Quarter]) {
    egui::Grid::new(id)
        .striped(true)
        .num_columns(5)
        .spacing([14.0, 3.0])
        .show(ui, |ui| {
            plan_actual_header(ui);
            for quarter in quarters {
                ui.label(RichText::new(quarter_label(quarter)).strong());
                ui.end_row();
                for (kind, label, [plan, actual, variance]) in quarter_rows(quarter) {
                    let mut name = RichText::new(format!("   {label}"));
                    if is_total_row(kind) {
                        name = name.strong();
                    }
                    ui.label(name);
                    right(ui, RichText::new(grouped(plan, 2)).monospace());
                    right(ui, RichText::new(grouped(actual, 2)).monospace());
                    let mut cell = RichText::new(grouped(variance, 2)).monospace();
                    if variance_is_worse(kind, variance) {
                        cell = cell.color(ui.visuals().error_fg_color);
                    }
                    right(ui, cell);
                    ui.label("");
                    ui.end_row();
                }
            }
        });
}

/// The heading row of a plan-against-actual grid: Plan, Actual, Variance over the numbers.
fn plan_actual_header(ui: &mut Ui) {
    ui.label("");
    for heading in [
        tr!("tracking-plan"),
        tr!("tracking-actual"),
        tr!("tracking-variance"),
    ] {
        right(ui, RichText::new(heading).strong());
    }
    ui.label("");
    ui.end_row();
}

fn right(ui: &mut Ui, text: RichText) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.label(text);
    });
}
