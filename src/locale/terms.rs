//! The model's things by name, in the language in use: drivers, their units and groups, the
//! parts of gain and cost, the tracked groups and measures. The model keeps English names as
//! its source (and field names for files); what a user reads comes from here.

use crate::model::actuals::Measure;
use crate::model::driver::{Driver, Group, Unit};

/// A driver's label, without its unit: "Seat cost / month".
pub fn driver_label(driver: Driver) -> String {
    driver.label().to_owned()
}

/// What a driver means and how it enters the calculation (its tooltip).
pub fn driver_help(driver: Driver) -> String {
    driver.help().to_owned()
}

/// A unit as shown after a value (money shows the currency).
pub fn unit_suffix(unit: Unit, currency: &str) -> String {
    unit.suffix(currency)
}

/// An input group's heading.
pub fn group_title(group: Group) -> String {
    group.title().to_owned()
}

/// The parts of the gain, in `GainBreakdown::as_array` order.
pub fn gain_part(index: usize) -> String {
    crate::model::breakdown::GainBreakdown::<rust_decimal::Decimal>::LABELS
        .get(index)
        .copied()
        .unwrap_or_default()
        .to_owned()
}

/// The kinds of cost, in `CostBreakdown::as_array` order.
pub fn cost_part(index: usize) -> String {
    crate::model::breakdown::CostBreakdown::<rust_decimal::Decimal>::LABELS
        .get(index)
        .copied()
        .unwrap_or_default()
        .to_owned()
}

/// The groups tracked after go-live, in `GroupGains::as_array` order.
pub fn tracked_group(index: usize) -> String {
    crate::model::tracking::GroupGains::LABELS
        .get(index)
        .copied()
        .unwrap_or_default()
        .to_owned()
}

/// A measure's column heading in the tracking grid.
pub fn measure_heading(measure: Measure) -> String {
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
    .to_owned()
}
