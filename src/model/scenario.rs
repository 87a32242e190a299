//! The scenario: every input of the model, with its default and its valid range (SPEC §2).
//!
//! The structs are plain serde data so that a scenario file reads like the spec. Money and
//! percentages are `Decimal` (written as strings, read from strings or plain numbers); counts are
//! integers. Ranges live in [`crate::model::driver`], which this module uses to validate.

use std::collections::BTreeMap;
use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::model::actuals::Actuals;
use crate::model::driver::Driver;

/// The scenario file format version this build writes, and the highest it reads.
pub const FORMAT_VERSION: u32 = 2;
/// The oldest version this build reads. Version 1 lacks the fields version 2 added; they take
/// their defaults, which add nothing, so a version-1 file gives the figures it always gave.
pub const OLDEST_FORMAT_VERSION: u32 = 1;

/// Limits that keep any file from exhausting the machine (SPEC §2).
pub const NAME_MAX_CHARS: usize = 200;
pub const NOTES_MAX_CHARS: usize = 20_000;
pub const LINES_MAX: usize = 50;
pub const LINE_NAME_MAX_CHARS: usize = 100;

/// Horizon bounds in months (SPEC §2).
pub const HORIZON_MONTHS_MIN: u32 = 1;
pub const HORIZON_MONTHS_MAX: u32 = 60;

