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
use crate::locale::terms;
use crate::model::scenario::Scenario;
use crate::tr;

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
    format!(
        "{} ({})",
        terms::driver_label(driver),
        terms::unit_suffix(driver.unit(), currency)
    )
}

pub fn sensitivity_table(result: &Sensitivity, scenario: &Scenario) -> String {
    let currency = scenario.currency.as_str();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "report-sensitivity-title",
            name = scenario.name.as_str(),
            swing = grouped(result.swing_pct, 0),
            months = i64::from(scenario.horizon_months),
            roi = percent(result.base_roi),
            npv = money(result.base_npv, currency),
        )
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
        tr!("report-sensitivity-driver"),
        tr!("report-sensitivity-low-value"),
        tr!("report-sensitivity-high-value"),
        tr!("report-sensitivity-roi-low"),
        tr!("report-sensitivity-roi-high"),
        tr!("report-sensitivity-npv-low", currency = currency),
        tr!("report-sensitivity-npv-high", currency = currency),
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
        "{}",
        tr!(
            "report-risk-title",
            name = scenario.name.as_str(),
            runs = i64::from(result.runs),
            seed = result.seed.to_string(),
        )
    );
    let _ = writeln!(
        out,
        "{}    P10 {}   P50 {}   P90 {}",
        tr!("report-roi-at-months", months = i64::from(horizon_months)),
        pct(result.roi_pct.p10),
        pct(result.roi_pct.p50),
        pct(result.roi_pct.p90)
    );
    let _ = writeln!(
        out,
        "{:<19} P10 {}   P50 {}   P90 {}",
        tr!("report-payback"),
        months(result.payback_months.p10),
        months(result.payback_months.p50),
        months(result.payback_months.p90)
    );
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "report-risk-chance-payback-value",
            months = i64::from(horizon_months),
            chance = format!("{:.1}", result.probability_payback_within_horizon * 100.0),
        )
    );
    let _ = writeln!(
        out,
        "{}\n",
        tr!(
            "report-risk-chance-negative-value",
            chance = format!("{:.1}", result.probability_negative_roi * 100.0),
        )
    );
    let _ = writeln!(
        out,
        "{:>5} {:>12} {:>12} {:>12}",
        tr!("report-col-month"),
        tr!("report-risk-roi-p10"),
        tr!("report-risk-roi-p50"),
        tr!("report-risk-roi-p90")
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
        Target::RoiPct(v) => tr!(
            "report-goal-target-roi",
            roi = percent(Some(v)),
            months = i64::from(horizon_months),
        ),
        Target::PaybackMonths(v) => tr!("report-goal-target-payback", months = grouped(v, 2)),
    }
}

