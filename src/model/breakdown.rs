//! A month's (or a year's) gain by driver and cost by kind (SPEC §3). The parts add up with no
//! cross terms, so each breakdown sums exactly to its total.

use rust_decimal::Decimal;

use crate::model::checked::{CalcResult, Number, add};

/// Gain of each driver. `T` is the arithmetic (see [`Number`]); everything outside the risk
/// simulation uses Decimal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GainBreakdown<T = Decimal> {
    pub cross_sell: T,
    pub faster_cycle: T,
    pub win_rate: T,
    pub productivity: T,
    pub retention: T,
    pub acquisition: T,
    pub support: T,
    pub other_gains: T,
}

impl GainBreakdown {
    /// Names in the JSON and CSV exports, in display order.
    pub const NAMES: [&'static str; 8] = [
        "cross_sell",
        "faster_cycle",
        "win_rate",
        "productivity",
        "retention",
        "acquisition",
        "support",
        "other_gains",
    ];
    /// The same, as a user reads them.
    pub const LABELS: [&'static str; 8] = [
        "Cross-sell / upsell",
        "Faster sales cycle",
        "Higher win rate",
        "Time saved",
        "Customers kept",
        "Cheaper acquisition",
        "Faster service",
        "Other gains",
    ];
}

impl<T: Number> GainBreakdown<T> {
    pub fn as_array(&self) -> [T; 8] {
        [
            self.cross_sell,
            self.faster_cycle,
            self.win_rate,
            self.productivity,
            self.retention,
            self.acquisition,
            self.support,
            self.other_gains,
        ]
    }

    pub fn from_array(values: [T; 8]) -> Self {
        let [
            cross_sell,
            faster_cycle,
            win_rate,
            productivity,
            retention,
            acquisition,
            support,
            other_gains,
        ] = values;
        GainBreakdown {
            cross_sell,
            faster_cycle,
            win_rate,
            productivity,
            retention,
            acquisition,
            support,
            other_gains,
        }
    }

    /// The parts in the order they are added up: the drivers that are flat once ramped up,
    /// then the lines, then retention, which changes every month. (Adding in this order lets a
    /// projection add the unchanging parts once; sums in another order differ only in
    /// Decimal's 28th digit.)
    pub fn in_sum_order(&self) -> [T; 8] {
        [
            self.cross_sell,
            self.faster_cycle,
            self.win_rate,
            self.productivity,
            self.acquisition,
            self.support,
            self.other_gains,
            self.retention,
        ]
    }

    /// The total gain: the parts added in [`GainBreakdown::in_sum_order`].
    pub fn total(&self) -> CalcResult<T> {
        sum(self.in_sum_order(), "total gain")
    }

    /// Each part plus the other's: the sum of two months, or of a period's months.
    pub fn plus(&self, other: &Self) -> CalcResult<Self> {
        Ok(Self::from_array(plus_parts(
            self.as_array(),
            other.as_array(),
            "gain breakdown",
        )?))
    }
}

/// Cost of each kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CostBreakdown<T = Decimal> {
    pub licences: T,
    pub admin: T,
    pub one_time: T,
    pub other_costs: T,
}

impl CostBreakdown {
    pub const NAMES: [&'static str; 4] = ["licences", "admin", "one_time", "other_costs"];
    pub const LABELS: [&'static str; 4] = [
        "Licences",
        "Administration and add-ons",
        "One-time (rollout)",
        "Other costs",
    ];
}

impl<T: Number> CostBreakdown<T> {
    pub fn as_array(&self) -> [T; 4] {
        [self.licences, self.admin, self.one_time, self.other_costs]
    }

    pub fn from_array([licences, admin, one_time, other_costs]: [T; 4]) -> Self {
        CostBreakdown {
            licences,
            admin,
            one_time,
            other_costs,
        }
    }

    pub fn total(&self) -> CalcResult<T> {
        sum(self.as_array(), "total cost")
    }

    pub fn plus(&self, other: &Self) -> CalcResult<Self> {
        Ok(Self::from_array(plus_parts(
            self.as_array(),
            other.as_array(),
            "cost breakdown",
        )?))
    }
}

/// Part by part, `a + b`; a part of `b` that is zero adds nothing and is skipped.
fn plus_parts<T: Number, const N: usize>(
    a: [T; N],
    b: [T; N],
    step: &'static str,
) -> CalcResult<[T; N]> {
    let mut out = a;
    for (slot, value) in out.iter_mut().zip(b) {
        if !value.is_exact_zero() {
            *slot = add(*slot, value, step)?;
        }
    }
    Ok(out)
}

/// The parts added in order, starting from zero (the order keeps version-1 sums unchanged).
fn sum<T: Number, const N: usize>(parts: [T; N], step: &'static str) -> CalcResult<T> {
    parts
        .into_iter()
        .try_fold(T::default(), |total, part| add(total, part, step))
}
