//! The monthly flows of a scenario (SPEC §3): each month's cost by kind and gain by driver.
//!
//! Written once for any [`Number`]: the projection runs it in exact `Decimal`, the risk
//! simulation also in f64 intervals (`crate::model::enclosure`). Parts that are exactly zero
//! are skipped rather than added, which changes no sum (adding zero is exact) and keeps a
//! version-1 scenario as quick as it always was.

use rust_decimal::Decimal;

use crate::model::breakdown::{CostBreakdown, GainBreakdown};
use crate::model::checked::{CalcResult, Number, add, div, from_percent as pct, mul, sub};
use crate::model::scenario::{LicenceBilling, LineKind, Per, Scenario};

/// Licence years a horizon can span (60 months).
const MAX_LICENCE_YEARS: usize = 5;

/// Values the months are computed from, and the views explain the numbers with (tooltips,
/// before and after).
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
    /// Each flat driver's monthly gain at full adoption, before adoption and risk (retention
    /// and other gains are not flat: they are zero here).
    pub full_gains: GainBreakdown<T>,
    /// `adoption × (1 − risk)`: the share of the full gains that is counted.
    pub effective_share: T,
    /// `1 − risk`: what the risk adjustment leaves of every gain.
    pub kept_after_risk: T,
    /// Each flat driver's monthly gain once ramped up: full gain × effective share.
    pub steady_gains: GainBreakdown<T>,
    /// `internal_rollout_hours × hourly_cost`, part of the one-time cost.
    pub rollout_staff_cost: T,
    /// Month 0: implementation + seats × training + the rollout's staff time.
    pub one_time_cost: T,
    /// `seats × P(y)`: the licences of one month in licence year `y` (index `y − 1`).
    pub licences_per_month: [T; MAX_LICENCE_YEARS],
    /// Monthly discount rate `(1 + annual)^(1/12) − 1` (zero in the risk simulation).
    pub monthly_discount_rate: T,
}

/// The values every month uses, for a scenario the caller has validated. The monthly discount
/// rate is left at zero: the projection fills it in, the risk simulation does not need it.
pub(crate) fn derive_valid<T: Number>(s: &Scenario) -> CalcResult<Derived<T>> {
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
    let full_gains = GainBreakdown {
        cross_sell: revenue_gain(
            pct(T::of(s.gains.cross_sell_uplift_pct))?,
            "cross-sell gain",
        )?,
        faster_cycle: revenue_gain(cycle_factor, "faster-cycle gain")?,
        win_rate: revenue_gain(pct(T::of(s.gains.win_rate_uplift_pct))?, "win-rate gain")?,
        productivity: mul(hours_per_month, hourly_cost, "time-saved gain")?,
        // The same new customers bought for less: a saving, so no margin.
        acquisition: mul(
            T::of(s.marketing.acquisition_spend_per_month),
            pct(T::of(s.gains.acquisition_cost_reduction_pct))?,
            "acquisition gain",
        )?,
        support: mul(
            T::of(s.service.support_cost_per_month),
            pct(T::of(s.gains.support_time_reduction_pct))?,
            "support gain",
        )?,
        retention: T::default(),
        other_gains: T::default(),
    };
    let adoption = pct(T::of(s.adoption.adoption_pct))?;
    let risk = pct(T::of(s.finance.benefit_risk_pct))?;
    let kept_after_risk = sub(one, risk, "risk")?;
    let effective_share = mul(adoption, kept_after_risk, "adoption and risk")?;
    let steady_gains = scaled(&full_gains, effective_share, "adoption and risk")?;
    let rollout_staff_cost = mul(
        T::of(s.costs.internal_rollout_hours),
        hourly_cost,
        "rollout staff time",
    )?;
    let mut one_time_cost = add(
        T::of(s.costs.implementation_cost),
        mul(
            seats,
            T::of(s.costs.training_cost_per_seat),
            "training cost",
        )?,
        "one-time cost",
    )?;
    if !rollout_staff_cost.is_exact_zero() {
        one_time_cost = add(one_time_cost, rollout_staff_cost, "one-time cost")?;
    }
    Ok(Derived {
        baseline_deals,
        baseline_revenue,
        margin,
        hourly_cost,
        cycle_factor,
        full_gains,
        effective_share,
        kept_after_risk,
        steady_gains,
        rollout_staff_cost,
        one_time_cost,
        licences_per_month: licence_prices(s, seats)?,
        monthly_discount_rate: T::default(),
    })
}

