//! Renderings of the analyses (SPEC §5) as JSON and as terminal tables.

use std::fmt::Write as _;

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive as _;
use serde_json::{Value, json};

use super::summary_json;
use crate::analysis::compare::Compared;
use crate::analysis::goal_seek::{GoalSeek, Target};
use crate::analysis::risk::{Percentiles, RiskResult};
use crate::analysis::sensitivity::Sensitivity;
use crate::locale::format::{grouped, money, payback, percent, plain, round_to};

fn text(value: Decimal) -> Value {
    Value::String(plain(value))
}

fn optional(value: Option<Decimal>) -> Value {
    value.map_or(Value::Null, text)
}

/// A statistic (f64) as a decimal string rounded to 2 places, like every other figure.
fn stat(value: f64) -> Value {
    Decimal::from_f64(value).map_or(Value::Null, text)
}

fn probability(value: f64) -> Value {
    Decimal::from_f64(value).map_or(Value::Null, |p| {
        let mut p = round_to(p, 4);
        p.rescale(4);
        Value::String(p.to_string())
    })
}

fn pretty(document: &Value) -> String {
    let mut out = serde_json::to_string_pretty(document).unwrap_or_default();
    out.push('\n');
    out
}

pub fn sensitivity_json(result: &Sensitivity) -> String {
    let drivers: Vec<Value> = result
        .drivers
        .iter()
        .map(|effect| {
            json!({
                "driver": effect.driver.field_name(),
                "low_value": text(effect.low_value),
                "high_value": text(effect.high_value),
                "roi_low": optional(effect.roi_low),
                "roi_high": optional(effect.roi_high),
                "npv_low": text(effect.npv_low),
                "npv_high": text(effect.npv_high),
            })
        })
        .collect();
    pretty(&json!({ "swing_pct": text(result.swing_pct), "drivers": drivers }))
}

pub fn sensitivity_table(result: &Sensitivity, currency: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Each driver alone moved by -/+{} %; base ROI {}, base NPV {}",
        grouped(result.swing_pct, 0),
        percent(result.base_roi),
        money(result.base_npv, currency)
    );
    let _ = writeln!(
        out,
        "{:<30} {:>16} {:>16} {:>11} {:>11} {:>16} {:>16}",
        "Driver", "Low value", "High value", "ROI low", "ROI high", "NPV low", "NPV high"
    );
    for e in &result.drivers {
        let _ = writeln!(
            out,
            "{:<30} {:>16} {:>16} {:>11} {:>11} {:>16} {:>16}",
            e.driver.field_name(),
            grouped(e.low_value, 2),
            grouped(e.high_value, 2),
            percent(e.roi_low),
            percent(e.roi_high),
            grouped(e.npv_low, 2),
            grouped(e.npv_high, 2)
        );
    }
    out
}

fn percentiles_json(p: &Percentiles<f64>) -> Value {
    json!({ "p10": stat(p.p10), "p50": stat(p.p50), "p90": stat(p.p90) })
}

pub fn risk_json(result: &RiskResult) -> String {
    let payback = |v: Option<f64>| v.map_or(Value::Null, stat);
    let months: Vec<Value> = result
        .months
        .iter()
        .map(|m| match &m.roi_pct {
            Some(p) => json!({"month": m.month, "p10": stat(p.p10), "p50": stat(p.p50), "p90": stat(p.p90)}),
            None => json!({"month": m.month, "p10": null, "p50": null, "p90": null}),
        })
        .collect();
    pretty(&json!({
        "runs": result.runs,
        "seed": result.seed,
        "roi_pct": percentiles_json(&result.roi_pct),
        "payback_months": {
            "p10": payback(result.payback_months.p10),
            "p50": payback(result.payback_months.p50),
            "p90": payback(result.payback_months.p90),
        },
        "probability_payback_within_horizon": probability(result.probability_payback_within_horizon),
        "probability_negative_roi": probability(result.probability_negative_roi),
        "months": months,
    }))
}

