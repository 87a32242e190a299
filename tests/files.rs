//! Scenario files: hostile input gives a clear error naming the file, saves are atomic.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use crm_roi::Scenario;
use crm_roi::files::{FileError, load_scenario, parse_scenario, save_scenario, to_ron_string};
use rust_decimal::Decimal;

const VALID: &str = include_str!("../assets/scenarios/defaults.ron");

/// A valid file with one line replaced.
fn with(old: &str, new: &str) -> Vec<u8> {
    assert!(VALID.contains(old), "{old} is in the defaults file");
    VALID.replacen(old, new, 1).into_bytes()
}

/// A `lines` list holding one line named "x" with `fields`.
fn line(fields: &str) -> String {
    format!("lines: [(name: \"x\", {fields})],")
}

/// (case name, file content, text the message must contain)
fn hostile_files() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let truncated = VALID.as_bytes()[..VALID.len() / 2].to_vec();
    let mut not_utf8 = VALID.as_bytes().to_vec();
    not_utf8.splice(40..40, [0xff, 0xfe, 0x00]);
    vec![
        ("empty file", Vec::new(), "line 1"),
        ("only whitespace", b"  \n\n ".to_vec(), "line"),
        ("truncated", truncated, "line"),
        (
            "missing closing parenthesis",
            VALID.trim_end().trim_end_matches(')').as_bytes().to_vec(),
            "line",
        ),
        (
            "missing opening parenthesis",
            VALID.replacen("\n(\n", "\n\n", 1).into_bytes(),
            "line",
        ),
        ("not UTF-8", not_utf8, "not UTF-8"),
        (
            "binary garbage",
            vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0],
            "not UTF-8",
        ),
        (
            "JSON instead of RON",
            br#"{"version": 1, "name": "x"}"#.to_vec(),
            "line 1",
        ),
        ("a list", b"[1, 2, 3]".to_vec(), "line 1"),
        (
            "version 3",
            with("version: 2", "version: 3"),
            "version 3 is newer than this build of crm-roi reads (versions 1 to 2)",
        ),
        (
            "version 99 with new fields",
            with("version: 2,", "version: 99, colour: \"red\","),
            "version 99",
        ),
        (
            "version 0",
            with("version: 2", "version: 0"),
            "version 0 does not exist",
        ),
        (
            "negative version",
            with("version: 2", "version: -1"),
            "line 5",
        ),
        (
            "unknown top-level field",
            with(
                "horizon_months: 12,",
                "horizon_months: 12, colour: \"red\",",
            ),
            "colour",
        ),
        (
            "unknown nested field",
            with("seats: 10,", "seats: 10, managers: 2,"),
            "managers",
        ),
        (
            "seats as text",
            with("seats: 10", "seats: \"ten\""),
            "line 10",
        ),
        ("seats negative", with("seats: 10", "seats: -3"), "line 10"),
        ("seats zero", with("seats: 10", "seats: 0"), "seats is 0"),
        (
            "seats too many",
            with("seats: 10", "seats: 1000000"),
            "seats is 1000000",
        ),
        (
            "seats fractional",
            with("seats: 10", "seats: 2.5"),
            "line 10",
        ),
        (
            "negative money",
            with("revenue_per_deal: \"2500\"", "revenue_per_deal: \"-2500\""),
            "revenue_per_deal is -2500",
        ),
        (
            "money not a number",
            with("revenue_per_deal: \"2500\"", "revenue_per_deal: \"lots\""),
            "line 16",
        ),
        (
            "money as a list",
            with("revenue_per_deal: \"2500\"", "revenue_per_deal: [2500]"),
            "line 16",
        ),
        (
            "huge number 1e40",
            with("revenue_per_deal: \"2500\"", "revenue_per_deal: 1e40"),
            "line 16",
        ),
        (
            "huge number as text",
            with("revenue_per_deal: \"2500\"", "revenue_per_deal: \"1e40\""),
            "line 16",
        ),
        (
            "money above the ceiling",
            with(
                "revenue_per_deal: \"2500\"",
                "revenue_per_deal: \"5000000000000\"",
            ),
            "revenue_per_deal",
        ),
        (
            "NaN",
            with("gross_margin_pct: \"60\"", "gross_margin_pct: \"NaN\""),
            "line 17",
        ),
        (
            "infinity",
            with("gross_margin_pct: \"60\"", "gross_margin_pct: inf"),
            "line 17",
        ),
        (
            "margin above 100",
            with("gross_margin_pct: \"60\"", "gross_margin_pct: \"150\""),
            "gross_margin_pct is 150, allowed: 0 to 100",
        ),
        (
            "cycle reduction 100 %",
            with(
                "cycle_time_reduction_pct: \"10\"",
                "cycle_time_reduction_pct: \"100\"",
            ),
            "0 to 90",
        ),
        (
            "horizon 0",
            with("horizon_months: 12", "horizon_months: 0"),
            "horizon_months is 0",
        ),
        (
            "horizon 61",
            with("horizon_months: 12", "horizon_months: 61"),
            "1 to 60",
        ),
        (
            "working hours 0",
            with(
                "working_hours_per_month: \"160\"",
                "working_hours_per_month: \"0\"",
            ),
            "working_hours_per_month",
        ),
        (
            "currency lower case",
            with("currency: \"EUR\"", "currency: \"eur\""),
            "currency",
        ),
        (
            "currency as number",
            with("currency: \"EUR\"", "currency: 978"),
            "line 7",
        ),
        (
            "group given as a number",
            with("finance: (", "finance: 5, finance2: ("),
            "line",
        ),
        (
            "duplicate field",
            with("seats: 10,", "seats: 10, seats: 11,"),
            "seats",
        ),
        (
            "unclosed string",
            with("name: \"Defaults\"", "name: \"Defaults"),
            "line",
        ),
        (
            "range with unknown driver",
            with(
                "    finance: (",
                "    ranges: { \"luck\": (low: \"1\", likely: \"2\", high: \"3\") },\n    finance: (",
            ),
            "ranges.luck",
        ),
        (
            "range out of order",
            with(
                "    finance: (",
                "    ranges: { \"adoption_pct\": (low: \"95\", likely: \"90\", high: \"96\") },\n    finance: (",
            ),
            "low <= likely <= high",
        ),
        (
            "range centred off the driver's value",
            with(
                "    finance: (",
                "    ranges: { \"adoption_pct\": (low: \"40\", likely: \"50\", high: \"95\") },\n    finance: (",
            ),
            "likely 50, allowed: the value of adoption_pct in the scenario, 90",
        ),
        (
            "extra line of an unknown kind",
            with(
                "lines: [],",
                &line("kind: Bonus, amount: \"300\", per: Month"),
            ),
            "Bonus",
        ),
        (
            "extra line per week",
            with(
                "lines: [],",
                &line("kind: Gain, amount: \"300\", per: Week"),
            ),
            "Week",
        ),
        (
            "extra line ending before it starts",
            with(
                "lines: [],",
                &line("kind: Cost, amount: \"300\", per: Month, from_month: 12, to_month: 3"),
            ),
            "lines[0].to_month is 3, allowed: from_month (12) to 60",
        ),
        (
            "extra line starting after month 60",
            with(
                "lines: [],",
                &line("kind: Cost, amount: \"300\", per: Once, from_month: 61"),
            ),
            "lines[0].from_month is 61",
        ),
        (
            "51 extra lines",
            with(
                "lines: [],",
                &format!(
                    "lines: [{}],",
                    vec!["(name: \"x\", kind: Cost, amount: \"1\", per: Month)"; 51].join(", ")
                ),
            ),
            "lines is 51 lines, allowed: at most 50 lines",
        ),
        (
            "extra line with an empty name",
            with(
                "lines: [],",
                "lines: [(name: \"  \", kind: Cost, amount: \"1\", per: Month)],",
            ),
            "lines[0].name is empty",
        ),
        (
            "extra line with a 101-character name",
            with(
                "lines: [],",
                &format!(
                    "lines: [(name: \"{}\", kind: Cost, amount: \"1\", per: Month)],",
                    "n".repeat(101)
                ),
            ),
            "lines[0].name is 101 characters long",
        ),
        (
            "extra line with a negative amount",
            with(
                "lines: [],",
                &line("kind: Cost, amount: \"-300\", per: Month"),
            ),
            "lines[0].amount is -300",
        ),
        (
            "extra line with a huge amount",
            with(
                "lines: [],",
                &line("kind: Gain, amount: \"1e15\", per: Month"),
            ),
            "amount",
        ),
        (
            "extra line without an amount",
            with("lines: [],", &line("kind: Gain, per: Month")),
            "amount",
        ),
        (
            "billing weekly",
            with("licence_billing: Monthly", "licence_billing: Weekly"),
            "Weekly",
        ),
        (
            "churn above 100",
            with("monthly_churn_pct: \"0\"", "monthly_churn_pct: \"120\""),
            "monthly_churn_pct is 120, allowed: 0 to 100",
        ),
        (
            "negative customers",
            with("active_customers: \"0\"", "active_customers: \"-4\""),
            "active_customers is -4",
        ),
        (
            "rollout hours above the limit",
            with(
                "internal_rollout_hours: \"0\"",
                "internal_rollout_hours: \"2000000\"",
            ),
            "internal_rollout_hours is 2000000, allowed: 0 to 1000000",
        ),
        (
            "range outside valid range",
            with(
                "    finance: (",
                "    ranges: { \"adoption_pct\": (low: \"50\", likely: \"80\", high: \"120\") },\n    finance: (",
            ),
            "ranges.adoption_pct",
        ),
    ]
}

