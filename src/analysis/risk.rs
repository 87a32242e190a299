//! Risk range by Monte Carlo: every driver with a `ranges` entry is drawn from a triangular
//! distribution (low, most likely, high), independently per driver and per run, and each run is
//! the projection's own formulas on the drawn scenario. `f64` is used for the draws and the
//! statistics only: every percentile and probability is that of the exact Decimal projections
//! of the runs. To get there quickly, the runs are first projected in interval arithmetic and
//! only the few runs a percentile depends on are projected exactly ([`screen`]).

use std::sync::atomic::{AtomicBool, AtomicU32};

use rand::SeedableRng as _;
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution as _, Triangular};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;

use crate::model::checked::{CalcError, CalcResult};
use crate::model::driver::Driver;
use crate::model::scenario::{Scenario, Triangle};

mod screen;
use screen::{Settler, exact_statistics, screen_runs};

pub const DEFAULT_RUNS: u32 = 10_000;
/// Every run's monthly ROI interval is kept for exact percentiles: 200,000 runs of 60 months
/// take about 200 MB, a sensible ceiling for a desktop.
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

/// [`risk`] on a given number of threads (the benchmark measures one).
pub fn risk_on_threads(
    scenario: &Scenario,
    runs: u32,
    seed: u64,
    control: &Control,
    threads: usize,
) -> CalcResult<RiskResult> {
    if !(1..=MAX_RUNS).contains(&runs) {
        return Err(CalcError::Invalid(
            crate::model::scenario::ValidationErrors(vec![crate::model::scenario::FieldError {
                field: "runs".into(),
                value: runs.to_string(),
                allowed: format!("1 to {MAX_RUNS}"),
            }]),
        ));
    }
    // Validated once: a run changes only the uncertain drivers, through `Driver::set`, which
    // keeps each inside its valid range, so every run's scenario is valid too.
    scenario.validate().map_err(CalcError::Invalid)?;
    let samplers = samplers(scenario)?;
    let draws = draw_all(&samplers, runs, seed);
    let mut screened = screen_runs(scenario, &samplers, &draws, runs as usize, threads, control)?;
    let mut settler = Settler::new(scenario, &samplers, &draws, runs as usize);
    let exact = exact_statistics(&mut screened, &mut settler, control)?;
    let runs_f = f64::from(runs);
    let [p10, p50, p90] = exact.roi_at_horizon;
    let [payback_p10, payback_p50, payback_p90] = exact.payback_months;
    Ok(RiskResult {
        runs,
        seed,
        roi_pct: Percentiles { p10, p50, p90 },
        payback_months: Percentiles {
            p10: payback_p10,
            p50: payback_p50,
            p90: payback_p90,
        },
        probability_payback_within_horizon: exact.paid_back_runs as f64 / runs_f,
        probability_negative_roi: exact.negative_runs as f64 / runs_f,
        months: exact
            .months
            .into_iter()
            .enumerate()
            .map(|(month, roi)| MonthPercentiles {
                month: month as u32,
                roi_pct: roi.map(|[p10, p50, p90]| Percentiles { p10, p50, p90 }),
            })
            .collect(),
        roi_samples: exact.roi_samples,
    })
}

/// Every run's values of the uncertain drivers: one flat list, `samplers.len()` values per run.
/// All draws come from one generator in run order, so the result does not depend on how the
/// runs are shared between threads.
fn draw_all(samplers: &[Sampler], runs: u32, seed: u64) -> Vec<Decimal> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut draws = Vec::with_capacity(runs as usize * samplers.len());
    for _ in 0..runs {
        draws.extend(samplers.iter().map(|s| s.draw(&mut rng)));
    }
    draws
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

