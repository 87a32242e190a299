//! Compare, sensitivity, risk range and goal seek (SPEC §5), and their command line.

mod common;

use common::dec;
use crm_roi::analysis::compare::compare;
use crm_roi::analysis::goal_seek::{Target, goal_seek};
use crm_roi::analysis::risk::{Control, as_f64, risk, risk_on_threads};
use crm_roi::analysis::sensitivity::sensitivity;
use crm_roi::files::load_scenario;
use crm_roi::model::scenario::Triangle;
use crm_roi::report::analysis::{compare_json, goal_seek_json, risk_json, sensitivity_json};
use crm_roi::{Driver, Scenario, project};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A projection figure as the risk statistics hold it.
fn f(value: Decimal) -> f64 {
    as_f64(value)
}

fn with_zero_width_ranges(mut scenario: Scenario) -> Scenario {
    for driver in Driver::ALL {
        let value = driver.get(&scenario);
        scenario.ranges.insert(
            driver.field_name().into(),
            Triangle {
                low: value,
                likely: value,
                high: value,
            },
        );
    }
    scenario
}

#[test]
fn zero_width_ranges_reproduce_the_deterministic_projection_exactly() {
    for file in common::example_scenarios() {
        let scenario = with_zero_width_ranges(load_scenario(&file).unwrap());
        let projection = project(&scenario).unwrap();
        let result = risk(&scenario, 500, 7, &Control::default()).unwrap();
        let roi = f(projection.summary.roi_pct.unwrap());
        assert_eq!(
            (result.roi_pct.p10, result.roi_pct.p50, result.roi_pct.p90),
            (roi, roi, roi)
        );
        let payback = projection.summary.payback_months.map(f);
        assert_eq!(result.payback_months.p50, payback, "{file:?}");
        assert_eq!(result.payback_months.p90, payback, "{file:?}");
        for (month, stats) in projection.months.iter().zip(&result.months) {
            match (month.roi_pct, stats.roi_pct) {
                (Some(roi), Some(p)) => assert_eq!((p.p10, p.p50, p.p90), (f(roi), f(roi), f(roi))),
                (None, None) => {}
                other => panic!("{file:?} month {}: {other:?}", month.month),
            }
        }
        let negative = projection.summary.roi_pct.unwrap() < Decimal::ZERO;
        assert_eq!(
            result.probability_negative_roi,
            if negative { 1.0 } else { 0.0 }
        );
        assert_eq!(
            result.probability_payback_within_horizon,
            if payback.is_some() { 1.0 } else { 0.0 }
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// The risk runs skip discounting; their ROI and payback are the projection's, exactly.
    #[test]
    fn risk_runs_equal_the_projection(
        seats in 1_u32..300, revenue in 100_i64..100_000, uplift in 0_i64..5000,
        ramp in 0_u32..12, horizon in 1_u32..60, implementation in 0_i64..500_000,
    ) {
        let mut scenario = Scenario { horizon_months: horizon, ..Scenario::default() };
        scenario.team.seats = seats;
        scenario.baseline.revenue_per_deal = Decimal::from(revenue);
        scenario.gains.cross_sell_uplift_pct = Decimal::new(uplift, 2);
        scenario.adoption.ramp_months = ramp;
        scenario.costs.implementation_cost = Decimal::from(implementation);
        let scenario = with_zero_width_ranges(scenario);
        let projection = project(&scenario).unwrap();
        let result = risk(&scenario, 1, 1, &Control::default()).unwrap();
        prop_assert_eq!(result.payback_months.p50, projection.summary.payback_months.map(f));
        for (month, stats) in projection.months.iter().zip(&result.months) {
            prop_assert_eq!(month.roi_pct.map(f), stats.roi_pct.map(|p| p.p50));
        }
    }
}

#[test]
fn percentiles_are_ordered_everywhere() {
    let mut scenario = load_scenario(&common::example("cautious-founder.ron")).unwrap();
    scenario.ranges.insert(
        "win_rate_uplift_pct".into(),
        Triangle {
            low: dec("0"),
            likely: dec("5"),
            high: dec("40"),
        },
    );
    let result = risk(&scenario, 2000, 3, &Control::default()).unwrap();
    let ordered = |p10: f64, p50: f64, p90: f64| p10 <= p50 && p50 <= p90;
    assert!(ordered(
        result.roi_pct.p10,
        result.roi_pct.p50,
        result.roi_pct.p90
    ));
    for month in &result.months {
        let p = month.roi_pct.unwrap();
        assert!(ordered(p.p10, p.p50, p.p90), "month {}", month.month);
    }
    // Some runs pay back and some do not, so the spread is real.
    assert!(result.probability_payback_within_horizon > 0.0);
    assert!(result.probability_payback_within_horizon < 1.0);
    assert!(result.roi_pct.p10 < result.roi_pct.p90);
    if let (Some(a), Some(b)) = (result.payback_months.p10, result.payback_months.p50) {
        assert!(a <= b);
    }
    assert!((0.0..=1.0).contains(&result.probability_negative_roi));
    assert_eq!(result.roi_samples.len(), 2000);
}

#[test]
fn the_same_seed_gives_the_same_result_on_any_number_of_threads() {
    let scenario = load_scenario(&common::example("cautious-founder.ron")).unwrap();
    let control = Control::default();
    let one = risk_on_threads(&scenario, 3000, 42, &control, 1).unwrap();
    let four = risk_on_threads(&scenario, 3000, 42, &control, 4).unwrap();
    assert_eq!(one, four);
    let other_seed = risk_on_threads(&scenario, 3000, 43, &control, 1).unwrap();
    assert_ne!(one.roi_pct, other_seed.roi_pct);
}

#[test]
fn a_payback_percentile_is_none_when_too_few_runs_pay_back() {
    let scenario = load_scenario(&common::example("cautious-founder.ron")).unwrap();
    let result = risk(&scenario, 1000, 1, &Control::default()).unwrap();
    assert_eq!(result.probability_payback_within_horizon, 0.0);
    assert_eq!(result.payback_months.p10, None);
    assert_eq!(result.probability_negative_roi, 1.0);
}

#[test]
fn sensitivity_is_sorted_by_npv_width_and_clamps_to_ranges() {
    let scenario = Scenario::default();
    let result = sensitivity(&scenario, dec("20")).unwrap();
    assert_eq!(result.drivers.len(), Driver::ALL.len());
    let widths: Vec<Decimal> = result.drivers.iter().map(|e| e.npv_width()).collect();
    assert!(widths.windows(2).all(|w| w[0] >= w[1]), "{widths:?}");
    let adoption = result
        .drivers
        .iter()
        .find(|e| e.driver == Driver::AdoptionPct)
        .unwrap();
    assert_eq!(
        (adoption.low_value, adoption.high_value),
        (dec("72"), dec("100"))
    );
    let seats = result
        .drivers
        .iter()
        .find(|e| e.driver == Driver::Seats)
        .unwrap();
    assert_eq!((seats.low_value, seats.high_value), (dec("8"), dec("12")));
    // Each variant is the projection of the changed scenario.
    let mut high = scenario.clone();
    Driver::Seats.set(&mut high, dec("12"));
    assert_eq!(seats.npv_high, project(&high).unwrap().summary.npv);
}

#[test]
fn a_driver_with_no_effect_has_a_zero_width_bar() {
    let result = sensitivity(&Scenario::default(), dec("20")).unwrap();
    // The sales cycle's length is shown, but the gain comes from its reduction.
    let cycle = result
        .drivers
        .iter()
        .find(|e| e.driver == Driver::SalesCycleDays)
        .unwrap();
    assert_ne!(cycle.low_value, cycle.high_value);
    assert_eq!(cycle.npv_width(), Decimal::ZERO);
    assert_eq!(cycle.roi_low, cycle.roi_high);
    assert_eq!(result.drivers.last().unwrap().npv_width(), Decimal::ZERO);
}

#[test]
fn goal_seek_answers_reach_the_target() {
    let scenario = Scenario::default();
    let cases = [
        (Driver::CrossSellUpliftPct, Target::RoiPct(dec("350"))),
        (Driver::RevenuePerDeal, Target::RoiPct(dec("100"))),
        (Driver::SeatCostPerMonth, Target::RoiPct(dec("150"))),
        (Driver::AdoptionPct, Target::PaybackMonths(dec("4"))),
        (
            Driver::ImplementationCost,
            Target::PaybackMonths(dec("5.5")),
        ),
        (
            Driver::CycleTimeReductionPct,
            Target::PaybackMonths(dec("2.5")),
        ),
    ];
    for (driver, target) in cases {
        let answer = goal_seek(&scenario, driver, target).unwrap();
        assert!(answer.reached, "{driver:?} {target:?}");
        let mut applied = scenario.clone();
        driver.set(&mut applied, answer.value.unwrap());
        let summary = project(&applied).unwrap().summary;
        let achieved = match target {
            Target::RoiPct(_) => summary.roi_pct.unwrap(),
            Target::PaybackMonths(_) => summary.payback_months.unwrap(),
        };
        assert!(
            (achieved - target.value()).abs() <= dec("0.01"),
            "{driver:?}: {achieved}"
        );
        assert_eq!(answer.achieved, Some(achieved));
    }
}

#[test]
fn goal_seek_says_when_the_target_is_out_of_reach() {
    // Even free licences do not make the default case return 10,000 %.
    let answer = goal_seek(
        &Scenario::default(),
        Driver::SeatCostPerMonth,
        Target::RoiPct(dec("10000")),
    )
    .unwrap();
    assert_eq!((answer.value, answer.reached), (None, false));
    // Sales-cycle length has no effect at all.
    let answer = goal_seek(
        &Scenario::default(),
        Driver::SalesCycleDays,
        Target::RoiPct(dec("500")),
    )
    .unwrap();
    assert!(!answer.reached);
}

#[test]
fn goal_seek_on_a_whole_number_driver_gives_the_first_value_past_the_target() {
    let scenario = Scenario::default();
    let answer = goal_seek(&scenario, Driver::Seats, Target::RoiPct(dec("300"))).unwrap();
    let seats = answer.value.unwrap();
    assert!(seats.fract().is_zero());
    let roi_at = |n: Decimal| {
        let mut s = scenario.clone();
        Driver::Seats.set(&mut s, n);
        project(&s).unwrap().summary.roi_pct.unwrap()
    };
    assert!(roi_at(seats) >= dec("300"));
    assert!(roi_at(seats - Decimal::ONE) < dec("300"));
}

use common::run_cli as cli;

#[test]
fn command_line_outputs_match_the_library() {
    let defaults = "assets/scenarios/defaults.ron";
    let cautious = "assets/scenarios/cautious-founder.ron";
    let scenario = load_scenario(defaults.as_ref()).unwrap();
    let cautious_scenario = load_scenario(cautious.as_ref()).unwrap();

    let out = cli(&["sensitivity", defaults, "--swing", "10", "--format", "json"]);
    assert_eq!(
        out,
        sensitivity_json(&sensitivity(&scenario, dec("10")).unwrap())
    );
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["swing_pct"], "10.00");
    assert_eq!(json["drivers"].as_array().unwrap().len(), Driver::ALL.len());

    let out = cli(&[
        "risk", cautious, "--runs", "2000", "--seed", "9", "--format", "json",
    ]);
    assert_eq!(
        out,
        risk_json(&risk(&cautious_scenario, 2000, 9, &Control::default()).unwrap())
    );
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["runs"], 2000);
    assert_eq!(json["seed"], 9);
    assert!(json["payback_months"]["p50"].is_null());
    assert_eq!(json["months"].as_array().unwrap().len(), 13);

    let out = cli(&[
        "goal-seek",
        defaults,
        "--driver",
        "cross_sell_uplift_pct",
        "--roi",
        "350",
        "--format",
        "json",
    ]);
    let answer = goal_seek(
        &scenario,
        Driver::CrossSellUpliftPct,
        Target::RoiPct(dec("350")),
    )
    .unwrap();
    assert_eq!(out, goal_seek_json(&answer));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["reached"], true);
    assert_eq!(json["target"], "350.00");

    let out = cli(&["compare", defaults, cautious, "--format", "json"]);
    let compared = compare(&[
        (defaults.into(), scenario.clone()),
        (cautious.into(), cautious_scenario),
    ])
    .unwrap();
    assert_eq!(out, compare_json(&compared));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["scenarios"][0]["summary"]["roi_pct"], "289.61");
    assert_eq!(json["scenarios"][1]["name"], "Cautious founder");

    let table = cli(&[
        "goal-seek",
        defaults,
        "--driver",
        "seat_cost_per_month",
        "--roi",
        "10000",
    ]);
    assert!(table.contains("not reachable within the range"), "{table}");
}

#[test]
fn command_line_refuses_bad_analysis_arguments() {
    for args in [
        vec![
            "goal-seek",
            "assets/scenarios/defaults.ron",
            "--driver",
            "luck",
            "--roi",
            "10",
        ],
        vec![
            "goal-seek",
            "assets/scenarios/defaults.ron",
            "--driver",
            "seats",
        ],
        vec![
            "sensitivity",
            "assets/scenarios/defaults.ron",
            "--swing",
            "150",
        ],
        vec!["risk", "assets/scenarios/defaults.ron", "--runs", "0"],
        vec!["compare", "assets/scenarios/defaults.ron"],
    ] {
        common::assert_cli_refuses(&args);
    }
}
