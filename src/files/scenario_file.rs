//! Scenario files: RON in, RON out. Loading reports the file and, where RON knows it, the line
//! and column of the problem; saving is atomic, so a failed save never damages the old file.

use std::fmt;
use std::path::{Path, PathBuf};

use ron::ser::PrettyConfig;
use serde::Deserialize;
use thiserror::Error;

use super::atomic::write_atomically;
use super::bounded::{ReadError, read_bounded, without_bom};
use crate::model::scenario::{
    FORMAT_VERSION, OLDEST_FORMAT_VERSION, Scenario, ValidationErrors, clip,
};

/// A position in a file, 1-based as editors show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// Why a scenario could not be read or written. Every variant names the file.
#[derive(Debug, Error)]
pub enum FileError {
    #[error("{path}: {reason}")]
    Read { path: PathBuf, reason: ReadError },
    #[error("{path}: {at}: the file is not UTF-8 text (is it a scenario file?)")]
    NotText { path: PathBuf, at: Position },
    #[error("{path}: {at}: {message}")]
    Syntax {
        path: PathBuf,
        at: Position,
        message: String,
    },
    #[error(
        "{path}: scenario format version {version} is newer than this build of crm-roi reads \
         (versions {OLDEST_FORMAT_VERSION} to {FORMAT_VERSION}); a newer crm-roi opens it"
    )]
    NewerVersion { path: PathBuf, version: u64 },
    #[error(
        "{path}: scenario format version {version} does not exist (versions are \
         {OLDEST_FORMAT_VERSION} to {FORMAT_VERSION})"
    )]
    UnknownVersion { path: PathBuf, version: u64 },
    #[error("{path}: {errors}")]
    Invalid {
        path: PathBuf,
        errors: ValidationErrors,
    },
    #[error("{path}: cannot save: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: cannot save: {message}")]
    Encode { path: PathBuf, message: String },
}

impl FileError {
    /// Where in the file the problem is, when known.
    pub fn position(&self) -> Option<Position> {
        match self {
            FileError::NotText { at, .. } | FileError::Syntax { at, .. } => Some(*at),
            _ => None,
        }
    }
}

/// Reads a scenario from disk and validates it.
pub fn load_scenario(path: &Path) -> Result<Scenario, FileError> {
    let bytes = read_bounded(path).map_err(|reason| FileError::Read {
        path: path.to_owned(),
        reason,
    })?;
    parse_scenario(&bytes, path)
}

/// Parses and validates scenario bytes; `path` only names the source in messages.
pub fn parse_scenario(bytes: &[u8], path: &Path) -> Result<Scenario, FileError> {
    let bytes = without_bom(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| FileError::NotText {
        path: path.to_owned(),
        at: position_of_offset(bytes, e.valid_up_to()),
    })?;
    check_version(text, path)?;
    // `to_month: 24` and `to_month: Some(24)` both read (SPEC §2).
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let scenario: Scenario = options.from_str(text).map_err(|e| {
        let at = Position {
            line: e.span.start.line,
            column: e.span.start.col,
        };
        // Clipped: RON quotes what it found, which a hostile file makes megabytes long.
        let found = clip(&e.code.to_string(), 300);
        let message = match field_at(text, at) {
            Some(field) => format!("{}: {found}", clip(field, 40)),
            None => found,
        };
        FileError::Syntax {
            path: path.to_owned(),
            at,
            message,
        }
    })?;
    scenario.validate().map_err(|errors| FileError::Invalid {
        path: path.to_owned(),
        errors,
    })?;
    // An older file is now a version-2 scenario: its new fields took their defaults, which add
    // nothing, and saving writes version 2.
    let mut scenario = scenario;
    scenario.version = FORMAT_VERSION;
    Ok(scenario)
}

/// Refuses a newer format before the field check can report its new fields as "unknown",
/// which would hide the real reason.
fn check_version(text: &str, path: &Path) -> Result<(), FileError> {
    #[derive(Deserialize)]
    struct VersionOnly {
        #[serde(default = "current_version")]
        version: u64,
    }
    fn current_version() -> u64 {
        FORMAT_VERSION.into()
    }
    match ron::from_str::<VersionOnly>(text) {
        Ok(VersionOnly { version }) if version > u64::from(FORMAT_VERSION) => {
            Err(FileError::NewerVersion {
                path: path.to_owned(),
                version,
            })
        }
        Ok(VersionOnly { version }) if version < u64::from(OLDEST_FORMAT_VERSION) => {
            Err(FileError::UnknownVersion {
                path: path.to_owned(),
                version,
            })
        }
        // Anything else, syntax errors included, is reported by the full parse.
        _ => Ok(()),
    }
}

/// The field whose value is at `at`: the last `name:` before it on its line. RON's type
/// errors ("Expected integer") say what was wrong but not where in the scenario.
fn field_at(text: &str, at: Position) -> Option<&str> {
    let line = text.lines().nth(at.line.checked_sub(1)?)?;
    let end = line
        .char_indices()
        .nth(at.column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    let before = &line[..end];
    let colon = before.rfind(':')?;
    let name = before[..colon].trim_end();
    let start = name
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    let name = &name[start..];
    let is_field = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    is_field.then_some(name)
}

fn position_of_offset(bytes: &[u8], offset: usize) -> Position {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    Position {
        line,
        column: offset - line_start + 1,
    }
}

/// The scenario as pretty RON, fields in the spec's order.
pub fn to_ron_string(scenario: &Scenario) -> Result<String, ron::Error> {
    let config = PrettyConfig::new().indentor("    ").struct_names(false);
    let mut text = ron::ser::to_string_pretty(scenario, config)?;
    text.push('\n');
    Ok(text)
}

/// Saves a scenario atomically.
pub fn save_scenario(path: &Path, scenario: &Scenario) -> Result<(), FileError> {
    let text = to_ron_string(scenario).map_err(|e| FileError::Encode {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    write_atomically(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_errors_name_their_field() {
        let text = "(\n    team: (seats: \"ten\"),\n)";
        let at = Position {
            line: 2,
            column: 19,
        };
        assert_eq!(field_at(text, at), Some("seats"));
        assert_eq!(field_at(text, Position { line: 1, column: 1 }), None);
        let error = parse_scenario(text.as_bytes(), Path::new("t.ron")).unwrap_err();
        assert!(
            error.to_string().contains("seats: Expected integer"),
            "{error}"
        );
    }

    #[test]
    fn offsets_become_one_based_positions() {
        let text = b"ab\ncd\nef";
        assert_eq!(position_of_offset(text, 0), Position { line: 1, column: 1 });
        assert_eq!(position_of_offset(text, 4), Position { line: 2, column: 2 });
        assert_eq!(position_of_offset(text, 6), Position { line: 3, column: 1 });
    }
}
