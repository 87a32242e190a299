//! The desktop calculator driven through egui_kittest: find inputs by their labels, change
//! them, and check what the user sees.

mod common;

use std::fs;

use crm_roi::app::CrmRoiApp;
use crm_roi::files::load_scenario;
use crm_roi::locale::format::{grouped_natural, money_whole, percent};
use crm_roi::{Scenario, project};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn harness(app: CrmRoiApp) -> Harness<'static, CrmRoiApp> {
    Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CrmRoiApp| app.show(ui), app)
}

/// Scrolls to the typed field of the input labelled `label` and clicks into it.
fn click_field(harness: &mut Harness<'_, CrmRoiApp>, label: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .click();
    harness.run();
}

/// Types `text` into the typed field of the input labelled `label`, then presses Enter.
fn type_into(harness: &mut Harness<'_, CrmRoiApp>, label: &str, text: &str) {
    click_field(harness, label);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.key_press(Key::Enter);
    harness.run();
    // Move the pointer away so the field's tooltip does not cover the next widget.
    harness.remove_cursor();
    harness.run();
}

/// Presses a keyboard shortcut and lets the window handle it.
fn press(harness: &mut Harness<'_, CrmRoiApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

fn field_value(harness: &Harness<'_, CrmRoiApp>, label: &str) -> String {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .value()
        .unwrap_or_default()
}

#[test]
fn typing_a_value_updates_the_kpi_tiles_with_the_engines_numbers() {
    let mut harness = harness(CrmRoiApp::default());
    harness.run();
    let before = project(&Scenario::default()).unwrap();
    harness.get_by_label(&percent(before.summary.roi_pct));

    type_into(&mut harness, "Revenue per deal", "€3,000");

    let mut expected_scenario = Scenario::default();
    expected_scenario.baseline.revenue_per_deal = common::dec("3000");
    assert_eq!(harness.state().document.scenario(), &expected_scenario);
    let expected = project(&expected_scenario).unwrap().summary;
    harness.get_by_label(&percent(expected.roi_pct));
    harness.get_by_label(&money_whole(expected.net_gain, "EUR"));
    harness.get_by_label(&money_whole(expected.npv, "EUR"));
    assert!(
        harness
            .query_by_label(&percent(before.summary.roi_pct))
            .is_none()
    );
    assert_eq!(field_value(&harness, "Revenue per deal"), "3,000");
}

#[test]
fn typing_beyond_the_slider_range_works_and_beyond_the_valid_range_is_refused() {
    let mut harness = harness(CrmRoiApp::default());
    harness.run();
    type_into(&mut harness, "Cross-sell / upsell uplift", "120%");
    assert_eq!(
        harness
            .state()
            .document
            .scenario()
            .gains
            .cross_sell_uplift_pct,
        common::dec("120")
    );

    type_into(&mut harness, "Sales-cycle reduction", "95");
    harness.get_by_label_contains("95 is outside the allowed range 0 to 90");
    assert_eq!(
        harness
            .state()
            .document
            .scenario()
            .gains
            .cycle_time_reduction_pct,
        common::dec("10")
    );
    assert_eq!(field_value(&harness, "Sales-cycle reduction"), "10");

    type_into(&mut harness, "CRM seats (sales team members)", "a dozen");
    harness.get_by_label_contains("\"a dozen\" is not a number");
    assert_eq!(harness.state().document.scenario().team.seats, 10);
}

#[test]
fn opening_a_file_shows_its_values_in_the_inputs() {
    let mut harness = harness(CrmRoiApp::default());
    harness.run();
    let path = common::example("large-team.ron");
    assert!(harness.state_mut().open_path(&path));
    harness.run();
    let scenario = load_scenario(&path).unwrap();
    assert_eq!(
        field_value(&harness, "CRM seats (sales team members)"),
        "200"
    );
    assert_eq!(
        field_value(&harness, "Revenue per deal"),
        grouped_natural(scenario.baseline.revenue_per_deal)
    );
    assert_eq!(field_value(&harness, "Name"), "Large team, 3 years");
    harness.get_by_label("ROI at 36 months");
    let summary = project(&scenario).unwrap().summary;
    harness.get_by_label(&percent(summary.roi_pct));
    assert!(
        harness
            .state()
            .title()
            .starts_with("Large team, 3 years (large-team.ron)")
    );
}

#[test]
fn a_malformed_file_shows_its_error_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.ron");
    fs::write(&bad, "(\n    version: 1,\n    team: (seats: \"ten\"),\n)\n").unwrap();

    let mut harness = harness(CrmRoiApp::default());
    harness.run();
    type_into(&mut harness, "Seat cost / month", "80");
    let before = harness.state().document.scenario().clone();
    // Every field on screen (the unused customer, marketing and service groups are closed).
    let shown = || {
        crm_roi::Driver::ALL
            .iter()
            .filter(|d| !d.group().optional())
    };
    let fields_before: Vec<String> = shown().map(|d| field_value(&harness, d.label())).collect();

    assert!(!harness.state_mut().open_path(&bad));
    harness.run();

    harness.get_by_label_contains("broken.ron: line 3, column");
    harness.get_by_label_contains("Expected integer");
    assert_eq!(harness.state().document.scenario(), &before);
    let fields_after: Vec<String> = shown().map(|d| field_value(&harness, d.label())).collect();
    assert_eq!(fields_after, fields_before);
    assert_eq!(field_value(&harness, "Seat cost / month"), "80");

    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(harness.query_by_label_contains("broken.ron").is_none());
}

