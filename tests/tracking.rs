//! Tracking (SPEC §6): reference case 4 to the cent through the library and the command line,
//! properties over random scenarios and actuals, and the CSV import.

mod common;

use std::fs;
use std::path::Path;

use common::dec;
use crm_roi::files::actuals_csv::read_actuals_csv;
use crm_roi::files::{load_scenario, parse_scenario, save_scenario, to_ron_string};
use crm_roi::locale::format::round2;
use crm_roi::model::actuals::{ActualMonth, Actuals, Measure};
use crm_roi::model::tracking::{planned_measures, track};
use crm_roi::{Driver, Scenario, project};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// SPEC reference case 4: the defaults with three measured months.
fn case_4() -> Scenario {
    let measured = |month: u32| ActualMonth {
        month,
        ..ActualMonth::default()
    };
    Scenario {
        actuals: Some(Actuals {
            go_live: None,
            attribution_pct: dec("80"),
            one_time_cost: Some(dec("24100")),
            months: vec![
                ActualMonth {
                    revenue: Some(dec("103000")),
                    hours_saved_per_rep_per_week: Some(dec("0.5")),
                    crm_cost: Some(dec("1450")),
                    ..measured(1)
                },
                ActualMonth {
                    revenue: Some(dec("108500")),
                    deals_won: Some(dec("43")),
                    crm_cost: Some(dec("1450")),
                    ..measured(2)
                },
                ActualMonth {
                    revenue: Some(dec("112000")),
                    hours_saved_per_rep_per_week: Some(dec("2.5")),
                    crm_cost: Some(dec("1650")),
                    ..measured(3)
                },
            ],
        }),
        ..Scenario::default()
    }
}

#[test]
fn reference_case_4() {
    let scenario = case_4();
    let t = track(&scenario, &project(&scenario).unwrap()).unwrap();
    let cents = round2;
    let m = |month: usize| &t.months[month];
    assert_eq!(m(0).plan.cost, dec("19000"));
    assert_eq!(m(0).actual.cost, dec("24100"));
    assert_eq!(cents(m(1).actual.gain), dec("2090"));
    assert_eq!(cents(m(1).actual.gains.sales), dec("1440"));
    assert_eq!(cents(m(1).actual.gains.productivity), dec("650"));
    assert_eq!(cents(m(1).plan.gain), dec("4297.50"));
    assert_eq!(cents(m(2).actual.gain), dec("5835"));
    assert_eq!(cents(m(2).actual.gains.sales), dec("4080"));
    assert_eq!(cents(m(2).actual.gains.productivity), dec("1755"));
    // Productivity was not measured in month 2: the plan's figure, marked as planned.
    assert!(!m(2).measured_groups[1]);
    assert!(m(2).measured_groups[0]);
    assert_eq!(cents(m(3).actual.gain), dec("9010"));
    assert_eq!(m(3).actual.cost, dec("1650"));
    for month in 4..=12 {
        assert_eq!(cents(m(month).actual.gain), dec("12892.50"));
        assert_eq!(m(month).actual.cost, dec("1450"));
        assert!(!m(month).measured);
    }
    // Deals won is a KPI beside the plan's deals, not money.
    assert_eq!(m(2).deals.actual, Some(dec("43")));
    assert!(m(2).deals.plan.is_some());

    assert_eq!(t.measured_through, 3);
    let d = &t.to_date;
    assert_eq!(cents(d.plan_net), dec("2435"));
    assert_eq!(cents(d.actual_net), dec("-11715"));
    assert_eq!(d.plan_roi_pct.map(cents), Some(dec("10.43")));
    assert_eq!(d.actual_roi_pct.map(cents), Some(dec("-40.89")));
    assert_eq!(cents(d.variance_net), dec("-14150"));
    assert_eq!(cents(t.outlook.net_gain), dec("91267.50"));
    assert_eq!(t.outlook.roi_pct.map(cents), Some(dec("218.87")));
    assert_eq!(t.outlook.payback_months.map(cents), Some(dec("4.02")));
}

