//! What crm-roi reads from and writes to disk: scenario files (RON, saved atomically) and the
//! example scenarios built into the binary.

pub mod actuals_csv;
pub mod bounded;
pub mod presets;
mod scenario_file;

pub use scenario_file::{
    FileError, Position, load_scenario, parse_scenario, save_scenario, to_ron_string,
    write_atomically,
};
