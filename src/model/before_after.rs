//! The department's month before the CRM and at full adoption (SPEC §3, "Before and after"):
//! how a CFO reads the case, as profit and loss rather than as ROI.

use rust_decimal::Decimal;

use crate::model::checked::{CalcResult, add, from_percent as pct, mul, sub};
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;

/// One month of the department.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DepartmentMonth {
    pub deals: Decimal,
    /// New-business revenue.
    pub revenue: Decimal,
    pub customers: Decimal,
    pub recurring_revenue: Decimal,
    /// (revenue + recurring revenue) × margin.
    pub gross_profit: Decimal,
    pub team_cost: Decimal,
    pub crm_cost: Decimal,
    pub marketing_spend: Decimal,
    pub support_cost: Decimal,
    pub time_value_freed: Decimal,
    pub other_gains: Decimal,
    /// Gross profit + time value freed + other gains − team, CRM, marketing and support costs.
    pub contribution: Decimal,
}

/// What a row counts: things (deals, customers, shown with one decimal), money the
/// department earns, or money it spends (a cost falling is good news).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    Count,
    Money,
    Cost,
}

impl Row {
    /// Whether the change on this row lowers the contribution: a gain that falls or a cost
    /// that rises (shown in red).
    pub fn change_hurts(&self) -> bool {
        let change = self.values[2];
        match self.kind {
            RowKind::Cost => change > Decimal::ZERO,
            RowKind::Count | RowKind::Money => change < Decimal::ZERO,
        }
    }
}

/// One line of the before-and-after table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    /// The English label; the window and the reports show `locale::terms::department_row`
    /// of `index`.
    pub label: &'static str,
    /// The row's place in [`DepartmentMonth::ROWS`].
    pub index: usize,
    pub kind: RowKind,
    /// Before, after, change.
    pub values: [Decimal; 3],
    /// The bottom line.
    pub is_total: bool,
}

