//! Tracking (SPEC §6) for the command line and the reports: JSON, CSV, an aligned table and
//! Markdown, all from the one [`Tracking`].

use std::fmt::Write as _;

use rust_decimal::Decimal;
use serde_json::{Map, Value, json};

use super::scenario_fields;
use crate::locale::format::{grouped, money, payback, percent, plain};
use crate::locale::terms;
use crate::model::actuals::{Measure, add_months, parse_year_month};
use crate::model::scenario::Scenario;
use crate::model::tracking::{GroupGains, Quarter, Side, Tracking};
use crate::tr;

fn amount(value: Decimal) -> Value {
    Value::String(plain(value))
}

fn optional(value: Option<Decimal>) -> Value {
    value.map_or(Value::Null, amount)
}

fn side_json(side: &Side, with_gains: bool) -> Value {
    let mut fields = Map::new();
    fields.insert("gain".into(), amount(side.gain));
    fields.insert("cost".into(), amount(side.cost));
    fields.insert("net".into(), amount(side.net));
    fields.insert("cumulative_net".into(), amount(side.cumulative_net));
    if with_gains {
        let gains: Map<String, Value> = GroupGains::NAMES
            .iter()
            .zip(side.gains.as_array())
            .map(|(name, value)| ((*name).to_owned(), amount(value)))
            .collect();
        fields.insert("gains".into(), Value::Object(gains));
    }
    Value::Object(fields)
}

/// The JSON of SPEC §6, after the scenario's name, currency and horizon.
pub fn tracking_json(scenario: &Scenario, tracking: &Tracking) -> String {
    let months: Vec<Value> = tracking
        .months
        .iter()
        .map(|m| {
            json!({
                "month": m.month,
                "measured": m.measured,
                "plan": side_json(&m.plan, false),
                "actual": side_json(&m.actual, true),
            })
        })
        .collect();
    let quarters: Vec<Value> = tracking
        .quarters
        .iter()
        .map(|q| {
            let totals = |t: &crate::model::tracking::Totals| {
                json!({"gain": amount(t.gain), "cost": amount(t.cost), "net": amount(t.net)})
            };
            json!({
                "quarter": q.quarter,
                "first_month": q.first_month,
                "last_month": q.last_month,
                "plan": totals(&q.plan),
                "actual": totals(&q.actual),
            })
        })
        .collect();
    let t = &tracking.to_date;
    let mut document = scenario_fields(scenario);
    document.insert("measured_through".into(), json!(tracking.measured_through));
    document.insert("attribution_pct".into(), amount(tracking.attribution_pct));
    document.insert(
        "to_date".into(),
        json!({
            "plan_net": amount(t.plan_net),
            "actual_net": amount(t.actual_net),
            "plan_roi_pct": optional(t.plan_roi_pct),
            "actual_roi_pct": optional(t.actual_roi_pct),
            "variance_net": amount(t.variance_net),
        }),
    );
    document.insert(
        "outlook".into(),
        json!({
            "net_gain": amount(tracking.outlook.net_gain),
            "roi_pct": optional(tracking.outlook.roi_pct),
            "payback_months": optional(tracking.outlook.payback_months),
        }),
    );
    document.insert("months".into(), Value::Array(months));
    document.insert("quarters".into(), Value::Array(quarters));
    let mut text = serde_json::to_string_pretty(&Value::Object(document)).unwrap_or_default();
    text.push('\n');
    text
}

/// The CSV columns of `crm-roi track --format csv`.
pub const TRACKING_COLUMNS: [&str; 16] = [
    "month",
    "measured",
    "plan_gain",
    "plan_cost",
    "plan_net",
    "plan_cumulative_net",
    "actual_gain",
    "actual_cost",
    "actual_net",
    "actual_cumulative_net",
    "actual_sales",
    "actual_productivity",
    "actual_retention",
    "actual_acquisition",
    "actual_support",
    "actual_other_gains",
];

/// One row per month: plan and actual side by side, `.` decimals.
pub fn tracking_csv(tracking: &Tracking) -> String {
    let mut out = TRACKING_COLUMNS.join(",");
    out.push('\n');
    for m in &tracking.months {
        let mut cells = vec![m.month.to_string(), m.measured.to_string()];
        for side in [&m.plan, &m.actual] {
            cells.extend(
                [side.gain, side.cost, side.net, side.cumulative_net]
                    .into_iter()
                    .map(plain),
            );
        }
        cells.extend(m.actual.gains.as_array().into_iter().map(plain));
        let _ = writeln!(out, "{}", cells.join(","));
    }
    out
}

/// A month's label: its number, and its calendar month when the go-live month is known.
pub fn month_label(scenario: &Scenario, month: u32) -> String {
    let go_live = scenario
        .actuals
        .as_ref()
        .and_then(|a| a.go_live.as_deref())
        .and_then(parse_year_month);
    match go_live {
        Some(start) => {
            let (year, calendar) = add_months(start, month);
            format!("{month} ({})", short_month(year, calendar))
        }
        None => month.to_string(),
    }
}