/// `seats × P(y)` for licence years 1..=5, `P(y) = seat cost × (1 + rise)^(y − 1)`.
fn licence_prices<T: Number>(s: &Scenario, seats: T) -> CalcResult<[T; MAX_LICENCE_YEARS]> {
    let seat_cost = T::of(s.costs.seat_cost_per_month);
    let mut prices = [T::default(); MAX_LICENCE_YEARS];
    // Year 1 is the seat cost itself: no factor, so a scenario without a rise multiplies
    // nothing it did not before.
    prices[0] = mul(seats, seat_cost, "licence cost")?;
    let rise = T::of(s.costs.licence_increase_pct_per_year);
    let years_needed = (s.horizon_months as usize)
        .div_ceil(12)
        .clamp(1, MAX_LICENCE_YEARS);
    if rise.is_exact_zero() {
        let first = prices[0];
        for price in prices.iter_mut().take(years_needed).skip(1) {
            *price = first;
        }
        return Ok(prices);
    }
    let growth = add(T::of(Decimal::ONE), pct(rise)?, "licence price rise")?;
    let mut factor = T::of(Decimal::ONE);
    for price in prices.iter_mut().take(years_needed).skip(1) {
        factor = mul(factor, growth, "licence price rise")?;
        *price = mul(
            seats,
            mul(seat_cost, factor, "licence price")?,
            "licence cost",
        )?;
    }
    Ok(prices)
}

/// Each part × `factor`, skipping parts that are zero.
pub(crate) fn scaled<T: Number>(
    gains: &GainBreakdown<T>,
    factor: T,
    step: &'static str,
) -> CalcResult<GainBreakdown<T>> {
    let mut parts = gains.as_array();
    for part in &mut parts {
        if !part.is_exact_zero() {
            *part = mul(*part, factor, step)?;
        }
    }
    Ok(GainBreakdown::from_array(parts))
}

/// The parts added in order, zeros skipped (adding zero changes nothing).
fn sum_nonzero<T: Number, const N: usize>(parts: [T; N], step: &'static str) -> CalcResult<T> {
    let mut total = T::default();
    for part in parts {
        if !part.is_exact_zero() {
            total = add(total, part, step)?;
        }
    }
    Ok(total)
}

/// An extra line, ready for the months: the amount it adds in each month it is active.
#[derive(Clone, Copy)]
struct LineFlow<T> {
    gain: bool,
    once: bool,
    from: u32,
    to: u32,
    /// `Once`: the whole amount; `Month`: the amount; `Year`: a twelfth. Gains are already
    /// cut by the risk adjustment.
    per_month: T,
}

impl<T: Number> LineFlow<T> {
    fn amount_in(&self, month: u32) -> Option<T> {
        let active = if self.once {
            month == self.from
        } else {
            (self.from..=self.to).contains(&month)
        };
        active.then_some(self.per_month)
    }
}

/// One month's flows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonthFlows<T> {
    pub gains: GainBreakdown<T>,
    pub costs: CostBreakdown<T>,
    pub gain: T,
    pub cost: T,
    /// Customers at the end of the month without and with the CRM (`C0`, `C1`).
    pub customers_without_crm: T,
    pub customers_with_crm: T,
}

/// The months of a scenario in order, from month 0. Retention compounds, so each month
/// depends on the one before: call [`MonthlyFlows::next_month`] for months `0, 1, 2, …`.
pub(crate) struct MonthlyFlows<'a, T> {
    derived: &'a Derived<T>,
    ramp_months: u32,
    annual_billing: bool,
    admin: T,
    lines: Vec<LineFlow<T>>,
    /// The flat drivers' gains once ramped up, added in [`GainBreakdown::in_sum_order`]: the
    /// start of every later month's total (the lines and retention are added to it), so the
    /// total stays exactly the breakdown's sum.
    steady_flat_gain: T,
    /// Each licence year's recurring cost, `licences + admin`: with monthly billing the cost of
    /// every month of that year; with annual billing the cost of its first month (the rest
    /// cost the admin alone).
    recurring_cost: [T; MAX_LICENCE_YEARS],
    retention: Option<Retention<T>>,
    next: u32,
}

