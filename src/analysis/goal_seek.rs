//! Goal seek: the value of one driver at which the ROI at the horizon, or the payback, reaches a
//! target.
//!
//! The metric is not always smooth in the driver: payback jumps to "none" when the horizon ends
//! in the red, the ROI jumps when the cost vanishes, and whole-number drivers move in steps.
//! So the driver's valid range is first scanned on a grid for every place where the metric
//! crosses the target; each crossing is narrowed by bisection; and an answer is only
//! *reached* when the value as reported (rounded to the fewest decimals that work, at most
//! six, or to a whole number) reaches the target within [`TOLERANCE`] when applied. A
//! crossing that is a jump is not an answer: the result then names the nearest value the
//! metric does reach.

use std::cmp::Ordering;

use rust_decimal::prelude::{FromPrimitive as _, ToPrimitive as _};
use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::checked::CalcResult;
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

/// Why no value of the driver reaches the target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreachable {
    /// A payback target outside `0..=horizon`: the projection cannot say anything beyond it.
    OutsideHorizon,
    /// The metric passes the target only by jumping over it (e.g. from no payback to one).
    AcrossJump,
    /// A whole-number driver (seats, ramp months) steps over the target between two whole
    /// values: [`GoalSeek::neighbours`] holds both.
    BetweenWholeNumbers,
    /// Every value of the driver stays on one side of the target.
    OutOfRange,
}

/// A value of the driver and the ROI or payback it gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub value: Decimal,
    pub metric: Option<Decimal>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalSeek {
    pub driver: Driver,
    pub target: Target,
    /// The driver value that reaches the target, exactly as it should be shown and applied;
    /// `None` when no value in the valid range does.
    pub value: Option<Decimal>,
    /// Decimals `value` is shown with (0 for whole-number drivers).
    pub decimals: u32,
    pub reached: bool,
    /// The ROI or payback the scenario has with `value`.
    pub achieved: Option<Decimal>,
    /// When not reached: why, and the value whose ROI or payback comes closest to the target.
    pub unreachable: Option<Unreachable>,
    pub nearest: Option<Point>,
    /// For [`Unreachable::BetweenWholeNumbers`]: the two whole values around the target.
    pub neighbours: Option<(Point, Point)>,
    /// The ROI or payback at the driver's lowest and highest valid values.
    pub at_min: Option<Decimal>,
    pub at_max: Option<Decimal>,
}

/// How close an answer must get: 0.01 of the target (SPEC §5).
pub const TOLERANCE: Decimal = Decimal::from_parts(1, 0, 0, false, 2);
/// Most decimals an answer is given with.
const MAX_DECIMALS: u32 = 6;
const BISECTION_STEPS: usize = 120;
/// Grid points over the everyday range, and beyond it up to the valid maximum.
const EVERYDAY_POINTS: u32 = 48;
const BEYOND_POINTS: u32 = 24;

/// Where a metric stands against the target. `None` (no payback within the horizon, or no
/// ROI because nothing was spent) counts as above any target: later than any month, or
/// better than any ROI.
fn side(metric: Option<Decimal>, target: Target) -> Ordering {
    metric.map_or(Ordering::Greater, |m| m.cmp(&target.value()))
}

fn reaches(metric: Option<Decimal>, target: Target) -> bool {
    metric.is_some_and(|m| {
        m.checked_sub(target.value())
            .is_some_and(|gap| gap.abs() <= TOLERANCE)
    })
}

/// How far a metric is from the target, for choosing the nearest; `None` is never nearest.
fn gap(metric: Option<Decimal>, target: Target) -> Option<Decimal> {
    metric.and_then(|m| m.checked_sub(target.value()).map(|g| g.abs()))
}

struct Seeker {
    driver: Driver,
    target: Target,
    /// Every point evaluated, for the nearest miss.
    seen: Vec<Point>,
    variant: Scenario,
}

impl Seeker {
    fn metric(&mut self, value: Decimal) -> CalcResult<Option<Decimal>> {
        self.driver.set(&mut self.variant, value);
        let summary = project(&self.variant)?.summary;
        let metric = match self.target {
            Target::RoiPct(_) => summary.roi_pct,
            Target::PaybackMonths(_) => summary.payback_months,
        };
        self.seen.push(Point {
            value: self.driver.get(&self.variant),
            metric,
        });
        Ok(metric)
    }

