//! Risk range by Monte Carlo: every driver with a `ranges` entry is drawn from a triangular
//! distribution (low, most likely, high), independently per driver and per run, and each run is
//! an ordinary projection. `f64` is used for the draws and the statistics only.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

use rand::SeedableRng as _;
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution as _, Triangular};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;

use crate::checked::{CalcError, CalcResult};
use crate::driver::Driver;
use crate::projection::{RoiSeries, roi_series_of_valid};
use crate::scenario::{Scenario, Triangle};

pub const DEFAULT_RUNS: u32 = 10_000;
/// Every run's monthly ROI is kept for exact percentiles: 200,000 runs of 60 months take
/// about 100 MB, a sensible ceiling for a desktop.
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

/// What one run contributes to the statistics besides its monthly ROIs.
struct RunOutcome {
    /// ROI at the horizon; `None` (nothing ever spent: no loss) counts as 0.
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
    // Validated once: a run changes only the uncertain drivers, through `Driver::set`, which
    // keeps each inside its valid range, so every run's scenario is valid too.
    scenario.validate().map_err(CalcError::Invalid)?;
    let samplers = samplers(scenario)?;
    // All draws come from one generator in run order, so the result does not depend on how
    // the runs are shared between threads. One flat list, `samplers.len()` values per run.
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut draws = Vec::with_capacity(runs as usize * samplers.len());
    for _ in 0..runs {
        draws.extend(samplers.iter().map(|s| s.draw(&mut rng)));
    }
    let months = scenario.horizon_months as usize + 1;
    // Every run overwrites all the uncertain drivers, so one copy of the scenario per thread
    // serves all its runs. Each run appends its monthly ROIs to `roi_by_month` (NaN where
    // nothing is spent yet).
    let run_one = |variant: &mut Scenario,
                   series: &mut RoiSeries,
                   values: &[Decimal],
                   roi_by_month: &mut Vec<f64>|
     -> CalcResult<RunOutcome> {
        if control.cancel.load(Ordering::Relaxed) {
            return Err(CalcError::Cancelled);
        }
        for (sampler, &value) in samplers.iter().zip(values) {
            sampler.driver.set(variant, value);
        }
        roi_series_of_valid(variant, series)?;
        control.done_runs.fetch_add(1, Ordering::Relaxed);
        roi_by_month.extend(
            series
                .roi_pct
                .iter()
                .map(|roi| roi.map_or(f64::NAN, as_f64)),
        );
        Ok(RunOutcome {
            roi_at_horizon: series.roi_pct.last().copied().flatten().map_or(0.0, as_f64),
            payback_months: series.payback_months.map(as_f64),
        })
    };
    let per_run = samplers.len();
    let (draws, run_one) = (&draws, &run_one);
    let runs_per_thread = (runs as usize).div_ceil(threads.max(1)).max(1);
    let (roi_by_month, outcomes) = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..runs as usize)
            .step_by(runs_per_thread)
            .map(|first| {
                let last = (first + runs_per_thread).min(runs as usize);
                scope.spawn(move || {
                    let mut variant = scenario.clone();
                    let mut series = RoiSeries::default();
                    let mut roi_by_month = Vec::with_capacity((last - first) * months);
                    let outcomes = (first..last)
                        .map(|run| {
                            let values = draws.get(run * per_run..(run + 1) * per_run);
                            run_one(
                                &mut variant,
                                &mut series,
                                values.unwrap_or(&[]),
                                &mut roi_by_month,
                            )
                        })
                        .collect::<CalcResult<Vec<_>>>()?;
                    Ok::<_, CalcError>((roi_by_month, outcomes))
                })
            })
            .collect();
        let mut roi_by_month = Vec::with_capacity(runs as usize * months);
        let mut outcomes = Vec::with_capacity(runs as usize);
        for worker in workers {
            let (rois, part) = worker.join().unwrap_or(Err(CalcError::Cancelled))?;
            roi_by_month.extend(rois);
            outcomes.extend(part);
        }
        Ok::<_, CalcError>((roi_by_month, outcomes))
    })?;
    Ok(statistics(months, runs, seed, &roi_by_month, outcomes))
}

