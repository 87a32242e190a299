//! The projection (SPEC §3): a pure function from a scenario to its monthly series and summary.
//!
//! Everything is computed in full `Decimal` precision with checked arithmetic; rounding happens
//! only where figures are shown or exported ([`crate::money`]).

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;

use crate::checked::{
    CalcError, CalcResult, add, div, from_percent as pct, mul, nth_root, percent_of, sub,
};
use crate::scenario::Scenario;

/// Monthly gain of each driver. They add with no cross terms, so the breakdown sums exactly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DriverGains {
    pub cross_sell: Decimal,
    pub faster_cycle: Decimal,
    pub win_rate: Decimal,
    pub productivity: Decimal,
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

    pub fn as_array(&self) -> [Decimal; 4] {
        [
            self.cross_sell,
            self.faster_cycle,
            self.win_rate,
            self.productivity,
        ]
    }

    pub fn total(&self) -> CalcResult<Decimal> {
        self.as_array()
            .into_iter()
            .try_fold(Decimal::ZERO, |sum, gain| add(sum, gain, "total gain"))
    }

    /// Each driver's gain × `factor`.
    fn scaled(&self, factor: Decimal, step: &'static str) -> CalcResult<DriverGains> {
        let scale = |gain: Decimal| mul(gain, factor, step);
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
pub struct Derived {
    /// `seats × deals_per_rep_per_month`.
    pub baseline_deals: Decimal,
    /// `baseline_deals × revenue_per_deal`.
    pub baseline_revenue: Decimal,
    pub margin: Decimal,
    /// Value of one working hour: `rep_monthly_cost / working_hours_per_month`.
    pub hourly_cost: Decimal,
    /// Revenue multiplier of the faster cycle, `c / (1 − c)`.
    pub cycle_factor: Decimal,
    /// Each driver's monthly gain at full adoption, before adoption and risk.
    pub full_gains: DriverGains,
    /// `adoption × (1 − risk)`: the share of the full gains that is counted.
    pub effective_share: Decimal,
    /// Each driver's monthly gain once ramped up: full gain × effective share.
    pub steady_gains: DriverGains,
    pub one_time_cost: Decimal,
    pub monthly_recurring_cost: Decimal,
    /// Monthly discount rate `(1 + annual)^(1/12) − 1`.
    pub monthly_discount_rate: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Projection {
    pub derived: Derived,
    /// Months `0..=horizon_months`.
    pub months: Vec<Month>,
    pub summary: Summary,
}

/// Whether the monthly discount rate is computed. The risk simulation needs only the ROI series
/// and payback, and its thousands of runs skip the twelfth root.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Discounting {
    On,
    /// The monthly discount rate is left at zero.
    Off,
}

/// The values every month uses, computed once.
pub fn derive(s: &Scenario) -> CalcResult<Derived> {
    s.validate().map_err(CalcError::Invalid)?;
    derive_valid(s, Discounting::On)
}

/// [`derive`] for a scenario the caller has validated.
fn derive_valid(s: &Scenario, discounting: Discounting) -> CalcResult<Derived> {
    let seats = Decimal::from(s.team.seats);
    let baseline_deals = mul(seats, s.baseline.deals_per_rep_per_month, "baseline deals")?;
    let baseline_revenue = mul(
        baseline_deals,
        s.baseline.revenue_per_deal,
        "baseline revenue",
    )?;
    let margin = pct(s.baseline.gross_margin_pct)?;
    let hourly_cost = div(
        s.team.rep_monthly_cost,
        s.team.working_hours_per_month,
        "hourly cost",
    )?;
    let c = pct(s.gains.cycle_time_reduction_pct)?;
    // Little's law: with the same pipeline, a cycle shorter by c closes 1/(1 − c) times as many
    // deals a month, i.e. c/(1 − c) more.
    let cycle_factor = div(c, sub(Decimal::ONE, c, "cycle factor")?, "cycle factor")?;
    let revenue_gain =
        |uplift: Decimal, step| mul(mul(baseline_revenue, uplift, step)?, margin, step);
    let hours_per_month = div(
        mul(
            mul(seats, s.gains.hours_saved_per_rep_per_week, "time saved")?,
            Decimal::from(52),
            "time saved",
        )?,
        Decimal::from(12),
        "time saved",
    )?;
    let full_gains = DriverGains {
        cross_sell: revenue_gain(pct(s.gains.cross_sell_uplift_pct)?, "cross-sell gain")?,
        faster_cycle: revenue_gain(cycle_factor, "faster-cycle gain")?,
        win_rate: revenue_gain(pct(s.gains.win_rate_uplift_pct)?, "win-rate gain")?,
        productivity: mul(hours_per_month, hourly_cost, "time-saved gain")?,
    };
    let adoption = pct(s.adoption.adoption_pct)?;
    let risk = pct(s.finance.benefit_risk_pct)?;
    let effective_share = mul(
        adoption,
        sub(Decimal::ONE, risk, "risk")?,
        "adoption and risk",
    )?;
    let steady_gains = full_gains.scaled(effective_share, "adoption and risk")?;
    let one_time_cost = add(
        s.costs.implementation_cost,
        mul(seats, s.costs.training_cost_per_seat, "training cost")?,
        "one-time cost",
    )?;
    let monthly_recurring_cost = add(
        mul(seats, s.costs.seat_cost_per_month, "licence cost")?,
        s.costs.admin_cost_per_month,
        "recurring cost",
    )?;
    let monthly_discount_rate = match discounting {
        Discounting::On => {
            let annual_rate = pct(s.finance.discount_rate_annual_pct)?;
            let monthly_factor = nth_root(
                add(Decimal::ONE, annual_rate, "discount rate")?,
                12,
                "discount rate",
            )?;
            sub(monthly_factor, Decimal::ONE, "discount rate")?
        }
        Discounting::Off => Decimal::ZERO,
    };
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
        monthly_discount_rate,
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
    let summary = Summary {
        total_cost: last.cumulative_cost,
        total_gain: last.cumulative_gain,
        net_gain: last.cumulative_net,
        roi_pct: last.roi_pct,
        payback_months: payback_months(&months, |m| m.cumulative_net)?,
        npv: sub(pv_gains, pv_costs, "NPV")?,
        pv_gains,
        pv_costs,
        discounted_roi_pct: percent_of(
            sub(pv_gains, pv_costs, "NPV")?,
            pv_costs,
            "discounted ROI",
        )?,
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
struct MonthlyFlows<'a> {
    derived: &'a Derived,
    ramp_months: u32,
    steady_gain: Decimal,
}

impl<'a> MonthlyFlows<'a> {
    fn new(derived: &'a Derived, ramp_months: u32) -> CalcResult<Self> {
        Ok(MonthlyFlows {
            derived,
            ramp_months,
            steady_gain: derived.steady_gains.total()?,
        })
    }

    fn month(&self, month: u32) -> CalcResult<(Decimal, DriverGains, Decimal)> {
        let d = self.derived;
        if month == 0 {
            Ok((d.one_time_cost, DriverGains::default(), Decimal::ZERO))
        } else if month < self.ramp_months {
            let ramp = div(
                Decimal::from(month),
                Decimal::from(self.ramp_months),
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
struct RunningTotals {
    cost: Decimal,
    gain: Decimal,
    net: Decimal,
}

impl RunningTotals {
    fn add(&mut self, cost: Decimal, gain: Decimal) -> CalcResult<()> {
        self.cost = add(self.cost, cost, "cumulative cost")?;
        self.gain = add(self.gain, gain, "cumulative gain")?;
        self.net = sub(self.gain, self.cost, "cumulative net")?;
        Ok(())
    }

    fn roi_pct(&self) -> CalcResult<Option<Decimal>> {
        percent_of(self.net, self.cost, "ROI")
    }
}

/// What the risk simulation needs of a projection: the ROI of every month and the payback.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct RoiSeries {
    /// Months `0..=horizon_months`, as in [`Month::roi_pct`].
    pub roi_pct: Vec<Option<Decimal>>,
    pub payback_months: Option<Decimal>,
    /// The cumulative net of each month, kept to find the payback.
    cumulative_net: Vec<Decimal>,
}

/// The ROI series and payback of a scenario the caller has validated, by the same steps as
/// [`project`] (a test checks they are identical) but without the present values, the month
/// records or the validation, which are most of a projection's time. The simulation runs this
/// thousands of times, so it fills `series` in place instead of allocating.
pub(crate) fn roi_series_of_valid(s: &Scenario, series: &mut RoiSeries) -> CalcResult<()> {
    let derived = derive_valid(s, Discounting::Off)?;
    let flows = MonthlyFlows::new(&derived, s.adoption.ramp_months)?;
    let mut running = RunningTotals::default();
    series.roi_pct.clear();
    series.cumulative_net.clear();
    for month in 0..=s.horizon_months {
        let (cost, _, gain) = flows.month(month)?;
        running.add(cost, gain)?;
        series.roi_pct.push(running.roi_pct()?);
        series.cumulative_net.push(running.net);
    }
    series.payback_months = payback_months(&series.cumulative_net, |net| *net)?;
    Ok(())
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
    let shortfall = -before;
    let recovered_in_month = sub(net(paid_back), before, "payback")?;
    let fraction = div(shortfall, recovered_in_month, "payback")?;
    add(Decimal::from(stays_positive_from - 1), fraction, "payback").map(Some)
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
    use crate::driver::Driver;
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

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// The risk simulation's shortcut gives the projection's ROI series and payback to the
        /// last digit, with the buffers reused from an earlier run.
        #[test]
        fn roi_series_is_the_projections(
            fractions in prop::collection::vec(0.0..=1.0_f64, Driver::ALL.len()),
            horizon in 1_u32..=60,
        ) {
            let s = scenario(&fractions, horizon);
            let mut series = RoiSeries::default();
            roi_series_of_valid(&Scenario::default(), &mut series).unwrap();
            let projection = project(&s).unwrap();
            roi_series_of_valid(&s, &mut series).unwrap();
            let roi: Vec<_> = projection.months.iter().map(|m| m.roi_pct).collect();
            prop_assert_eq!(&series.roi_pct, &roi);
            prop_assert_eq!(series.payback_months, projection.summary.payback_months);
        }
    }
}
