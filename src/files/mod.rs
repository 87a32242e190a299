//! What crm-roi reads from and writes to disk: scenario files (RON, saved atomically), the
//! example scenarios built into the binary, measured months from CSV, and the recovery copies
//! of unsaved work.

pub mod actuals_csv;
mod atomic;
pub mod bounded;
pub mod presets;
pub mod recovery;
mod scenario_file;
pub mod stamp;

pub use atomic::write_atomically;
pub use scenario_file::{
    FileError, Position, load_scenario, parse_scenario, save_scenario, to_ron_string,
};
