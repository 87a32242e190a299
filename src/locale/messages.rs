//! The errors a user reads in the window, in the language in use. The errors' own `Display`
//! stays English (the command line and the logs); these give the same texts through the
//! catalogue. What comes from elsewhere (the operating system's reason, RON's and the CSV
//! reader's messages, the validation problems, the engine's step names) is passed as it is.

use crate::files::actuals_csv::{CsvError, Place};
use crate::files::bounded::{FILE_LIMIT_BYTES, ReadError};
use crate::files::{FileError, Position};
use crate::model::checked::CalcError;
use crate::model::scenario::{FORMAT_VERSION, OLDEST_FORMAT_VERSION};
use crate::tr;

/// Why a scenario file could not be read or written; names the file.
pub fn file_error(e: &FileError) -> String {
    match e {
        FileError::Read { path, reason } => tr!(
            "error-in-file",
            path = path.display().to_string(),
            reason = read_error(reason)
        ),
        FileError::NotText { path, at } => tr!(
            "error-file-not-text",
            path = path.display().to_string(),
            at = position(*at)
        ),
        FileError::Syntax { path, at, message } => tr!(
            "error-file-syntax",
            path = path.display().to_string(),
            at = position(*at),
            message = message.as_str()
        ),
        FileError::NewerVersion { path, version } => tr!(
            "error-file-newer-version",
            path = path.display().to_string(),
            version = version.to_string(),
            oldest = OLDEST_FORMAT_VERSION.to_string(),
            newest = FORMAT_VERSION.to_string()
        ),
        FileError::UnknownVersion { path, version } => tr!(
            "error-file-unknown-version",
            path = path.display().to_string(),
            version = version.to_string(),
            oldest = OLDEST_FORMAT_VERSION.to_string(),
            newest = FORMAT_VERSION.to_string()
        ),
        FileError::Invalid { path, errors } => tr!(
            "error-in-file",
            path = path.display().to_string(),
            reason = errors.to_string()
        ),
        FileError::Write { path, source } => tr!(
            "error-file-cannot-save",
            path = path.display().to_string(),
            reason = source.to_string()
        ),
        FileError::Encode { path, message } => tr!(
            "error-file-cannot-save",
            path = path.display().to_string(),
            reason = message.as_str()
        ),
    }
}

/// Why a file was not read (without its name).
pub fn read_error(e: &ReadError) -> String {
    match e {
        ReadError::Io(error) => tr!("error-read-io", reason = error.to_string()),
        ReadError::NotARegularFile => tr!("error-read-not-regular-file"),
        ReadError::TooLarge { bytes } => tr!(
            "error-read-too-large",
            size = bytes.div_ceil(1024 * 1024).to_string(),
            limit = (FILE_LIMIT_BYTES / (1024 * 1024)).to_string()
        ),
    }
}

/// A place in a file: `line 3, column 12`.
pub fn position(at: Position) -> String {
    tr!(
        "error-position",
        line = at.line.to_string(),
        column = at.column.to_string()
    )
}

/// Why a CSV of measured months was refused; names the file and, where known, the row and
/// column.
pub fn csv_error(e: &CsvError) -> String {
    match e {
        CsvError::Read { path, reason } => tr!(
            "error-in-file",
            path = path.display().to_string(),
            reason = read_error(reason)
        ),
        CsvError::Cell {
            path,
            place,
            reason,
        } => match csv_place(place) {
            Some(place) => tr!(
                "error-csv-cell",
                path = path.display().to_string(),
                place = place,
                reason = reason.as_str()
            ),
            None => tr!(
                "error-in-file",
                path = path.display().to_string(),
                reason = reason.as_str()
            ),
        },
    }
}

/// Where in a CSV a problem is: `row 3, column 2 (revenue)`; `None` when nowhere in particular.
fn csv_place(place: &Place) -> Option<String> {
    let row = place
        .row
        .map(|row| tr!("error-csv-row", row = row.to_string()));
    let column = place.column.as_ref().map(|(index, name)| {
        if name.is_empty() {
            tr!("error-csv-column", column = index.to_string())
        } else {
            tr!(
                "error-csv-column-named",
                column = index.to_string(),
                name = name.as_str()
            )
        }
    });
    match (row, column) {
        (Some(row), Some(column)) => {
            Some(tr!("error-csv-row-and-column", row = row, column = column))
        }
        (Some(row), None) => Some(row),
        (None, Some(column)) => Some(column),
        (None, None) => None,
    }
}

/// Why a scenario could not be computed.
pub fn calc_error(e: &CalcError) -> String {
    match e {
        CalcError::Invalid(errors) => tr!("error-calc-invalid", errors = errors.to_string()),
        CalcError::Overflow { step } => tr!("error-calc-overflow", step = step.to_string()),
        CalcError::DivisionByZero { step } => {
            tr!("error-calc-division-by-zero", step = step.to_string())
        }
        CalcError::Cancelled => tr!("error-calc-cancelled"),
    }
}
