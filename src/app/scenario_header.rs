//! The scenario's own fields at the top of the inputs panel: name, currency, horizon, notes.

use egui::{RichText, TextEdit, Ui};

use crate::model::scenario::{HORIZON_MONTHS_MAX, HORIZON_MONTHS_MIN, Scenario};
use crate::tr;

/// Currencies offered in the picker; a file may carry any other ISO code, which is kept.
pub const CURRENCIES: [&str; 8] = ["EUR", "USD", "GBP", "PLN", "RON", "BRL", "RUB", "CNY"];

/// Horizons offered as one click; any whole number of months in range can be typed.
pub const HORIZONS: [u32; 6] = [6, 9, 12, 18, 24, 36];

/// Name and notes are edited in buffers and committed when the field is left, so typing a
/// name is one undo step, not one per letter.
#[derive(Default)]
pub struct ScenarioHeader {
    name: String,
    notes: String,
}

/// A change to the scenario's own fields.
pub enum HeaderChange {
    Name(String),
    Currency(String),
    Horizon(u32),
    Notes(String),
}

impl ScenarioHeader {
    pub fn ui(&mut self, ui: &mut Ui, scenario: &Scenario) -> Option<HeaderChange> {
        let mut change = None;
        egui::Grid::new("scenario_header")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                let label = ui.label(tr!("header-name"));
                let id = ui.make_persistent_id("scenario_name");
                if !ui.memory(|m| m.has_focus(id)) {
                    self.name.clone_from(&scenario.name);
                }
                let response = ui
                    .add(
                        TextEdit::singleline(&mut self.name)
                            .id(id)
                            .desired_width(210.0),
                    )
                    .labelled_by(label.id)
                    .on_hover_text(tr!("header-name-help"));
                if response.lost_focus() && self.name != scenario.name {
                    change = Some(HeaderChange::Name(self.name.clone()));
                }
                ui.end_row();

                let label = ui.label(tr!("header-currency"));
                let mut currency = scenario.currency.clone();
                egui::ComboBox::from_id_salt("currency")
                    .selected_text(&currency)
                    .show_ui(ui, |ui| {
                        for code in CURRENCIES {
                            ui.selectable_value(&mut currency, code.to_owned(), code);
                        }
                    })
                    .response
                    .labelled_by(label.id)
                    .on_hover_text(tr!("header-currency-help"));
                if currency != scenario.currency {
                    change = Some(HeaderChange::Currency(currency));
                }
                ui.end_row();

                let label = ui.label(tr!("header-horizon"));
                ui.horizontal(|ui| {
                    let mut horizon = scenario.horizon_months;
                    // Measured months must lie within the horizon: it cannot end before the
                    // last of them (nothing measured is dropped by a click).
                    let last_measured = scenario
                        .actuals
                        .as_ref()
                        .and_then(|a| a.months.iter().map(|m| m.month).max())
                        .unwrap_or(0);
                    let shortest = HORIZON_MONTHS_MIN.max(last_measured);
                    let measured_note = tr!("header-horizon-measured", month = last_measured);
                    let unit = format!(" {}", tr!("header-horizon-unit", count = horizon));
                    let response = ui
                        .add(
                            egui::DragValue::new(&mut horizon)
                                .range(shortest..=HORIZON_MONTHS_MAX)
                                .suffix(unit),
                        )
                        .labelled_by(label.id);
                    if last_measured > HORIZON_MONTHS_MIN {
                        response.on_hover_text(tr!(
                            "header-horizon-help-measured",
                            shortest = shortest,
                            note = measured_note.as_str(),
                        ));
                    } else {
                        response.on_hover_text(tr!("header-horizon-help"));
                    }
                    for months in HORIZONS {
                        let allowed = months >= shortest;
                        ui.add_enabled_ui(allowed, |ui| {
                            ui.selectable_value(&mut horizon, months, months.to_string())
                                .on_hover_text(tr!("header-horizon-pick", count = months))
                                .on_disabled_hover_text(&measured_note);
                        });
                    }
                    if horizon != scenario.horizon_months {
                        change = Some(HeaderChange::Horizon(horizon));
                    }
                });
                ui.end_row();
            });

        egui::CollapsingHeader::new(RichText::new(tr!("header-notes")))
            .id_salt("scenario_notes_section")
            .show(ui, |ui| {
                let id = ui.make_persistent_id("scenario_notes");
                if !ui.memory(|m| m.has_focus(id)) {
                    self.notes.clone_from(&scenario.notes);
                }
                let response = ui
                    .add(
                        TextEdit::multiline(&mut self.notes)
                            .id(id)
                            .desired_rows(3)
                            .desired_width(f32::INFINITY)
                            .hint_text(tr!("header-notes-hint")),
                    )
                    .on_hover_text(tr!("header-notes-help"));
                if response.lost_focus() && self.notes != scenario.notes {
                    change = Some(HeaderChange::Notes(self.notes.clone()));
                }
            });
        change
    }
}

impl HeaderChange {
    pub fn apply(self, scenario: &mut Scenario) {
        match self {
            HeaderChange::Name(name) => scenario.name = name,
            HeaderChange::Currency(code) => scenario.currency = code,
            HeaderChange::Horizon(months) => scenario.horizon_months = months,
            HeaderChange::Notes(notes) => scenario.notes = notes,
        }
    }
}