/// A whole what-if case: what a user saves, opens and compares.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scenario {
    pub version: u32,
    pub name: String,
    /// ISO 4217 code, for display only.
    pub currency: String,
    pub horizon_months: u32,
    pub team: Team,
    pub baseline: Baseline,
    pub costs: Costs,
    pub gains: Gains,
    /// The recurring customer base (retention), version 2.
    pub customers: Customers,
    pub marketing: Marketing,
    pub service: Service,
    pub adoption: Adoption,
    pub finance: Finance,
    /// Gains and costs the drivers do not cover (version 2): not drivers, no ranges.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<Line>,
    /// Free text for the assumptions behind the numbers; not used in the calculation.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Optional uncertainty per driver, keyed by the driver's field name (SPEC §2, §5).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub ranges: BTreeMap<String, Triangle>,
    /// The months as they happened (SPEC §6); none means nothing is tracked yet.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::model::actuals::bare"
    )]
    pub actuals: Option<Actuals>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Team {
    /// CRM users (sales team members).
    pub seats: u32,
    /// Loaded monthly cost to the company of one team member.
    pub rep_monthly_cost: Decimal,
    pub working_hours_per_month: Decimal,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Baseline {
    pub deals_per_rep_per_month: Decimal,
    pub revenue_per_deal: Decimal,
    pub gross_margin_pct: Decimal,
    pub sales_cycle_days: Decimal,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Costs {
    pub seat_cost_per_month: Decimal,
    pub implementation_cost: Decimal,
    pub training_cost_per_seat: Decimal,
    pub admin_cost_per_month: Decimal,
    /// One-time staff hours of the rollout, valued at the team member's hourly cost.
    pub internal_rollout_hours: Decimal,
    pub licence_billing: LicenceBilling,
    /// Seat price rise at each yearly renewal.
    pub licence_increase_pct_per_year: Decimal,
}

/// How the licences are billed (a choice, not a driver).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LicenceBilling {
    /// Every month from month 1.
    #[default]
    Monthly,
    /// A licence year paid in full at its start (months 1, 13, 25, …).
    Annual,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Gains {
    pub cross_sell_uplift_pct: Decimal,
    pub cycle_time_reduction_pct: Decimal,
    pub win_rate_uplift_pct: Decimal,
    pub hours_saved_per_rep_per_week: Decimal,
    /// Monthly churn lower by this share.
    pub churn_reduction_pct: Decimal,
    /// The same new customers for this much less acquisition spend.
    pub acquisition_cost_reduction_pct: Decimal,
    /// Support work done in this much less time.
    pub support_time_reduction_pct: Decimal,
}

/// The recurring customer base at go-live, for retention.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Customers {
    /// Paying customers (an expected value, so it may be fractional).
    pub active_customers: Decimal,
    pub revenue_per_customer_per_month: Decimal,
    /// Share of customers lost each month without the CRM.
    pub monthly_churn_pct: Decimal,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Marketing {
    /// Marketing and lead-generation spend per month.
    pub acquisition_spend_per_month: Decimal,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Service {
    /// Monthly cost of the support / customer-service team.
    pub support_cost_per_month: Decimal,
}

/// A gain or a cost the drivers do not cover.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub name: String,
    pub kind: LineKind,
    pub amount: Decimal,
    pub per: Per,
    #[serde(default)]
    pub from_month: u32,
    /// Through the horizon when absent; ignored for `Once`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::model::actuals::bare"
    )]
    pub to_month: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineKind {
    Gain,
    Cost,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Per {
    /// The whole amount in `from_month`.
    Once,
    /// The amount every month.
    Month,
    /// An annual amount: one twelfth every month.
    Year,
}

impl Default for Line {
    fn default() -> Self {
        Self {
            name: "New line".to_owned(),
            kind: LineKind::Cost,
            amount: Decimal::ZERO,
            per: Per::Month,
            from_month: 1,
            to_month: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Adoption {
    pub ramp_months: u32,
    pub adoption_pct: Decimal,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Finance {
    pub discount_rate_annual_pct: Decimal,
    pub benefit_risk_pct: Decimal,
}

/// Low / most likely / high value of one uncertain driver. `likely` is always the driver's
/// value in the scenario: the value is the one source of truth (SPEC §2, ranges).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Triangle {
    pub low: Decimal,
    pub likely: Decimal,
    pub high: Decimal,
}

impl Triangle {
    /// The range moved to a driver's new value: low and high keep their distances from it as
    /// proportions of the value (as absolute distances when the old value was 0), rounded
    /// outwards to 4 decimals (whole numbers for whole-number drivers) and clamped to the
    /// driver's valid range.
    pub fn following(self, driver: Driver, value: Decimal) -> Triangle {
        if self.likely == value {
            return self;
        }
        let (low, high) = if self.likely.is_zero() {
            (
                value.checked_add(self.low).unwrap_or(driver.min()),
                value.checked_add(self.high).unwrap_or(driver.max()),
            )
        } else {
            // value × low / likely: the share first, so a tiny likely cannot overflow low.
            let scaled = |end: Decimal, fallback: Decimal| {
                end.checked_div(self.likely)
                    .and_then(|share| share.checked_mul(value))
                    .unwrap_or(fallback)
            };
            (
                scaled(self.low, driver.min()),
                scaled(self.high, driver.max()),
            )
        };
        let decimals = if driver.whole_number() { 0 } else { 4 };
        let low = low.round_dp_with_strategy(decimals, RoundingStrategy::ToNegativeInfinity);
        let high = high.round_dp_with_strategy(decimals, RoundingStrategy::ToPositiveInfinity);
        Triangle {
            low: low.clamp(driver.min(), value),
            likely: value,
            high: high.clamp(value, driver.max()),
        }
    }
}

impl Default for Scenario {
    fn default() -> Self {
        Self {
            version: FORMAT_VERSION,
            name: "New scenario".to_owned(),
            currency: "EUR".to_owned(),
            horizon_months: 12,
            team: Team::default(),
            baseline: Baseline::default(),
            costs: Costs::default(),
            gains: Gains::default(),
            customers: Customers::default(),
            marketing: Marketing::default(),
            service: Service::default(),
            adoption: Adoption::default(),
            finance: Finance::default(),
            lines: Vec::new(),
            notes: String::new(),
            ranges: BTreeMap::new(),
            actuals: None,
        }
    }
}

impl Default for Team {
    fn default() -> Self {
        Self {
            seats: 10,
            rep_monthly_cost: Decimal::from(6000),
            working_hours_per_month: Decimal::from(160),
        }
    }
}

impl Default for Baseline {
    fn default() -> Self {
        Self {
            deals_per_rep_per_month: Decimal::from(4),
            revenue_per_deal: Decimal::from(2500),
            gross_margin_pct: Decimal::from(60),
            sales_cycle_days: Decimal::from(60),
        }
    }
}

impl Default for Costs {
    fn default() -> Self {
        Self {
            seat_cost_per_month: Decimal::from(65),
            implementation_cost: Decimal::from(15000),
            training_cost_per_seat: Decimal::from(400),
            admin_cost_per_month: Decimal::from(800),
            internal_rollout_hours: Decimal::ZERO,
            licence_billing: LicenceBilling::Monthly,
            licence_increase_pct_per_year: Decimal::ZERO,
        }
    }
}

impl Default for Gains {
    fn default() -> Self {
        Self {
            cross_sell_uplift_pct: Decimal::from(5),
            cycle_time_reduction_pct: Decimal::from(10),
            win_rate_uplift_pct: Decimal::from(5),
            hours_saved_per_rep_per_week: Decimal::from(2),
            churn_reduction_pct: Decimal::ZERO,
            acquisition_cost_reduction_pct: Decimal::ZERO,
            support_time_reduction_pct: Decimal::ZERO,
        }
    }
}

impl Default for Adoption {
    fn default() -> Self {
        Self {
            ramp_months: 3,
            adoption_pct: Decimal::from(90),
        }
    }
}

impl Default for Finance {
    fn default() -> Self {
        Self {
            discount_rate_annual_pct: Decimal::from(10),
            benefit_risk_pct: Decimal::from(10),
        }
    }
}

/// One field whose value is not allowed, with what would be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub value: String,
    pub allowed: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is {}, allowed: {}",
            self.field, self.value, self.allowed
        )
    }
}

/// Every invalid field of a scenario, so a user can fix them all in one go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationErrors(pub Vec<FieldError>);

/// How many problems a message names before "and N more": enough to fix a file by hand, few
/// enough that a hostile file cannot make a message of megabytes.
pub const PROBLEMS_SHOWN: usize = 5;

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().take(PROBLEMS_SHOWN).enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{error}")?;
        }
        match self.0.len().saturating_sub(PROBLEMS_SHOWN) {
            0 => Ok(()),
            1 => f.write_str("; and 1 more problem"),
            more => write!(f, "; and {more} more problems"),
        }
    }
}

