//! Goal seek: the value of one driver at which the ROI at the horizon, or the payback, reaches a
//! target, found by bisection over the driver's valid range.

use rust_decimal::Decimal;

use crate::model::checked::{CalcResult, add, div, sub};
use crate::model::driver::Driver;
use crate::model::projection::project;
use crate::model::scenario::Scenario;

/// What the driver should achieve.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// ROI at the horizon, in percent.
    RoiPct(Decimal),
    /// Payback in months.
    PaybackMonths(Decimal),
}

impl Target {
    pub fn value(self) -> Decimal {
        match self {
            Target::RoiPct(v) | Target::PaybackMonths(v) => v,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalSeek {
    pub driver: Driver,
    pub target: Target,
    /// The driver value that reaches the target; `None` when no value in range does.
    pub value: Option<Decimal>,
    pub reached: bool,
    /// The ROI or payback the scenario has with `value`.
    pub achieved: Option<Decimal>,
    /// The ROI or payback at the driver's lowest and highest valid values, to explain an
    /// unreachable target.
    pub at_min: Option<Decimal>,
    pub at_max: Option<Decimal>,
}

/// How close the answer gets: a tenth of the 0.01 the spec asks for.
const TOLERANCE: Decimal = Decimal::from_parts(1, 0, 0, false, 3);
const MAX_STEPS: usize = 200;

/// The metric for `target` with the driver at `value`. A payback that never happens counts as
/// beyond any target month.
fn metric(
    scenario: &Scenario,
    driver: Driver,
    target: Target,
    value: Decimal,
) -> CalcResult<Option<Decimal>> {
    let mut variant = scenario.clone();
    driver.set(&mut variant, value);
    let summary = project(&variant)?.summary;
    Ok(match target {
        Target::RoiPct(_) => summary.roi_pct,
        Target::PaybackMonths(_) => summary.payback_months,
    })
}

/// Signed distance of the metric from the target; `None` metrics (no ROI, no payback) count as
/// far on the side they stand for.
fn distance(metric: Option<Decimal>, target: Target) -> Decimal {
    match (metric, target) {
        (Some(value), target) => {
            value
                .checked_sub(target.value())
                .unwrap_or(if value.is_sign_negative() {
                    Decimal::MIN
                } else {
                    Decimal::MAX
                })
        }
        // No payback within the horizon: later than any target.
        (None, Target::PaybackMonths(_)) => Decimal::MAX,
        // No ROI (no cost at all): treat as unboundedly good.
        (None, Target::RoiPct(_)) => Decimal::MAX,
    }
}

pub fn goal_seek(scenario: &Scenario, driver: Driver, target: Target) -> CalcResult<GoalSeek> {
    let (mut low, mut high) = (driver.min(), driver.max());
    let at = |value| -> CalcResult<(Decimal, Option<Decimal>)> {
        let m = metric(scenario, driver, target, value)?;
        Ok((distance(m, target), m))
    };
    let (low_distance, low_metric) = at(low)?;
    let (high_distance, high_metric) = at(high)?;
    let found = |value: Decimal, achieved: Option<Decimal>| GoalSeek {
        driver,
        target,
        value: Some(value),
        reached: true,
        achieved,
        at_min: low_metric,
        at_max: high_metric,
    };
    for (value, d, m) in [
        (low, low_distance, low_metric),
        (high, high_distance, high_metric),
    ] {
        if d.abs() <= TOLERANCE {
            return Ok(found(value, m));
        }
    }
    if low_distance.is_sign_negative() == high_distance.is_sign_negative() {
        return Ok(GoalSeek {
            value: None,
            reached: false,
            ..found(Decimal::ZERO, None)
        });
    }
    let low_is_below = low_distance.is_sign_negative();
    let mut best = (high, high_metric);
    for _ in 0..MAX_STEPS {
        let middle = driver.clamp(div(
            add(low, high, "goal seek")?,
            Decimal::TWO,
            "goal seek",
        )?);
        if middle == low || middle == high {
            break; // whole-number drivers: the interval cannot shrink further
        }
        let (d, m) = at(middle)?;
        if d.abs() <= TOLERANCE {
            return Ok(found(middle, m));
        }
        if d.is_sign_negative() == low_is_below {
            low = middle;
        } else {
            high = middle;
            best = (middle, m);
        }
        if sub(high, low, "goal seek")? <= Decimal::new(1, 12) {
            break;
        }
    }
    // The interval is as small as the driver allows; the side past the target is the answer.
    let (value, m) = best;
    Ok(found(value, m))
}
