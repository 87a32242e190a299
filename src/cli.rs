//! The command line (SPEC §4): parsing, and the headless commands, which print what the
//! library computes. Opening the window is left to the binary.

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};
use thiserror::Error;

use crate::checked::CalcError;
use crate::file::{FileError, load_scenario};
use crate::projection::project;
use crate::report::{Format, render};

#[derive(Debug, Parser)]
#[command(
    name = "crm-roi",
    version,
    about = "What-if calculator for the return on a CRM purchase",
    long_about = "What-if calculator for the return on a CRM purchase.\n\n\
        With no arguments, opens the desktop app; with a scenario file, opens the app on it; \
        with a subcommand, works headless.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Scenario file (.ron) to open in the app.
    pub file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the monthly projection and summary of a scenario.
    Report {
        /// Scenario file (.ron).
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

/// A headless command that could not produce its output.
#[derive(Debug, Error)]
pub enum CliError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("{path}: {source}")]
    Calc { path: PathBuf, source: CalcError },
}

fn calc_error(path: &Path) -> impl FnOnce(CalcError) -> CliError + '_ {
    move |source| CliError::Calc {
        path: path.to_owned(),
        source,
    }
}

/// Runs a headless command and returns everything it prints, so a failure prints nothing.
pub fn run(command: &Command) -> Result<String, CliError> {
    match command {
        Command::Report { file, format } => {
            let scenario = load_scenario(file)?;
            let projection = project(&scenario).map_err(calc_error(file))?;
            Ok(render(&scenario, &projection, *format))
        }
    }
}