#[test]
fn hostile_files_give_clear_errors_naming_the_file() {
    let cases = hostile_files();
    assert!(cases.len() >= 30);
    for (case, bytes, expected) in cases {
        let path = Path::new("hostile/case.ron");
        let error = parse_scenario(&bytes, path).expect_err(case);
        let message = error.to_string();
        assert!(
            message.starts_with("hostile/case.ron: "),
            "{case}: {message}"
        );
        assert!(
            message.contains(expected),
            "{case}: expected {expected:?} in {message:?}"
        );
    }
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let error = parse_scenario(&with("seats: 10", "seats: \"ten\""), "x.ron".as_ref()).unwrap_err();
    let position = error.position().expect("a position");
    assert_eq!(position.line, 10);
    assert!(position.column > 1);
}

#[test]
fn the_command_line_refuses_hostile_files_on_stderr_only() {
    let dir = tempfile::tempdir().unwrap();
    for (case, bytes, expected) in hostile_files() {
        let path = dir.path().join("case.ron");
        fs::write(&path, &bytes).unwrap();
        for format in ["table", "csv", "json", "md"] {
            let output = Command::new(env!("CARGO_BIN_EXE_crm-roi"))
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env("LANG", "C.UTF-8")
                .args(["report", path.to_str().unwrap(), "--format", format])
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(!output.status.success(), "{case}");
            assert!(output.stdout.is_empty(), "{case}: stdout not empty");
            assert!(stderr.contains("case.ron"), "{case}: {stderr}");
            assert!(stderr.contains(expected), "{case}: {stderr}");
        }
    }
}

