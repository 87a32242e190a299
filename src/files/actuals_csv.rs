//! Measured months from a spreadsheet or a CRM's export (SPEC §6): a CSV whose header names
//! the measures (`month` required, any subset of the others, any order), merged into the
//! scenario's actuals. The window's *Import CSV…* and `crm-roi actuals import` use this code.
//!
//! A bad cell is refused with its row (as a spreadsheet numbers them, the header being row 1),
//! its column and the reason; nothing is merged then.

use std::path::{Path, PathBuf};

use rust_decimal::Decimal;
use thiserror::Error;

use super::bounded::{ReadError, read_bounded, without_bom};
use super::{FileError, load_scenario, save_scenario};
use crate::model::actuals::{ActualMonth, Actuals, Measure};
use crate::model::driver::MONEY_MAX;
use crate::model::scenario::{Scenario, clip};

/// Why a CSV of measured months was refused.
#[derive(Debug, Error)]
pub enum CsvError {
    #[error("{path}: {reason}")]
    Read { path: PathBuf, reason: ReadError },
    #[error("{path}: {place}{reason}")]
    Cell {
        path: PathBuf,
        place: Place,
        reason: String,
    },
}

/// Where in the file a problem is.
#[derive(Debug, Default)]
pub struct Place {
    /// 1 is the header.
    pub row: Option<usize>,
    /// 1-based, and the column's name when known.
    pub column: Option<(usize, String)>,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(row) = self.row {
            write!(f, "row {row}")?;
            if self.column.is_some() {
                f.write_str(", ")?;
            }
        }
        if let Some((index, name)) = &self.column {
            if name.is_empty() {
                write!(f, "column {index}")?;
            } else {
                write!(f, "column {index} ({name})")?;
            }
        }
        if self.row.is_some() || self.column.is_some() {
            f.write_str(": ")?;
        }
        Ok(())
    }
}

