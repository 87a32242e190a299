//! The model's things by name, in the language in use: drivers, their units and groups, the
//! parts of gain and cost, the tracked groups and measures. The model keeps English names as
//! its source (and field names for files); what a user reads comes from here.

use rust_decimal::Decimal;

use crate::locale::format::plural_operand;
use crate::model::actuals::Measure;
use crate::model::driver::{Driver, Group, Unit};
use crate::tr;

/// A driver's label, without its unit: "Seat cost / month".
pub fn driver_label(driver: Driver) -> String {
    match driver {
        Driver::Seats => tr!("term-driver-seats"),
        Driver::RepMonthlyCost => tr!("term-driver-rep-monthly-cost"),
        Driver::WorkingHoursPerMonth => tr!("term-driver-working-hours-per-month"),
        Driver::DealsPerRepPerMonth => tr!("term-driver-deals-per-rep-per-month"),
        Driver::RevenuePerDeal => tr!("term-driver-revenue-per-deal"),
        Driver::GrossMarginPct => tr!("term-driver-gross-margin-pct"),
        Driver::SalesCycleDays => tr!("term-driver-sales-cycle-days"),
        Driver::SeatCostPerMonth => tr!("term-driver-seat-cost-per-month"),
        Driver::ImplementationCost => tr!("term-driver-implementation-cost"),
        Driver::TrainingCostPerSeat => tr!("term-driver-training-cost-per-seat"),
        Driver::AdminCostPerMonth => tr!("term-driver-admin-cost-per-month"),
        Driver::InternalRolloutHours => tr!("term-driver-internal-rollout-hours"),
        Driver::LicenceIncreasePctPerYear => tr!("term-driver-licence-increase-pct-per-year"),
        Driver::CrossSellUpliftPct => tr!("term-driver-cross-sell-uplift-pct"),
        Driver::CycleTimeReductionPct => tr!("term-driver-cycle-time-reduction-pct"),
        Driver::WinRateUpliftPct => tr!("term-driver-win-rate-uplift-pct"),
        Driver::HoursSavedPerRepPerWeek => tr!("term-driver-hours-saved-per-rep-per-week"),
        Driver::ActiveCustomers => tr!("term-driver-active-customers"),
        Driver::RevenuePerCustomerPerMonth => tr!("term-driver-revenue-per-customer-per-month"),
        Driver::MonthlyChurnPct => tr!("term-driver-monthly-churn-pct"),
        Driver::ChurnReductionPct => tr!("term-driver-churn-reduction-pct"),
        Driver::AcquisitionSpendPerMonth => tr!("term-driver-acquisition-spend-per-month"),
        Driver::AcquisitionCostReductionPct => tr!("term-driver-acquisition-cost-reduction-pct"),
        Driver::SupportCostPerMonth => tr!("term-driver-support-cost-per-month"),
        Driver::SupportTimeReductionPct => tr!("term-driver-support-time-reduction-pct"),
        Driver::RampMonths => tr!("term-driver-ramp-months"),
        Driver::AdoptionPct => tr!("term-driver-adoption-pct"),
        Driver::DiscountRateAnnualPct => tr!("term-driver-discount-rate-annual-pct"),
        Driver::BenefitRiskPct => tr!("term-driver-benefit-risk-pct"),
    }
}

