//! One driver at a time: ROI and NPV at the horizon when a driver alone moves down and up by a
//! swing (tornado data).

use rust_decimal::Decimal;

use crate::model::checked::{CalcError, CalcResult, from_percent, mul, sub};
use crate::model::driver::Driver;
use crate::model::projection::project;
use crate::model::scenario::Scenario;

pub const DEFAULT_SWING_PCT: i64 = 20;

/// The effect of one driver's swing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DriverEffect {
    pub driver: Driver,
    pub low_value: Decimal,
    pub high_value: Decimal,
    pub roi_low: Option<Decimal>,
    pub roi_high: Option<Decimal>,
    pub npv_low: Decimal,
    pub npv_high: Decimal,
}

impl DriverEffect {
    /// Width of the effect on NPV, the sort key.
    pub fn npv_width(&self) -> Decimal {
        (self.npv_high - self.npv_low).abs()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sensitivity {
    pub swing_pct: Decimal,
    pub base_roi: Option<Decimal>,
    pub base_npv: Decimal,
    /// Widest effect on NPV first.
    pub drivers: Vec<DriverEffect>,
}

/// Moves each driver alone to `value × (1 ∓ swing/100)`, clamped to its valid range (whole
/// numbers rounded), and projects both. `swing_pct` must be within 0..=100.
pub fn sensitivity(scenario: &Scenario, swing_pct: Decimal) -> CalcResult<Sensitivity> {
    if swing_pct < Decimal::ZERO || swing_pct > Decimal::ONE_HUNDRED {
        return Err(CalcError::Invalid(
            crate::model::scenario::ValidationErrors(vec![crate::model::scenario::FieldError {
                field: "swing".into(),
                value: swing_pct.to_string(),
                allowed: "0 to 100".into(),
            }]),
        ));
    }
    let base = project(scenario)?.summary;
    let swing = from_percent(swing_pct)?;
    let mut drivers = Vec::with_capacity(Driver::ALL.len());
    for driver in Driver::ALL {
        let value = driver.get(scenario);
        let moved = |factor: Decimal| -> CalcResult<(Decimal, Option<Decimal>, Decimal)> {
            let target = driver.clamp(mul(value, factor, "sensitivity")?);
            let mut variant = scenario.clone();
            driver.set(&mut variant, target);
            let summary = project(&variant)?.summary;
            Ok((driver.get(&variant), summary.roi_pct, summary.npv))
        };
        let (low_value, roi_low, npv_low) = moved(sub(Decimal::ONE, swing, "sensitivity")?)?;
        let (high_value, roi_high, npv_high) = moved(Decimal::ONE + swing)?;
        drivers.push(DriverEffect {
            driver,
            low_value,
            high_value,
            roi_low,
            roi_high,
            npv_low,
            npv_high,
        });
    }
    // Stable: equal widths keep the input panel's order.
    drivers.sort_by_key(|effect| std::cmp::Reverse(effect.npv_width()));
    Ok(Sensitivity {
        swing_pct,
        base_roi: base.roi_pct,
        base_npv: base.npv,
        drivers,
    })
}
