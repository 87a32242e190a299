//! Risk range: low / most likely / high per driver, a Monte Carlo run in the background, and
//! its result as KPI tiles, a P10–P90 band around the P50 ROI curve and a histogram.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, channel};

use egui::{Color32, RichText, Ui};
use egui_plot::{AxisHints, Bar, BarChart, GridMark, Line, Polygon};
use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive as _;

use super::kpi_tiles::{self, Tile};
use super::plots::{Ticks, TooltipRow, month_plot, month_tooltip, value_axis};
pub use super::range_fields::RangeChange;
use super::range_fields::{RangeFields, range_labels};
use crate::analysis::risk::{Control, DEFAULT_RUNS, DEFAULT_SEED, RiskResult, risk};
use crate::locale::format::{grouped, payback, percent_approx};
use crate::locale::terms;
use crate::model::driver::Driver;
use crate::model::scenario::Scenario;
use crate::tr;

/// A simulation running on its own thread.
struct Job {
    key: JobKey,
    control: Arc<Control>,
    receiver: Receiver<Result<RiskResult, String>>,
}

/// What a result was computed for: a different key makes it stale.
#[derive(Clone, Copy, PartialEq, Eq)]
struct JobKey {
    revision: u64,
    runs: u32,
    seed: u64,
}

pub struct RiskView {
    runs: u32,
    seed: u64,
    job: Option<Job>,
    result: Option<(JobKey, Result<RiskResult, String>)>,
    /// A result arrived since the last frame (the histogram then fits its axes anew).
    fresh: bool,
    ranges: RangeFields,
}

impl Default for RiskView {
    fn default() -> Self {
        Self {
            runs: DEFAULT_RUNS,
            seed: DEFAULT_SEED,
            job: None,
            result: None,
            fresh: false,
            ranges: RangeFields::default(),
        }
    }
}

impl RiskView {
    /// The latest finished result, if it is for the scenario on screen.
    pub fn result(&self) -> Option<&RiskResult> {
        self.result.as_ref().and_then(|(_, r)| r.as_ref().ok())
    }

    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// Forgets the message of a refused range entry (see `InputsPanel::clear_messages`).
    pub fn clear_messages(&mut self) {
        self.ranges.clear_error();
    }

    pub fn ui(&mut self, ui: &mut Ui, scenario: &Scenario, revision: u64) -> Option<RangeChange> {
        let key = JobKey {
            revision,
            runs: self.runs,
            seed: self.seed,
        };
        self.poll();
        if !scenario.ranges.is_empty() {
            self.start_if_stale(key, scenario, ui.ctx());
        }
        ui.horizontal(|ui| {
            let label = ui.label(tr!("risk-runs"));
            ui.add(
                egui::DragValue::new(&mut self.runs)
                    .range(100..=200_000)
                    .speed(100),
            )
            .labelled_by(label.id)
            .on_hover_text(tr!("risk-runs-help"));
            let label = ui.label(tr!("risk-seed"));
            ui.add(egui::DragValue::new(&mut self.seed))
                .labelled_by(label.id)
                .on_hover_text(tr!("risk-seed-help"));
            if let Some(job) = &self.job {
                let done = job.control.done_runs.load(Ordering::Relaxed);
                let share = done as f32 / job.key.runs.max(1) as f32;
                ui.add(
                    egui::ProgressBar::new(share)
                        .desired_width(160.0)
                        .show_percentage(),
                );
                // Keep the progress bar moving while the simulation runs.
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_millis(50));
            }
        });
        ui.add_space(6.0);
        if scenario.ranges.is_empty() {
            ui.label(tr!("risk-no-ranges"));
        } else {
            match &self.result {
                Some((result_key, Ok(result))) => {
                    if *result_key != key {
                        ui.label(RichText::new(tr!("risk-updating")).weak());
                    }
                    show_result(ui, result, scenario, std::mem::take(&mut self.fresh));
                }
                Some((_, Err(error))) => {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                }
                None => {
                    ui.label(tr!("risk-simulating"));
                }
            }
        }
        ui.add_space(8.0);
        egui::CollapsingHeader::new(RichText::new(tr!("risk-ranges-title")).strong())
            .id_salt("risk_ranges")
            .default_open(true)
            .show(ui, |ui| self.ranges_editor(ui, scenario))
            .body_returned
            .flatten()
    }

    fn poll(&mut self) {
        let Some(job) = &self.job else {
            return;
        };
        if let Ok(result) = job.receiver.try_recv() {
            self.result = Some((job.key, result));
            self.job = None;
            self.fresh = true;
        }
    }

    /// Starts a simulation unless the one running or finished is for `key`. A stale run is
    /// cancelled and replaced, never queued.
    fn start_if_stale(&mut self, key: JobKey, scenario: &Scenario, ctx: &egui::Context) {
        let current = self
            .job
            .as_ref()
            .map(|job| job.key)
            .or(self.result.as_ref().map(|(k, _)| *k));
        if current == Some(key) {
            return;
        }
        if let Some(job) = self.job.take() {
            job.control.cancel.store(true, Ordering::Relaxed);
        }
        let control = Arc::new(Control::default());
        let (sender, receiver) = channel();
        let scenario = scenario.clone();
        let ctx = ctx.clone();
        let worker_control = Arc::clone(&control);
        std::thread::spawn(move || {
            let result = risk(&scenario, key.runs, key.seed, &worker_control);
            if !worker_control.cancel.load(Ordering::Relaxed) {
                let _ = sender.send(result.map_err(|e| e.to_string()));
                ctx.request_repaint();
            }
        });
        self.job = Some(Job {
            key,
            control,
            receiver,
        });
    }

    fn ranges_editor(&mut self, ui: &mut Ui, scenario: &Scenario) -> Option<RangeChange> {
        let mut change = None;
        if let Some(error) = self.ranges.error() {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        egui::Grid::new("ranges")
            .num_columns(5)
            .striped(true)
            .spacing([10.0, 3.0])
            .show(ui, |ui| {
                ui.label(RichText::new(tr!("risk-driver")).strong());
                ui.label(RichText::new(tr!("risk-uncertain")).strong());
                for heading in range_labels() {
                    ui.label(RichText::new(heading).strong());
                }
                ui.end_row();
                for driver in Driver::ALL {
                    let range = scenario.ranges.get(driver.field_name()).copied();
                    let label = ui.label(terms::driver_label(driver));
                    let mut uncertain = range.is_some();
                    if ui
                        .checkbox(&mut uncertain, "")
                        .labelled_by(label.id)
                        .changed()
                    {
                        change = Some(RangeChange::toggle(driver, scenario, uncertain));
                    }
                    match range {
                        Some(triangle) => {
                            if let Some(new) = self.ranges.fields(ui, driver, triangle, label.id) {
                                change = Some(new);
                            }
                        }
                        None => {
                            for _ in 0..3 {
                                ui.label("");
                            }
                        }
                    }
                    ui.end_row();
                }
            });
        change
    }
}