#[test]
fn a_missing_file_is_named() {
    let error = load_scenario("no/such/scenario.ron".as_ref()).unwrap_err();
    assert!(matches!(error, FileError::Read { .. }));
    assert!(
        error
            .to_string()
            .starts_with("no/such/scenario.ron: cannot read")
    );
}

#[test]
fn missing_fields_take_their_defaults() {
    let scenario =
        parse_scenario(b"(name: \"Short\", team: (seats: 3))", "short.ron".as_ref()).unwrap();
    let expected = Scenario {
        name: "Short".into(),
        team: crm_roi::model::scenario::Team {
            seats: 3,
            ..Default::default()
        },
        ..Scenario::default()
    };
    assert_eq!(scenario, expected);
}

#[test]
fn plain_numbers_are_read_as_decimals() {
    let scenario = parse_scenario(
        b"(baseline: (revenue_per_deal: 2500.5, gross_margin_pct: 60), costs: (seat_cost_per_month: 0.1))",
        "numbers.ron".as_ref(),
    )
    .unwrap();
    assert_eq!(scenario.baseline.revenue_per_deal, common::dec("2500.5"));
    assert_eq!(scenario.baseline.gross_margin_pct, common::dec("60"));
    assert_eq!(scenario.costs.seat_cost_per_month, common::dec("0.1"));
}

#[test]
fn saved_files_are_human_readable_and_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("saved.ron");
    let mut scenario = Scenario {
        notes: "Assumes the Q3 price list.".into(),
        ..Scenario::default()
    };
    scenario.ranges.insert(
        "adoption_pct".into(),
        crm_roi::model::scenario::Triangle {
            low: common::dec("60"),
            likely: common::dec("90"),
            high: common::dec("95"),
        },
    );
    save_scenario(&path, &scenario).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("revenue_per_deal: \"2500\""), "{text}");
    assert!(text.contains("\"adoption_pct\": (\n"), "{text}");
    // Stable field order: version first, ranges last, as in the spec.
    assert!(text.find("version").unwrap() < text.find("team").unwrap());
    assert!(text.find("finance").unwrap() < text.find("ranges").unwrap());
    assert_eq!(load_scenario(&path).unwrap(), scenario);
    // Saving again gives the same bytes.
    assert_eq!(to_ron_string(&scenario).unwrap(), text);
    // No temporary files are left behind.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn saving_replaces_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    fs::write(&path, "old").unwrap();
    save_scenario(&path, &Scenario::default()).unwrap();
    assert_eq!(load_scenario(&path).unwrap(), Scenario::default());
}

