//! Renderings of the analyses (SPEC §5) as JSON and as terminal tables.

use std::fmt::Write as _;

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive as _;
use serde_json::{Value, json};

use super::{scenario_fields, summary_json};
use crate::analysis::compare::{Compared, Input, differing_inputs, same_currency, same_horizon};
use crate::analysis::goal_seek::{GoalSeek, Target, Unreachable};
use crate::analysis::risk::{Percentiles, RiskResult};
use crate::analysis::sensitivity::Sensitivity;
use crate::locale::format::{
    driver_value, grouped, grouped_natural, money, payback, percent, plain, round_to,
};
use crate::model::scenario::Scenario;

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

pub fn sensitivity_json(result: &Sensitivity, scenario: &Scenario) -> String {
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
    let mut document = scenario_fields(scenario);
    document.insert("swing_pct".into(), text(result.swing_pct));
    document.insert("drivers".into(), Value::Array(drivers));
    pretty(&Value::Object(document))
}

/// A driver as a table names it: its label and unit, `Seat cost / month (EUR)`.
fn driver_heading(driver: crate::model::driver::Driver, currency: &str) -> String {
    format!("{} ({})", driver.label(), driver.unit().suffix(currency))
}

pub fn sensitivity_table(result: &Sensitivity, scenario: &Scenario) -> String {
    let currency = scenario.currency.as_str();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: each driver alone moved by -/+{} %; ROI at {} months {}, NPV {}",
        scenario.name,
        grouped(result.swing_pct, 0),
        scenario.horizon_months,
        percent(result.base_roi),
        money(result.base_npv, currency)
    );
    let rows: Vec<Vec<String>> = result
        .drivers
        .iter()
        .map(|e| {
            vec![
                driver_heading(e.driver, currency),
                grouped_natural(e.low_value),
                grouped_natural(e.high_value),
                percent(e.roi_low),
                percent(e.roi_high),
                grouped(e.npv_low, 2),
                grouped(e.npv_high, 2),
            ]
        })
        .collect();
    let header = vec![
        "Driver".to_owned(),
        "Low value".into(),
        "High value".into(),
        "ROI low".into(),
        "ROI high".into(),
        format!("NPV low ({currency})"),
        format!("NPV high ({currency})"),
    ];
    write_table(&mut out, &header, &rows);
    out
}

fn percentiles_json(p: &Percentiles<f64>) -> Value {
    json!({ "p10": stat(p.p10), "p50": stat(p.p50), "p90": stat(p.p90) })
}

pub fn risk_json(result: &RiskResult, scenario: &Scenario) -> String {
    let payback = |v: Option<f64>| v.map_or(Value::Null, stat);
    let months: Vec<Value> = result
        .months
        .iter()
        .map(|m| match &m.roi_pct {
            Some(p) => json!({"month": m.month, "p10": stat(p.p10), "p50": stat(p.p50), "p90": stat(p.p90)}),
            None => json!({"month": m.month, "p10": null, "p50": null, "p90": null}),
        })
        .collect();
    let mut document = scenario_fields(scenario);
    let fields = json!({
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
    });
    if let Value::Object(fields) = fields {
        document.extend(fields);
    }
    pretty(&Value::Object(document))
}

pub fn risk_table(result: &RiskResult, scenario: &Scenario) -> String {
    let horizon_months = scenario.horizon_months;
    let pct = |v: f64| percent(Decimal::from_f64(v));
    let months = |v: Option<f64>| payback(v.and_then(Decimal::from_f64), horizon_months);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} runs, seed {}",
        scenario.name, result.runs, result.seed
    );
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

fn target_text(target: Target, horizon_months: u32) -> String {
    match target {
        Target::RoiPct(v) => format!("an ROI of {} at {horizon_months} months", percent(Some(v))),
        Target::PaybackMonths(v) => format!("payback in {} months", grouped(v, 2)),
    }
}

/// The ROI or payback a goal-seek point gives, as a user reads it.
fn metric_text(target: Target, metric: Option<Decimal>, horizon_months: u32) -> String {
    match target {
        Target::RoiPct(_) => match metric {
            Some(roi) => format!("ROI {}", percent(Some(roi))),
            None => "no ROI (nothing is spent)".into(),
        },
        Target::PaybackMonths(_) => format!("payback {}", payback(metric, horizon_months)),
    }
}

