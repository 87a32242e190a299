//! Tracking (SPEC §6) for the command line and the reports: JSON, CSV, an aligned table and
//! Markdown, all from the one [`Tracking`].

use std::fmt::Write as _;

use rust_decimal::Decimal;
use serde_json::{Map, Value, json};

use super::scenario_fields;
use crate::locale::format::{grouped, money, payback, percent, plain};
use crate::model::actuals::{Measure, add_months, parse_year_month};
use crate::model::scenario::Scenario;
use crate::model::tracking::{GroupGains, Quarter, Side, Tracking};

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
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let name = NAMES.get(month.saturating_sub(1) as usize).unwrap_or(&"?");
    format!("{name} {year}")
}

/// A quarter's heading: `Initial`, or `Q1 (months 1–3)`.
pub fn quarter_label(quarter: &Quarter) -> String {
    if quarter.quarter == 0 {
        "Initial".into()
    } else if quarter.first_month == quarter.last_month {
        format!("Q{} (month {})", quarter.quarter, quarter.first_month)
    } else {
        format!(
            "Q{} (months {}–{})",
            quarter.quarter, quarter.first_month, quarter.last_month
        )
    }
}

/// The headline figures of tracking as (label, value): shared by the table, Markdown and
/// HTML.
pub fn tracking_summary(scenario: &Scenario, tracking: &Tracking) -> Vec<(&'static str, String)> {
    let c = scenario.currency.as_str();
    let t = &tracking.to_date;
    let horizon = scenario.horizon_months;
    vec![
        (
            "Measured through",
            match tracking.measured_through {
                0 => "no month measured yet".into(),
                m => format!("month {}", month_label(scenario, m)),
            },
        ),
        (
            "Attribution to the CRM",
            format!("{} %", grouped(tracking.attribution_pct, 0)),
        ),
        (
            "ROI to date, actual (plan)",
            format!(
                "{} ({})",
                percent(t.actual_roi_pct),
                percent(t.plan_roi_pct)
            ),
        ),
        (
            "Net to date, actual (plan)",
            format!("{} ({})", money(t.actual_net, c), money(t.plan_net, c)),
        ),
        ("Variance to date", money(t.variance_net, c)),
        (
            "Outlook: net at the horizon",
            money(tracking.outlook.net_gain, c),
        ),
        (
            "Outlook: ROI at the horizon",
            percent(tracking.outlook.roi_pct),
        ),
        (
            "Outlook: payback",
            payback(tracking.outlook.payback_months, horizon),
        ),
    ]
}

/// Whether a row of the quarterly table is a total (gain, cost, net) rather than a group.
pub fn is_total_row(label: &str) -> bool {
    matches!(label, "Gain" | "Cost" | "Net")
}

/// Whether a variance in the quarterly table is bad news: a cost above plan is as bad as a gain
/// or a net below it.
pub fn variance_is_worse(label: &str, variance: Decimal) -> bool {
    if label == "Cost" {
        variance > Decimal::ZERO
    } else {
        variance < Decimal::ZERO
    }
}

/// Rows of the quarterly table: per quarter, plan, actual and variance of each group, the gain,
/// the cost and the net.
pub fn quarter_rows(quarter: &Quarter) -> Vec<(&'static str, [Decimal; 3])> {
    let variance = |plan: Decimal, actual: Decimal| actual.checked_sub(plan).unwrap_or_default();
    let mut rows: Vec<(&'static str, [Decimal; 3])> = GroupGains::LABELS
        .iter()
        .zip(
            quarter
                .plan
                .gains
                .as_array()
                .into_iter()
                .zip(quarter.actual.gains.as_array()),
        )
        .filter(|(_, (plan, actual))| !(plan.is_zero() && actual.is_zero()))
        .map(|(label, (plan, actual))| (*label, [plan, actual, variance(plan, actual)]))
        .collect();
    for (label, plan, actual) in [
        ("Gain", quarter.plan.gain, quarter.actual.gain),
        ("Cost", quarter.plan.cost, quarter.actual.cost),
        ("Net", quarter.plan.net, quarter.actual.net),
    ] {
        rows.push((label, [plan, actual, variance(plan, actual)]));
    }
    rows
}

/// Tracking as text for a terminal: the headline figures, the months, the quarters.
pub fn tracking_table(scenario: &Scenario, tracking: &Tracking) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: plan against actual (amounts in {})",
        super::terminal_text(&scenario.name),
        scenario.currency
    );
    let summary = tracking_summary(scenario, tracking);
    let width = summary.iter().map(|(l, _)| l.len()).max().unwrap_or(0);
    for (label, value) in &summary {
        let _ = writeln!(out, "  {label:<width$}  {value}");
    }
    out.push('\n');
    let header: Vec<String> = [
        "Month",
        "Measured",
        "Plan gain",
        "Actual gain",
        "Plan cost",
        "Actual cost",
        "Plan cum. net",
        "Actual cum. net",
    ]
    .iter()
    .map(|h| (*h).to_owned())
    .collect();
    let rows: Vec<Vec<String>> = tracking
        .months
        .iter()
        .map(|m| {
            vec![
                month_label(scenario, m.month),
                if m.measured { "yes" } else { "" }.to_owned(),
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
    out.push_str("\nBy quarter\n");
    let header: Vec<String> = ["", "Plan", "Actual", "Variance"]
        .iter()
        .map(|h| (*h).to_owned())
        .collect();
    for quarter in &tracking.quarters {
        let _ = writeln!(out, "{}", quarter_label(quarter));
        let rows: Vec<Vec<String>> = quarter_rows(quarter)
            .into_iter()
            .map(|(label, values)| {
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
    let _ = writeln!(out, "## Plan against actual\n");
    out.push_str("| Figure | Value |\n|:--|--:|\n");
    for (label, value) in tracking_summary(scenario, tracking) {
        let _ = writeln!(out, "| {label} | {} |", super::markdown_text(&value));
    }
    out.push_str("\n| Quarter | | Plan | Actual | Variance |\n|:--|:--|--:|--:|--:|\n");
    for quarter in &tracking.quarters {
        for (index, (label, values)) in quarter_rows(quarter).into_iter().enumerate() {
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
