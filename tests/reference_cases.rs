//! The reference cases of SPEC §3, every listed figure, to the cent.

mod common;

use common::dec;
use crm_roi::locale::format::round2;
use crm_roi::model::before_after::before_after;
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
        let view = before_after(&scenario, &p.derived).unwrap();
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
    let view = before_after(&scenario, &p.derived).unwrap();
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
    // The rows the window and the report show, in order.
    let rows: Vec<_> = view.rows().collect();
    assert_eq!(rows.len(), 7);
    assert_eq!(
        rows[0],
        (
            "Deals won",
            [view.before.deals, view.after.deals, view.change.deals]
        )
    );
    assert_eq!(rows[6].0, "Contribution");
    assert_eq!(rows[6].1[2], view.change.contribution);
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
