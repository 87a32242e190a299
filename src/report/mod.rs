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

use crate::model::plausibility::Note;
use crate::model::projection::{GainBreakdown, Month, Projection};
use crate::model::scenario::Scenario;
use crate::model::scenario::{Line, LineKind, Per};

pub use self::csv::{csv, csv_header};
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
pub fn line_kind_text(kind: LineKind) -> &'static str {
    match kind {
        LineKind::Gain => "Gain",
        LineKind::Cost => "Cost",
    }
}

/// How often an extra line's amount counts.
pub fn line_per_text(per: Per) -> &'static str {
    match per {
        Per::Once => "once",
        Per::Month => "a month",
        Per::Year => "a year (a twelfth each month)",
    }
}

/// The months an extra line counts in: `month 0`, `months 1–24`, `from month 3`.
pub fn line_months_text(line: &Line, horizon_months: u32) -> String {
    match (line.per, line.to_month) {
        (Per::Once, _) => format!("month {}", line.from_month),
        (_, Some(to)) => format!("months {}–{}", line.from_month, to.min(horizon_months)),
        (_, None) => format!("months {}–{horizon_months}", line.from_month),
    }
}

/// Colours of the gain drivers in [`GainBreakdown::NAMES`] order, as red, green and blue: one
/// table for the window's charts and the report's, so a driver has one colour everywhere.
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
            let cause = largest.map_or(String::new(), |(index, driver)| {
                let share = grouped(*largest_share_pct, 0);
                let part = GainBreakdown::LABELS[index].to_lowercase();
                match driver {
                    Some(driver) => format!(
                        " Most of it ({share} % of the gain) is {part}, from {} = {}: check \
                         that assumption.",
                        driver.label(),
                        crate::locale::format::driver_value(
                            driver,
                            driver.get(scenario),
                            None,
                            currency
                        )
                    ),
                    None => format!(
                        " Most of it ({share} % of the gain) comes from the extra gain lines: \
                         check them."
                    ),
                }
            });
            format!(
                "An ROI of {} is far above what CRM cases report (a few hundred percent).{cause}",
                percent(Some(*roi_pct))
            )
        }
        Note::FastPayback {
            one_time_cost,
            first_month_gain,
            ..
        } if one_time_cost.is_zero() => format!(
            "Payback is immediate because there is no one-time cost (implementation, training, \
             rollout): the first month already gains {}. Most rollouts cost something up front.",
            money(*first_month_gain, currency)
        ),
        Note::FastPayback {
            one_time_cost,
            first_month_gain,
            ..
        } => format!(
            "Payback within the first month: the first month's gain ({}) already covers the \
             one-time cost ({}).",
            money(*first_month_gain, currency),
            money(*one_time_cost, currency)
        ),
        Note::GainAboveBaselineRevenue {
            monthly_gain,
            baseline_revenue,
        } => format!(
            "At full adoption the CRM would gain {} a month, more than the {} the whole team \
             sells in a month today: check the uplifts.",
            money(*monthly_gain, currency),
            money(*baseline_revenue, currency)
        ),
        Note::TimeSavedCounted {
            monthly_value,
            share_pct,
        } => format!(
            "Time saved is counted as money ({} a month, {} % of the gain): it pays only if \
             the freed hours go into selling or the payroll shrinks.",
            money(*monthly_value, currency),
            grouped_natural(crate::locale::format::round_to(*share_pct, 0))
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
fn summary_lines(scenario: &Scenario, projection: &Projection) -> Vec<(&'static str, String)> {
    use crate::locale::format::{money, payback, percent};
    let summary = &projection.summary;
    let currency = scenario.currency.as_str();
    vec![
        ("Horizon", format!("{} months", scenario.horizon_months)),
        ("Total cost", money(summary.total_cost, currency)),
        ("Total gain", money(summary.total_gain, currency)),
        ("Net gain", money(summary.net_gain, currency)),
        ("ROI", percent(summary.roi_pct)),
        (
            "Payback",
            payback(summary.payback_months, scenario.horizon_months),
        ),
        ("NPV", money(summary.npv, currency)),
        ("Discounted ROI", percent(summary.discounted_roi_pct)),
        (
            "Monthly gain at full adoption",
            money(summary.monthly_gain_at_full_adoption, currency),
        ),
        (
            "Monthly net at full adoption",
            money(summary.monthly_net_at_full_adoption, currency),
        ),
        (
            "New sales cycle",
            format!(
                "{} days",
                crate::locale::format::grouped(summary.new_sales_cycle_days, 1)
            ),
        ),
    ]
}

/// Headers of the monthly table as people read it (the window's table and the reports).
pub const MONTH_HEADERS: [&str; 8] = [
    "Month",
    "Cost",
    "Gain",
    "Net",
    "Cumulative cost",
    "Cumulative gain",
    "Cumulative net",
    "ROI",
];

/// Header and cells of the monthly table as people read it (grouped amounts).
fn readable_rows(projection: &Projection) -> (Vec<&'static str>, Vec<Vec<String>>) {
    use crate::locale::format::{grouped, percent};
    let header = MONTH_HEADERS.to_vec();
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
