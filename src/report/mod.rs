//! Renderings of a projection for the command line and exports. All of them read the one
//! [`Projection`]; none computes money of its own.

pub mod analysis;
pub mod axis;
mod csv;
pub mod html;
mod json;
mod markdown;
pub mod png;
pub mod svg;
mod table;
pub mod tracking;
pub mod years;

use rust_decimal::Decimal;

use crate::locale::terms;
use crate::model::plausibility::Note;
use crate::model::projection::{Month, Projection};
use crate::model::scenario::Scenario;
use crate::model::scenario::{Line, LineKind, Per};
use crate::tr;

pub use self::csv::{csv, csv_header, spreadsheet_csv};
pub use self::json::{json, scenario_fields, summary_json, years_json};
pub use self::markdown::markdown;
pub use self::table::table;

/// The output formats of `crm-roi report`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for a terminal.
    Table,
    Csv,
    Json,
    /// Markdown, for pasting into a wiki or an e-mail.
    Md,
    /// The one-page report: self-contained HTML with SVG charts, for printing or attaching.
    Html,
    /// The business case by year: Initial, Year 1…, Total and Present value.
    Years,
}

/// Renders a projection of `scenario` in `format`.
pub fn render(scenario: &Scenario, projection: &Projection, format: Format) -> String {
    match format {
        Format::Table => table(scenario, projection),
        Format::Csv => csv(projection),
        Format::Json => json(scenario, projection),
        Format::Md => markdown(scenario, projection),
        Format::Html => html::html_report(scenario, projection, &html::today()),
        Format::Years => years::years_text(scenario, projection),
    }
}

