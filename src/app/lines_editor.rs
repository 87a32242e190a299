//! The extra lines editor: gains and costs the drivers do not cover (an old system no longer
//! paid for, an integration partner, a yearly data fee). Add, edit, reorder and remove lines;
//! each entry is checked as it is typed and only a valid change reaches the scenario (one undo
//! step each).

use std::collections::HashMap;

use egui::{RichText, TextEdit, Ui};
use rust_decimal::Decimal;

use crate::locale::entry::parse_entry;
use crate::locale::format::grouped_natural;
use crate::model::driver::MONEY_MAX;
use crate::model::scenario::{
    HORIZON_MONTHS_MAX, LINE_NAME_MAX_CHARS, LINES_MAX, Line, LineKind, Per, Scenario,
};
use crate::tr;

/// The two typed fields of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Field {
    Name,
    Amount,
}

/// Typed text and the last refused entry per line, kept across frames.
#[derive(Default)]
pub struct LinesEditor {
    texts: HashMap<(usize, Field), String>,
    errors: HashMap<usize, String>,
}

/// What the user did to one line.
enum Edit {
    Replace(Line),
    MoveUp,
    MoveDown,
    Remove,
}

const NAME_WIDTH: f32 = 150.0;
const AMOUNT_WIDTH: f32 = 96.0;

impl LinesEditor {
    /// Forgets typed text and messages (another scenario, undo).
    pub fn reset(&mut self) {
        self.texts.clear();
        self.errors.clear();
    }

    /// Shows the lines; returns the new list when the user changed it validly.
    pub fn ui(&mut self, ui: &mut Ui, scenario: &Scenario) -> Option<Vec<Line>> {
        if scenario.lines.is_empty() {
            ui.label(RichText::new(tr!("lines-intro")).weak());
        }
        let mut edit = None;
        for (index, line) in scenario.lines.iter().enumerate() {
            if let Some(change) = self.line_ui(ui, index, line, scenario) {
                edit = Some((index, change));
            }
            ui.separator();
        }
        let can_add = scenario.lines.len() < LINES_MAX;
        let add = ui
            .add_enabled(can_add, egui::Button::new(tr!("lines-add")))
            .on_hover_text(if can_add {
                tr!("lines-add-help")
            } else {
                tr!("lines-add-full", max = LINES_MAX)
            });
        let mut lines = scenario.lines.clone();
        if add.clicked() {
            let number = lines.len() + 1;
            lines.push(Line {
                name: tr!("lines-new-name", number = number),
                ..Line::default()
            });
            return Some(lines);
        }
        let (index, edit) = edit?;
        match edit {
            Edit::Replace(line) => lines[index] = line,
            Edit::MoveUp if index > 0 => lines.swap(index, index - 1),
            Edit::MoveDown if index + 1 < lines.len() => lines.swap(index, index + 1),
            Edit::Remove => {
                lines.remove(index);
            }
            _ => return None,
        }
        // Typed text belongs to a position; after a move or removal it would follow the
        // wrong line.
        if !matches!(edit_kind(&lines, &scenario.lines), Kind::SameOrder) {
            self.reset();
        }
        Some(lines)
    }