#[test]
fn undo_returns_the_previous_value_and_redo_reapplies_it() {
    let mut harness = harness(CrmRoiApp::default());
    harness.run();
    type_into(&mut harness, "CRM seats (sales team members)", "25");
    type_into(&mut harness, "Adoption", "70");
    assert_eq!(harness.state().document.scenario().team.seats, 25);

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness.state().document.scenario().adoption.adoption_pct,
        common::dec("90")
    );
    assert_eq!(field_value(&harness, "Adoption"), "90");
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().document.scenario().team.seats, 10);
    assert_eq!(
        field_value(&harness, "CRM seats (sales team members)"),
        "10"
    );

    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(harness.state().document.scenario().team.seats, 25);
    press(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(
        harness.state().document.scenario().adoption.adoption_pct,
        common::dec("70")
    );
    assert_eq!(field_value(&harness, "Adoption"), "70");
}

#[test]
fn ctrl_z_in_a_field_being_edited_undoes_the_typing_not_the_scenario() {
    let mut harness = harness(CrmRoiApp::default());
    harness.run();
    type_into(&mut harness, "CRM seats (sales team members)", "25");
    click_field(&mut harness, "Adoption");
    harness
        .get_by_role_and_label(Role::TextInput, "Adoption")
        .type_text("5");
    harness.run();
    assert_ne!(field_value(&harness, "Adoption"), "90");
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    // The field took the key: the entered seats are still there.
    assert_eq!(harness.state().document.scenario().team.seats, 25);
    assert_eq!(field_value(&harness, "Adoption"), "90");

    harness.key_press(Key::Escape);
    harness.run();
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().document.scenario().team.seats, 10);
}

#[test]
fn one_slider_drag_is_one_undo_step() {
    let mut harness = harness(CrmRoiApp::default());
    harness.run();
    let rect = harness
        .get_by_role_and_label(Role::Slider, "Gross margin")
        .rect();
    let y = rect.center().y;
    harness.drag_at(egui::pos2(rect.right() - 4.0, y));
    harness.run();
    for step in 1..=5 {
        harness.hover_at(egui::pos2(rect.right() - 4.0 - step as f32 * 12.0, y));
        harness.run();
    }
    harness.drop_at(egui::pos2(rect.right() - 64.0, y));
    harness.run();
    let dragged = harness
        .state()
        .document
        .scenario()
        .baseline
        .gross_margin_pct;
    assert_ne!(dragged, common::dec("60"), "the drag moved the value");

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().document.scenario(), &Scenario::default());
    assert!(!harness.state().document.can_undo());
}

