//! The projection (SPEC §3): a pure function from a scenario to its monthly series, its
//! summary at the horizon and its years.
//!
//! Everything is computed in full `Decimal` precision with checked arithmetic; rounding happens
//! only where figures are shown or exported ([`crate::locale::format`]). The months themselves
//! come from [`crate::model::flows`], written once for the exact arithmetic and for the risk
//! simulation's intervals.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;

pub use crate::model::breakdown::{CostBreakdown, GainBreakdown};
use crate::model::checked::{
    CalcError, CalcResult, Number, add, div, from_percent as pct, mul, nth_root, percent_of, sub,
};
pub use crate::model::flows::Derived;
use crate::model::flows::{MonthlyFlows, derive_valid};
use crate::model::scenario::{LineKind, Per, Scenario};
use crate::model::years::{Years, years};

/// One month of the projection; month 0 is go-live.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Month {
    pub month: u32,
    pub cost: Decimal,
    pub gain: Decimal,
    pub gains: GainBreakdown,
    pub costs: CostBreakdown,
    pub net: Decimal,
    pub cumulative_cost: Decimal,
    pub cumulative_gain: Decimal,
    pub cumulative_net: Decimal,
    /// Cumulative net over cumulative cost, in percent; `None` while nothing has been spent.
    pub roi_pct: Option<Decimal>,
    /// Customers at the end of the month without and with the CRM (expected values).
    pub customers_without_crm: Decimal,
    pub customers_with_crm: Decimal,
}

/// Customers at the horizon (SPEC §3, `customers_at_horizon`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Customers {
    pub without_crm: Decimal,
    pub with_crm: Decimal,
}

/// The figures at the horizon (SPEC §3, "Summary at the horizon").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub total_cost: Decimal,
    pub total_gain: Decimal,
    pub net_gain: Decimal,
    pub roi_pct: Option<Decimal>,
    /// Fractional month from which the cumulative net stays non-negative; `None` if it never does.
    pub payback_months: Option<Decimal>,
    pub npv: Decimal,
    pub pv_gains: Decimal,
    pub pv_costs: Decimal,
    pub discounted_roi_pct: Option<Decimal>,
    pub monthly_gain_at_full_adoption: Decimal,
    pub monthly_net_at_full_adoption: Decimal,
    /// The recurring cost of month H, whatever the billing: `seats × P(y(H)) + admin` + the
    /// cost lines' monthly amounts in month H.
    pub monthly_cost_at_full_adoption: Decimal,
    /// The gain lines' monthly amounts in month H, after the risk adjustment.
    pub monthly_other_gains_at_full_adoption: Decimal,
    pub new_sales_cycle_days: Decimal,
    pub customers_at_horizon: Customers,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Projection {
    pub derived: Derived,
    /// Months `0..=horizon_months`.
    pub months: Vec<Month>,
    pub summary: Summary,
    /// The same months by year, as a business case is read (SPEC §3, "The years").
    pub years: Years,
}

/// The values every month uses, computed once.
pub fn derive(s: &Scenario) -> CalcResult<Derived> {
    s.validate().map_err(CalcError::Invalid)?;
    let mut derived = derive_valid::<Decimal>(s)?;
    derived.monthly_discount_rate = monthly_discount_rate(s.finance.discount_rate_annual_pct)?;
    Ok(derived)
}

/// `(1 + annual)^(1/12) − 1`. The twelfth root is the costliest step of a projection, and the
/// rate rarely changes between projections (a slider drag, a sensitivity or goal-seek sweep
/// over another driver), so each thread remembers the last one. The root is a pure function
/// of the rate, matched by its exact representation (`10` and `10.0` are kept apart): remembering
/// it changes no figure.
fn monthly_discount_rate(annual_rate_pct: Decimal) -> CalcResult<Decimal> {
    thread_local! {
        static LAST: std::cell::Cell<Option<([u8; 16], Decimal)>> = const {
            std::cell::Cell::new(None)
        };
    }
    if let Some((annual, monthly)) = LAST.get()
        && annual == annual_rate_pct.serialize()
    {
        return Ok(monthly);
    }
    let annual_rate = pct(annual_rate_pct)?;
    let monthly_factor = nth_root(
        add(Decimal::ONE, annual_rate, "discount rate")?,
        12,
        "discount rate",
    )?;
    let monthly = sub(monthly_factor, Decimal::ONE, "discount rate")?;
    LAST.set(Some((annual_rate_pct.serialize(), monthly)));
    Ok(monthly)
}

