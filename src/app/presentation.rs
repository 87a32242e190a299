//! Presentation mode: full screen, for a meeting room. The scenario's name, four large KPI
//! tiles, the cost-against-gain chart with its break-even point, and a strip of "what if"
//! sliders for the drivers buyers ask about. Esc returns to the calculator.

use egui::{Color32, RichText, Ui};
use rust_decimal::Decimal;

use super::inputs::slider;
use super::kpi_tiles::{self, Tile};
use super::plots::{self, ChartData};
use crate::locale::format::grouped_natural;
use crate::model::driver::Driver;
use crate::model::scenario::Scenario;

/// The drivers a buyer asks about, in the what-if strip.
pub const WHAT_IF_DRIVERS: [Driver; 4] = [
    Driver::CrossSellUpliftPct,
    Driver::CycleTimeReductionPct,
    Driver::SeatCostPerMonth,
    Driver::AdoptionPct,
];

/// Captions of the four tiles shown, in order.
const TILE_ORDER: [usize; 4] = [0, 2, 1, 3];

#[derive(Default)]
pub struct Presentation {
    pub high_contrast: bool,
}

/// What the user did in presentation mode.
pub enum PresentationAction {
    Change(Driver, Decimal),
    Exit,
}

/// Black and white with strong lines: readable on a washed-out projector.
pub fn high_contrast(visuals: &mut egui::Visuals) {
    *visuals = egui::Visuals::dark();
    visuals.override_text_color = Some(Color32::WHITE);
    visuals.panel_fill = Color32::BLACK;
    visuals.window_fill = Color32::BLACK;
    visuals.extreme_bg_color = Color32::BLACK;
    visuals.faint_bg_color = Color32::from_gray(20);
    visuals.error_fg_color = Color32::from_rgb(255, 90, 90);
    visuals.widgets.noninteractive.bg_stroke = egui::Stroke::new(2.0, Color32::WHITE);
    visuals.widgets.noninteractive.fg_stroke = egui::Stroke::new(2.0, Color32::WHITE);
    visuals.widgets.inactive.fg_stroke = egui::Stroke::new(2.0, Color32::WHITE);
}

impl Presentation {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        scenario: &Scenario,
        tiles: &[Tile],
        charts: &ChartData,
    ) -> Option<PresentationAction> {
        let mut action = None;
        if self.high_contrast {
            high_contrast(&mut ui.style_mut().visuals);
            ui.painter().rect_filled(ui.max_rect(), 0.0, Color32::BLACK);
        }
        ui.horizontal(|ui| {
            ui.label(RichText::new(&scenario.name).size(34.0).strong());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(RichText::new("Exit (Esc)").size(16.0))
                    .on_hover_text("Back to the calculator")
                    .clicked()
                {
                    action = Some(PresentationAction::Exit);
                }
                ui.checkbox(
                    &mut self.high_contrast,
                    RichText::new("High contrast").size(16.0),
                )
                .on_hover_text("Black and white, for projectors");
                let ctx = ui.ctx().clone();
                if ui
                    .button(RichText::new("A+").size(16.0))
                    .on_hover_text("Larger text (Ctrl+plus)")
                    .clicked()
                {
                    ctx.set_zoom_factor((ctx.zoom_factor() + 0.1).min(3.0));
                }
                if ui
                    .button(RichText::new("A-").size(16.0))
                    .on_hover_text("Smaller text (Ctrl+minus)")
                    .clicked()
                {
                    ctx.set_zoom_factor((ctx.zoom_factor() - 0.1).max(0.5));
                }
            });
        });
        ui.label(
            RichText::new(format!(
                "Return on the CRM over {} months, amounts in {}",
                scenario.horizon_months, scenario.currency
            ))
            .size(18.0)
            .weak(),
        );
        ui.add_space(10.0);
        let shown: Vec<Tile> = TILE_ORDER
            .iter()
            .filter_map(|&i| tiles.get(i))
            .map(|t| Tile {
                caption: t.caption.clone(),
                value: t.value.clone(),
                negative: t.negative,
                formula: t.formula.clone(),
            })
            .collect();
        kpi_tiles::ui(ui, &shown, true);
        ui.add_space(12.0);

        let strip_height = 110.0;
        let chart_height = (ui.available_height() - strip_height - 40.0).max(200.0);
        plots::cost_gain_plot(ui, charts, chart_height, 24.0);
        ui.add_space(10.0);
        ui.columns(WHAT_IF_DRIVERS.len(), |columns| {
            for (ui, driver) in columns.iter_mut().zip(WHAT_IF_DRIVERS) {
                let value = driver.get(scenario);
                let label = ui.label(RichText::new(driver.label()).size(18.0));
                ui.label(
                    RichText::new(format!(
                        "{} {}",
                        grouped_natural(value),
                        driver.unit().suffix(&scenario.currency)
                    ))
                    .size(26.0)
                    .strong(),
                );
                let help = format!("What if? {}", driver.help());
                if let Some(new) = slider(
                    ui,
                    driver,
                    value,
                    label.id,
                    &help,
                    ui.available_width() - 10.0,
                ) {
                    action = Some(PresentationAction::Change(driver, new));
                }
            }
        });
        action
    }
}
