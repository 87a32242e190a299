//! Tracking (SPEC §6): the months as they happened against the plan. The plan is the
//! projection; a measured month replaces the plan's figure of each group whose measure was
//! given, scaled by the attribution; the outlook is the actual months followed by the plan.

use rust_decimal::Decimal;

use crate::model::actuals::{ActualMonth, Actuals};
use crate::model::checked::{
    CalcError, CalcResult, add, div, from_percent as pct, mul, percent_of, sub,
};
use crate::model::projection::{Month, Projection, payback_months};
use crate::model::scenario::Scenario;

/// Gains by the groups measured after go-live. `sales` is the plan's cross-sell, faster cycle
/// and win rate together: measured revenue cannot tell them apart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GroupGains {
    pub sales: Decimal,
    pub productivity: Decimal,
    pub retention: Decimal,
    pub acquisition: Decimal,
    pub support: Decimal,
    pub other_gains: Decimal,
}

impl GroupGains {
    /// Names in the JSON, in display order.
    pub const NAMES: [&'static str; 6] = [
        "sales",
        "productivity",
        "retention",
        "acquisition",
        "support",
        "other_gains",
    ];
    pub const LABELS: [&'static str; 6] = [
        "Sales",
        "Time saved",
        "Customers kept",
        "Cheaper acquisition",
        "Faster service",
        "Other gains",
    ];

    pub fn as_array(&self) -> [Decimal; 6] {
        [
            self.sales,
            self.productivity,
            self.retention,
            self.acquisition,
            self.support,
            self.other_gains,
        ]
    }

    /// The sum of the groups.
    pub fn total(&self) -> CalcResult<Decimal> {
        self.as_array()
            .into_iter()
            .try_fold(Decimal::ZERO, |sum, part| add(sum, part, "tracked gain"))
    }

    fn plus(&self, other: &Self) -> CalcResult<Self> {
        let (a, b) = (self.as_array(), other.as_array());
        let mut out = [Decimal::ZERO; 6];
        for (slot, (a, b)) in out.iter_mut().zip(a.into_iter().zip(b)) {
            *slot = add(a, b, "tracked gains")?;
        }
        let [
            sales,
            productivity,
            retention,
            acquisition,
            support,
            other_gains,
        ] = out;
        Ok(GroupGains {
            sales,
            productivity,
            retention,
            acquisition,
            support,
            other_gains,
        })
    }

    /// The plan's month, by group.
    fn of_plan(month: &Month) -> CalcResult<Self> {
        let g = &month.gains;
        Ok(GroupGains {
            sales: add(
                add(g.cross_sell, g.faster_cycle, "sales gain")?,
                g.win_rate,
                "sales gain",
            )?,
            productivity: g.productivity,
            retention: g.retention,
            acquisition: g.acquisition,
            support: g.support,
            other_gains: g.other_gains,
        })
    }
}

/// A month's gain, cost and net on one side (plan or actual), and the cumulative net.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Side {
    pub gain: Decimal,
    pub cost: Decimal,
    pub net: Decimal,
    pub cumulative_net: Decimal,
    pub cumulative_cost: Decimal,
    pub gains: GroupGains,
}

/// A measure the plan predicts and the month may have measured: the KPIs shown side by side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kpi {
    pub plan: Option<Decimal>,
    pub actual: Option<Decimal>,
}

impl Kpi {
    /// Actual − plan, where both exist.
    pub fn difference(&self) -> Option<Decimal> {
        self.actual?.checked_sub(self.plan?)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrackedMonth {
    pub month: u32,
    /// Whether the month has an entry in the measured months.
    pub measured: bool,
    pub plan: Side,
    pub actual: Side,
    /// Which groups of the actual side come from measures (the others are the plan's), in
    /// [`GroupGains::NAMES`] order, and whether the cost does.
    pub measured_groups: [bool; 6],
    pub cost_measured: bool,
    pub deals: Kpi,
    pub sales_cycle_days: Kpi,
    pub customers: Kpi,
}

/// Months `0..=T`, `T` the last measured month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ToDate {
    pub plan_net: Decimal,
    pub actual_net: Decimal,
    pub plan_roi_pct: Option<Decimal>,
    pub actual_roi_pct: Option<Decimal>,
    /// Actual − plan.
    pub variance_net: Decimal,
    /// The gains of months `0..=T` by group.
    pub plan_gains: GroupGains,
    pub actual_gains: GroupGains,
}

/// The actual months through `T`, then the plan, at the horizon.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outlook {
    pub net_gain: Decimal,
    pub roi_pct: Option<Decimal>,
    pub payback_months: Option<Decimal>,
}

/// A quarter's totals on one side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub gain: Decimal,
    pub cost: Decimal,
    pub net: Decimal,
    pub gains: GroupGains,
}

