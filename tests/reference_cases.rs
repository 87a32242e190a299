//! The reference cases of SPEC §3, every listed figure, to the cent.

mod common;

use common::dec;
use crm_roi::locale::format::round2;
use crm_roi::model::before_after::before_after;
use crm_roi::model::scenario::{LicenceBilling, Line, LineKind, Per};
use crm_roi::{Scenario, project};
use rust_decimal::Decimal;

fn two_hundred_percent_case() -> Scenario {
    let mut s = Scenario {
        horizon_months: 6,
        ..Scenario::default()
    };
    s.team.seats = 1;
    s.baseline.deals_per_rep_per_month = dec("10");
    s.baseline.revenue_per_deal = dec("6000");
    s.baseline.gross_margin_pct = dec("100");
    s.gains.cross_sell_uplift_pct = dec("10");
    s.gains.cycle_time_reduction_pct = Decimal::ZERO;
    s.gains.win_rate_uplift_pct = Decimal::ZERO;
    s.gains.hours_saved_per_rep_per_week = Decimal::ZERO;
    s.adoption.ramp_months = 0;
    s.adoption.adoption_pct = dec("100");
    s.finance.benefit_risk_pct = Decimal::ZERO;
    s.finance.discount_rate_annual_pct = Decimal::ZERO;
    s.costs.implementation_cost = dec("12000");
    s.costs.seat_cost_per_month = Decimal::ZERO;
    s.costs.training_cost_per_seat = Decimal::ZERO;
    s.costs.admin_cost_per_month = Decimal::ZERO;
    s
}

fn cents(value: Decimal) -> Decimal {
    round2(value)
}

#[test]
fn reference_case_200_percent() {
    let p = project(&two_hundred_percent_case()).unwrap();
    for month in &p.months[1..] {
        assert_eq!(month.gain, dec("6000"), "month {}", month.month);
    }
    assert_eq!(p.months[0].gain, Decimal::ZERO);
    let s = &p.summary;
    assert_eq!(s.total_gain, dec("36000"));
    assert_eq!(s.total_cost, dec("12000"));
    assert_eq!(s.roi_pct.map(cents), Some(dec("200")));
    assert_eq!(s.payback_months.map(cents), Some(dec("2")));
    assert_eq!(cents(s.npv), dec("24000"));
}

#[test]
fn reference_case_200_percent_file_matches_the_spec() {
    let from_file = crm_roi::files::load_scenario(&common::example("200-percent.ron")).unwrap();
    let p = project(&from_file).unwrap();
    assert_eq!(
        p.summary,
        project(&two_hundred_percent_case()).unwrap().summary
    );
}

#[test]
fn reference_case_defaults() {
    let scenario = Scenario::default();
    let p = project(&scenario).unwrap();
    let d = &p.derived;
    assert_eq!(d.baseline_revenue, dec("100000"));
    assert_eq!(cents(d.full_gains.cross_sell), dec("3000"));
    assert_eq!(cents(d.full_gains.faster_cycle), dec("6666.67"));
    assert_eq!(cents(d.full_gains.win_rate), dec("3000"));
    assert_eq!(cents(d.full_gains.productivity), dec("3250"));

    assert_eq!(p.months[0].cost, dec("19000"));
    assert_eq!(p.months[1].cost, dec("1450"));
    let month1 = &p.months[1].gains;
    assert_eq!(cents(month1.cross_sell), dec("810"));
    assert_eq!(cents(month1.faster_cycle), dec("1800"));
    assert_eq!(cents(month1.win_rate), dec("810"));
    assert_eq!(cents(month1.productivity), dec("877.50"));
    assert_eq!(cents(p.months[1].gain), dec("4297.50"));

    let s = &p.summary;
    assert_eq!(p.months.len(), 13);
    assert_eq!(cents(s.total_cost), dec("36400"));
    assert_eq!(cents(s.total_gain), dec("141817.50"));
    assert_eq!(cents(s.net_gain), dec("105417.50"));
    assert_eq!(s.roi_pct.map(cents), Some(dec("289.61")));
    assert_eq!(s.payback_months.map(cents), Some(dec("2.79")));
    assert_eq!(cents(s.npv), dec("98693.30"));
    assert_eq!(s.discounted_roi_pct.map(cents), Some(dec("277.77")));
    assert_eq!(cents(s.monthly_gain_at_full_adoption), dec("12892.50"));
    assert_eq!(cents(s.monthly_net_at_full_adoption), dec("11442.50"));
    assert_eq!(s.new_sales_cycle_days, dec("54"));

    // Years: Initial cost 19,000; Year 1 gain 141,817.50, cost 17,400.
    let y = &p.years;
    assert_eq!(y.periods.len(), 2);
    assert_eq!((y.periods[0].year, y.periods[0].cost), (0, dec("19000")));
    assert_eq!(y.periods[0].gain, Decimal::ZERO);
    assert_eq!((y.periods[1].first_month, y.periods[1].last_month), (1, 12));
    assert_eq!(cents(y.periods[1].gain), dec("141817.50"));
    assert_eq!(cents(y.periods[1].cost), dec("17400"));
    assert_eq!(cents(y.npv), dec("94106.82"));
    assert_eq!(y.roi_pct.map(cents), Some(dec("270.28")));
}