    /// Narrows a crossing between `low` and `high` (metrics on opposite sides of the target)
    /// and returns the reported answer inside it, or, if the crossing is a jump, the
    /// narrowest bracket around it.
    fn answer_between(
        &mut self,
        mut low: Point,
        mut high: Point,
    ) -> CalcResult<Result<(Point, u32), (Point, Point)>> {
        let low_side = side(low.metric, self.target);
        let whole = self.driver.whole_number();
        for _ in 0..BISECTION_STEPS {
            let width = high.value - low.value;
            let narrow_enough = if whole {
                width <= Decimal::ONE
            } else {
                width <= Decimal::new(1, 9) * low.value.abs().max(Decimal::ONE)
            };
            if narrow_enough {
                break;
            }
            let middle = if whole {
                (low.value + width / Decimal::TWO).floor()
            } else {
                low.value + width / Decimal::TWO
            };
            let metric = self.metric(middle)?;
            let point = Point {
                value: middle,
                metric,
            };
            if reaches(metric, self.target) && whole {
                return Ok(Ok((point, 0)));
            }
            if side(metric, self.target) == low_side {
                low = point;
            } else {
                high = point;
            }
        }
        Ok(self
            .reported_answer(low.value, high.value)?
            .ok_or((low, high)))
    }

    /// The value inside `[low, high]` with the fewest decimals whose projection reaches the
    /// target: what is shown is exactly what reaches it when applied.
    fn reported_answer(&mut self, low: Decimal, high: Decimal) -> CalcResult<Option<(Point, u32)>> {
        let decimals = if self.driver.whole_number() {
            0..=0
        } else {
            2..=MAX_DECIMALS
        };
        let middle = low + (high - low) / Decimal::TWO;
        for places in decimals {
            let mut candidates: Vec<Decimal> = [
                (middle, RoundingStrategy::MidpointAwayFromZero),
                (low, RoundingStrategy::ToNegativeInfinity),
                (low, RoundingStrategy::ToPositiveInfinity),
                (high, RoundingStrategy::ToNegativeInfinity),
                (high, RoundingStrategy::ToPositiveInfinity),
            ]
            .into_iter()
            .map(|(value, strategy)| value.round_dp_with_strategy(places, strategy))
            .filter(|value| self.driver.contains(*value))
            .collect();
            candidates.dedup();
            let mut best: Option<(Decimal, Point)> = None;
            for value in candidates {
                let metric = self.metric(value)?;
                if reaches(metric, self.target)
                    && let Some(gap) = gap(metric, self.target)
                    && best.is_none_or(|(best_gap, _)| gap < best_gap)
                {
                    best = Some((gap, Point { value, metric }));
                }
            }
            if let Some((_, point)) = best {
                return Ok(Some((point, places)));
            }
        }
        Ok(None)
    }
}

/// Grid over the valid range: dense over the everyday range where real cases live, geometric
/// beyond it (money drivers reach a trillion).
fn grid(driver: Driver) -> Vec<Decimal> {
    let (min, everyday, max) = (driver.min(), driver.everyday_max(), driver.max());
    let whole = driver.whole_number();
    let mut points = Vec::new();
    if whole && max - min <= Decimal::from(200) {
        let mut value = min;
        while value <= max {
            points.push(value);
            value += Decimal::ONE;
        }
        return points;
    }
    let span = everyday - min;
    for i in 0..=EVERYDAY_POINTS {
        points.push(min + span * Decimal::from(i) / Decimal::from(EVERYDAY_POINTS));
    }
    if max > everyday {
        let (from, to) = (
            everyday.to_f64().unwrap_or(1.0).max(1.0),
            max.to_f64().unwrap_or(1.0),
        );
        let ratio = (to / from).powf(1.0 / f64::from(BEYOND_POINTS));
        for i in 1..=BEYOND_POINTS {
            let value = Decimal::from_f64(from * ratio.powi(i as i32))
                .unwrap_or(max)
                .round_dp(2);
            points.push(value.min(max));
        }
    }
    let mut points: Vec<Decimal> = points
        .into_iter()
        .map(|v| if whole { v.round() } else { v })
        .map(|v| v.clamp(min, max))
        .collect();
    points.sort();
    points.dedup();
    points
}

