use serde_json::{Map, Value, json};

use super::{MONTH_COLUMNS, money_columns};
use crate::locale::format::plain;
use crate::model::projection::{DriverGains, Projection, Summary};
use crate::model::scenario::Scenario;

fn amount(value: rust_decimal::Decimal) -> Value {
    Value::String(plain(value))
}

fn optional(value: Option<rust_decimal::Decimal>) -> Value {
    value.map_or(Value::Null, amount)
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

/// The scenario's name, currency and horizon: every JSON document starts with them, so a
/// result read on its own says what it is about.
pub fn scenario_fields(scenario: &Scenario) -> serde_json::Map<String, Value> {
    let mut fields = serde_json::Map::new();
    fields.insert("name".into(), Value::String(scenario.name.clone()));
    fields.insert("currency".into(), Value::String(scenario.currency.clone()));
    fields.insert("horizon_months".into(), json!(scenario.horizon_months));
    fields
}

/// The JSON document of SPEC §4: decimal strings rounded to 2 places, `null` where none,
/// after the scenario's name, currency and horizon.
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
            let gains: Map<String, Value> = DriverGains::NAMES
                .iter()
                .zip(month.gains.as_array())
                .map(|(name, value)| ((*name).to_owned(), amount(value)))
                .collect();
            row.insert("gains".into(), Value::Object(gains));
            Value::Object(row)
        })
        .collect();
    let mut document = scenario_fields(scenario);
    document.insert("summary".into(), summary_json(&projection.summary));
    document.insert("months".into(), Value::Array(months));
    let mut text = serde_json::to_string_pretty(&Value::Object(document)).unwrap_or_default();
    text.push('\n');
    text
}
