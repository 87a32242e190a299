//! The Plan vs actual view, driven through egui_kittest: typing a measured month, the plan's
//! figures shown faintly in empty cells, undo, and importing a CSV through the menu's function.

mod common;

use crm_roi::app::document::Document;
use crm_roi::app::{CrmRoiApp, View};
use crm_roi::files::load_scenario;
use crm_roi::locale::format::{money_whole, percent};
use crm_roi::model::tracking::track;
use crm_roi::{Scenario, project};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn tracking_view(scenario: Scenario) -> Harness<'static, CrmRoiApp> {
    let mut app = CrmRoiApp::with_document(Document::new(scenario, None));
    app.view = View::Tracking;
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CrmRoiApp| app.show(ui), app);
    harness.run();
    harness
}

/// Scrolls the grid of measured months into view (only the rows in view are laid out).
fn show_grid(harness: &mut Harness<'_, CrmRoiApp>) {
    harness
        .get_by_label_contains("Measured months")
        .scroll_to_me();
    harness.run();
}

fn type_into(harness: &mut Harness<'_, CrmRoiApp>, name: &str, text: &str) {
    show_grid(harness);
    harness
        .get_by_role_and_label(Role::TextInput, name)
        .scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, name).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, name)
        .type_text(text);
    harness.key_press(Key::Enter);
    harness.run();
    harness.remove_cursor();
    harness.run();
}

/// The tiles of the tracking view show what the engine computes for the document.
fn assert_tiles_show_the_engine(harness: &Harness<'_, CrmRoiApp>) {
    let scenario = harness.state().document.scenario().clone();
    let t = track(&scenario, &project(&scenario).unwrap()).unwrap();
    harness.get_by_label(&format!(
        "{} ({})",
        percent(t.to_date.actual_roi_pct),
        percent(t.to_date.plan_roi_pct)
    ));
    harness.get_by_label(&money_whole(t.to_date.actual_net, &scenario.currency));
    harness.get_by_label(&percent(t.outlook.roi_pct));
}

#[test]
fn empty_cells_show_the_plans_figures_faintly() {
    let mut harness = tracking_view(Scenario::default());
    harness.get_by_label_contains("Nothing measured yet");
    show_grid(&mut harness);
    // Month 1 of the defaults: revenue 100,000 × (1 + (5 % + 1/9 + 5 %) × 0.81 × 1/3), the
    // plan's sales gain of 3,420 over a 60 % margin = 105,700.
    let cell = harness.get_by_role_and_label(Role::TextInput, "Revenue, month 1");
    assert_eq!(cell.value().unwrap_or_default(), "");
    assert_eq!(cell.accesskit_node().placeholder(), Some("105,700"));
    let cost = harness.get_by_role_and_label(Role::TextInput, "CRM cost, month 1");
    assert_eq!(cost.accesskit_node().placeholder(), Some("1,450"));
}

#[test]
fn typing_a_measured_revenue_moves_the_to_date_tiles_and_undo_takes_it_back() {
    let mut harness = tracking_view(Scenario::default());
    type_into(&mut harness, "Revenue, month 1", "103000");
    let actuals = harness.state().document.scenario().actuals.clone().unwrap();
    assert_eq!(actuals.months.len(), 1);
    assert_eq!(actuals.months[0].revenue, Some(common::dec("103000")));
    assert_tiles_show_the_engine(&harness);
    harness.get_by_label("Measured through");
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Revenue, month 1")
            .value()
            .unwrap_or_default(),
        "103,000"
    );
    // One undo step: nothing tracked again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().document.scenario(), &Scenario::default());
    harness.get_by_label_contains("Nothing measured yet");
    // A refused entry says where and why, and changes nothing.
    type_into(&mut harness, "Revenue, month 2", "lots");
    harness.get_by_label_contains("Month 2, Revenue: \"lots\" is not a number");
    assert_eq!(harness.state().document.scenario(), &Scenario::default());
}

#[test]
fn importing_a_csv_goes_through_the_menus_function() {
    let mut harness = tracking_view(Scenario::default());
    // What Import CSV… calls with the file its dialog returns.
    assert!(
        harness
            .state_mut()
            .import_actuals(&common::example("tracked-half-year.csv"))
    );
    harness.run();
    let months = &harness
        .state()
        .document
        .scenario()
        .actuals
        .as_ref()
        .unwrap()
        .months;
    assert_eq!(months.len(), 6);
    assert_tiles_show_the_engine(&harness);
    // The quarterly table and the KPIs measured against the plan.
    harness.get_by_label("Q1 (months 1–3)");
    harness.get_by_label_contains("41.0 (plan");
    // A bad file: its row and column, and nothing changes.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "month,revenue\n2,-1\n").unwrap();
    let before = harness.state().document.scenario().clone();
    assert!(!harness.state_mut().import_actuals(&bad));
    harness.run();
    harness.get_by_label_contains("row 2, column 2 (revenue)");
    assert_eq!(harness.state().document.scenario(), &before);
    // One undo step takes the import back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().document.scenario().actuals.is_none());
}

#[test]
fn editing_the_plan_after_measuring_says_the_baseline_changed() {
    let scenario = load_scenario(&common::example("tracked-half-year.ron")).unwrap();
    let mut harness = tracking_view(scenario);
    assert!(
        harness
            .query_by_label_contains("The plan changed")
            .is_none()
    );
    harness
        .state_mut()
        .document
        .edit(|s| s.costs.seat_cost_per_month = common::dec("70"));
    harness.state_mut().document.end_gesture();
    harness.run();
    harness.get_by_label_contains("The plan changed after months were measured");
    // The calendar months of the go-live date label the rows.
    assert!(harness.get_all_by_label("1 (Apr 2026)").count() >= 1);
}

#[test]
fn the_horizon_cannot_end_before_a_measured_month() {
    let mut scenario = load_scenario(&common::example("tracked-half-year.ron")).unwrap();
    // Month 7 measured: a 6-month horizon would drop it.
    scenario
        .actuals
        .as_mut()
        .unwrap()
        .months
        .push(crm_roi::model::actuals::ActualMonth {
            month: 7,
            revenue: Some(common::dec("120000")),
            ..Default::default()
        });
    let mut harness = tracking_view(scenario);
    let six = harness.get_by_label("6");
    assert!(
        six.accesskit_node().is_disabled(),
        "a horizon before month 7 is not offered"
    );
    six.click();
    harness.run();
    assert_eq!(harness.state().document.scenario().horizon_months, 12);
    // A horizon that keeps every measured month is still one click.
    harness.get_by_label("9").click();
    harness.run();
    assert_eq!(harness.state().document.scenario().horizon_months, 9);
}
