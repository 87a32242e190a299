//! The months as they happened (SPEC §6): what was measured after go-live, kept in the same
//! scenario file as the plan, so the plan and the facts sit side by side.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize, Serializer};

use crate::model::driver::MONEY_MAX;
use crate::model::scenario::FieldError;

/// The measured months of a scenario, with how much of each change the CRM is credited with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Actuals {
    /// The calendar month of month 0, `YYYY-MM`, to show months as dates.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "bare")]
    pub go_live: Option<String>,
    /// Share of each measured change credited to the CRM: growth also comes from hiring, new
    /// markets and new products.
    pub attribution_pct: Decimal,
    /// What the rollout really cost (month 0).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "bare")]
    pub one_time_cost: Option<Decimal>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub months: Vec<ActualMonth>,
}

impl Default for Actuals {
    fn default() -> Self {
        Self {
            go_live: None,
            attribution_pct: Decimal::ONE_HUNDRED,
            one_time_cost: None,
            months: Vec::new(),
        }
    }
}

/// One measured month; a measure left out was not measured.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActualMonth {
    pub month: u32,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "bare"
    )]
    pub revenue: Option<Decimal>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "bare"
    )]
    pub deals_won: Option<Decimal>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "bare"
    )]
    pub sales_cycle_days: Option<Decimal>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "bare"
    )]
    pub hours_saved_per_rep_per_week: Option<Decimal>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "bare"
    )]
    pub active_customers: Option<Decimal>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "bare"
    )]
    pub acquisition_spend: Option<Decimal>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "bare"
    )]
    pub support_cost: Option<Decimal>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "bare"
    )]
    pub crm_cost: Option<Decimal>,
}

/// An optional value written as the bare value (`revenue: "104200"`, not `Some("104200")`);
/// the reader takes both (RON's implicit `Some`).
pub(crate) fn bare<T: Serialize, S: Serializer>(
    value: &Option<T>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => value.serialize(serializer),
        None => serializer.serialize_none(),
    }
}

/// The measures of a month, named as in the file and the CSV, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    Revenue,
    DealsWon,
    SalesCycleDays,
    HoursSavedPerRepPerWeek,
    ActiveCustomers,
    AcquisitionSpend,
    SupportCost,
    CrmCost,
}

impl Measure {
    pub const ALL: [Measure; 8] = [
        Measure::Revenue,
        Measure::DealsWon,
        Measure::SalesCycleDays,
        Measure::HoursSavedPerRepPerWeek,
        Measure::ActiveCustomers,
        Measure::AcquisitionSpend,
        Measure::SupportCost,
        Measure::CrmCost,
    ];

    pub fn field_name(self) -> &'static str {
        match self {
            Measure::Revenue => "revenue",
            Measure::DealsWon => "deals_won",
            Measure::SalesCycleDays => "sales_cycle_days",
            Measure::HoursSavedPerRepPerWeek => "hours_saved_per_rep_per_week",
            Measure::ActiveCustomers => "active_customers",
            Measure::AcquisitionSpend => "acquisition_spend",
            Measure::SupportCost => "support_cost",
            Measure::CrmCost => "crm_cost",
        }
    }

    pub fn from_field_name(name: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.field_name() == name)
    }

    /// Whether the measure is an amount of money (shown in the scenario's currency).
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Measure::Revenue | Measure::AcquisitionSpend | Measure::SupportCost | Measure::CrmCost
        )
    }

    pub fn get(self, month: &ActualMonth) -> Option<Decimal> {
        match self {
            Measure::Revenue => month.revenue,
            Measure::DealsWon => month.deals_won,
            Measure::SalesCycleDays => month.sales_cycle_days,
            Measure::HoursSavedPerRepPerWeek => month.hours_saved_per_rep_per_week,
            Measure::ActiveCustomers => month.active_customers,
            Measure::AcquisitionSpend => month.acquisition_spend,
            Measure::SupportCost => month.support_cost,
            Measure::CrmCost => month.crm_cost,
        }
    }

    pub fn set(self, month: &mut ActualMonth, value: Option<Decimal>) {
        let slot = match self {
            Measure::Revenue => &mut month.revenue,
            Measure::DealsWon => &mut month.deals_won,
            Measure::SalesCycleDays => &mut month.sales_cycle_days,
            Measure::HoursSavedPerRepPerWeek => &mut month.hours_saved_per_rep_per_week,
            Measure::ActiveCustomers => &mut month.active_customers,
            Measure::AcquisitionSpend => &mut month.acquisition_spend,
            Measure::SupportCost => &mut month.support_cost,
            Measure::CrmCost => &mut month.crm_cost,
        };
        *slot = value;
    }
}

impl ActualMonth {
    /// Whether nothing was measured in it (such a month is dropped from the file).
    pub fn is_empty(&self) -> bool {
        Measure::ALL.iter().all(|m| m.get(self).is_none())
    }
}