    fn line_ui(
        &mut self,
        ui: &mut Ui,
        index: usize,
        line: &Line,
        scenario: &Scenario,
    ) -> Option<Edit> {
        let number = index + 1;
        let mut edit = None;
        let mut changed = line.clone();
        ui.horizontal(|ui| {
            if let Some(name) = self.text_field(
                ui,
                index,
                Field::Name,
                &line.name,
                NAME_WIDTH,
                &tr!("lines-name-name", number = number),
            ) {
                match check_name(&name) {
                    Ok(name) => changed.name = name,
                    Err(message) => {
                        self.errors.insert(index, message);
                    }
                }
            }
            egui::ComboBox::from_id_salt(("line_kind", index))
                .selected_text(kind_text(line.kind))
                .width(64.0)
                .show_ui(ui, |ui| {
                    for kind in [LineKind::Gain, LineKind::Cost] {
                        ui.selectable_value(&mut changed.kind, kind, kind_text(kind));
                    }
                })
                .response
                .accessible_name(tr!("lines-kind-name", number = number))
                .on_hover_text(tr!("lines-kind-help"));
            let last = index + 1 == scenario.lines.len();
            if ui
                .add_enabled(index > 0, egui::Button::new(tr!("lines-up")).small())
                .accessible_name(tr!("lines-up-name", number = number))
                .on_hover_text(tr!("lines-up-help"))
                .clicked()
            {
                edit = Some(Edit::MoveUp);
            }
            if ui
                .add_enabled(!last, egui::Button::new(tr!("lines-down")).small())
                .accessible_name(tr!("lines-down-name", number = number))
                .on_hover_text(tr!("lines-down-help"))
                .clicked()
            {
                edit = Some(Edit::MoveDown);
            }
            if ui
                .small_button(tr!("lines-remove"))
                .accessible_name(tr!("lines-remove-name", number = number))
                .on_hover_text(tr!("lines-remove-help"))
                .clicked()
            {
                edit = Some(Edit::Remove);
            }
        });
        ui.horizontal(|ui| {
            let amount_text = grouped_natural(line.amount);
            if let Some(text) = self.text_field(
                ui,
                index,
                Field::Amount,
                &amount_text,
                AMOUNT_WIDTH,
                &tr!("lines-amount-name", number = number),
            ) {
                match check_amount(&text) {
                    Ok(amount) => changed.amount = amount,
                    Err(message) => {
                        self.errors.insert(index, message);
                    }
                }
            }
            ui.label(&scenario.currency);
            egui::ComboBox::from_id_salt(("line_per", index))
                .selected_text(per_text(line.per))
                .width(84.0)
                .show_ui(ui, |ui| {
                    for per in [Per::Once, Per::Month, Per::Year] {
                        ui.selectable_value(&mut changed.per, per, per_text(per));
                    }
                })
                .response
                .accessible_name(tr!("lines-per-name", number = number))
                .on_hover_text(tr!("lines-per-help"));
        });
        ui.horizontal(|ui| {
            let once = line.per == Per::Once;
            let label = ui.label(if once {
                tr!("lines-in-month")
            } else {
                tr!("lines-months")
            });
            ui.add(egui::DragValue::new(&mut changed.from_month).range(0..=HORIZON_MONTHS_MAX))
                .labelled_by(label.id)
                .on_hover_text(tr!("lines-from-help"));
            if !once {
                ui.label(tr!("lines-to"));
                let mut through_horizon = line.to_month.is_none();
                if ui
                    .checkbox(&mut through_horizon, tr!("lines-through-horizon"))
                    .on_hover_text(tr!("lines-through-horizon-help"))
                    .changed()
                {
                    changed.to_month = (!through_horizon)
                        .then_some(scenario.horizon_months.max(changed.from_month));
                }
                if let Some(to) = &mut changed.to_month {
                    let mut value = *to;
                    ui.add(
                        egui::DragValue::new(&mut value)
                            .range(changed.from_month..=HORIZON_MONTHS_MAX),
                    )
                    .accessible_name(tr!("lines-to-name", number = number))
                    .on_hover_text(tr!("lines-to-help"));
                    *to = value;
                }
            }
        });
        if let Some(error) = self.errors.get(&index) {
            ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
        }
        if edit.is_some() {
            return edit;
        }
        // A to-month before a from-month that was just raised follows it.
        if let Some(to) = changed.to_month
            && to < changed.from_month
        {
            changed.to_month = Some(changed.from_month);
        }
        if changed != *line {
            self.errors.remove(&index);
            return Some(Edit::Replace(changed));
        }
        None
    }

    /// A single-line field committed when left (Enter or Tab); returns the committed text.
    fn text_field(
        &mut self,
        ui: &mut Ui,
        index: usize,
        field: Field,
        value: &str,
        width: f32,
        name: &str,
    ) -> Option<String> {
        let id = ui.make_persistent_id(("line_field", index, field));
        let text = self.texts.entry((index, field)).or_default();
        if !ui.memory(|m| m.has_focus(id)) {
            value.clone_into(text);
        }
        let response = ui
            .add(TextEdit::singleline(text).id(id).desired_width(width))
            .accessible_name(name.to_owned());
        let cancelled = ui.input(|i| i.key_pressed(egui::Key::Escape));
        (response.lost_focus() && !cancelled && text.trim() != value).then(|| text.clone())
    }
}

/// How a new list relates to the old one.
enum Kind {
    SameOrder,
    Reordered,
}

fn edit_kind(new: &[Line], old: &[Line]) -> Kind {
    if new.len() == old.len() && new.iter().zip(old).filter(|(a, b)| a != b).count() <= 1 {
        Kind::SameOrder
    } else {
        Kind::Reordered
    }
}

fn check_name(text: &str) -> Result<String, String> {
    let name = text.trim();
    let chars = name.chars().count();
    if chars == 0 {
        Err(tr!("lines-error-no-name"))
    } else if chars > LINE_NAME_MAX_CHARS {
        Err(tr!(
            "lines-error-name-too-long",
            max = LINE_NAME_MAX_CHARS,
            count = chars
        ))
    } else {
        Ok(name.to_owned())
    }
}

fn check_amount(text: &str) -> Result<Decimal, String> {
    let amount = parse_entry(text).map_err(|e| e.to_string())?;
    if amount < Decimal::ZERO || amount > Decimal::from(MONEY_MAX) {
        return Err(tr!(
            "lines-error-amount-outside",
            value = grouped_natural(amount),
            max = grouped_natural(Decimal::from(MONEY_MAX)),
        ));
    }
    Ok(amount)
}

fn kind_text(kind: LineKind) -> String {
    match kind {
        LineKind::Gain => tr!("lines-kind-gain"),
        LineKind::Cost => tr!("lines-kind-cost"),
    }
}

fn per_text(per: Per) -> String {
    match per {
        Per::Once => tr!("lines-per-once"),
        Per::Month => tr!("lines-per-month"),
        Per::Year => tr!("lines-per-year"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_amounts_are_checked_as_typed() {
        assert_eq!(check_name("  Legacy CRM "), Ok("Legacy CRM".into()));
        assert!(check_name("   ").is_err());
        assert!(check_name(&"x".repeat(101)).is_err());
        assert_eq!(check_amount("€2,400"), Ok(Decimal::from(2400)));
        assert!(check_amount("-5").is_err());
        assert!(check_amount("lots").unwrap_err().contains("not a number"));
    }
}
