//! Presentation mode: full screen, for a meeting room. The scenario's name, four large KPI
//! tiles, the cost-against-gain chart with its break-even point, and a strip of "what if"
//! sliders for the drivers buyers ask about, each marking the scenario's value as it was when
//! the presentation began, with a reset. Text (charts included) grows with A+ / Ctrl+plus
//! inside presentation mode only; high contrast turns the whole window black and white.
//! Esc returns to the calculator.

use egui::{Color32, RichText, TextStyle, Ui};
use rust_decimal::Decimal;

use super::inputs::marked_slider;
use super::kpi_tiles::{self, Tile};
use super::plots::{self, ChartData};
use crate::locale::format::driver_value;
use crate::locale::terms;
use crate::model::driver::Driver;
use crate::model::scenario::Scenario;
use crate::tr;

/// The drivers a buyer asks about, in the what-if strip.
pub const WHAT_IF_DRIVERS: [Driver; 4] = [
    Driver::CrossSellUpliftPct,
    Driver::CycleTimeReductionPct,
    Driver::SeatCostPerMonth,
    Driver::AdoptionPct,
];

/// Captions of the four tiles shown, in order.
const TILE_ORDER: [usize; 4] = [0, 2, 1, 3];
/// Ordinary text (chart ticks, legends, buttons) is this much larger in presentation mode
/// before any A+ / A-: readable from the back of a meeting room.
const PRESENTATION_TEXT: f32 = 1.5;
const MIN_TEXT_SCALE: f32 = 0.7;
const MAX_TEXT_SCALE: f32 = 2.0;
const TEXT_SCALE_STEP: f32 = 0.1;

pub struct Presentation {
    pub high_contrast: bool,
    /// How much larger than usual text is drawn (A+ / A-), in presentation mode only.
    pub text_scale: f32,
    /// The what-if drivers' values when the presentation began: marked on the sliders, and
    /// where Reset returns.
    started_with: Vec<(Driver, Decimal)>,
    /// The window's styles before high contrast replaced them, to put back.
    saved_styles: Option<(std::sync::Arc<egui::Style>, std::sync::Arc<egui::Style>)>,
}

impl Default for Presentation {
    fn default() -> Self {
        Self {
            high_contrast: false,
            text_scale: 1.0,
            started_with: Vec::new(),
            saved_styles: None,
        }
    }
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
    visuals.window_stroke = egui::Stroke::new(2.0, Color32::WHITE);
    visuals.extreme_bg_color = Color32::BLACK;
    visuals.faint_bg_color = Color32::from_gray(20);
    visuals.code_bg_color = Color32::BLACK;
    visuals.error_fg_color = Color32::from_rgb(255, 90, 90);
    visuals.warn_fg_color = Color32::WHITE;
    visuals.weak_text_color = Some(Color32::WHITE);
    visuals.widgets.noninteractive.bg_fill = Color32::BLACK;
    visuals.widgets.noninteractive.bg_stroke = egui::Stroke::new(2.0, Color32::WHITE);
    visuals.widgets.noninteractive.fg_stroke = egui::Stroke::new(2.0, Color32::WHITE);
    for widget in [
        &mut visuals.widgets.inactive,
        &mut visuals.widgets.hovered,
        &mut visuals.widgets.active,
        &mut visuals.widgets.open,
    ] {
        widget.bg_fill = Color32::BLACK;
        widget.weak_bg_fill = Color32::BLACK;
        widget.bg_stroke = egui::Stroke::new(1.5, Color32::WHITE);
        widget.fg_stroke = egui::Stroke::new(2.0, Color32::WHITE);
    }
    visuals.selection.bg_fill = Color32::from_gray(90);
    visuals.selection.stroke = egui::Stroke::new(2.0, Color32::WHITE);
}

/// Every text style of `style` drawn `scale` times as large.
fn scale_text(style: &mut egui::Style, scale: f32) {
    for font in style.text_styles.values_mut() {
        font.size *= scale;
    }
}

impl Presentation {
    /// Called when presentation mode begins: remembers the what-if values and takes over
    /// Ctrl+plus / Ctrl+minus (egui's own zoom would resize the calculator too).
    pub fn begin(&mut self, scenario: &Scenario, ctx: &egui::Context) {
        self.started_with = WHAT_IF_DRIVERS
            .iter()
            .map(|&driver| (driver, driver.get(scenario)))
            .collect();
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        self.apply_contrast(ctx);
    }

    /// Called when presentation mode ends: the window's own look and zoom keys come back.
    pub fn end(&mut self, ctx: &egui::Context) {
        ctx.options_mut(|o| o.zoom_with_keyboard = true);
        self.restore_styles(ctx);
    }

    fn apply_contrast(&mut self, ctx: &egui::Context) {
        if !self.high_contrast {
            self.restore_styles(ctx);
            return;
        }
        if self.saved_styles.is_none() {
            self.saved_styles = Some((
                ctx.style_of(egui::Theme::Dark),
                ctx.style_of(egui::Theme::Light),
            ));
        }
        // Both themes, so tooltips and popups are black and white whatever the system's.
        ctx.all_styles_mut(|style| high_contrast(&mut style.visuals));
    }

