use std::fmt::Write as _;

use super::{readable_rows, summary_lines};
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;

/// A Markdown report: a heading, the summary as a two-column table, then the months.
pub fn markdown(scenario: &Scenario, projection: &Projection) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", super::markdown_text(&scenario.name));
    let _ = writeln!(out, "Amounts in {}.\n", scenario.currency);
    out.push_str("| Figure | Value |\n|:--|--:|\n");
    for (label, value) in summary_lines(scenario, projection) {
        let _ = writeln!(out, "| {label} | {value} |");
    }
    out.push('\n');
    for note in super::notes(scenario, projection) {
        let _ = writeln!(out, "> Note: {note}\n");
    }
    super::years::years_markdown(&mut out, scenario, projection);
    lines_markdown(&mut out, scenario);
    if scenario
        .actuals
        .as_ref()
        .is_some_and(|a| !a.months.is_empty() || a.one_time_cost.is_some())
        && let Ok(tracking) = crate::model::tracking::track(scenario, projection)
    {
        super::tracking::tracking_markdown(&mut out, scenario, &tracking);
    }
    if !scenario.notes.trim().is_empty() {
        out.push_str("## Notes\n\n");
        // Line by line, each kept on its own line (a trailing double space is a Markdown
        // line break), so a note keeps its shape and cannot add headings or tables.
        for line in scenario.notes.lines() {
            let _ = writeln!(out, "{}  ", super::markdown_text(line));
        }
        out.push('\n');
    }
    out.push_str("## Month by month\n\n");
    let (header, rows) = readable_rows(projection);
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}", "--:|".repeat(header.len()));
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out
}

/// The extra lines, when the scenario has any.
fn lines_markdown(out: &mut String, scenario: &Scenario) {
    if scenario.lines.is_empty() {
        return;
    }
    out.push_str(
        "## Extra lines\n\n| Line | Kind | Amount | Per | Months |\n|:--|:--|--:|:--|:--|\n",
    );
    for line in &scenario.lines {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            super::markdown_text(&line.name),
            super::line_kind_text(line.kind),
            crate::locale::format::money(line.amount, &scenario.currency),
            super::line_per_text(line.per),
            super::line_months_text(line, scenario.horizon_months),
        );
    }
    out.push('\n');
}