#[test]
fn reference_case_4_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case4.ron");
    save_scenario(&path, &case_4()).unwrap();
    let out = common::run_cli(&["track", path.to_str().unwrap(), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["measured_through"], 3);
    assert_eq!(json["attribution_pct"], "80.00");
    assert_eq!(json["to_date"]["plan_net"], "2435.00");
    assert_eq!(json["to_date"]["actual_net"], "-11715.00");
    assert_eq!(json["to_date"]["plan_roi_pct"], "10.43");
    assert_eq!(json["to_date"]["actual_roi_pct"], "-40.89");
    assert_eq!(json["to_date"]["variance_net"], "-14150.00");
    assert_eq!(json["outlook"]["net_gain"], "91267.50");
    assert_eq!(json["outlook"]["roi_pct"], "218.87");
    assert_eq!(json["outlook"]["payback_months"], "4.02");
    let months = json["months"].as_array().unwrap();
    assert_eq!(months.len(), 13);
    assert_eq!(months[0]["actual"]["cost"], "24100.00");
    assert_eq!(months[1]["measured"], true);
    assert_eq!(months[1]["actual"]["gain"], "2090.00");
    assert_eq!(months[1]["actual"]["gains"]["sales"], "1440.00");
    assert_eq!(months[2]["actual"]["gain"], "5835.00");
    assert_eq!(months[3]["actual"]["cost"], "1650.00");
    assert_eq!(months[4]["measured"], false);
    assert_eq!(months[4]["plan"]["cumulative_net"], "13877.50");
    let quarters = json["quarters"].as_array().unwrap();
    assert_eq!(quarters.len(), 5);
    assert_eq!(quarters[0]["quarter"], 0);
    assert_eq!(quarters[1]["actual"]["gain"], "16935.00");
    // The table and CSV forms print the same figures.
    let table = common::run_cli(&["track", path.to_str().unwrap()]);
    assert!(table.contains("-11,715.00 EUR (2,435.00 EUR)"), "{table}");
    let csv = common::run_cli(&["track", path.to_str().unwrap(), "--format", "csv"]);
    assert!(
        csv.lines()
            .nth(2)
            .unwrap()
            .starts_with("1,true,4297.50,1450.00"),
        "{csv}"
    );
}

