//! Compare, sensitivity, risk range and goal seek (SPEC §5), and their command line.

mod common;

use common::dec;
use crm_roi::analysis::compare::compare;
use crm_roi::analysis::goal_seek::{Target, Unreachable, goal_seek};
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
            likely: Driver::WinRateUpliftPct.get(&scenario),
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
fn goal_seek_on_a_whole_number_driver_names_the_two_values_around_the_target() {
    let scenario = Scenario::default();
    let answer = goal_seek(&scenario, Driver::Seats, Target::RoiPct(dec("300"))).unwrap();
    assert!(!answer.reached);
    assert_eq!(answer.unreachable, Some(Unreachable::BetweenWholeNumbers));
    let (low, high) = answer.neighbours.unwrap();
    assert_eq!((low.value, high.value), (dec("10"), dec("11")));
    assert!(low.metric.unwrap() < dec("300") && high.metric.unwrap() > dec("300"));
    // A whole value that does reach its target is found.
    let exact = goal_seek(
        &scenario,
        Driver::Seats,
        Target::RoiPct(high.metric.unwrap().round_dp(2)),
    )
    .unwrap();
    assert_eq!((exact.reached, exact.value), (true, Some(dec("11"))));
}

/// The case: a payback target beyond a 12-month horizon is not reachable, and says
/// the nearest payback that is.
#[test]
fn goal_seek_refuses_a_payback_beyond_the_horizon() {
    let answer = goal_seek(
        &Scenario::default(),
        Driver::ImplementationCost,
        Target::PaybackMonths(dec("61")),
    )
    .unwrap();
    assert_eq!((answer.reached, answer.value), (false, None));
    assert_eq!(answer.unreachable, Some(Unreachable::OutsideHorizon));
    let nearest = answer.nearest.unwrap().metric.unwrap();
    assert!(nearest > dec("11.9") && nearest <= dec("12"), "{nearest}");
}

/// Adoption "0.00" once answered an ROI target of 100 %: the answer is now the value that
/// gives it.
#[test]
fn goal_seek_answers_with_the_value_that_reaches_the_target() {
    let answer = goal_seek(
        &Scenario::default(),
        Driver::AdoptionPct,
        Target::RoiPct(dec("100")),
    )
    .unwrap();
    assert!(answer.reached);
    let value = answer.value.unwrap();
    assert!(value > dec("40") && value < dec("50"), "{value}");
}

/// The driver's value at which a goal-seek answer is printed: exactly as the command line and
/// the window show it (`decimals` places).
fn as_printed(value: Decimal, decimals: u32) -> Decimal {
    let text = crm_roi::locale::format::grouped(value, decimals).replace(',', "");
    text.parse().unwrap()
}

/// A scenario with every driver somewhere in its everyday range, to 2 decimals.
fn random_scenario() -> impl Strategy<Value = Scenario> {
    (
        prop::collection::vec(0.0..=1.0_f64, Driver::ALL.len()),
        1_u32..=36,
    )
        .prop_map(|(fractions, horizon)| {
            let mut s = Scenario {
                horizon_months: horizon,
                ..Scenario::default()
            };
            for (&driver, fraction) in Driver::ALL.iter().zip(fractions) {
                let span = driver.everyday_max() - driver.min();
                let fraction = Decimal::try_from(fraction).unwrap_or_default().round_dp(2);
                driver.set(&mut s, driver.min() + span * fraction);
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every answer reported as reached, rounded as printed and applied, reaches its target
    /// within 0.01: on random scenarios, for every driver, with ROI and payback targets inside
    /// and outside the horizon.
    #[test]
    fn every_reached_goal_seek_answer_reaches_its_target_as_printed(
        scenario in random_scenario(),
        roi in -150_i64..1500,
        payback_tenths in -20_i64..700,
    ) {
        let payback = Decimal::new(payback_tenths, 1);
        for driver in Driver::ALL {
            for target in [Target::RoiPct(Decimal::from(roi)), Target::PaybackMonths(payback)] {
                let answer = goal_seek(&scenario, driver, target).unwrap();
                if let Target::PaybackMonths(months) = target
                    && (months < Decimal::ZERO
                        || months > Decimal::from(scenario.horizon_months))
                {
                    prop_assert!(!answer.reached);
                }
                let Some(value) = answer.value else {
                    prop_assert!(!answer.reached);
                    continue;
                };
                prop_assert!(answer.reached);
                let mut applied = scenario.clone();
                driver.set(&mut applied, as_printed(value, answer.decimals));
                let summary = project(&applied).unwrap().summary;
                let achieved = match target {
                    Target::RoiPct(_) => summary.roi_pct,
                    Target::PaybackMonths(_) => summary.payback_months,
                };
                let achieved = achieved.expect("a reached target has a value");
                prop_assert!(
                    (achieved - target.value()).abs() <= dec("0.01"),
                    "{:?} {:?}: {} gives {}", driver, target, value, achieved
                );
            }
        }
    }
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
        sensitivity_json(&sensitivity(&scenario, dec("10")).unwrap(), &scenario)
    );
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["swing_pct"], "10.00");
    assert_eq!(json["drivers"].as_array().unwrap().len(), Driver::ALL.len());

    let out = cli(&[
        "risk", cautious, "--runs", "2000", "--seed", "9", "--format", "json",
    ]);
    assert_eq!(
        out,
        risk_json(
            &risk(&cautious_scenario, 2000, 9, &Control::default()).unwrap(),
            &cautious_scenario
        )
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
    assert_eq!(out, goal_seek_json(&answer, &scenario));
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
    assert_eq!(json["scenarios"][1]["horizon_months"], 12);

    // Each JSON document says what it is about.
    for args in [
        vec!["report", defaults, "--format", "json"],
        vec!["sensitivity", defaults, "--format", "json"],
        vec!["risk", cautious, "--runs", "100", "--format", "json"],
    ] {
        let json: serde_json::Value = serde_json::from_str(&cli(&args)).unwrap();
        assert!(json["name"].is_string(), "{args:?}");
        assert_eq!(json["currency"], "EUR", "{args:?}");
        assert_eq!(json["horizon_months"], 12, "{args:?}");
    }

    let table = cli(&[
        "goal-seek",
        defaults,
        "--driver",
        "seat_cost_per_month",
        "--roi",
        "10000",
    ]);
    assert!(table.contains("No value of Seat cost / month"), "{table}");
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
        // No ranges: nothing to simulate.
        vec!["risk", "assets/scenarios/defaults.ron"],
    ] {
        common::assert_cli_refuses(&args);
    }
}
