//! Risk range by Monte Carlo: every driver with a `ranges` entry is drawn from a triangular
//! distribution (low, most likely, high), independently per driver and per run, and each run is
//! an ordinary projection. `f64` is used for the draws and the statistics only.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

use rand::SeedableRng as _;
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution as _, Triangular};
use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive as _, ToPrimitive as _};

use crate::checked::{CalcError, CalcResult};
use crate::driver::Driver;
use crate::money::round_to;
use crate::projection::{Discounting, project_with};
use crate::scenario::{Scenario, Triangle};

pub const DEFAULT_RUNS: u32 = 10_000;
/// Every run's monthly ROI is kept for exact percentiles: 200,000 runs of 60 months take
/// about 200 MB at the peak, a sensible ceiling for a desktop.
pub const MAX_RUNS: u32 = 200_000;
pub const DEFAULT_SEED: u64 = 1;

/// P10, P50 and P90 of a quantity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Percentiles<T> {
    pub p10: T,
    pub p50: T,
    pub p90: T,
}

/// ROI percentiles of one month; `None` where no run has an ROI yet (nothing spent).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonthPercentiles {
    pub month: u32,
    pub roi_pct: Option<Percentiles<f64>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RiskResult {
    pub runs: u32,
    pub seed: u64,
    /// ROI at the horizon.
    pub roi_pct: Percentiles<f64>,
    /// `None` for a percentile when fewer runs than that share pay back within the horizon.
    pub payback_months: Percentiles<Option<f64>>,
    pub probability_payback_within_horizon: f64,
    pub probability_negative_roi: f64,
    pub months: Vec<MonthPercentiles>,
    /// Every run's ROI at the horizon, sorted, for the histogram.
    pub roi_samples: Vec<f64>,
}

/// Progress reporting and cancellation for runs in the background.
#[derive(Default)]
pub struct Control {
    pub done_runs: AtomicU32,
    pub cancel: AtomicBool,
}

/// Runs the Monte Carlo simulation on every core. The same scenario, runs and seed give the
/// same result, whatever the number of cores.
pub fn risk(
    scenario: &Scenario,
    runs: u32,
    seed: u64,
    control: &Control,
) -> CalcResult<RiskResult> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    risk_on_threads(scenario, runs, seed, control, cores)
}

/// What one run contributes to the statistics.
struct RunOutcome {
    /// NaN where the month has no ROI (nothing spent yet): half the memory of `Option<f64>`.
    roi_by_month: Vec<f64>,
    roi_at_horizon: f64,
    payback_months: Option<f64>,
}

/// [`risk`] on a given number of threads (the benchmark measures one).
pub fn risk_on_threads(
    scenario: &Scenario,
    runs: u32,
    seed: u64,
    control: &Control,
    threads: usize,
) -> CalcResult<RiskResult> {
    if !(1..=MAX_RUNS).contains(&runs) {
        return Err(CalcError::Invalid(crate::scenario::ValidationErrors(vec![
            crate::scenario::FieldError {
                field: "runs".into(),
                value: runs.to_string(),
                allowed: format!("1 to {MAX_RUNS}"),
            },
        ])));
    }
    scenario.validate().map_err(CalcError::Invalid)?;
    let samplers = samplers(scenario)?;
    // All draws come from one generator in run order, so the result does not depend on how
    // the runs are shared between threads.
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let draws: Vec<Vec<Decimal>> = (0..runs)
        .map(|_| samplers.iter().map(|s| s.draw(&mut rng)).collect())
        .collect();
    // Every run overwrites all the uncertain drivers, so one copy of the scenario per thread
    // serves all its runs.
    let run_one = |variant: &mut Scenario, values: &Vec<Decimal>| -> CalcResult<RunOutcome> {
        if control.cancel.load(Ordering::Relaxed) {
            return Err(CalcError::Cancelled);
        }
        for (sampler, &value) in samplers.iter().zip(values) {
            sampler.driver.set(variant, value);
        }
        let projection = project_with(variant, Discounting::Off)?;
        control.done_runs.fetch_add(1, Ordering::Relaxed);
        Ok(RunOutcome {
            roi_by_month: projection
                .months
                .iter()
                .map(|m| m.roi_pct.map_or(f64::NAN, to_f64))
                .collect(),
            // ROI at the horizon is `None` only when nothing was ever spent: no loss, count 0.
            roi_at_horizon: projection.summary.roi_pct.map_or(0.0, to_f64),
            payback_months: projection.summary.payback_months.map(to_f64),
        })
    };
    let chunk = draws.len().div_ceil(threads.max(1)).max(1);
    let outcomes: Vec<RunOutcome> = std::thread::scope(|scope| {
        let workers: Vec<_> = draws
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let mut variant = scenario.clone();
                    part.iter()
                        .map(|values| run_one(&mut variant, values))
                        .collect::<CalcResult<Vec<_>>>()
                })
            })
            .collect();
        let mut all = Vec::with_capacity(draws.len());
        for worker in workers {
            let part = worker.join().unwrap_or(Err(CalcError::Cancelled))?;
            all.extend(part);
        }
        Ok::<_, CalcError>(all)
    })?;
    Ok(statistics(scenario.horizon_months, runs, seed, outcomes))
}

