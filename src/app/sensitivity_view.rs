//! Sensitivity: a tornado chart of ROI at the horizon, one bar per driver moved alone down and up
//! by the swing. Clicking a driver's name selects its input.

use egui::{Align2, Color32, FontId, RichText, Sense, Ui, vec2};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;

use crate::analysis::sensitivity::{DEFAULT_SWING_PCT, DriverEffect, Sensitivity, sensitivity};
use crate::locale::format::{driver_value, grouped, grouped_natural, percent, round_to};
use crate::locale::terms;
use crate::model::driver::Driver;
use crate::model::scenario::Scenario;
use crate::tr;

pub struct SensitivityView {
    swing_pct: u32,
    /// The result and the (document revision, swing) it was computed for.
    cached: Option<((u64, u32), Result<Sensitivity, String>)>,
}

impl Default for SensitivityView {
    fn default() -> Self {
        Self {
            swing_pct: DEFAULT_SWING_PCT as u32,
            cached: None,
        }
    }
}

impl SensitivityView {
    /// Shows the tornado; returns the driver whose name was clicked.
    pub fn ui(&mut self, ui: &mut Ui, scenario: &Scenario, revision: u64) -> Option<Driver> {
        ui.horizontal(|ui| {
            let label = ui.label(tr!("sens-swing"));
            ui.add(
                egui::Slider::new(&mut self.swing_pct, 5..=50)
                    .suffix(crate::locale::format::percent_suffix()),
            )
            .labelled_by(label.id)
            .on_hover_text(tr!("sens-swing-help"));
            ui.label(RichText::new(tr!("sens-explanation")).weak());
        });
        let key = (revision, self.swing_pct);
        if self.cached.as_ref().is_none_or(|(k, _)| *k != key) {
            // About half a millisecond: fine to compute here, when an input or the swing changes.
            let result =
                sensitivity(scenario, Decimal::from(self.swing_pct)).map_err(|e| e.to_string());
            self.cached = Some((key, result));
        }
        let Some((_, result)) = &self.cached else {
            return None;
        };
        match result {
            Ok(result) => tornado(ui, result, scenario),
            Err(error) => {
                ui.colored_label(ui.visuals().error_fg_color, error);
                None
            }
        }
    }
}

/// Colours of the two ends of a bar: the driver moved down, and moved up.
const DOWN: Color32 = Color32::from_rgb(66, 133, 244);
const UP: Color32 = Color32::from_rgb(245, 146, 40);
const LABEL_WIDTH: f32 = 230.0;
const VALUES_WIDTH: f32 = 150.0;
const ROW_HEIGHT: f32 = 24.0;
/// Room at both ends of the bars for the ROI printed beside them.
const END_LABEL_ROOM: f32 = 64.0;

/// The drivers in the order the tornado draws them: widest effect on ROI on top.
fn by_roi_width(result: &Sensitivity) -> Vec<&DriverEffect> {
    let width = |e: &DriverEffect| match (e.roi_low, e.roi_high) {
        (Some(low), Some(high)) => (high - low).abs(),
        _ => Decimal::ZERO,
    };
    let mut effects: Vec<&DriverEffect> = result.drivers.iter().collect();
    // Stable: equal widths keep the library's order (by effect on NPV).
    effects.sort_by_key(|e| std::cmp::Reverse(width(e)));
    effects
}

fn roi_text(roi: f64) -> String {
    crate::locale::format::percent_approx(roi, 1)
}

