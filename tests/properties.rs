//! Properties of the projection over random valid scenarios.

mod common;

use crm_roi::files::{parse_scenario, to_ron_string};
use crm_roi::model::scenario::{LicenceBilling, Line, LineKind, Per};
use crm_roi::{Driver, Scenario, project};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A value within the driver's valid range, mostly in its everyday span, with up to 2 decimals.
fn driver_value(driver: Driver) -> impl Strategy<Value = Decimal> {
    let min = driver.min();
    let top = (driver.everyday_max() * Decimal::TWO).min(driver.max());
    let hundredths_span = ((top - min) * Decimal::ONE_HUNDRED)
        .try_into()
        .unwrap_or(0_i64);
    (0..=hundredths_span).prop_map(move |hundredths| {
        let value = min + Decimal::new(hundredths, 2);
        driver.clamp(value)
    })
}

/// An extra line: gain or cost, any `per`, an amount up to 50,000, months within 0..=60.
fn line() -> impl Strategy<Value = Line> {
    (
        any::<bool>(),
        0_usize..3,
        0_i64..5_000_000,
        0_u32..=60,
        prop::option::of(0_u32..=60),
        "[a-zA-Z é€|]{1,20}",
    )
        .prop_map(|(gain, per, cents, from, to, name)| Line {
            name,
            kind: if gain { LineKind::Gain } else { LineKind::Cost },
            amount: Decimal::new(cents, 2),
            per: [Per::Once, Per::Month, Per::Year][per],
            from_month: from,
            to_month: to.map(|t| t.max(from)),
        })
        // A name of spaces alone is refused; such a line is not a valid scenario.
        .prop_filter("a line has a name", |line| !line.name.trim().is_empty())
}

/// A random valid version-2 scenario: every driver, up to three lines, either billing.
fn scenario() -> impl Strategy<Value = Scenario> {
    let values: Vec<_> = Driver::ALL.iter().map(|&d| driver_value(d)).collect();
    (
        values,
        1_u32..=60,
        prop::collection::vec(line(), 0..=3),
        any::<bool>(),
    )
        .prop_map(|(values, horizon_months, lines, annual)| {
            let mut s = Scenario {
                horizon_months,
                lines,
                ..Scenario::default()
            };
            for (driver, value) in Driver::ALL.iter().zip(values) {
                driver.set(&mut s, value);
            }
            if annual {
                s.costs.licence_billing = LicenceBilling::Annual;
            }
            s
        })
}

const GAIN_INPUTS: [Driver; 17] = [
    Driver::Seats,
    Driver::RepMonthlyCost,
    Driver::DealsPerRepPerMonth,
    Driver::RevenuePerDeal,
    Driver::GrossMarginPct,
    Driver::CrossSellUpliftPct,
    Driver::CycleTimeReductionPct,
    Driver::WinRateUpliftPct,
    Driver::HoursSavedPerRepPerWeek,
    Driver::AdoptionPct,
    Driver::ActiveCustomers,
    Driver::RevenuePerCustomerPerMonth,
    Driver::ChurnReductionPct,
    Driver::AcquisitionSpendPerMonth,
    Driver::AcquisitionCostReductionPct,
    Driver::SupportCostPerMonth,
    Driver::SupportTimeReductionPct,
];

