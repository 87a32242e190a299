//! The calculator's charts: cumulative ROI, cumulative cost against gain, and monthly gain by
//! driver; and the settings every chart in the app shares (month axis, value axis, a tooltip
//! listing every series of the hovered month). Series are converted from the projection once
//! per change ([`ChartData::new`]); the charts only draw them.

use egui::{Color32, RichText, Ui};
use egui_plot::{
    AxisHints, Bar, BarChart, Corner, GridInput, GridMark, HLine, Legend, Line, MarkerShape, Plot,
    PlotPoint, PlotResponse, Points, Text,
};
use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive as _, ToPrimitive as _};

use crate::locale::format::{grouped, payback, round2};
use crate::locale::terms;
use crate::model::projection::Projection;
use crate::report::axis::{month_step, value_ticks};
use crate::report::{COST_COLOURS, GAIN_COLOURS};
use crate::tr;

/// A colour of the report's tables ([`GAIN_COLOURS`], [`COST_COLOURS`]).
pub fn colour((r, g, b): (u8, u8, u8)) -> Color32 {
    Color32::from_rgb(r, g, b)
}
pub const COST_COLOUR: Color32 = Color32::from_rgb(234, 67, 53);
pub const GAIN_COLOUR: Color32 = Color32::from_rgb(52, 168, 83);
pub const ROI_COLOUR: Color32 = Color32::from_rgb(66, 133, 244);
/// How far above the tallest bar a stacked chart's y range reaches, so its legend (one small
/// line per part, at the top left) sits above the bars instead of over them.
fn legend_headroom(ui: &Ui, parts: usize, plot_height: f32) -> f64 {
    let line = ui.text_style_height(&egui::TextStyle::Small) + 4.0;
    let legend = (line * parts as f32 + 16.0) / (plot_height - 40.0).max(1.0);
    f64::from(1.0 / (1.0 - legend.min(0.7)) + 0.05)
}

/// The projection as chart points. Values are rounded to cents first, so hovering shows the
/// same figures as the table.
pub struct ChartData {
    currency: String,
    horizon: u32,
    roi: Vec<[f64; 2]>,
    cumulative_cost: Vec<[f64; 2]>,
    cumulative_gain: Vec<[f64; 2]>,
    /// Each gain driver's monthly gain, and each cost kind's monthly cost.
    gains: Stacks,
    costs: Stacks,
    /// Customers without and with the CRM, month by month; empty without a customer base.
    customers: [Vec<[f64; 2]>; 2],
    payback_months: Option<f64>,
    break_even: Option<[f64; 2]>,
    max_cumulative: f64,
}

/// The parts of a monthly breakdown as stacked bars: only the parts that are not zero in
/// every month, each with its index in the breakdown and its colour.
pub struct Stacks {
    parts: Vec<(usize, Color32, Vec<[f64; 2]>)>,
    /// A part's name by its index, in the language in use (named when drawn, so a language
    /// switch renames the legend).
    label: fn(usize) -> String,
    /// The tallest stack, to leave room above the bars for the legend.
    max_total: f64,
}

impl Stacks {
    fn new<const N: usize>(
        label: fn(usize) -> String,
        colours: [(u8, u8, u8); N],
        months: &[(u32, [Decimal; N])],
    ) -> Self {
        let parts = (0..N)
            .filter(|&i| months.iter().any(|(_, values)| !values[i].is_zero()))
            .map(|i| {
                let series = months
                    .iter()
                    .map(|(month, values)| [f64::from(*month), to_f64(values[i])])
                    .collect();
                (i, colour(colours[i]), series)
            })
            .collect();
        let max_total = months
            .iter()
            .map(|(_, values)| values.iter().copied().map(to_f64).sum::<f64>())
            .fold(0.0, f64::max);
        Stacks {
            parts,
            label,
            max_total,
        }
    }
}

fn to_f64(value: Decimal) -> f64 {
    round2(value).to_f64().unwrap_or(0.0)
}

