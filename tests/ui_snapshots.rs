//! Rendered images of the main screen and the analysis views, compared with the ones kept in
//! `tests/snapshots/`. Rendering is headless on the CPU (Mesa's software Vulkan);
//! `UPDATE_SNAPSHOTS=1` rewrites them after an intended change of the look.

mod common;

use std::time::Duration;

use crm_roi::app::document::Document;
use crm_roi::app::{CrmRoiApp, View};
use crm_roi::files::load_scenario;
use crm_roi::locale::Lang;
use egui_kittest::{Harness, SnapshotOptions};

/// The two window sizes every view must read well at: the default window, and a common
/// projector.
const DESKTOP: [f32; 2] = [1400.0, 900.0];
const PROJECTOR: [f32; 2] = [1280.0, 720.0];

fn harness_sized(
    file: &str,
    theme: egui::Theme,
    view: View,
    size: [f32; 2],
) -> Harness<'static, CrmRoiApp> {
    let scenario = load_scenario(&common::example(file)).unwrap();
    let mut app = CrmRoiApp::with_document(Document::new(scenario, None));
    app.view = view;
    let mut harness = Harness::builder()
        .with_size(size)
        .with_theme(theme)
        .wgpu()
        .build_ui_state(|ui, app: &mut CrmRoiApp| app.show(ui), app);
    harness.run_ok();
    harness
}

fn harness(file: &str, theme: egui::Theme, view: View) -> Harness<'static, CrmRoiApp> {
    harness_sized(file, theme, view, DESKTOP)
}

fn snapshot(harness: &mut Harness<'_, CrmRoiApp>, name: &str) {
    // Software rendering may differ in a few anti-aliased pixels between Mesa versions; a
    // changed word or number changes hundreds.
    let options = SnapshotOptions::new().threshold(1.0).max_failed_pixels(10);
    harness.snapshot_options(name, &options);
}

fn wait_for_risk(harness: &mut Harness<'_, CrmRoiApp>) {
    for _ in 0..600 {
        harness.step();
        if harness.state().risk_result().is_some() && !harness.state().risk_running() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.run_ok();
}

fn add_compared(harness: &mut Harness<'_, CrmRoiApp>) {
    harness
        .state_mut()
        .add_to_compare(&common::example("cautious-founder.ron"));
    harness
        .state_mut()
        .add_to_compare(&common::example("vendor-quick-estimate.ron"));
    harness.run_ok();
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
    add_compared(&mut harness);
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
    wait_for_risk(&mut harness);
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

/// A view at 1280 × 720, a common projector: nothing may be cut off.
fn at_projector_size(file: &str, view: View, name: &str) {
    let mut harness = harness_sized(file, egui::Theme::Dark, view, PROJECTOR);
    match view {
        View::Compare => add_compared(&mut harness),
        View::Risk => wait_for_risk(&mut harness),
        _ => {}
    }
    snapshot(&mut harness, name);
}

#[test]
fn projector_calculator() {
    at_projector_size("large-team.ron", View::Calculator, "projector_calculator");
}

#[test]
fn projector_compare() {
    at_projector_size("defaults.ron", View::Compare, "projector_compare");
}

#[test]
fn projector_sensitivity() {
    at_projector_size("defaults.ron", View::Sensitivity, "projector_sensitivity");
}

#[test]
fn projector_risk() {
    at_projector_size("cautious-founder.ron", View::Risk, "projector_risk");
}

#[test]
fn projector_goal_seek() {
    at_projector_size("defaults.ron", View::GoalSeek, "projector_goal_seek");
}

#[test]
fn projector_presentation() {
    let mut harness = harness_sized(
        "cautious-founder.ron",
        egui::Theme::Light,
        View::Calculator,
        PROJECTOR,
    );
    harness.key_press(egui::Key::F5);
    harness.run_ok();
    snapshot(&mut harness, "projector_presentation");
}

/// Reference case 3: every version-2 driver, open groups, the cost chart with annual bills.
#[test]
fn subscription_calculator() {
    let mut harness = harness(
        "subscription-2-years.ron",
        egui::Theme::Dark,
        View::Calculator,
    );
    snapshot(&mut harness, "subscription_calculator");
}

/// The years table of reference case 3, scrolled into view.
#[test]
fn subscription_years_table() {
    use egui_kittest::kittest::Queryable as _;
    let mut harness = harness(
        "subscription-2-years.ron",
        egui::Theme::Light,
        View::Calculator,
    );
    harness
        .get_by_label_contains("The business case by year")
        .scroll_to_me();
    harness.run_ok();
    snapshot(&mut harness, "subscription_years_table");
}

/// Plan against actual with the example's six measured months.
#[test]
fn tracking_view() {
    let mut harness = harness("tracked-half-year.ron", egui::Theme::Dark, View::Tracking);
    snapshot(&mut harness, "tracking_view");
}

#[test]
fn projector_tracking() {
    at_projector_size(
        "tracked-half-year.ron",
        View::Tracking,
        "projector_tracking",
    );
}

/// The window in `lang` at the default size; kittest's missing-glyph check stays on, so a
/// character no bundled font draws fails the test.
fn in_language(lang: Lang, file: &str, size: [f32; 2]) -> Harness<'static, CrmRoiApp> {
    let mut harness = harness_sized(file, egui::Theme::Dark, View::Calculator, size);
    harness.state_mut().set_language(lang);
    harness.run_ok();
    harness
}

#[test]
fn main_screen_chinese() {
    let mut harness = in_language(Lang::Zh, "subscription-2-years.ron", DESKTOP);
    snapshot(&mut harness, "main_screen_zh");
}

#[test]
fn main_screen_russian() {
    let mut harness = in_language(Lang::Ru, "subscription-2-years.ron", DESKTOP);
    snapshot(&mut harness, "main_screen_ru");
}

#[test]
fn presentation_mode_polish() {
    let mut harness = in_language(Lang::Pl, "defaults.ron", PROJECTOR);
    harness.key_press(egui::Key::F5);
    harness.run_ok();
    snapshot(&mut harness, "presentation_pl");
}
