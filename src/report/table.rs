use std::fmt::Write as _;

use super::{readable_rows, summary_lines};
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;
use crate::tr;

/// A plain-text report for a terminal: the summary, then the months in aligned columns.
pub fn table(scenario: &Scenario, projection: &Projection) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "report-table-title",
            name = super::terminal_text(&scenario.name),
            currency = scenario.currency.as_str(),
        )
    );
    let lines = summary_lines(scenario, projection);
    let label_width = lines
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    for (label, value) in &lines {
        let _ = writeln!(out, "  {label:<label_width$}  {value}");
    }
    for note in super::notes(scenario, projection) {
        let _ = writeln!(out, "  {}", tr!("report-note", note = note));
    }
    out.push('\n');

    let (header, rows) = readable_rows(projection);
    let widths: Vec<usize> = header
        .iter()
        .enumerate()
        .map(|(i, h)| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([h.chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        let padded: Vec<String> = cells
            .zip(&widths)
            .map(|(cell, &width)| format!("{cell:>width$}"))
            .collect();
        padded.join("  ").trim_end().to_owned()
    };
    let _ = writeln!(out, "{}", line(&mut header.iter().map(String::as_str)));
    let rules: Vec<String> = widths.iter().map(|&width| "-".repeat(width)).collect();
    let _ = writeln!(out, "{}", line(&mut rules.iter().map(String::as_str)));
    for row in &rows {
        let _ = writeln!(out, "{}", line(&mut row.iter().map(String::as_str)));
    }
    out
}
