//! The command line (SPEC §4): parsing, and the headless commands, which print what the
//! library computes. Opening the window is left to the binary; writing the output safely
//! (a closed pipe, a full disk, a terminal) is [`output`]'s.

pub mod output;

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};
use thiserror::Error;

use rust_decimal::Decimal;

use crate::analysis::compare::{CompareError, compare};
use crate::analysis::goal_seek::{Target, goal_seek};
use crate::analysis::risk::{Control, DEFAULT_RUNS, DEFAULT_SEED, MAX_RUNS, risk};
use crate::analysis::sensitivity::{DEFAULT_SWING_PCT, sensitivity};
use crate::files::{FileError, load_scenario};
use crate::model::checked::CalcError;
use crate::model::driver::Driver;
use crate::model::projection::project;
use crate::report::analysis::{
    compare_json, compare_table, goal_seek_json, goal_seek_table, risk_json, risk_table,
    sensitivity_json, sensitivity_table,
};
use crate::report::{Format, render};

/// The exit codes, in `--help` and the manual.
const EXIT_STATUS_HELP: &str = "Exit status: 0 done; 1 an input was refused (a file, a scenario, \
    a CSV) or the output could not be written; 2 a usage error (an unknown option, a bad \
    argument).";

#[derive(Debug, Parser)]
#[command(
    name = "crm-roi",
    version,
    about = "What-if calculator for the return on a CRM purchase",
    long_about = "What-if calculator for the return on a CRM purchase.\n\n\
        With no arguments, opens the desktop app; with a scenario file, opens the app on it; \
        with a subcommand, works headless.",
    args_conflicts_with_subcommands = true,
    after_long_help = EXIT_STATUS_HELP
)]
pub struct Cli {
    /// Scenario file (.ron) to open in the app.
    pub file: Option<PathBuf>,
    /// Language of what is printed for people (tables, md, html) and of the window: en, ro,
    /// pl, pt-BR, ru or zh-CN. By default the system's (LC_ALL, LC_MESSAGES, LANG). JSON and
    /// CSV are the same in every language.
    #[arg(long, global = true, value_parser = language)]
    pub lang: Option<crate::locale::Lang>,
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
    /// Compare 2 to 4 scenarios side by side.
    Compare {
        /// Scenario files (.ron).
        #[arg(num_args = 2..=4, required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = AnalysisFormat::Table)]
        format: AnalysisFormat,
    },
    /// ROI and NPV when each driver alone moves down and up by a swing.
    Sensitivity {
        file: PathBuf,
        /// Swing in percent of each driver's value (0 to 100).
        #[arg(long, default_value_t = Decimal::from(DEFAULT_SWING_PCT), value_parser = swing_pct,
              allow_negative_numbers = true)]
        swing: Decimal,
        #[arg(long, value_enum, default_value_t = AnalysisFormat::Table)]
        format: AnalysisFormat,
    },
    /// Monte Carlo risk range over the scenario's `ranges`.
    Risk {
        file: PathBuf,
        /// Number of runs (1 to 200,000).
        #[arg(long, default_value_t = DEFAULT_RUNS,
              value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_RUNS)))]
        runs: u32,
        /// Seed of the random draws: the same seed gives the same result.
        #[arg(long, default_value_t = DEFAULT_SEED)]
        seed: u64,
        #[arg(long, value_enum, default_value_t = AnalysisFormat::Table)]
        format: AnalysisFormat,
    },
    /// The measured months against the plan: to date, outlook and quarters.
    Track {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = TrackFormat::Table)]
        format: TrackFormat,
    },
    /// Measured months: import them from a CSV.
    Actuals {
        #[command(subcommand)]
        command: ActualsCommand,
    },
    /// The value of one driver at which ROI or payback reaches a target.
    #[command(name = "goal-seek")]
    GoalSeek {
        file: PathBuf,
        /// Driver to solve for, by its field name (e.g. cross_sell_uplift_pct).
        #[arg(long, value_parser = driver_name)]
        driver: Driver,
        /// Target ROI at the horizon, in percent (may be negative: `--roi -50`).
        #[arg(
            long,
            conflicts_with = "payback",
            required_unless_present = "payback",
            allow_negative_numbers = true
        )]
        roi: Option<Decimal>,
        /// Target payback, in months.
        #[arg(long, allow_negative_numbers = true)]
        payback: Option<Decimal>,
        #[arg(long, value_enum, default_value_t = AnalysisFormat::Table)]
        format: AnalysisFormat,
    },
    /// Print the shell completion script for bash, zsh or fish (e.g. `crm-roi completions
    /// bash > ~/.local/share/bash-completion/completions/crm-roi`).
    Completions {
        #[arg(value_enum)]
        shell: CompletionShell,
    },
    /// Write the manual pages (roff, `crm-roi.1` and one per command) into a folder, as the
    /// package installs them.
    #[command(hide = true)]
    Manpages {
        /// Folder to write into (made if missing).
        out_dir: PathBuf,
    },
}