/// A `Decimal` as the `f64` the statistics use, within two ulps of its value, and exactly for
/// a whole number (what lets the screening trust exact integers, see `crate::model::enclosure`).
/// The tests compare the runs with the projection through this function.
pub fn as_f64(value: Decimal) -> f64 {
    crate::model::enclosure::approximate_f64(value.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::projection::project;
    use proptest::prelude::*;
    use rust_decimal::prelude::FromPrimitive as _;

    /// The statistics the slow, obvious way: every run projected in full, every list sorted.
    fn every_run_projected(scenario: &Scenario, runs: u32, seed: u64) -> RiskResult {
        let samplers = samplers(scenario).unwrap();
        let draws = draw_all(&samplers, runs, seed);
        let mut projections = Vec::new();
        for values in draws.chunks(samplers.len().max(1)).take(runs as usize) {
            let mut variant = scenario.clone();
            for (sampler, &value) in samplers.iter().zip(values) {
                sampler.driver.set(&mut variant, value);
            }
            projections.push(project(&variant).unwrap());
        }
        // With no uncertain driver there are no draws: every run is the scenario itself.
        while projections.len() < runs as usize {
            projections.push(project(scenario).unwrap());
        }
        let nearest_rank = |mut values: Vec<f64>, share: f64| {
            values.sort_by(f64::total_cmp);
            let rank = (share * values.len() as f64).ceil() as usize;
            values.get(rank.clamp(1, values.len().max(1)) - 1).copied()
        };
        let percentiles = |values: Vec<f64>| {
            Some(Percentiles {
                p10: nearest_rank(values.clone(), 0.1)?,
                p50: nearest_rank(values.clone(), 0.5)?,
                p90: nearest_rank(values, 0.9)?,
            })
        };
        let horizon: Vec<f64> = projections
            .iter()
            .map(|p| p.summary.roi_pct.map_or(0.0, as_f64))
            .collect();
        let paybacks: Vec<f64> = projections
            .iter()
            .map(|p| p.summary.payback_months.map_or(f64::INFINITY, as_f64))
            .collect();
        let payback = |share| nearest_rank(paybacks.clone(), share).filter(|p| p.is_finite());
        let mut roi_samples = horizon.clone();
        roi_samples.sort_by(f64::total_cmp);
        let runs_f = f64::from(runs);
        RiskResult {
            runs,
            seed,
            roi_pct: percentiles(horizon.clone()).unwrap(),
            payback_months: Percentiles {
                p10: payback(0.1),
                p50: payback(0.5),
                p90: payback(0.9),
            },
            probability_payback_within_horizon: paybacks.iter().filter(|p| p.is_finite()).count()
                as f64
                / runs_f,
            probability_negative_roi: horizon.iter().filter(|&&roi| roi < 0.0).count() as f64
                / runs_f,
            months: (0..=scenario.horizon_months)
                .map(|month| MonthPercentiles {
                    month,
                    roi_pct: percentiles(
                        projections
                            .iter()
                            .filter_map(|p| p.months[month as usize].roi_pct.map(as_f64))
                            .collect(),
                    ),
                })
                .collect(),
            roi_samples,
        }
    }

    fn assert_same(fast: RiskResult, slow: RiskResult) -> Result<(), TestCaseError> {
        // The histogram's samples are interval middles, within 1e-9 points of the exact ones.
        prop_assert_eq!(fast.roi_samples.len(), slow.roi_samples.len());
        for (a, b) in fast.roi_samples.iter().zip(&slow.roi_samples) {
            prop_assert!((a - b).abs() <= 1e-9 * (1.0 + b.abs()), "{} vs {}", a, b);
        }
        let strip = |r: RiskResult| RiskResult {
            roi_samples: Vec::new(),
            ..r
        };
        prop_assert_eq!(strip(fast), strip(slow));
        Ok(())
    }

    /// A scenario with every driver somewhere in its everyday range and ranges on the drivers
    /// `uncertain` picks, each with low <= likely <= high.
    fn uncertain_scenario(
        values: &[f64],
        uncertain: &[(bool, f64, f64)],
        horizon_months: u32,
    ) -> Scenario {
        let mut scenario = Scenario {
            horizon_months,
            ..Scenario::default()
        };
        let at = |driver: Driver, fraction: f64| {
            let fraction = Decimal::from_f64(fraction).unwrap_or_default().round_dp(3);
            driver.clamp(driver.min() + (driver.everyday_max() - driver.min()) * fraction)
        };
        for ((&driver, &value), &(is_uncertain, below, above)) in
            Driver::ALL.iter().zip(values).zip(uncertain)
        {
            driver.set(&mut scenario, at(driver, value));
            if is_uncertain {
                let likely = driver.get(&scenario);
                let triangle = Triangle {
                    low: at(driver, (value - below).max(0.0)).min(likely),
                    likely,
                    high: at(driver, (value + above).min(1.0)).max(likely),
                };
                scenario.ranges.insert(driver.field_name().into(), triangle);
            }
        }
        scenario
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// The screened statistics are exactly those of projecting every run in full.
        #[test]
        fn screening_gives_the_statistics_of_every_run_projected(
            values in prop::collection::vec(0.0..=1.0_f64, Driver::ALL.len()),
            uncertain in prop::collection::vec(
                (prop::bool::weighted(0.3), 0.0..0.5_f64, 0.0..0.5_f64),
                Driver::ALL.len(),
            ),
            horizon in 1_u32..=24,
            runs in 1_u32..300,
            seed in any::<u64>(),
        ) {
            let scenario = uncertain_scenario(&values, &uncertain, horizon);
            let fast = risk_on_threads(&scenario, runs, seed, &Control::default(), 2).unwrap();
            assert_same(fast, every_run_projected(&scenario, runs, seed))?;
        }
    }

    /// Runs that tie at every month: an uncertain driver the ROI does not depend on, an
    /// uncertain one-time cost (month 0 is -100 % for every run), no ranges at all.
    #[test]
    fn screening_handles_ties() {
        let triangle = |low: i64, likely: i64, high: i64| Triangle {
            low: Decimal::from(low),
            likely: Decimal::from(likely),
            high: Decimal::from(high),
        };
        let mut no_effect = Scenario::default();
        no_effect
            .ranges
            .insert("sales_cycle_days".into(), triangle(30, 60, 90));
        let mut one_time = Scenario::default();
        one_time
            .ranges
            .insert("implementation_cost".into(), triangle(5000, 15000, 40000));
        for scenario in [no_effect, one_time, Scenario::default()] {
            let fast = risk_on_threads(&scenario, 500, 9, &Control::default(), 1).unwrap();
            assert_same(fast, every_run_projected(&scenario, 500, 9)).unwrap();
        }
    }
}