fn tornado(ui: &mut Ui, result: &Sensitivity, scenario: &Scenario) -> Option<Driver> {
    let currency = scenario.currency.as_str();
    let Some(base) = result.base_roi.and_then(|b| b.to_f64()) else {
        ui.label(tr!("sens-no-roi"));
        return None;
    };
    // Drivers whose swing leaves the ROI where it is (a value of 0 cannot swing; the discount
    // rate moves only the NPV) are listed under the chart rather than drawn as empty rows.
    let (effects, no_effect): (Vec<&DriverEffect>, Vec<&DriverEffect>) = by_roi_width(result)
        .into_iter()
        .partition(|e| e.roi_low != e.roi_high);
    let rois: Vec<f64> = effects
        .iter()
        .flat_map(|e| [e.roi_low, e.roi_high])
        .flatten()
        .filter_map(|v| v.to_f64())
        .chain([base])
        .collect();
    let lowest = rois.iter().copied().fold(f64::INFINITY, f64::min);
    let highest = rois.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let (lowest, highest) = if highest - lowest < 1e-9 {
        (base - 1.0, base + 1.0)
    } else {
        (lowest, highest)
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!("sens-base-roi", roi = percent(result.base_roi))).strong());
        ui.add_space(16.0);
        let swatch = |ui: &mut Ui, colour: Color32, text: String| {
            let (rect, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
            ui.painter().rect_filled(rect, 2.0, colour);
            ui.label(text);
        };
        let swing = grouped(result.swing_pct, 0);
        swatch(ui, DOWN, tr!("sens-legend-down", swing = swing.as_str()));
        swatch(ui, UP, tr!("sens-legend-up", swing = swing.as_str()));
    });
    ui.add_space(4.0);
    let mut clicked = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        let mut bar_area = egui::Rect::NOTHING;
        for effect in &effects {
            ui.horizontal(|ui| {
                let driver = effect.driver;
                // Each value with its unit in the form its number takes (`4 сделки`).
                let with_unit = |value| driver_value(driver, value, None, currency);
                let hover = tr!(
                    "sens-driver-help",
                    driver = terms::driver_label(driver),
                    today = with_unit(driver.get(scenario)),
                    low = with_unit(effect.low_value),
                    roi_low = percent(effect.roi_low),
                    high = with_unit(effect.high_value),
                    roi_high = percent(effect.roi_high),
                    npv_low = grouped(effect.npv_low, 0),
                    npv_high = grouped(effect.npv_high, 0),
                    currency = currency
                );
                let name = ui
                    .allocate_ui_with_layout(
                        vec2(LABEL_WIDTH, ROW_HEIGHT),
                        egui::Layout::left_to_right(egui::Align::Center),
                        |ui| {
                            ui.set_min_size(vec2(LABEL_WIDTH, ROW_HEIGHT));
                            ui.add(
                                egui::Button::new(terms::driver_label(driver))
                                    .frame(false)
                                    .truncate(),
                            )
                        },
                    )
                    .inner
                    .on_hover_text(&hover);
                if name.clicked() {
                    clicked = Some(driver);
                }
                ui.add_sized(
                    [VALUES_WIDTH, ROW_HEIGHT],
                    egui::Label::new(
                        RichText::new(format!(
                            "{} – {} {}",
                            grouped_natural(effect.low_value),
                            grouped_natural(effect.high_value),
                            // A range's unit agrees with its last number (`2 – 5 сделок`).
                            terms::unit_after(
                                driver.unit(),
                                round_to(effect.high_value, 4).normalize(),
                                currency
                            )
                        ))
                        .weak(),
                    )
                    .truncate(),
                );
                let width = ui.available_width().max(2.0 * END_LABEL_ROOM + 100.0);
                let (rect, response) =
                    ui.allocate_exact_size(vec2(width, ROW_HEIGHT), Sense::click());
                bar_area = bar_area.union(rect);
                let bar_name = tr!("sens-bar-name", driver = terms::driver_label(driver));
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &bar_name));
                if response.on_hover_text(&hover).clicked() {
                    clicked = Some(driver);
                }
                let x_of = roi_scale(rect, lowest, highest);
                let painter = ui.painter_at(rect.expand2(vec2(0.0, 1.0)));
                let centre = x_of(base);
                for (roi, colour) in [(effect.roi_low, DOWN), (effect.roi_high, UP)] {
                    let Some(roi) = roi.and_then(|r| r.to_f64()) else {
                        continue;
                    };
                    let x = x_of(roi);
                    let bar = egui::Rect::from_x_y_ranges(
                        x.min(centre)..=x.max(centre),
                        rect.top() + 4.0..=rect.bottom() - 4.0,
                    );
                    painter.rect_filled(bar, 2.0, colour);
                    if (x - centre).abs() > 0.5 {
                        let (anchor, offset) = if x < centre {
                            (Align2::RIGHT_CENTER, -4.0)
                        } else {
                            (Align2::LEFT_CENTER, 4.0)
                        };
                        painter.text(
                            egui::pos2(x + offset, rect.center().y),
                            anchor,
                            roi_text(roi),
                            FontId::proportional(12.5),
                            ui.visuals().text_color(),
                        );
                    }
                }
            });
        }
        if bar_area.is_positive() {
            roi_axis(ui, bar_area, lowest, highest, base);
        }
        if !no_effect.is_empty() {
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| {
                let swing = grouped(result.swing_pct, 0);
                ui.label(RichText::new(tr!("sens-no-effect", swing = swing)).weak())
                    .on_hover_text(tr!("sens-no-effect-help"));
                for effect in &no_effect {
                    if ui
                        .small_button(terms::driver_label(effect.driver))
                        .on_hover_text(tr!(
                            "sens-no-effect-driver-help",
                            value = driver_value(
                                effect.driver,
                                effect.driver.get(scenario),
                                None,
                                currency
                            )
                        ))
                        .clicked()
                    {
                        clicked = Some(effect.driver);
                    }
                }
            });
        }
    });
    clicked
}

/// Maps an ROI to an x position inside `rect`, leaving room for the end labels.
fn roi_scale(rect: egui::Rect, lowest: f64, highest: f64) -> impl Fn(f64) -> f32 {
    let left = rect.left() + END_LABEL_ROOM;
    let span = (rect.width() - 2.0 * END_LABEL_ROOM).max(1.0);
    move |roi: f64| left + ((roi - lowest) / (highest - lowest)) as f32 * span
}

/// The ROI axis under the bars: round ticks, the centre line through every row, labelled.
fn roi_axis(ui: &mut Ui, bars: egui::Rect, lowest: f64, highest: f64, base: f64) {
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), 34.0), Sense::hover());
    let axis = egui::Rect::from_x_y_ranges(bars.x_range(), rect.y_range());
    let x_of = roi_scale(axis, lowest, highest);
    let painter = ui.painter();
    let stroke = ui.visuals().widgets.noninteractive.fg_stroke;
    let text_colour = ui.visuals().text_color();
    painter.hline(x_of(lowest)..=x_of(highest), axis.top() + 2.0, stroke);
    let (ticks, _) = crate::report::axis::value_ticks(lowest, highest);
    for tick in ticks {
        let x = x_of(tick);
        painter.vline(x, axis.top() + 2.0..=axis.top() + 7.0, stroke);
        painter.text(
            egui::pos2(x, axis.top() + 9.0),
            Align2::CENTER_TOP,
            crate::locale::format::percent_approx(tick, 0),
            FontId::proportional(12.0),
            ui.visuals().weak_text_color(),
        );
    }
    let centre = x_of(base);
    painter.vline(
        centre,
        bars.top()..=axis.top() + 2.0,
        egui::Stroke::new(1.5, text_colour),
    );
    painter.text(
        egui::pos2(centre, axis.bottom()),
        Align2::CENTER_BOTTOM,
        tr!("sens-axis-today", roi = roi_text(base)),
        FontId::proportional(12.5),
        text_colour,
    );
}
