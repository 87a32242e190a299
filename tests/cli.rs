//! `crm-roi report` prints what the library computes.

mod common;

use crm_roi::files::load_scenario;
use crm_roi::locale::format::plain;
use crm_roi::project;

fn report(file: &str, format: &str) -> String {
    let path = format!("assets/scenarios/{file}");
    common::run_cli(&["report", &path, "--format", format])
}

#[test]
fn json_report_matches_the_spec_shape_and_the_engine() {
    let json: serde_json::Value = serde_json::from_str(&report("defaults.ron", "json")).unwrap();
    let summary = &json["summary"];
    assert_eq!(summary["total_cost"], "36400.00");
    assert_eq!(summary["total_gain"], "141817.50");
    assert_eq!(summary["net_gain"], "105417.50");
    assert_eq!(summary["roi_pct"], "289.61");
    assert_eq!(summary["payback_months"], "2.79");
    assert_eq!(summary["npv"], "98693.30");
    assert_eq!(summary["discounted_roi_pct"], "277.77");
    assert_eq!(summary["monthly_gain_at_full_adoption"], "12892.50");
    assert_eq!(summary["monthly_net_at_full_adoption"], "11442.50");
    let months = json["months"].as_array().unwrap();
    assert_eq!(months.len(), 13);
    assert_eq!(months[1]["gains"]["faster_cycle"], "1800.00");
    assert_eq!(months[1]["gains"]["productivity"], "877.50");
    assert_eq!(months[12]["cumulative_net"], "105417.50");
}

#[test]
fn json_has_null_where_there_is_no_value() {
    let json: serde_json::Value =
        serde_json::from_str(&report("vendor-quick-estimate.ron", "json")).unwrap();
    assert!(json["months"][0]["roi_pct"].is_null());
    let json: serde_json::Value =
        serde_json::from_str(&report("cautious-founder.ron", "json")).unwrap();
    assert!(json["summary"]["payback_months"].is_null());
}

#[test]
fn csv_report_has_one_row_per_month_with_the_engines_rounded_values() {
    for file in ["large-team.ron", "subscription-2-years.ron"] {
        let csv = report(file, "csv");
        let scenario = load_scenario(&common::example(file)).unwrap();
        let projection = project(&scenario).unwrap();
        let mut lines = csv.lines();
        assert_eq!(
            lines.next().unwrap(),
            "month,cost,gain,net,cumulative_cost,cumulative_gain,cumulative_net,roi_pct,\
             cross_sell,faster_cycle,win_rate,productivity,retention,acquisition,support,\
             other_gains,licences,admin,one_time,other_costs"
        );
        let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
        assert_eq!(rows.len(), projection.months.len());
        for (row, month) in rows.iter().zip(&projection.months) {
            assert_eq!(row.len(), 20);
            assert_eq!(row[0], month.month.to_string());
            assert_eq!(row[2], plain(month.gain));
            assert_eq!(row[6], plain(month.cumulative_net));
            assert_eq!(row[11], plain(month.gains.productivity));
            assert_eq!(row[12], plain(month.gains.retention));
            assert_eq!(row[15], plain(month.gains.other_gains));
            assert_eq!(row[16], plain(month.costs.licences));
            assert_eq!(row[19], plain(month.costs.other_costs));
        }
    }
}

#[test]
fn table_report_is_aligned_with_grouped_money_and_currency() {
    let table = report("defaults.ron", "table");
    assert!(
        table.contains("Net gain                       105,417.50 EUR"),
        "{table}"
    );
    assert!(
        table.contains("Payback                        2.79 months"),
        "{table}"
    );
    let month_lines: Vec<&str> = table
        .lines()
        .skip_while(|l| !l.starts_with("Month"))
        .collect();
    assert_eq!(month_lines.len(), 2 + 13);
    let width = month_lines[0].len();
    assert!(month_lines.iter().all(|l| l.len() == width), "{table}");
    assert!(table.contains("141,817.50"));
}

#[test]
fn markdown_report_is_a_table() {
    let md = report("200-percent.ron", "md");
    assert!(md.starts_with("# The 200 % case"));
    assert!(md.contains("| ROI | 200.00 % |"));
}

#[test]
fn unknown_format_and_missing_file_fail_with_nothing_on_stdout() {
    for args in [
        vec!["report", "nope.ron"],
        vec!["report", "assets/scenarios/defaults.ron", "--format", "xml"],
        vec!["report"],
    ] {
        common::assert_cli_refuses(&args);
    }
}

fn bin() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_crm-roi"));
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    command
}