/// `roi_by_month` holds each run's ROI for months `0..months`, run after run.
fn statistics(
    months: usize,
    runs: u32,
    seed: u64,
    roi_by_month: &[f64],
    outcomes: Vec<RunOutcome>,
) -> RiskResult {
    let runs_f = f64::from(runs);
    let (mut roi_at_horizon, mut paybacks): (Vec<f64>, Vec<Option<f64>>) = outcomes
        .into_iter()
        .map(|o| (o.roi_at_horizon, o.payback_months))
        .unzip();
    let negative = roi_at_horizon.iter().filter(|&&roi| roi < 0.0).count();
    let paid_back = paybacks.iter().filter(|p| p.is_some()).count();
    let roi_pct = percentiles(&mut roi_at_horizon).unwrap_or(Percentiles {
        p10: 0.0,
        p50: 0.0,
        p90: 0.0,
    });
    roi_at_horizon.sort_by(f64::total_cmp);
    // Runs that never pay back sort last, as if their payback were infinite.
    let payback_order = |a: &Option<f64>, b: &Option<f64>| match (a, b) {
        (Some(a), Some(b)) => a.total_cmp(b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    };
    let mut month_values = Vec::with_capacity(runs as usize);
    let months = (0..months)
        .map(|month| {
            month_values.clear();
            month_values.extend(
                roi_by_month
                    .iter()
                    .skip(month)
                    .step_by(months)
                    .filter(|roi| !roi.is_nan()),
            );
            MonthPercentiles {
                month: month as u32,
                roi_pct: percentiles(&mut month_values),
            }
        })
        .collect();
    RiskResult {
        runs,
        seed,
        roi_pct,
        payback_months: Percentiles {
            p10: nearest_rank(&mut paybacks, 0.10, payback_order).flatten(),
            p50: nearest_rank(&mut paybacks, 0.50, payback_order).flatten(),
            p90: nearest_rank(&mut paybacks, 0.90, payback_order).flatten(),
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
            // The draw is rounded to 4 decimals: finer than any input, and a short Decimal,
            // which keeps the run's arithmetic quick. Draws are at most 1e12 (the money
            // ceiling), so 1e16 ten-thousandths fit an i64.
            Some(distribution) => {
                let ten_thousandths = (distribution.sample(rng) * 1e4).round();
                if ten_thousandths.is_finite() && ten_thousandths.abs() < 1e18 {
                    Decimal::new(ten_thousandths as i64, 4)
                } else {
                    self.triangle.likely
                }
            }
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

/// A `Decimal` as the `f64` the statistics use: its integer mantissa, converted once, divided by
/// its power of ten, so within an ulp or two of the exact value. Several times quicker than
/// `ToPrimitive::to_f64`, which divides 128-bit integers, and the simulation converts a
/// million values. The tests compare the runs with the projection through this function.
pub fn as_f64(value: Decimal) -> f64 {
    const POWERS_OF_TEN: [f64; 29] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28,
    ];
    // A Decimal's scale is at most 28, so the table always has its power.
    POWERS_OF_TEN
        .get(value.scale() as usize)
        .map_or_else(|| to_f64(value), |power| value.mantissa() as f64 / power)
}

/// The nearest-rank percentile: the smallest value with at least `share` of the values at or
/// below it, in the order `order`. Always one of the values, so equal inputs give that exact
/// value. Reorders `values` (a selection, not a full sort).
fn nearest_rank<T: Copy>(
    values: &mut [T],
    share: f64,
    order: impl FnMut(&T, &T) -> std::cmp::Ordering,
) -> Option<T> {
    if values.is_empty() {
        return None;
    }
    let rank = (share * values.len() as f64).ceil() as usize;
    let index = rank.clamp(1, values.len()) - 1;
    let (_, value, _) = values.select_nth_unstable_by(index, order);
    Some(*value)
}

fn percentiles(values: &mut [f64]) -> Option<Percentiles<f64>> {
    Some(Percentiles {
        p10: nearest_rank(values, 0.10, f64::total_cmp)?,
        p50: nearest_rank(values, 0.50, f64::total_cmp)?,
        p90: nearest_rank(values, 0.90, f64::total_cmp)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        // Shuffled: the selection must not rely on the input order.
        let mut values: Vec<f64> = [7, 3, 10, 1, 5, 9, 2, 8, 4, 6].map(f64::from).to_vec();
        let order = f64::total_cmp;
        assert_eq!(nearest_rank(&mut values, 0.10, order), Some(1.0));
        assert_eq!(nearest_rank(&mut values, 0.50, order), Some(5.0));
        assert_eq!(nearest_rank(&mut values, 0.90, order), Some(9.0));
        assert_eq!(nearest_rank::<f64>(&mut [], 0.5, order), None);
        let payback_order = |a: &Option<f64>, b: &Option<f64>| match (a, b) {
            (Some(a), Some(b)) => a.total_cmp(b),
            _ => b.is_some().cmp(&a.is_some()),
        };
        let mut paybacks = [None, Some(2.0), None, Some(1.0)];
        assert_eq!(
            nearest_rank(&mut paybacks, 0.5, payback_order),
            Some(Some(2.0))
        );
        assert_eq!(nearest_rank(&mut paybacks, 0.9, payback_order), Some(None));
        assert_eq!(
            nearest_rank(&mut paybacks, 0.1, payback_order),
            Some(Some(1.0))
        );
    }
}