/// The shells `completions` writes for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CompletionShell {
    Bash,
    Zsh,
    Fish,
}

/// The months as they happened against the plan.
#[derive(Debug, Subcommand)]
pub enum ActualsCommand {
    /// Merge measured months from a CSV into a scenario file (saved atomically; on any
    /// problem the file is left untouched).
    Import {
        /// Scenario file (.ron) to merge into.
        scenario: PathBuf,
        /// CSV whose header names the measures: month (required), revenue, deals_won,
        /// sales_cycle_days, hours_saved_per_rep_per_week, active_customers,
        /// acquisition_spend, support_cost, crm_cost.
        csv: PathBuf,
    },
}

/// Output formats of `track`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum TrackFormat {
    Table,
    Json,
    Csv,
}

/// Output formats of the analysis commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AnalysisFormat {
    Table,
    Json,
}

/// A headless command that could not produce its output.
#[derive(Debug, Error)]
pub enum CliError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("{path}: {source}")]
    Calc { path: PathBuf, source: CalcError },
    #[error(transparent)]
    Compare(#[from] CompareError),
    #[error(transparent)]
    Import(#[from] crate::files::actuals_csv::ImportError),
    #[error("{path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{0}: no driver has a risk range (`ranges`), so there is no uncertainty to simulate; \
         give at least one driver low / likely / high values"
    )]
    NoRanges(PathBuf),
}

/// `--lang`: one of the languages of the window.
fn language(text: &str) -> Result<crate::locale::Lang, String> {
    crate::locale::Lang::from_code(text).ok_or_else(|| {
        let codes: Vec<&str> = crate::locale::Lang::ALL.iter().map(|l| l.code()).collect();
        format!(
            "unknown language {text:?}; languages are: {}",
            codes.join(", ")
        )
    })
}

/// `--swing`: a percentage from 0 to 100, blamed on the argument when it is not.
fn swing_pct(text: &str) -> Result<Decimal, String> {
    let swing: Decimal = text
        .parse()
        .map_err(|_| format!("{text:?} is not a number"))?;
    if (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&swing) {
        Ok(swing)
    } else {
        Err(format!("{swing} is outside 0 to 100 (percent)"))
    }
}

/// `--driver`: a driver's field name.
fn driver_name(text: &str) -> Result<Driver, String> {
    Driver::from_field_name(text).ok_or_else(|| {
        format!(
            "unknown driver {:?}; drivers are: {}",
            crate::model::scenario::clip(text, 40),
            Driver::field_names().join(", ")
        )
    })
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
        Command::Compare { files, format } => {
            let scenarios = files
                .iter()
                .map(|file| Ok((file.display().to_string(), load_scenario(file)?)))
                .collect::<Result<Vec<_>, FileError>>()?;
            let compared = compare(&scenarios)?;
            Ok(match format {
                AnalysisFormat::Table => compare_table(&compared),
                AnalysisFormat::Json => compare_json(&compared),
            })
        }
        Command::Sensitivity {
            file,
            swing,
            format,
        } => {
            let scenario = load_scenario(file)?;
            let result = sensitivity(&scenario, *swing).map_err(calc_error(file))?;
            Ok(match format {
                AnalysisFormat::Table => sensitivity_table(&result, &scenario),
                AnalysisFormat::Json => sensitivity_json(&result, &scenario),
            })
        }
        Command::Risk {
            file,
            runs,
            seed,
            format,
        } => {
            let scenario = load_scenario(file)?;
            if scenario.ranges.is_empty() {
                return Err(CliError::NoRanges(file.clone()));
            }
            let result =
                risk(&scenario, *runs, *seed, &Control::default()).map_err(calc_error(file))?;
            Ok(match format {
                AnalysisFormat::Table => risk_table(&result, &scenario),
                AnalysisFormat::Json => risk_json(&result, &scenario),
            })
        }
        Command::Track { file, format } => {
            let scenario = load_scenario(file)?;
            let projection = project(&scenario).map_err(calc_error(file))?;
            let tracking =
                crate::model::tracking::track(&scenario, &projection).map_err(calc_error(file))?;
            use crate::report::tracking::{tracking_csv, tracking_json, tracking_table};
            Ok(match format {
                TrackFormat::Table => tracking_table(&scenario, &tracking),
                TrackFormat::Json => tracking_json(&scenario, &tracking),
                TrackFormat::Csv => tracking_csv(&tracking),
            })
        }
        Command::Actuals {
            command: ActualsCommand::Import { scenario, csv },
        } => {
            let imported = crate::files::actuals_csv::import_actuals(scenario, csv)?;
            let months = |list: &[u32]| {
                list.iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let mut out = format!(
                "{}: merged {} measured month(s) from {}",
                scenario.display(),
                imported.months.len(),
                csv.display()
            );
            if !imported.months.is_empty() {
                out.push_str(&format!(" (months {})", months(&imported.months)));
            }
            if !imported.cleared.is_empty() {
                out.push_str(&format!(
                    "; cleared months with no measure: {}",
                    months(&imported.cleared)
                ));
            }
            out.push('\n');
            Ok(out)
        }
        Command::GoalSeek {
            file,
            driver,
            roi,
            payback,
            format,
        } => {
            let driver = *driver;
            let scenario = load_scenario(file)?;
            let target = match (roi, payback) {
                (Some(roi), _) => Target::RoiPct(*roi),
                (None, Some(months)) => Target::PaybackMonths(*months),
                // clap requires one of the two.
                (None, None) => Target::RoiPct(Decimal::ZERO),
            };
            let result = goal_seek(&scenario, driver, target).map_err(calc_error(file))?;
            Ok(match format {
                AnalysisFormat::Table => goal_seek_table(&result, &scenario),
                AnalysisFormat::Json => goal_seek_json(&result, &scenario),
            })
        }
        Command::Completions { shell } => Ok(completions(*shell)),
        Command::Manpages { out_dir } => {
            write_manual_pages(out_dir).map_err(|source| CliError::Write {
                path: out_dir.clone(),
                source,
            })?;
            Ok(String::new())
        }
    }
}