impl Totals {
    fn add_month(&mut self, side: &Side) -> CalcResult<()> {
        self.gain = add(self.gain, side.gain, "quarter")?;
        self.cost = add(self.cost, side.cost, "quarter")?;
        self.net = sub(self.gain, self.cost, "quarter")?;
        self.gains = self.gains.plus(&side.gains)?;
        Ok(())
    }
}

/// Quarter `q` is months `3q − 2 ..= 3q`; quarter 0 is `Initial` (month 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quarter {
    pub quarter: u32,
    pub first_month: u32,
    pub last_month: u32,
    pub plan: Totals,
    pub actual: Totals,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tracking {
    /// `T`: the last measured month (0 when none).
    pub measured_through: u32,
    pub attribution_pct: Decimal,
    /// Months `0..=H`.
    pub months: Vec<TrackedMonth>,
    pub to_date: ToDate,
    pub outlook: Outlook,
    pub quarters: Vec<Quarter>,
}

/// The values a measured month is read against.
struct Basis {
    baseline_revenue: Decimal,
    margin: Decimal,
    /// `seats × 52 / 12 × hourly cost`: the value of one hour a week per member, a month.
    hour_a_week_value: Decimal,
    revenue_per_customer: Decimal,
    acquisition_spend: Decimal,
    support_cost: Decimal,
    attribution: Decimal,
}

impl Basis {
    fn new(s: &Scenario, p: &Projection, attribution_pct: Decimal) -> CalcResult<Self> {
        let d = &p.derived;
        let step = "tracking";
        let hour_a_week_value = mul(
            div(
                mul(Decimal::from(s.team.seats), Decimal::from(52), step)?,
                Decimal::from(12),
                step,
            )?,
            d.hourly_cost,
            step,
        )?;
        Ok(Basis {
            baseline_revenue: d.baseline_revenue,
            margin: d.margin,
            hour_a_week_value,
            revenue_per_customer: s.customers.revenue_per_customer_per_month,
            acquisition_spend: s.marketing.acquisition_spend_per_month,
            support_cost: s.service.support_cost_per_month,
            attribution: pct(attribution_pct)?,
        })
    }

    /// The realized gains of a measured month: measured groups replace the plan's.
    fn realized(
        &self,
        plan: &GroupGains,
        entry: &ActualMonth,
        customers_without_crm: Decimal,
    ) -> CalcResult<(GroupGains, [bool; 6])> {
        let step = "realized gain";
        let att = self.attribution;
        let credited = |change: Decimal| mul(change, att, step);
        let mut gains = *plan;
        if let Some(revenue) = entry.revenue {
            gains.sales = credited(mul(
                sub(revenue, self.baseline_revenue, step)?,
                self.margin,
                step,
            )?)?;
        }
        if let Some(hours) = entry.hours_saved_per_rep_per_week {
            gains.productivity = credited(mul(hours, self.hour_a_week_value, step)?)?;
        }
        if let Some(customers) = entry.active_customers {
            gains.retention = credited(mul(
                mul(
                    sub(customers, customers_without_crm, step)?,
                    self.revenue_per_customer,
                    step,
                )?,
                self.margin,
                step,
            )?)?;
        }
        if let Some(spend) = entry.acquisition_spend {
            gains.acquisition = credited(sub(self.acquisition_spend, spend, step)?)?;
        }
        if let Some(cost) = entry.support_cost {
            gains.support = credited(sub(self.support_cost, cost, step)?)?;
        }
        let measured = [
            entry.revenue.is_some(),
            entry.hours_saved_per_rep_per_week.is_some(),
            entry.active_customers.is_some(),
            entry.acquisition_spend.is_some(),
            entry.support_cost.is_some(),
            false,
        ];
        Ok((gains, measured))
    }
}

/// The plan's deals, new cycle length and customers in `month` (SPEC §6's KPIs).
struct PlanKpis {
    baseline_deals: Decimal,
    /// `(c/(1 − c) + w) × adoption × (1 − risk)`: the extra deals' share at full adoption.
    more_deals: Decimal,
    new_cycle_days: Decimal,
    kept_after_risk: Decimal,
    ramp_months: u32,
    has_customers: bool,
}

impl PlanKpis {
    fn new(s: &Scenario, p: &Projection) -> CalcResult<Self> {
        let d = &p.derived;
        let step = "planned deals";
        Ok(PlanKpis {
            baseline_deals: d.baseline_deals,
            more_deals: mul(
                add(d.cycle_factor, pct(s.gains.win_rate_uplift_pct)?, step)?,
                d.effective_share,
                step,
            )?,
            new_cycle_days: p.summary.new_sales_cycle_days,
            kept_after_risk: d.kept_after_risk,
            ramp_months: s.adoption.ramp_months,
            has_customers: !s.customers.active_customers.is_zero(),
        })
    }

