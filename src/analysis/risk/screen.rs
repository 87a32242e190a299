//! Exact statistics at the cost of interval estimates.
//!
//! Every run is first projected in [`Enclosure`] arithmetic: the same formulas, in f64, giving
//! for each figure an interval sure to hold the value the exact Decimal projection would give
//! (converted by [`as_f64`]). A percentile is then found among the intervals, and only the
//! runs whose intervals overlap the answer's are projected exactly ("settled"): usually one
//! or two per percentile. The result is the one projecting every run exactly would give; the
//! tests compare the two.
//!
//! Where intervals cannot order runs at all (every run ties, as with zero-width ranges or an
//! uncertain driver the ROI does not depend on), every run is settled and the cost is that of
//! the exact path.

use std::collections::HashMap;
use std::sync::atomic::Ordering;

use rust_decimal::Decimal;

use super::{Control, Sampler, as_f64};
use crate::model::checked::{CalcError, CalcResult};
use crate::model::enclosure::Enclosure;
use crate::model::projection::{RoiSeries, interpolated_payback};
use crate::model::scenario::Scenario;

/// A month with no ROI (nothing spent yet).
const NO_ROI: Enclosure = Enclosure {
    lo: f64::NAN,
    hi: f64::NAN,
};
/// A run that does not pay back within the horizon: it sorts after every payback.
const NEVER: Enclosure = Enclosure {
    lo: f64::INFINITY,
    hi: f64::INFINITY,
};

fn has_roi(roi: Enclosure) -> bool {
    !roi.lo.is_nan()
}

/// What the quick pass knows of every run.
pub(super) struct Screened {
    months: usize,
    /// Each run's ROI for months `0..months`, run after run; [`NO_ROI`] where there is none.
    roi: Vec<Enclosure>,
    /// Each run's payback month, or [`NEVER`].
    payback: Vec<Enclosure>,
    /// Runs the intervals cannot describe (a possibly zero divisor, a possible overflow, a
    /// cumulative net whose sign is unclear): they are settled before any statistic.
    undecided: Vec<usize>,
}

/// The quick pass over every run, on `threads` threads, each with one scenario copy that every
/// run overwrites and its own stretch of the result (no copying when they are joined).
pub(super) fn screen_runs(
    scenario: &Scenario,
    samplers: &[Sampler],
    draws: &[Decimal],
    runs: usize,
    threads: usize,
    control: &Control,
) -> CalcResult<Screened> {
    let months = scenario.horizon_months as usize + 1;
    let mut roi = vec![NO_ROI; runs * months];
    let mut payback = vec![NEVER; runs];
    let runs_per_thread = runs.div_ceil(threads.max(1)).max(1);
    let undecided = std::thread::scope(|scope| {
        let workers: Vec<_> = roi
            .chunks_mut(runs_per_thread * months)
            .zip(payback.chunks_mut(runs_per_thread))
            .enumerate()
            .map(|(part, (roi, payback))| {
                let first = part * runs_per_thread;
                scope.spawn(move || {
                    let mut variant = scenario.clone();
                    let mut series = RoiSeries::<Enclosure>::default();
                    let mut undecided = Vec::new();
                    let rows = roi.chunks_mut(months).zip(payback.iter_mut());
                    for (run, (roi, payback)) in (first..).zip(rows) {
                        if control.cancel.load(Ordering::Relaxed) {
                            return Err(CalcError::Cancelled);
                        }
                        set_drivers(&mut variant, samplers, draws_of(draws, samplers, run));
                        if !screen_run(&variant, &mut series, roi, payback) {
                            undecided.push(run);
                        }
                        control.done_runs.fetch_add(1, Ordering::Relaxed);
                    }
                    Ok(undecided)
                })
            })
            .collect();
        let mut undecided = Vec::new();
        for worker in workers {
            undecided.extend(worker.join().unwrap_or(Err(CalcError::Cancelled))?);
        }
        Ok::<_, CalcError>(undecided)
    })?;
    Ok(Screened {
        months,
        roi,
        payback,
        undecided,
    })
}

/// Projects one run in interval arithmetic into its row of ROIs and its payback; `false` when
/// the intervals cannot describe it (the row is then left for the exact projection).
fn screen_run(
    variant: &Scenario,
    series: &mut RoiSeries<Enclosure>,
    roi: &mut [Enclosure],
    payback: &mut Enclosure,
) -> bool {
    let known = series.fill(variant).is_ok()
        && series.cumulative_net.iter().all(|net| net.is_known())
        && series.roi_pct.iter().flatten().all(|roi| roi.is_known());
    let Some(screened_payback) = known
        .then(|| screened_payback(&series.cumulative_net))
        .flatten()
    else {
        return false;
    };
    for (slot, month) in roi.iter_mut().zip(&series.roi_pct) {
        *slot = month.unwrap_or(NO_ROI);
    }
    *payback = screened_payback;
    true
}

fn draws_of<'a>(draws: &'a [Decimal], samplers: &[Sampler], run: usize) -> &'a [Decimal] {
    let per_run = samplers.len();
    draws.get(run * per_run..(run + 1) * per_run).unwrap_or(&[])
}