impl ChartData {
    pub fn new(projection: &Projection, currency: &str) -> Self {
        let point = |month: u32, value: Decimal| [f64::from(month), to_f64(value)];
        let months = &projection.months;
        let gains: Vec<(u32, [Decimal; 8])> = months
            .iter()
            .map(|m| (m.month, m.gains.as_array()))
            .collect();
        let costs: Vec<(u32, [Decimal; 4])> = months
            .iter()
            .map(|m| (m.month, m.costs.as_array()))
            .collect();
        Self {
            currency: currency.to_owned(),
            horizon: months.last().map_or(0, |m| m.month),
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
            gains: Stacks::new(terms::gain_part, GAIN_COLOURS, &gains),
            customers: if months
                .first()
                .is_some_and(|m| m.customers_with_crm.is_zero())
            {
                Default::default()
            } else {
                [
                    months
                        .iter()
                        .map(|m| {
                            [
                                f64::from(m.month),
                                m.customers_without_crm.to_f64().unwrap_or(0.0),
                            ]
                        })
                        .collect(),
                    months
                        .iter()
                        .map(|m| {
                            [
                                f64::from(m.month),
                                m.customers_with_crm.to_f64().unwrap_or(0.0),
                            ]
                        })
                        .collect(),
                ]
            },
            costs: Stacks::new(terms::cost_part, COST_COLOURS, &costs),
            max_cumulative: months
                .last()
                .map_or(0.0, |m| to_f64(m.cumulative_cost.max(m.cumulative_gain))),
            payback_months: projection.summary.payback_months.map(to_f64),
            break_even: projection
                .break_even_point()
                .map(|(month, cost)| [to_f64(month), to_f64(cost)]),
        }
    }

    pub fn horizon(&self) -> u32 {
        self.horizon
    }

    pub fn currency(&self) -> &str {
        &self.currency
    }

    /// Whether the scenario has a customer base to chart.
    pub fn has_customers(&self) -> bool {
        !self.customers[0].is_empty()
    }
}

/// A money figure with grouping, for tooltips: `1,234.50 EUR`.
pub fn money_text(value: f64, currency: &str) -> String {
    let value = Decimal::from_f64(value).unwrap_or_default();
    crate::locale::format::money(value, currency)
}

/// A tick label of a value axis: grouped, with as many decimals as the step needs.
fn tick_text(value: f64, step: f64) -> String {
    let decimals = (0..4)
        .find(|&d| {
            let scaled = step * 10f64.powi(d);
            (scaled - scaled.round()).abs() < 1e-6 * scaled.max(1.0)
        })
        .unwrap_or(4);
    grouped(
        Decimal::from_f64(value).unwrap_or_default(),
        decimals as u32,
    )
}

/// Marks at the months [`month_step`] labels: every month up to a year, then every 2, 3 or 6.
fn month_marks(horizon: u32) -> impl Fn(GridInput) -> Vec<GridMark> {
    let step = f64::from(month_step(horizon));
    move |input: GridInput| {
        let (low, high) = input.bounds;
        // Months 0..=horizon only: a bar chart's range reaches half a month beyond them.
        let first = (low / step).ceil().max(0.0) as i64;
        let last = ((high / step).floor() as i64).min(i64::from(horizon) / step as i64);
        (first..=last)
            .map(|i| GridMark {
                value: i as f64 * step,
                step_size: step,
            })
            .collect()
    }
}

/// Marks at round values, at least four on any visible range (see [`value_ticks`]).
pub fn value_marks(input: GridInput) -> Vec<GridMark> {
    let (ticks, step) = value_ticks(input.bounds.0, input.bounds.1);
    ticks
        .into_iter()
        .map(|value| GridMark {
            value,
            step_size: step,
        })
        .collect()
}

/// A plot that does not zoom or pan (the mouse wheel scrolls the page), with its legend at the
/// top left and value labels at round numbers: the settings of every chart in the app.
pub fn fixed_plot(id: &str, height: f32) -> Plot<'_> {
    Plot::new(id)
        .height(height)
        .legend(
            Legend::default()
                .position(Corner::LeftTop)
                // In the order drawn: stacked bars list bottom to top, as the breakdowns do.
                .follow_insertion_order(true),
        )
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .y_grid_spacer(value_marks)
        // Values show in the month tooltip, not as egui_plot's unframed hover text.
        .show_x(false)
        .show_y(false)
}

/// What a value axis's tick labels are.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ticks {
    /// Grouped numbers; the unit is the axis title (`EUR`).
    Plain,
    /// Percentages, the sign placed as the language writes it (`600 %`, `600%`).
    Percent,
}

/// A value axis with grouped tick labels and the given title.
pub fn value_axis<'a>(plot: Plot<'a>, title: String, ticks: Ticks) -> Plot<'a> {
    plot.y_axis_label(title)
        .y_axis_min_width(56.0)
        .y_axis_formatter(move |mark: GridMark, _range| {
            let tick = tick_text(mark.value, mark.step_size);
            match ticks {
                Ticks::Plain => tick,
                Ticks::Percent => {
                    crate::locale::numbers::with_percent(&tick, crate::locale::Lang::current())
                }
            }
        })
}