/// `Mar 2026`.
pub fn short_month(year: i32, month: u32) -> String {
    // The year as digits, never grouped (2026, not 2,026).
    tr!(
        "report-short-month",
        month = month_name(month),
        year = year.to_string()
    )
}

/// The month's short name in the language in use: `Mar`, `mar.`, `3月`.
pub fn month_name(month: u32) -> String {
    match month {
        1 => tr!("report-month-jan"),
        2 => tr!("report-month-feb"),
        3 => tr!("report-month-mar"),
        4 => tr!("report-month-apr"),
        5 => tr!("report-month-may"),
        6 => tr!("report-month-jun"),
        7 => tr!("report-month-jul"),
        8 => tr!("report-month-aug"),
        9 => tr!("report-month-sep"),
        10 => tr!("report-month-oct"),
        11 => tr!("report-month-nov"),
        12 => tr!("report-month-dec"),
        _ => "?".to_owned(),
    }
}

/// A quarter's heading: `Initial`, or `Q1 (months 1–3)`.
pub fn quarter_label(quarter: &Quarter) -> String {
    if quarter.quarter == 0 {
        tr!("report-initial")
    } else if quarter.first_month == quarter.last_month {
        tr!(
            "report-quarter-month",
            quarter = i64::from(quarter.quarter),
            month = i64::from(quarter.first_month),
        )
    } else {
        tr!(
            "report-quarter-months",
            quarter = i64::from(quarter.quarter),
            first = i64::from(quarter.first_month),
            last = i64::from(quarter.last_month),
        )
    }
}

/// Stable keys of the headline figures of [`tracking_summary`], in its order: the English
/// labels, for the report's `data-tracking` attributes (scripts and tests), whatever the
/// language.
pub const TRACKING_SUMMARY_KEYS: [&str; 8] = [
    "Measured through",
    "Attribution to the CRM",
    "ROI to date, actual (plan)",
    "Net to date, actual (plan)",
    "Variance to date",
    "Outlook: net at the horizon",
    "Outlook: ROI at the horizon",
    "Outlook: payback",
];

/// The headline figures of tracking as (label, value), in [`TRACKING_SUMMARY_KEYS`] order:
/// shared by the table, Markdown and HTML.
pub fn tracking_summary(scenario: &Scenario, tracking: &Tracking) -> Vec<(String, String)> {
    let c = scenario.currency.as_str();
    let t = &tracking.to_date;
    let horizon = scenario.horizon_months;
    vec![
        (
            tr!("report-tracking-measured-through"),
            match tracking.measured_through {
                0 => tr!("report-tracking-none-measured"),
                m => tr!(
                    "report-tracking-through-month",
                    month = month_label(scenario, m),
                ),
            },
        ),
        (
            tr!("report-tracking-attribution"),
            crate::locale::numbers::with_percent(
                &grouped(tracking.attribution_pct, 0),
                crate::locale::Lang::current(),
            ),
        ),
        (
            tr!("report-tracking-roi-to-date"),
            format!(
                "{} ({})",
                percent(t.actual_roi_pct),
                percent(t.plan_roi_pct)
            ),
        ),
        (
            tr!("report-tracking-net-to-date"),
            format!("{} ({})", money(t.actual_net, c), money(t.plan_net, c)),
        ),
        (
            tr!("report-tracking-variance-to-date"),
            money(t.variance_net, c),
        ),
        (
            tr!("report-tracking-outlook-net"),
            money(tracking.outlook.net_gain, c),
        ),
        (
            tr!("report-tracking-outlook-roi"),
            percent(tracking.outlook.roi_pct),
        ),
        (
            tr!("report-tracking-outlook-payback"),
            payback(tracking.outlook.payback_months, horizon),
        ),
    ]
}

/// What a row of the quarterly table is: a tracked group (its index in
/// `GroupGains::as_array` order), or one of the totals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuarterRowKind {
    Group(usize),
    Gain,
    Cost,
    Net,
}

/// Whether a row of the quarterly table is a total (gain, cost, net) rather than a group.
pub fn is_total_row(kind: QuarterRowKind) -> bool {
    !matches!(kind, QuarterRowKind::Group(_))
}

/// Whether a variance in the quarterly table is bad news: a cost above plan is as bad as a gain
/// or a net below it.
pub fn variance_is_worse(kind: QuarterRowKind, variance: Decimal) -> bool {
    if kind == QuarterRowKind::Cost {
        variance > Decimal::ZERO
    } else {
        variance < Decimal::ZERO
    }
}