fn set_drivers(variant: &mut Scenario, samplers: &[Sampler], values: &[Decimal]) {
    for (sampler, &value) in samplers.iter().zip(values) {
        sampler.driver.set_value(variant, value);
    }
}

/// The payback from intervals of the cumulative nets, or `None` when the sign of a net that
/// matters is unclear. As `projection::payback_months`: the month after the last one below
/// zero, interpolated.
fn screened_payback(nets: &[Enclosure]) -> Option<Enclosure> {
    let mut stays_positive_from = 0;
    for (month, net) in nets.iter().enumerate().rev() {
        if net.is_below_zero()? {
            stays_positive_from = month + 1;
            break;
        }
    }
    if stays_positive_from == 0 {
        return Some(Enclosure::point(0.0));
    }
    let Some(&after) = nets.get(stays_positive_from) else {
        return Some(NEVER);
    };
    let before = nets[stays_positive_from - 1];
    interpolated_payback(stays_positive_from, before, after)
        .ok()
        .filter(|payback| payback.is_known())
}

/// Exact projections of single runs, written over their intervals.
pub(super) struct Settler<'a> {
    variant: Scenario,
    samplers: &'a [Sampler],
    draws: &'a [Decimal],
    series: RoiSeries,
    settled: Vec<bool>,
    /// Runs with the same draws have the same figures (all of them, for zero-width ranges).
    by_draws: HashMap<&'a [Decimal], (Vec<Enclosure>, Enclosure)>,
}

impl<'a> Settler<'a> {
    pub(super) fn new(
        scenario: &Scenario,
        samplers: &'a [Sampler],
        draws: &'a [Decimal],
        runs: usize,
    ) -> Self {
        Settler {
            variant: scenario.clone(),
            samplers,
            draws,
            series: RoiSeries::default(),
            settled: vec![false; runs],
            by_draws: HashMap::new(),
        }
    }

    /// Replaces `run`'s intervals by its exact figures (as points).
    pub(super) fn settle(&mut self, screened: &mut Screened, run: usize) -> CalcResult<()> {
        if self.settled.get(run).copied().unwrap_or(true) {
            return Ok(());
        }
        let draws = draws_of(self.draws, self.samplers, run);
        if !self.by_draws.contains_key(draws) {
            set_drivers(&mut self.variant, self.samplers, draws);
            self.series.fill(&self.variant)?;
            let exact = |value: Decimal| Enclosure::point(as_f64(value));
            let rois = self
                .series
                .roi_pct
                .iter()
                .map(|roi| roi.map_or(NO_ROI, exact));
            let payback = self.series.payback_months()?.map_or(NEVER, exact);
            self.by_draws.insert(draws, (rois.collect(), payback));
        }
        if let Some((rois, payback)) = self.by_draws.get(draws) {
            let months = screened.months;
            if let Some(row) = screened.roi.get_mut(run * months..(run + 1) * months) {
                row.copy_from_slice(rois);
            }
            if let Some(slot) = screened.payback.get_mut(run) {
                *slot = *payback;
            }
        }
        self.settled[run] = true;
        Ok(())
    }

    pub(super) fn settle_undecided(&mut self, screened: &mut Screened) -> CalcResult<()> {
        for run in std::mem::take(&mut screened.undecided) {
            self.settle(screened, run)?;
        }
        Ok(())
    }
}

/// The statistics the risk result reports, exact, from the screened runs.
pub(super) struct Exact {
    /// Per month: the P10, P50 and P90 of the ROI, or `None` where no run has one.
    pub months: Vec<Option<[f64; 3]>>,
    /// ROI at the horizon (no ROI counts as 0).
    pub roi_at_horizon: [f64; 3],
    /// `None` where fewer runs than the share pay back.
    pub payback_months: [Option<f64>; 3],
    pub paid_back_runs: usize,
    pub negative_runs: usize,
    /// Every run's ROI at the horizon, for the histogram: the middle of its interval, which
    /// agrees with the exact value to 9 significant digits and more (a test checks it).
    pub roi_samples: Vec<f64>,
}

const SHARES: [f64; 3] = [0.10, 0.50, 0.90];