/// A chart over months `0..=horizon`, labelled at every month up to a year (every 2, 3 or 6
/// beyond).
pub fn month_plot(id: &str, height: f32, horizon: u32) -> Plot<'_> {
    let month_axis = AxisHints::new_x()
        .label(tr!("plot-month-axis"))
        .formatter(|mark: GridMark, _range| {
            if mark.value.fract() == 0.0 && mark.value >= 0.0 {
                format!("{}", mark.value)
            } else {
                String::new()
            }
        })
        // Month numbers are short: label them even when ticks are close together.
        .label_spacing(14.0..=18.0);
    fixed_plot(id, height)
        .include_x(0.0)
        .include_x(f64::from(horizon))
        .include_y(0.0)
        .custom_x_axes(vec![month_axis])
        .x_grid_spacer(month_marks(horizon))
}

/// One line of a month's tooltip: the series, its value as text, its colour.
pub struct TooltipRow {
    pub series: String,
    pub value: String,
    pub colour: Color32,
}

/// While the pointer is over a chart, a tooltip (on the tooltip's own background) listing
/// every series at the month under the pointer.
pub fn month_tooltip<R>(
    plot: &PlotResponse<R>,
    horizon: u32,
    rows: impl FnOnce(u32) -> Vec<TooltipRow>,
) {
    let Some(pointer) = plot.response.hover_pos() else {
        return;
    };
    let x = plot.transform.value_from_position(pointer).x.round();
    if !(0.0..=f64::from(horizon)).contains(&x) {
        return;
    }
    let month = x as u32;
    let rows = rows(month);
    if rows.is_empty() {
        return;
    }
    let response = &plot.response;
    egui::Tooltip::always_open(
        response.ctx.clone(),
        response.layer_id,
        response.id,
        egui::PopupAnchor::Pointer,
    )
    .gap(12.0)
    .show(|ui| {
        ui.label(RichText::new(tr!("plot-tooltip-month", month = i64::from(month))).strong());
        egui::Grid::new("month_tooltip")
            .num_columns(2)
            .spacing([12.0, 2.0])
            .show(ui, |ui| {
                for row in rows {
                    ui.label(RichText::new(row.series).color(row.colour));
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(RichText::new(row.value).monospace());
                    });
                    ui.end_row();
                }
            });
    });
}

/// The value of a series at `month`, if it has one.
pub fn at_month(series: &[[f64; 2]], month: u32) -> Option<f64> {
    series
        .iter()
        .find(|[x, _]| *x == f64::from(month))
        .map(|[_, y]| *y)
}

/// A figure with `decimals` decimals, grouped.
fn number_text(value: f64, decimals: u32) -> String {
    grouped(Decimal::from_f64(value).unwrap_or_default(), decimals)
}

/// A payback in months (as the tables write it).
fn payback_text(months: f64, horizon: u32) -> String {
    payback(Decimal::from_f64(months), horizon)
}

fn percent_text(value: f64) -> String {
    crate::locale::format::percent_approx(value, 2)
}

/// Cumulative ROI per month, the 0 % line and the payback point.
pub fn roi_plot(ui: &mut Ui, data: &ChartData, height: f32) {
    ui.label(RichText::new(tr!("plot-roi-title")).strong());
    let plot = value_axis(
        month_plot("roi_plot", height, data.horizon),
        tr!("plot-roi-axis"),
        Ticks::Percent,
    );
    let response = plot.show(ui, |plot| {
        // No name: the zero line needs no legend entry.
        plot.hline(HLine::new("", 0.0).color(Color32::GRAY).width(1.0));
        plot.line(
            Line::new(tr!("plot-roi-series"), data.roi.clone())
                .color(ROI_COLOUR)
                .width(2.5),
        );
        if let Some(payback) = data.payback_months {
            let label = tr!(
                "plot-payback",
                payback = payback_text(payback, data.horizon)
            );
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
                    RichText::new(format!("  {label}  ")).size(12.0).strong(),
                )
                .anchor(inside_anchor(payback, data.horizon, egui::Align::Max)),
            );
        }
    });
    month_tooltip(&response, data.horizon, |month| {
        at_month(&data.roi, month)
            .map(|roi| TooltipRow {
                series: tr!("plot-roi-series"),
                value: percent_text(roi),
                colour: ROI_COLOUR,
            })
            .into_iter()
            .collect()
    });
}

