//! Nothing a user types is lost: the recovery copy after a crash, Save / Discard / Cancel
//! doing what they say, absolute paths, files changed on disk, a damaged settings file.
//! Driven through the window's own functions and egui_kittest.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crm_roi::Scenario;
use crm_roi::app::CrmRoiApp;
use crm_roi::app::session::{DataDir, Settings, set_aside_broken_settings};
use crm_roi::files::{load_scenario, save_scenario};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

const DEBOUNCE: Duration = Duration::from_millis(300);

/// Settings of a first start, in English whatever the machine's language.
fn english() -> Settings {
    Settings {
        lang: Some(crm_roi::locale::Lang::En),
        ..Settings::default()
    }
}

fn window(
    data: &DataDir,
    settings: &Settings,
    file: Option<PathBuf>,
) -> Harness<'static, CrmRoiApp> {
    let mut app = CrmRoiApp::start(Some(data), settings, file, None);
    app.set_recovery_debounce(DEBOUNCE);
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CrmRoiApp| app.show(ui), app);
    harness.run();
    harness
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

/// Lets the debounce pass and the window draw a frame, as it does when its timer fires.
fn rest(harness: &mut Harness<'_, CrmRoiApp>) {
    std::thread::sleep(DEBOUNCE + Duration::from_millis(100));
    harness.step();
}

fn seat_cost(harness: &Harness<'_, CrmRoiApp>) -> rust_decimal::Decimal {
    harness
        .state()
        .document
        .scenario()
        .costs
        .seat_cost_per_month
}

fn copy_of(harness: &Harness<'_, CrmRoiApp>) -> PathBuf {
    harness.state().recovery_copy_path().unwrap().to_owned()
}

/// The window's close button (or Ctrl+Q): what the system sends.
fn request_close(harness: &mut Harness<'_, CrmRoiApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
}

#[test]
fn an_edit_survives_a_crash_and_restore_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path().join("data"));
    let mut harness = window(&data, &english(), None);
    type_into(&mut harness, "Seat cost / month", "77");
    let copy = copy_of(&harness);
    assert!(!copy.exists(), "written after the debounce, not at once");
    rest(&mut harness);
    assert!(copy.exists(), "written once the edits rest");
    // The window ends without saving or discarding: a crash, a kill.
    drop(harness);

    let mut harness = window(&data, &english(), None);
    assert_eq!(harness.state().recovery_offers(), 1);
    harness.get_by_label_contains("Restore the unsaved changes to \"New scenario\" from ");
    harness.get_by_label_contains("Seat cost / month: was 65 EUR, now 77 EUR");
    harness.get_by_label("Never saved to a file");
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(seat_cost(&harness), common::dec("77"));
    assert!(
        harness.state().document.is_dirty(),
        "restored work is still unsaved"
    );
    assert!(harness.state().title().starts_with('*'));
    assert!(!copy.exists(), "the crashed window's copy is gone");
    let own = copy_of(&harness);
    assert!(own.exists(), "kept at once as this window's own copy");

    // A clean save removes it.
    let file = dir.path().join("saved.ron");
    assert!(harness.state_mut().save_to(&file));
    harness.run();
    assert!(!own.exists());
    drop(harness);
    let harness = window(&data, &english(), None);
    assert_eq!(
        harness.state().recovery_offers(),
        0,
        "nothing left to offer"
    );
}

#[test]
fn discard_removes_the_recovery_copy() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path().join("data"));
    let mut harness = window(&data, &english(), None);
    type_into(&mut harness, "Seat cost / month", "77");
    rest(&mut harness);
    drop(harness);

    let mut harness = window(&data, &english(), None);
    harness.get_by_label("Discard").click();
    harness.run();
    assert_eq!(harness.state().document.scenario(), &Scenario::default());
    assert_eq!(harness.state().recovery_offers(), 0);
    drop(harness);
    let harness = window(&data, &english(), None);
    assert_eq!(harness.state().recovery_offers(), 0);
    drop(harness);
    assert_eq!(
        fs::read_dir(data.recovery_dir()).unwrap().count(),
        0,
        "no copy and no lock left"
    );
}

#[test]
fn discarding_a_copy_of_a_file_opens_the_file_as_it_was_saved() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path().join("data"));
    let file = scenario_file(dir.path());
    let mut harness = window(&data, &english(), Some(file.clone()));
    type_into(&mut harness, "Seat cost / month", "77");
    rest(&mut harness);
    drop(harness);
    // Killed before its settings were written: the next start knows no last file.
    let mut harness = window(&data, &english(), None);
    harness.get_by_label(&format!("File: {}", file.display()));
    harness.get_by_label("Discard").click();
    harness.run();
    assert_eq!(harness.state().document.path(), Some(file.as_path()));
    assert_eq!(harness.state().document.scenario(), &Scenario::default());
    assert!(!harness.state().document.is_dirty());
}

#[test]
fn a_running_windows_copy_is_not_offered_to_another_window() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path().join("data"));
    let mut first = window(&data, &english(), None);
    type_into(&mut first, "Seat cost / month", "77");
    rest(&mut first);
    let second = window(&data, &english(), None);
    assert_eq!(second.state().recovery_offers(), 0);
    assert!(copy_of(&first).exists());
}

