//! Two to four scenarios side by side: their projections, and which inputs differ.

use thiserror::Error;

use crate::model::checked::CalcError;
use crate::model::driver::Driver;
use crate::model::projection::{Projection, project};
use crate::model::scenario::Scenario;

pub const MAX_COMPARED: usize = 4;

/// One compared scenario: where it came from, the scenario and its projection.
pub struct Compared {
    pub source: String,
    pub scenario: Scenario,
    pub projection: Projection,
}

impl Compared {
    pub fn name(&self) -> &str {
        &self.scenario.name
    }

    pub fn currency(&self) -> &str {
        &self.scenario.currency
    }

    pub fn horizon_months(&self) -> u32 {
        self.scenario.horizon_months
    }
}

/// Whether figures that add up over the horizon (totals, ROI, NPV) can be ranked: only when
/// every scenario is measured over the same months.
pub fn same_horizon(compared: &[Compared]) -> bool {
    compared
        .windows(2)
        .all(|w| w[0].horizon_months() == w[1].horizon_months())
}

/// Whether amounts can be ranked: nothing is converted between currencies.
pub fn same_currency(compared: &[Compared]) -> bool {
    compared
        .windows(2)
        .all(|w| w[0].currency() == w[1].currency())
}

/// An input of a scenario that may differ between compared scenarios.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    Horizon,
    Currency,
    Driver(Driver),
    /// Monthly or annual licence billing.
    Billing,
    /// The extra lines (the drivers do not cover them).
    Lines,
}

/// The inputs whose values are not the same in every scenario, in the input panel's order:
/// what explains the difference in the figures.
pub fn differing_inputs(scenarios: &[&Scenario]) -> Vec<Input> {
    let differs = |value: &dyn Fn(&Scenario) -> String| {
        scenarios.windows(2).any(|w| value(w[0]) != value(w[1]))
    };
    let mut inputs = Vec::new();
    if differs(&|s| s.horizon_months.to_string()) {
        inputs.push(Input::Horizon);
    }
    if differs(&|s| s.currency.clone()) {
        inputs.push(Input::Currency);
    }
    inputs.extend(
        Driver::ALL
            .into_iter()
            .filter(|driver| {
                scenarios
                    .windows(2)
                    .any(|w| driver.get(w[0]) != driver.get(w[1]))
            })
            .map(Input::Driver),
    );
    inputs
}

#[derive(Debug, Error)]
pub enum CompareError {
    #[error("compare takes 2 to {MAX_COMPARED} scenarios, not {0}")]
    Count(usize),
    #[error("{source_name}: {error}")]
    Calc {
        source_name: String,
        error: CalcError,
    },
}

/// Projects each `(source, scenario)`; `source` names it in results and errors (a file path).
pub fn compare(scenarios: &[(String, Scenario)]) -> Result<Vec<Compared>, CompareError> {
    if !(2..=MAX_COMPARED).contains(&scenarios.len()) {
        return Err(CompareError::Count(scenarios.len()));
    }
    scenarios
        .iter()
        .map(|(source, scenario)| {
            let projection = project(scenario).map_err(|error| CompareError::Calc {
                source_name: source.clone(),
                error,
            })?;
            Ok(Compared {
                source: source.clone(),
                scenario: scenario.clone(),
                projection,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differing_inputs_are_listed_in_panel_order() {
        let a = Scenario::default();
        let mut b = Scenario {
            horizon_months: 24,
            ..Scenario::default()
        };
        b.team.seats = 12;
        b.gains.cross_sell_uplift_pct = rust_decimal::Decimal::from(7);
        assert_eq!(
            differing_inputs(&[&a, &b]),
            [
                Input::Horizon,
                Input::Driver(Driver::Seats),
                Input::Driver(Driver::CrossSellUpliftPct)
            ]
        );
        assert!(differing_inputs(&[&a, &a.clone()]).is_empty());
    }
}
