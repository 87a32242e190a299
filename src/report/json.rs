//! The JSON document of SPEC §4: what scripts read. Decimal strings rounded half away from zero
//! to 2 places, `null` where a value does not exist, English field names whatever the language.

use serde_json::{Map, Value, json};

use super::{MONTH_COLUMNS, money_columns};
use crate::locale::format::plain;
use crate::model::projection::{CostBreakdown, GainBreakdown, Projection, Summary};
use crate::model::scenario::Scenario;

fn amount(value: rust_decimal::Decimal) -> Value {
    Value::String(plain(value))
}

fn optional(value: Option<rust_decimal::Decimal>) -> Value {
    value.map_or(Value::Null, amount)
}

/// The scenario's name, currency and horizon: every JSON document starts with them, so a
/// result read on its own says what it is about.
pub fn scenario_fields(scenario: &Scenario) -> Map<String, Value> {
    let mut fields = Map::new();
    fields.insert("name".into(), Value::String(scenario.name.clone()));
    fields.insert("currency".into(), Value::String(scenario.currency.clone()));
    fields.insert("horizon_months".into(), json!(scenario.horizon_months));
    fields
}

/// The summary object of SPEC §4, reused by `compare`.
pub fn summary_json(summary: &Summary) -> Value {
    json!({
        "total_cost": amount(summary.total_cost),
        "total_gain": amount(summary.total_gain),
        "net_gain": amount(summary.net_gain),
        "roi_pct": optional(summary.roi_pct),
        "payback_months": optional(summary.payback_months),
        "npv": amount(summary.npv),
        "discounted_roi_pct": optional(summary.discounted_roi_pct),
        "monthly_gain_at_full_adoption": amount(summary.monthly_gain_at_full_adoption),
        "monthly_net_at_full_adoption": amount(summary.monthly_net_at_full_adoption),
    })
}

fn gains_json(gains: &GainBreakdown) -> Value {
    Value::Object(
        GainBreakdown::NAMES
            .iter()
            .zip(gains.as_array())
            .map(|(name, value)| ((*name).to_owned(), amount(value)))
            .collect(),
    )
}

fn costs_json(costs: &CostBreakdown) -> Value {
    Value::Object(
        CostBreakdown::NAMES
            .iter()
            .zip(costs.as_array())
            .map(|(name, value)| ((*name).to_owned(), amount(value)))
            .collect(),
    )
}

/// `years` of SPEC §4: the periods (year 0 is Initial) and the present values.
pub fn years_json(projection: &Projection) -> Value {
    let years = &projection.years;
    let parts = years.parts(&projection.months).unwrap_or_default();
    let periods: Vec<Value> = years
        .periods
        .iter()
        .zip(&parts.periods)
        .map(|(p, (gains, costs))| {
            json!({
                "year": p.year,
                "first_month": p.first_month,
                "last_month": p.last_month,
                "gain": amount(p.gain),
                "cost": amount(p.cost),
                "net": amount(p.net),
                "gains": gains_json(gains),
                "costs": costs_json(costs),
            })
        })
        .collect();
    json!({
        "periods": periods,
        "pv_gains": amount(years.pv_gains),
        "pv_costs": amount(years.pv_costs),
        "npv": amount(years.npv),
        "roi_pct": optional(years.roi_pct),
    })
}

/// The whole document: the scenario's name, currency and horizon, then SPEC §4's fields.
pub fn json(scenario: &Scenario, projection: &Projection) -> String {
    let months: Vec<Value> = projection
        .months
        .iter()
        .map(|month| {
            let mut row = Map::new();
            row.insert(MONTH_COLUMNS[0].into(), json!(month.month));
            for (name, value) in MONTH_COLUMNS[1..7].iter().zip(money_columns(month)) {
                row.insert((*name).into(), amount(value));
            }
            row.insert(MONTH_COLUMNS[7].into(), optional(month.roi_pct));
            row.insert("gains".into(), gains_json(&month.gains));
            row.insert("costs".into(), costs_json(&month.costs));
            Value::Object(row)
        })
        .collect();
    let customers = projection.summary.customers_at_horizon;
    let mut document = scenario_fields(scenario);
    document.insert("summary".into(), summary_json(&projection.summary));
    document.insert("months".into(), Value::Array(months));
    document.insert(
        "customers_at_horizon".into(),
        json!({
            "without_crm": amount(customers.without_crm),
            "with_crm": amount(customers.with_crm),
        }),
    );
    document.insert("years".into(), years_json(projection));
    let mut text = serde_json::to_string_pretty(&Value::Object(document)).unwrap_or_default();
    text.push('\n');
    text
}