/// `1 / (1 + i)^m` for months `0..=horizon`, `i` the monthly rate. Each factor is the one
/// before × `1 / (1 + i)` (much cheaper than dividing by a power), a chain of 28-digit
/// multiplications that depends on the rate alone; so each thread keeps the last rate's
/// chain, as [`monthly_discount_rate`] keeps its root. The same steps give the same factors:
/// keeping them changes no figure.
fn discount_factors(
    annual_rate_pct: Decimal,
    monthly_rate: Decimal,
    horizon: u32,
) -> CalcResult<std::rc::Rc<[Decimal]>> {
    /// A rate (its exact representation) and its chain of factors.
    type Chain = Option<([u8; 16], std::rc::Rc<[Decimal]>)>;
    thread_local! {
        static LAST: std::cell::RefCell<Chain> = const { std::cell::RefCell::new(None) };
    }
    let key = annual_rate_pct.serialize();
    let needed = horizon as usize + 1;
    if let Some(factors) = LAST.with_borrow(|last| {
        last.as_ref()
            .filter(|(rate, factors)| *rate == key && factors.len() >= needed)
            .map(|(_, factors)| std::rc::Rc::clone(factors))
    }) {
        return Ok(factors);
    }
    let discount = div(
        Decimal::ONE,
        add(Decimal::ONE, monthly_rate, "discounting")?,
        "discounting",
    )?;
    // Always the longest horizon, so a shorter one reuses the chain.
    let count = needed.max(crate::model::scenario::HORIZON_MONTHS_MAX as usize + 1);
    let mut factors = Vec::with_capacity(count);
    let mut factor = Decimal::ONE;
    for month in 0..count {
        if month > 0 {
            factor = mul(factor, discount, "discounting")?;
        }
        factors.push(factor);
    }
    let factors: std::rc::Rc<[Decimal]> = factors.into();
    LAST.set(Some((key, std::rc::Rc::clone(&factors))));
    Ok(factors)
}

/// Projects a scenario over months `0..=horizon_months`.
pub fn project(s: &Scenario) -> CalcResult<Projection> {
    let derived = derive(s)?;
    let factors = discount_factors(
        s.finance.discount_rate_annual_pct,
        derived.monthly_discount_rate,
        s.horizon_months,
    )?;

    let mut months = Vec::with_capacity(s.horizon_months as usize + 1);
    let mut running = RunningTotals::default();
    let (mut pv_gains, mut pv_costs) = (Decimal::ZERO, Decimal::ZERO);
    let mut flows = MonthlyFlows::new(&derived, s)?;
    for month in 0..=s.horizon_months {
        let f = flows.next_month()?;
        running.add(f.cost, f.gain)?;
        let discount_factor = factors[month as usize];
        pv_gains = add(pv_gains, mul(f.gain, discount_factor, "NPV")?, "NPV")?;
        pv_costs = add(pv_costs, mul(f.cost, discount_factor, "NPV")?, "NPV")?;
        months.push(Month {
            month,
            cost: f.cost,
            gain: f.gain,
            gains: f.gains,
            costs: f.costs,
            net: sub(f.gain, f.cost, "monthly net")?,
            cumulative_cost: running.cost,
            cumulative_gain: running.gain,
            cumulative_net: running.net,
            roi_pct: running.roi_pct()?,
            customers_without_crm: f.customers_without_crm,
            customers_with_crm: f.customers_with_crm,
        });
    }

    let last = months.last().cloned().ok_or(CalcError::Overflow {
        step: "empty horizon",
    })?;
    let npv = sub(pv_gains, pv_costs, "NPV")?;
    let at_horizon = AtHorizon::new(s, &derived, &last)?;
    let summary = Summary {
        total_cost: last.cumulative_cost,
        total_gain: last.cumulative_gain,
        net_gain: last.cumulative_net,
        roi_pct: last.roi_pct,
        payback_months: payback_months(&months, |m| m.cumulative_net)?,
        npv,
        pv_gains,
        pv_costs,
        discounted_roi_pct: percent_of(npv, pv_costs, "discounted ROI")?,
        monthly_gain_at_full_adoption: at_horizon.gain,
        monthly_net_at_full_adoption: sub(at_horizon.gain, at_horizon.cost, "monthly net")?,
        monthly_cost_at_full_adoption: at_horizon.cost,
        monthly_other_gains_at_full_adoption: at_horizon.other_gains,
        new_sales_cycle_days: mul(
            s.baseline.sales_cycle_days,
            sub(
                Decimal::ONE,
                pct(s.gains.cycle_time_reduction_pct)?,
                "cycle",
            )?,
            "new sales cycle",
        )?,
        customers_at_horizon: Customers {
            without_crm: last.customers_without_crm,
            with_crm: last.customers_with_crm,
        },
    };
    let years = years(&months, s.finance.discount_rate_annual_pct)?;
    Ok(Projection {
        derived,
        months,
        summary,
        years,
    })
}

