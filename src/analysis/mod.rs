//! What-if analyses over the one projection (SPEC §5): compare, sensitivity, risk range and
//! goal seek. Each calls [`crate::model::projection::project`] for every variant (the risk runs use
//! the same formulas through `RoiSeries`, written once for any [`crate::model::checked::Number`]); none
//! re-implements a formula.

pub mod compare;
pub mod goal_seek;
pub mod risk;
pub mod sensitivity;
