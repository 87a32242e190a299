use std::fmt::Write as _;

use super::{readable_rows, summary_lines};
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;
use crate::tr;

/// A Markdown report: a heading, the summary as a two-column table, then the months.
pub fn markdown(scenario: &Scenario, projection: &Projection) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", super::markdown_text(&scenario.name));
    let _ = writeln!(
        out,
        "{}\n",
        tr!(
            "report-md-amounts-in",
            currency = scenario.currency.as_str()
        )
    );
    let _ = writeln!(
        out,
        "| {} | {} |\n|:--|--:|",
        tr!("report-figure"),
        tr!("report-value")
    );
    for (label, value) in summary_lines(scenario, projection) {
        let _ = writeln!(out, "| {label} | {value} |");
    }
    out.push('\n');
    for note in super::notes(scenario, projection) {
        let _ = writeln!(out, "> {}\n", tr!("report-note", note = note));
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
        let _ = writeln!(out, "## {}\n", tr!("report-notes-heading"));
        // Line by line, each kept on its own line (a trailing double space is a Markdown
        // line break), so a note keeps its shape and cannot add headings or tables.
        for line in scenario.notes.lines() {
            let _ = writeln!(out, "{}  ", super::markdown_text(line));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## {}\n", tr!("report-month-by-month"));
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
    let _ = writeln!(
        out,
        "## {}\n\n| {} | {} | {} | {} | {} |\n|:--|:--|--:|:--|:--|",
        tr!("report-extra-lines"),
        tr!("report-lines-line"),
        tr!("report-lines-kind"),
        tr!("report-lines-amount"),
        tr!("report-lines-per"),
        tr!("report-lines-months"),
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