/// The customer base with and without the CRM (SPEC §3, retention).
struct Retention<T> {
    /// `k`, the monthly churn as a fraction.
    churn: T,
    /// `1 − k`.
    kept_without_crm: T,
    /// `r`, the churn reduction as a fraction.
    reduction: T,
    adoption: T,
    /// `1 − k × (1 − r × adoption)`: the share of customers kept each month once ramped up.
    steady_kept_with_crm: T,
    /// `rpc × margin × (1 − risk)`: what one customer kept is worth a month.
    value_per_customer: T,
    without_crm: T,
    with_crm: T,
}

impl<'a, T: Number> MonthlyFlows<'a, T> {
    pub fn new(derived: &'a Derived<T>, s: &Scenario) -> CalcResult<Self> {
        let horizon = s.horizon_months;
        let lines = s
            .lines
            .iter()
            .map(|line| {
                let mut per_month = T::of(line.amount);
                if line.per == Per::Year {
                    per_month = div(per_month, T::of(Decimal::from(12)), "yearly line")?;
                }
                let gain = line.kind == LineKind::Gain;
                if gain {
                    per_month = mul(per_month, derived.kept_after_risk, "gain line")?;
                }
                Ok(LineFlow {
                    gain,
                    once: line.per == Per::Once,
                    from: line.from_month,
                    to: line.to_month.unwrap_or(horizon).min(horizon),
                    per_month,
                })
            })
            .collect::<CalcResult<Vec<_>>>()?;
        let customers = T::of(s.customers.active_customers);
        let retention = if customers.is_exact_zero() {
            None
        } else {
            let churn = pct(T::of(s.customers.monthly_churn_pct))?;
            let reduction = pct(T::of(s.gains.churn_reduction_pct))?;
            let adoption = pct(T::of(s.adoption.adoption_pct))?;
            let value_per_customer = mul(
                mul(
                    T::of(s.customers.revenue_per_customer_per_month),
                    derived.margin,
                    "retention gain",
                )?,
                derived.kept_after_risk,
                "retention gain",
            )?;
            Some(Retention {
                churn,
                kept_without_crm: sub(T::of(Decimal::ONE), churn, "churn")?,
                reduction,
                adoption,
                steady_kept_with_crm: kept_with_crm(
                    churn,
                    mul(reduction, adoption, "churn reduction")?,
                )?,
                value_per_customer,
                without_crm: customers,
                with_crm: customers,
            })
        };
        let annual_billing = s.costs.licence_billing == LicenceBilling::Annual;
        let admin = T::of(s.costs.admin_cost_per_month);
        let mut recurring_cost = [T::default(); MAX_LICENCE_YEARS];
        for (cost, &licences) in recurring_cost.iter_mut().zip(&derived.licences_per_month) {
            let billed = if annual_billing {
                mul(T::of(Decimal::from(12)), licences, "annual licence")?
            } else {
                licences
            };
            *cost = sum_nonzero([billed, admin], "recurring cost")?;
        }
        Ok(MonthlyFlows {
            derived,
            ramp_months: s.adoption.ramp_months,
            annual_billing,
            admin,
            lines,
            steady_flat_gain: sum_nonzero(derived.steady_gains.in_sum_order(), "total gain")?,
            recurring_cost,
            retention,
            next: 0,
        })
    }

    /// The licences billed in `month` (months ≥ 1) and the month's recurring cost
    /// (licences + admin).
    fn licences(&self, month: u32) -> CalcResult<(T, T)> {
        let year = (((month - 1) / 12) as usize).min(MAX_LICENCE_YEARS - 1);
        let per_month = self.derived.licences_per_month[year];
        if !self.annual_billing {
            return Ok((per_month, self.recurring_cost[year]));
        }
        // A licence year is paid in full in its first month, even past the horizon's end.
        if (month - 1).is_multiple_of(12) {
            Ok((
                mul(T::of(Decimal::from(12)), per_month, "annual licence")?,
                self.recurring_cost[year],
            ))
        } else {
            Ok((T::default(), self.admin))
        }
    }

