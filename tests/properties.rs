//! Properties of the projection over random valid scenarios.

mod common;

use crm_roi::files::{parse_scenario, to_ron_string};
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

fn scenario() -> impl Strategy<Value = Scenario> {
    let values: Vec<_> = Driver::ALL.iter().map(|&d| driver_value(d)).collect();
    (values, 1_u32..=60).prop_map(|(values, horizon_months)| {
        let mut s = Scenario {
            horizon_months,
            ..Scenario::default()
        };
        for (driver, value) in Driver::ALL.iter().zip(values) {
            driver.set(&mut s, value);
        }
        s
    })
}

const GAIN_INPUTS: [Driver; 10] = [
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
];

const COST_INPUTS: [Driver; 5] = [
    Driver::Seats,
    Driver::SeatCostPerMonth,
    Driver::ImplementationCost,
    Driver::TrainingCostPerSeat,
    Driver::AdminCostPerMonth,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn driver_gains_sum_to_the_total_every_month(s in scenario()) {
        let p = project(&s).unwrap();
        prop_assert_eq!(p.months.len(), s.horizon_months as usize + 1);
        for month in &p.months {
            let sum: Decimal = month.gains.as_array().iter().sum();
            prop_assert_eq!(sum, month.gain);
            prop_assert_eq!(month.net, month.gain - month.cost);
        }
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
        prop_assert_eq!(loaded, s);
    }
}