impl DepartmentMonth {
    /// Row labels and kinds, in the order of [`DepartmentMonth::as_array`].
    pub const ROWS: [(&'static str, RowKind); 12] = [
        ("Deals won", RowKind::Count),
        ("New-business revenue", RowKind::Money),
        ("Customers", RowKind::Count),
        ("Recurring revenue", RowKind::Money),
        ("Gross profit", RowKind::Money),
        ("Team cost", RowKind::Cost),
        ("CRM cost", RowKind::Cost),
        ("Marketing spend", RowKind::Cost),
        ("Support cost", RowKind::Cost),
        ("Time value freed", RowKind::Money),
        ("Other gains", RowKind::Money),
        ("Contribution", RowKind::Money),
    ];

    pub fn as_array(&self) -> [Decimal; 12] {
        [
            self.deals,
            self.revenue,
            self.customers,
            self.recurring_revenue,
            self.gross_profit,
            self.team_cost,
            self.crm_cost,
            self.marketing_spend,
            self.support_cost,
            self.time_value_freed,
            self.other_gains,
            self.contribution,
        ]
    }

    /// `gross profit + time value freed + other gains − team − CRM − marketing − support`.
    fn with_contribution(mut self) -> CalcResult<Self> {
        let step = "contribution";
        let mut contribution = add(self.gross_profit, self.time_value_freed, step)?;
        contribution = add(contribution, self.other_gains, step)?;
        for cost in [
            self.team_cost,
            self.crm_cost,
            self.marketing_spend,
            self.support_cost,
        ] {
            contribution = sub(contribution, cost, step)?;
        }
        self.contribution = contribution;
        Ok(self)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BeforeAfter {
    pub before: DepartmentMonth,
    pub after: DepartmentMonth,
    pub change: DepartmentMonth,
}

impl BeforeAfter {
    /// The table's rows, in [`DepartmentMonth::ROWS`] order, leaving out the lines that are
    /// zero on both sides (no customers, no marketing spend, no extra lines): the CRM cost,
    /// which starts at zero, and the contribution always show.
    pub fn rows(&self) -> Vec<Row> {
        let (before, after, change) = (
            self.before.as_array(),
            self.after.as_array(),
            self.change.as_array(),
        );
        DepartmentMonth::ROWS
            .into_iter()
            .enumerate()
            .filter(|(i, (label, _))| {
                !(before[*i].is_zero() && after[*i].is_zero())
                    || matches!(*label, "CRM cost" | "Contribution")
            })
            .map(|(i, (label, kind))| Row {
                label,
                index: i,
                kind,
                values: [before[i], after[i], change[i]],
                is_total: i == DepartmentMonth::ROWS.len() - 1,
            })
            .collect()
    }
}

pub fn before_after(s: &Scenario, projection: &Projection) -> CalcResult<BeforeAfter> {
    let d = &projection.derived;
    let summary = &projection.summary;
    let customers = summary.customers_at_horizon;
    let rpc = s.customers.revenue_per_customer_per_month;
    let team_cost = mul(
        Decimal::from(s.team.seats),
        s.team.rep_monthly_cost,
        "team cost",
    )?;
    let gross_profit = |revenue: Decimal, recurring: Decimal| {
        mul(
            add(revenue, recurring, "gross profit")?,
            d.margin,
            "gross profit",
        )
    };
    let recurring_before = mul(customers.without_crm, rpc, "recurring revenue")?;
    let before = DepartmentMonth {
        deals: d.baseline_deals,
        revenue: d.baseline_revenue,
        customers: customers.without_crm,
        recurring_revenue: recurring_before,
        gross_profit: gross_profit(d.baseline_revenue, recurring_before)?,
        team_cost,
        crm_cost: Decimal::ZERO,
        marketing_spend: s.marketing.acquisition_spend_per_month,
        support_cost: s.service.support_cost_per_month,
        time_value_freed: Decimal::ZERO,
        other_gains: Decimal::ZERO,
        contribution: Decimal::ZERO,
    }
    .with_contribution()?;

    let e = d.effective_share;
    let more_deals_share = add(d.cycle_factor, pct(s.gains.win_rate_uplift_pct)?, "deals")?;
    let more_revenue_share = add(
        more_deals_share,
        pct(s.gains.cross_sell_uplift_pct)?,
        "revenue",
    )?;
    let grown = |base: Decimal, share: Decimal, step| {
        mul(base, add(Decimal::ONE, mul(share, e, step)?, step)?, step)
    };
    let reduced = |base: Decimal, reduction_pct: Decimal, step| -> CalcResult<Decimal> {
        let share = mul(pct(reduction_pct)?, e, step)?;
        mul(base, sub(Decimal::ONE, share, step)?, step)
    };
    let revenue = grown(d.baseline_revenue, more_revenue_share, "revenue")?;
    // The customers the CRM keeps, after the risk adjustment (as the retention gain counts).
    let kept = mul(
        sub(customers.with_crm, customers.without_crm, "customers")?,
        d.kept_after_risk,
        "customers",
    )?;
    let customers_after = add(customers.without_crm, kept, "customers")?;
    let recurring_after = mul(customers_after, rpc, "recurring revenue")?;
    let after = DepartmentMonth {
        deals: grown(d.baseline_deals, more_deals_share, "deals")?,
        revenue,
        customers: customers_after,
        recurring_revenue: recurring_after,
        gross_profit: gross_profit(revenue, recurring_after)?,
        team_cost,
        crm_cost: summary.monthly_cost_at_full_adoption,
        marketing_spend: reduced(
            s.marketing.acquisition_spend_per_month,
            s.gains.acquisition_cost_reduction_pct,
            "marketing spend",
        )?,
        support_cost: reduced(
            s.service.support_cost_per_month,
            s.gains.support_time_reduction_pct,
            "support cost",
        )?,
        time_value_freed: d.steady_gains.productivity,
        other_gains: summary.monthly_other_gains_at_full_adoption,
        contribution: Decimal::ZERO,
    }
    .with_contribution()?;
    let (b, a) = (before.as_array(), after.as_array());
    let mut change = [Decimal::ZERO; 12];
    for (slot, (after, before)) in change.iter_mut().zip(a.into_iter().zip(b)) {
        *slot = sub(after, before, "change")?;
    }
    let [
        deals,
        revenue,
        customers,
        recurring_revenue,
        gross_profit,
        team_cost,
        crm_cost,
        marketing_spend,
        support_cost,
        time_value_freed,
        other_gains,
        contribution,
    ] = change;
    Ok(BeforeAfter {
        before,
        after,
        change: DepartmentMonth {
            deals,
            revenue,
            customers,
            recurring_revenue,
            gross_profit,
            team_cost,
            crm_cost,
            marketing_spend,
            support_cost,
            time_value_freed,
            other_gains,
            contribution,
        },
    })
}