/// The ROI or payback a goal-seek point gives, as a user reads it.
fn metric_text(target: Target, metric: Option<Decimal>, horizon_months: u32) -> String {
    match target {
        Target::RoiPct(_) => match metric {
            Some(roi) => tr!("report-goal-metric-roi", roi = percent(Some(roi))),
            None => tr!("report-goal-metric-no-roi"),
        },
        Target::PaybackMonths(_) => tr!(
            "report-goal-metric-payback",
            payback = payback(metric, horizon_months),
        ),
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
    let label = terms::driver_label(driver);
    let today = tr!(
        "report-goal-today",
        value = value_text(driver.get(scenario), None),
    );
    if let (true, Some(value)) = (result.reached, result.value) {
        // Within 0.01 of the target; said only where the rounded figure shows a difference.
        let exactly = match (result.target, result.achieved) {
            (Target::RoiPct(t), Some(a)) if round_to(a, 2) != round_to(t, 2) => {
                Some(metric_text(result.target, Some(a), horizon))
            }
            (Target::PaybackMonths(t), Some(a)) if round_to(a, 2) != round_to(t, 2) => {
                Some(metric_text(result.target, Some(a), horizon))
            }
            _ => None,
        };
        let value = value_text(value, Some(result.decimals));
        let reached = match exactly {
            Some(achieved) => tr!(
                "report-goal-reached-exactly",
                driver = label,
                value = value,
                target = wanted,
                achieved = achieved,
            ),
            None => tr!(
                "report-goal-reached",
                driver = label,
                value = value,
                target = wanted,
            ),
        };
        return vec![reached, today];
    }
    let reason = match result.unreachable {
        Some(Unreachable::OutsideHorizon) if result.target.value() < Decimal::ZERO => {
            tr!("report-goal-before-month-zero")
        }
        Some(Unreachable::OutsideHorizon) => tr!(
            "report-goal-beyond-horizon",
            months = grouped(result.target.value(), 2),
            horizon = i64::from(horizon),
        ),
        Some(Unreachable::AcrossJump) => match result.target {
            Target::RoiPct(_) => tr!(
                "report-goal-jump-roi",
                target = capitalised(&wanted),
                driver = label.as_str(),
            ),
            Target::PaybackMonths(_) => tr!(
                "report-goal-jump-payback",
                target = capitalised(&wanted),
                driver = label.as_str(),
            ),
        },
        Some(Unreachable::BetweenWholeNumbers) => match result.neighbours {
            Some((low, high)) => tr!(
                "report-goal-between-whole",
                driver = label.as_str(),
                target = wanted.as_str(),
                low = value_text(low.value, Some(0)),
                low_metric = metric_text(result.target, low.metric, horizon),
                high = value_text(high.value, Some(0)),
                high_metric = metric_text(result.target, high.metric, horizon),
            ),
            None => tr!(
                "report-goal-no-whole",
                driver = label.as_str(),
                target = wanted.as_str(),
            ),
        },
        Some(Unreachable::OutOfRange) | None => tr!(
            "report-goal-out-of-range",
            driver = label.as_str(),
            min = value_text(driver.min(), None),
            max = value_text(driver.max(), None),
            target = wanted.as_str(),
            at_min = metric_text(result.target, result.at_min, horizon),
            at_max = metric_text(result.target, result.at_max, horizon),
        ),
    };
    let mut sentences = vec![reason];
    if let Some(nearest) = result.nearest
        && result.neighbours.is_none()
    {
        let decimals = if driver.whole_number() { 0 } else { 2 };
        sentences.push(tr!(
            "report-goal-nearest",
            metric = metric_text(result.target, nearest.metric, horizon),
            driver = label.as_str(),
            value = value_text(nearest.value, Some(decimals)),
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
        Input::Horizon => super::horizon_text(scenario.horizon_months),
        Input::Currency => scenario.currency.clone(),
        Input::Driver(driver) => {
            driver_value(driver, driver.get(scenario), None, &scenario.currency)
        }
        Input::Billing => match scenario.costs.licence_billing {
            crate::model::scenario::LicenceBilling::Monthly => tr!("report-billing-monthly"),
            crate::model::scenario::LicenceBilling::Annual => tr!("report-billing-annually"),
        },
        Input::Lines => tr!(
            "report-lines-count",
            count = i64::try_from(scenario.lines.len()).unwrap_or(i64::MAX),
        ),
    }
}

pub fn input_label(input: Input) -> String {
    match input {
        Input::Horizon => tr!("report-horizon"),
        Input::Currency => tr!("report-currency"),
        Input::Driver(driver) => terms::driver_label(driver),
        Input::Billing => tr!("report-licences-billed"),
        Input::Lines => tr!("report-extra-lines"),
    }
}

pub fn compare_table(compared: &[Compared]) -> String {
    type Row = (String, fn(&Compared) -> String);
    let rows: [Row; 9] = [
        (tr!("report-horizon"), |c| {
            super::horizon_text(c.horizon_months())
        }),
        (tr!("report-total-cost"), |c| {
            money(c.projection.summary.total_cost, c.currency())
        }),
        (tr!("report-total-gain"), |c| {
            money(c.projection.summary.total_gain, c.currency())
        }),
        (tr!("report-net-gain"), |c| {
            money(c.projection.summary.net_gain, c.currency())
        }),
        (tr!("report-roi"), |c| percent(c.projection.summary.roi_pct)),
        (tr!("report-payback"), |c| {
            payback(c.projection.summary.payback_months, c.horizon_months())
        }),
        (tr!("report-npv"), |c| {
            money(c.projection.summary.npv, c.currency())
        }),
        (tr!("report-discounted-roi"), |c| {
            percent(c.projection.summary.discounted_roi_pct)
        }),
        (tr!("report-monthly-net-full-adoption"), |c| {
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
        let _ = writeln!(out, "{}", tr!("report-compare-currencies-differ"));
    }
    if !same_horizon(compared) {
        let _ = writeln!(out, "{}", tr!("report-compare-horizons-differ"));
    }
    let header: Vec<String> = std::iter::once(String::new())
        .chain((1..=compared.len()).map(|i| format!("[{i}]")))
        .collect();
    let mut table: Vec<Vec<String>> = rows
        .iter()
        .map(|(label, value)| {
            std::iter::once(label.clone())
                .chain(compared.iter().map(value))
                .collect()
        })
        .collect();
    let scenarios: Vec<&Scenario> = compared.iter().map(|c| &c.scenario).collect();
    let differences = differing_inputs(&scenarios);
    write_table(&mut out, &header, &table);
    if !differences.is_empty() {
        let _ = writeln!(out, "\n{}", tr!("report-compare-inputs-differ"));
        table = differences
            .into_iter()
            .map(|input| {
                std::iter::once(input_label(input))
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
