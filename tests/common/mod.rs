//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;
use std::str::FromStr;

use rust_decimal::Decimal;

pub fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).expect("a decimal literal in a test")
}

/// The example scenarios shipped in `assets/scenarios/`.
pub fn example_scenarios() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("assets/scenarios exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

pub fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("assets/scenarios")
        .join(name)
}

fn cli_output(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_crm-roi"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        // English whatever the machine's language, unless a test asks for another.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .output()
        .expect("the crm-roi binary runs")
}

/// Runs `crm-roi` with `args` from the crate's folder; returns standard output, failing the
/// test (with standard error) if the command failed.
pub fn run_cli(args: &[&str]) -> String {
    let output = cli_output(args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// Runs `crm-roi` with `args` and checks it is refused: a failure status, a message on
/// standard error and nothing on standard output (so a pipe never gets half a report).
pub fn assert_cli_refuses(args: &[&str]) {
    let output = cli_output(args);
    assert!(!output.status.success(), "{args:?}");
    assert!(output.stdout.is_empty(), "{args:?}");
    assert!(!output.stderr.is_empty(), "{args:?}");
}

/// The window with `app` at `size` (logical pixels), driven by egui_kittest, after its first
/// frames.
pub fn window(
    app: crm_roi::app::CrmRoiApp,
    size: [f32; 2],
) -> egui_kittest::Harness<'static, crm_roi::app::CrmRoiApp> {
    let mut harness = egui_kittest::Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut crm_roi::app::CrmRoiApp| app.show(ui), app);
    harness.run();
    harness
}
