//! The version-2 inputs in the window: the customer, marketing and service groups, the billing
//! switch, the extra lines editor and the years table, driven through egui_kittest.

mod common;

use crm_roi::app::CrmRoiApp;
use crm_roi::app::document::Document;
use crm_roi::files::load_scenario;
use crm_roi::locale::format::{grouped, money_whole, percent};
use crm_roi::model::scenario::{LicenceBilling, LineKind, Per};
use crm_roi::{Scenario, project};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn harness_with(scenario: Scenario) -> Harness<'static, CrmRoiApp> {
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(
            |ui, app: &mut CrmRoiApp| app.show(ui),
            CrmRoiApp::with_document(Document::new(scenario, None)),
        );
    harness.run();
    harness
}

fn subscription() -> Scenario {
    load_scenario(&common::example("subscription-2-years.ron")).unwrap()
}

fn type_into(harness: &mut Harness<'_, CrmRoiApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.key_press(Key::Enter);
    harness.run();
    harness.remove_cursor();
    harness.run();
}

fn open_group(harness: &mut Harness<'_, CrmRoiApp>, title: &str) {
    let header = harness.get_by_label_contains(title);
    header.scroll_to_me();
    harness.run();
    harness.get_by_label_contains(title).click();
    harness.run();
}

/// The customers group is closed while it is all zero (the vendor calculator's first screen
/// stays simple); opened, it explains itself, and a churn reduction typed there moves the
/// tiles to the engine's figures.
#[test]
fn the_retention_group_opens_and_a_churn_reduction_moves_the_tiles() {
    let mut start = Scenario::default();
    start.customers.active_customers = common::dec("0");
    let mut harness = harness_with(start);
    harness.get_by_label_contains("Customers (retention)");
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Churn reduction")
            .is_none(),
        "closed while unused"
    );
    open_group(&mut harness, "Customers (retention)");
    harness.get_by_label_contains("For a recurring customer base");
    type_into(&mut harness, "Active customers at go-live", "400");
    type_into(
        &mut harness,
        "Recurring revenue per customer / month",
        "250",
    );
    type_into(&mut harness, "Monthly churn without the CRM", "2");
    type_into(&mut harness, "Churn reduction", "30 %");

    let scenario = harness.state().document.scenario().clone();
    assert_eq!(scenario.gains.churn_reduction_pct, common::dec("30"));
    let summary = project(&scenario).unwrap().summary;
    harness.get_by_label(&percent(summary.roi_pct));
    harness.get_by_label(&money_whole(summary.net_gain, "EUR"));
    // The customers tile: with and without the CRM at the horizon.
    let customers = summary.customers_at_horizon;
    harness.get_by_label(&format!(
        "{} ({} without CRM)",
        grouped(customers.with_crm, 1),
        grouped(customers.without_crm, 1)
    ));
}

/// A group a file uses opens by itself.
#[test]
fn a_file_with_customers_opens_their_group() {
    let harness = harness_with(subscription());
    harness.get_by_role_and_label(Role::TextInput, "Churn reduction");
    harness.get_by_role_and_label(Role::TextInput, "Acquisition spend / month");
    harness.get_by_role_and_label(Role::TextInput, "Support team cost / month");
}

#[test]
fn switching_to_annual_billing_changes_the_cost_series() {
    let mut harness = harness_with(Scenario::default());
    let monthly = project(harness.state().document.scenario()).unwrap();
    let annual = harness.get_by_role_and_label(Role::RadioButton, "Annually, a year ahead");
    annual.scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::RadioButton, "Annually, a year ahead")
        .click();
    harness.run();
    let scenario = harness.state().document.scenario().clone();
    assert_eq!(scenario.costs.licence_billing, LicenceBilling::Annual);
    let billed = project(&scenario).unwrap();
    // A year of licences in month 1, none in month 2; the same over the year.
    assert_eq!(billed.months[1].costs.licences, common::dec("7800"));
    assert_eq!(billed.months[2].costs.licences, common::dec("0"));
    assert_eq!(monthly.months[2].costs.licences, common::dec("650"));
    assert_eq!(billed.summary.total_cost, monthly.summary.total_cost);
    assert_ne!(
        billed.summary.payback_months,
        monthly.summary.payback_months
    );
    // The tiles show the new payback.
    harness.get_by_label(&format!(
        "{} months",
        grouped(billed.summary.payback_months.unwrap(), 2)
    ));
    // One undo step.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().document.scenario().costs.licence_billing,
        LicenceBilling::Monthly
    );
}

