//! The projection (SPEC §3): a pure function from a scenario to its monthly series and summary.
//!
//! Everything is computed in full `Decimal` precision with checked arithmetic; rounding happens
//! only where figures are shown or exported ([`crate::locale::format`]).

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;

use crate::model::checked::{
    CalcError, CalcResult, Number, add, div, from_percent as pct, mul, nth_root, percent_of, sub,
};
use crate::model::scenario::Scenario;

/// Monthly gain of each driver. They add with no cross terms, so the breakdown sums exactly.
/// (`T` is the arithmetic, see [`Number`]; everything outside the risk simulation uses Decimal.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DriverGains<T = Decimal> {
    pub cross_sell: T,
    pub faster_cycle: T,
    pub win_rate: T,
    pub productivity: T,
}

impl DriverGains {
    /// Field names as used in the JSON and CSV exports, in display order.
    pub const NAMES: [&'static str; 4] = ["cross_sell", "faster_cycle", "win_rate", "productivity"];
    /// The same four, as a user reads them.
    pub const LABELS: [&'static str; 4] = [
        "Cross-sell / upsell",
        "Faster sales cycle",
        "Higher win rate",
        "Time saved",
    ];
}

impl<T: Number> DriverGains<T> {
    pub fn as_array(&self) -> [T; 4] {
        [
            self.cross_sell,
            self.faster_cycle,
            self.win_rate,
            self.productivity,
        ]
    }

    pub fn total(&self) -> CalcResult<T> {
        self.as_array()
            .into_iter()
            .try_fold(T::default(), |sum, gain| add(sum, gain, "total gain"))
    }

    /// Each driver's gain × `factor`.
    fn scaled(&self, factor: T, step: &'static str) -> CalcResult<DriverGains<T>> {
        let scale = |gain: T| mul(gain, factor, step);
        Ok(DriverGains {
            cross_sell: scale(self.cross_sell)?,
            faster_cycle: scale(self.faster_cycle)?,
            win_rate: scale(self.win_rate)?,
            productivity: scale(self.productivity)?,
        })
    }
}

/// One month of the projection; month 0 is go-live.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Month {
    pub month: u32,
    pub cost: Decimal,
    pub gain: Decimal,
    pub gains: DriverGains,
    pub net: Decimal,
    pub cumulative_cost: Decimal,
    pub cumulative_gain: Decimal,
    pub cumulative_net: Decimal,
    /// Cumulative net over cumulative cost, in percent; `None` while nothing has been spent.
    pub roi_pct: Option<Decimal>,
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
    pub new_sales_cycle_days: Decimal,
}