/// SPEC reference case 3: the defaults with every version-2 driver, over 24 months.
fn every_version_2_driver() -> Scenario {
    let mut s = Scenario {
        horizon_months: 24,
        ..Scenario::default()
    };
    s.customers.active_customers = dec("400");
    s.customers.revenue_per_customer_per_month = dec("250");
    s.customers.monthly_churn_pct = dec("2");
    s.gains.churn_reduction_pct = dec("30");
    s.gains.acquisition_cost_reduction_pct = dec("17");
    s.gains.support_time_reduction_pct = dec("20");
    s.marketing.acquisition_spend_per_month = dec("10000");
    s.service.support_cost_per_month = dec("12000");
    s.costs.internal_rollout_hours = dec("120");
    s.costs.licence_billing = LicenceBilling::Annual;
    s.costs.licence_increase_pct_per_year = dec("5");
    s.lines = vec![
        Line {
            name: "Avoided legacy CRM".into(),
            kind: LineKind::Gain,
            amount: dec("300"),
            per: Per::Month,
            from_month: 1,
            to_month: None,
        },
        Line {
            name: "Integration partner".into(),
            kind: LineKind::Cost,
            amount: dec("6000"),
            per: Per::Once,
            from_month: 0,
            to_month: None,
        },
    ];
    s
}

