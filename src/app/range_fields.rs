//! Editing a driver's risk range (low / most likely / high), used beside each input and in the
//! Risk range view.

use std::collections::HashMap;

use egui::Ui;
use rust_decimal::Decimal;

use crate::locale::entry::parse_entry;
use crate::locale::format::grouped_natural;
use crate::locale::terms;
use crate::model::driver::Driver;
use crate::model::scenario::{Scenario, Triangle};
use crate::tr;

/// A change of the scenario's ranges.
pub enum RangeChange {
    Set(Driver, Triangle),
    Remove(Driver),
}

impl RangeChange {
    /// Turns a driver's uncertainty on (starting at −20 % / value / +20 %, within its range)
    /// or off.
    pub fn toggle(driver: Driver, scenario: &Scenario, uncertain: bool) -> Self {
        if !uncertain {
            return RangeChange::Remove(driver);
        }
        let value = driver.get(scenario);
        // Values are at most 10^12, so these products cannot overflow.
        let low = driver.clamp(value * Decimal::new(8, 1));
        let high = driver.clamp(value * Decimal::new(12, 1));
        RangeChange::Set(
            driver,
            Triangle {
                low,
                likely: value,
                high,
            },
        )
    }

    pub fn apply(self, scenario: &mut Scenario) {
        match self {
            RangeChange::Set(driver, triangle) => {
                // "Most likely" is the driver's value itself: typing it there sets the value.
                driver.set_value(scenario, triangle.likely);
                scenario
                    .ranges
                    .insert(driver.field_name().to_owned(), triangle);
            }
            RangeChange::Remove(driver) => {
                scenario.ranges.remove(driver.field_name());
            }
        }
    }
}

/// Typed text of the range fields and the last problem, kept across frames.
#[derive(Default)]
pub struct RangeFields {
    texts: HashMap<(Driver, usize), String>,
    error: Option<String>,
}

/// The headings of a range's three values, in the language in use.
pub fn range_labels() -> [String; 3] {
    [
        tr!("ranges-low"),
        tr!("ranges-most-likely"),
        tr!("ranges-high"),
    ]
}

impl RangeFields {
    /// The message of the last refused entry, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    pub fn clear_error(&mut self) {
        self.error = None;
    }

    /// Three typed fields for `triangle`, added to `ui` in its current layout; returns the
    /// changed range when one is committed and valid.
    pub fn fields(
        &mut self,
        ui: &mut Ui,
        driver: Driver,
        triangle: Triangle,
        label: egui::Id,
    ) -> Option<RangeChange> {
        let values = [triangle.low, triangle.likely, triangle.high];
        let mut change = None;
        for (index, value) in values.into_iter().enumerate() {
            let Some(new) = self.field(ui, driver, index, value, label) else {
                continue;
            };
            let mut changed = values;
            changed[index] = new;
            let [low, likely, high] = changed;
            if low <= likely && likely <= high {
                self.error = None;
                change = Some(RangeChange::Set(driver, Triangle { low, likely, high }));
            } else {
                self.error = Some(tr!(
                    "ranges-error-order",
                    driver = terms::driver_label(driver)
                ));
            }
        }
        change
    }

    fn field(
        &mut self,
        ui: &mut Ui,
        driver: Driver,
        index: usize,
        value: Decimal,
        label: egui::Id,
    ) -> Option<Decimal> {
        let id = ui.make_persistent_id(("range", driver.field_name(), index));
        let name = terms::driver_label(driver);
        let help = match index {
            0 => tr!("ranges-low-help", driver = name.as_str()),
            1 => tr!("ranges-most-likely-help", driver = name.as_str()),
            _ => tr!("ranges-high-help", driver = name.as_str()),
        };
        let text = self.texts.entry((driver, index)).or_default();
        if !ui.memory(|m| m.has_focus(id)) {
            *text = grouped_natural(value);
        }
        let response = ui
            .add(egui::TextEdit::singleline(text).id(id).desired_width(88.0))
            .labelled_by(label)
            .on_hover_text(help);
        if !response.lost_focus() || text.trim() == grouped_natural(value) {
            return None;
        }
        match parse_entry(text) {
            Ok(new) if new >= driver.min() && new <= driver.max() => Some(driver.clamp(new)),
            Ok(_) => {
                let whole = if driver.whole_number() { "yes" } else { "no" };
                self.error = Some(tr!(
                    "ranges-error-allowed",
                    driver = name,
                    min = grouped_natural(driver.min()),
                    max = grouped_natural(driver.max()),
                    whole = whole,
                ));
                None
            }
            Err(error) => {
                self.error = Some(tr!(
                    "ranges-error-entry",
                    driver = name,
                    error = error.to_string(),
                ));
                None
            }
        }
    }
}
