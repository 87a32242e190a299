//! The three charts: cumulative ROI, cumulative cost against gain, and monthly gain by driver.
//! Their series are converted from the projection once per change ([`ChartData::new`]); the
//! charts only draw them.

use egui::{Color32, Ui};
use egui_plot::{
    Bar, BarChart, Corner, GridMark, HLine, HoverPosition, Legend, Line, MarkerShape, Plot,
    PlotItem as _, PlotPoint, Points, Text,
};
use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive as _, ToPrimitive as _};

use crate::locale::format::{grouped, round2};
use crate::model::projection::{DriverGains, Projection};

/// Colours of the four drivers, readable on dark and light backgrounds.
pub const DRIVER_COLOURS: [Color32; 4] = [
    Color32::from_rgb(66, 133, 244),
    Color32::from_rgb(52, 168, 83),
    Color32::from_rgb(251, 188, 5),
    Color32::from_rgb(171, 71, 188),
];
const COST_COLOUR: Color32 = Color32::from_rgb(234, 67, 53);
const GAIN_COLOUR: Color32 = Color32::from_rgb(52, 168, 83);
const ROI_COLOUR: Color32 = Color32::from_rgb(66, 133, 244);
/// The bar chart's y range reaches this far above the tallest bar, so the legend sits above
/// the bars instead of over them.
const LEGEND_HEADROOM: f64 = 2.0;

/// The projection as chart points. Values are rounded to cents first, so hovering shows the
/// same figures as the table.
pub struct ChartData {
    currency: String,
    horizon: f64,
    roi: Vec<[f64; 2]>,
    cumulative_cost: Vec<[f64; 2]>,
    cumulative_gain: Vec<[f64; 2]>,
    gains: [Vec<[f64; 2]>; 4],
    payback_months: Option<f64>,
    break_even: Option<[f64; 2]>,
    /// Largest monthly gain, to leave room above the bars for the legend.
    max_monthly_gain: f64,
    max_cumulative: f64,
}

fn to_f64(value: Decimal) -> f64 {
    round2(value).to_f64().unwrap_or(0.0)
}

impl ChartData {
    pub fn new(projection: &Projection, currency: &str) -> Self {
        let point = |month: u32, value: Decimal| [f64::from(month), to_f64(value)];
        let months = &projection.months;
        let mut gains: [Vec<[f64; 2]>; 4] = Default::default();
        for month in months.iter().skip(1) {
            for (series, value) in gains.iter_mut().zip(month.gains.as_array()) {
                series.push(point(month.month, value));
            }
        }
        Self {
            currency: currency.to_owned(),
            horizon: months.last().map_or(0.0, |m| f64::from(m.month)),
            roi: months
                .iter()
                .filter_map(|m| m.roi_pct.map(|roi| point(m.month, roi)))
                .collect(),
            cumulative_cost: months
                .iter()
                .map(|m| point(m.month, m.cumulative_cost))
                .collect(),
            cumulative_gain: months
                .iter()
                .map(|m| point(m.month, m.cumulative_gain))
                .collect(),
            gains,
            max_monthly_gain: months.iter().map(|m| to_f64(m.gain)).fold(0.0, f64::max),
            max_cumulative: months
                .last()
                .map_or(0.0, |m| to_f64(m.cumulative_cost.max(m.cumulative_gain))),
            payback_months: projection.summary.payback_months.map(to_f64),
            break_even: projection
                .break_even_point()
                .map(|(month, cost)| [to_f64(month), to_f64(cost)]),
        }
    }
}

fn money_label(value: f64, currency: &str) -> String {
    let value = Decimal::from_f64(value).unwrap_or_default();
    format!("{} {currency}", grouped(value, 2))
}

fn axis_money(value: f64, currency: &str) -> String {
    let value = Decimal::from_f64(value).unwrap_or_default();
    format!("{} {currency}", grouped(value, 0))
}

/// A plot that does not zoom or pan (the mouse wheel scrolls the page), with its legend at the
/// top left: the settings of every chart in the app.
pub fn fixed_plot(id: &str, height: f32) -> Plot<'_> {
    Plot::new(id)
        .height(height)
        .legend(Legend::default().position(Corner::LeftTop))
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
}

/// A plot with the settings all three share: months on x, no zooming or panning (the mouse
/// wheel scrolls the page), a legend.
fn base_plot<'a>(id: &'a str, height: f32, horizon: f64) -> Plot<'a> {
    fixed_plot(id, height)
        .include_x(0.0)
        .include_x(horizon)
        .include_y(0.0)
        .x_axis_label("Month")
        .x_axis_formatter(|mark: GridMark, _range| {
            if mark.value.fract() == 0.0 && mark.value >= 0.0 {
                format!("{}", mark.value)
            } else {
                String::new()
            }
        })
}

fn month_of(position: &PlotPoint) -> String {
    format!("Month {}", position.x.round())
}

