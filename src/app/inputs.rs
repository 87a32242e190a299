//! The inputs panel: for each driver a label, a slider over its everyday range, a typed field
//! that takes its whole valid range, its unit and a tooltip. Returns what the user changed; the
//! document decides about undo and dirtiness.

use std::collections::HashMap;

use egui::{RichText, TextEdit, Ui};
use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive as _, ToPrimitive as _};

use super::lines_editor::LinesEditor;
use super::range_fields::{RangeChange, RangeFields};
use crate::locale::entry::{is_ambiguous, parse_entry};
use crate::locale::format::{grouped_natural, round_to};
use crate::locale::terms;
use crate::model::driver::{Driver, Group, Unit};
use crate::model::scenario::{LicenceBilling, Line, Scenario};
use crate::tr;

/// What the user typed into a field and what was wrong with it, kept across frames.
#[derive(Default)]
struct FieldState {
    text: String,
    error: Option<String>,
    /// How an ambiguous entry (`2,500` or `2.500`) was read, until the next change.
    note: Option<String>,
}

/// What the user changed in the panel.
pub enum InputChange {
    Value(Driver, Decimal),
    Range(RangeChange),
    Billing(LicenceBilling),
    Lines(Vec<Line>),
}

#[derive(Default)]
pub struct InputsPanel {
    fields: HashMap<Driver, FieldState>,
    ranges: RangeFields,
    lines: LinesEditor,
    /// A driver whose typed field should take the keyboard focus (and scroll into view).
    focus_request: Option<Driver>,
}

const SLIDER_WIDTH: f32 = 150.0;
const FIELD_WIDTH: f32 = 92.0;

impl InputsPanel {
    /// Shows every driver, grouped; returns the one the user changed, if any.
    pub fn ui(&mut self, ui: &mut Ui, scenario: &Scenario) -> Option<InputChange> {
        let mut change = None;
        let requested = self.focus_request;
        egui::CollapsingHeader::new(RichText::new(tr!("inputs-key-drivers")).strong())
            .id_salt("input_group_key_drivers")
            .default_open(true)
            .open(
                requested
                    .filter(|d| Driver::HEADLINE.contains(d))
                    .map(|_| true),
            )
            .show(ui, |ui| {
                ui.label(RichText::new(tr!("inputs-key-drivers-note")).small().weak());
                for driver in Driver::HEADLINE {
                    if let Some(row) = self.driver_row(ui, driver, scenario) {
                        change = Some(row);
                    }
                }
            });
        for (index, group) in Group::ALL.into_iter().enumerate() {
            let drivers: Vec<Driver> = Driver::in_group(group)
                .filter(|d| !Driver::HEADLINE.contains(d))
                .collect();
            if drivers.is_empty() {
                continue;
            }
            // Customers, marketing and service stay closed while they are all zero, so the
            // first screen is the vendor calculator's; the id changes with that, so a file
            // that uses them opens them, and a header the user closes stays closed.
            let unused = group.optional() && drivers.iter().all(|d| d.get(scenario).is_zero());
            let mut title = egui::text::LayoutJob::default();
            RichText::new(terms::group_title(group)).strong().append_to(
                &mut title,
                ui.style(),
                egui::FontSelection::Default,
                egui::Align::Center,
            );
            if unused {
                RichText::new(format!("  {}", tr!("inputs-not-used")))
                    .weak()
                    .append_to(
                        &mut title,
                        ui.style(),
                        egui::FontSelection::Default,
                        egui::Align::Center,
                    );
            }
            egui::CollapsingHeader::new(title)
                .id_salt(("input_group", index, unused))
                .default_open(!unused)
                .open(requested.filter(|d| drivers.contains(d)).map(|_| true))
                .show(ui, |ui| {
                    if unused {
                        ui.label(RichText::new(group_hint(group)).weak());
                    }
                    for driver in drivers {
                        if let Some(row) = self.driver_row(ui, driver, scenario) {
                            change = Some(row);
                        }
                    }
                    if group == Group::CrmCosts
                        && let Some(billing) = billing_switch(ui, scenario)
                    {
                        change = Some(InputChange::Billing(billing));
                    }
                });
        }
        let count = scenario.lines.len();
        let title = if count == 0 {
            tr!("inputs-extra-lines")
        } else {
            tr!("inputs-extra-lines-count", count = count)
        };
        egui::CollapsingHeader::new(RichText::new(title).strong())
            .id_salt("input_group_lines")
            .default_open(count > 0)
            .show(ui, |ui| {
                if let Some(lines) = self.lines.ui(ui, scenario) {
                    change = Some(InputChange::Lines(lines));
                }
            });
        change
    }

    /// Puts the keyboard focus on a driver's typed field on the next frame.
    pub fn focus(&mut self, driver: Driver) {
        self.focus_request = Some(driver);
    }

    /// Forgets typed text and messages, e.g. after another scenario was opened.
    pub fn reset(&mut self) {
        self.fields.clear();
        self.ranges.clear_error();
        self.lines.reset();
    }