fn statistics(horizon_months: u32, runs: u32, seed: u64, outcomes: Vec<RunOutcome>) -> RiskResult {
    let months = horizon_months as usize + 1;
    let mut roi_by_month: Vec<Vec<f64>> = vec![Vec::with_capacity(outcomes.len()); months];
    let mut roi_at_horizon = Vec::with_capacity(outcomes.len());
    let mut paybacks = Vec::with_capacity(outcomes.len());
    for outcome in outcomes {
        for (series, roi) in roi_by_month.iter_mut().zip(outcome.roi_by_month) {
            if !roi.is_nan() {
                series.push(roi);
            }
        }
        roi_at_horizon.push(outcome.roi_at_horizon);
        paybacks.push(outcome.payback_months);
    }
    let runs_f = f64::from(runs);
    let negative = roi_at_horizon.iter().filter(|&&roi| roi < 0.0).count();
    let paid_back = paybacks.iter().filter(|p| p.is_some()).count();
    roi_at_horizon.sort_by(f64::total_cmp);
    // Runs that never pay back sort last, as if their payback were infinite.
    paybacks.sort_by(|a, b| match (a, b) {
        (Some(a), Some(b)) => a.total_cmp(b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    let months = roi_by_month
        .into_iter()
        .enumerate()
        .map(|(month, mut series)| {
            series.sort_by(f64::total_cmp);
            MonthPercentiles {
                month: month as u32,
                roi_pct: percentiles(&series),
            }
        })
        .collect();
    RiskResult {
        runs,
        seed,
        roi_pct: percentiles(&roi_at_horizon).unwrap_or(Percentiles {
            p10: 0.0,
            p50: 0.0,
            p90: 0.0,
        }),
        payback_months: Percentiles {
            p10: nearest_rank(&paybacks, 0.10).flatten(),
            p50: nearest_rank(&paybacks, 0.50).flatten(),
            p90: nearest_rank(&paybacks, 0.90).flatten(),
        },
        probability_payback_within_horizon: paid_back as f64 / runs_f,
        probability_negative_roi: negative as f64 / runs_f,
        months,
        roi_samples: roi_at_horizon,
    }
}

/// One uncertain driver and how to draw it.
struct Sampler {
    driver: Driver,
    triangle: Triangle,
    distribution: Option<Triangular<f64>>,
}

impl Sampler {
    fn draw(&self, rng: &mut ChaCha8Rng) -> Decimal {
        match &self.distribution {
            // The draw is rounded to 4 decimals: finer than any input, and a clean Decimal.
            Some(distribution) => Decimal::from_f64(distribution.sample(rng))
                .map_or(self.triangle.likely, |v| round_to(v, 4)),
            // A zero-width range is no uncertainty: the exact value, not a round trip via f64.
            None => self.triangle.likely,
        }
    }
}

fn samplers(scenario: &Scenario) -> CalcResult<Vec<Sampler>> {
    scenario
        .ranges
        .iter()
        .filter_map(|(name, triangle)| Driver::from_field_name(name).map(|d| (d, *triangle)))
        .map(|(driver, triangle)| {
            let distribution = if triangle.low < triangle.high {
                let low = to_f64(triangle.low);
                let high = to_f64(triangle.high);
                let likely = to_f64(triangle.likely);
                Some(
                    Triangular::new(low, high, likely)
                        .map_err(|_| CalcError::Overflow { step: "risk range" })?,
                )
            } else {
                None
            };
            Ok(Sampler {
                driver,
                triangle,
                distribution,
            })
        })
        .collect()
}

fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(f64::NAN)
}

/// The nearest-rank percentile of sorted values: the smallest value with at least `share` of
/// the values at or below it. Always one of the values, so equal inputs give that exact value.
fn nearest_rank<T: Copy>(sorted: &[T], share: f64) -> Option<T> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (share * sorted.len() as f64).ceil() as usize;
    sorted.get(rank.clamp(1, sorted.len()) - 1).copied()
}

fn percentiles(sorted: &[f64]) -> Option<Percentiles<f64>> {
    Some(Percentiles {
        p10: nearest_rank(sorted, 0.10)?,
        p50: nearest_rank(sorted, 0.50)?,
        p90: nearest_rank(sorted, 0.90)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let values: Vec<f64> = (1..=10).map(f64::from).collect();
        assert_eq!(nearest_rank(&values, 0.10), Some(1.0));
        assert_eq!(nearest_rank(&values, 0.50), Some(5.0));
        assert_eq!(nearest_rank(&values, 0.90), Some(9.0));
        assert_eq!(nearest_rank::<f64>(&[], 0.5), None);
        let paybacks = [Some(1.0), Some(2.0), None, None];
        assert_eq!(nearest_rank(&paybacks, 0.5), Some(Some(2.0)));
        assert_eq!(nearest_rank(&paybacks, 0.9), Some(None));
    }
}
