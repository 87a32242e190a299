//! The years (SPEC §3): the same months summed by period, as a board reads a business case
//! (Initial, Year 1, Year 2, …, present value), with end-of-year discounting, the convention of
//! published business cases and of the Forrester TEI method.

use rust_decimal::Decimal;

use crate::model::breakdown::{CostBreakdown, GainBreakdown};
use crate::model::checked::{CalcResult, add, div, from_percent as pct, mul, percent_of, sub};
use crate::model::projection::Month;

/// One period: `Initial` (year 0, month 0) or a year of up to twelve months.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    /// 0 for `Initial`, then 1, 2, ….
    pub year: u32,
    pub first_month: u32,
    pub last_month: u32,
    pub gain: Decimal,
    pub cost: Decimal,
    pub net: Decimal,
    /// The period's gain and cost divided by `(1 + rate)^year`; `Initial` is not discounted.
    pub pv_gain: Decimal,
    pub pv_cost: Decimal,
}

impl Period {
    /// Whether this year has fewer than twelve months (the horizon ends inside it).
    pub fn is_partial(&self) -> bool {
        self.year > 0 && self.last_month - self.first_month + 1 < 12
    }

    fn contains(&self, month: u32) -> bool {
        (self.first_month..=self.last_month).contains(&month)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Years {
    pub periods: Vec<Period>,
    pub pv_gains: Decimal,
    pub pv_costs: Decimal,
    pub npv: Decimal,
    /// `npv / pv_costs × 100`; `None` when nothing was spent.
    pub roi_pct: Option<Decimal>,
    /// `1 + rate`: one year's discount factor.
    growth: Decimal,
}

/// Sums `months` (months `0..=H`, in order) by period and discounts each at the end of its year.
/// Only the totals: the parts (by driver and kind) are summed when a table asks
/// ([`Years::parts`]), which keeps every projection, and the analyses that run thousands, quick.
pub fn years(months: &[Month], discount_rate_annual_pct: Decimal) -> CalcResult<Years> {
    let growth = add(
        Decimal::ONE,
        pct(discount_rate_annual_pct)?,
        "yearly discount",
    )?;
    let horizon = months.last().map_or(0, |m| m.month);
    let mut periods: Vec<Period> = Vec::with_capacity(horizon.div_ceil(12) as usize + 1);
    for month in months {
        // Month 0 is Initial; months 12(y−1)+1 ..= 12y are year y.
        let year = month.month.div_ceil(12);
        if periods.last().is_none_or(|p| p.year != year) {
            periods.push(Period {
                year,
                first_month: month.month,
                last_month: month.month,
                gain: Decimal::ZERO,
                cost: Decimal::ZERO,
                net: Decimal::ZERO,
                pv_gain: Decimal::ZERO,
                pv_cost: Decimal::ZERO,
            });
        }
        if let Some(period) = periods.last_mut() {
            period.last_month = month.month;
            period.gain = add(period.gain, month.gain, "yearly gain")?;
            period.cost = add(period.cost, month.cost, "yearly cost")?;
        }
    }
    let (mut pv_gains, mut pv_costs) = (Decimal::ZERO, Decimal::ZERO);
    let mut factor = Decimal::ONE;
    for period in &mut periods {
        if period.year > 0 {
            factor = mul(factor, growth, "yearly discount")?;
            period.pv_gain = div(period.gain, factor, "present value")?;
            period.pv_cost = div(period.cost, factor, "present value")?;
        } else {
            (period.pv_gain, period.pv_cost) = (period.gain, period.cost);
        }
        period.net = sub(period.gain, period.cost, "yearly net")?;
        pv_gains = add(pv_gains, period.pv_gain, "present value")?;
        pv_costs = add(pv_costs, period.pv_cost, "present value")?;
    }
    let npv = sub(pv_gains, pv_costs, "present value")?;
    Ok(Years {
        periods,
        growth,
        pv_gains,
        pv_costs,
        npv,
        roi_pct: percent_of(npv, pv_costs, "yearly ROI")?,
    })
}

/// The years part by part: each period's gain by driver and cost by kind, their totals over
/// the horizon and their present values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct YearParts {
    /// One per period, in [`Years::periods`] order.
    pub periods: Vec<(GainBreakdown, CostBreakdown)>,
    pub total: (GainBreakdown, CostBreakdown),
    pub present_value: (GainBreakdown, CostBreakdown),
}

impl Years {
    /// Sums `months` (the projection's) part by part for each period.
    pub fn parts(&self, months: &[Month]) -> CalcResult<YearParts> {
        let mut parts = YearParts::default();
        let mut factor = Decimal::ONE;
        for period in &self.periods {
            let (mut gains, mut costs) = (GainBreakdown::default(), CostBreakdown::default());
            for month in months.iter().filter(|m| period.contains(m.month)) {
                gains = gains.plus(&month.gains)?;
                costs = costs.plus(&month.costs)?;
            }
            if period.year > 0 {
                factor = mul(factor, self.growth, "yearly discount")?;
            }
            let (pv_gains, pv_costs) = &mut parts.present_value;
            *pv_gains = pv_gains.plus(&GainBreakdown::from_array(discounted(
                gains.as_array(),
                factor,
            )?))?;
            *pv_costs = pv_costs.plus(&CostBreakdown::from_array(discounted(
                costs.as_array(),
                factor,
            )?))?;
            parts.total.0 = parts.total.0.plus(&gains)?;
            parts.total.1 = parts.total.1.plus(&costs)?;
            parts.periods.push((gains, costs));
        }
        Ok(parts)
    }
}

/// Each part divided by the period's discount factor (zeros stay zero, undivided).
fn discounted<const N: usize>(parts: [Decimal; N], factor: Decimal) -> CalcResult<[Decimal; N]> {
    let mut out = parts;
    if factor != Decimal::ONE {
        for part in out.iter_mut().filter(|p| !p.is_zero()) {
            *part = div(*part, factor, "present value")?;
        }
    }
    Ok(out)
}
