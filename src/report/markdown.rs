use std::fmt::Write as _;

use super::{readable_rows, summary_lines};
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;

/// A Markdown report: a heading, the summary as a two-column table, then the months.
pub fn markdown(scenario: &Scenario, projection: &Projection) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", scenario.name);
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
            line.name,
            super::line_kind_text(line.kind),
            crate::locale::format::money(line.amount, &scenario.currency),
            super::line_per_text(line.per),
            super::line_months_text(line, scenario.horizon_months),
        );
    }
    out.push('\n');
}