    /// The gain and cost lines of `month`.
    fn lines_in(&self, month: u32) -> CalcResult<(T, T)> {
        let (mut gains, mut costs) = (T::default(), T::default());
        for line in &self.lines {
            if let Some(amount) = line.amount_in(month) {
                if line.gain {
                    gains = add(gains, amount, "other gains")?;
                } else {
                    costs = add(costs, amount, "other costs")?;
                }
            }
        }
        Ok((gains, costs))
    }

    /// The next month's flows: month 0 on the first call, then 1, 2, ….
    pub fn next_month(&mut self) -> CalcResult<MonthFlows<T>> {
        let month = self.next;
        self.next += 1;
        let d = self.derived;
        let (other_gains, other_costs) = self.lines_in(month)?;
        let zero = T::default();
        let ramp = if month == 0 || month >= self.ramp_months {
            None
        } else {
            Some(div(
                T::of(Decimal::from(month)),
                T::of(Decimal::from(self.ramp_months)),
                "ramp",
            )?)
        };
        let mut gains = match (month, ramp) {
            (0, _) => GainBreakdown::default(),
            (_, Some(ramp)) => scaled(&d.steady_gains, ramp, "ramp")?,
            (_, None) => d.steady_gains,
        };
        gains.other_gains = other_gains;
        let (customers_without_crm, customers_with_crm) = match &mut self.retention {
            Some(retention) if month > 0 => {
                gains.retention = retention.next_month(ramp)?;
                (retention.without_crm, retention.with_crm)
            }
            Some(retention) => (retention.without_crm, retention.with_crm),
            None => (zero, zero),
        };
        let (costs, recurring) = if month == 0 {
            let costs = CostBreakdown {
                one_time: d.one_time_cost,
                other_costs,
                ..CostBreakdown::default()
            };
            (costs, d.one_time_cost)
        } else {
            let (licences, recurring) = self.licences(month)?;
            let costs = CostBreakdown {
                licences,
                admin: self.admin,
                one_time: zero,
                other_costs,
            };
            (costs, recurring)
        };
        // The totals add the parts in the breakdown's order, zeros skipped, so they equal
        // the breakdown's sum exactly; the parts that do not change are added up in advance.
        let cost = if other_costs.is_exact_zero() {
            recurring
        } else {
            add(recurring, other_costs, "total cost")?
        };
        let gain = if month > 0 && ramp.is_none() {
            let mut gain = self.steady_flat_gain;
            for part in [gains.other_gains, gains.retention] {
                if !part.is_exact_zero() {
                    gain = add(gain, part, "total gain")?;
                }
            }
            gain
        } else {
            sum_nonzero(gains.in_sum_order(), "total gain")?
        };
        Ok(MonthFlows {
            gains,
            costs,
            gain,
            cost,
            customers_without_crm,
            customers_with_crm,
        })
    }
}

impl<T: Number> Retention<T> {
    /// Moves both customer bases one month on and returns the month's retention gain.
    /// `ramp` is `m / ramp_months` during the ramp-up, `None` after it.
    fn next_month(&mut self, ramp: Option<T>) -> CalcResult<T> {
        let step = "retention";
        self.without_crm = mul(self.without_crm, self.kept_without_crm, step)?;
        let kept_with_crm = match ramp {
            // r × ramp(m) × adoption, the share of churn the CRM prevents this month.
            Some(ramp) => kept_with_crm(
                self.churn,
                mul(mul(self.reduction, ramp, step)?, self.adoption, step)?,
            )?,
            None => self.steady_kept_with_crm,
        };
        self.with_crm = mul(self.with_crm, kept_with_crm, step)?;
        mul(
            sub(self.with_crm, self.without_crm, step)?,
            self.value_per_customer,
            "retention gain",
        )
    }
}

/// `1 − k × (1 − reduction)`: the share of customers kept in a month when the CRM prevents
/// `reduction` of the churn `k`.
fn kept_with_crm<T: Number>(churn: T, reduction: T) -> CalcResult<T> {
    let one = T::of(Decimal::ONE);
    let step = "retention";
    sub(one, mul(churn, sub(one, reduction, step)?, step)?, step)
}