#[test]
fn reference_case_every_version_2_driver() {
    let p = project(&every_version_2_driver()).unwrap();
    let month = |m: usize| &p.months[m];
    // Month 0: cost 29,500 (one-time 23,500, other costs 6,000).
    assert_eq!(month(0).cost, dec("29500"));
    assert_eq!(month(0).costs.one_time, dec("23500"));
    assert_eq!(month(0).costs.other_costs, dec("6000"));
    // Month 1: cost 8,600 (licences 7,800, admin 800) and every gain.
    assert_eq!(month(1).cost, dec("8600"));
    assert_eq!(month(1).costs.licences, dec("7800"));
    assert_eq!(month(1).costs.admin, dec("800"));
    let g = &month(1).gains;
    for (value, expected) in [
        (g.cross_sell, "810"),
        (g.faster_cycle, "1800"),
        (g.win_rate, "810"),
        (g.productivity, "877.50"),
        (g.retention, "97.20"),
        (g.acquisition, "459"),
        (g.support, "648"),
        (g.other_gains, "270"),
        (month(1).gain, "5771.70"),
    ] {
        assert_eq!(cents(value), dec(expected), "{expected}");
    }
    // Month 2: no licences (billed yearly), retention 286.12.
    assert_eq!(month(2).cost, dec("800"));
    assert_eq!(cents(month(2).gains.retention), dec("286.12"));
    assert_eq!(cents(month(2).gain), dec("11365.12"));
    // Month 13: the second licence year, 5 % dearer.
    assert_eq!(month(13).cost, dec("8990"));
    assert_eq!(month(13).costs.licences, dec("8190"));
    assert_eq!(cents(month(13).gains.retention), dec("2830.94"));
    assert_eq!(cents(month(24).gains.retention), dec("4480.01"));
    assert_eq!(cents(month(24).gain), dec("20963.51"));

    let customers = p.summary.customers_at_horizon;
    assert_eq!(cents(customers.without_crm), dec("246.31"));
    assert_eq!(cents(customers.with_crm), dec("279.50"));

    let s = &p.summary;
    assert_eq!(cents(s.total_cost), dec("64690"));
    assert_eq!(cents(s.total_gain), dec("440862.11"));
    assert_eq!(cents(s.net_gain), dec("376172.11"));
    assert_eq!(s.roi_pct.map(cents), Some(dec("581.50")));
    assert_eq!(s.payback_months.map(cents), Some(dec("3.33")));
    assert_eq!(cents(s.npv), dec("334827.18"));
    assert_eq!(s.discounted_roi_pct.map(cents), Some(dec("539.73")));
    assert_eq!(cents(s.monthly_gain_at_full_adoption), dec("20963.51"));
    assert_eq!(cents(s.monthly_net_at_full_adoption), dec("19481.01"));

    let y = &p.years;
    assert_eq!(y.periods.len(), 3);
    assert_eq!(y.periods[0].net, dec("-29500"));
    assert_eq!(cents(y.periods[1].gain), dec("198498.06"));
    assert_eq!(cents(y.periods[1].cost), dec("17400"));
    assert_eq!(cents(y.periods[2].gain), dec("242364.05"));
    assert_eq!(cents(y.periods[2].cost), dec("17790"));
    assert_eq!(cents(y.pv_gains), dec("380753.65"));
    assert_eq!(cents(y.pv_costs), dec("60020.66"));
    assert_eq!(cents(y.npv), dec("320732.99"));
    assert_eq!(y.roi_pct.map(cents), Some(dec("534.37")));
}

