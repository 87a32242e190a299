//! Rendered images of the main screen, compared with the ones kept in `tests/snapshots/`.
//! Rendering is headless on the CPU (Mesa's software Vulkan); `UPDATE_SNAPSHOTS=1` rewrites them.

mod common;

use crm_roi::app::CrmRoiApp;
use crm_roi::app::document::Document;
use crm_roi::file::load_scenario;
use egui_kittest::{Harness, SnapshotOptions};

fn render(name: &str, file: &str, theme: egui::Theme) {
    let scenario = load_scenario(&common::example(file)).unwrap();
    let app = CrmRoiApp::with_document(Document::new(scenario, None));
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .with_theme(theme)
        .wgpu()
        .build_ui_state(|ui, app: &mut CrmRoiApp| app.show(ui), app);
    harness.run();
    // Software rendering differs slightly between Mesa versions; a few pixels may change.
    harness.snapshot_options(
        name,
        &SnapshotOptions::new()
            .threshold(2.0)
            .max_failed_pixels(2000),
    );
}

#[test]
fn main_screen_dark() {
    render("main_screen_dark", "defaults.ron", egui::Theme::Dark);
}

#[test]
fn main_screen_light_with_a_loss() {
    render(
        "main_screen_light_loss",
        "cautious-founder.ron",
        egui::Theme::Light,
    );
}