    fn ramp(&self, month: u32) -> CalcResult<Decimal> {
        if month == 0 {
            Ok(Decimal::ZERO)
        } else if month >= self.ramp_months {
            Ok(Decimal::ONE)
        } else {
            div(
                Decimal::from(month),
                Decimal::from(self.ramp_months),
                "ramp",
            )
        }
    }

    fn deals(&self, month: u32) -> CalcResult<Decimal> {
        let step = "planned deals";
        let share = mul(self.more_deals, self.ramp(month)?, step)?;
        mul(self.baseline_deals, add(Decimal::ONE, share, step)?, step)
    }

    /// Customers the plan expects: those without the CRM plus the ones it keeps, after the
    /// risk adjustment (as the plan's retention gain counts them).
    fn customers(&self, month: &Month) -> CalcResult<Option<Decimal>> {
        if !self.has_customers {
            return Ok(None);
        }
        let step = "planned customers";
        let kept = mul(
            sub(month.customers_with_crm, month.customers_without_crm, step)?,
            self.kept_after_risk,
            step,
        )?;
        add(month.customers_without_crm, kept, step).map(Some)
    }
}

/// The scenario's months as they happened against its plan (`projection`).
pub fn track(s: &Scenario, projection: &Projection) -> CalcResult<Tracking> {
    let default_actuals = Actuals::default();
    let actuals = s.actuals.as_ref().unwrap_or(&default_actuals);
    let basis = Basis::new(s, projection, actuals.attribution_pct)?;
    let kpis = PlanKpis::new(s, projection)?;
    let measured_through = actuals.months.iter().map(|m| m.month).max().unwrap_or(0);
    let mut months: Vec<TrackedMonth> = Vec::with_capacity(projection.months.len());
    let (mut plan_running, mut actual_running) = (Running::default(), Running::default());
    for month in &projection.months {
        let plan_gains = GroupGains::of_plan(month)?;
        let entry = actuals.month(month.month);
        let mut measured_groups = [false; 6];
        let mut actual_gains = plan_gains;
        let mut actual_gain = month.gain;
        let mut actual_cost = month.cost;
        let mut cost_measured = false;
        if let Some(entry) = entry {
            let (gains, measured) =
                basis.realized(&plan_gains, entry, month.customers_without_crm)?;
            if measured.iter().any(|&m| m) {
                actual_gains = gains;
                actual_gain = gains.total()?;
            }
            measured_groups = measured;
            if let Some(cost) = entry.crm_cost {
                actual_cost = cost;
                cost_measured = true;
            }
        }
        if month.month == 0
            && let Some(one_time) = actuals.one_time_cost
        {
            // The rollout as it really cost, with the plan's other month-0 costs (lines).
            actual_cost = add(one_time, month.costs.other_costs, "month 0 cost")?;
            cost_measured = true;
        }
        let plan = plan_running.side(month.gain, month.cost, plan_gains)?;
        let actual = actual_running.side(actual_gain, actual_cost, actual_gains)?;
        months.push(TrackedMonth {
            month: month.month,
            measured: entry.is_some(),
            plan,
            actual,
            measured_groups,
            cost_measured,
            deals: Kpi {
                plan: (month.month > 0)
                    .then(|| kpis.deals(month.month))
                    .transpose()?,
                actual: entry.and_then(|e| e.deals_won),
            },
            sales_cycle_days: Kpi {
                plan: (month.month > 0).then_some(kpis.new_cycle_days),
                actual: entry.and_then(|e| e.sales_cycle_days),
            },
            customers: Kpi {
                plan: kpis.customers(month)?,
                actual: entry.and_then(|e| e.active_customers),
            },
        });
    }
    let at_t = months
        .get(measured_through as usize)
        .ok_or(CalcError::Overflow {
            step: "measured month beyond the horizon",
        })?;
    let (mut plan_gains, mut actual_gains) = (GroupGains::default(), GroupGains::default());
    for month in months.iter().take(measured_through as usize + 1) {
        plan_gains = plan_gains.plus(&month.plan.gains)?;
        actual_gains = actual_gains.plus(&month.actual.gains)?;
    }
    let to_date = ToDate {
        plan_gains,
        actual_gains,
        plan_net: at_t.plan.cumulative_net,
        actual_net: at_t.actual.cumulative_net,
        plan_roi_pct: percent_of(
            at_t.plan.cumulative_net,
            at_t.plan.cumulative_cost,
            "ROI to date",
        )?,
        actual_roi_pct: percent_of(
            at_t.actual.cumulative_net,
            at_t.actual.cumulative_cost,
            "ROI to date",
        )?,
        variance_net: sub(
            at_t.actual.cumulative_net,
            at_t.plan.cumulative_net,
            "variance",
        )?,
    };
    // The actual side is the actual months through T and the plan after it.
    let last = months.last().ok_or(CalcError::Overflow {
        step: "empty horizon",
    })?;
    let outlook = Outlook {
        net_gain: last.actual.cumulative_net,
        roi_pct: percent_of(
            last.actual.cumulative_net,
            last.actual.cumulative_cost,
            "outlook ROI",
        )?,
        payback_months: payback_months(&months, |m| m.actual.cumulative_net)?,
    };
    let quarters = quarters(&months)?;
    Ok(Tracking {
        measured_through,
        attribution_pct: actuals.attribution_pct,
        months,
        to_date,
        outlook,
        quarters,
    })
}