/// Intermediate values the views explain the numbers with (tooltips, before/after).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Derived<T = Decimal> {
    /// `seats × deals_per_rep_per_month`.
    pub baseline_deals: T,
    /// `baseline_deals × revenue_per_deal`.
    pub baseline_revenue: T,
    pub margin: T,
    /// Value of one working hour: `rep_monthly_cost / working_hours_per_month`.
    pub hourly_cost: T,
    /// Revenue multiplier of the faster cycle, `c / (1 − c)`.
    pub cycle_factor: T,
    /// Each driver's monthly gain at full adoption, before adoption and risk.
    pub full_gains: DriverGains<T>,
    /// `adoption × (1 − risk)`: the share of the full gains that is counted.
    pub effective_share: T,
    /// Each driver's monthly gain once ramped up: full gain × effective share.
    pub steady_gains: DriverGains<T>,
    pub one_time_cost: T,
    pub monthly_recurring_cost: T,
    /// Monthly discount rate `(1 + annual)^(1/12) − 1`.
    pub monthly_discount_rate: T,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Projection {
    pub derived: Derived,
    /// Months `0..=horizon_months`.
    pub months: Vec<Month>,
    pub summary: Summary,
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

/// [`derive`] in any arithmetic, for a scenario the caller has validated, without the monthly
/// discount rate (left at zero): the risk simulation needs neither.
fn derive_valid<T: Number>(s: &Scenario) -> CalcResult<Derived<T>> {
    let one = T::of(Decimal::ONE);
    let seats = T::of(Decimal::from(s.team.seats));
    let baseline_deals = mul(
        seats,
        T::of(s.baseline.deals_per_rep_per_month),
        "baseline deals",
    )?;
    let baseline_revenue = mul(
        baseline_deals,
        T::of(s.baseline.revenue_per_deal),
        "baseline revenue",
    )?;
    let margin = pct(T::of(s.baseline.gross_margin_pct))?;
    let hourly_cost = div(
        T::of(s.team.rep_monthly_cost),
        T::of(s.team.working_hours_per_month),
        "hourly cost",
    )?;
    let c = pct(T::of(s.gains.cycle_time_reduction_pct))?;
    // Little's law: with the same pipeline, a cycle shorter by c closes 1/(1 − c) times as many
    // deals a month, i.e. c/(1 − c) more.
    let cycle_factor = div(c, sub(one, c, "cycle factor")?, "cycle factor")?;
    let revenue_gain = |uplift: T, step| mul(mul(baseline_revenue, uplift, step)?, margin, step);
    let hours_per_month = div(
        mul(
            mul(
                seats,
                T::of(s.gains.hours_saved_per_rep_per_week),
                "time saved",
            )?,
            T::of(Decimal::from(52)),
            "time saved",
        )?,
        T::of(Decimal::from(12)),
        "time saved",
    )?;
    let full_gains = DriverGains {
        cross_sell: revenue_gain(
            pct(T::of(s.gains.cross_sell_uplift_pct))?,
            "cross-sell gain",
        )?,
        faster_cycle: revenue_gain(cycle_factor, "faster-cycle gain")?,
        win_rate: revenue_gain(pct(T::of(s.gains.win_rate_uplift_pct))?, "win-rate gain")?,
        productivity: mul(hours_per_month, hourly_cost, "time-saved gain")?,
    };
    let adoption = pct(T::of(s.adoption.adoption_pct))?;
    let risk = pct(T::of(s.finance.benefit_risk_pct))?;
    let effective_share = mul(adoption, sub(one, risk, "risk")?, "adoption and risk")?;
    let steady_gains = full_gains.scaled(effective_share, "adoption and risk")?;
    let one_time_cost = add(
        T::of(s.costs.implementation_cost),
        mul(
            seats,
            T::of(s.costs.training_cost_per_seat),
            "training cost",
        )?,
        "one-time cost",
    )?;
    let monthly_recurring_cost = add(
        mul(seats, T::of(s.costs.seat_cost_per_month), "licence cost")?,
        T::of(s.costs.admin_cost_per_month),
        "recurring cost",
    )?;
    Ok(Derived {
        baseline_deals,
        baseline_revenue,
        margin,
        hourly_cost,
        cycle_factor,
        full_gains,
        effective_share,
        steady_gains,
        one_time_cost,
        monthly_recurring_cost,
        monthly_discount_rate: T::default(),
    })
}

/// Projects a scenario over months `0..=horizon_months`.
pub fn project(s: &Scenario) -> CalcResult<Projection> {
    let derived = derive(s)?;
    // Multiplying by 1/(1 + i) each month is much cheaper than dividing by (1 + i)^m.
    let discount = div(
        Decimal::ONE,
        add(Decimal::ONE, derived.monthly_discount_rate, "discounting")?,
        "discounting",
    )?;

    let mut months = Vec::with_capacity(s.horizon_months as usize + 1);
    let mut running = RunningTotals::default();
    let (mut pv_gains, mut pv_costs) = (Decimal::ZERO, Decimal::ZERO);
    let mut discount_factor = Decimal::ONE; // 1 / (1 + i)^m
    let flows = MonthlyFlows::new(&derived, s.adoption.ramp_months)?;
    for month in 0..=s.horizon_months {
        let (cost, gains, gain) = flows.month(month)?;
        running.add(cost, gain)?;
        if month > 0 {
            discount_factor = mul(discount_factor, discount, "discounting")?;
        }
        pv_gains = add(pv_gains, mul(gain, discount_factor, "NPV")?, "NPV")?;
        pv_costs = add(pv_costs, mul(cost, discount_factor, "NPV")?, "NPV")?;
        months.push(Month {
            month,
            cost,
            gain,
            gains,
            net: sub(gain, cost, "monthly net")?,
            cumulative_cost: running.cost,
            cumulative_gain: running.gain,
            cumulative_net: running.net,
            roi_pct: running.roi_pct()?,
        });
    }

    let last = months.last().cloned().ok_or(CalcError::Overflow {
        step: "empty horizon",
    })?;
    let monthly_gain_at_full_adoption = flows.steady_gain;
    let npv = sub(pv_gains, pv_costs, "NPV")?;
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
        monthly_gain_at_full_adoption,
        monthly_net_at_full_adoption: sub(
            monthly_gain_at_full_adoption,
            derived.monthly_recurring_cost,
            "monthly net",
        )?,
        new_sales_cycle_days: mul(
            s.baseline.sales_cycle_days,
            sub(
                Decimal::ONE,
                pct(s.gains.cycle_time_reduction_pct)?,
                "cycle",
            )?,
            "new sales cycle",
        )?,
    };
    Ok(Projection {
        derived,
        months,
        summary,
    })
}