/// The check itself: a save into `dir` (read-only) fails, names the file, and leaves the
/// existing file byte for byte as it was.
fn assert_save_into_read_only_folder_fails(dir: &Path) {
    let path = dir.join("existing.ron");
    let before = fs::read(&path).unwrap();
    let changed = Scenario {
        name: "Changed".into(),
        ..Scenario::default()
    };
    let error = save_scenario(&path, &changed).expect_err("the folder is read-only");
    let message = error.to_string();
    assert!(message.contains("existing.ron: cannot save"), "{message}");
    assert!(
        message.to_lowercase().contains("permission denied"),
        "{message}"
    );
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(
        fs::read_dir(dir).unwrap().count(),
        1,
        "no temporary file left"
    );
}

#[cfg(unix)]
#[test]
fn saving_into_a_read_only_folder_fails_and_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt as _;

    let root = tempfile::tempdir().unwrap();
    fs::set_permissions(root.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let dir = root.path().join("read-only");
    fs::create_dir(&dir).unwrap();
    save_scenario(&dir.join("existing.ron"), &Scenario::default()).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o555)).unwrap();

    let probe = dir.join("probe");
    if fs::write(&probe, b"").is_err() {
        assert_save_into_read_only_folder_fails(&dir);
    } else {
        // Running as root, permissions do not bind: run the check as an unprivileged user.
        fs::remove_file(&probe).unwrap();
        fs::set_permissions(dir.join("existing.ron"), fs::Permissions::from_mode(0o644)).unwrap();
        // A copy of this test binary where that user can run it, wherever the checkout is.
        let binary = root.path().join("files-test");
        fs::copy(std::env::current_exe().unwrap(), &binary).unwrap();
        fs::set_permissions(&binary, fs::Permissions::from_mode(0o755)).unwrap();
        let output = Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(&binary)
            .args([
                "--exact",
                "read_only_folder_check_as_another_user",
                "--nocapture",
            ])
            .env("CRM_ROI_READ_ONLY_DIR", &dir)
            .output()
            .expect("setpriv (util-linux) runs the check as nobody");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "{stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(stdout.contains("1 passed"), "{stdout}");
        assert!(stdout.contains("checked read-only folder"), "{stdout}");
    }
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
}

/// Runs only when the test above starts it as another user.
#[test]
fn read_only_folder_check_as_another_user() {
    if let Some(dir) = std::env::var_os("CRM_ROI_READ_ONLY_DIR") {
        assert_save_into_read_only_folder_fails(Path::new(&dir));
        println!("checked read-only folder");
    }
}

#[cfg(unix)]
#[test]
fn saving_through_a_symbolic_link_writes_the_file_it_points_to() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("plans").join("real.ron");
    fs::create_dir(real.parent().unwrap()).unwrap();
    save_scenario(&real, &Scenario::default()).unwrap();
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink("plans/real.ron", &link).unwrap();
    let changed = Scenario {
        name: "Through the link".into(),
        ..Scenario::default()
    };
    save_scenario(&link, &changed).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    assert_eq!(load_scenario(&real).unwrap().name, "Through the link");
    // No temporary file beside the link or the file.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
    assert_eq!(fs::read_dir(real.parent().unwrap()).unwrap().count(), 1);
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_files_permissions_and_a_new_file_follows_the_umask() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.ron");
    save_scenario(&path, &Scenario::default()).unwrap();
    // A new file gets the mode any program's new file gets here (0666 less the umask).
    let probe = dir.path().join("probe");
    fs::File::create(&probe).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), mode(&probe));
    for kept in [0o640, 0o664, 0o600] {
        fs::set_permissions(&path, fs::Permissions::from_mode(kept)).unwrap();
        save_scenario(&path, &Scenario::default()).unwrap();
        assert_eq!(mode(&path), kept, "{kept:o}");
    }
    // A read-only file is not replaced: the user marked it so.
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let error = save_scenario(&path, &Scenario::default()).unwrap_err();
    assert!(error.to_string().contains("read-only"), "{error}");
}

