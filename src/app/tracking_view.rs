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
    GAIN_COLOUR, TooltipRow, at_month, money_text, month_plot, month_tooltip, value_axis,
};
use crate::locale::entry::parse_entry;
use crate::locale::format::{grouped, grouped_natural, money, money_whole, payback, percent};
use crate::model::actuals::{ActualMonth, Actuals, Measure, parse_year_month};
use crate::model::driver::MONEY_MAX;
use crate::model::scenario::Scenario;
use crate::model::tracking::{GroupGains, Kpi, Quarter, TrackedMonth, Tracking};
use crate::report::tracking::{
    is_total_row, month_label, quarter_label, quarter_rows, variance_is_worse,
};

const PLAN_COLOUR: Color32 = Color32::from_rgb(140, 140, 140);
const ACTUAL_COLOUR: Color32 = GAIN_COLOUR;
const ATTRIBUTION_HELP: &str = "How much of each measured change the CRM is credited with. \
    Revenue also grows from hiring, new markets and new products, and customers stay for \
    other reasons too: credit the CRM with its share only. 100 % credits it with all of it.";

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
        let actuals = scenario.actuals.clone().unwrap_or_default();
        self.controls(ui, scenario, &actuals, &mut change, &mut request);
        if plan_changed {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(
                        "The plan changed after months were measured: they are now compared \
                         with the new plan (Ctrl+Z brings the old one back).",
                    )
                    .color(ui.visuals().warn_fg_color),
                );
                dismiss = ui.small_button("OK").clicked();
            });
        }
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        let Some(tracking) = tracking else {
            ui.label("Cannot compute this scenario: see the calculator for why.");
            return (change, request, dismiss);
        };
        ui.add_space(4.0);
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        egui::ScrollArea::vertical()
            .id_salt("tracking_scroll")
            .show(ui, |ui| {
                if tracking.measured_through == 0 && actuals.one_time_cost.is_none() {
                    ui.label(
                        RichText::new(
                            "Nothing measured yet. Type what each month brought in the grid \
                             below (the plan's figures are shown faintly in the empty cells), \
                             or import a CSV from a spreadsheet or your CRM. Export the \
                             template to start one.",
                        )
                        .weak(),
                    );
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
                    RichText::new(format!("Measured months ({})", scenario.currency)).strong(),
                );
                if let Some(cell) = self.grid(ui, scenario, &actuals) {
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
            let label = ui.label("Go-live month");
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
                        .hint_text("YYYY-MM"),
                )
                .labelled_by(label.id)
                .on_hover_text(
                    "The calendar month of go-live (month 0), as 2026-03: the months then show \
                     their dates. Leave empty to number them only.",
                );
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
                    self.error = Some(format!(
                        "Go-live month {typed:?}: write the year and month as 2026-03"
                    ));
                }
            }
            ui.separator();
            let label = ui
                .label("Credited to the CRM")
                .on_hover_text(ATTRIBUTION_HELP);
            let mut attribution = actuals.attribution_pct.to_f64().unwrap_or(100.0);
            let slider = ui
                .add(
                    egui::Slider::new(&mut attribution, 0.0..=100.0)
                        .suffix(" %")
                        .step_by(1.0),
                )
                .labelled_by(label.id)
                .on_hover_text(ATTRIBUTION_HELP);
            if slider.changed()
                && let Ok(value) = Decimal::try_from(attribution)
                && value.round() != actuals.attribution_pct
            {
                *change = Some(TrackingChange::Attribution(value.round()));
            }
            ui.separator();
            ui.label("Rollout's real cost");
            let shown = actuals
                .one_time_cost
                .map(grouped_natural)
                .unwrap_or_default();
            if let Some(typed) = self.typed_cell(
                ui,
                (0, Some(Measure::CrmCost)),
                &shown,
                "not measured",
                "Rollout's real cost",
                "What the rollout really cost at go-live (month 0): implementation, training, \
                 staff time. Empty: the plan's one-time cost stands.",
            ) {
                match typed {
                    Ok(value) if value != actuals.one_time_cost => {
                        *change = Some(TrackingChange::OneTimeCost(value));
                    }
                    Ok(_) => {}
                    Err(message) => self.error = Some(format!("Rollout's real cost: {message}")),
                }
            }
            ui.label(&scenario.currency);
            ui.separator();
            if ui
                .button("Import CSV…")
                .on_hover_text(
                    "Merge measured months from a CSV (a month in the file replaces that month); \
                     Ctrl+Z undoes it",
                )
                .clicked()
            {
                *request = Some(TrackingRequest::ImportCsv);
            }
            if ui
                .button("Export template CSV…")
                .on_hover_text(
                    "A CSV with every measure's column and the plan's figures per month, \
                     ready to overwrite with what happened",
                )
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
        help: &str,
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
            .on_hover_text(help);
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
                        Err(format!(
                            "{} is outside 0 to {}",
                            grouped_natural(value),
                            grouped_natural(Decimal::from(MONEY_MAX))
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
        let hints = self
            .hints
            .as_ref()
            .map(|(_, h)| h.clone())
            .unwrap_or_default();
        egui::ScrollArea::horizontal()
            .id_salt("tracking_grid_scroll")
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.add_sized(
                        [110.0, ROW_HEIGHT],
                        egui::Label::new(RichText::new("Month").strong()),
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
                    {
                        {
                            ui.horizontal(|ui| {
                                ui.add_sized(
                                    [110.0, ROW_HEIGHT],
                                    egui::Label::new(month_label(scenario, month)),
                                );
                                for measure in Measure::ALL {
                                    let shown = entry
                                        .and_then(|e| measure.get(e))
                                        .map(grouped_natural)
                                        .unwrap_or_default();
                                    let planned = hint
                                        .and_then(|h| measure.get(h))
                                        .map(|v| grouped(v, if measure.is_money() { 0 } else { 1 }))
                                        .unwrap_or_default();
                                    let help = format!(
                                        "{}, month {}. The plan: {}. Empty: not measured.",
                                        measure_heading(measure),
                                        month_label(scenario, month),
                                        if planned.is_empty() {
                                            "–".into()
                                        } else {
                                            planned.clone()
                                        }
                                    );
                                    let name =
                                        format!("{}, month {month}", measure_heading(measure));
                                    if let Some(typed) = self.typed_cell(
                                        ui,
                                        (month, Some(measure)),
                                        &shown,
                                        &planned,
                                        &name,
                                        &help,
                                    ) {
                                        match typed {
                                            Ok(value) => {
                                                self.error = None;
                                                change = Some(TrackingChange::Measure(
                                                    month, measure, value,
                                                ));
                                            }
                                            Err(message) => {
                                                self.error = Some(format!(
                                                    "Month {}, {}: {message}",
                                                    month_label(scenario, month),
                                                    measure_heading(measure)
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
        change
    }
}

/// A measure's column heading.
pub fn measure_heading(measure: Measure) -> &'static str {
    match measure {
        Measure::Revenue => "Revenue",
        Measure::DealsWon => "Deals won",
        Measure::SalesCycleDays => "Cycle (days)",
        Measure::HoursSavedPerRepPerWeek => "Hours saved/wk",
        Measure::ActiveCustomers => "Customers",
        Measure::AcquisitionSpend => "Acquisition",
        Measure::SupportCost => "Support cost",
        Measure::CrmCost => "CRM cost",
    }
}

fn measure_help(measure: Measure, currency: &str) -> String {
    match measure {
        Measure::Revenue => format!(
            "New-business revenue of the month ({currency}). Realized sales gain = (revenue − \
             revenue before the CRM) × margin × the share credited to the CRM."
        ),
        Measure::DealsWon => "Deals won in the month: shown beside the plan's; not counted as money.".into(),
        Measure::SalesCycleDays => {
            "Average days from first contact to close: shown beside the plan's new cycle; not counted as money.".into()
        }
        Measure::HoursSavedPerRepPerWeek => "Admin hours saved per team member per week: valued at the hourly cost × the share credited.".into(),
        Measure::ActiveCustomers => "Paying customers at the end of the month: those above the base without the CRM count as kept.".into(),
        Measure::AcquisitionSpend => format!("Marketing spend of the month ({currency}): below the planned spend is the saving."),
        Measure::SupportCost => format!("Support team cost of the month ({currency}): below the planned cost is the saving."),
        Measure::CrmCost => format!("All the CRM cost of the month ({currency}): licences, admin and anything else. Empty: the plan's cost stands."),
    }
}

fn tiles(scenario: &Scenario, tracking: &Tracking) -> Vec<Tile> {
    let c = scenario.currency.as_str();
    let t = &tracking.to_date;
    let through = match tracking.measured_through {
        0 => "none yet".to_owned(),
        m => month_label(scenario, m),
    };
    let negative = |v: Decimal| v < Decimal::ZERO;
    vec![
        Tile {
            caption: "ROI to date (plan)".into(),
            value: format!(
                "{} ({})",
                percent(t.actual_roi_pct),
                percent(t.plan_roi_pct)
            ),
            negative: t.actual_roi_pct.is_some_and(negative),
            formula: format!(
                "Months 0 to {}: cumulative net / cumulative cost × 100,\nactual {} against \
                 the plan's {}",
                tracking.measured_through,
                percent(t.actual_roi_pct),
                percent(t.plan_roi_pct)
            ),
        },
        Tile {
            caption: "Net to date".into(),
            value: money_whole(t.actual_net, c),
            negative: negative(t.actual_net),
            formula: format!(
                "Actual {} against the plan's {}\nvariance {}",
                money(t.actual_net, c),
                money(t.plan_net, c),
                money(t.variance_net, c)
            ),
        },
        Tile {
            caption: "Variance to date".into(),
            value: money_whole(t.variance_net, c),
            negative: negative(t.variance_net),
            formula: "Actual net to date − the plan's net to date".into(),
        },
        Tile {
            caption: format!("Outlook: ROI at {} months", scenario.horizon_months),
            value: percent(tracking.outlook.roi_pct),
            negative: tracking.outlook.roi_pct.is_some_and(negative),
            formula: format!(
                "The measured months, then the plan for the months after:\nnet at the horizon {}",
                money(tracking.outlook.net_gain, c)
            ),
        },
        Tile {
            caption: "Outlook: payback".into(),
            value: payback(tracking.outlook.payback_months, scenario.horizon_months),
            negative: tracking.outlook.payback_months.is_none(),
            formula: "The measured months, then the plan: the first month from which the \
                      cumulative net stays at or above zero"
                .into(),
        },
        Tile {
            caption: "Measured through".into(),
            value: through,
            negative: false,
            formula: format!(
                "The last month with a measure; {} % of each measured change is credited to \
                 the CRM",
                grouped(tracking.attribution_pct, 0)
            ),
        },
    ]
}

/// Cumulative net: the plan, the actual months (marked) and the outlook after them (dashed).
fn cumulative_chart(ui: &mut Ui, scenario: &Scenario, tracking: &Tracking) {
    ui.label(RichText::new("Cumulative net: plan against actual").strong());
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
        "",
    );
    let response = plot.show(ui, |plot| {
        plot.line(
            Line::new("Plan", plan.clone())
                .color(PLAN_COLOUR)
                .width(2.0),
        );
        if through > 0 {
            plot.line(
                Line::new("Actual", actual.clone())
                    .color(ACTUAL_COLOUR)
                    .width(2.5),
            );
        }
        plot.line(
            Line::new("Outlook", outlook.clone())
                .color(ACTUAL_COLOUR)
                .style(LineStyle::dashed_loose())
                .width(2.0),
        );
        if !measured.is_empty() {
            plot.points(
                Points::new("Measured month", measured.clone())
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
                series: "Plan".into(),
                value: money_text(value, currency),
                colour: PLAN_COLOUR,
            });
        }
        if let Some(value) = at_month(&actual, month).or_else(|| at_month(&outlook, month)) {
            rows.push(TooltipRow {
                series: if month <= through {
                    "Actual"
                } else {
                    "Outlook"
                }
                .into(),
                value: money_text(value, currency),
                colour: ACTUAL_COLOUR,
            });
        }
        rows
    });
}

/// Gains by group, months 0 to T: plan, actual, variance.
fn groups_table(ui: &mut Ui, scenario: &Scenario, tracking: &Tracking) {
    let through = tracking.measured_through;
    let months = match through {
        0 => "no month measured yet".to_owned(),
        1 => "month 1".to_owned(),
        t => format!("months 1–{t}"),
    };
    ui.label(
        RichText::new(format!(
            "Gains to date by group, {months} ({})",
            scenario.currency
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
            ui.label("");
            for heading in ["Plan", "Actual", "Variance"] {
                right(ui, RichText::new(heading).strong());
            }
            ui.label("");
            ui.end_row();
            for (i, label) in GroupGains::LABELS.iter().enumerate() {
                if plan[i].is_zero() && actual[i].is_zero() {
                    continue;
                }
                ui.label(*label).on_hover_text(if i == 0 {
                    "Cross-sell, faster cycle and win rate together: measured revenue cannot \
                     tell them apart"
                } else {
                    ""
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
            ui.label(RichText::new("Total").strong());
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
    ui.label(RichText::new("Deals, cycle and customers against the plan").strong());
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
        ui.label(RichText::new("No deals, cycle length or customers measured yet.").weak());
        return;
    }
    // Only the measures some month measured.
    type KpiOf = fn(&TrackedMonth) -> &Kpi;
    let kpis: [(&str, KpiOf); 3] = [
        ("Deals won", |m| &m.deals),
        ("Cycle (days)", |m| &m.sales_cycle_days),
        ("Customers", |m| &m.customers),
    ];
    let shown: Vec<(&str, KpiOf)> = kpis
        .into_iter()
        .filter(|(_, kpi)| rows.iter().any(|m| kpi(m).actual.is_some()))
        .collect();
    egui::Grid::new("tracking_kpis")
        .striped(true)
        .num_columns(shown.len() + 2)
        .spacing([14.0, 3.0])
        .show(ui, |ui| {
            ui.label(RichText::new("Month").strong());
            for (heading, _) in &shown {
                ui.label(RichText::new(*heading).strong());
            }
            ui.label("");
            ui.end_row();
            for month in rows {
                ui.label(month_label(scenario, month.month));
                for (_, kpi) in &shown {
                    let kpi = kpi(month);
                    let text = match (kpi.actual, kpi.plan, kpi.difference()) {
                        (Some(actual), Some(plan), Some(diff)) => format!(
                            "{} (plan {}, {}{})",
                            grouped(actual, 1),
                            grouped(plan, 1),
                            if diff >= Decimal::ZERO { "+" } else { "" },
                            grouped(diff, 1)
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
    ui.label(RichText::new("By quarter").strong());
    let (measured, later): (Vec<&Quarter>, Vec<&Quarter>) = tracking
        .quarters
        .iter()
        .partition(|q| q.first_month <= tracking.measured_through);
    quarter_grid(ui, "tracking_quarters", &measured);
    if !later.is_empty() {
        let (first, last) = (later[0].first_month, later[later.len() - 1].last_month);
        egui::CollapsingHeader::new(format!(
            "Months {first}–{last}: nothing measured yet, the plan by quarter"
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
            ui.label("");
            for heading in ["Plan", "Actual", "Variance"] {
                right(ui, RichText::new(heading).strong());
            }
            ui.label("");
            ui.end_row();
            for quarter in quarters {
                ui.label(RichText::new(quarter_label(quarter)).strong());
                ui.end_row();
                for (label, [plan, actual, variance]) in quarter_rows(quarter) {
                    let mut name = RichText::new(format!("   {label}"));
                    if is_total_row(label) {
                        name = name.strong();
                    }
                    ui.label(name);
                    right(ui, RichText::new(grouped(plan, 2)).monospace());
                    right(ui, RichText::new(grouped(actual, 2)).monospace());
                    let mut cell = RichText::new(grouped(variance, 2)).monospace();
                    if variance_is_worse(label, variance) {
                        cell = cell.color(ui.visuals().error_fg_color);
                    }
                    right(ui, cell);
                    ui.label("");
                    ui.end_row();
                }
            }
        });
}

fn right(ui: &mut Ui, text: RichText) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.label(text);
    });
}