    fn restore_styles(&mut self, ctx: &egui::Context) {
        if let Some((dark, light)) = self.saved_styles.take() {
            ctx.set_style_of(egui::Theme::Dark, dark);
            ctx.set_style_of(egui::Theme::Light, light);
        }
    }

    fn scale_by(&mut self, steps: f32) {
        self.text_scale =
            (self.text_scale + steps * TEXT_SCALE_STEP).clamp(MIN_TEXT_SCALE, MAX_TEXT_SCALE);
    }

    fn zoom_keys(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let larger =
            [Key::Plus, Key::Equals].map(|key| KeyboardShortcut::new(Modifiers::COMMAND, key));
        let smaller = KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus);
        let reset = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0);
        ctx.input_mut(|input| {
            if larger.iter().any(|s| input.consume_shortcut(s)) {
                self.scale_by(1.0);
            }
            if input.consume_shortcut(&smaller) {
                self.scale_by(-1.0);
            }
            if input.consume_shortcut(&reset) {
                self.text_scale = 1.0;
            }
        });
    }

    pub fn ui(
        &mut self,
        ui: &mut Ui,
        scenario: &Scenario,
        tiles: &[Tile],
        charts: &ChartData,
    ) -> Option<PresentationAction> {
        self.zoom_keys(ui.ctx());
        if self.high_contrast {
            ui.painter().rect_filled(ui.max_rect(), 0.0, Color32::BLACK);
        }
        let scale = self.text_scale;
        ui.scope(|ui| {
            scale_text(ui.style_mut(), PRESENTATION_TEXT * scale);
            self.contents(ui, scenario, tiles, charts)
        })
        .inner
    }

    fn contents(
        &mut self,
        ui: &mut Ui,
        scenario: &Scenario,
        tiles: &[Tile],
        charts: &ChartData,
    ) -> Option<PresentationAction> {
        let scale = self.text_scale;
        let mut action = None;
        ui.horizontal(|ui| {
            ui.label(RichText::new(&scenario.name).size(34.0 * scale).strong());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let button = |text: String| RichText::new(text).size(16.0 * scale);
                if ui
                    .button(button(tr!("present-exit")))
                    .on_hover_text(tr!("present-exit-help"))
                    .clicked()
                {
                    action = Some(PresentationAction::Exit);
                }
                if ui
                    .checkbox(
                        &mut self.high_contrast,
                        button(tr!("present-high-contrast")),
                    )
                    .on_hover_text(tr!("present-high-contrast-help"))
                    .changed()
                {
                    self.apply_contrast(ui.ctx());
                }
                if ui
                    .button(button(tr!("present-larger")))
                    .on_hover_text(tr!("present-larger-help"))
                    .clicked()
                {
                    self.scale_by(1.0);
                }
                if ui
                    .button(button(tr!("present-smaller")))
                    .on_hover_text(tr!("present-smaller-help"))
                    .clicked()
                {
                    self.scale_by(-1.0);
                }
            });
        });
        ui.label(
            RichText::new(tr!(
                "present-subtitle",
                months = i64::from(scenario.horizon_months),
                currency = scenario.currency.as_str()
            ))
            .size(18.0 * scale)
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
        kpi_tiles::show(
            ui,
            &shown,
            1.9 * scale,
            kpi_tiles::MIN_TILE_WIDTH * 1.4 * scale,
        );
        ui.add_space(12.0);

        let body = TextStyle::Body.resolve(ui.style()).size;
        let strip_height = 3.5 * body + 30.0;
        let chart_height = (ui.available_height() - strip_height - 40.0).max(160.0);
        plots::cost_gain_plot(ui, charts, chart_height, 1.6 * body);
        ui.add_space(10.0);
        ui.columns(WHAT_IF_DRIVERS.len(), |columns| {
            for (ui, driver) in columns.iter_mut().zip(WHAT_IF_DRIVERS) {
                if let Some(new) = self.what_if(ui, driver, scenario) {
                    action = Some(PresentationAction::Change(driver, new));
                }
            }
        });
        action
    }

    /// One what-if slider: the driver, its value, the slider marked at the value the
    /// presentation began with, and Reset back to it.
    fn what_if(&self, ui: &mut Ui, driver: Driver, scenario: &Scenario) -> Option<Decimal> {
        let scale = self.text_scale;
        let value = driver.get(scenario);
        let started = self
            .started_with
            .iter()
            .find(|(d, _)| *d == driver)
            .map(|(_, v)| *v);
        let label = ui.label(RichText::new(terms::driver_label(driver)).size(18.0 * scale));
        let mut change = None;
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(driver_value(driver, value, None, &scenario.currency))
                    .size(26.0 * scale)
                    .strong(),
            );
            if let Some(started) = started {
                let reset = ui
                    .add_enabled(
                        started != value,
                        egui::Button::new(RichText::new(tr!("present-reset")).size(14.0 * scale)),
                    )
                    .on_hover_text(tr!(
                        "present-reset-help",
                        value = driver_value(driver, started, None, &scenario.currency)
                    ));
                if reset.clicked() {
                    change = Some(started);
                }
            }
        });
        let help = || tr!("present-what-if-help", help = terms::driver_help(driver));
        let width = ui.available_width() - 10.0;
        if let Some(new) = marked_slider(ui, driver, value, started, label.id, &help, width) {
            change = Some(new);
        }
        change
    }
}
