//! The one-page report: a self-contained HTML file (inline CSS and SVG charts, no scripts, no
//! network) that prints well from any browser, or saves as PDF from its print dialog.

use std::fmt::Write as _;

use rust_decimal::prelude::ToPrimitive as _;

use super::svg::{Canvas, Marker, Series, Stroke, escape, line_chart, stacked_bars};
use super::years::RowStyle;
use super::{COST_COLOURS, GAIN_COLOURS};
use crate::analysis::risk::{Control, DEFAULT_RUNS, DEFAULT_SEED, RiskResult, risk};
use crate::locale::format::{driver_value, grouped, grouped_natural, money, payback, percent};
use crate::locale::terms;
use crate::model::before_after::RowKind;
use crate::model::before_after::before_after;
use crate::model::driver::{Driver, Group};
use crate::model::projection::{CostBreakdown, GainBreakdown, Projection};
use crate::model::scenario::LicenceBilling;
use crate::model::scenario::Scenario;
use crate::tr;

const STYLE: &str = r#"
  @page { size: A4; margin: 12mm; }
  * { box-sizing: border-box; }
  body { font-family: Helvetica, Arial, sans-serif; color: #1b1b1b; margin: 24px auto; max-width: 1060px; font-size: 12px; line-height: 1.35; }
  h1 { font-size: 24px; margin: 0 0 2px; }
  h2 { font-size: 14px; margin: 18px 0 6px; border-bottom: 1px solid #ccc; padding-bottom: 2px; }
  .meta { color: #555; margin-bottom: 12px; }
  .kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; }
  .note { color: #7a5a00; margin: 6px 0 0; }
  table.years tr.part td:first-child { padding-left: 14px; }
  table.years tr.subtotal td, table.years tr.net td { font-weight: bold; border-top: 1px solid #999; }
  table.quarters tr.first td { border-top: 1px solid #999; }
  table.quarters tr.total td { font-weight: bold; }
  table.quarters td.worse { color: #b3261e; }
  .footnote { color: #555; font-size: 10.5px; margin: 4px 0 0; }
  .kpi { border: 1px solid #ccc; border-radius: 6px; padding: 8px 10px; }
  .kpi .label { color: #555; font-size: 11px; }
  .kpi .value { font-size: 20px; font-weight: bold; }
  .kpi .value.small { font-size: 14px; }
  .kpi.negative .value { color: #c62828; }
  .charts { display: grid; grid-template-columns: repeat(2, 1fr); gap: 10px; }
  .charts svg { width: 100%; height: auto; border: 1px solid #eee; }
  .columns { display: grid; grid-template-columns: 1fr 1fr 1.25fr; gap: 16px; }
  table { border-collapse: collapse; width: 100%; }
  td, th { padding: 2px 6px; border-bottom: 1px solid #eee; text-align: left; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  th.group { padding-top: 6px; color: #555; }
  ul { margin: 4px 0; padding-left: 18px; }
  .notes { white-space: pre-wrap; border-left: 3px solid #ccc; padding-left: 8px; }
  footer { color: #777; margin-top: 14px; font-size: 10px; }
  @media print {
    body { margin: 0; max-width: none; font-size: 9.5px; }
    h1 { font-size: 20px; } h2 { font-size: 12px; margin: 10px 0 4px; break-after: avoid; }
    .kpi { padding: 4px 8px; } .kpi .value { font-size: 15px; }
    td, th { padding: 1px 4px; }
    .charts, .kpis, .columns { break-inside: avoid; }
  }
"#;

/// The report of `scenario`, dated `date`. Includes the risk range (10,000 runs, seed 1) when
/// the scenario has ranges.
pub fn html_report(scenario: &Scenario, projection: &Projection, date: &str) -> String {
    let risk_result = (!scenario.ranges.is_empty())
        .then(|| risk(scenario, DEFAULT_RUNS, DEFAULT_SEED, &Control::default()).ok())
        .flatten();
    html_report_with(scenario, projection, risk_result.as_ref(), date)
}

/// The KPIs of the report: (key, label, value, is bad news). The key names the figure for
/// scripts and tests (`data-kpi`).
pub fn report_kpis(
    scenario: &Scenario,
    projection: &Projection,
) -> Vec<(&'static str, String, String, bool)> {
    let s = &projection.summary;
    let c = scenario.currency.as_str();
    let negative = |v: rust_decimal::Decimal| v.is_sign_negative() && !v.is_zero();
    vec![
        (
            "roi_pct",
            tr!(
                "report-roi-at-months",
                months = i64::from(scenario.horizon_months),
            ),
            percent(s.roi_pct),
            s.roi_pct.is_some_and(negative),
        ),
        (
            "payback_months",
            tr!("report-payback"),
            payback(s.payback_months, scenario.horizon_months),
            s.payback_months.is_none(),
        ),
        (
            "net_gain",
            tr!("report-net-gain"),
            money(s.net_gain, c),
            negative(s.net_gain),
        ),
        ("npv", tr!("report-npv"), money(s.npv, c), negative(s.npv)),
        (
            "total_cost",
            tr!("report-total-cost"),
            money(s.total_cost, c),
            false,
        ),
        (
            "total_gain",
            tr!("report-total-gain"),
            money(s.total_gain, c),
            false,
        ),
        (
            "discounted_roi_pct",
            tr!("report-discounted-roi"),
            percent(s.discounted_roi_pct),
            s.discounted_roi_pct.is_some_and(negative),
        ),
        (
            "monthly_net_at_full_adoption",
            tr!("report-monthly-net-full-adoption"),
            money(s.monthly_net_at_full_adoption, c),
            negative(s.monthly_net_at_full_adoption),
        ),
    ]
}

pub fn html_report_with(
    scenario: &Scenario,
    projection: &Projection,
    risk_result: Option<&RiskResult>,
    date: &str,
) -> String {
    let currency = scenario.currency.as_str();
    let mut out = String::with_capacity(64 * 1024);
    let name = escape(&scenario.name);
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n",
        crate::locale::Lang::current().code(),
        escape(&tr!("report-html-title", name = scenario.name.as_str()))
    );
    let _ = writeln!(
        out,
        "<h1>{name}</h1><div class=\"meta\">{}</div>",
        escape(&tr!(
            "report-html-meta",
            date = date,
            currency = currency,
            months = i64::from(scenario.horizon_months),
        ))
    );

    out.push_str("<div class=\"kpis\">");
    for (key, label, value, negative) in report_kpis(scenario, projection) {
        let class = if negative { "kpi negative" } else { "kpi" };
        let _ = write!(
            out,
            "<div class=\"{class}\"><div class=\"label\">{}</div><div class=\"value\" data-kpi=\"{key}\">{}</div></div>",
            escape(&label),
            escape(&value)
        );
    }
    out.push_str("</div>\n");
    for note in super::notes(scenario, projection) {
        let _ = write!(
            out,
            "<p class=\"note\">{}</p>",
            escape(&tr!("report-note", note = note))
        );
    }

    let _ = write!(
        out,
        "<h2>{}</h2><div class=\"charts\">",
        escape(&tr!("report-html-charts"))
    );
    out.push_str(&charts(projection, currency).join(""));
    out.push_str("</div>\n");

    years_section(&mut out, scenario, projection);
    tracking_section(&mut out, scenario, projection);

    // Inputs in two tables beside the before/after view. Groups a scenario leaves all at zero
    // (no customers, no marketing spend, no support team) are left out.
    let groups: Vec<Group> = Group::ALL
        .into_iter()
        .filter(|&g| !g.optional() || Driver::in_group(g).any(|d| !d.get(scenario).is_zero()))
        .collect();
    let half = groups.len().div_ceil(2);
    out.push_str("<div class=\"columns\"><div>");
    inputs_table(
        &mut out,
        scenario,
        &groups[..half],
        &tr!("report-html-inputs"),
    );
    out.push_str("</div><div>");
    inputs_table(&mut out, scenario, &groups[half..], "\u{a0}");
    lines_table(&mut out, scenario);
    out.push_str("</div><div>");
    before_after_table(&mut out, scenario, projection);
    if let Some(result) = risk_result {
        risk_section(&mut out, scenario, result);
    }
    out.push_str("</div></div>\n");

    assumptions(&mut out, scenario);
    if !scenario.notes.trim().is_empty() {
        let _ = write!(
            out,
            "<h2>{}</h2><div class=\"notes\">{}</div>",
            escape(&tr!("report-notes-heading")),
            escape(&scenario.notes)
        );
    }
    let _ = write!(
        out,
        "<footer>{}</footer>\n</body></html>\n",
        escape(&tr!("report-html-footer"))
    );
    out
}

/// Stacked monthly bars of a breakdown, leaving out the parts that are zero in every month
/// (so a case without customers or extra lines keeps a short legend).
fn stacked_chart(
    title: &str,
    labels: &[String],
    colours: &[(u8, u8, u8)],
    months: impl Iterator<Item = Vec<rust_decimal::Decimal>>,
) -> String {
    let f = |v: rust_decimal::Decimal| crate::locale::format::round2(v).to_f64().unwrap_or(0.0);
    let rows: Vec<Vec<rust_decimal::Decimal>> = months.collect();
    let hexes: Vec<String> = colours.iter().map(|&c| super::hex(c)).collect();
    let series: Vec<Series> = labels
        .iter()
        .enumerate()
        .filter(|(i, _)| rows.iter().any(|row| !row[*i].is_zero()))
        .map(|(i, name)| Series {
            name: name.as_str(),
            colour: &hexes[i],
            points: rows
                .iter()
                .enumerate()
                .map(|(month, row)| (month as f64, f(row[i])))
                .collect(),
            stroke: Stroke::Solid,
        })
        .collect();
    stacked_bars(Canvas::REPORT, title, &series, &money_label)
}

/// A money axis label: whole units, grouped.
fn money_label(value: f64) -> String {
    format!("{value:.0}")
        .parse::<i64>()
        .map_or(String::new(), |n| grouped(n.into(), 0))
}

/// Cumulative cost against cumulative gain with the break-even point: the chart of the
/// report, of presentation mode and of the "Chart as PNG" export.
pub fn cost_gain_chart(projection: &Projection, currency: &str, canvas: Canvas) -> String {
    let f = |v: rust_decimal::Decimal| crate::locale::format::round2(v).to_f64().unwrap_or(0.0);
    let months = &projection.months;
    let break_even: Vec<Marker> = projection
        .break_even_point()
        .map(|(month, cost)| Marker {
            x: f(month),
            y: f(cost),
            label: tr!("report-chart-break-even", month = grouped(month, 2)),
        })
        .into_iter()
        .collect();
    let cost_name = tr!("report-chart-cumulative-cost");
    let gain_name = tr!("report-chart-cumulative-gain");
    line_chart(
        canvas,
        &tr!("report-chart-cost-gain", currency = currency),
        &[
            Series {
                name: &cost_name,
                colour: "#ea4335",
                points: months
                    .iter()
                    .map(|m| (f64::from(m.month), f(m.cumulative_cost)))
                    .collect(),
                stroke: Stroke::Solid,
            },
            Series {
                name: &gain_name,
                colour: "#34a853",
                points: months
                    .iter()
                    .map(|m| (f64::from(m.month), f(m.cumulative_gain)))
                    .collect(),
                stroke: Stroke::Solid,
            },
        ],
        &break_even,
        &money_label,
    )
}

/// The four charts as SVG: cumulative ROI, cumulative cost against gain, gains by driver.
pub fn charts(projection: &Projection, currency: &str) -> Vec<String> {
    let f = |v: rust_decimal::Decimal| crate::locale::format::round2(v).to_f64().unwrap_or(0.0);
    let months = &projection.months;
    let roi: Vec<(f64, f64)> = months
        .iter()
        .filter_map(|m| Some((f64::from(m.month), f(m.roi_pct?))))
        .collect();
    let payback_marker: Vec<Marker> = projection
        .summary
        .payback_months
        .map(|p| Marker {
            x: f(p),
            y: 0.0,
            label: tr!("report-chart-payback", months = grouped(p, 2)),
        })
        .into_iter()
        .collect();
    let roi_name = tr!("report-chart-roi-series");
    let roi_chart = line_chart(
        Canvas::REPORT,
        &tr!("report-chart-roi"),
        &[Series {
            name: &roi_name,
            colour: "#4285f4",
            points: roi,
            stroke: Stroke::Solid,
        }],
        &payback_marker,
        &|v| crate::locale::format::percent_approx(v, 0),
    );
    let cost_gain_chart = cost_gain_chart(projection, currency, Canvas::REPORT);
    let gain_labels: Vec<String> = (0..GainBreakdown::LABELS.len())
        .map(terms::gain_part)
        .collect();
    let cost_labels: Vec<String> = (0..CostBreakdown::LABELS.len())
        .map(terms::cost_part)
        .collect();
    let gains_chart = stacked_chart(
        &tr!("report-chart-gain-by-driver", currency = currency),
        &gain_labels,
        &GAIN_COLOURS,
        months.iter().map(|m| m.gains.as_array().to_vec()),
    );
    let costs_chart = stacked_chart(
        &tr!("report-chart-cost-by-kind", currency = currency),
        &cost_labels,
        &COST_COLOURS,
        months.iter().map(|m| m.costs.as_array().to_vec()),
    );
    vec![roi_chart, cost_gain_chart, gains_chart, costs_chart]
}

fn inputs_table(out: &mut String, scenario: &Scenario, groups: &[Group], heading: &str) {
    let _ = write!(out, "<h2>{}</h2><table>", escape(heading));
    for &group in groups {
        let _ = write!(
            out,
            "<tr><th class=\"group\" colspan=\"2\">{}</th></tr>",
            escape(&terms::group_title(group))
        );
        for driver in Driver::in_group(group) {
            let _ = write!(
                out,
                "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
                escape(&terms::driver_label(driver)),
                escape(&driver_value(
                    driver,
                    driver.get(scenario),
                    None,
                    &scenario.currency
                )),
            );
        }
        if group == Group::CrmCosts {
            let billing = match scenario.costs.licence_billing {
                LicenceBilling::Monthly => tr!("report-billing-monthly"),
                LicenceBilling::Annual => tr!("report-billing-annually-ahead"),
            };
            let _ = write!(
                out,
                "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
                escape(&tr!("report-licences-billed")),
                escape(&billing)
            );
        }
    }
    out.push_str("</table>");
}

/// The extra lines (gains and costs the drivers do not cover), when there are any.
fn lines_table(out: &mut String, scenario: &Scenario) {
    if scenario.lines.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<h2>{}</h2><table><tr><th>{}</th><th class=\"num\">{}</th><th>{}</th></tr>",
        escape(&tr!("report-extra-lines")),
        escape(&tr!("report-lines-line")),
        escape(&tr!("report-lines-amount")),
        escape(&tr!("report-lines-months")),
    );
    for line in &scenario.lines {
        let _ = write!(
            out,
            "<tr><td>{} ({})</td><td class=\"num\">{} {}</td><td>{}</td></tr>",
            escape(&line.name),
            escape(&super::line_kind_text(line.kind).to_lowercase()),
            escape(&money(line.amount, &scenario.currency)),
            escape(&super::line_per_text(line.per)),
            escape(&super::line_months_text(line, scenario.horizon_months)),
        );
    }
    out.push_str("</table>");
}

/// Plan against actual, when months have been measured (or the rollout's real cost given):
/// the headline figures, the cumulative net (plan, actual, and the outlook dashed), and the
/// quarters.
fn tracking_section(out: &mut String, scenario: &Scenario, projection: &Projection) {
    use super::tracking::{
        TRACKING_SUMMARY_KEYS, is_total_row, quarter_label, quarter_rows, tracking_summary,
        variance_is_worse,
    };
    let tracked = scenario
        .actuals
        .as_ref()
        .is_some_and(|a| !a.months.is_empty() || a.one_time_cost.is_some());
    if !tracked {
        return;
    }
    let Ok(tracking) = crate::model::tracking::track(scenario, projection) else {
        return;
    };
    let _ = write!(
        out,
        "<h2>{}</h2><div class=\"kpis\">",
        escape(&tr!("report-tracking-heading"))
    );
    for ((label, value), key) in tracking_summary(scenario, &tracking)
        .into_iter()
        .zip(TRACKING_SUMMARY_KEYS)
    {
        let _ = write!(
            out,
            "<div class=\"kpi\"><div class=\"label\">{}</div><div class=\"value small\" data-tracking=\"{}\">{}</div></div>",
            escape(&label),
            escape(key),
            escape(&value)
        );
    }
    out.push_str("</div><div class=\"charts\">");
    let f = |v: rust_decimal::Decimal| crate::locale::format::round2(v).to_f64().unwrap_or(0.0);
    let through = tracking.measured_through;
    let series = |filter: &dyn Fn(u32) -> bool, plan: bool| -> Vec<(f64, f64)> {
        tracking
            .months
            .iter()
            .filter(|m| filter(m.month))
            .map(|m| {
                let side = if plan { &m.plan } else { &m.actual };
                (f64::from(m.month), f(side.cumulative_net))
            })
            .collect()
    };
    let plan_name = tr!("report-tracking-plan");
    let actual_name = tr!("report-tracking-actual");
    let outlook_name = tr!("report-tracking-outlook");
    let measured_name = tr!("report-tracking-measured-month");
    let mut lines = vec![Series {
        name: &plan_name,
        colour: "#8c8c8c",
        points: series(&|_| true, true),
        stroke: Stroke::Solid,
    }];
    if through > 0 {
        lines.push(Series {
            name: &actual_name,
            colour: "#34a853",
            points: series(&|m| m <= through, false),
            stroke: Stroke::Solid,
        });
    }
    lines.push(Series {
        name: &outlook_name,
        colour: "#34a853",
        points: series(&|m| m >= through, false),
        stroke: Stroke::Dashed,
    });
    let measured: Vec<(f64, f64)> = tracking
        .months
        .iter()
        .filter(|m| m.measured)
        .map(|m| (f64::from(m.month), f(m.actual.cumulative_net)))
        .collect();
    if !measured.is_empty() {
        lines.push(Series {
            name: &measured_name,
            colour: "#1e7e34",
            points: measured,
            stroke: Stroke::Dots,
        });
    }
    out.push_str(&line_chart(
        Canvas::REPORT,
        &tr!(
            "report-tracking-chart",
            currency = scenario.currency.as_str(),
        ),
        &lines,
        &[],
        &money_label,
    ));
    let _ = write!(
        out,
        "<div><table class=\"quarters\"><tr><th>{}</th><th></th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr>",
        escape(&tr!("report-tracking-quarter")),
        escape(&plan_name),
        escape(&actual_name),
        escape(&tr!("report-tracking-variance")),
    );
    for quarter in &tracking.quarters {
        for (index, (kind, label, [plan, actual, variance])) in
            quarter_rows(quarter).into_iter().enumerate()
        {
            let heading = if index == 0 {
                quarter_label(quarter)
            } else {
                String::new()
            };
            let mut classes = Vec::new();
            if index == 0 {
                classes.push("first");
            }
            if is_total_row(kind) {
                classes.push("total");
            }
            let _ = write!(
                out,
                "<tr class=\"{}\"><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num{}\">{}</td></tr>",
                classes.join(" "),
                escape(&heading),
                escape(&label),
                grouped(plan, 2),
                grouped(actual, 2),
                if variance_is_worse(kind, variance) {
                    " worse"
                } else {
                    ""
                },
                grouped(variance, 2)
            );
        }
    }
    out.push_str("</table></div></div>\n");
}

/// The business case by year, as the window's Years table shows it.
fn years_section(out: &mut String, scenario: &Scenario, projection: &Projection) {
    let table = super::years::years_table(scenario, projection);
    let _ = write!(
        out,
        "<h2>{}</h2><table class=\"years\"><tr><th></th>",
        escape(&tr!(
            "report-years-heading",
            currency = scenario.currency.as_str(),
        ))
    );
    for column in &table.columns {
        let _ = write!(out, "<th class=\"num\">{}</th>", escape(column));
    }
    out.push_str("</tr>");
    for row in &table.rows {
        let class = match row.style {
            RowStyle::Part => "part",
            RowStyle::Subtotal => "subtotal",
            RowStyle::Net => "net",
        };
        let _ = write!(out, "<tr class=\"{class}\"><td>{}</td>", escape(&row.label));
        for value in &row.values {
            let _ = write!(out, "<td class=\"num\">{}</td>", grouped(*value, 2));
        }
        out.push_str("</tr>");
    }
    let _ = write!(
        out,
        "</table><p class=\"footnote\">{}</p>",
        escape(&table.footnote)
    );
}

fn before_after_table(out: &mut String, scenario: &Scenario, projection: &Projection) {
    let Ok(view) = before_after(scenario, projection) else {
        return;
    };
    let _ = write!(
        out,
        "<h2>{}</h2><table><tr><th></th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr>",
        escape(&tr!(
            "report-before-after-heading",
            currency = scenario.currency.as_str(),
        )),
        escape(&tr!("report-before-after-before")),
        escape(&tr!("report-before-after-after")),
        escape(&tr!("report-before-after-change")),
    );
    for row in view.rows() {
        let [before, after, change] = row.values;
        let decimals = match row.kind {
            RowKind::Count => 1,
            RowKind::Money | RowKind::Cost => 2,
        };
        let (open, close) = if row.is_total {
            ("<b>", "</b>")
        } else {
            ("", "")
        };
        let _ = write!(
            out,
            "<tr><td>{open}{}{close}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{open}{}{close}</td></tr>",
            escape(&crate::locale::terms::department_row(row.index)),
            grouped(before, decimals),
            grouped(after, decimals),
            grouped(change, decimals)
        );
    }
    out.push_str("</table>");
}

fn risk_section(out: &mut String, scenario: &Scenario, result: &RiskResult) {
    let horizon = scenario.horizon_months;
    let months = |v: Option<f64>| v.map_or("–".to_owned(), |m| format!("{m:.2}"));
    let _ = write!(
        out,
        "<h2>{}</h2><table>\
         <tr><th></th><th class=\"num\">P10</th><th class=\"num\">P50</th><th class=\"num\">P90</th></tr>\
         <tr><td>{}</td><td class=\"num\" data-risk=\"roi\">{:.2} %</td><td class=\"num\">{:.2} %</td><td class=\"num\">{:.2} %</td></tr>\
         <tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\
         <tr><td colspan=\"3\">{}</td><td class=\"num\">{:.1} %</td></tr>\
         <tr><td colspan=\"3\">{}</td><td class=\"num\">{:.1} %</td></tr></table><ul>",
        escape(&tr!(
            "report-risk-heading",
            runs = i64::from(result.runs),
            seed = result.seed.to_string(),
        )),
        escape(&tr!("report-roi-at-months", months = i64::from(horizon))),
        result.roi_pct.p10,
        result.roi_pct.p50,
        result.roi_pct.p90,
        escape(&tr!(
            "report-risk-payback-months",
            horizon = i64::from(horizon),
        )),
        months(result.payback_months.p10),
        months(result.payback_months.p50),
        months(result.payback_months.p90),
        escape(&tr!(
            "report-risk-chance-payback",
            months = i64::from(horizon),
        )),
        result.probability_payback_within_horizon * 100.0,
        escape(&tr!("report-risk-chance-negative")),
        result.probability_negative_roi * 100.0
    );
    for (name, triangle) in &scenario.ranges {
        let label = Driver::from_field_name(name).map_or_else(|| name.clone(), terms::driver_label);
        let _ = write!(
            out,
            "<li>{}</li>",
            escape(&tr!(
                "report-risk-range",
                driver = label,
                low = grouped_natural(triangle.low),
                likely = grouped_natural(triangle.likely),
                high = grouped_natural(triangle.high),
            ))
        );
    }
    out.push_str("</ul>");
}

fn assumptions(out: &mut String, scenario: &Scenario) {
    let items = [
        tr!(
            "report-formulas-baseline",
            margin = grouped_natural(scenario.baseline.gross_margin_pct),
        ),
        tr!("report-formulas-gains"),
        tr!(
            "report-formulas-adoption",
            adoption = grouped_natural(scenario.adoption.adoption_pct),
            risk = grouped_natural(scenario.finance.benefit_risk_pct),
            ramp = i64::from(scenario.adoption.ramp_months),
        ),
        tr!("report-formulas-customers"),
        tr!("report-formulas-costs"),
        tr!("report-formulas-lines"),
        tr!("report-formulas-roi"),
        tr!(
            "report-formulas-npv",
            rate = grouped_natural(scenario.finance.discount_rate_annual_pct),
        ),
    ];
    // Element text, so only `&`, `<` and `>` are escaped: the apostrophes stay as written.
    let _ = write!(
        out,
        "<h2>{}</h2><ul>",
        text(&tr!("report-formulas-heading"))
    );
    for item in items {
        let _ = write!(out, "<li>{}</li>", text(&item));
    }
    out.push_str("</ul>");
}

/// Escapes text inside an element (not an attribute): `&`, `<` and `>`.
fn text(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Today's date as `YYYY-MM-DD` (UTC), from the system clock.
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Days since 1970-01-01 to a (year, month, day) date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_419), (2025, 11, 27));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }
}
