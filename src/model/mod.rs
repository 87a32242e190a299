//! The calculation (SPEC §2–3): the scenario and its drivers, the projection every view uses,
//! and the before-and-after view. No I/O and no UI types: the window, the command line and
//! the reports only read what this computes.

pub mod actuals;
pub mod before_after;
pub mod breakdown;
pub mod checked;
pub mod driver;
pub(crate) mod enclosure;
pub mod flows;
pub mod plausibility;
pub mod projection;
pub mod scenario;
pub mod tracking;
pub mod years;