/// The completion script for `shell`, generated from the same definition that parses the
/// command line (so it never falls behind an option).
pub fn completions(shell: CompletionShell) -> String {
    use clap::CommandFactory as _;
    use clap_complete::Shell;
    let shell = match shell {
        CompletionShell::Bash => Shell::Bash,
        CompletionShell::Zsh => Shell::Zsh,
        CompletionShell::Fish => Shell::Fish,
    };
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "crm-roi", &mut script);
    String::from_utf8_lossy(&script).into_owned()
}

/// The manual page `crm-roi(1)` in roff: clap_mangen's from the command's definition, with
/// the exit status, the files and the environment added (in place of `--help`'s one-line
/// exit status).
pub fn manual_page() -> String {
    use clap::CommandFactory as _;
    let command = Cli::command().after_long_help(None::<&str>);
    let mut page = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = clap_mangen::Man::new(command).render(&mut page);
    let mut page = String::from_utf8_lossy(&page).into_owned();
    page.push_str(MANUAL_EXTRA);
    page
}

/// `crm-roi.1` and a page for each command (`crm-roi-report.1`, …), which the main page's
/// list of commands refers to.
pub fn write_manual_pages(dir: &Path) -> std::io::Result<()> {
    use clap::CommandFactory as _;
    std::fs::create_dir_all(dir)?;
    for sub in Cli::command()
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
    {
        let name = format!("crm-roi-{}", sub.get_name());
        let usage = format!("crm-roi {}", sub.get_name());
        let page = sub.clone().name(name.clone()).bin_name(usage);
        let mut roff = Vec::new();
        clap_mangen::Man::new(page).render(&mut roff)?;
        std::fs::write(dir.join(format!("{name}.1")), roff)?;
    }
    std::fs::write(dir.join("crm-roi.1"), manual_page())
}

/// The manual's sections clap has no place for.
const MANUAL_EXTRA: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Done.
.TP
\fB1\fR
An input was refused (a scenario file, a scenario that does not compute, a CSV) or the output
could not be written. The message on standard error names the file and the problem.
.TP
\fB2\fR
A usage error: an unknown command or option, or a bad argument.
.SH FILES
.TP
\fI~/.local/share/crm-roi/app.ron\fR
The window's settings: the language and the last file opened.
.TP
\fI~/.local/share/crm-roi/recovery/\fR
Copies of unsaved work, offered back after a crash.
.SH ENVIRONMENT
.TP
\fBLC_ALL\fR, \fBLC_MESSAGES\fR, \fBLANG\fR
The language when \fB\-\-lang\fR is not given (English by default).
.TP
\fBCRM_ROI_DATA_DIR\fR
Keep the settings and recovery copies in this folder instead.
.SH EXAMPLES
.nf
crm\-roi scenario.ron
crm\-roi report scenario.ron \-\-format html > report.html
crm\-roi \-\-lang pl report scenario.ron
crm\-roi goal\-seek scenario.ron \-\-driver cross_sell_uplift_pct \-\-roi 100
.fi
"#;
