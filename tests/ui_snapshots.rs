//! Rendered images of the main screen and the analysis views, compared with the ones kept in
//! `tests/snapshots/`. Rendering is headless on the CPU (Mesa's software Vulkan);
//! `UPDATE_SNAPSHOTS=1` rewrites them after an intended change of the look.

mod common;

use std::time::Duration;

use crm_roi::app::document::Document;
use crm_roi::app::{CrmRoiApp, View};
use crm_roi::files::load_scenario;
use egui_kittest::{Harness, SnapshotOptions};

fn harness(file: &str, theme: egui::Theme, view: View) -> Harness<'static, CrmRoiApp> {
    let scenario = load_scenario(&common::example(file)).unwrap();
    let mut app = CrmRoiApp::with_document(Document::new(scenario, None));
    app.view = view;
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .with_theme(theme)
        .wgpu()
        .build_ui_state(|ui, app: &mut CrmRoiApp| app.show(ui), app);
    harness.run_ok();
    harness
}

fn snapshot(harness: &mut Harness<'_, CrmRoiApp>, name: &str) {
    // Software rendering may differ in a few anti-aliased pixels between Mesa versions; a
    // changed word or number changes hundreds.
    let options = SnapshotOptions::new().threshold(1.0).max_failed_pixels(10);
    harness.snapshot_options(name, &options);
}

#[test]
fn main_screen_dark() {
    snapshot(
        &mut harness("defaults.ron", egui::Theme::Dark, View::Calculator),
        "main_screen_dark",
    );
}

#[test]
fn main_screen_light_with_a_loss() {
    let mut harness = harness("cautious-founder.ron", egui::Theme::Light, View::Calculator);
    snapshot(&mut harness, "main_screen_light_loss");
}

#[test]
fn compare_view() {
    let mut harness = harness("defaults.ron", egui::Theme::Dark, View::Compare);
    harness
        .state_mut()
        .add_to_compare(&common::example("cautious-founder.ron"));
    harness
        .state_mut()
        .add_to_compare(&common::example("vendor-quick-estimate.ron"));
    harness.run_ok();
    snapshot(&mut harness, "compare_view");
}

#[test]
fn sensitivity_view() {
    snapshot(
        &mut harness("defaults.ron", egui::Theme::Dark, View::Sensitivity),
        "sensitivity_view",
    );
}

#[test]
fn risk_view() {
    let mut harness = harness("cautious-founder.ron", egui::Theme::Dark, View::Risk);
    for _ in 0..600 {
        harness.step();
        if harness.state().risk_result().is_some() && !harness.state().risk_running() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.run_ok();
    snapshot(&mut harness, "risk_view");
}

#[test]
fn goal_seek_view() {
    snapshot(
        &mut harness("defaults.ron", egui::Theme::Dark, View::GoalSeek),
        "goal_seek_view",
    );
}

#[test]
fn presentation_mode() {
    let mut harness = harness("defaults.ron", egui::Theme::Dark, View::Calculator);
    harness.key_press(egui::Key::F5);
    harness.run_ok();
    snapshot(&mut harness, "presentation");
}