pub fn goal_seek(scenario: &Scenario, driver: Driver, target: Target) -> CalcResult<GoalSeek> {
    let mut seeker = Seeker {
        driver,
        target,
        seen: Vec::new(),
        variant: scenario.clone(),
    };
    let points = grid(driver)
        .into_iter()
        .map(|value| {
            Ok(Point {
                value,
                metric: seeker.metric(value)?,
            })
        })
        .collect::<CalcResult<Vec<Point>>>()?;
    let at_min = points.first().and_then(|p| p.metric);
    let at_max = points.last().and_then(|p| p.metric);
    let not_reached = |seeker: &Seeker, unreachable, neighbours| {
        let nearest = seeker
            .seen
            .iter()
            .filter_map(|p| gap(p.metric, target).map(|g| (g, *p)))
            .min_by_key(|(g, _)| *g)
            .map(|(_, p)| p);
        GoalSeek {
            driver,
            target,
            value: None,
            decimals: 0,
            reached: false,
            achieved: None,
            unreachable: Some(unreachable),
            nearest,
            neighbours,
            at_min,
            at_max,
        }
    };
    let outside_horizon = matches!(target, Target::PaybackMonths(months)
        if months < Decimal::ZERO || months > Decimal::from(scenario.horizon_months));

    // Every crossing of the target, each narrowed to its answer (if it is not a jump).
    let mut answers: Vec<(Point, u32)> = Vec::new();
    let mut jumps: Vec<(Point, Point)> = Vec::new();
    for pair in points.windows(2) {
        let (low, high) = (pair[0], pair[1]);
        if reaches(low.metric, target) {
            if let Some(answer) = seeker.reported_answer(low.value, low.value)? {
                answers.push(answer);
            }
            continue;
        }
        if side(low.metric, target) != side(high.metric, target) {
            // Narrowed even when the target is outside the horizon: the points near the jump
            // to "no payback" are the nearest reachable ones.
            match seeker.answer_between(low, high)? {
                Ok(answer) => answers.push(answer),
                Err(bracket) => jumps.push(bracket),
            }
        }
    }
    if let Some(last) = points.last()
        && reaches(last.metric, target)
        && let Some(answer) = seeker.reported_answer(last.value, last.value)?
    {
        answers.push(answer);
    }
    // Several values may reach the target: the one closest to today's is the useful answer.
    let today = driver.get(scenario);
    let best = answers
        .into_iter()
        .filter(|_| !outside_horizon)
        .min_by_key(|(point, places)| ((point.value - today).abs(), *places));
    let whole_step = jumps
        .iter()
        .find(|(low, high)| driver.whole_number() && high.value - low.value <= Decimal::ONE)
        .copied();
    Ok(match best {
        Some((point, decimals)) => GoalSeek {
            driver,
            target,
            value: Some(point.value),
            decimals,
            reached: true,
            achieved: point.metric,
            unreachable: None,
            nearest: None,
            neighbours: None,
            at_min,
            at_max,
        },
        None if outside_horizon => not_reached(&seeker, Unreachable::OutsideHorizon, None),
        None if whole_step.is_some() => {
            not_reached(&seeker, Unreachable::BetweenWholeNumbers, whole_step)
        }
        None if !jumps.is_empty() => not_reached(&seeker, Unreachable::AcrossJump, None),
        None => not_reached(&seeker, Unreachable::OutOfRange, None),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grids_cover_the_valid_range_in_order() {
        for driver in Driver::ALL {
            let points = grid(driver);
            assert_eq!(points.first(), Some(&driver.min()), "{driver:?}");
            assert_eq!(points.last(), Some(&driver.max()), "{driver:?}");
            assert!(points.windows(2).all(|w| w[0] < w[1]), "{driver:?}");
            assert!(points.iter().all(|p| driver.contains(*p)), "{driver:?}");
        }
    }
}