/// Cumulative gain and cost, and their net, by the projection's own steps (so the plan side
/// is the projection's, to the last digit).
#[derive(Default)]
struct Running {
    gain: Decimal,
    cost: Decimal,
}

impl Running {
    fn side(&mut self, gain: Decimal, cost: Decimal, gains: GroupGains) -> CalcResult<Side> {
        self.cost = add(self.cost, cost, "cumulative cost")?;
        self.gain = add(self.gain, gain, "cumulative gain")?;
        Ok(Side {
            gain,
            cost,
            net: sub(gain, cost, "monthly net")?,
            cumulative_net: sub(self.gain, self.cost, "cumulative net")?,
            cumulative_cost: self.cost,
            gains,
        })
    }
}

fn quarters(months: &[TrackedMonth]) -> CalcResult<Vec<Quarter>> {
    let mut quarters: Vec<Quarter> = Vec::new();
    for month in months {
        let quarter = month.month.div_ceil(3);
        if quarters.last().is_none_or(|q| q.quarter != quarter) {
            quarters.push(Quarter {
                quarter,
                first_month: month.month,
                last_month: month.month,
                plan: Totals::default(),
                actual: Totals::default(),
            });
        }
        if let Some(q) = quarters.last_mut() {
            q.last_month = month.month;
            q.plan.add_month(&month.plan)?;
            q.actual.add_month(&month.actual)?;
        }
    }
    Ok(quarters)
}

/// What month `month` would have to measure for the actual side to equal the plan, with the
/// CRM credited `attribution_pct` of each change: the template's figures (at 100 %), the
/// grid's hints, and a test's input. A measure the plan cannot imply (no margin, no
/// attribution, no customers) is left out.
pub fn planned_measures(
    s: &Scenario,
    projection: &Projection,
    month: u32,
    attribution_pct: Decimal,
) -> CalcResult<ActualMonth> {
    let Some(plan_month) = projection.months.get(month as usize) else {
        return Ok(ActualMonth {
            month,
            ..ActualMonth::default()
        });
    };
    let basis = Basis::new(s, projection, attribution_pct)?;
    let kpis = PlanKpis::new(s, projection)?;
    let plan = GroupGains::of_plan(plan_month)?;
    let step = "planned measure";
    let att = basis.attribution;
    // `gain / (factor × att)`, or nothing when that is a division by zero.
    let undo = |gain: Decimal, factor: Decimal| -> CalcResult<Option<Decimal>> {
        let scale = mul(factor, att, step)?;
        if scale.is_zero() {
            return Ok(None);
        }
        div(gain, scale, step).map(Some)
    };
    let revenue = undo(plan.sales, basis.margin)?
        .map(|extra| add(basis.baseline_revenue, extra, step))
        .transpose()?;
    let hours = undo(plan.productivity, basis.hour_a_week_value)?;
    let customers = if kpis.has_customers {
        undo(
            plan.retention,
            mul(basis.revenue_per_customer, basis.margin, step)?,
        )?
        .map(|kept| add(plan_month.customers_without_crm, kept, step))
        .transpose()?
    } else {
        None
    };
    // A group the scenario does not use has no spend to expect: no hint rather than a 0
    // that reads like a plan.
    let spend = undo(plan.acquisition, Decimal::ONE)?
        .filter(|_| !basis.acquisition_spend.is_zero())
        .map(|saved| sub(basis.acquisition_spend, saved, step))
        .transpose()?;
    let support = undo(plan.support, Decimal::ONE)?
        .filter(|_| !basis.support_cost.is_zero())
        .map(|saved| sub(basis.support_cost, saved, step))
        .transpose()?;
    Ok(ActualMonth {
        month,
        revenue,
        deals_won: Some(kpis.deals(month)?),
        sales_cycle_days: Some(kpis.new_cycle_days),
        hours_saved_per_rep_per_week: hours,
        active_customers: customers,
        acquisition_spend: spend,
        support_cost: support,
        crm_cost: Some(plan_month.cost),
    })
}
