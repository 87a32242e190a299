//! Plausibility: results that are possible but rarely true, each with the assumption that
//! drives it, so a reader questions the input rather than trusting (or dismissing) the
//! figure. Quiet notes, never a block: the numbers stand as computed.

use rust_decimal::Decimal;

use crate::model::driver::Driver;
use crate::model::projection::{GainBreakdown, Projection};
use crate::model::scenario::Scenario;

/// ROI above this (in percent) is worth a second look.
pub const HIGH_ROI_PCT: i64 = 1000;
/// Time saved above this share of the gains is said to be counted as money.
pub const TIME_SAVED_SHARE_PCT: i64 = 25;

/// One result worth a second look, with the figures that explain it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// ROI above [`HIGH_ROI_PCT`]: `largest` is the gain driver with the biggest share of
    /// the gains at full adoption, and the input that sets it.
    HighRoi {
        roi_pct: Decimal,
        /// Index in [`GainBreakdown::NAMES`], and the input that sets it (none for extra
        /// lines).
        largest: Option<(usize, Option<Driver>)>,
        largest_share_pct: Decimal,
    },
    /// The cumulative net turns positive within the first month (or nothing is owed at go-live).
    FastPayback {
        payback_months: Decimal,
        one_time_cost: Decimal,
        first_month_gain: Decimal,
    },
    /// The monthly gain at full adoption exceeds everything the team sells in a month today.
    GainAboveBaselineRevenue {
        monthly_gain: Decimal,
        baseline_revenue: Decimal,
    },
    /// A large part of the gain is time saved, valued at the team's cost: real only if the
    /// hours are put to use.
    TimeSavedCounted {
        monthly_value: Decimal,
        share_pct: Decimal,
    },
}

/// The input that sets each gain driver, in [`GainBreakdown::NAMES`] order.
const GAIN_INPUTS: [Option<Driver>; 8] = [
    Some(Driver::CrossSellUpliftPct),
    Some(Driver::CycleTimeReductionPct),
    Some(Driver::WinRateUpliftPct),
    Some(Driver::HoursSavedPerRepPerWeek),
    Some(Driver::ChurnReductionPct),
    Some(Driver::AcquisitionCostReductionPct),
    Some(Driver::SupportTimeReductionPct),
    None,
];

fn share_pct(part: Decimal, whole: Decimal) -> Decimal {
    if whole.is_zero() {
        return Decimal::ZERO;
    }
    part.checked_div(whole)
        .and_then(|r| r.checked_mul(Decimal::ONE_HUNDRED))
        .unwrap_or_default()
}

/// The notes a projection calls for, in the order they are shown.
pub fn notes(scenario: &Scenario, projection: &Projection) -> Vec<Note> {
    let summary = &projection.summary;
    let derived = &projection.derived;
    // The month at full adoption, part by part: the steady flat gains, the retention of the
    // last month and the recurring gain lines.
    let mut steady: GainBreakdown = derived.steady_gains;
    steady.retention = projection
        .months
        .last()
        .map_or(Decimal::ZERO, |m| m.gains.retention);
    steady.other_gains = summary.monthly_other_gains_at_full_adoption;
    let steady_total = summary.monthly_gain_at_full_adoption;
    let mut notes = Vec::new();

    if let Some(roi) = summary.roi_pct
        && roi > Decimal::from(HIGH_ROI_PCT)
    {
        let largest = steady
            .as_array()
            .into_iter()
            .enumerate()
            .max_by_key(|(_, gain)| *gain)
            .filter(|(_, gain)| !gain.is_zero());
        notes.push(Note::HighRoi {
            roi_pct: roi,
            largest: largest.map(|(index, _)| (index, GAIN_INPUTS[index])),
            largest_share_pct: largest
                .map_or(Decimal::ZERO, |(_, gain)| share_pct(gain, steady_total)),
        });
    }
    if let Some(payback) = summary.payback_months
        && payback < Decimal::ONE
    {
        notes.push(Note::FastPayback {
            payback_months: payback,
            one_time_cost: derived.one_time_cost,
            first_month_gain: projection.months.get(1).map_or(Decimal::ZERO, |m| m.gain),
        });
    }
    if summary.monthly_gain_at_full_adoption > derived.baseline_revenue {
        notes.push(Note::GainAboveBaselineRevenue {
            monthly_gain: summary.monthly_gain_at_full_adoption,
            baseline_revenue: derived.baseline_revenue,
        });
    }
    let time_share = share_pct(steady.productivity, steady_total);
    if time_share >= Decimal::from(TIME_SAVED_SHARE_PCT)
        && scenario.gains.hours_saved_per_rep_per_week > Decimal::ZERO
    {
        notes.push(Note::TimeSavedCounted {
            monthly_value: steady.productivity,
            share_pct: time_share,
        });
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::projection::project;

    #[test]
    fn the_defaults_need_no_note() {
        let s = Scenario::default();
        assert_eq!(notes(&s, &project(&s).unwrap()), []);
    }

    #[test]
    fn a_huge_uplift_is_named_as_the_cause() {
        let mut s = Scenario::default();
        s.gains.cross_sell_uplift_pct = Decimal::from(400);
        let notes = notes(&s, &project(&s).unwrap());
        assert!(
            matches!(
                notes.first(),
                Some(Note::HighRoi {
                    largest: Some((0, Some(Driver::CrossSellUpliftPct))),
                    ..
                })
            ),
            "{notes:?}"
        );
        assert!(
            notes
                .iter()
                .any(|n| matches!(n, Note::GainAboveBaselineRevenue { .. }))
        );
    }
}