/// The preset built on reference case 3 is exactly that case, and the command line prints its
/// figures.
#[test]
fn the_subscription_preset_is_reference_case_3() {
    let from_file =
        crm_roi::files::load_scenario(&common::example("subscription-2-years.ron")).unwrap();
    let expected = Scenario {
        name: from_file.name.clone(),
        notes: from_file.notes.clone(),
        ..every_version_2_driver()
    };
    assert_eq!(from_file, expected);
    let json: serde_json::Value = serde_json::from_str(&common::run_cli(&[
        "report",
        "assets/scenarios/subscription-2-years.ron",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["summary"]["roi_pct"], "581.50");
    assert_eq!(json["customers_at_horizon"]["with_crm"], "279.50");
    assert_eq!(json["customers_at_horizon"]["without_crm"], "246.31");
    assert_eq!(json["months"][13]["costs"]["licences"], "8190.00");
    assert_eq!(json["months"][1]["gains"]["retention"], "97.20");
    assert_eq!(json["years"]["periods"][2]["gain"], "242364.05");
    assert_eq!(json["years"]["periods"][0]["year"], 0);
    assert_eq!(json["years"]["npv"], "320732.99");
    assert_eq!(json["years"]["roi_pct"], "534.37");
}

/// Version-1 files (the example scenarios as they were, and a bare `(version: 1)`) give
/// exactly the figures they gave before version 2, to the last digit, through the library and
/// the command line.
#[test]
fn version_1_files_give_the_figures_they_always_gave() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let scenario = crm_roi::files::load_scenario(&path).unwrap();
        assert_eq!(scenario.version, 2, "read as version 2");
        let p = project(&scenario).unwrap();
        // The exact figures recorded by the last version-1 build.
        let exact = std::fs::read_to_string(path.with_extension("exact")).unwrap();
        let mut lines = exact.lines();
        let s = &p.summary;
        let option = |v: Option<Decimal>| format!("{v:?}");
        for (name, value) in [
            ("total_cost", s.total_cost.to_string()),
            ("total_gain", s.total_gain.to_string()),
            ("net_gain", s.net_gain.to_string()),
            ("roi_pct", option(s.roi_pct)),
            ("payback_months", option(s.payback_months)),
            ("npv", s.npv.to_string()),
            ("discounted_roi_pct", option(s.discounted_roi_pct)),
            (
                "monthly_gain_at_full_adoption",
                s.monthly_gain_at_full_adoption.to_string(),
            ),
            (
                "monthly_net_at_full_adoption",
                s.monthly_net_at_full_adoption.to_string(),
            ),
        ] {
            let line = lines.next().unwrap();
            let recorded = line.strip_prefix(name).unwrap().trim();
            assert_eq!(
                same_number(recorded),
                same_number(&value),
                "{path:?} {name}"
            );
        }
        for (month, line) in p.months.iter().zip(lines) {
            let expected = format!(
                "month {} cost {} gain {} cumulative_net {} roi {:?}",
                month.month, month.cost, month.gain, month.cumulative_net, month.roi_pct
            );
            assert_eq!(same_numbers(line), same_numbers(&expected), "{path:?}");
        }
        // The command line prints the same rounded figures as before.
        let before: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path.with_extension("json")).unwrap())
                .unwrap();
        let now: serde_json::Value = serde_json::from_str(&common::run_cli(&[
            "report",
            path.to_str().unwrap(),
            "--format",
            "json",
        ]))
        .unwrap();
        assert_eq!(before["summary"], now["summary"], "{path:?}");
        for (old, new) in before["months"]
            .as_array()
            .unwrap()
            .iter()
            .zip(now["months"].as_array().unwrap())
        {
            for (key, value) in old.as_object().unwrap() {
                if key == "gains" {
                    for (gain, amount) in value.as_object().unwrap() {
                        assert_eq!(&new["gains"][gain], amount, "{path:?}");
                    }
                } else {
                    assert_eq!(&new[key], value, "{path:?} {key}");
                }
            }
        }
        checked += 1;
    }
    assert_eq!(checked, 6);
}

/// Numbers written by `Decimal`'s Display compare by value: `36400` and `36400.00` are the
/// same figure.
fn same_number(text: &str) -> String {
    let inner = text.trim_start_matches("Some(").trim_end_matches(')');
    match inner.parse::<Decimal>() {
        Ok(value) => value.normalize().to_string(),
        Err(_) => text.to_owned(),
    }
}

fn same_numbers(line: &str) -> Vec<String> {
    line.split_whitespace().map(same_number).collect()
}

#[test]
fn defaults_file_is_the_spec_defaults() {
    let from_file = crm_roi::files::load_scenario(&common::example("defaults.ron")).unwrap();
    let expected = Scenario {
        name: from_file.name.clone(),
        ..Scenario::default()
    };
    assert_eq!(from_file, expected);
}

#[test]
fn before_and_after_change_in_contribution_is_the_monthly_net() {
    for file in common::example_scenarios() {
        let scenario = crm_roi::files::load_scenario(&file).unwrap();
        let p = project(&scenario).unwrap();
        let view = before_after(&scenario, &p).unwrap();
        let difference = view.change.contribution - p.summary.monthly_net_at_full_adoption;
        // Equal in exact arithmetic; Decimal's 28 digits may differ in the last place.
        assert!(
            difference.abs() < dec("0.000000000001"),
            "{file:?}: {difference}"
        );
        assert_eq!(
            cents(view.change.contribution),
            cents(p.summary.monthly_net_at_full_adoption)
        );
    }
}