/// A random valid version-2 scenario (every driver within its everyday range, 1 to 36
/// months) with random measured months.
fn scenario_with_actuals() -> impl Strategy<Value = Scenario> {
    (
        prop::collection::vec(0.0..=1.0_f64, Driver::ALL.len()),
        1_u32..=36,
        prop::collection::vec(
            (
                1_u32..=36,
                prop::collection::vec(prop::option::of(0_i64..20_000_000), Measure::ALL.len()),
            ),
            0..8,
        ),
        0_i64..=100,
        prop::option::of(0_i64..5_000_000),
    )
        .prop_map(|(fractions, horizon, months, attribution, one_time)| {
            let mut s = Scenario {
                horizon_months: horizon,
                ..Scenario::default()
            };
            for (&driver, fraction) in Driver::ALL.iter().zip(fractions) {
                let fraction = Decimal::try_from(fraction).unwrap_or_default().round_dp(2);
                driver.set(
                    &mut s,
                    driver.min() + (driver.everyday_max() - driver.min()) * fraction,
                );
            }
            let mut actuals = Actuals {
                attribution_pct: Decimal::from(attribution),
                one_time_cost: one_time.map(|c| Decimal::new(c, 2)),
                ..Actuals::default()
            };
            for (month, values) in months {
                let month = month.min(horizon);
                if actuals.months.iter().any(|m| m.month == month) {
                    continue;
                }
                let mut entry = ActualMonth {
                    month,
                    ..ActualMonth::default()
                };
                for (measure, value) in Measure::ALL.into_iter().zip(values) {
                    measure.set(&mut entry, value.map(|v| Decimal::new(v, 2)));
                }
                actuals.months.push(entry);
            }
            s.actuals = Some(actuals);
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// With no measured month (and no real one-time cost) the actual side is the plan.
    #[test]
    fn nothing_measured_means_the_plan(s in scenario_with_actuals()) {
        let mut s = s;
        s.actuals = Some(Actuals { months: Vec::new(), one_time_cost: None, ..s.actuals.unwrap() });
        let p = project(&s).unwrap();
        let t = track(&s, &p).unwrap();
        prop_assert_eq!(t.measured_through, 0);
        for (tracked, month) in t.months.iter().zip(&p.months) {
            prop_assert_eq!(tracked.actual.gain, month.gain);
            prop_assert_eq!(tracked.actual.cost, month.cost);
            prop_assert_eq!(tracked.actual, tracked.plan);
        }
        // The outlook is the projection's summary.
        prop_assert_eq!(t.outlook.net_gain, p.summary.net_gain);
        prop_assert_eq!(t.outlook.roi_pct, p.summary.roi_pct);
        prop_assert_eq!(t.outlook.payback_months, p.summary.payback_months);
    }

    /// A month measured with exactly what the plan implies reproduces the plan's gain.
    #[test]
    fn measuring_the_plans_figures_reproduces_the_plan(s in scenario_with_actuals(), month in 1_u32..=36) {
        let mut s = s;
        let month = month.min(s.horizon_months);
        let attribution = s.actuals.as_ref().unwrap().attribution_pct;
        let p = project(&s).unwrap();
        let implied = planned_measures(&s, &p, month, attribution).unwrap();
        s.actuals = Some(Actuals { months: vec![implied], one_time_cost: None, ..s.actuals.unwrap() });
        let t = track(&s, &p).unwrap();
        let tracked = &t.months[month as usize];
        let close = |a: Decimal, b: Decimal| (a - b).abs() <= Decimal::new(1, 12) * (Decimal::ONE + b.abs());
        prop_assert!(close(tracked.actual.gain, tracked.plan.gain), "{} vs {}", tracked.actual.gain, tracked.plan.gain);
        prop_assert_eq!(tracked.actual.cost, tracked.plan.cost);
    }

    /// Quarters add up the months, plan and actual.
    #[test]
    fn quarters_sum_the_months(s in scenario_with_actuals()) {
        let t = track(&s, &project(&s).unwrap()).unwrap();
        for quarter in &t.quarters {
            let months: Vec<_> = t.months.iter()
                .filter(|m| (quarter.first_month..=quarter.last_month).contains(&m.month))
                .collect();
            let sum = |f: &dyn Fn(&crm_roi::model::tracking::TrackedMonth) -> Decimal| {
                months.iter().map(|m| f(m)).sum::<Decimal>()
            };
            prop_assert_eq!(quarter.plan.gain, sum(&|m| m.plan.gain));
            prop_assert_eq!(quarter.actual.gain, sum(&|m| m.actual.gain));
            prop_assert_eq!(quarter.actual.cost, sum(&|m| m.actual.cost));
        }
        let covered: usize = t.quarters.iter().map(|q| (q.last_month - q.first_month + 1) as usize).sum();
        prop_assert_eq!(covered, t.months.len());
    }

    /// Save then load keeps the measured months exactly.
    #[test]
    fn actuals_round_trip_through_a_file(s in scenario_with_actuals()) {
        let text = to_ron_string(&s).unwrap();
        let loaded = parse_scenario(text.as_bytes(), "prop.ron".as_ref()).unwrap();
        prop_assert_eq!(&loaded.actuals, &s.actuals);
    }
}

/// The example scenario with six measured months loads, tracks, and its CSV twin imports to
/// the same months.
#[test]
fn the_example_with_six_measured_months_and_its_csv_agree() {
    let example = load_scenario(&common::example("tracked-half-year.ron")).unwrap();
    let actuals = example.actuals.clone().unwrap();
    assert_eq!(actuals.months.len(), 6);
    let t = track(&example, &project(&example).unwrap()).unwrap();
    assert_eq!(t.measured_through, 6);
    // A plausible mix: some months better than planned, some worse.
    let better = t.months[1..=6]
        .iter()
        .filter(|m| m.actual.net > m.plan.net)
        .count();
    assert!((1..=5).contains(&better), "{better}");
    let from_csv = read_actuals_csv(
        &common::example("tracked-half-year.csv"),
        example.horizon_months,
    )
    .unwrap();
    assert_eq!(from_csv, actuals.months);
}

/// `crm-roi actuals import`: columns in any order, a subset, empty cells, either decimal
/// separator, a byte-order mark, CRLF; merged and saved.
#[test]
fn the_command_line_imports_a_csv() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = dir.path().join("plan.ron");
    save_scenario(&scenario, &Scenario::default()).unwrap();
    let csv = dir.path().join("months.csv");
    fs::write(
        &csv,
        "\u{feff}crm_cost;month;revenue;deals_won\r\n1450;2;108500,50;\r\n;1;103000;41\r\n",
    )
    .unwrap();
    let out = common::run_cli(&[
        "actuals",
        "import",
        scenario.to_str().unwrap(),
        csv.to_str().unwrap(),
    ]);
    assert!(out.contains("merged 2 measured month(s)"), "{out}");
    let merged = load_scenario(&scenario).unwrap().actuals.unwrap();
    assert_eq!(merged.months.len(), 2);
    assert_eq!(merged.months[0].month, 1);
    assert_eq!(merged.months[0].revenue, Some(dec("103000")));
    assert_eq!(merged.months[0].deals_won, Some(dec("41")));
    assert_eq!(merged.months[0].crm_cost, None);
    assert_eq!(merged.months[1].revenue, Some(dec("108500.50")));
    // A second import replaces month 2 and keeps month 1.
    fs::write(&csv, "month,support_cost\n2,900\n").unwrap();
    common::run_cli(&[
        "actuals",
        "import",
        scenario.to_str().unwrap(),
        csv.to_str().unwrap(),
    ]);
    let merged = load_scenario(&scenario).unwrap().actuals.unwrap();
    assert_eq!(merged.months[0].revenue, Some(dec("103000")));
    assert_eq!(merged.months[1].revenue, None);
    assert_eq!(merged.months[1].support_cost, Some(dec("900")));
}

/// Every refused CSV names its row, column and reason, and leaves the scenario file
/// byte for byte as it was.
#[test]
fn a_bad_csv_is_refused_and_the_scenario_file_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = dir.path().join("plan.ron");
    save_scenario(
        &scenario,
        &load_scenario(&common::example("tracked-half-year.ron")).unwrap(),
    )
    .unwrap();
    let before = fs::read(&scenario).unwrap();
    let cases = [
        (
            "month,revenue\n1,abc\n",
            "row 2, column 2 (revenue): \"abc\" is not a number",
        ),
        (
            "month,revenue\n1,-100\n",
            "row 2, column 2 (revenue): \"-100\" is negative",
        ),
        (
            "month,revenue\n0,100\n",
            "row 2, column 1 (month): month 0 is outside the horizon, months 1 to 12",
        ),
        ("month,revenue\n13,100\n", "month 13 is outside the horizon"),
        (
            "month,revenue\n4,100\n4,200\n",
            "row 3, column 1 (month): month 4 appears twice (also in row 2)",
        ),
        (
            "month,revenue,mood\n1,100,good\n",
            "row 1, column 3 (mood): unknown column \"mood\"",
        ),
        ("revenue\n100\n", "row 1: there is no \"month\" column"),
        (
            "month;revenue\n1;100,5\n2;100.5\n",
            "row 3, column 2 (revenue): \"100.5\" uses '.'",
        ),
    ];
    for (text, expected) in cases {
        let csv = dir.path().join("bad.csv");
        fs::write(&csv, text).unwrap();
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_crm-roi"))
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .args([
                "actuals",
                "import",
                scenario.to_str().unwrap(),
                csv.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{text}");
        assert!(output.stdout.is_empty(), "{text}");
        assert!(stderr.contains("bad.csv"), "{text}: {stderr}");
        assert!(stderr.contains(expected), "{text}: {stderr}");
        assert_eq!(fs::read(&scenario).unwrap(), before, "{text}");
    }
    // A directory where the CSV should be: refused before reading.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_crm-roi"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .args([
            "actuals",
            "import",
            scenario.to_str().unwrap(),
            dir.path().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a regular file"));
    assert_eq!(fs::read(&scenario).unwrap(), before);
    assert!(Path::new(&scenario).exists());
}