const COST_INPUTS: [Driver; 8] = [
    Driver::Seats,
    Driver::SeatCostPerMonth,
    Driver::ImplementationCost,
    Driver::TrainingCostPerSeat,
    Driver::AdminCostPerMonth,
    Driver::InternalRolloutHours,
    Driver::LicenceIncreasePctPerYear,
    Driver::RepMonthlyCost,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn driver_gains_and_cost_kinds_sum_to_the_totals_every_month(s in scenario()) {
        let p = project(&s).unwrap();
        prop_assert_eq!(p.months.len(), s.horizon_months as usize + 1);
        for month in &p.months {
            // Added as the projection adds them (flat drivers, lines, retention); any other
            // order differs at most in Decimal's 28th digit.
            let gains: Decimal = month.gains.in_sum_order().iter().sum();
            prop_assert_eq!(gains, month.gain);
            let display_order: Decimal = month.gains.as_array().iter().sum();
            prop_assert!((display_order - month.gain).abs() < Decimal::new(1, 15));
            let costs: Decimal = month.costs.as_array().iter().sum();
            prop_assert_eq!(costs, month.cost);
            prop_assert_eq!(month.net, month.gain - month.cost);
        }
    }

    /// Each year holds exactly its months, part by part, and the years add up to the horizon.
    #[test]
    fn the_years_sum_the_months(s in scenario()) {
        let p = project(&s).unwrap();
        let parts = p.years.parts(&p.months).unwrap();
        let mut months_seen = 0;
        for (period, (gains, costs)) in p.years.periods.iter().zip(&parts.periods) {
            let months: Vec<_> = p
                .months
                .iter()
                .filter(|m| (period.first_month..=period.last_month).contains(&m.month))
                .collect();
            months_seen += months.len();
            let gain: Decimal = months.iter().map(|m| m.gain).sum();
            let cost: Decimal = months.iter().map(|m| m.cost).sum();
            prop_assert_eq!(period.gain, gain);
            prop_assert_eq!(period.cost, cost);
            prop_assert_eq!(period.net, gain - cost);
            for part in 0..8 {
                let sum: Decimal = months.iter().map(|m| m.gains.as_array()[part]).sum();
                prop_assert_eq!(gains.as_array()[part], sum);
            }
            for part in 0..4 {
                let sum: Decimal = months.iter().map(|m| m.costs.as_array()[part]).sum();
                prop_assert_eq!(costs.as_array()[part], sum);
            }
        }
        prop_assert_eq!(months_seen, p.months.len());
        // Added in another order than the running totals: equal up to Decimal's 28th digit.
        let close = |a: Decimal, b: Decimal| (a - b).abs() < Decimal::new(1, 15);
        let gain: Decimal = p.years.periods.iter().map(|y| y.gain).sum();
        let cost: Decimal = p.years.periods.iter().map(|y| y.cost).sum();
        prop_assert!(close(gain, p.summary.total_gain), "{} {}", gain, p.summary.total_gain);
        prop_assert!(close(cost, p.summary.total_cost), "{} {}", cost, p.summary.total_cost);
        prop_assert_eq!(p.years.npv, p.years.pv_gains - p.years.pv_costs);
    }

    /// The CRM never loses customers: with it the base is at least as large, and the
    /// retention gain is never negative.
    #[test]
    fn the_crm_keeps_at_least_as_many_customers(s in scenario()) {
        let p = project(&s).unwrap();
        for month in &p.months {
            prop_assert!(month.customers_without_crm <= month.customers_with_crm);
            prop_assert!(month.gains.retention >= Decimal::ZERO);
        }
    }

    /// Over whole licence years, billing monthly or a year ahead costs the same licences.
    #[test]
    fn monthly_and_annual_billing_cost_the_same_over_whole_years(s in scenario()) {
        let whole_years = s.horizon_months / 12;
        let licences = |billing| {
            let mut billed = s.clone();
            billed.costs.licence_billing = billing;
            let p = project(&billed).unwrap();
            p.months
                .iter()
                .filter(|m| m.month >= 1 && m.month <= 12 * whole_years)
                .map(|m| m.costs.licences)
                .sum::<Decimal>()
        };
        prop_assert_eq!(licences(LicenceBilling::Monthly), licences(LicenceBilling::Annual));
    }

    #[test]
    fn cumulative_series_are_running_sums(s in scenario()) {
        let p = project(&s).unwrap();
        let (mut cost, mut gain) = (Decimal::ZERO, Decimal::ZERO);
        for month in &p.months {
            cost += month.cost;
            gain += month.gain;
            prop_assert_eq!(month.cumulative_cost, cost);
            prop_assert_eq!(month.cumulative_gain, gain);
            prop_assert_eq!(month.cumulative_net, gain - cost);
        }
        prop_assert_eq!(p.summary.total_cost, cost);
        prop_assert_eq!(p.summary.total_gain, gain);
    }

    #[test]
    fn net_has_the_sign_of_roi(s in scenario()) {
        let p = project(&s).unwrap();
        if let Some(roi) = p.summary.roi_pct {
            prop_assert_eq!(p.summary.net_gain.is_sign_negative() && !p.summary.net_gain.is_zero(),
                roi.is_sign_negative() && !roi.is_zero());
            prop_assert_eq!(p.summary.net_gain.is_zero(), roi.is_zero());
        } else {
            prop_assert!(p.summary.total_cost.is_zero());
        }
    }

    #[test]
    fn raising_a_gain_input_never_lowers_total_gain(
        s in scenario(), which in 0..GAIN_INPUTS.len(), step in 1_i64..10_000,
    ) {
        let driver = GAIN_INPUTS[which];
        let before = project(&s).unwrap().summary.total_gain;
        let mut raised = s.clone();
        driver.set(&mut raised, driver.get(&s) + Decimal::new(step, 2).max(Decimal::ONE));
        let after = project(&raised).unwrap().summary.total_gain;
        prop_assert!(after >= before, "{:?}: {} -> {}", driver, before, after);
    }

    #[test]
    fn raising_a_cost_input_never_lowers_total_cost(
        s in scenario(), which in 0..COST_INPUTS.len(), step in 1_i64..10_000,
    ) {
        let driver = COST_INPUTS[which];
        let before = project(&s).unwrap().summary.total_cost;
        let mut raised = s.clone();
        driver.set(&mut raised, driver.get(&s) + Decimal::new(step, 2).max(Decimal::ONE));
        let after = project(&raised).unwrap().summary.total_cost;
        prop_assert!(after >= before, "{:?}: {} -> {}", driver, before, after);
    }

    #[test]
    fn payback_exists_exactly_when_the_horizon_ends_in_the_black(s in scenario()) {
        let p = project(&s).unwrap();
        let horizon = Decimal::from(s.horizon_months);
        match p.summary.payback_months {
            Some(payback) => {
                prop_assert!(p.summary.net_gain >= Decimal::ZERO);
                prop_assert!(payback >= Decimal::ZERO && payback <= horizon, "{}", payback);
                // From the whole month after payback on, the cumulative net stays >= 0.
                let first_whole = payback.ceil().try_into().unwrap_or(usize::MAX);
                for month in p.months.iter().skip(first_whole) {
                    prop_assert!(month.cumulative_net >= Decimal::ZERO);
                }
            }
            None => prop_assert!(p.summary.net_gain < Decimal::ZERO),
        }
    }

    #[test]
    fn save_then_load_returns_an_equal_scenario(s in scenario(), name in "[a-zA-Z0-9 %\"'\\\\é€]{0,30}") {
        let s = Scenario { name, ..s };
        let text = to_ron_string(&s).unwrap();
        let loaded = parse_scenario(text.as_bytes(), "prop.ron".as_ref()).unwrap();
        prop_assert_eq!(&loaded.lines, &s.lines);
        prop_assert_eq!(loaded, s);
    }
}