fn show_result(ui: &mut Ui, result: &RiskResult, scenario: &Scenario, fresh: bool) {
    let horizon = scenario.horizon_months;
    let pct = |v: f64| percent_approx(v, 2);
    let months = |v: Option<f64>| payback(v.and_then(Decimal::from_f64), horizon);
    let tiles = vec![
        Tile {
            caption: tr!("risk-tile-p50-roi", months = i64::from(horizon)),
            value: pct(result.roi_pct.p50),
            negative: result.roi_pct.p50 < 0.0,
            formula: tr!("risk-tile-p50-roi-formula"),
        },
        Tile {
            caption: tr!("risk-tile-roi-range"),
            value: tr!(
                "risk-tile-roi-range-value",
                p10 = number(result.roi_pct.p10, 0),
                p90 = number(result.roi_pct.p90, 0)
            ),
            negative: result.roi_pct.p10 < 0.0,
            formula: tr!("risk-tile-roi-range-formula"),
        },
        Tile {
            caption: tr!("risk-tile-payback-chance", months = i64::from(horizon)),
            value: percent_approx(result.probability_payback_within_horizon * 100.0, 1),
            negative: result.probability_payback_within_horizon < 0.5,
            formula: tr!("risk-tile-payback-chance-formula"),
        },
        Tile {
            caption: tr!("risk-tile-negative-chance"),
            value: percent_approx(result.probability_negative_roi * 100.0, 1),
            negative: result.probability_negative_roi > 0.5,
            formula: tr!("risk-tile-negative-chance-formula"),
        },
        Tile {
            caption: tr!("risk-tile-p50-payback"),
            value: months(result.payback_months.p50),
            negative: result.payback_months.p50.is_none(),
            formula: tr!(
                "risk-tile-p50-payback-formula",
                p10 = months(result.payback_months.p10),
                p50 = months(result.payback_months.p50),
                p90 = months(result.payback_months.p90)
            ),
        },
    ];
    kpi_tiles::show(ui, &tiles, 1.0, kpi_tiles::MIN_TILE_WIDTH);
    ui.label(
        RichText::new(tr!(
            "risk-runs-seed",
            count = i64::from(result.runs),
            runs = grouped(result.runs.into(), 0),
            seed = result.seed.to_string()
        ))
        .weak(),
    );
    ui.add_space(6.0);
    ui.columns(2, |columns| {
        band_plot(&mut columns[0], result, horizon);
        histogram(&mut columns[1], result, fresh);
    });
}

