//! Presentation mode, driven through egui_kittest.

mod common;

use crm_roi::app::CrmRoiApp;
use crm_roi::app::document::Document;
use crm_roi::files::load_scenario;
use crm_roi::locale::format::percent;
use crm_roi::{Scenario, project};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn harness() -> Harness<'static, CrmRoiApp> {
    let scenario = load_scenario(&common::example("defaults.ron")).unwrap();
    Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(
            |ui, app: &mut CrmRoiApp| app.show(ui),
            CrmRoiApp::with_document(Document::new(scenario, None)),
        )
}

#[test]
fn f5_enters_presentation_and_esc_leaves_it_with_nothing_lost() {
    let mut harness = harness();
    harness.run();
    let before = harness.state().document.scenario().clone();

    harness.key_press(Key::F5);
    harness.run();
    assert!(harness.state().is_presenting());
    // Inputs are hidden; the title and the four large tiles are shown.
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Revenue per deal")
            .is_none()
    );
    harness.get_by_label("Defaults");
    harness.get_by_label("ROI at 12 months");
    harness.get_by_label("Payback");
    harness.get_by_label("Net gain");
    harness.get_by_label("NPV");
    harness.get_by_label("289.61 %");
    harness.get_by_label_contains("Break-even at month 2.79");

    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().is_presenting());
    assert_eq!(harness.state().document.scenario(), &before);
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Revenue per deal")
            .value()
            .as_deref(),
        Some("2,500")
    );
}

#[test]
fn a_what_if_slider_updates_the_tiles_live() {
    let mut harness = harness();
    harness.run();
    harness.get_by_label("Present (F5)").click();
    harness.run();
    assert!(harness.state().is_presenting());

    let slider = harness.get_by_role_and_label(Role::Slider, "Adoption");
    slider.focus();
    harness.run();
    for _ in 0..10 {
        harness.key_press(Key::ArrowLeft);
    }
    harness.run();
    let scenario: Scenario = harness.state().document.scenario().clone();
    assert!(
        scenario.adoption.adoption_pct < common::dec("90"),
        "{}",
        scenario.adoption.adoption_pct
    );
    let roi = project(&scenario).unwrap().summary.roi_pct;
    harness.get_by_label(&percent(roi));
    assert!(harness.query_by_label("289.61 %").is_none());

    // Leaving keeps the what-if value, and Esc itself changes no input.
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().document.scenario(), &scenario);
}

/// Ctrl+plus and A+ enlarge presentation mode's text (charts included) and nothing else:
/// back in the calculator the zoom is what it was.
#[test]
fn text_grows_in_presentation_mode_only_and_high_contrast_is_everywhere() {
    let mut harness = harness();
    harness.run();
    let zoom = harness.ctx.zoom_factor();
    harness.key_press(Key::F5);
    harness.run();
    assert_eq!(harness.state().presentation_text_scale(), 1.0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "A+").click();
    harness.run();
    assert!((harness.state().presentation_text_scale() - 1.2).abs() < 1e-5);
    assert_eq!(harness.ctx.zoom_factor(), zoom);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.run();
    assert!((harness.state().presentation_text_scale() - 1.1).abs() < 1e-5);

    harness
        .get_by_role_and_label(Role::CheckBox, "High contrast")
        .click();
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::CheckBox, "High contrast")
            .accesskit_node()
            .toggled()
            .is_some_and(|t| t == egui::accesskit::Toggled::True)
    );
    // The whole window's style, tooltips included, is black and white.
    let style = harness.ctx.global_style();
    assert_eq!(style.visuals.window_fill, egui::Color32::BLACK);
    assert_eq!(
        style.visuals.override_text_color,
        Some(egui::Color32::WHITE)
    );

    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().is_presenting());
    assert_eq!(harness.ctx.zoom_factor(), zoom);
    assert_ne!(
        harness.ctx.global_style().visuals.window_fill,
        egui::Color32::BLACK
    );
    // egui's own zoom keys are back for the calculator.
    assert!(harness.ctx.options(|o| o.zoom_with_keyboard));
}

/// Each what-if slider can go back to the value the presentation began with.
#[test]
fn a_what_if_reset_returns_to_the_scenarios_value() {
    let mut harness = harness();
    harness.run();
    harness.key_press(Key::F5);
    harness.run();
    let before = harness.state().document.scenario().clone();
    let reset_label = "Reset";
    // Nothing changed yet: every Reset is disabled.
    for node in harness.get_all_by_role_and_label(Role::Button, reset_label) {
        assert!(node.accesskit_node().is_disabled());
    }
    let slider = harness.get_by_role_and_label(Role::Slider, "Adoption");
    slider.focus();
    harness.run();
    harness.key_press(Key::ArrowLeft);
    harness.run();
    assert_ne!(harness.state().document.scenario(), &before);
    let enabled: Vec<_> = harness
        .get_all_by_role_and_label(Role::Button, reset_label)
        .filter(|n| !n.accesskit_node().is_disabled())
        .collect();
    assert_eq!(enabled.len(), 1);
    enabled[0].click();
    harness.run();
    assert_eq!(
        harness.state().document.scenario().adoption.adoption_pct,
        before.adoption.adoption_pct
    );
}