/// The department's month at full adoption (SPEC §3, summary): the steady gains, the
/// retention gain of month H and the lines that recur in month H.
struct AtHorizon {
    gain: Decimal,
    cost: Decimal,
    other_gains: Decimal,
}

impl AtHorizon {
    fn new(s: &Scenario, d: &Derived, last: &Month) -> CalcResult<Self> {
        let horizon = s.horizon_months;
        let (mut other_gains, mut other_costs) = (Decimal::ZERO, Decimal::ZERO);
        for line in &s.lines {
            let to = line.to_month.unwrap_or(horizon);
            let recurring = line.per != Per::Once && (line.from_month..=to).contains(&horizon);
            if !recurring {
                continue;
            }
            let per_month = match line.per {
                Per::Year => div(line.amount, Decimal::from(12), "yearly line")?,
                _ => line.amount,
            };
            match line.kind {
                LineKind::Gain => {
                    let kept = mul(per_month, d.kept_after_risk, "gain line")?;
                    other_gains = add(other_gains, kept, "other gains")?;
                }
                LineKind::Cost => other_costs = add(other_costs, per_month, "other costs")?,
            }
        }
        // In the breakdown's sum order: flat drivers, lines, then retention.
        let mut gain = Decimal::ZERO;
        for part in d.steady_gains.in_sum_order() {
            if !part.is_zero() {
                gain = add(gain, part, "monthly gain")?;
            }
        }
        for part in [other_gains, last.gains.retention] {
            if !part.is_zero() {
                gain = add(gain, part, "monthly gain")?;
            }
        }
        // y(H) is 1 when H is 0.
        let year = (horizon.max(1) - 1) / 12;
        let licences = d.licences_per_month[(year as usize).min(d.licences_per_month.len() - 1)];
        let mut cost = add(licences, s.costs.admin_cost_per_month, "monthly cost")?;
        if !other_costs.is_zero() {
            cost = add(cost, other_costs, "monthly cost")?;
        }
        Ok(AtHorizon {
            gain,
            cost,
            other_gains,
        })
    }
}

/// Cumulative cost, gain and net so far, and the ROI they give.
#[derive(Default)]
struct RunningTotals<T> {
    cost: T,
    gain: T,
    net: T,
}

impl<T: Number> RunningTotals<T> {
    fn add(&mut self, cost: T, gain: T) -> CalcResult<()> {
        self.cost = add(self.cost, cost, "cumulative cost")?;
        self.gain = add(self.gain, gain, "cumulative gain")?;
        self.net = sub(self.gain, self.cost, "cumulative net")?;
        Ok(())
    }