/// What a driver means and how it enters the calculation (its tooltip).
pub fn driver_help(driver: Driver) -> String {
    match driver {
        Driver::Seats => tr!("term-driver-seats-help"),
        Driver::RepMonthlyCost => tr!("term-driver-rep-monthly-cost-help"),
        Driver::WorkingHoursPerMonth => tr!("term-driver-working-hours-per-month-help"),
        Driver::DealsPerRepPerMonth => tr!("term-driver-deals-per-rep-per-month-help"),
        Driver::RevenuePerDeal => tr!("term-driver-revenue-per-deal-help"),
        Driver::GrossMarginPct => tr!("term-driver-gross-margin-pct-help"),
        Driver::SalesCycleDays => tr!("term-driver-sales-cycle-days-help"),
        Driver::SeatCostPerMonth => tr!("term-driver-seat-cost-per-month-help"),
        Driver::ImplementationCost => tr!("term-driver-implementation-cost-help"),
        Driver::TrainingCostPerSeat => tr!("term-driver-training-cost-per-seat-help"),
        Driver::AdminCostPerMonth => tr!("term-driver-admin-cost-per-month-help"),
        Driver::InternalRolloutHours => tr!("term-driver-internal-rollout-hours-help"),
        Driver::LicenceIncreasePctPerYear => tr!("term-driver-licence-increase-pct-per-year-help"),
        Driver::CrossSellUpliftPct => tr!("term-driver-cross-sell-uplift-pct-help"),
        Driver::CycleTimeReductionPct => tr!("term-driver-cycle-time-reduction-pct-help"),
        Driver::WinRateUpliftPct => tr!("term-driver-win-rate-uplift-pct-help"),
        Driver::HoursSavedPerRepPerWeek => tr!("term-driver-hours-saved-per-rep-per-week-help"),
        Driver::ActiveCustomers => tr!("term-driver-active-customers-help"),
        Driver::RevenuePerCustomerPerMonth => {
            tr!("term-driver-revenue-per-customer-per-month-help")
        }
        Driver::MonthlyChurnPct => tr!("term-driver-monthly-churn-pct-help"),
        Driver::ChurnReductionPct => tr!("term-driver-churn-reduction-pct-help"),
        Driver::AcquisitionSpendPerMonth => tr!("term-driver-acquisition-spend-per-month-help"),
        Driver::AcquisitionCostReductionPct => {
            tr!("term-driver-acquisition-cost-reduction-pct-help")
        }
        Driver::SupportCostPerMonth => tr!("term-driver-support-cost-per-month-help"),
        Driver::SupportTimeReductionPct => tr!("term-driver-support-time-reduction-pct-help"),
        Driver::RampMonths => tr!("term-driver-ramp-months-help"),
        Driver::AdoptionPct => tr!("term-driver-adoption-pct-help"),
        Driver::DiscountRateAnnualPct => tr!("term-driver-discount-rate-annual-pct-help"),
        Driver::BenefitRiskPct => tr!("term-driver-benefit-risk-pct-help"),
    }
}

/// A unit as shown after a value (money shows the currency).
pub fn unit_suffix(unit: Unit, currency: &str) -> String {
    match unit {
        Unit::Money => currency.to_owned(),
        Unit::Percent => tr!("term-unit-percent"),
        Unit::Seats => tr!("term-unit-seats"),
        Unit::DealsPerMonth => tr!("term-unit-deals-per-month"),
        Unit::HoursPerMonth => tr!("term-unit-hours-per-month"),
        Unit::HoursPerWeek => tr!("term-unit-hours-per-week"),
        Unit::Hours => tr!("term-unit-hours"),
        Unit::Customers => tr!("term-unit-customers"),
        Unit::Days => tr!("term-unit-days"),
        Unit::Months => tr!("term-unit-months"),
    }
}

/// The unit that follows `count` where the number stands apart (the typed field beside its
/// unit): the form the language's plural rules give that count, `4 сделки/мес.` but
/// `5 сделок/мес.`. Money shows its currency code, as the field's range does.
pub fn unit_after(unit: Unit, count: Decimal, currency: &str) -> String {
    match unit {
        Unit::Money | Unit::Percent => unit_suffix(unit, currency),
        _ => {
            // The counted form with a stand-in for the number, which is then taken out.
            const STAND_IN: &str = "\u{E000}";
            let counted = unit_with_count(unit, STAND_IN, count, currency);
            counted.replace(STAND_IN, "").trim().to_owned()
        }
    }
}

/// A count with its unit, as people read it: `10 seats`, `1 month`, `12.5 %`, `2,500 EUR`.
/// `count_text` is the count as formatted; `count` is the same figure as shown (rounded, with
/// the decimals shown), which chooses the plural form: `1 seat` but `1.00 seats`.
pub fn unit_with_count(unit: Unit, count_text: &str, count: Decimal, currency: &str) -> String {
    let plural = plural_operand(count);
    match unit {
        Unit::Money => super::numbers::with_currency(count_text, currency, super::Lang::current()),
        Unit::Percent => super::numbers::with_percent(count_text, super::Lang::current()),
        Unit::Seats => tr!("term-unit-count-seats", count = plural, value = count_text),
        Unit::DealsPerMonth => tr!(
            "term-unit-count-deals-per-month",
            count = plural,
            value = count_text
        ),
        Unit::HoursPerMonth => tr!(
            "term-unit-count-hours-per-month",
            count = plural,
            value = count_text
        ),
        Unit::HoursPerWeek => tr!(
            "term-unit-count-hours-per-week",
            count = plural,
            value = count_text
        ),
        Unit::Hours => tr!("term-unit-count-hours", count = plural, value = count_text),
        Unit::Customers => tr!(
            "term-unit-count-customers",
            count = plural,
            value = count_text
        ),
        Unit::Days => tr!("term-unit-count-days", count = plural, value = count_text),
        Unit::Months => tr!("term-unit-count-months", count = plural, value = count_text),
    }
}