/// Why `crm-roi actuals import` did not change the scenario.
#[derive(Debug, Error)]
pub enum ImportError {
    #[error(transparent)]
    Scenario(#[from] FileError),
    #[error(transparent)]
    Csv(#[from] CsvError),
}

/// What an import did, for its report.
#[derive(Debug, PartialEq, Eq)]
pub struct Imported {
    /// The months the CSV measured, in order.
    pub months: Vec<u32>,
    /// Months the CSV had with no measure at all (their entries are removed).
    pub cleared: Vec<u32>,
}

/// Reads the measured months of the CSV at `path` for a scenario of `horizon_months`.
pub fn read_actuals_csv(path: &Path, horizon_months: u32) -> Result<Vec<ActualMonth>, CsvError> {
    let bytes = read_bounded(path).map_err(|reason| CsvError::Read {
        path: path.to_owned(),
        reason,
    })?;
    parse_actuals_csv(&bytes, path, horizon_months)
}

/// The separator between cells: `;` when the header uses it (spreadsheets in languages with a
/// decimal comma), a tab when it uses that, otherwise `,`.
fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    if header.contains(';') {
        b';'
    } else if header.contains('\t') {
        b'\t'
    } else {
        b','
    }
}

/// A cell or header quoted in a message, clipped (a hostile file's cell may be megabytes).
fn quoted(text: &str) -> String {
    format!("{:?}", clip(text, 40))
}

/// Parses CSV bytes; `path` only names the source in messages.
pub fn parse_actuals_csv(
    bytes: &[u8],
    path: &Path,
    horizon_months: u32,
) -> Result<Vec<ActualMonth>, CsvError> {
    let refuse =
        |row: Option<usize>, column: Option<(usize, String)>, reason: String| CsvError::Cell {
            path: path.to_owned(),
            place: Place { row, column },
            reason,
        };
    let bytes = without_bom(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| {
        refuse(
            None,
            None,
            "the file is not UTF-8 text (save it as \"CSV UTF-8\")".into(),
        )
    })?;
    let separator = delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(true)
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| refuse(Some(1), None, e.to_string()))?
        .clone();
    // Each column: the measure it holds, or None for `month`.
    let mut columns: Vec<Option<Measure>> = Vec::with_capacity(headers.len());
    let mut month_column = None;
    for (index, name) in headers.iter().enumerate() {
        let place = Some((index + 1, clip(name, 40)));
        let column = if name == "month" {
            None
        } else {
            Some(Measure::from_field_name(name).ok_or_else(|| {
                let known: Vec<&str> = Measure::ALL.iter().map(|m| m.field_name()).collect();
                refuse(
                    Some(1),
                    place.clone(),
                    format!(
                        "unknown column {}; columns are month, {}",
                        quoted(name),
                        known.join(", ")
                    ),
                )
            })?)
        };
        if columns.contains(&column) {
            return Err(refuse(
                Some(1),
                place,
                format!("the column {} appears twice", quoted(name)),
            ));
        }
        if column.is_none() {
            month_column = Some(index);
        }
        columns.push(column);
    }
    let month_column = month_column.ok_or_else(|| {
        refuse(
            Some(1),
            None,
            "there is no \"month\" column: the header must name it".into(),
        )
    })?;
    let mut decimal_comma: Option<(bool, usize, usize)> = None;
    let mut months: Vec<(ActualMonth, usize)> = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = record.map_err(|e| {
            refuse(
                Some(row),
                None,
                match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("has {len} cells, the header has {expected_len}"),
                    _ => e.to_string(),
                },
            )
        })?;
        let mut entry = ActualMonth::default();
        for (column, (cell, measure)) in record.iter().zip(&columns).enumerate() {
            let place = || Some((column + 1, clip(headers.get(column).unwrap_or(""), 40)));
            if column == month_column {
                entry.month = parse_month(cell, horizon_months)
                    .map_err(|reason| refuse(Some(row), place(), reason))?;
                continue;
            }
            let Some(measure) = measure else { continue };
            if cell.is_empty() {
                continue;
            }
            // `.` or `,` as the decimal separator, as long as the file is consistent.
            let comma = cell.contains(',');
            if comma && separator == b',' {
                return Err(refuse(
                    Some(row),
                    place(),
                    format!("{} has a comma inside a comma-separated file", quoted(cell)),
                ));
            }
            if comma || cell.contains('.') {
                match decimal_comma {
                    None => decimal_comma = Some((comma, row, column + 1)),
                    Some((first, first_row, first_column)) if first != comma => {
                        return Err(refuse(
                            Some(row),
                            place(),
                            format!(
                                "{} uses {:?} as the decimal separator, but row {first_row}, \
                                 column {first_column} uses {:?}: use one throughout the file",
                                quoted(cell),
                                if comma { ',' } else { '.' },
                                if first { ',' } else { '.' }
                            ),
                        ));
                    }
                    _ => {}
                }
            }
            let value = parse_value(&cell.replace(',', ".")).map_err(|reason| {
                refuse(Some(row), place(), format!("{} {reason}", quoted(cell)))
            })?;
            measure.set(&mut entry, Some(value));
        }
        if let Some((_, first_row)) = months.iter().find(|(m, _)| m.month == entry.month) {
            return Err(refuse(
                Some(row),
                Some((month_column + 1, "month".into())),
                format!(
                    "month {} appears twice (also in row {first_row})",
                    entry.month
                ),
            ));
        }
        months.push((entry, row));
    }
    let mut months: Vec<ActualMonth> = months.into_iter().map(|(m, _)| m).collect();
    months.sort_by_key(|m| m.month);
    Ok(months)
}

fn parse_month(cell: &str, horizon_months: u32) -> Result<u32, String> {
    let month: u32 = cell.parse().map_err(|_| {
        if cell.is_empty() {
            "the month is empty".to_owned()
        } else {
            format!("{} is not a month number", quoted(cell))
        }
    })?;
    if (1..=horizon_months).contains(&month) {
        Ok(month)
    } else {
        Err(format!(
            "month {month} is outside the horizon, months 1 to {horizon_months}"
        ))
    }
}

fn parse_value(text: &str) -> Result<Decimal, String> {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'))
        && text.matches('.').count() <= 1;
    let value: Decimal = if plain {
        text.parse()
            .map_err(|_| "is not a number (write numbers without thousands separators)")?
    } else {
        return Err("is not a number (write numbers without thousands separators)".into());
    };
    if value < Decimal::ZERO {
        return Err("is negative: measures are counts and amounts, 0 or more".into());
    }
    if value > Decimal::from(MONEY_MAX) {
        return Err(format!("is larger than the limit of {MONEY_MAX}"));
    }
    Ok(value)
}