    /// Forgets the messages of refused entries: after Undo or Redo the fields show the
    /// scenario's values again, so a message about what was typed before no longer applies.
    pub fn clear_messages(&mut self) {
        for field in self.fields.values_mut() {
            field.error = None;
        }
        self.ranges.clear_error();
        self.lines.reset();
    }

    fn driver_row(
        &mut self,
        ui: &mut Ui,
        driver: Driver,
        scenario: &Scenario,
    ) -> Option<InputChange> {
        let value = driver.get(scenario);
        let unit = terms::unit_suffix(driver.unit(), &scenario.currency);
        // Beside the field, the unit agrees with the number in it (`4 сделки`, `5 сделок`).
        let unit_beside = terms::unit_after(
            driver.unit(),
            round_to(value, 4).normalize(),
            &scenario.currency,
        );
        // Formatted only when a tooltip shows: the panel holds dozens of drivers, and their
        // help texts made every frame cost more than the panel's drawing.
        let help = || {
            format!(
                "{}\n\n{}",
                terms::driver_help(driver),
                tr!(
                    "inputs-allowed",
                    range = range_text(driver),
                    unit = unit.as_str()
                )
            )
        };
        let name = terms::driver_label(driver);
        let range = scenario.ranges.get(driver.field_name()).copied();
        let field = self.fields.entry(driver).or_default();
        let mut change = None;
        let mut range_change = None;

        let label = ui.label(&name).on_hover_ui(|ui| {
            ui.label(help());
        });
        ui.horizontal(|ui| {
            if let Some(new) = slider(ui, driver, value, label.id, &help, SLIDER_WIDTH) {
                field.error = None;
                field.note = None;
                change = Some(new);
            }

            let id = ui.make_persistent_id(("typed", driver.field_name()));
            let editing = ui.memory(|m| m.has_focus(id));
            if !editing {
                field.text = grouped_natural(value);
            }
            let response = ui
                .add(
                    TextEdit::singleline(&mut field.text)
                        .id(id)
                        .desired_width(FIELD_WIDTH)
                        .align(egui::Align2::RIGHT_CENTER),
                )
                .labelled_by(label.id)
                .on_hover_ui(|ui| {
                    ui.label(help());
                });
            if self.focus_request == Some(driver) {
                self.focus_request = None;
                response.request_focus();
                response.scroll_to_me(Some(egui::Align::Center));
            }
            let unchanged = field.text.trim() == grouped_natural(value);
            let cancelled = ui.input(|i| i.key_pressed(egui::Key::Escape));
            // Leaving the field untouched keeps any message from the last attempt.
            if response.lost_focus() && !unchanged && !cancelled {
                field.note = None;
                match typed_value(driver, &field.text) {
                    Ok(new) => {
                        field.error = None;
                        if is_ambiguous(&field.text) {
                            field.note = Some(tr!(
                                "inputs-read-as",
                                typed = field.text.trim(),
                                value = grouped_natural(new),
                            ));
                        }
                        change = Some(new);
                    }
                    Err(message) => field.error = Some(message),
                }
            }
            if response.lost_focus() {
                field.text = grouped_natural(change.unwrap_or(value));
            }
            ui.label(unit_beside);
            let mut uncertain = range.is_some();
            let toggle = ui
                .toggle_value(&mut uncertain, "±")
                .accessible_name(tr!("inputs-range-toggle-name", driver = name.as_str()))
                .on_hover_text(tr!("inputs-range-toggle-help"));
            if toggle.clicked() {
                range_change = Some(RangeChange::toggle(driver, scenario, uncertain));
            }
        });
        if let Some(triangle) = range {
            ui.horizontal(|ui| {
                let label = ui.label(RichText::new(tr!("inputs-range")).small().weak());
                if let Some(change) = self.ranges.fields(ui, driver, triangle, label.id) {
                    range_change = Some(change);
                }
            });
            if let Some(error) = self.ranges.error().filter(|e| e.starts_with(name.as_str())) {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
        }
        let field = self.fields.entry(driver).or_default();
        if let Some(error) = &field.error {
            ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
        }
        if let Some(note) = &field.note {
            ui.label(RichText::new(note).small().weak());
        }
        ui.add_space(4.0);
        change
            .map(|new| InputChange::Value(driver, new))
            .or(range_change.map(InputChange::Range))
    }
}

/// What an unused optional group is for, shown when it is opened.
fn group_hint(group: Group) -> String {
    match group {
        Group::Customers => tr!("inputs-hint-customers"),
        Group::Marketing => tr!("inputs-hint-marketing"),
        Group::Service => tr!("inputs-hint-service"),
        _ => String::new(),
    }
}

/// Monthly or annual licence billing (a choice, not a driver); returns the new choice.
fn billing_switch(ui: &mut Ui, scenario: &Scenario) -> Option<LicenceBilling> {
    let mut billing = scenario.costs.licence_billing;
    let help = tr!("inputs-billing-help");
    ui.label(tr!("inputs-billing")).on_hover_text(&help);
    ui.horizontal(|ui| {
        ui.radio_value(
            &mut billing,
            LicenceBilling::Monthly,
            tr!("inputs-billing-monthly"),
        )
        .on_hover_text(&help);
        ui.radio_value(
            &mut billing,
            LicenceBilling::Annual,
            tr!("inputs-billing-annual"),
        )
        .on_hover_text(&help);
    });
    ui.add_space(4.0);
    (billing != scenario.costs.licence_billing).then_some(billing)
}

/// The slider over the everyday range, widened to the value when one was typed beyond it.
/// Returns the new value when the user moved it.
pub(super) fn slider(
    ui: &mut Ui,
    driver: Driver,
    value: Decimal,
    label: egui::Id,
    help: &dyn Fn() -> String,
    width: f32,
) -> Option<Decimal> {
    marked_slider(ui, driver, value, None, label, help, width)
}

/// [`slider`], with a tick under the rail at `mark` (presentation mode's "the scenario's
/// value"); the rail reaches far enough to show it.
pub(super) fn marked_slider(
    ui: &mut Ui,
    driver: Driver,
    value: Decimal,
    mark: Option<Decimal>,
    label: egui::Id,
    help: &dyn Fn() -> String,
    width: f32,
) -> Option<Decimal> {
    let low = driver.min().to_f64().unwrap_or(0.0);
    let high = driver
        .everyday_max()
        .max(value)
        .max(mark.unwrap_or(value))
        .to_f64()
        .unwrap_or(low);
    let mut position = value.to_f64().unwrap_or(low);
    // No `step_by`: egui would snap a typed 12.3 % to 12.5 % on display. Steps are applied
    // below, to what the user drags.
    let mut slider = egui::Slider::new(&mut position, low..=high).show_value(false);
    if driver.whole_number() {
        slider = slider.integer();
    }
    let response = ui
        .scope(|ui| {
            ui.spacing_mut().slider_width = width;
            ui.add(slider)
        })
        .inner
        .labelled_by(label)
        .on_hover_ui(|ui| {
            ui.label(help());
        });
    if let Some(mark) = mark.and_then(|m| m.to_f64())
        && high > low
    {
        // The handle's centre travels the rail inset by its radius (egui's slider geometry).
        let rail = response.rect.x_range().shrink(response.rect.height() / 2.5);
        let x = rail.min + ((mark - low) / (high - low)) as f32 * rail.span();
        let stroke = egui::Stroke::new(2.0, ui.visuals().strong_text_color());
        ui.painter().vline(
            x,
            response.rect.bottom() - 2.0..=response.rect.bottom() + 5.0,
            stroke,
        );
    }
    let touched = response.dragged() || response.clicked() || response.has_focus();
    if !(response.changed() && touched) {
        return None;
    }
    let step = slider_step(driver);
    let steps = position / step;
    // A drag snaps to the nearest step. A key press moves a wide slider by less than a step,
    // so it snaps onwards in the direction pressed (or the value would never move).
    let current = value.to_f64().unwrap_or(position);
    let snapped = if response.dragged() || response.clicked() {
        steps.round()
    } else if position > current {
        steps.ceil()
    } else {
        steps.floor()
    } * step;
    let new = round_to(Decimal::from_f64(snapped)?, 2);
    (new != value).then(|| driver.clamp(new))
}

/// Slider steps that give round numbers while dragging.
fn slider_step(driver: Driver) -> f64 {
    match driver.unit() {
        Unit::Money => {
            let top = driver.everyday_max().to_f64().unwrap_or(1.0);
            if top <= 1_000.0 {
                1.0
            } else if top <= 20_000.0 {
                10.0
            } else {
                100.0
            }
        }
        Unit::Percent | Unit::HoursPerWeek | Unit::DealsPerMonth => 0.5,
        Unit::Seats | Unit::Months | Unit::Days | Unit::HoursPerMonth | Unit::Customers => 1.0,
        Unit::Hours => 10.0,
    }
}

/// Reads a typed value and checks it against the driver's valid range.
fn typed_value(driver: Driver, text: &str) -> Result<Decimal, String> {
    let value = parse_entry(text).map_err(|e| e.to_string())?;
    if value < driver.min() || value > driver.max() {
        return Err(tr!(
            "inputs-error-outside",
            value = grouped_natural(value),
            range = range_text(driver),
        ));
    }
    Ok(driver.clamp(value))
}

fn range_text(driver: Driver) -> String {
    tr!(
        "inputs-range-text",
        min = grouped_natural(driver.min()),
        max = grouped_natural(driver.max()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_values_outside_the_range_are_refused() {
        assert_eq!(
            typed_value(Driver::CycleTimeReductionPct, "95%"),
            Err("95 is outside the allowed range 0 to 90".into())
        );
        assert_eq!(
            typed_value(Driver::RevenuePerDeal, "€75k"),
            Ok(Decimal::from(75_000))
        );
        assert_eq!(typed_value(Driver::Seats, "12.4"), Ok(Decimal::from(12)));
        assert!(typed_value(Driver::Seats, "-3").is_err());
        assert!(
            typed_value(Driver::Seats, "many")
                .unwrap_err()
                .contains("not a number")
        );
    }
}
