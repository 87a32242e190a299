//! Exports of what is on screen: the monthly table (CSV), the one-page report (HTML) and images
//! (PNG) of the chart or the window. Each is written atomically and reported in the status bar.

use std::path::Path;

use super::CrmRoiApp;
use super::dialogs::ExportKind;
use crate::tr;

/// Pixels of the "Chart as PNG" export: a 16:9 slide.
pub const CHART_PNG_SIZE: [u32; 2] = [1600, 900];

impl CrmRoiApp {
    /// Writes the monthly table as CSV, as File → Export does after its dialog.
    pub fn export_csv_to(&mut self, path: &Path) -> bool {
        let Ok(projection) = self.document.projection() else {
            return false;
        };
        let text = crate::report::csv(projection);
        self.finish_export(path, ExportKind::Csv, text.as_bytes())
    }

    /// Writes the monthly table as CSV for a spreadsheet in the window's language (`;` and a
    /// decimal comma where the language writes one), as File → Export does after its dialog.
    pub fn export_spreadsheet_csv_to(&mut self, path: &Path) -> bool {
        let Ok(projection) = self.document.projection() else {
            return false;
        };
        let text = crate::report::spreadsheet_csv(projection, self.lang);
        self.finish_export(path, ExportKind::SpreadsheetCsv, text.as_bytes())
    }

    /// Writes the template of measured months: every measure's column and the plan's
    /// figures per month (what each month would measure if the plan holds), to overwrite
    /// with what happened and import.
    pub fn export_actuals_template_to(&mut self, path: &Path) -> bool {
        let Ok(projection) = self.document.projection() else {
            return false;
        };
        let scenario = self.document.scenario();
        let rows: Vec<_> = (1..=scenario.horizon_months)
            .filter_map(|month| {
                crate::model::tracking::planned_measures(
                    scenario,
                    projection,
                    month,
                    rust_decimal::Decimal::ONE_HUNDRED,
                )
                .ok()
            })
            .collect();
        let text = crate::report::tracking::template_csv(&rows);
        self.finish_export(path, ExportKind::ActualsTemplate, text.as_bytes())
    }

    /// Writes the one-page HTML report.
    pub fn export_html_to(&mut self, path: &Path) -> bool {
        let Ok(projection) = self.document.projection() else {
            return false;
        };
        let scenario = self.document.scenario();
        let text =
            crate::report::html::html_report(scenario, projection, &crate::report::html::today());
        self.finish_export(path, ExportKind::Html, text.as_bytes())
    }

    /// Writes the cumulative cost and gain chart as a slide-ready PNG (1600 × 900, with its
    /// title, legend and axis labels), drawn from the report's chart rather than grabbed
    /// from the screen.
    pub fn export_chart_png_to(&mut self, path: &Path) -> bool {
        let Ok(projection) = self.document.projection() else {
            return false;
        };
        let svg = crate::report::html::cost_gain_chart(
            projection,
            &self.document.scenario().currency,
            crate::report::svg::Canvas::SLIDE,
        );
        match crate::report::png::render_svg(&svg, CHART_PNG_SIZE[0], CHART_PNG_SIZE[1]) {
            Ok(bytes) => self.finish_export(path, ExportKind::ChartPng, &bytes),
            Err(error) => {
                self.error = Some(tr!("export-error-chart", error = error.to_string()));
                false
            }
        }
    }

    /// Asks egui for a screenshot of the window and writes it as PNG when it arrives, a
    /// frame later. The outcome shows in the status bar.
    pub fn export_png_to(&mut self, path: &Path, ctx: &egui::Context) {
        let outcome = std::sync::Arc::clone(&self.png_export);
        let path = path.to_owned();
        let repaint = ctx.clone();
        ctx.request_screenshot(move |image| {
            let rgba: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
            let [width, height] = image.size;
            let result = crate::report::png::encode_png(width as u32, height as u32, &rgba)
                .and_then(|bytes| {
                    crate::files::write_atomically(&path, &bytes)
                        .map_err(|e| crate::locale::messages::file_error(&e))
                })
                .map(|()| path.clone());
            if let Ok(mut slot) = outcome.lock() {
                *slot = Some(result);
            }
            repaint.request_repaint();
        });
    }

    pub(super) fn finish_export(&mut self, path: &Path, kind: ExportKind, bytes: &[u8]) -> bool {
        match crate::files::write_atomically(path, bytes) {
            Ok(()) => {
                self.status = Some(tr!(
                    "export-status-exported",
                    what = kind.describe(),
                    path = path.display().to_string(),
                ));
                true
            }
            Err(error) => {
                self.error = Some(crate::locale::messages::file_error(&error));
                false
            }
        }
    }

    /// Reports a PNG export that finished since the last frame.
    pub(super) fn poll_png_export(&mut self) {
        let finished = self.png_export.lock().ok().and_then(|mut slot| slot.take());
        match finished {
            Some(Ok(path)) => {
                self.status = Some(tr!(
                    "export-status-image",
                    path = path.display().to_string()
                ))
            }
            Some(Err(error)) => self.error = Some(tr!("export-error-image", error = error)),
            None => {}
        }
    }
}
