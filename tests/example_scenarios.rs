//! Every shipped example scenario loads and reports in every format.

mod common;

use std::process::Command;

use crm_roi::files::load_scenario;
use crm_roi::project;

#[test]
fn examples_load_and_project() {
    let files = common::example_scenarios();
    assert!(files.len() >= 5, "{files:?}");
    for file in files {
        let scenario = load_scenario(&file).unwrap_or_else(|e| panic!("{e}"));
        let projection = project(&scenario).unwrap();
        assert_eq!(
            projection.months.len(),
            scenario.horizon_months as usize + 1
        );
    }
}

#[test]
fn examples_report_in_every_format() {
    for file in common::example_scenarios() {
        for format in ["table", "csv", "json", "md"] {
            let output = Command::new(env!("CARGO_BIN_EXE_crm-roi"))
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env("LANG", "C.UTF-8")
                .arg("report")
                .arg(&file)
                .args(["--format", format])
                .output()
                .unwrap();
            assert!(output.status.success(), "{file:?} {format}");
            assert!(output.stderr.is_empty(), "{file:?} {format}");
            assert!(!output.stdout.is_empty());
        }
    }
}