/// Cumulative ROI per month, the 0 % line and the payback point.
pub fn roi_plot(ui: &mut Ui, data: &ChartData, height: f32) {
    ui.label(egui::RichText::new("Cumulative ROI").strong());
    base_plot("roi_plot", height, data.horizon)
        .y_axis_label("ROI %")
        .y_axis_min_width(60.0)
        .y_axis_formatter(|mark, _range| {
            format!(
                "{} %",
                grouped(Decimal::from_f64(mark.value).unwrap_or_default(), 0)
            )
        })
        .label_formatter(|hover| match hover {
            HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(format!(
                "{plot_name}\n{}\n{:.2} %",
                month_of(position),
                position.y
            )),
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot| {
            plot.hline(HLine::new("0 %", 0.0).color(Color32::GRAY).width(1.0));
            plot.line(
                Line::new("ROI", data.roi.clone())
                    .color(ROI_COLOUR)
                    .width(2.5),
            );
            if let Some(payback) = data.payback_months {
                let label = format!("Payback {payback:.2} months");
                plot.points(
                    Points::new(label.clone(), vec![[payback, 0.0]])
                        .shape(MarkerShape::Diamond)
                        .radius(7.0)
                        .color(COST_COLOUR),
                );
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(payback, 0.0),
                        egui::RichText::new(format!("  {label}"))
                            .size(12.0)
                            .strong(),
                    )
                    .anchor(egui::Align2::LEFT_BOTTOM),
                );
            }
        });
}

/// Cumulative cost against cumulative gain, with the break-even point. Returns where the chart
/// was drawn (for exporting it as an image).
/// `callout_size` is the text size of the break-even call-out (larger in presentation mode).
pub fn cost_gain_plot(ui: &mut Ui, data: &ChartData, height: f32, callout_size: f32) -> egui::Rect {
    let currency = data.currency.as_str();
    let title = ui.label(egui::RichText::new("Cumulative cost and gain").strong());
    let plot = base_plot("cost_gain_plot", height, data.horizon)
        .include_y(data.max_cumulative * 1.1)
        .y_axis_label(currency.to_owned())
        .y_axis_min_width(90.0)
        .y_axis_formatter(move |mark, _range| axis_money(mark.value, currency))
        .label_formatter(move |hover| match hover {
            HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(format!(
                "{plot_name}\n{}\n{}",
                month_of(position),
                money_label(position.y, currency)
            )),
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot| {
            plot.line(
                Line::new("Cumulative cost", data.cumulative_cost.clone())
                    .color(COST_COLOUR)
                    .width(2.5),
            );
            plot.line(
                Line::new("Cumulative gain", data.cumulative_gain.clone())
                    .color(GAIN_COLOUR)
                    .width(2.5),
            );
            if let Some([month, cost]) = data.break_even {
                let label = format!("Break-even at month {month:.2}");
                plot.points(
                    Points::new(label.clone(), vec![[month, cost]])
                        .shape(MarkerShape::Diamond)
                        .radius(7.0)
                        .color(ui_text_colour()),
                );
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(month, cost),
                        egui::RichText::new(format!("  {label}"))
                            .size(callout_size)
                            .strong(),
                    )
                    .anchor(egui::Align2::LEFT_TOP),
                );
            }
        });
    title.rect.union(plot.response.rect)
}

fn ui_text_colour() -> Color32 {
    Color32::from_rgb(120, 120, 120)
}

/// Monthly gain by driver, stacked.
pub fn gains_plot(ui: &mut Ui, data: &ChartData, height: f32) {
    let currency = data.currency.as_str();
    ui.label(egui::RichText::new("Monthly gain by driver").strong());
    let mut charts: Vec<BarChart> = Vec::with_capacity(4);
    for ((label, series), colour) in DriverGains::LABELS
        .iter()
        .zip(&data.gains)
        .zip(DRIVER_COLOURS)
    {
        let bars = series
            .iter()
            .map(|&[month, value]| Bar::new(month, value).width(0.7))
            .collect();
        let currency = currency.to_owned();
        let chart = BarChart::new(*label, bars)
            .color(colour)
            .element_formatter(Box::new(move |bar, chart| {
                format!(
                    "{}\nMonth {}\n{}",
                    chart.name(),
                    bar.argument,
                    money_label(bar.value, &currency)
                )
            }));
        let below: Vec<&BarChart> = charts.iter().collect();
        let chart = chart.stack_on(&below);
        charts.push(chart);
    }
    base_plot("gains_plot", height, data.horizon)
        .include_y(data.max_monthly_gain * LEGEND_HEADROOM)
        .y_axis_label(currency.to_owned())
        .y_axis_min_width(90.0)
        .y_axis_formatter(move |mark, _range| axis_money(mark.value, currency))
        .show(ui, |plot| {
            for chart in charts {
                plot.bar_chart(chart);
            }
        });
}