fn scenario_file(dir: &Path) -> PathBuf {
    let file = dir.join("plan.ron");
    save_scenario(&file, &Scenario::default()).unwrap();
    file
}

#[test]
fn discard_on_quit_discards_and_the_file_comes_back_as_saved() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path().join("data"));
    let file = scenario_file(dir.path());
    let mut harness = window(&data, &english(), Some(file.clone()));
    type_into(&mut harness, "Seat cost / month", "77");
    rest(&mut harness);
    let copy = copy_of(&harness);
    assert!(copy.exists());

    request_close(&mut harness);
    harness.get_by_label_contains("has changes that are not saved");
    harness.get_by_label("Save");
    harness.get_by_label("Cancel");
    harness.get_by_label("Discard").click();
    harness.run();
    assert!(!copy.exists(), "discarded means gone");
    let settings = harness.state().settings();
    drop(harness);

    let harness = window(&data, &settings, None);
    assert_eq!(
        harness.state().recovery_offers(),
        0,
        "the changes are not back"
    );
    assert_eq!(harness.state().document.path(), Some(file.as_path()));
    assert_eq!(harness.state().document.scenario(), &Scenario::default());
    assert!(!harness.state().document.is_dirty());
}

#[test]
fn save_on_quit_saves_and_cancel_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path().join("data"));
    let file = scenario_file(dir.path());
    let mut harness = window(&data, &english(), Some(file.clone()));
    type_into(&mut harness, "Seat cost / month", "77");

    request_close(&mut harness);
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(seat_cost(&harness), common::dec("77"));
    assert!(harness.state().document.is_dirty());
    assert_eq!(load_scenario(&file).unwrap(), Scenario::default());

    request_close(&mut harness);
    harness.get_by_label("Save").click();
    harness.run();
    assert!(!harness.state().document.is_dirty());
    assert_eq!(
        load_scenario(&file).unwrap().costs.seat_cost_per_month,
        common::dec("77")
    );
}

#[test]
fn paths_are_kept_absolute() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path().join("data"));
    // Relative to the folder the tests run in, the crate's.
    let harness = window(
        &data,
        &english(),
        Some(PathBuf::from("assets/scenarios/defaults.ron")),
    );
    let path = harness.state().document.path().unwrap().to_owned();
    assert!(path.is_absolute(), "{}", path.display());
    assert_eq!(path, common::example("defaults.ron"));
    assert_eq!(harness.state().settings().last_file, Some(path));
}

#[test]
fn a_file_changed_on_disk_or_gone_is_not_written_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path().join("data"));
    let file = scenario_file(dir.path());
    let mut harness = window(&data, &english(), Some(file.clone()));
    type_into(&mut harness, "Seat cost / month", "77");

    // Someone else saves the file meanwhile.
    let theirs = Scenario {
        name: "Their version".into(),
        ..Scenario::default()
    };
    save_scenario(&file, &theirs).unwrap();
    let later = std::time::SystemTime::now() + Duration::from_secs(5);
    fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(later)
        .unwrap();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("The file changed on disk");
    assert_eq!(load_scenario(&file).unwrap(), theirs, "not written yet");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(load_scenario(&file).unwrap(), theirs);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Overwrite").click();
    harness.run();
    assert_eq!(
        load_scenario(&file).unwrap().costs.seat_cost_per_month,
        common::dec("77")
    );

    // Moved away: saving asks before putting it back.
    type_into(&mut harness, "Seat cost / month", "78");
    fs::remove_file(&file).unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("The file is no longer there");
    assert!(!file.exists());
    harness.get_by_label("Save there again").click();
    harness.run();
    assert_eq!(
        load_scenario(&file).unwrap().costs.seat_cost_per_month,
        common::dec("78")
    );
}

#[test]
fn a_damaged_settings_file_is_set_aside_and_the_window_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path().join("data"));
    fs::create_dir_all(data.root()).unwrap();
    // Cut short mid-write (eframe writes it without a temporary file).
    let damaged = b"{\"crm-roi\":\"(last_file:Some(\\\"/home/u/pl".to_vec();
    fs::write(data.settings_file(), &damaged).unwrap();
    let notice = set_aside_broken_settings(&data).expect("a damaged file is noticed");
    assert!(!data.settings_file().exists());
    let aside: Vec<PathBuf> = fs::read_dir(data.root())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("app.ron.broken-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read(&aside[0]).unwrap(), damaged, "kept for the user");
    assert!(notice.contains(&aside[0].display().to_string()), "{notice}");

    let app = CrmRoiApp::start(Some(&data), &english(), None, Some(notice));
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CrmRoiApp| app.show(ui), app);
    harness.run();
    harness.get_by_label_contains("The last session could not be restored");

    // A readable one is left alone.
    fs::write(data.settings_file(), "{\"crm-roi\":\"(last_file:None)\"}").unwrap();
    assert_eq!(set_aside_broken_settings(&data), None);
}

#[cfg(unix)]
#[test]
fn a_pipe_in_place_of_the_settings_file_does_not_hang_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path());
    let made = std::process::Command::new("mkfifo")
        .arg(data.settings_file())
        .status()
        .unwrap();
    assert!(made.success());
    let notice = set_aside_broken_settings(&data).unwrap();
    assert!(notice.contains("not a regular file"), "{notice}");
}
