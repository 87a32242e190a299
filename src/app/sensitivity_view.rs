//! Sensitivity: a tornado chart of ROI at the horizon, one bar per driver moved alone down and up
//! by the swing. Clicking a driver's name selects its input.

use egui::{Align2, Color32, FontId, RichText, Sense, Ui, vec2};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive as _;

use crate::analysis::sensitivity::{DEFAULT_SWING_PCT, Sensitivity, sensitivity};
use crate::locale::format::{grouped, grouped_natural, percent};
use crate::model::driver::Driver;
use crate::model::scenario::Scenario;

const LOWER: Color32 = Color32::from_rgb(234, 67, 53);
const HIGHER: Color32 = Color32::from_rgb(52, 168, 83);

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
            let label = ui.label("Swing");
            ui.add(egui::Slider::new(&mut self.swing_pct, 5..=50).suffix(" %"))
                .labelled_by(label.id)
                .on_hover_text("How far each driver moves down and up, in percent of its value");
            ui.label(
                RichText::new("Each driver alone moves down and up; widest effect on NPV first.")
                    .weak(),
            );
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
            Ok(result) => tornado(ui, result, &scenario.currency),
            Err(error) => {
                ui.colored_label(ui.visuals().error_fg_color, error);
                None
            }
        }
    }
}

fn tornado(ui: &mut Ui, result: &Sensitivity, currency: &str) -> Option<Driver> {
    let Some(base) = result.base_roi else {
        ui.label("ROI is not defined for this scenario (no cost at all).");
        return None;
    };
    let base = base.to_f64().unwrap_or(0.0);
    let rois = result
        .drivers
        .iter()
        .flat_map(|e| [e.roi_low, e.roi_high])
        .flatten()
        .filter_map(|v| v.to_f64());
    let spread = rois.map(|v| (v - base).abs()).fold(1e-9, f64::max);
    ui.label(
        RichText::new(format!(
            "ROI at the horizon: {} with today's inputs (centre line)",
            percent(result.base_roi)
        ))
        .strong(),
    );
    ui.add_space(4.0);
    let mut clicked = None;
    let label_width = 250.0;
    let row_height = 24.0;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for effect in &result.drivers {
            ui.horizontal(|ui| {
                let unit = effect.driver.unit().suffix(currency);
                let name = ui
                    .add_sized(
                        [label_width, row_height],
                        egui::Button::new(effect.driver.label()).frame(false),
                    )
                    .on_hover_text(format!(
                        "{} from {} to {} {unit}: ROI {} to {}, NPV {} to {} {currency}.\nClick to select this input.",
                        effect.driver.label(),
                        grouped_natural(effect.low_value),
                        grouped_natural(effect.high_value),
                        percent(effect.roi_low),
                        percent(effect.roi_high),
                        grouped(effect.npv_low, 0),
                        grouped(effect.npv_high, 0),
                    ));
                if name.clicked() {
                    clicked = Some(effect.driver);
                }
                let width = ui.available_width().max(200.0);
                let (rect, response) = ui.allocate_exact_size(vec2(width, row_height), Sense::click());
                let bar_name = format!("{} effect", effect.driver.label());
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, &bar_name)
                });
                if response.clicked() {
                    clicked = Some(effect.driver);
                }
                let painter = ui.painter_at(rect);
                let centre = rect.center().x;
                // Leave room at both ends for the value labels.
                let half = rect.width() / 2.0 - 70.0;
                let x_of = |roi: f64| centre + ((roi - base) / spread) as f32 * half;
                painter.vline(centre, rect.y_range(), ui.visuals().widgets.noninteractive.fg_stroke);
                let sides = [
                    (effect.roi_low, effect.low_value),
                    (effect.roi_high, effect.high_value),
                ];
                for (roi, value) in sides {
                    let Some(roi) = roi.and_then(|r| r.to_f64()) else {
                        continue;
                    };
                    let x = x_of(roi);
                    let colour = if roi < base { LOWER } else { HIGHER };
                    let bar = egui::Rect::from_x_y_ranges(
                        x.min(centre)..=x.max(centre),
                        rect.top() + 4.0..=rect.bottom() - 4.0,
                    );
                    painter.rect_filled(bar, 2.0, colour);
                    let (anchor, offset) = if x < centre {
                        (Align2::RIGHT_CENTER, -4.0)
                    } else {
                        (Align2::LEFT_CENTER, 4.0)
                    };
                    if (x - centre).abs() > 0.5 {
                        painter.text(
                            egui::pos2(x + offset, rect.center().y),
                            anchor,
                            format!("{} {}", grouped_natural(value), short_unit(effect.driver)),
                            FontId::proportional(12.0),
                            ui.visuals().text_color(),
                        );
                    }
                }
            });
        }
    });
    clicked
}

fn short_unit(driver: Driver) -> &'static str {
    match driver.unit() {
        crate::model::driver::Unit::Percent => "%",
        _ => "",
    }
}