impl Actuals {
    /// The entry of `month`, if it was measured.
    pub fn month(&self, month: u32) -> Option<&ActualMonth> {
        self.months.iter().find(|m| m.month == month)
    }

    /// Checks the measured months against a horizon; every problem, not just the first.
    pub fn validate(&self, horizon_months: u32, errors: &mut Vec<FieldError>) {
        let money_max = Decimal::from(MONEY_MAX);
        if let Some(go_live) = &self.go_live
            && parse_year_month(go_live).is_none()
        {
            errors.push(FieldError {
                field: "actuals.go_live".into(),
                value: format!("{:?}", truncated(go_live)),
                allowed: "a month as YYYY-MM, such as \"2026-03\"".into(),
            });
        }
        if !(Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&self.attribution_pct) {
            errors.push(FieldError {
                field: "actuals.attribution_pct".into(),
                value: self.attribution_pct.normalize().to_string(),
                allowed: "0 to 100".into(),
            });
        }
        if let Some(cost) = self.one_time_cost
            && !(Decimal::ZERO..=money_max).contains(&cost)
        {
            errors.push(FieldError {
                field: "actuals.one_time_cost".into(),
                value: cost.normalize().to_string(),
                allowed: format!("0 to {MONEY_MAX}"),
            });
        }
        if self.months.len() > crate::model::scenario::HORIZON_MONTHS_MAX as usize {
            errors.push(FieldError {
                field: "actuals.months".into(),
                value: format!("{} months", self.months.len()),
                allowed: format!(
                    "at most {} months, one per month of the horizon",
                    crate::model::scenario::HORIZON_MONTHS_MAX
                ),
            });
            return;
        }
        for (index, entry) in self.months.iter().enumerate() {
            let field = |name: &str| format!("actuals.months[{index}].{name}");
            if !(1..=horizon_months).contains(&entry.month) {
                errors.push(FieldError {
                    field: field("month"),
                    value: entry.month.to_string(),
                    allowed: format!("1 to {horizon_months} (the horizon)"),
                });
            }
            if self.months[..index].iter().any(|m| m.month == entry.month) {
                errors.push(FieldError {
                    field: field("month"),
                    value: format!("{} again", entry.month),
                    allowed: "each month at most once".into(),
                });
            }
            for measure in Measure::ALL {
                if let Some(value) = measure.get(entry)
                    && !(Decimal::ZERO..=money_max).contains(&value)
                {
                    errors.push(FieldError {
                        field: field(measure.field_name()),
                        value: value.normalize().to_string(),
                        allowed: format!("0 to {MONEY_MAX}"),
                    });
                }
            }
        }
    }
}

/// `"2026-03"` as (2026, 3); `None` for anything else.
pub fn parse_year_month(text: &str) -> Option<(i32, u32)> {
    let (year, month) = text.split_once('-')?;
    let valid = year.len() == 4
        && month.len() == 2
        && year.bytes().all(|b| b.is_ascii_digit())
        && month.bytes().all(|b| b.is_ascii_digit());
    if !valid {
        return None;
    }
    let (year, month) = (year.parse().ok()?, month.parse().ok()?);
    ((1..=12).contains(&month) && year >= 1900).then_some((year, month))
}

/// The calendar month `offset` months after `(year, month)`.
pub fn add_months((year, month): (i32, u32), offset: u32) -> (i32, u32) {
    let index = year * 12 + month as i32 - 1 + offset as i32;
    (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
}

/// A long text cut for a message.
fn truncated(text: &str) -> String {
    if text.chars().count() <= 40 {
        text.to_owned()
    } else {
        text.chars().take(40).chain(['…']).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_live_months_are_years_and_months() {
        assert_eq!(parse_year_month("2026-03"), Some((2026, 3)));
        assert_eq!(parse_year_month("2026-13"), None);
        assert_eq!(parse_year_month("2026-3"), None);
        assert_eq!(parse_year_month("26-03"), None);
        assert_eq!(parse_year_month("March"), None);
        assert_eq!(add_months((2026, 3), 0), (2026, 3));
        assert_eq!(add_months((2026, 3), 10), (2027, 1));
        assert_eq!(add_months((2026, 12), 1), (2027, 1));
    }

    #[test]
    fn measured_months_are_checked() {
        let actuals = Actuals {
            attribution_pct: Decimal::from(120),
            go_live: Some("soon".into()),
            one_time_cost: None,
            months: vec![
                ActualMonth {
                    month: 3,
                    revenue: Some(Decimal::from(-5)),
                    ..ActualMonth::default()
                },
                ActualMonth {
                    month: 3,
                    ..ActualMonth::default()
                },
                ActualMonth {
                    month: 13,
                    ..ActualMonth::default()
                },
            ],
        };
        let mut errors = Vec::new();
        actuals.validate(12, &mut errors);
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "actuals.go_live",
                "actuals.attribution_pct",
                "actuals.months[0].revenue",
                "actuals.months[1].month",
                "actuals.months[2].month"
            ]
        );
    }
}
