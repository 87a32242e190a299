//! The projection month by month, right-aligned, as in the report.

use egui::{RichText, Ui};

use crate::locale::format::{grouped, percent};
use crate::model::projection::Projection;
use crate::report::{money_columns, month_headers};

pub fn ui(ui: &mut Ui, projection: &Projection) {
    let headers = month_headers();
    egui::Grid::new("month_table")
        .num_columns(headers.len())
        .striped(true)
        .spacing([16.0, 2.0])
        .show(ui, |ui| {
            for header in headers {
                right_aligned(ui, RichText::new(header).strong());
            }
            ui.end_row();
            for month in &projection.months {
                right_aligned(ui, RichText::new(month.month.to_string()).monospace());
                for value in money_columns(month) {
                    let mut text = RichText::new(grouped(value, 2)).monospace();
                    if value.is_sign_negative() && !value.is_zero() {
                        text = text.color(ui.visuals().error_fg_color);
                    }
                    right_aligned(ui, text);
                }
                right_aligned(ui, RichText::new(percent(month.roi_pct)).monospace());
                ui.end_row();
            }
        });
}

fn right_aligned(ui: &mut Ui, text: RichText) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.label(text);
    });
}
