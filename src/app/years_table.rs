//! The business case by year in the calculator: Initial, Year 1…n, Total and Present value,
//! a row per gain driver and cost kind, the totals and the net, and the footnote that names
//! the discounting convention. The figures are the projection's years (`report::years`).

use egui::{FontId, RichText, TextStyle, Ui, vec2};

use crate::locale::format::grouped;
use crate::report::years::{RowStyle, YearsTable};

pub fn ui(ui: &mut Ui, table: &YearsTable) {
    // Each column as wide as its widest cell: right-aligned cells of a fixed width, since a
    // right-to-left layout in a grid inside a sideways scroll area would grow without end.
    let font = TextStyle::Monospace.resolve(ui.style());
    let heading_font = TextStyle::Body.resolve(ui.style());
    let cells: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|row| row.values.iter().map(|v| grouped(*v, 2)).collect())
        .collect();
    let widths: Vec<f32> = table
        .columns
        .iter()
        .enumerate()
        .map(|(column, heading)| {
            let heading = text_width(ui, heading, &heading_font);
            cells
                .iter()
                .map(|row| text_width(ui, &row[column], &font))
                .fold(heading, f32::max)
        })
        .collect();
    let height = ui.spacing().interact_size.y;
    egui::ScrollArea::horizontal()
        .id_salt("years_table_scroll")
        .show(ui, |ui| {
            egui::Grid::new("years_table")
                .num_columns(table.columns.len() + 1)
                .striped(true)
                .spacing([16.0, 3.0])
                .show(ui, |ui| {
                    ui.label("");
                    for (column, width) in table.columns.iter().zip(&widths) {
                        cell(ui, RichText::new(column).strong(), *width, height);
                    }
                    ui.end_row();
                    for (row, texts) in table.rows.iter().zip(&cells) {
                        let strong = row.style != RowStyle::Part;
                        let mut label = RichText::new(match row.style {
                            RowStyle::Part => format!("   {}", row.label),
                            _ => row.label.to_owned(),
                        });
                        if strong {
                            label = label.strong();
                        }
                        ui.label(label);
                        for ((value, text), width) in row.values.iter().zip(texts).zip(&widths) {
                            let mut text = RichText::new(text).monospace();
                            if strong {
                                text = text.strong();
                            }
                            if value.is_sign_negative() && !value.is_zero() {
                                text = text.color(ui.visuals().error_fg_color);
                            }
                            cell(ui, text, *width, height);
                        }
                        ui.end_row();
                    }
                });
        });
    ui.label(RichText::new(&table.footnote).weak());
}

fn text_width(ui: &Ui, text: &str, font: &FontId) -> f32 {
    ui.painter()
        .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::WHITE)
        .size()
        .x
}

/// A right-aligned cell of a fixed width.
fn cell(ui: &mut Ui, text: RichText, width: f32, height: f32) {
    ui.allocate_ui_with_layout(
        vec2(width, height),
        egui::Layout::right_to_left(egui::Align::Center),
        |ui| {
            ui.set_min_width(width);
            ui.label(text);
        },
    );
}
