//! The `crm-roi` binary: parse the command line, then run a headless command or open the app.

use std::process::ExitCode;

use clap::Parser as _;
use crm_roi::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        return match crm_roi::app::run(cli.file) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("crm-roi: cannot open the window: {error}");
                ExitCode::FAILURE
            }
        };
    };
    match run(&command) {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("crm-roi: {error}");
            ExitCode::FAILURE
        }
    }
}
