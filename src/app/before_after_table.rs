//! The department's month before the CRM and at full adoption, side by side with the change:
//! the profit-and-loss view a CFO reads. Lines that are zero on both sides are left out.

use egui::{RichText, Ui};

use crate::locale::format::grouped;
use crate::model::before_after::{BeforeAfter, RowKind};
use crate::tr;

pub fn ui(ui: &mut Ui, view: &BeforeAfter, currency: &str) {
    ui.label(RichText::new(tr!("ba-heading", currency = currency)).strong())
        .on_hover_text(tr!("ba-heading-help"));
    // The names wrap so the table keeps to its column in any language; the numbers do not.
    let numbers_width = 3.0 * 86.0 + 4.0 * 12.0;
    let name_width = (ui.available_width() - numbers_width).max(110.0);
    egui::Grid::new("before_after")
        .num_columns(5)
        .striped(true)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            for heading in [tr!("ba-before"), tr!("ba-after"), tr!("ba-change")] {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(RichText::new(heading).strong());
                });
            }
            ui.label("");
            ui.end_row();
            for row in view.rows() {
                let decimals = match row.kind {
                    RowKind::Count => 1,
                    RowKind::Money | RowKind::Cost => 2,
                };
                let mut name = RichText::new(crate::locale::terms::department_row(row.index));
                if row.is_total {
                    name = name.strong();
                }
                ui.scope(|ui| {
                    ui.set_max_width(name_width);
                    ui.add(egui::Label::new(name).wrap());
                });
                for (column, value) in row.values.into_iter().enumerate() {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let mut cell = RichText::new(grouped(value, decimals)).monospace();
                        if row.is_total {
                            cell = cell.strong();
                        }
                        // Red where it hurts: a loss, or a change that lowers the contribution
                        // (a cost that falls is good news, not red).
                        let hurts = match column {
                            2 => row.change_hurts(),
                            _ => row.kind != RowKind::Cost && value < rust_decimal::Decimal::ZERO,
                        };
                        if hurts {
                            cell = cell.color(ui.visuals().error_fg_color);
                        }
                        ui.label(cell);
                    });
                }
                ui.label("");
                ui.end_row();
            }
        });
}