#[test]
fn before_and_after_of_the_defaults() {
    let scenario = Scenario::default();
    let p = project(&scenario).unwrap();
    let view = before_after(&scenario, &p).unwrap();
    assert_eq!(view.before.deals, dec("40"));
    assert_eq!(view.before.revenue, dec("100000"));
    assert_eq!(view.before.gross_profit, dec("60000"));
    assert_eq!(view.before.team_cost, dec("60000"));
    assert_eq!(view.before.contribution, Decimal::ZERO);
    // e = 0.81; deals × (1 + (1/9 + 0.05) × 0.81) = 40 × 1.1305 = 45.22
    assert_eq!(cents(view.after.deals), dec("45.22"));
    // revenue × (1 + (0.05 + 1/9 + 0.05) × 0.81) = 117,100
    assert_eq!(cents(view.after.revenue), dec("117100"));
    assert_eq!(view.after.crm_cost, dec("1450"));
    assert_eq!(cents(view.after.time_value_freed), dec("2632.50"));
    assert_eq!(cents(view.change.contribution), dec("11442.50"));
    // The rows the window and the report show, in order: no customers, marketing, support
    // or extra lines in the defaults, so those rows are left out.
    let rows = view.rows();
    let labels: Vec<&str> = rows.iter().map(|r| r.label).collect();
    assert_eq!(
        labels,
        [
            "Deals won",
            "New-business revenue",
            "Gross profit",
            "Team cost",
            "CRM cost",
            "Time value freed",
            "Contribution"
        ]
    );
    assert_eq!(
        rows[0].values,
        [view.before.deals, view.after.deals, view.change.deals]
    );
    assert_eq!(rows[6].values[2], view.change.contribution);
    assert!(rows[6].is_total);
}

#[test]
fn before_and_after_of_reference_case_3_shows_the_new_lines() {
    let scenario = every_version_2_driver();
    let p = project(&scenario).unwrap();
    let view = before_after(&scenario, &p).unwrap();
    let labels: Vec<&str> = view.rows().iter().map(|r| r.label).collect();
    for label in [
        "Customers",
        "Recurring revenue",
        "Marketing spend",
        "Support cost",
        "Other gains",
    ] {
        assert!(labels.contains(&label), "{label}");
    }
    assert_eq!(cents(view.before.customers), dec("246.31"));
    // C0 + (C1 − C0) × (1 − risk) = 246.31 + 33.19 × 0.9
    assert_eq!(cents(view.after.customers), dec("276.18"));
    assert_eq!(cents(view.after.marketing_spend), dec("8623"));
    assert_eq!(cents(view.after.support_cost), dec("10056"));
    assert_eq!(cents(view.after.other_gains), dec("270"));
    // Month 24 is in licence year 2: the monthly equivalent whatever the billing.
    assert_eq!(view.after.crm_cost, dec("1482.50"));
    assert_eq!(
        cents(view.change.contribution),
        cents(p.summary.monthly_net_at_full_adoption)
    );
    let difference = view.change.contribution - p.summary.monthly_net_at_full_adoption;
    assert!(difference.abs() < dec("0.000000000001"), "{difference}");
}

#[test]
fn payback_is_none_when_never_recovered() {
    let mut s = Scenario::default();
    s.costs.implementation_cost = dec("10000000");
    let p = project(&s).unwrap();
    assert!(p.summary.net_gain < Decimal::ZERO);
    assert_eq!(p.summary.payback_months, None);
}

#[test]
fn roi_is_none_without_any_cost() {
    let mut s = two_hundred_percent_case();
    s.costs.implementation_cost = Decimal::ZERO;
    let p = project(&s).unwrap();
    assert_eq!(p.summary.roi_pct, None);
    assert_eq!(p.summary.discounted_roi_pct, None);
    assert_eq!(p.summary.payback_months, Some(Decimal::ZERO));
}

#[test]
fn largest_valid_inputs_give_an_error_not_a_panic() {
    let mut s = Scenario::default();
    for driver in crm_roi::Driver::ALL {
        driver.set(&mut s, driver.max());
    }
    s.gains.cycle_time_reduction_pct = dec("90");
    s.horizon_months = 60;
    // Either a result or a typed error; what matters is no panic and a readable message.
    match project(&s) {
        Ok(p) => assert_eq!(p.months.len(), 61),
        Err(error) => assert!(error.to_string().contains("too large"), "{error}"),
    }
}
