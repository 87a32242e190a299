//! Risk range: low / most likely / high per driver, a Monte Carlo run in the background, and
//! its result as KPI tiles, a P10–P90 band around the P50 ROI curve and a histogram.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, channel};

use egui::{Color32, RichText, Ui};
use egui_plot::{AxisHints, Bar, BarChart, GridMark, Line, Polygon};

use super::kpi_tiles::{self, Tile};
use super::plots::{TooltipRow, month_plot, month_tooltip, value_axis};
pub use super::range_fields::RangeChange;
use super::range_fields::{RANGE_LABELS, RangeFields};
use crate::analysis::risk::{Control, DEFAULT_RUNS, DEFAULT_SEED, RiskResult, risk};
use crate::model::driver::Driver;
use crate::model::scenario::Scenario;

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
            let label = ui.label("Runs");
            ui.add(
                egui::DragValue::new(&mut self.runs)
                    .range(100..=200_000)
                    .speed(100),
            )
            .labelled_by(label.id)
            .on_hover_text("Number of Monte Carlo runs");
            let label = ui.label("Seed");
            ui.add(egui::DragValue::new(&mut self.seed))
                .labelled_by(label.id)
                .on_hover_text("The same seed gives the same result");
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
            ui.label(
                "Give at least one driver a range below to see how wrong the estimate could be.",
            );
        } else {
            match &self.result {
                Some((result_key, Ok(result))) => {
                    if *result_key != key {
                        ui.label(RichText::new("Updating…").weak());
                    }
                    show_result(ui, result, scenario, std::mem::take(&mut self.fresh));
                }
                Some((_, Err(error))) => {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                }
                None => {
                    ui.label("Simulating…");
                }
            }
        }
        ui.add_space(8.0);
        egui::CollapsingHeader::new(RichText::new("Ranges (low / most likely / high)").strong())
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
                ui.label(RichText::new("Driver").strong());
                ui.label(RichText::new("Uncertain").strong());
                for heading in RANGE_LABELS {
                    ui.label(RichText::new(heading).strong());
                }
                ui.end_row();
                for driver in Driver::ALL {
                    let range = scenario.ranges.get(driver.field_name()).copied();
                    let label = ui.label(driver.label());
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
                            for _ in RANGE_LABELS {
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
    let pct = |v: f64| format!("{v:.2} %");
    let months = |v: Option<f64>| {
        v.map_or(format!("not within {horizon} months"), |m| {
            format!("{m:.2} months")
        })
    };
    let tiles = vec![
        Tile {
            caption: format!("P50 ROI at {horizon} months"),
            value: pct(result.roi_pct.p50),
            negative: result.roi_pct.p50 < 0.0,
            formula: "Half the runs end above this ROI, half below".into(),
        },
        Tile {
            caption: "ROI range, P10 to P90".into(),
            value: format!("{:.0} to {:.0} %", result.roi_pct.p10, result.roi_pct.p90),
            negative: result.roi_pct.p10 < 0.0,
            formula: "Eight runs in ten end between these ROIs".into(),
        },
        Tile {
            caption: format!("Chance of paying back in {horizon} months"),
            value: format!("{:.1} %", result.probability_payback_within_horizon * 100.0),
            negative: result.probability_payback_within_horizon < 0.5,
            formula: "Share of runs whose cumulative net ends at or above zero".into(),
        },
        Tile {
            caption: "Chance of a negative ROI".into(),
            value: format!("{:.1} %", result.probability_negative_roi * 100.0),
            negative: result.probability_negative_roi > 0.5,
            formula: "Share of runs that lose money over the horizon".into(),
        },
        Tile {
            caption: "P50 payback".into(),
            value: months(result.payback_months.p50),
            negative: result.payback_months.p50.is_none(),
            formula: format!(
                "P10 {} / P50 {} / P90 {}",
                months(result.payback_months.p10),
                months(result.payback_months.p50),
                months(result.payback_months.p90)
            ),
        },
    ];
    kpi_tiles::show(ui, &tiles, 1.0, kpi_tiles::MIN_TILE_WIDTH);
    ui.label(
        RichText::new(format!(
            "{} runs, seed {}",
            crate::locale::format::grouped(result.runs.into(), 0),
            result.seed
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
    ui.label(RichText::new("Cumulative ROI: P50 with the P10–P90 band").strong());
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
    let plot = value_axis(month_plot("risk_band", 230.0, horizon), "ROI".into(), " %");
    let response = plot.show(ui, |plot| {
        // The legend takes an item's stroke colour: the band's is its fill, so they match.
        plot.polygon(
            Polygon::new("P10–P90", band)
                .fill_color(band_colour)
                .stroke(egui::Stroke::new(0.5, band_colour)),
        );
        plot.line(Line::new("P50", p50).color(colour).width(2.5));
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
                        series: format!("ROI {series}"),
                        value: format!("{value:.2} %"),
                        colour,
                    })
                    .collect()
            })
            .unwrap_or_default()
    });
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
    ui.label(RichText::new("ROI at the horizon across runs").strong());
    let Some((min, width, counts)) = histogram_bins(&result.roi_samples) else {
        return;
    };
    let bars = counts
        .iter()
        .enumerate()
        .map(|(i, &n)| Bar::new(min + (i as f64 + 0.5) * width, f64::from(n)).width(width * 0.95))
        .collect();
    let roi_axis = AxisHints::new_x()
        .label("ROI at the horizon (%)")
        .formatter(|mark: GridMark, _| format!("{:.0} %", mark.value));
    let mut plot = super::plots::fixed_plot("risk_histogram", 230.0)
        .custom_x_axes(vec![roi_axis])
        .x_grid_spacer(super::plots::value_marks)
        .y_axis_label("Runs")
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
            BarChart::new("Runs", bars)
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
        ui.label(format!(
            "ROI from {from:.1} % to {:.1} %: {count} runs",
            from + width
        ));
    });
}