#[test]
fn the_unsaved_mark_appears_after_an_edit_and_goes_after_saving() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(CrmRoiApp::default());
    harness.run();
    assert!(!harness.state().title().starts_with('*'));
    harness.get_by_label("Not saved yet");
    assert!(harness.query_by_label("Unsaved changes").is_none());

    type_into(&mut harness, "Implementation (one-time)", "20k");
    assert!(harness.state().title().starts_with("*New scenario"));
    harness.get_by_label("Unsaved changes");

    let path = dir.path().join("mine.ron");
    assert!(harness.state_mut().save_to(&path));
    harness.run();
    assert_eq!(harness.state().title(), "New scenario (mine.ron) - crm-roi");
    harness.get_by_label("Saved");
    assert!(harness.query_by_label("Unsaved changes").is_none());
    assert_eq!(
        load_scenario(&path).unwrap().costs.implementation_cost,
        common::dec("20000")
    );
}

#[test]
fn new_asks_before_discarding_unsaved_changes() {
    let mut harness = harness(CrmRoiApp::default());
    harness.run();
    type_into(&mut harness, "Seat cost / month", "99");

    press(&mut harness, Modifiers::COMMAND, Key::N);
    harness.get_by_label_contains("has changes that are not saved");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        harness
            .state()
            .document
            .scenario()
            .costs
            .seat_cost_per_month,
        common::dec("99")
    );

    press(&mut harness, Modifiers::COMMAND, Key::N);
    // Save, Discard and Cancel, each doing what it says.
    harness.get_by_label("Save As…");
    harness.get_by_label("Discard").click();
    harness.run();
    assert_eq!(harness.state().document.scenario(), &Scenario::default());
    assert_eq!(field_value(&harness, "Seat cost / month"), "65");
}

#[test]
fn a_preset_opens_from_the_menu_untitled_and_untouched() {
    let mut harness = harness(CrmRoiApp::default());
    harness.run();
    harness.get_by_label("Presets").click();
    harness.run();
    harness.get_by_label("The 200 % case").click();
    harness.run();
    assert_eq!(field_value(&harness, "Name"), "The 200 % case");
    harness.get_by_label("200.00 %");
    assert!(harness.state().document.path().is_none());
    // Nothing changed yet: nothing unsaved, and New does not ask.
    assert!(!harness.state().document.is_dirty());
    assert!(!harness.state().title().starts_with('*'));
}

#[test]
fn horizon_and_currency_pickers_change_the_view() {
    let mut harness = harness(CrmRoiApp::default());
    harness.run();
    harness.get_by_role_and_label(Role::Button, "24").click();
    harness.run();
    assert_eq!(harness.state().document.scenario().horizon_months, 24);
    harness.get_by_label("ROI at 24 months");

    harness
        .get_by_role_and_label(Role::ComboBox, "Currency")
        .click();
    harness.run();
    harness.get_by_label("PLN").click();
    harness.run();
    assert_eq!(harness.state().document.scenario().currency, "PLN");
    let summary = project(harness.state().document.scenario())
        .unwrap()
        .summary;
    harness.get_by_label(&money_whole(summary.net_gain, "PLN"));
}

#[test]
fn an_extreme_valid_scenario_opens_and_says_what_it_cannot_show() {
    let mut s = Scenario::default();
    for driver in crm_roi::Driver::ALL {
        driver.set(&mut s, driver.max());
    }
    s.finance.benefit_risk_pct = common::dec("0");
    let tiny = common::dec("0.0000000000000000000000000001");
    s.costs.seat_cost_per_month = tiny;
    s.costs.implementation_cost = tiny;
    s.costs.training_cost_per_seat = rust_decimal::Decimal::ZERO;
    s.costs.admin_cost_per_month = rust_decimal::Decimal::ZERO;
    s.costs.internal_rollout_hours = rust_decimal::Decimal::ZERO;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("extreme.ron");
    crm_roi::files::save_scenario(&path, &s).unwrap();
    let mut harness = harness(CrmRoiApp::default());
    harness.run();
    assert!(harness.state_mut().open_path(&path));
    harness.run();
    assert!(harness.state().error().is_none());
    assert!(harness.get_all_by_label("beyond 10^20 %").count() >= 1);
    let summary = project(&s).unwrap().summary;
    harness.get_by_label(&money_whole(summary.net_gain, "EUR"));
}
