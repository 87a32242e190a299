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
    let mut out = String::new();
    out.push_str(&csv_header().join(","));
    out.push('\n');
    for month in &projection.months {
        let mut cells = vec![month.month.to_string()];
        cells.extend(money_columns(month).into_iter().map(plain));
        cells.push(month.roi_pct.map(plain).unwrap_or_default());
        cells.extend(month.gains.as_array().into_iter().map(plain));
        cells.extend(month.costs.as_array().into_iter().map(plain));
        let _ = writeln!(out, "{}", cells.join(","));
    }
    out
}