/// The answer in sentences: what value reaches the target, or why none does and what comes
/// closest. The window and the command line both show these.
pub fn goal_seek_sentences(result: &GoalSeek, scenario: &Scenario) -> Vec<String> {
    let driver = result.driver;
    let currency = scenario.currency.as_str();
    let horizon = scenario.horizon_months;
    let value_text =
        |value: Decimal, decimals: Option<u32>| driver_value(driver, value, decimals, currency);
    let wanted = target_text(result.target, horizon);
    let today = format!("Today: {}.", value_text(driver.get(scenario), None));
    if let (true, Some(value)) = (result.reached, result.value) {
        // Within 0.01 of the target; said only where the rounded figure shows a difference.
        let exactly = match (result.target, result.achieved) {
            (Target::RoiPct(t), Some(a)) if round_to(a, 2) != round_to(t, 2) => {
                format!(" ({})", metric_text(result.target, Some(a), horizon))
            }
            (Target::PaybackMonths(t), Some(a)) if round_to(a, 2) != round_to(t, 2) => {
                format!(" ({})", metric_text(result.target, Some(a), horizon))
            }
            _ => String::new(),
        };
        return vec![
            format!(
                "{} = {} gives {wanted}{exactly}.",
                driver.label(),
                value_text(value, Some(result.decimals)),
            ),
            today,
        ];
    }
    let reason = match result.unreachable {
        Some(Unreachable::OutsideHorizon) if result.target.value() < Decimal::ZERO => {
            "A payback cannot be earlier than month 0.".to_owned()
        }
        Some(Unreachable::OutsideHorizon) => format!(
            "Payback in {} months is beyond the {horizon}-month horizon: the projection does \
             not reach that far. Lengthen the horizon to look for it.",
            grouped(result.target.value(), 2)
        ),
        Some(Unreachable::AcrossJump) => format!(
            "{} is not reachable: as {} changes, the {} jumps over it.",
            capitalised(&wanted),
            driver.label(),
            match result.target {
                Target::RoiPct(_) => "ROI",
                Target::PaybackMonths(_) => "payback",
            }
        ),
        Some(Unreachable::BetweenWholeNumbers) => match result.neighbours {
            Some((low, high)) => format!(
                "No whole value of {} gives exactly {wanted}: {} gives {}, {} gives {}.",
                driver.label(),
                value_text(low.value, Some(0)),
                metric_text(result.target, low.metric, horizon),
                value_text(high.value, Some(0)),
                metric_text(result.target, high.metric, horizon),
            ),
            None => format!(
                "No whole value of {} gives exactly {wanted}.",
                driver.label()
            ),
        },
        Some(Unreachable::OutOfRange) | None => format!(
            "No value of {} from {} to {} reaches {wanted}: {} gives {}, {} gives {}.",
            driver.label(),
            value_text(driver.min(), None),
            value_text(driver.max(), None),
            value_text(driver.min(), None),
            metric_text(result.target, result.at_min, horizon),
            value_text(driver.max(), None),
            metric_text(result.target, result.at_max, horizon),
        ),
    };
    let mut sentences = vec![reason];
    if let Some(nearest) = result.nearest
        && result.neighbours.is_none()
    {
        let decimals = if driver.whole_number() { 0 } else { 2 };
        sentences.push(format!(
            "Nearest reachable: {} at {} = {}.",
            metric_text(result.target, nearest.metric, horizon),
            driver.label(),
            value_text(nearest.value, Some(decimals))
        ));
    }
    sentences.push(today);
    sentences
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A goal-seek answer as a decimal string with the decimals it was found at.
fn answer_text(value: Decimal, decimals: u32) -> Value {
    let mut value = round_to(value, decimals);
    value.rescale(decimals);
    Value::String(value.to_string())
}

pub fn goal_seek_json(result: &GoalSeek, scenario: &Scenario) -> String {
    let mut document = scenario_fields(scenario);
    let fields = json!({
        "driver": result.driver.field_name(),
        "target": text(result.target.value()),
        "value": result.value.map_or(Value::Null, |v| answer_text(v, result.decimals)),
        "reached": result.reached,
        "achieved": optional(result.achieved),
        "unreachable": result.unreachable.map(|u| match u {
            Unreachable::OutsideHorizon => "outside_horizon",
            Unreachable::AcrossJump => "across_jump",
            Unreachable::BetweenWholeNumbers => "between_whole_numbers",
            Unreachable::OutOfRange => "out_of_range",
        }),
        "nearest": result.nearest.map(|p| json!({"value": text(p.value), "metric": optional(p.metric)})),
    });
    if let Value::Object(fields) = fields {
        document.extend(fields);
    }
    pretty(&Value::Object(document))
}

pub fn goal_seek_table(result: &GoalSeek, scenario: &Scenario) -> String {
    let mut out = goal_seek_sentences(result, scenario).join("\n");
    out.push('\n');
    out
}

pub fn compare_json(compared: &[Compared]) -> String {
    let scenarios: Vec<Value> = compared
        .iter()
        .map(|c| {
            json!({
                "file": c.source,
                "name": c.name(),
                "currency": c.currency(),
                "horizon_months": c.horizon_months(),
                "summary": summary_json(&c.projection.summary),
            })
        })
        .collect();
    pretty(&json!({ "scenarios": scenarios }))
}

/// A compared input's value in one scenario, as a user reads it.
pub fn input_value(input: Input, scenario: &Scenario) -> String {
    match input {
        Input::Horizon => format!("{} months", scenario.horizon_months),
        Input::Currency => scenario.currency.clone(),
        Input::Driver(driver) => {
            driver_value(driver, driver.get(scenario), None, &scenario.currency)
        }
        Input::Billing => match scenario.costs.licence_billing {
            crate::model::scenario::LicenceBilling::Monthly => "monthly".into(),
            crate::model::scenario::LicenceBilling::Annual => "annually".into(),
        },
        Input::Lines => match scenario.lines.len() {
            0 => "none".into(),
            1 => "1 line".into(),
            n => format!("{n} lines"),
        },
    }
}

pub fn input_label(input: Input) -> &'static str {
    match input {
        Input::Horizon => "Horizon",
        Input::Currency => "Currency",
        Input::Driver(driver) => driver.label(),
        Input::Billing => "Licences billed",
        Input::Lines => "Extra lines",
    }
}

