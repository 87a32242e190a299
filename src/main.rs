//! The `crm-roi` binary: parse the command line, then run a headless command or open the app.

use std::process::ExitCode;

use clap::Parser as _;
use crm_roi::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => match run(&command) {
            Ok(output) => {
                print!("{output}");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("crm-roi: {error}");
                ExitCode::FAILURE
            }
        },
        None => {
            eprintln!(
                "crm-roi: the desktop app is not part of this build yet; try `crm-roi report FILE`"
            );
            ExitCode::FAILURE
        }
    }
}