/// Rows of the quarterly table as (kind, label, [plan, actual, variance]): per quarter, each
/// group, the gain, the cost and the net.
pub fn quarter_rows(quarter: &Quarter) -> Vec<(QuarterRowKind, String, [Decimal; 3])> {
    let variance = |plan: Decimal, actual: Decimal| actual.checked_sub(plan).unwrap_or_default();
    let mut rows: Vec<(QuarterRowKind, String, [Decimal; 3])> = quarter
        .plan
        .gains
        .as_array()
        .into_iter()
        .zip(quarter.actual.gains.as_array())
        .enumerate()
        .filter(|(_, (plan, actual))| !(plan.is_zero() && actual.is_zero()))
        .map(|(index, (plan, actual))| {
            (
                QuarterRowKind::Group(index),
                terms::tracked_group(index),
                [plan, actual, variance(plan, actual)],
            )
        })
        .collect();
    for (kind, label, plan, actual) in [
        (
            QuarterRowKind::Gain,
            tr!("report-gain"),
            quarter.plan.gain,
            quarter.actual.gain,
        ),
        (
            QuarterRowKind::Cost,
            tr!("report-cost"),
            quarter.plan.cost,
            quarter.actual.cost,
        ),
        (
            QuarterRowKind::Net,
            tr!("report-net"),
            quarter.plan.net,
            quarter.actual.net,
        ),
    ] {
        rows.push((kind, label, [plan, actual, variance(plan, actual)]));
    }
    rows
}

/// Tracking as text for a terminal: the headline figures, the months, the quarters.
pub fn tracking_table(scenario: &Scenario, tracking: &Tracking) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "report-tracking-title",
            name = super::terminal_text(&scenario.name),
            currency = scenario.currency.as_str(),
        )
    );
    let summary = tracking_summary(scenario, tracking);
    let width = summary
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    for (label, value) in &summary {
        let _ = writeln!(out, "  {label:<width$}  {value}");
    }
    out.push('\n');
    let header: Vec<String> = vec![
        tr!("report-col-month"),
        tr!("report-tracking-col-measured"),
        tr!("report-tracking-col-plan-gain"),
        tr!("report-tracking-col-actual-gain"),
        tr!("report-tracking-col-plan-cost"),
        tr!("report-tracking-col-actual-cost"),
        tr!("report-tracking-col-plan-cum-net"),
        tr!("report-tracking-col-actual-cum-net"),
    ];
    let rows: Vec<Vec<String>> = tracking
        .months
        .iter()
        .map(|m| {
            vec![
                month_label(scenario, m.month),
                if m.measured {
                    tr!("report-tracking-yes")
                } else {
                    String::new()
                },
                grouped(m.plan.gain, 2),
                grouped(m.actual.gain, 2),
                grouped(m.plan.cost, 2),
                grouped(m.actual.cost, 2),
                grouped(m.plan.cumulative_net, 2),
                grouped(m.actual.cumulative_net, 2),
            ]
        })
        .collect();
    super::analysis::write_table(&mut out, &header, &rows);
    let _ = writeln!(out, "\n{}", tr!("report-tracking-by-quarter"));
    let header: Vec<String> = vec![
        String::new(),
        tr!("report-tracking-plan"),
        tr!("report-tracking-actual"),
        tr!("report-tracking-variance"),
    ];
    for quarter in &tracking.quarters {
        let _ = writeln!(out, "{}", quarter_label(quarter));
        let rows: Vec<Vec<String>> = quarter_rows(quarter)
            .into_iter()
            .map(|(_, label, values)| {
                std::iter::once(format!("  {label}"))
                    .chain(values.iter().map(|v| grouped(*v, 2)))
                    .collect()
            })
            .collect();
        super::analysis::write_table(&mut out, &header, &rows);
    }
    out
}

/// Tracking in Markdown, when the scenario has measured months.
pub fn tracking_markdown(out: &mut String, scenario: &Scenario, tracking: &Tracking) {
    let _ = writeln!(out, "## {}\n", tr!("report-tracking-heading"));
    let _ = writeln!(
        out,
        "| {} | {} |\n|:--|--:|",
        tr!("report-figure"),
        tr!("report-value")
    );
    for (label, value) in tracking_summary(scenario, tracking) {
        let _ = writeln!(out, "| {label} | {} |", super::markdown_text(&value));
    }
    let _ = writeln!(
        out,
        "\n| {} | | {} | {} | {} |\n|:--|:--|--:|--:|--:|",
        tr!("report-tracking-quarter"),
        tr!("report-tracking-plan"),
        tr!("report-tracking-actual"),
        tr!("report-tracking-variance"),
    );
    for quarter in &tracking.quarters {
        for (index, (_, label, values)) in quarter_rows(quarter).into_iter().enumerate() {
            let heading = if index == 0 {
                quarter_label(quarter)
            } else {
                String::new()
            };
            let cells: Vec<String> = values.iter().map(|v| grouped(*v, 2)).collect();
            let _ = writeln!(out, "| {heading} | {label} | {} |", cells.join(" | "));
        }
    }
    out.push('\n');
}

/// The template CSV: the header of every measure and the plan's figures per month, ready to
/// fill in (`.` decimals, two places).
pub fn template_csv(rows: &[crate::model::actuals::ActualMonth]) -> String {
    let mut out = String::from("month");
    for measure in Measure::ALL {
        out.push(',');
        out.push_str(measure.field_name());
    }
    out.push('\n');
    for row in rows {
        let mut cells = vec![row.month.to_string()];
        cells.extend(
            Measure::ALL
                .iter()
                .map(|m| m.get(row).map(plain).unwrap_or_default()),
        );
        let _ = writeln!(out, "{}", cells.join(","));
    }
    out
}