pub fn compare_table(compared: &[Compared]) -> String {
    type Row = (&'static str, fn(&Compared) -> String);
    let rows: [Row; 9] = [
        ("Horizon", |c| format!("{} months", c.horizon_months())),
        ("Total cost", |c| {
            money(c.projection.summary.total_cost, c.currency())
        }),
        ("Total gain", |c| {
            money(c.projection.summary.total_gain, c.currency())
        }),
        ("Net gain", |c| {
            money(c.projection.summary.net_gain, c.currency())
        }),
        ("ROI", |c| percent(c.projection.summary.roi_pct)),
        ("Payback", |c| {
            payback(c.projection.summary.payback_months, c.horizon_months())
        }),
        ("NPV", |c| money(c.projection.summary.npv, c.currency())),
        ("Discounted ROI", |c| {
            percent(c.projection.summary.discounted_roi_pct)
        }),
        ("Monthly net at full adoption", |c| {
            money(
                c.projection.summary.monthly_net_at_full_adoption,
                c.currency(),
            )
        }),
    ];
    let mut out = String::new();
    let headers: Vec<String> = compared
        .iter()
        .map(|c| format!("{} ({})", c.name(), c.source))
        .collect();
    for (index, header) in headers.iter().enumerate() {
        let _ = writeln!(out, "[{}] {header}", index + 1);
    }
    out.push('\n');
    if !same_currency(compared) {
        out.push_str(
            "Warning: these scenarios use different currencies. Amounts are not converted; \
             compare them on ROI and payback only.\n",
        );
    }
    if !same_horizon(compared) {
        out.push_str(
            "Note: the horizons differ, so totals, ROI and NPV cover different periods; \
             compare them with care.\n",
        );
    }
    let header: Vec<String> = std::iter::once(String::new())
        .chain((1..=compared.len()).map(|i| format!("[{i}]")))
        .collect();
    let mut table: Vec<Vec<String>> = rows
        .iter()
        .map(|(label, value)| {
            std::iter::once((*label).to_owned())
                .chain(compared.iter().map(value))
                .collect()
        })
        .collect();
    let scenarios: Vec<&Scenario> = compared.iter().map(|c| &c.scenario).collect();
    let differences = differing_inputs(&scenarios);
    write_table(&mut out, &header, &table);
    if !differences.is_empty() {
        out.push_str("\nInputs that differ\n");
        table = differences
            .into_iter()
            .map(|input| {
                std::iter::once(input_label(input).to_owned())
                    .chain(compared.iter().map(|c| input_value(input, &c.scenario)))
                    .collect()
            })
            .collect();
        write_table(&mut out, &header, &table);
    }
    out
}

/// Writes rows in aligned columns: the first left-aligned, the others right-aligned.
pub(crate) fn write_table(out: &mut String, header: &[String], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, &width))| {
                if i == 0 {
                    format!("{cell:<width$}")
                } else {
                    format!("{cell:>width$}")
                }
            })
            .collect();
        let _ = writeln!(out, "{}", cells.join("  ").trim_end());
    }
}
