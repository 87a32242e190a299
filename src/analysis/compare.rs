//! Two to four scenarios side by side.

use thiserror::Error;

use crate::model::checked::CalcError;
use crate::model::projection::{Projection, project};
use crate::model::scenario::Scenario;

pub const MAX_COMPARED: usize = 4;

/// One compared scenario: where it came from, its name and its projection.
pub struct Compared {
    pub source: String,
    pub name: String,
    pub currency: String,
    pub projection: Projection,
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
                name: scenario.name.clone(),
                currency: scenario.currency.clone(),
                projection,
            })
        })
        .collect()
}