#[test]
fn a_save_that_fails_half_way_leaves_no_temporary_file() {
    // The target is a folder: everything is written, then the rename fails.
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.ron");
    fs::create_dir(&target).unwrap();
    let error = save_scenario(&target, &Scenario::default()).unwrap_err();
    assert!(error.to_string().contains("plan.ron"), "{error}");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no leftover");
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_device_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.ron");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    // Reading a FIFO would wait for a writer forever: refused at once instead.
    let error = load_scenario(&fifo).unwrap_err().to_string();
    assert!(
        error.contains("fifo.ron") && error.contains("not a regular file"),
        "{error}"
    );
    let error = load_scenario(Path::new("/dev/zero"))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("/dev/zero") && error.contains("not a regular file"),
        "{error}"
    );
    let csv = crm_roi::files::actuals_csv::read_actuals_csv(&fifo, 12)
        .unwrap_err()
        .to_string();
    assert!(csv.contains("not a regular file"), "{csv}");
    common::assert_cli_refuses(&["report", fifo.to_str().unwrap()]);
}

#[test]
fn an_oversized_file_is_refused_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.ron");
    let file = fs::File::create(&big).unwrap();
    // Sparse: 2 GB on paper, nothing on disk; refused by its size, never read.
    file.set_len(2 * 1024 * 1024 * 1024).unwrap();
    let error = load_scenario(&big).unwrap_err().to_string();
    assert!(
        error.contains("big.ron") && error.contains("2048 MB") && error.contains("8 MB limit"),
        "{error}"
    );
    let csv = crm_roi::files::actuals_csv::read_actuals_csv(&big, 12)
        .unwrap_err()
        .to_string();
    assert!(csv.contains("8 MB limit"), "{csv}");
}

#[test]
fn messages_are_capped_however_many_problems_a_file_has() {
    let base = fs::read_to_string(common::example("defaults.ron")).unwrap();
    let keys: Vec<String> = (0..100_000)
        .map(|i| format!("\"bogus_{i}\": (low: \"1\", likely: \"2\", high: \"3\")"))
        .collect();
    let text = base.trim_end().trim_end_matches(')').to_owned()
        + &format!("    ranges: {{ {} }},\n)\n", keys.join(", "));
    let error = parse_scenario(text.as_bytes(), Path::new("many.ron"))
        .unwrap_err()
        .to_string();
    assert!(error.len() < 4_000, "{} bytes", error.len());
    assert!(error.contains("ranges is 100000 entries"), "{error}");
    assert!(error.contains("more problems"), "{error}");
    // A field name megabytes long is quoted clipped.
    let long = format!("(\n    {}: 1,\n)", "x".repeat(1_000_000));
    let error = parse_scenario(long.as_bytes(), Path::new("long.ron"))
        .unwrap_err()
        .to_string();
    assert!(error.len() < 1_000, "{} bytes", error.len());
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(fs::read(common::example("defaults.ron")).unwrap());
    let scenario = parse_scenario(&bytes, Path::new("notepad.ron")).unwrap();
    assert_eq!(
        scenario,
        load_scenario(&common::example("defaults.ron")).unwrap()
    );
}

#[test]
fn an_extreme_but_valid_scenario_is_computed_and_says_what_it_cannot_show() {
    let mut s = Scenario::default();
    for driver in crm_roi::Driver::ALL {
        driver.set(&mut s, driver.max());
    }
    s.finance.benefit_risk_pct = common::dec("0");
    // Almost nothing spent: an ROI far beyond what a decimal holds.
    let tiny = common::dec("0.0000000000000000000000000001");
    s.costs.seat_cost_per_month = tiny;
    s.costs.implementation_cost = tiny;
    s.costs.training_cost_per_seat = Decimal::ZERO;
    s.costs.admin_cost_per_month = Decimal::ZERO;
    s.costs.internal_rollout_hours = Decimal::ZERO;
    s.validate().unwrap();
    let projection = crm_roi::project(&s).expect("a valid scenario is never refused");
    assert_eq!(
        projection.summary.roi_pct,
        Some(crm_roi::model::checked::ROI_LIMIT_PCT)
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("extreme.ron");
    save_scenario(&path, &s).unwrap();
    let path = path.to_str().unwrap();
    let table = common::run_cli(&["report", path]);
    assert!(table.contains("beyond 10^20 %"), "{table}");
    // Every other figure is shown.
    assert!(
        table.contains("Net gain") && table.contains("NPV"),
        "{table}"
    );
    for format in ["json", "csv", "md", "html", "years"] {
        common::run_cli(&["report", path, "--format", format]);
    }
    for command in ["sensitivity", "track"] {
        common::run_cli(&[command, path]);
    }
}