    fn roi_pct(&self) -> CalcResult<Option<T>> {
        T::roi_pct(self.gain, self.cost, self.net)
    }
}

/// What the risk simulation needs of a projection: the ROI and the cumulative net of every
/// month, in months `0..=horizon_months`.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct RoiSeries<T = Decimal> {
    /// As in [`Month::roi_pct`].
    pub roi_pct: Vec<Option<T>>,
    pub cumulative_net: Vec<T>,
}

impl<T: Number> RoiSeries<T> {
    /// The series of a scenario the caller has validated, by the same steps as [`project`] (a
    /// test checks they are identical) but without the present values, the month records or
    /// the validation, which are most of a projection's time. The simulation runs this
    /// thousands of times, so it refills `self` instead of allocating.
    pub fn fill(&mut self, s: &Scenario) -> CalcResult<()> {
        let derived = derive_valid::<T>(s)?;
        let mut flows = MonthlyFlows::new(&derived, s)?;
        let mut running = RunningTotals::default();
        self.roi_pct.clear();
        self.cumulative_net.clear();
        for _ in 0..=s.horizon_months {
            let f = flows.next_month()?;
            running.add(f.cost, f.gain)?;
            self.roi_pct.push(running.roi_pct()?);
            self.cumulative_net.push(running.net);
        }
        Ok(())
    }
}

impl RoiSeries {
    pub fn payback_months(&self) -> CalcResult<Option<Decimal>> {
        payback_months(&self.cumulative_net, |net| *net)
    }
}

/// The first month from which the cumulative net stays `>= 0` through the horizon, interpolated
/// linearly inside that month; `None` when the horizon ends in the red. `months` holds months
/// `0..=horizon` in order; `net` reads a month's cumulative net.
pub(crate) fn payback_months<T>(
    months: &[T],
    net: impl Fn(&T) -> Decimal,
) -> CalcResult<Option<Decimal>> {
    let stays_positive_from = months
        .iter()
        // Below zero, read from the sign bit: quicker than a comparison, and -0 is not below.
        .rposition(|m| net(m).is_sign_negative() && !net(m).is_zero())
        .map_or(0, |last_negative| last_negative + 1);
    let Some(paid_back) = months.get(stays_positive_from) else {
        return Ok(None);
    };
    if stays_positive_from == 0 {
        return Ok(Some(Decimal::ZERO));
    }
    let before = net(&months[stays_positive_from - 1]);
    interpolated_payback(stays_positive_from, before, net(paid_back)).map(Some)
}

/// The payback inside month `paid_back_month`, where the cumulative net rises from `before`
/// (below zero) to `after` (at or above it): the month before plus the share of the month
/// it takes to recover the shortfall.
pub(crate) fn interpolated_payback<T: Number>(
    paid_back_month: usize,
    before: T,
    after: T,
) -> CalcResult<T> {
    let shortfall = before.negated();
    let recovered_in_month = sub(after, before, "payback")?;
    let fraction = div(shortfall, recovered_in_month, "payback")?;
    add(
        T::of(Decimal::from(paid_back_month - 1)),
        fraction,
        "payback",
    )
}