/// Text a user typed, made safe for a terminal: control characters (escape sequences that
/// clear the screen or set the window title, stray carriage returns) are dropped.
pub fn terminal_text(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

/// Text a user typed, made safe inside Markdown: on one line (a newline would end a table
/// row or start a heading), with Markdown's punctuation and HTML's angle brackets escaped, so
/// a name cannot add a table, a link or raw HTML.
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.'
            | '!' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// An extra line's kind as a user reads it.
pub fn line_kind_text(kind: LineKind) -> String {
    match kind {
        LineKind::Gain => tr!("report-gain"),
        LineKind::Cost => tr!("report-cost"),
    }
}

/// How often an extra line's amount counts.
pub fn line_per_text(per: Per) -> String {
    match per {
        Per::Once => tr!("report-line-per-once"),
        Per::Month => tr!("report-line-per-month"),
        Per::Year => tr!("report-line-per-year"),
    }
}

/// The months an extra line counts in: `month 0`, `months 1–24`, `from month 3`.
pub fn line_months_text(line: &Line, horizon_months: u32) -> String {
    let from = i64::from(line.from_month);
    match (line.per, line.to_month) {
        (Per::Once, _) => tr!("report-line-month", month = from),
        (_, Some(to)) => tr!(
            "report-line-months",
            from = from,
            to = i64::from(to.min(horizon_months)),
        ),
        (_, None) => tr!(
            "report-line-months",
            from = from,
            to = i64::from(horizon_months),
        ),
    }
}

/// Colours of the gain drivers in [`crate::model::projection::GainBreakdown::NAMES`] order, as
/// red, green and blue: one table for the window's charts and the report's, so a driver has one
/// colour everywhere.
pub const GAIN_COLOURS: [(u8, u8, u8); 8] = [
    (66, 133, 244),
    (52, 168, 83),
    (251, 188, 5),
    (171, 71, 188),
    (0, 172, 193),
    (255, 112, 67),
    (124, 179, 66),
    (141, 110, 99),
];

/// Colours of the cost kinds in [`crate::model::projection::CostBreakdown::NAMES`] order.
pub const COST_COLOURS: [(u8, u8, u8); 4] = [
    (234, 67, 53),
    (255, 167, 38),
    (120, 144, 156),
    (194, 24, 91),
];

/// A colour as `#rrggbb`, for SVG.
pub fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The plausibility notes of a projection as sentences (see [`note_text`]).
pub fn notes(scenario: &Scenario, projection: &Projection) -> Vec<String> {
    crate::model::plausibility::notes(scenario, projection)
        .iter()
        .map(|note| note_text(note, scenario))
        .collect()
}

/// A plausibility note as one quiet sentence that names the assumption behind the figure.
pub fn note_text(note: &Note, scenario: &Scenario) -> String {
    use crate::locale::format::{grouped, grouped_natural, money, percent};
    let currency = scenario.currency.as_str();
    match note {
        Note::HighRoi {
            roi_pct,
            largest,
            largest_share_pct,
        } => {
            let text = tr!("report-notes-high-roi", roi = percent(Some(*roi_pct)));
            let cause = largest.map(|(index, driver)| {
                let share = grouped(*largest_share_pct, 0);
                match driver {
                    Some(driver) => tr!(
                        "report-notes-high-roi-driver",
                        share = share,
                        part = terms::gain_part(index).to_lowercase(),
                        driver = terms::driver_label(driver),
                        value = crate::locale::format::driver_value(
                            driver,
                            driver.get(scenario),
                            None,
                            currency
                        ),
                    ),
                    None => tr!("report-notes-high-roi-lines", share = share),
                }
            });
            match cause {
                Some(cause) => format!("{text} {cause}"),
                None => text,
            }
        }
        Note::FastPayback {
            one_time_cost,
            first_month_gain,
            ..
        } if one_time_cost.is_zero() => tr!(
            "report-notes-payback-no-cost",
            gain = money(*first_month_gain, currency),
        ),
        Note::FastPayback {
            one_time_cost,
            first_month_gain,
            ..
        } => tr!(
            "report-notes-fast-payback",
            gain = money(*first_month_gain, currency),
            cost = money(*one_time_cost, currency),
        ),
        Note::GainAboveBaselineRevenue {
            monthly_gain,
            baseline_revenue,
        } => tr!(
            "report-notes-gain-above-revenue",
            gain = money(*monthly_gain, currency),
            revenue = money(*baseline_revenue, currency),
        ),
        Note::TimeSavedCounted {
            monthly_value,
            share_pct,
        } => tr!(
            "report-notes-time-saved",
            value = money(*monthly_value, currency),
            share = grouped_natural(crate::locale::format::round_to(*share_pct, 0)),
        ),
    }
}

/// Column names of the monthly rows, shared by the CSV header and the JSON keys.
pub const MONTH_COLUMNS: [&str; 8] = [
    "month",
    "cost",
    "gain",
    "net",
    "cumulative_cost",
    "cumulative_gain",
    "cumulative_net",
    "roi_pct",
];

/// The money columns of a month, in [`MONTH_COLUMNS`] order after `month`.
pub fn money_columns(month: &Month) -> [Decimal; 6] {
    [
        month.cost,
        month.gain,
        month.net,
        month.cumulative_cost,
        month.cumulative_gain,
        month.cumulative_net,
    ]
}

/// The headline figures as (label, formatted value), shared by the table and Markdown reports.
fn summary_lines(scenario: &Scenario, projection: &Projection) -> Vec<(String, String)> {
    use crate::locale::format::{money, payback, percent};
    let summary = &projection.summary;
    let currency = scenario.currency.as_str();
    vec![
        (tr!("report-horizon"), horizon_text(scenario.horizon_months)),
        (
            tr!("report-total-cost"),
            money(summary.total_cost, currency),
        ),
        (
            tr!("report-total-gain"),
            money(summary.total_gain, currency),
        ),
        (tr!("report-net-gain"), money(summary.net_gain, currency)),
        (tr!("report-roi"), percent(summary.roi_pct)),
        (
            tr!("report-payback"),
            payback(summary.payback_months, scenario.horizon_months),
        ),
        (tr!("report-npv"), money(summary.npv, currency)),
        (
            tr!("report-discounted-roi"),
            percent(summary.discounted_roi_pct),
        ),
        (
            tr!("report-monthly-gain-full-adoption"),
            money(summary.monthly_gain_at_full_adoption, currency),
        ),
        (
            tr!("report-monthly-net-full-adoption"),
            money(summary.monthly_net_at_full_adoption, currency),
        ),
        (
            tr!("report-new-sales-cycle"),
            tr!(
                "report-days",
                days = crate::locale::format::grouped(summary.new_sales_cycle_days, 1),
            ),
        ),
    ]
}

/// A horizon as a user reads it: `24 months`.
pub fn horizon_text(horizon_months: u32) -> String {
    tr!("report-horizon-months", count = i64::from(horizon_months))
}

/// Headers of the monthly table as people read it (the window's table and the reports).
pub fn month_headers() -> [String; 8] {
    [
        tr!("report-col-month"),
        tr!("report-col-cost"),
        tr!("report-col-gain"),
        tr!("report-col-net"),
        tr!("report-col-cumulative-cost"),
        tr!("report-col-cumulative-gain"),
        tr!("report-col-cumulative-net"),
        tr!("report-col-roi"),
    ]
}

/// Header and cells of the monthly table as people read it (grouped amounts).
fn readable_rows(projection: &Projection) -> (Vec<String>, Vec<Vec<String>>) {
    use crate::locale::format::{grouped, percent};
    let header = month_headers().to_vec();
    let rows = projection
        .months
        .iter()
        .map(|month| {
            let mut cells = vec![month.month.to_string()];
            cells.extend(money_columns(month).into_iter().map(|v| grouped(v, 2)));
            cells.push(percent(month.roi_pct));
            cells
        })
        .collect();
    (header, rows)
}
