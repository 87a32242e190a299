//! crm-roi: an offline what-if calculator for the return on a CRM purchase.
//!
//! The library holds everything but the window, in wings that each depend only on those below
//! them: [`model`] (the calculation), [`analysis`] (what-if analyses over it), [`files`]
//! (scenario files), [`locale`] (formatting and typed entry), [`report`] (renderings) and
//! [`cli`] (the headless commands). The desktop app lives in [`app`] and only reads from and
//! writes to these.

pub mod analysis;
pub mod app;
pub mod cli;
pub mod files;
pub mod locale;
pub mod model;
pub mod report;

pub use model::checked::CalcError;
pub use model::driver::Driver;
pub use model::projection::{Projection, project};
pub use model::scenario::Scenario;