pub(super) fn exact_statistics(
    screened: &mut Screened,
    settler: &mut Settler<'_>,
    control: &Control,
) -> CalcResult<Exact> {
    settler.settle_undecided(screened)?;
    let months = screened.months;
    let runs = screened.payback.len();
    let mut selection = Selection::default();
    let mut candidates: Vec<(Enclosure, usize)> = Vec::with_capacity(runs);

    let mut month_percentiles = Vec::with_capacity(months);
    for month in 0..months {
        if control.cancel.load(Ordering::Relaxed) {
            return Err(CalcError::Cancelled);
        }
        candidates.clear();
        candidates.extend(
            (0..runs)
                .map(|run| (screened.roi[run * months + month], run))
                .filter(|(roi, _)| has_roi(*roi)),
        );
        if candidates.is_empty() {
            month_percentiles.push(None);
            continue;
        }
        let mut percentiles = [0.0; 3];
        for (value, share) in percentiles.iter_mut().zip(SHARES) {
            let found = selection.nearest_rank(&candidates, share, |run| {
                settler.settle(screened, run)?;
                Ok(screened.roi[run * months + month].lo)
            })?;
            *value = found.unwrap_or_default();
        }
        month_percentiles.push(Some(percentiles));
    }

    // At the horizon, a run with no ROI (nothing ever spent) counts as 0: no loss.
    let horizon = months - 1;
    let at_horizon = |screened: &Screened, run: usize| {
        let roi = screened.roi[run * months + horizon];
        if has_roi(roi) {
            roi
        } else {
            Enclosure::point(0.0)
        }
    };
    candidates.clear();
    candidates.extend((0..runs).map(|run| (at_horizon(screened, run), run)));
    let mut roi_at_horizon = [0.0; 3];
    for (value, share) in roi_at_horizon.iter_mut().zip(SHARES) {
        let found = selection.nearest_rank(&candidates, share, |run| {
            settler.settle(screened, run)?;
            Ok(at_horizon(screened, run).lo)
        })?;
        *value = found.unwrap_or(0.0);
    }
    let mut negative_runs = 0;
    for run in 0..runs {
        let negative = match at_horizon(screened, run).is_below_zero() {
            Some(negative) => negative,
            None => {
                settler.settle(screened, run)?;
                at_horizon(screened, run).lo < 0.0
            }
        };
        negative_runs += usize::from(negative);
    }
    let mut roi_samples: Vec<f64> = (0..runs)
        .map(|run| {
            let roi = at_horizon(screened, run);
            if roi.is_point() {
                roi.lo
            } else {
                roi.lo / 2.0 + roi.hi / 2.0
            }
        })
        .collect();
    roi_samples.sort_by(f64::total_cmp);

    // Paybacks: a run that never pays back is an infinite payback, so it sorts last.
    candidates.clear();
    candidates.extend(screened.payback.iter().copied().zip(0..runs));
    let paid_back_runs = candidates.iter().filter(|(p, _)| *p != NEVER).count();
    let mut payback_months = [None; 3];
    for (value, share) in payback_months.iter_mut().zip(SHARES) {
        let found = selection.nearest_rank(&candidates, share, |run| {
            settler.settle(screened, run)?;
            Ok(screened.payback[run].lo)
        })?;
        *value = found.filter(|payback| payback.is_finite());
    }

    Ok(Exact {
        months: month_percentiles,
        roi_at_horizon,
        payback_months,
        paid_back_runs,
        negative_runs,
        roi_samples,
    })
}

/// Scratch space for [`Selection::nearest_rank`], reused across percentiles.
#[derive(Default)]
struct Selection {
    ends: Vec<f64>,
    window: Vec<f64>,
}

impl Selection {
    /// The nearest-rank percentile (the smallest value with at least `share` of the values at
    /// or below it) of the exact values behind `candidates` (interval, run).
    ///
    /// If `v` is the k-th smallest exact value, it lies between the k-th smallest lower end and
    /// the k-th smallest upper end of the intervals. Runs whose whole interval is below that
    /// range are surely below `v`, runs above it surely above; `v` is then found among the
    /// rest, the "window", once `settle` has given their exact values.
    fn nearest_rank(
        &mut self,
        candidates: &[(Enclosure, usize)],
        share: f64,
        mut settle: impl FnMut(usize) -> CalcResult<f64>,
    ) -> CalcResult<Option<f64>> {
        if candidates.is_empty() {
            return Ok(None);
        }
        let rank = (share * candidates.len() as f64).ceil() as usize;
        let k = rank.clamp(1, candidates.len()) - 1;
        let lowest_possible = self.kth(candidates.iter().map(|(e, _)| e.lo), k);
        let highest_possible = self.kth(candidates.iter().map(|(e, _)| e.hi), k);
        let mut surely_below = 0;
        self.window.clear();
        for &(enclosure, run) in candidates {
            if enclosure.hi < lowest_possible {
                surely_below += 1;
            } else if enclosure.lo <= highest_possible {
                let exact = if enclosure.is_point() {
                    enclosure.lo
                } else {
                    settle(run)?
                };
                self.window.push(exact);
            }
        }
        // Always in the window while the intervals hold the exact values; were one wrong, an
        // error is better than a wrong percentile.
        let index = k
            .checked_sub(surely_below)
            .filter(|&index| index < self.window.len())
            .ok_or(CalcError::Overflow {
                step: "risk percentile",
            })?;
        let (_, value, _) = self.window.select_nth_unstable_by(index, f64::total_cmp);
        Ok(Some(*value))
    }

    fn kth(&mut self, values: impl Iterator<Item = f64>, k: usize) -> f64 {
        self.ends.clear();
        self.ends.extend(values);
        let (_, value, _) = self.ends.select_nth_unstable_by(k, f64::total_cmp);
        *value
    }
}
