//! The sales department's month before the CRM and at full adoption (SPEC §3, "Before and
//! after"): how a CFO reads the case, as profit and loss rather than as ROI.

use rust_decimal::Decimal;

use crate::model::checked::{CalcResult, add, from_percent as pct, mul, sub};
use crate::model::projection::Derived;
use crate::model::scenario::Scenario;

/// One month of the sales department.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DepartmentMonth {
    pub deals: Decimal,
    pub revenue: Decimal,
    pub gross_profit: Decimal,
    pub team_cost: Decimal,
    pub crm_cost: Decimal,
    pub time_value_freed: Decimal,
    /// Gross profit + time value freed − team cost − CRM cost.
    pub contribution: Decimal,
}

impl DepartmentMonth {
    /// Row labels, in the order of [`DepartmentMonth::as_array`].
    pub const LABELS: [&'static str; 7] = [
        "Deals won",
        "Revenue",
        "Gross profit",
        "Team cost",
        "CRM cost",
        "Time value freed",
        "Contribution",
    ];

    pub fn as_array(&self) -> [Decimal; 7] {
        [
            self.deals,
            self.revenue,
            self.gross_profit,
            self.team_cost,
            self.crm_cost,
            self.time_value_freed,
            self.contribution,
        ]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BeforeAfter {
    pub before: DepartmentMonth,
    pub after: DepartmentMonth,
    pub change: DepartmentMonth,
}

impl BeforeAfter {
    /// The table as rows: label and (before, after, change), in [`DepartmentMonth::LABELS`]
    /// order. The first row counts deals, the others are money.
    pub fn rows(&self) -> impl Iterator<Item = (&'static str, [Decimal; 3])> + '_ {
        let (before, after, change) = (
            self.before.as_array(),
            self.after.as_array(),
            self.change.as_array(),
        );
        DepartmentMonth::LABELS
            .into_iter()
            .enumerate()
            .map(move |(i, label)| (label, [before[i], after[i], change[i]]))
    }
}

pub fn before_after(s: &Scenario, d: &Derived) -> CalcResult<BeforeAfter> {
    let team_cost = mul(
        Decimal::from(s.team.seats),
        s.team.rep_monthly_cost,
        "team cost",
    )?;
    let gross_profit_before = mul(d.baseline_revenue, d.margin, "gross profit")?;
    let before = DepartmentMonth {
        deals: d.baseline_deals,
        revenue: d.baseline_revenue,
        gross_profit: gross_profit_before,
        team_cost,
        crm_cost: Decimal::ZERO,
        time_value_freed: Decimal::ZERO,
        contribution: sub(gross_profit_before, team_cost, "contribution")?,
    };

    let e = d.effective_share;
    let more_deals_share = add(d.cycle_factor, pct(s.gains.win_rate_uplift_pct)?, "deals")?;
    let more_revenue_share = add(
        more_deals_share,
        pct(s.gains.cross_sell_uplift_pct)?,
        "revenue",
    )?;
    let deals = mul(
        d.baseline_deals,
        add(Decimal::ONE, mul(more_deals_share, e, "deals")?, "deals")?,
        "deals",
    )?;
    let revenue = mul(
        d.baseline_revenue,
        add(
            Decimal::ONE,
            mul(more_revenue_share, e, "revenue")?,
            "revenue",
        )?,
        "revenue",
    )?;
    let gross_profit = mul(revenue, d.margin, "gross profit")?;
    let time_value_freed = d.steady_gains.productivity;
    let contribution = sub(
        sub(
            add(gross_profit, time_value_freed, "contribution")?,
            team_cost,
            "contribution",
        )?,
        d.monthly_recurring_cost,
        "contribution",
    )?;
    let after = DepartmentMonth {
        deals,
        revenue,
        gross_profit,
        team_cost,
        crm_cost: d.monthly_recurring_cost,
        time_value_freed,
        contribution,
    };
    let change = |a: Decimal, b: Decimal| sub(a, b, "change");
    Ok(BeforeAfter {
        before,
        after,
        change: DepartmentMonth {
            deals: change(after.deals, before.deals)?,
            revenue: change(after.revenue, before.revenue)?,
            gross_profit: change(after.gross_profit, before.gross_profit)?,
            team_cost: change(after.team_cost, before.team_cost)?,
            crm_cost: change(after.crm_cost, before.crm_cost)?,
            time_value_freed: change(after.time_value_freed, before.time_value_freed)?,
            contribution: change(after.contribution, before.contribution)?,
        },
    })
}
