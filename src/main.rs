//! The `crm-roi` binary: parse the command line, then run a headless command or open the app.
//!
//! Exit codes: 0 done, 1 an input was refused (a file, a scenario, a CSV) or the output could
//! not be written, 2 a usage error (an unknown option, a bad argument).

use std::process::ExitCode;

use clap::Parser as _;
use crm_roi::cli::output::{Stdout, message};
use crm_roi::cli::{Cli, run};

fn main() -> ExitCode {
    // First, before any file is opened (see `Stdout`).
    let stdout = Stdout::claim();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) if error.use_stderr() => {
            message(error.render().to_string().trim_end());
            return ExitCode::from(2);
        }
        // --help and --version.
        Err(error) => return print(stdout, &error.render().to_string()),
    };
    let lang = cli
        .lang
        .unwrap_or_else(crm_roi::locale::Lang::from_environment);
    lang.use_here();
    let Some(command) = cli.command else {
        return match crm_roi::app::run(cli.file, cli.lang) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                message(&format!("crm-roi: cannot open the window: {error}"));
                ExitCode::FAILURE
            }
        };
    };
    match run(&command) {
        Ok(output) => print(stdout, &output),
        Err(error) => {
            message(&format!("crm-roi: {error}"));
            ExitCode::FAILURE
        }
    }
}

fn print(stdout: Stdout, text: &str) -> ExitCode {
    match stdout.write(text) {
        Ok(_) => ExitCode::SUCCESS,
        Err(error) => {
            message(&format!("crm-roi: cannot write the output: {error}"));
            ExitCode::FAILURE
        }
    }
}
