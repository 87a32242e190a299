//! The years table (SPEC §3, "The years"): Initial, Year 1…n, Total and Present value, with a
//! row per gain driver and cost kind, the totals and the net, as a board reads a business case.
//! One arrangement of the projection's years for the window, the reports and `--format years`.

use std::fmt::Write as _;

use rust_decimal::Decimal;

use crate::locale::format::{grouped, grouped_natural, money, percent};
use crate::locale::terms;
use crate::model::projection::{CostBreakdown, GainBreakdown, Projection};
use crate::model::scenario::Scenario;
use crate::tr;

/// What a row of the table is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowStyle {
    /// A gain driver or a cost kind.
    Part,
    /// Total gains or total costs.
    Subtotal,
    /// The net: gains − costs.
    Net,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearsRow {
    pub label: String,
    pub style: RowStyle,
    /// One value per period, then the total, then the present value.
    pub values: Vec<Decimal>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearsTable {
    /// The column headings after the row labels: `Initial`, `Year 1`, …, `Total`,
    /// `Present value`.
    pub columns: Vec<String>,
    /// Gains (parts, then the total), costs (parts, then the total), net.
    pub rows: Vec<YearsRow>,
    /// The discounting convention, and the NPV and ROI it gives.
    pub footnote: String,
}

/// A column heading per period: `Initial`, `Year 1`, and a last, shorter year with its
/// months (`Year 2 (months 13–18)`).
fn period_heading(year: u32, first: u32, last: u32) -> String {
    match year {
        0 => tr!("report-initial"),
        _ if last - first + 1 < 12 => tr!(
            "report-years-part-year",
            year = i64::from(year),
            first = i64::from(first),
            last = i64::from(last),
        ),
        _ => tr!("report-years-year", year = i64::from(year)),
    }
}

pub fn years_table(scenario: &Scenario, projection: &Projection) -> YearsTable {
    let years = &projection.years;
    let mut columns: Vec<String> = years
        .periods
        .iter()
        .map(|p| period_heading(p.year, p.first_month, p.last_month))
        .collect();
    columns.push(tr!("report-years-total"));
    columns.push(tr!("report-years-present-value"));

    // Per period, then the total, then the present value.
    let row_of = |per_period: &dyn Fn(usize) -> Decimal, total: Decimal, pv: Decimal| {
        let mut values: Vec<Decimal> = (0..years.periods.len()).map(per_period).collect();
        values.push(total);
        values.push(pv);
        values
    };
    // The parts by driver and kind; an arithmetic error leaves them out (the totals and the
    // net are still the projection's).
    let parts = years.parts(&projection.months).unwrap_or_default();
    let part = |period: usize| parts.periods.get(period).copied().unwrap_or_default();
    let mut rows = Vec::new();
    push_parts(
        &mut rows,
        GainBreakdown::LABELS.len(),
        terms::gain_part,
        |i| {
            row_of(
                &|p| part(p).0.as_array()[i],
                parts.total.0.as_array()[i],
                parts.present_value.0.as_array()[i],
            )
        },
    );
    rows.push(YearsRow {
        label: tr!("report-years-total-gains"),
        style: RowStyle::Subtotal,
        values: row_of(
            &|p| years.periods[p].gain,
            projection.summary.total_gain,
            years.pv_gains,
        ),
    });
    push_parts(
        &mut rows,
        CostBreakdown::LABELS.len(),
        terms::cost_part,
        |i| {
            row_of(
                &|p| part(p).1.as_array()[i],
                parts.total.1.as_array()[i],
                parts.present_value.1.as_array()[i],
            )
        },
    );
    rows.push(YearsRow {
        label: tr!("report-years-total-costs"),
        style: RowStyle::Subtotal,
        values: row_of(
            &|p| years.periods[p].cost,
            projection.summary.total_cost,
            years.pv_costs,
        ),
    });
    rows.push(YearsRow {
        label: tr!("report-net"),
        style: RowStyle::Net,
        values: row_of(
            &|p| years.periods[p].net,
            projection.summary.net_gain,
            years.npv,
        ),
    });
    let footnote = tr!(
        "report-years-footnote",
        rate = grouped_natural(scenario.finance.discount_rate_annual_pct),
        npv = money(years.npv, &scenario.currency),
        roi = percent(years.roi_pct),
        headline_npv = money(projection.summary.npv, &scenario.currency),
    );
    YearsTable {
        columns,
        rows,
        footnote,
    }
}

/// A row per part (gain driver or cost kind), leaving out the parts that are zero everywhere:
/// a case without customers or lines keeps the rows it has.
fn push_parts(
    rows: &mut Vec<YearsRow>,
    count: usize,
    label: impl Fn(usize) -> String,
    values: impl Fn(usize) -> Vec<Decimal>,
) {
    for index in 0..count {
        let values = values(index);
        if values.iter().any(|v| !v.is_zero()) {
            rows.push(YearsRow {
                label: label(index),
                style: RowStyle::Part,
                values,
            });
        }
    }
}

/// The years table as aligned text, for a terminal (`crm-roi report --format years`).
pub fn years_text(scenario: &Scenario, projection: &Projection) -> String {
    let table = years_table(scenario, projection);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}\n",
        tr!(
            "report-years-title",
            name = scenario.name.as_str(),
            currency = scenario.currency.as_str(),
        )
    );
    let header: Vec<String> = std::iter::once(String::new())
        .chain(table.columns.iter().cloned())
        .collect();
    let body: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|row| {
            let label = match row.style {
                RowStyle::Part => format!("  {}", row.label),
                _ => row.label.clone(),
            };
            std::iter::once(label)
                .chain(row.values.iter().map(|v| grouped(*v, 2)))
                .collect()
        })
        .collect();
    super::analysis::write_table(&mut out, &header, &body);
    let _ = writeln!(out, "\n{}", table.footnote);
    out
}

/// The years table in Markdown.
pub fn years_markdown(out: &mut String, scenario: &Scenario, projection: &Projection) {
    let table = years_table(scenario, projection);
    let _ = writeln!(
        out,
        "## {}\n",
        tr!(
            "report-years-heading",
            currency = scenario.currency.as_str(),
        )
    );
    let _ = writeln!(out, "| | {} |", table.columns.join(" | "));
    let _ = writeln!(out, "|:--|{}", "--:|".repeat(table.columns.len()));
    for row in &table.rows {
        let cells: Vec<String> = row.values.iter().map(|v| grouped(*v, 2)).collect();
        let (label, cells) = match row.style {
            RowStyle::Part => (row.label.clone(), cells),
            _ => (
                format!("**{}**", row.label),
                cells.iter().map(|c| format!("**{c}**")).collect(),
            ),
        };
        let _ = writeln!(out, "| {label} | {} |", cells.join(" | "));
    }
    let _ = writeln!(out, "\n{}\n", table.footnote);
}