/// Each month's cost, gain by driver and total gain (SPEC §3): the one place they are computed.
struct MonthlyFlows<'a, T> {
    derived: &'a Derived<T>,
    ramp_months: u32,
    steady_gain: T,
}

impl<'a, T: Number> MonthlyFlows<'a, T> {
    fn new(derived: &'a Derived<T>, ramp_months: u32) -> CalcResult<Self> {
        Ok(MonthlyFlows {
            derived,
            ramp_months,
            steady_gain: derived.steady_gains.total()?,
        })
    }

    fn month(&self, month: u32) -> CalcResult<(T, DriverGains<T>, T)> {
        let d = self.derived;
        if month == 0 {
            Ok((d.one_time_cost, DriverGains::default(), T::default()))
        } else if month < self.ramp_months {
            let ramp = div(
                T::of(Decimal::from(month)),
                T::of(Decimal::from(self.ramp_months)),
                "ramp",
            )?;
            let ramped = d.steady_gains.scaled(ramp, "ramp")?;
            Ok((d.monthly_recurring_cost, ramped, ramped.total()?))
        } else {
            Ok((d.monthly_recurring_cost, d.steady_gains, self.steady_gain))
        }
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
        let flows = MonthlyFlows::new(&derived, s.adoption.ramp_months)?;
        let mut running = RunningTotals::default();
        self.roi_pct.clear();
        self.cumulative_net.clear();
        for month in 0..=s.horizon_months {
            let (cost, _, gain) = flows.month(month)?;
            running.add(cost, gain)?;
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
fn payback_months<T>(months: &[T], net: impl Fn(&T) -> Decimal) -> CalcResult<Option<Decimal>> {
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
    use proptest::prelude::*;
    use rust_decimal::prelude::FromPrimitive as _;

    /// A scenario with every driver somewhere in its everyday range, to 4 decimals like the
    /// risk simulation's draws.
    fn scenario(fractions: &[f64], horizon_months: u32) -> Scenario {
        let mut s = Scenario {
            horizon_months,
            ..Scenario::default()
        };
        for (&driver, &fraction) in Driver::ALL.iter().zip(fractions) {
            let fraction = Decimal::from_f64(fraction).unwrap_or_default().round_dp(4);
            let span = driver.everyday_max() - driver.min();
            driver.set(&mut s, driver.min() + span * fraction);
        }
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
        #[test]
        fn roi_series_is_the_projections(
            fractions in prop::collection::vec(0.0..=1.0_f64, Driver::ALL.len()),
            horizon in 1_u32..=60,
        ) {
            let s = scenario(&fractions, horizon);
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
