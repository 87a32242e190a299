//! Every screen agrees with every other: a risk range's "most likely" is the driver's value,
//! whatever way the value changes (typing, slider, goal seek's Apply, presentation what-ifs,
//! undo and redo, opening a file); the plausibility notes name what drives a result.

mod common;

use std::time::Duration;

use crm_roi::app::document::Document;
use crm_roi::app::{CrmRoiApp, View};
use crm_roi::files::{load_scenario, save_scenario};
use crm_roi::model::scenario::Triangle;
use crm_roi::{Driver, Scenario, project};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// The cautious founder: cross-sell 2 % with a range of 0 / 2 / 5, adoption 75 % with
/// 50 / 75 / 90.
fn cautious() -> Harness<'static, CrmRoiApp> {
    let scenario = load_scenario(&common::example("cautious-founder.ron")).unwrap();
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(
            |ui, app: &mut CrmRoiApp| app.show(ui),
            CrmRoiApp::with_document(Document::new(scenario, None)),
        );
    harness.run();
    harness
}

fn range_of(harness: &Harness<'_, CrmRoiApp>, driver: Driver) -> Triangle {
    harness.state().document.scenario().ranges[driver.field_name()]
}

/// The range is centred on the driver's value and the scenario is valid (so a saved file
/// opens, and the risk view simulates what the calculator shows).
fn assert_range_follows(harness: &Harness<'_, CrmRoiApp>, driver: Driver) -> Triangle {
    let scenario = harness.state().document.scenario();
    let triangle = range_of(harness, driver);
    assert_eq!(triangle.likely, driver.get(scenario), "{driver:?}");
    assert!(triangle.low <= triangle.likely && triangle.likely <= triangle.high);
    assert_eq!(scenario.validate(), Ok(()));
    triangle
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

#[test]
fn typing_a_value_moves_its_range_in_proportion() {
    let mut harness = cautious();
    type_into(&mut harness, "Cross-sell / upsell uplift", "4");
    let range = assert_range_follows(&harness, Driver::CrossSellUpliftPct);
    // 0 / 2 / 5 around 2 becomes 0 / 4 / 10 around 4.
    assert_eq!(
        (range.low, range.high),
        (common::dec("0"), common::dec("10"))
    );
    // The range fields beside the input show it.
    let values: Vec<String> = harness
        .get_all_by_role_and_label(Role::TextInput, "Range")
        .filter_map(|node| node.value())
        .collect();
    assert!(values.iter().any(|v| v == "10"), "{values:?}");
}

#[test]
fn a_slider_drags_the_range_along() {
    let mut harness = cautious();
    let slider = harness.get_by_role_and_label(Role::Slider, "Cross-sell / upsell uplift");
    slider.focus();
    harness.run();
    for _ in 0..3 {
        harness.key_press(Key::ArrowRight);
        harness.run();
    }
    assert_ne!(
        harness
            .state()
            .document
            .scenario()
            .gains
            .cross_sell_uplift_pct,
        common::dec("2")
    );
    assert_range_follows(&harness, Driver::CrossSellUpliftPct);
}

#[test]
fn goal_seek_apply_moves_the_range_and_the_risk_view_agrees() {
    let mut harness = cautious();
    harness
        .get_by_role_and_label(Role::Button, &View::GoalSeek.title())
        .click();
    harness.run();
    harness.get_by_label("Apply to the scenario").click();
    harness.run();
    assert_range_follows(&harness, Driver::CrossSellUpliftPct);

    // The risk view simulates the scenario on screen: with the value raised, its P50 ROI is
    // near the calculator's, not stuck at the old range's.
    let roi = project(harness.state().document.scenario())
        .unwrap()
        .summary
        .roi_pct
        .unwrap();
    harness
        .get_by_role_and_label(Role::Button, &View::Risk.title())
        .click();
    harness.run();
    for _ in 0..600 {
        harness.step();
        if harness.state().risk_result().is_some() && !harness.state().risk_running() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let p50 = harness.state().risk_result().unwrap().roi_pct.p50;
    let roi = rust_decimal::prelude::ToPrimitive::to_f64(&roi).unwrap();
    assert!(
        (p50 - roi).abs() < 0.25 * roi.abs().max(10.0),
        "P50 {p50} against ROI {roi}"
    );
}

#[test]
fn presentation_what_ifs_move_the_range() {
    let mut harness = cautious();
    harness.key_press(Key::F5);
    harness.run();
    let slider = harness.get_by_role_and_label(Role::Slider, "Cross-sell / upsell uplift");
    slider.focus();
    harness.run();
    for _ in 0..3 {
        harness.key_press(Key::ArrowRight);
        harness.run();
    }
    harness.key_press(Key::Escape);
    harness.run();
    assert_ne!(
        harness
            .state()
            .document
            .scenario()
            .gains
            .cross_sell_uplift_pct,
        common::dec("2")
    );
    assert_range_follows(&harness, Driver::CrossSellUpliftPct);
}

#[test]
fn undo_and_redo_bring_value_and_range_back_together() {
    let mut harness = cautious();
    let original = range_of(&harness, Driver::AdoptionPct);
    type_into(&mut harness, "Adoption", "60");
    let moved = assert_range_follows(&harness, Driver::AdoptionPct);
    assert_ne!(moved, original);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(range_of(&harness, Driver::AdoptionPct), original);
    assert_range_follows(&harness, Driver::AdoptionPct);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(range_of(&harness, Driver::AdoptionPct), moved);
}

/// A file whose "most likely" is not the driver's value is refused, naming the driver and both
/// values; the scenario on screen stays.
#[test]
fn opening_a_file_with_a_stale_range_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let stale = dir.path().join("stale.ron");
    let mut scenario = Scenario::default();
    save_scenario(&stale, &scenario).unwrap();
    let text = std::fs::read_to_string(&stale).unwrap().replace(
        "    finance: (",
        "    ranges: { \"cross_sell_uplift_pct\": (low: \"0\", likely: \"2\", high: \"5\") },\n    finance: (",
    );
    std::fs::write(&stale, text).unwrap();
    let mut harness = cautious();
    let before = harness.state().document.scenario().clone();
    assert!(!harness.state_mut().open_path(&stale));
    harness.run();
    let error = harness.state().error().unwrap().to_owned();
    assert!(error.contains("stale.ron"), "{error}");
    assert!(error.contains("ranges.cross_sell_uplift_pct"), "{error}");
    assert!(error.contains("likely 2"), "{error}");
    assert!(error.contains("in the scenario, 5"), "{error}");
    assert_eq!(harness.state().document.scenario(), &before);
    // The same file, centred on the value, opens.
    scenario.ranges.insert(
        "cross_sell_uplift_pct".into(),
        Triangle {
            low: common::dec("2"),
            likely: common::dec("5"),
            high: common::dec("9"),
        },
    );
    save_scenario(&stale, &scenario).unwrap();
    assert!(harness.state_mut().open_path(&stale));
}

/// The vendor-style estimate's 10,958 % ROI and immediate payback each get a quiet note that
/// names the assumption behind them.
#[test]
fn implausible_results_carry_a_note_naming_their_cause() {
    let scenario = load_scenario(&common::example("vendor-quick-estimate.ron")).unwrap();
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(
            |ui, app: &mut CrmRoiApp| app.show(ui),
            CrmRoiApp::with_document(Document::new(scenario, None)),
        );
    harness.run();
    harness.get_by_label_contains("is far above what CRM cases report");
    harness.get_by_label_contains("from Sales-cycle reduction = 15 %");
    harness.get_by_label_contains("there is no one-time cost");
    // The defaults need no note.
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CrmRoiApp| app.show(ui), CrmRoiApp::default());
    harness.run();
    assert!(harness.query_by_label_contains("Note:").is_none());
}
