//! crm-roi: an offline what-if calculator for the return on a CRM purchase.
//!
//! The library holds everything but the window: the scenario and its drivers, the one
//! projection every view uses, scenario files, reports and the command line. The desktop app
//! lives in [`app`] and only reads from and writes to these.

pub mod analysis;
pub mod app;
pub mod before_after;
pub mod checked;
pub mod cli;
pub mod driver;
mod enclosure;
pub mod entry;
pub mod file;
pub mod money;
pub mod presets;
pub mod projection;
pub mod report;
pub mod scenario;

pub use checked::CalcError;
pub use driver::Driver;
pub use projection::{Projection, project};
pub use scenario::Scenario;