/// A call-out over a chart: `text` in a box above and to the right of `point` (to its left in
/// the chart's right half), kept inside the chart. The box hides the lines behind it, so the
/// text reads whatever crosses there, and it never runs into the month axis.
fn callout(ui: &Ui, plot: &egui_plot::PlotResponse<()>, point: [f64; 2], text: &str, size: f32) {
    let frame = *plot.transform.frame();
    let at = plot
        .transform
        .position_from_point(&PlotPoint::new(point[0], point[1]));
    let painter = ui.painter_at(frame);
    let galley = painter.layout_no_wrap(
        text.to_owned(),
        egui::FontId::proportional(size),
        ui.visuals().strong_text_color(),
    );
    let padding = egui::vec2(6.0, 3.0);
    let size = galley.size() + 2.0 * padding;
    let gap = 10.0;
    let left = if at.x < frame.center().x {
        at.x + gap
    } else {
        at.x - gap - size.x
    };
    let top = at.y - gap - size.y;
    let mut rect = egui::Rect::from_min_size(egui::pos2(left, top), size);
    // Inside the chart: shifted in from an edge rather than cut off by it.
    rect = rect.translate(egui::vec2(
        (frame.right() - rect.right()).min(0.0) + (frame.left() - rect.left()).max(0.0),
        (frame.top() - rect.top()).max(0.0),
    ));
    let visuals = ui.visuals();
    painter.rect(
        rect,
        4.0,
        visuals.extreme_bg_color.gamma_multiply(0.92),
        egui::Stroke::new(1.0, visuals.weak_text_color()),
        egui::StrokeKind::Inside,
    );
    painter.galley(rect.min + padding, galley, visuals.strong_text_color());
}

/// Where to anchor a call-out at month `x` so its text stays inside the chart: to the right of
/// the point in the chart's left half, to its left in the right half. `vertical` is the
/// text's side of the point (`Max`: above).
fn inside_anchor(x: f64, horizon: u32, vertical: egui::Align) -> egui::Align2 {
    let horizontal = if x <= f64::from(horizon) / 2.0 {
        egui::Align::Min
    } else {
        egui::Align::Max
    };
    egui::Align2([horizontal, vertical])
}

/// Cumulative cost against cumulative gain, with the break-even point. `callout_size` is the
/// text size of the break-even call-out (larger in presentation mode).
pub fn cost_gain_plot(ui: &mut Ui, data: &ChartData, height: f32, callout_size: f32) {
    let currency = data.currency.as_str();
    ui.label(RichText::new(tr!("plot-cost-gain-title")).strong());
    let plot = value_axis(
        month_plot("cost_gain_plot", height, data.horizon),
        currency.to_owned(),
        Ticks::Plain,
    )
    .include_y(data.max_cumulative * 1.1);
    // The legend entry and the call-out say the same.
    let break_even = data.break_even.map(|[month, cost]| {
        let label = tr!("plot-break-even", month = number_text(month, 2));
        ([month, cost], label)
    });
    let response = plot.show(ui, |plot| {
        plot.line(
            Line::new(tr!("plot-cumulative-cost"), data.cumulative_cost.clone())
                .color(COST_COLOUR)
                .width(2.5),
        );
        plot.line(
            Line::new(tr!("plot-cumulative-gain"), data.cumulative_gain.clone())
                .color(GAIN_COLOUR)
                .width(2.5),
        );
        if let Some((point, label)) = &break_even {
            plot.points(
                Points::new(label.clone(), vec![*point])
                    .shape(MarkerShape::Diamond)
                    .radius(7.0)
                    .color(Color32::from_rgb(120, 120, 120)),
            );
        }
    });
    if let Some((point, label)) = &break_even {
        callout(ui, &response, *point, label, callout_size);
    }
    month_tooltip(&response, data.horizon, |month| {
        let row = |series: String, points: &[[f64; 2]], colour| {
            at_month(points, month).map(|value| TooltipRow {
                series,
                value: money_text(value, currency),
                colour,
            })
        };
        let cost = row(
            tr!("plot-cumulative-cost"),
            &data.cumulative_cost,
            COST_COLOUR,
        );
        let gain = row(
            tr!("plot-cumulative-gain"),
            &data.cumulative_gain,
            GAIN_COLOUR,
        );
        let net = match (
            at_month(&data.cumulative_gain, month),
            at_month(&data.cumulative_cost, month),
        ) {
            (Some(gain), Some(cost)) => Some(TooltipRow {
                series: tr!("plot-cumulative-net"),
                value: money_text(gain - cost, currency),
                colour: ui_text_colour(gain - cost),
            }),
            _ => None,
        };
        [cost, gain, net].into_iter().flatten().collect()
    });
}