/// `text` cut to `max_chars` characters with "…", for quoting a user's text in a message.
pub fn clip(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

impl std::error::Error for ValidationErrors {}

impl Scenario {
    /// Checks the extra lines: how many, their names, amounts and months.
    fn validate_lines(&self, errors: &mut Vec<FieldError>) {
        if self.lines.len() > LINES_MAX {
            errors.push(FieldError {
                field: "lines".into(),
                value: format!("{} lines", self.lines.len()),
                allowed: format!("at most {LINES_MAX} lines"),
            });
            // Each of thousands of lines would add its own message: one says enough.
            return;
        }
        let money_max = Decimal::from(crate::model::driver::MONEY_MAX);
        for (index, line) in self.lines.iter().enumerate() {
            let field = |name: &str| format!("lines[{index}].{name}");
            if line.name.trim().is_empty() || too_long(&line.name, LINE_NAME_MAX_CHARS) {
                let name_chars = line.name.chars().count();
                errors.push(FieldError {
                    field: field("name"),
                    value: if line.name.trim().is_empty() {
                        "empty".into()
                    } else {
                        format!("{name_chars} characters long")
                    },
                    allowed: format!("1 to {LINE_NAME_MAX_CHARS} characters"),
                });
            }
            if line.amount < Decimal::ZERO || line.amount > money_max {
                errors.push(FieldError {
                    field: field("amount"),
                    value: line.amount.normalize().to_string(),
                    allowed: format!("0 to {}", crate::model::driver::MONEY_MAX),
                });
            }
            if line.from_month > HORIZON_MONTHS_MAX {
                errors.push(FieldError {
                    field: field("from_month"),
                    value: line.from_month.to_string(),
                    allowed: format!("0 to {HORIZON_MONTHS_MAX}"),
                });
            }
            if let Some(to_month) = line.to_month
                && !(line.from_month..=HORIZON_MONTHS_MAX).contains(&to_month)
            {
                errors.push(FieldError {
                    field: field("to_month"),
                    value: to_month.to_string(),
                    allowed: format!("from_month ({}) to {HORIZON_MONTHS_MAX}", line.from_month),
                });
            }
        }
    }

    /// Moves every risk range whose `likely` is no longer its driver's value to that value
    /// (see [`Triangle::following`]). [`Driver::set`] keeps its own driver's range in step;
    /// this catches any other way a value changed (a field assigned directly).
    pub fn move_ranges_with_values(&mut self) {
        let moved: Vec<(String, Triangle)> = self
            .ranges
            .iter()
            .filter_map(|(name, triangle)| {
                let driver = Driver::from_field_name(name)?;
                let value = driver.get(self);
                (triangle.likely != value)
                    .then(|| (name.clone(), triangle.following(driver, value)))
            })
            .collect();
        self.ranges.extend(moved);
    }

    /// Checks every field against its range; returns all problems, not just the first.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = Vec::new();
        if !(OLDEST_FORMAT_VERSION..=FORMAT_VERSION).contains(&self.version) {
            errors.push(FieldError {
                field: "version".into(),
                value: self.version.to_string(),
                allowed: format!("{OLDEST_FORMAT_VERSION} to {FORMAT_VERSION}"),
            });
        }
        let chars = |text: &str| text.chars().count();
        if too_long(&self.name, NAME_MAX_CHARS) {
            errors.push(FieldError {
                field: "name".into(),
                value: format!("{} characters long", chars(&self.name)),
                allowed: format!("at most {NAME_MAX_CHARS} characters"),
            });
        }
        if too_long(&self.notes, NOTES_MAX_CHARS) {
            errors.push(FieldError {
                field: "notes".into(),
                value: format!("{} characters long", chars(&self.notes)),
                allowed: format!("at most {NOTES_MAX_CHARS} characters"),
            });
        }
        if !is_currency_code(&self.currency) {
            errors.push(FieldError {
                field: "currency".into(),
                value: format!("{:?}", clip(&self.currency, 20)),
                allowed: "a three-letter ISO 4217 code such as \"EUR\"".into(),
            });
        }
        if !(HORIZON_MONTHS_MIN..=HORIZON_MONTHS_MAX).contains(&self.horizon_months) {
            errors.push(FieldError {
                field: "horizon_months".into(),
                value: self.horizon_months.to_string(),
                allowed: format!("{HORIZON_MONTHS_MIN} to {HORIZON_MONTHS_MAX}"),
            });
        }
        for driver in Driver::ALL {
            let value = driver.get(self);
            if !driver.contains(value) {
                errors.push(FieldError {
                    field: driver.field_name().into(),
                    value: value.normalize().to_string(),
                    allowed: driver.describe_range(),
                });
            }
        }
        self.validate_lines(&mut errors);
        if let Some(actuals) = &self.actuals {
            actuals.validate(self.horizon_months, &mut errors);
        }
        if self.ranges.len() > Driver::ALL.len() {
            // Thousands of entries would each add a message: one says enough.
            errors.push(FieldError {
                field: "ranges".into(),
                value: format!("{} entries", self.ranges.len()),
                allowed: format!("at most {}, one per driver", Driver::ALL.len()),
            });
        }
        let mut listed_drivers = false;
        for (name, triangle) in self.ranges.iter().take(Driver::ALL.len() + 1) {
            // Named only for an error: every projection validates, so a valid one allocates nothing.
            let field = || format!("ranges.{}", clip(name, 40));
            let Some(driver) = Driver::from_field_name(name) else {
                // The drivers are listed once, not once per unknown name.
                let allowed = if listed_drivers {
                    "a driver's field name (listed above)".into()
                } else {
                    format!("one of {}", Driver::field_names().join(", "))
                };
                listed_drivers = true;
                errors.push(FieldError {
                    field: field(),
                    value: "an unknown driver".into(),
                    allowed,
                });
                continue;
            };
            let value = driver.get(self);
            if triangle.likely != value {
                errors.push(FieldError {
                    field: field(),
                    value: format!("likely {}", triangle.likely.normalize()),
                    allowed: format!(
                        "the value of {} in the scenario, {}",
                        driver.field_name(),
                        value.normalize()
                    ),
                });
            } else if !(triangle.low <= triangle.likely && triangle.likely <= triangle.high) {
                errors.push(FieldError {
                    field: field(),
                    value: format!(
                        "low {} / likely {} / high {}",
                        triangle.low, triangle.likely, triangle.high
                    ),
                    allowed: "low <= likely <= high".into(),
                });
            } else if !(driver.contains(triangle.low) && driver.contains(triangle.high)) {
                errors.push(FieldError {
                    field: field(),
                    value: format!("low {} / high {}", triangle.low, triangle.high),
                    allowed: driver.describe_range(),
                });
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors(errors))
        }
    }
}