/// An input group's heading.
pub fn group_title(group: Group) -> String {
    match group {
        Group::Team => tr!("term-group-team"),
        Group::SalesBefore => tr!("term-group-sales-before"),
        Group::CrmCosts => tr!("term-group-crm-costs"),
        Group::Gains => tr!("term-group-gains"),
        Group::Customers => tr!("term-group-customers"),
        Group::Marketing => tr!("term-group-marketing"),
        Group::Service => tr!("term-group-service"),
        Group::AdoptionAndRisk => tr!("term-group-adoption-and-risk"),
        Group::Finance => tr!("term-group-finance"),
    }
}

/// The parts of the gain, in `GainBreakdown::as_array` order.
pub fn gain_part(index: usize) -> String {
    match index {
        0 => tr!("term-gain-cross-sell"),
        1 => tr!("term-gain-faster-cycle"),
        2 => tr!("term-gain-win-rate"),
        3 => tr!("term-gain-time-saved"),
        4 => tr!("term-gain-customers-kept"),
        5 => tr!("term-gain-cheaper-acquisition"),
        6 => tr!("term-gain-faster-service"),
        7 => tr!("term-gain-other-gains"),
        _ => String::new(),
    }
}

/// The kinds of cost, in `CostBreakdown::as_array` order.
pub fn cost_part(index: usize) -> String {
    match index {
        0 => tr!("term-cost-licences"),
        1 => tr!("term-cost-admin"),
        2 => tr!("term-cost-one-time"),
        3 => tr!("term-cost-other-costs"),
        _ => String::new(),
    }
}

/// The groups tracked after go-live, in `GroupGains::as_array` order.
pub fn tracked_group(index: usize) -> String {
    match index {
        0 => tr!("term-tracked-sales"),
        1 => tr!("term-tracked-time-saved"),
        2 => tr!("term-tracked-customers-kept"),
        3 => tr!("term-tracked-cheaper-acquisition"),
        4 => tr!("term-tracked-faster-service"),
        5 => tr!("term-tracked-other-gains"),
        _ => String::new(),
    }
}

/// A measure's column heading in the tracking grid.
pub fn measure_heading(measure: Measure) -> String {
    match measure {
        Measure::Revenue => tr!("term-measure-revenue"),
        Measure::DealsWon => tr!("term-measure-deals-won"),
        Measure::SalesCycleDays => tr!("term-measure-sales-cycle-days"),
        Measure::HoursSavedPerRepPerWeek => tr!("term-measure-hours-saved-per-rep-per-week"),
        Measure::ActiveCustomers => tr!("term-measure-active-customers"),
        Measure::AcquisitionSpend => tr!("term-measure-acquisition-spend"),
        Measure::SupportCost => tr!("term-measure-support-cost"),
        Measure::CrmCost => tr!("term-measure-crm-cost"),
    }
}

/// A line of the department's before-and-after month, by its place in
/// `DepartmentMonth::ROWS`.
pub fn department_row(index: usize) -> String {
    match index {
        0 => tr!("term-dept-deals-won"),
        1 => tr!("term-dept-new-business-revenue"),
        2 => tr!("term-dept-customers"),
        3 => tr!("term-dept-recurring-revenue"),
        4 => tr!("term-dept-gross-profit"),
        5 => tr!("term-dept-team-cost"),
        6 => tr!("term-dept-crm-cost"),
        7 => tr!("term-dept-marketing-spend"),
        8 => tr!("term-dept-support-cost"),
        9 => tr!("term-dept-time-value-freed"),
        10 => tr!("term-dept-other-gains"),
        _ => tr!("term-dept-contribution"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Lang;

    #[test]
    fn the_unit_beside_a_field_agrees_with_its_number() {
        let form = |lang: Lang, count: i64| {
            lang.use_here();
            let text = unit_after(Unit::DealsPerMonth, Decimal::from(count), "EUR");
            Lang::En.use_here();
            text
        };
        assert_eq!(form(Lang::Ru, 4), "сделки/мес.");
        assert_eq!(form(Lang::Ru, 5), "сделок/мес.");
        assert_eq!(form(Lang::Ru, 1), "сделка/мес.");
        assert_eq!(form(Lang::En, 1), "deal/month");
        assert_eq!(form(Lang::En, 4), "deals/month");
    }
}
