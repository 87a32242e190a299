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
    let (header, rows) = readable_rows(projection);
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}", "--:|".repeat(header.len()));
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out
}
