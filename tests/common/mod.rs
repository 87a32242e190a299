//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;
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