#[test]
fn extra_lines_are_added_edited_removed_and_undone() {
    let mut harness = harness_with(Scenario::default());
    open_group(&mut harness, "Extra lines");
    harness.get_by_label_contains("Gains or costs the drivers do not cover");
    harness.get_by_label("Add a line").scroll_to_me();
    harness.run();
    harness.get_by_label("Add a line").click();
    harness.run();
    let lines = &harness.state().document.scenario().lines;
    assert_eq!(lines.len(), 1);
    assert_eq!((lines[0].kind, lines[0].per), (LineKind::Cost, Per::Month));

    type_into(&mut harness, "Line 1 name", "Data warehouse sync");
    type_into(&mut harness, "Line 1 amount", "2,400");
    let line = harness.state().document.scenario().lines[0].clone();
    assert_eq!(line.name, "Data warehouse sync");
    assert_eq!(line.amount, common::dec("2400"));
    let total_cost = project(harness.state().document.scenario())
        .unwrap()
        .summary
        .total_cost;
    assert_eq!(
        total_cost,
        common::dec("36400") + common::dec("2400") * common::dec("12")
    );

    // A bad entry is refused where it was typed, and changes nothing.
    type_into(&mut harness, "Line 1 amount", "lots");
    harness.get_by_label_contains("\"lots\" is not a number");
    assert_eq!(
        harness.state().document.scenario().lines[0].amount,
        common::dec("2400")
    );
    type_into(&mut harness, "Line 1 name", "   ");
    harness.get_by_label("A line needs a name");

    harness.get_by_label("Remove line 1").click();
    harness.run();
    assert!(harness.state().document.scenario().lines.is_empty());
    // Undo brings the line back, then undoes the amount, the name and the addition.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().document.scenario().lines, vec![line]);
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
    }
    assert!(harness.state().document.scenario().lines.is_empty());
}

#[test]
fn lines_reorder() {
    let mut harness = harness_with(subscription());
    let first = harness.state().document.scenario().lines[0].name.clone();
    harness.get_by_label("Move line 1 down").scroll_to_me();
    harness.run();
    harness.get_by_label("Move line 1 down").click();
    harness.run();
    assert_eq!(harness.state().document.scenario().lines[1].name, first);
}

/// The years table shows the engine's yearly figures.
#[test]
fn the_years_table_shows_the_engines_values() {
    let scenario = subscription();
    let projection = project(&scenario).unwrap();
    let harness = harness_with(scenario);
    harness.get_by_label_contains("The business case by year (EUR)");
    for heading in ["Initial", "Year 1", "Year 2", "Total", "Present value"] {
        harness.get_by_label(heading);
    }
    let years = &projection.years;
    for value in [
        years.periods[1].gain,
        years.periods[2].cost,
        years.pv_gains,
        years.pv_costs,
        years.npv,
        years.periods[0].net,
    ] {
        assert!(
            harness
                .query_all_by_label(&grouped(value, 2))
                .next()
                .is_some(),
            "{value}"
        );
    }
    harness.get_by_label_contains("end of the year");
    harness.get_by_label("Customers kept");
    // A disabled "move up" on the first line is still found (not a missing glyph).
    let _ = harness
        .get_by_label("Move line 1 up")
        .accesskit_node()
        .is_disabled();
}