fn ui_text_colour(value: f64) -> Color32 {
    if value < 0.0 {
        COST_COLOUR
    } else {
        Color32::GRAY
    }
}

/// Customers without and with the CRM: the base retention keeps.
pub fn customers_plot(ui: &mut Ui, data: &ChartData, height: f32) {
    ui.label(RichText::new(tr!("plot-customers-title")).strong());
    let [without, with] = &data.customers;
    let series = [
        (tr!("plot-customers-without"), COST_COLOUR, without),
        (tr!("plot-customers-with"), GAIN_COLOUR, with),
    ];
    let plot = value_axis(
        month_plot("customers_plot", height, data.horizon),
        tr!("plot-customers-axis"),
        Ticks::Plain,
    );
    let response = plot.show(ui, |plot| {
        for (name, colour, points) in &series {
            plot.line(
                Line::new(name.clone(), points.to_vec())
                    .color(*colour)
                    .width(2.5),
            );
        }
    });
    month_tooltip(&response, data.horizon, |month| {
        series
            .iter()
            .filter_map(|(name, colour, points)| {
                at_month(points, month).map(|value| TooltipRow {
                    series: name.clone(),
                    value: grouped(Decimal::from_f64(value).unwrap_or_default(), 1),
                    colour: *colour,
                })
            })
            .collect()
    });
}

/// Monthly gain by driver, stacked.
pub fn gains_plot(ui: &mut Ui, data: &ChartData, height: f32) {
    stacked_plot(
        ui,
        "gains_plot",
        &tr!("plot-gains-title"),
        &data.gains,
        data,
        height,
    );
}

/// Monthly cost by kind, stacked: one-time costs at go-live, and annual licence bills as
/// yearly spikes.
pub fn costs_plot(ui: &mut Ui, data: &ChartData, height: f32) {
    stacked_plot(
        ui,
        "costs_plot",
        &tr!("plot-costs-title"),
        &data.costs,
        data,
        height,
    );
}

fn stacked_plot(
    ui: &mut Ui,
    id: &'static str,
    title: &str,
    stacks: &Stacks,
    data: &ChartData,
    height: f32,
) {
    let currency = data.currency.as_str();
    ui.label(RichText::new(title).strong());
    let mut charts: Vec<BarChart> = Vec::with_capacity(stacks.parts.len());
    for (index, colour, series) in &stacks.parts {
        let bars = series
            .iter()
            .map(|&[month, value]| Bar::new(month, value).width(0.7))
            .collect();
        // The month tooltip names the values; the bars' own hover text would have no
        // background.
        let chart = BarChart::new((stacks.label)(*index), bars)
            .color(*colour)
            .element_formatter(Box::new(|_, _| String::new()));
        let below: Vec<&BarChart> = charts.iter().collect();
        let chart = chart.stack_on(&below);
        charts.push(chart);
    }
    let headroom = legend_headroom(ui, stacks.parts.len(), height);
    let plot = value_axis(
        month_plot(id, height, data.horizon),
        currency.to_owned(),
        Ticks::Plain,
    )
    .legend(
        Legend::default()
            .position(Corner::LeftTop)
            .follow_insertion_order(true)
            .text_style(egui::TextStyle::Small),
    )
    .include_x(-0.5)
    .include_x(f64::from(data.horizon) + 0.5)
    .include_y(stacks.max_total * headroom);
    let response = plot.show(ui, |plot| {
        for chart in charts {
            plot.bar_chart(chart);
        }
    });
    month_tooltip(&response, data.horizon, |month| {
        let mut rows: Vec<TooltipRow> = stacks
            .parts
            .iter()
            .filter_map(|(index, colour, series)| {
                at_month(series, month)
                    .filter(|value| *value != 0.0)
                    .map(|value| TooltipRow {
                        series: (stacks.label)(*index),
                        value: money_text(value, currency),
                        colour: *colour,
                    })
            })
            .collect();
        let total: f64 = stacks
            .parts
            .iter()
            .filter_map(|(_, _, series)| at_month(series, month))
            .sum();
        rows.push(TooltipRow {
            series: tr!("plot-total"),
            value: money_text(total, currency),
            colour: Color32::GRAY,
        });
        rows
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tick_labels_have_the_decimals_their_step_needs() {
        assert_eq!(tick_text(150_000.0, 50_000.0), "150,000");
        assert_eq!(tick_text(-45_000.0, 5_000.0), "-45,000");
        assert_eq!(tick_text(0.5, 0.5), "0.5");
        assert_eq!(tick_text(0.25, 0.25), "0.25");
        assert_eq!(tick_text(7.5, 2.5), "7.5");
    }
}