/// Merges measured months into `actuals`: a month in `months` replaces that month's entry; a
/// month with no measure at all removes it. Returns what changed.
pub fn merge(actuals: &mut Actuals, months: Vec<ActualMonth>) -> Imported {
    let mut imported = Imported {
        months: Vec::new(),
        cleared: Vec::new(),
    };
    for entry in months {
        actuals.months.retain(|m| m.month != entry.month);
        if entry.is_empty() {
            imported.cleared.push(entry.month);
        } else {
            imported.months.push(entry.month);
            actuals.months.push(entry);
        }
    }
    actuals.months.sort_by_key(|m| m.month);
    imported
}

/// `scenario` with the CSV's months merged in (a copy: the caller decides to keep it).
pub fn with_imported(scenario: &Scenario, months: Vec<ActualMonth>) -> (Scenario, Imported) {
    let mut merged = scenario.clone();
    let imported = merge(merged.actuals.get_or_insert_with(Actuals::default), months);
    (merged, imported)
}

/// `crm-roi actuals import`: reads the scenario and the CSV, merges, checks the result and
/// saves it atomically. On any problem the scenario file is left as it was.
pub fn import_actuals(scenario_path: &Path, csv_path: &Path) -> Result<Imported, ImportError> {
    let scenario = load_scenario(scenario_path)?;
    let months = read_actuals_csv(csv_path, scenario.horizon_months)?;
    let (merged, imported) = with_imported(&scenario, months);
    merged.validate().map_err(|errors| FileError::Invalid {
        path: scenario_path.to_owned(),
        errors,
    })?;
    save_scenario(scenario_path, &merged)?;
    Ok(imported)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<ActualMonth>, String> {
        parse_actuals_csv(text.as_bytes(), Path::new("m.csv"), 12).map_err(|e| e.to_string())
    }

    #[test]
    fn columns_in_any_order_and_a_subset() {
        let months = parse("crm_cost,month,revenue\n1450,2,108500\n,1,103000.5\n").unwrap();
        assert_eq!(months.len(), 2);
        assert_eq!(months[0].month, 1);
        assert_eq!(months[0].revenue, Some("103000.5".parse().unwrap()));
        assert_eq!(months[0].crm_cost, None);
        assert_eq!(months[1].crm_cost, Some(Decimal::from(1450)));
    }

    #[test]
    fn a_decimal_comma_with_semicolons() {
        let months =
            parse("month;revenue;hours_saved_per_rep_per_week\r\n1;103000,50;1,5\r\n").unwrap();
        assert_eq!(months[0].revenue, Some("103000.50".parse().unwrap()));
        assert_eq!(
            months[0].hours_saved_per_rep_per_week,
            Some("1.5".parse().unwrap())
        );
        let mixed = parse("month;revenue\n1;100,5\n2;100.5\n").unwrap_err();
        assert!(mixed.contains("row 3, column 2 (revenue)"), "{mixed}");
    }

    #[test]
    fn bad_cells_are_named_by_row_and_column() {
        let cases = [
            (
                "month,revenue\n1,lots\n",
                "row 2, column 2 (revenue): \"lots\" is not a number",
            ),
            (
                "month,revenue\n1,-5\n",
                "row 2, column 2 (revenue): \"-5\" is negative",
            ),
            (
                "month,revenue\n13,5\n",
                "row 2, column 1 (month): month 13 is outside",
            ),
            (
                "month,revenue\n3,5\n3,6\n",
                "row 3, column 1 (month): month 3 appears twice (also in row 2)",
            ),
            (
                "month,revenu\n1,5\n",
                "row 1, column 2 (revenu): unknown column",
            ),
            ("revenue\n5\n", "row 1: there is no \"month\" column"),
            ("month,revenue\n1\n", "row 2: has 1 cells, the header has 2"),
            (
                "month,revenue\n1,\"1,000\"\n",
                "comma inside a comma-separated file",
            ),
        ];
        for (text, expected) in cases {
            let message = parse(text).unwrap_err();
            assert!(message.starts_with("m.csv: "), "{message}");
            assert!(message.contains(expected), "{text:?}: {message}");
        }
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let months = parse("\u{feff}month,revenue\n1,5\n").unwrap();
        assert_eq!(months[0].revenue, Some(Decimal::from(5)));
    }
}
