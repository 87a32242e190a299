use std::fmt::Write as _;

use super::{MONTH_COLUMNS, money_columns};
use crate::locale::format::plain;
use crate::model::projection::{CostBreakdown, GainBreakdown, Projection};

/// The CSV header: the month columns, then each gain driver and each cost kind under its own
/// name (SPEC §4).
pub fn csv_header() -> Vec<&'static str> {
    MONTH_COLUMNS
        .iter()
        .chain(GainBreakdown::NAMES.iter())
        .chain(CostBreakdown::NAMES.iter())
        .copied()
        .collect()
}

/// One row per month, a header row, `.` as decimal separator, amounts rounded to cents.
/// A month with no ROI (nothing spent yet) has an empty `roi_pct` cell.
pub fn csv(projection: &Projection) -> String {
    csv_with(projection, ',', '.')
}

/// The same table for a spreadsheet in `lang`: where the language writes a decimal comma,
/// cells are separated by `;` and decimals by `,` (what Excel and LibreOffice expect there);
/// elsewhere it is [`csv`]. Columns and their names are the same.
pub fn spreadsheet_csv(projection: &Projection, lang: crate::locale::Lang) -> String {
    match crate::locale::numbers::decimal_separator(lang) {
        ',' => csv_with(projection, ';', ','),
        _ => csv(projection),
    }
}

fn csv_with(projection: &Projection, separator: char, decimal: char) -> String {
    let cell = |value: rust_decimal::Decimal| {
        let text = plain(value);
        if decimal == '.' {
            text
        } else {
            text.replace('.', &decimal.to_string())
        }
    };
    let mut out = String::new();
    out.push_str(&csv_header().join(&separator.to_string()));
    out.push('\n');
    for month in &projection.months {
        let mut cells = vec![month.month.to_string()];
        cells.extend(money_columns(month).into_iter().map(cell));
        cells.push(month.roi_pct.map(cell).unwrap_or_default());
        cells.extend(month.gains.as_array().into_iter().map(cell));
        cells.extend(month.costs.as_array().into_iter().map(cell));
        let _ = writeln!(out, "{}", cells.join(&separator.to_string()));
    }
    out
}