fn band_plot(ui: &mut Ui, result: &RiskResult, horizon: u32) {
    ui.label(RichText::new(tr!("risk-band-title")).strong());
    let months: Vec<_> = result
        .months
        .iter()
        .filter_map(|m| Some((f64::from(m.month), m.roi_pct?)))
        .collect();
    let mut band: Vec<[f64; 2]> = months.iter().map(|(x, p)| [*x, p.p90]).collect();
    band.extend(months.iter().rev().map(|(x, p)| [*x, p.p10]));
    let p50: Vec<[f64; 2]> = months.iter().map(|(x, p)| [*x, p.p50]).collect();
    let colour = Color32::from_rgb(66, 133, 244);
    let band_colour = colour.linear_multiply(0.3);
    let plot = value_axis(
        month_plot("risk_band", 230.0, horizon),
        tr!("risk-band-axis"),
        Ticks::Percent,
    );
    let response = plot.show(ui, |plot| {
        // The legend takes an item's stroke colour: the band's is its fill, so they match.
        plot.polygon(
            Polygon::new(tr!("risk-band-p10-p90"), band)
                .fill_color(band_colour)
                .stroke(egui::Stroke::new(0.5, band_colour)),
        );
        plot.line(
            Line::new(tr!("risk-band-p50"), p50)
                .color(colour)
                .width(2.5),
        );
    });
    month_tooltip(&response, horizon, |month| {
        result
            .months
            .iter()
            .find(|m| m.month == month)
            .and_then(|m| m.roi_pct)
            .map(|p| {
                [("P90", p.p90), ("P50", p.p50), ("P10", p.p10)]
                    .into_iter()
                    .map(|(series, value)| TooltipRow {
                        series: tr!("risk-band-tooltip", percentile = series),
                        value: percent_approx(value, 2),
                        colour,
                    })
                    .collect()
            })
            .unwrap_or_default()
    });
}

/// A figure with `decimals` decimals, grouped.
fn number(value: f64, decimals: u32) -> String {
    grouped(Decimal::from_f64(value).unwrap_or_default(), decimals)
}

/// How many runs end in each of 30 equal ROI bins.
fn histogram_bins(samples: &[f64]) -> Option<(f64, f64, Vec<u32>)> {
    let (&min, &max) = (samples.first()?, samples.last()?);
    let bins = 30;
    let width = ((max - min) / bins as f64).max(1e-6);
    let mut counts = vec![0_u32; bins];
    for &roi in samples {
        let bin = (((roi - min) / width) as usize).min(bins - 1);
        counts[bin] += 1;
    }
    Some((min, width, counts))
}

fn histogram(ui: &mut Ui, result: &RiskResult, fresh: bool) {
    ui.label(RichText::new(tr!("risk-histogram-title")).strong());
    let Some((min, width, counts)) = histogram_bins(&result.roi_samples) else {
        return;
    };
    let bars = counts
        .iter()
        .enumerate()
        .map(|(i, &n)| Bar::new(min + (i as f64 + 0.5) * width, f64::from(n)).width(width * 0.95))
        .collect();
    let roi_axis = AxisHints::new_x()
        .label(tr!("risk-histogram-axis"))
        .formatter(|mark: GridMark, _| percent_approx(mark.value, 0));
    let mut plot = super::plots::fixed_plot("risk_histogram", 230.0)
        .custom_x_axes(vec![roi_axis])
        .x_grid_spacer(super::plots::value_marks)
        .y_axis_label(tr!("risk-histogram-runs-axis"))
        .y_axis_min_width(56.0)
        .y_axis_formatter(|mark: GridMark, _| format!("{:.0}", mark.value))
        .include_y(0.0);
    if fresh {
        // A new result: forget the last one's bounds, so both axes fit the new runs.
        plot = plot.reset();
    }
    let colour = Color32::from_rgb(66, 133, 244);
    let response = plot.show(ui, |plot| {
        plot.bar_chart(
            BarChart::new(tr!("risk-histogram-runs"), bars)
                .color(colour)
                .element_formatter(Box::new(|_, _| String::new())),
        );
    });
    let Some(pointer) = response.response.hover_pos() else {
        return;
    };
    let roi = response.transform.value_from_position(pointer).x;
    let bin = ((roi - min) / width).floor();
    if !(0.0..counts.len() as f64).contains(&bin) {
        return;
    }
    let (from, count) = (min + bin * width, counts[bin as usize]);
    egui::Tooltip::always_open(
        response.response.ctx.clone(),
        response.response.layer_id,
        response.response.id,
        egui::PopupAnchor::Pointer,
    )
    .gap(12.0)
    .show(|ui| {
        ui.label(tr!(
            "risk-histogram-tooltip",
            from = number(from, 1),
            to = number(from + width, 1),
            count = i64::from(count)
        ));
    });
}