pub fn risk_table(result: &RiskResult, horizon_months: u32) -> String {
    let pct = |v: f64| percent(Decimal::from_f64(v));
    let months = |v: Option<f64>| payback(v.and_then(Decimal::from_f64), horizon_months);
    let mut out = String::new();
    let _ = writeln!(out, "{} runs, seed {}", result.runs, result.seed);
    let _ = writeln!(
        out,
        "ROI at {horizon_months} months    P10 {}   P50 {}   P90 {}",
        pct(result.roi_pct.p10),
        pct(result.roi_pct.p50),
        pct(result.roi_pct.p90)
    );
    let _ = writeln!(
        out,
        "Payback             P10 {}   P50 {}   P90 {}",
        months(result.payback_months.p10),
        months(result.payback_months.p50),
        months(result.payback_months.p90)
    );
    let _ = writeln!(
        out,
        "Chance of paying back within {horizon_months} months: {:.1} %",
        result.probability_payback_within_horizon * 100.0
    );
    let _ = writeln!(
        out,
        "Chance of a negative ROI: {:.1} %\n",
        result.probability_negative_roi * 100.0
    );
    let _ = writeln!(
        out,
        "{:>5} {:>12} {:>12} {:>12}",
        "Month", "ROI P10", "ROI P50", "ROI P90"
    );
    for m in &result.months {
        if let Some(p) = &m.roi_pct {
            let _ = writeln!(
                out,
                "{:>5} {:>12} {:>12} {:>12}",
                m.month,
                pct(p.p10),
                pct(p.p50),
                pct(p.p90)
            );
        }
    }
    out
}

fn target_text(target: Target) -> String {
    match target {
        Target::RoiPct(v) => format!("ROI {} %", grouped(v, 2)),
        Target::PaybackMonths(v) => format!("payback in {} months", grouped(v, 2)),
    }
}

pub fn goal_seek_json(result: &GoalSeek) -> String {
    pretty(&json!({
        "driver": result.driver.field_name(),
        "target": text(result.target.value()),
        "value": optional(result.value),
        "reached": result.reached,
    }))
}

pub fn goal_seek_table(result: &GoalSeek, currency: &str) -> String {
    let unit = result.driver.unit().suffix(currency);
    match result.value {
        Some(value) => format!(
            "{} = {} {unit} reaches {} (gives {}).\n",
            result.driver.field_name(),
            grouped(value, 2),
            target_text(result.target),
            match result.target {
                Target::RoiPct(_) => percent(result.achieved),
                Target::PaybackMonths(_) => result
                    .achieved
                    .map_or("no payback".into(), |m| format!("{} months", grouped(m, 2))),
            }
        ),
        None => format!(
            "No value of {} from {} reaches {}: not reachable within the range.\n",
            result.driver.field_name(),
            result.driver.describe_range(),
            target_text(result.target)
        ),
    }
}

pub fn compare_json(compared: &[Compared]) -> String {
    let scenarios: Vec<Value> = compared
        .iter()
        .map(|c| {
            json!({
                "file": c.source,
                "name": c.name,
                "summary": summary_json(&c.projection.summary),
            })
        })
        .collect();
    pretty(&json!({ "scenarios": scenarios }))
}

pub fn compare_table(compared: &[Compared]) -> String {
    let mut out = String::new();
    let width = 22;
    let _ = write!(out, "{:<32}", "");
    for c in compared {
        let _ = write!(out, " {:>width$}", truncate(&c.name, width));
    }
    out.push('\n');
    type Row = (&'static str, fn(&Compared) -> String);
    let rows: [Row; 8] = [
        ("Total cost", |c| {
            money(c.projection.summary.total_cost, &c.currency)
        }),
        ("Total gain", |c| {
            money(c.projection.summary.total_gain, &c.currency)
        }),
        ("Net gain", |c| {
            money(c.projection.summary.net_gain, &c.currency)
        }),
        ("ROI", |c| percent(c.projection.summary.roi_pct)),
        ("Payback", |c| {
            payback(
                c.projection.summary.payback_months,
                (c.projection.months.len() - 1) as u32,
            )
        }),
        ("NPV", |c| money(c.projection.summary.npv, &c.currency)),
        ("Discounted ROI", |c| {
            percent(c.projection.summary.discounted_roi_pct)
        }),
        ("Monthly net at full adoption", |c| {
            money(
                c.projection.summary.monthly_net_at_full_adoption,
                &c.currency,
            )
        }),
    ];
    for (label, value) in rows {
        let _ = write!(out, "{label:<32}");
        for c in compared {
            let _ = write!(out, " {:>width$}", value(c));
        }
        out.push('\n');
    }
    out
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        text.chars().take(width - 1).chain(['…']).collect()
    }
}