#[cfg(unix)]
#[test]
fn a_reader_that_goes_away_ends_the_command_quietly() {
    use std::process::Stdio;
    // `crm-roi risk … | head -1`: the reader closes the pipe after the first line.
    let mut child = bin()
        .args([
            "risk",
            "assets/scenarios/cautious-founder.ron",
            "--format",
            "json",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(output.status.code(), Some(0));
}

#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_is_an_error_not_a_panic_nor_a_silent_success() {
    // A full disk.
    let full = std::fs::File::create("/dev/full").unwrap();
    let output = bin()
        .args(["report", "assets/scenarios/defaults.ron"])
        .stdout(full)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot write the output"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    // Standard output closed by the caller (`>&-`).
    let output = std::process::Command::new("sh")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .arg("-c")
        .arg(format!(
            "{} report assets/scenarios/defaults.ron >&-",
            env!("CARGO_BIN_EXE_crm-roi")
        ))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("standard output is closed"), "{stderr}");
    // `> /dev/null` is a reader like any other.
    let output = bin()
        .args(["report", "assets/scenarios/defaults.ron"])
        .stdout(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn negative_targets_are_values_and_bad_arguments_are_blamed_on_the_argument() {
    let file = "assets/scenarios/defaults.ron";
    let spaced = common::run_cli(&[
        "goal-seek",
        file,
        "--driver",
        "seats",
        "--roi",
        "-50",
        "--format",
        "json",
    ]);
    let joined = common::run_cli(&[
        "goal-seek",
        file,
        "--driver",
        "seats",
        "--roi=-50",
        "--format",
        "json",
    ]);
    assert_eq!(spaced, joined);
    assert!(spaced.contains("\"target\": \"-50"), "{spaced}");
    for (args, blamed) in [
        (vec!["sensitivity", file, "--swing", "150"], "--swing"),
        (vec!["sensitivity", file, "--swing", "-5"], "--swing"),
        (vec!["risk", file, "--runs", "0"], "--runs"),
        (
            vec!["goal-seek", file, "--driver", "bogus", "--roi", "5"],
            "--driver",
        ),
    ] {
        let output = bin().args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(blamed), "{args:?}: {stderr}");
        assert!(!stderr.contains("defaults.ron"), "{args:?}: {stderr}");
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn a_name_cannot_act_on_a_terminal_or_add_to_a_markdown_table() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.ron");
    let scenario = crm_roi::Scenario {
        name: "Evil\u{1b}[2J\u{1b}]0;pwned\u{7} | x |\n# Fake heading <script>alert(1)</script>"
            .into(),
        notes: "line one\n| a | b |\n<img src=x onerror=alert(1)>".into(),
        ..crm_roi::Scenario::default()
    };
    crm_roi::files::save_scenario(&path, &scenario).unwrap();
    let path = path.to_str().unwrap();
    for args in [
        vec!["report", path],
        vec!["report", path, "--format", "years"],
        vec!["sensitivity", path],
        vec!["track", path],
    ] {
        let out = common::run_cli(&args);
        assert!(
            !out.chars()
                .any(|c| c.is_control() && c != '\n' && c != '\r'),
            "{args:?}: {out:?}"
        );
    }
    let md = common::run_cli(&["report", path, "--format", "md"]);
    assert!(!md.contains("<script>") && !md.contains("<img"), "{md}");
    assert!(!md.contains("\n# Fake heading"), "{md}");
    // The name stays on its line: no table row or heading of its own.
    let name_line = md.lines().find(|l| l.contains("Evil")).unwrap();
    assert!(name_line.contains("Fake heading"), "{name_line}");
    assert!(name_line.contains("\\|"), "{name_line}");
}

#[test]
fn version_completions_and_manual_pages_come_from_the_command_itself() {
    assert_eq!(
        common::run_cli(&["--version"]).trim(),
        format!("crm-roi {}", env!("CARGO_PKG_VERSION"))
    );
    let bash = common::run_cli(&["completions", "bash"]);
    assert!(bash.contains("complete -F"), "{bash}");
    // Every command is offered, the newest included.
    for command in ["report", "goal-seek", "track", "completions"] {
        assert!(bash.contains(command), "bash lacks {command}");
    }
    assert!(common::run_cli(&["completions", "zsh"]).starts_with("#compdef crm-roi"));
    assert!(common::run_cli(&["completions", "fish"]).contains("complete -c crm-roi"));
    common::assert_cli_refuses(&["completions", "tcsh"]);

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("man");
    common::run_cli(&["manpages", out.to_str().unwrap()]);
    let main = std::fs::read_to_string(out.join("crm-roi.1")).unwrap();
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        "EXIT STATUS",
        ".SH FILES",
        ".SH ENVIRONMENT",
    ] {
        assert!(main.contains(section), "crm-roi.1 lacks {section}");
    }
    let report = std::fs::read_to_string(out.join("crm-roi-report.1")).unwrap();
    assert!(report.contains("crm\\-roi report"), "{report}");
    assert!(report.contains("\\-\\-format"), "{report}");
}