impl Projection {
    /// Where the cumulative gain meets the cumulative cost: the payback month and the
    /// cumulative cost at that moment (interpolated like the payback itself).
    pub fn break_even_point(&self) -> Option<(Decimal, Decimal)> {
        let payback = self.summary.payback_months?;
        let whole = payback.floor().to_usize()?;
        let start = self.months.get(whole)?;
        let Some(end) = self.months.get(whole + 1) else {
            return Some((payback, start.cumulative_cost));
        };
        let fraction = payback.checked_sub(payback.floor())?;
        let rise = end.cumulative_cost.checked_sub(start.cumulative_cost)?;
        let cost = start
            .cumulative_cost
            .checked_add(rise.checked_mul(fraction)?)?;
        Some((payback, cost))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::risk::as_f64;
    use crate::model::driver::Driver;
    use crate::model::enclosure::Enclosure;
    use crate::model::scenario::{LicenceBilling, Line};
    use proptest::prelude::*;
    use rust_decimal::prelude::FromPrimitive as _;

    /// A scenario with every driver somewhere in its everyday range, to 4 decimals like the
    /// risk simulation's draws, with up to three extra lines and either billing.
    fn scenario(
        fractions: &[f64],
        horizon_months: u32,
        lines: &[(bool, u8, u32, u32, u32)],
        annual: bool,
    ) -> Scenario {
        let mut s = Scenario {
            horizon_months,
            ..Scenario::default()
        };
        for (&driver, &fraction) in Driver::ALL.iter().zip(fractions) {
            let fraction = Decimal::from_f64(fraction).unwrap_or_default().round_dp(4);
            let span = driver.everyday_max() - driver.min();
            driver.set(&mut s, driver.min() + span * fraction);
        }
        if annual {
            s.costs.licence_billing = LicenceBilling::Annual;
        }
        s.lines = lines
            .iter()
            .map(|&(gain, per, amount, from, length)| Line {
                name: "line".into(),
                kind: if gain { LineKind::Gain } else { LineKind::Cost },
                amount: Decimal::from(amount),
                per: [Per::Once, Per::Month, Per::Year][usize::from(per % 3)],
                from_month: from,
                to_month: (length > 0).then_some((from + length).min(60)),
            })
            .collect();
        s
    }

    #[test]
    fn the_remembered_discount_rate_follows_the_rate() {
        let mut s = Scenario::default();
        let at_ten = project(&s).unwrap().summary.npv;
        assert_eq!(at_ten.round_dp(2), Decimal::new(9_869_330, 2));
        s.finance.discount_rate_annual_pct = Decimal::ZERO;
        let undiscounted = project(&s).unwrap().summary;
        assert_eq!(undiscounted.npv, undiscounted.net_gain);
        s.finance.discount_rate_annual_pct = Decimal::TEN;
        assert_eq!(project(&s).unwrap().summary.npv, at_ten);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// The risk simulation's series is the projection's to the last digit, with the
        /// buffers reused from an earlier run; its interval twin holds every exact figure.
        /// Over version-2 scenarios: every driver, lines and both billings.
        #[test]
        fn roi_series_is_the_projections(
            fractions in prop::collection::vec(0.0..=1.0_f64, Driver::ALL.len()),
            horizon in 1_u32..=60,
            lines in prop::collection::vec(
                (any::<bool>(), 0_u8..3, 0_u32..50_000, 0_u32..=60, 0_u32..30),
                0..=3,
            ),
            annual in any::<bool>(),
        ) {
            let s = scenario(&fractions, horizon, &lines, annual);
            let mut series = RoiSeries::default();
            series.fill(&Scenario::default()).unwrap();
            let projection = project(&s).unwrap();
            series.fill(&s).unwrap();
            let roi: Vec<_> = projection.months.iter().map(|m| m.roi_pct).collect();
            prop_assert_eq!(&series.roi_pct, &roi);
            prop_assert_eq!(series.payback_months(), Ok(projection.summary.payback_months));

            let mut intervals = RoiSeries::<Enclosure>::default();
            intervals.fill(&s).unwrap();
            let holds = |interval: Enclosure, exact: Decimal| {
                let exact = as_f64(exact);
                interval.lo <= exact && exact <= interval.hi
            };
            for (month, (roi, net)) in intervals.roi_pct.iter().zip(&intervals.cumulative_net).enumerate() {
                let exact = &projection.months[month];
                prop_assert!(holds(*net, exact.cumulative_net), "net, month {}", month);
                match (roi, exact.roi_pct) {
                    (Some(roi), Some(exact_roi)) => prop_assert!(holds(*roi, exact_roi), "month {}: {:?} {}", month, roi, exact_roi),
                    (None, None) => {}
                    other => prop_assert!(false, "month {}: {:?}", month, other),
                }
            }
        }
    }
}