/// Whether `text` has more than `limit` characters. A text no longer in bytes than the limit is
/// within it (a character is at least one byte), so most texts are not counted: every
/// projection validates.
fn too_long(text: &str, limit: usize) -> bool {
    text.len() > limit && text.chars().count() > limit
}

fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid() {
        assert_eq!(Scenario::default().validate(), Ok(()));
    }

    #[test]
    fn validation_lists_every_bad_field() {
        let mut scenario = Scenario::default();
        scenario.team.seats = 0;
        scenario.gains.cycle_time_reduction_pct = Decimal::from(95);
        scenario.currency = "euro".into();
        let errors = scenario.validate().unwrap_err().0;
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["currency", "seats", "cycle_time_reduction_pct"]);
        assert_eq!(errors[2].value, "95");
        assert_eq!(errors[2].allowed, "0 to 90");
    }

    fn t(low: &str, likely: &str, high: &str) -> Triangle {
        let d = |v: &str| v.parse::<Decimal>().unwrap();
        Triangle {
            low: d(low),
            likely: d(likely),
            high: d(high),
        }
    }

    #[test]
    fn ranges_must_be_ordered_known_and_in_range() {
        let mut scenario = Scenario::default();
        scenario
            .ranges
            .insert("adoption_pct".into(), t("60", "90", "95"));
        assert_eq!(scenario.validate(), Ok(()));
        scenario
            .ranges
            .insert("adoption_pct".into(), t("95", "90", "96"));
        scenario
            .ranges
            .insert("cycle_time_reduction_pct".into(), t("5", "10", "95"));
        scenario.ranges.insert("colour".into(), t("1", "2", "3"));
        let errors = scenario.validate().unwrap_err().0;
        assert_eq!(errors.len(), 3);
    }

    /// The scenario's value is the one source of truth: a range centred elsewhere is refused,
    /// naming the driver and both values.
    #[test]
    fn a_range_must_be_centred_on_its_drivers_value() {
        let mut scenario = Scenario::default();
        scenario
            .ranges
            .insert("cross_sell_uplift_pct".into(), t("0", "2", "5"));
        let errors = scenario.validate().unwrap_err();
        let message = errors.to_string();
        assert!(
            message.contains("ranges.cross_sell_uplift_pct"),
            "{message}"
        );
        assert!(message.contains("likely 2"), "{message}");
        assert!(
            message.contains("cross_sell_uplift_pct in the scenario, 5"),
            "{message}"
        );
    }

    #[test]
    fn a_range_follows_its_value_in_proportion() {
        let moved = t("0", "2", "5").following(Driver::CrossSellUpliftPct, Decimal::from(4));
        assert_eq!(moved, t("0", "4", "10"));
        // From zero the distances are kept as they are.
        let moved = t("0", "0", "3").following(Driver::CrossSellUpliftPct, Decimal::from(2));
        assert_eq!(moved, t("2", "2", "5"));
        // Clamped to the valid range, whole numbers rounded outwards.
        let moved = t("60", "75", "90").following(Driver::AdoptionPct, Decimal::from(100));
        assert_eq!(moved, t("80", "100", "100"));
        let moved = t("8", "10", "13").following(Driver::Seats, Decimal::from(15));
        assert_eq!(moved, t("12", "15", "20"));
        // Driver::set moves the driver's own range; other edits are caught by
        // move_ranges_with_values.
        let mut scenario = Scenario::default();
        scenario
            .ranges
            .insert("cross_sell_uplift_pct".into(), t("2", "5", "9"));
        Driver::CrossSellUpliftPct.set(&mut scenario, Decimal::from(10));
        assert_eq!(scenario.ranges["cross_sell_uplift_pct"], t("4", "10", "18"));
        scenario.gains.cross_sell_uplift_pct = Decimal::from(5);
        scenario.move_ranges_with_values();
        assert_eq!(scenario.ranges["cross_sell_uplift_pct"], t("2", "5", "9"));
        assert_eq!(scenario.validate(), Ok(()));
    }
}
