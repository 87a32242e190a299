//! The sales department's month before the CRM and at full adoption, side by side with the
//! change: the profit-and-loss view a CFO reads.

use egui::{RichText, Ui};

use crate::locale::format::grouped;
use crate::model::before_after::{BeforeAfter, DepartmentMonth};

pub fn ui(ui: &mut Ui, view: &BeforeAfter, currency: &str) {
    ui.label(RichText::new(format!("Sales department, one month ({currency})")).strong())
        .on_hover_text(
            "Before the CRM, and once it is fully adopted (adoption and risk applied). \
             The change in contribution is the monthly net at full adoption.",
        );
    egui::Grid::new("before_after")
        .num_columns(4)
        .striped(true)
        .spacing([18.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            for heading in ["Before", "After", "Change"] {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(RichText::new(heading).strong());
                });
            }
            ui.end_row();
            for (index, (label, values)) in view.rows().enumerate() {
                let is_deals = index == 0;
                let is_total = index == DepartmentMonth::LABELS.len() - 1;
                let decimals = if is_deals { 1 } else { 2 };
                let text = |value| {
                    let mut text = RichText::new(grouped(value, decimals)).monospace();
                    if is_total {
                        text = text.strong();
                    }
                    text
                };
                let mut name = RichText::new(label);
                if is_total {
                    name = name.strong();
                }
                ui.label(name);
                for value in values {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let mut cell = text(value);
                        if value.is_sign_negative() && !value.is_zero() {
                            cell = cell.color(ui.visuals().error_fg_color);
                        }
                        ui.label(cell);
                    });
                }
                ui.end_row();
            }
        });
}
