//! File commands: opening and saving scenarios, presets, the comparison's files, and asking
//! before unsaved changes are thrown away. Dialogs only choose a path; the functions here do
//! the work, so tests call them directly.

use std::path::Path;

use egui::ViewportCommand;

use super::CrmRoiApp;
use super::dialogs::{DialogPurpose, ExportKind, PendingDialog};
use super::document::Document;
use crate::files::presets::PRESETS;

/// An action that would throw away unsaved changes, waiting for the user's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Discarding {
    New,
    Open,
    Preset(usize),
    Close,
}

impl Discarding {
    pub(super) fn verb(self) -> &'static str {
        match self {
            Discarding::New => "starting a new scenario",
            Discarding::Open | Discarding::Preset(_) => "opening another scenario",
            Discarding::Close => "closing",
        }
    }
}

impl CrmRoiApp {
    /// Opens a scenario file, as Open does after its dialog. On failure the error is shown and
    /// the scenario on screen stays as it was.
    pub fn open_path(&mut self, path: &Path) -> bool {
        match Document::open(path) {
            Ok(document) => {
                self.replace_document(document);
                self.status = Some(format!("Opened {}", path.display()));
                true
            }
            Err(error) => {
                self.error = Some(error.to_string());
                false
            }
        }
    }

    /// Saves to `path` (atomically), as Save As does after its dialog.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match self.document.save_as(path) {
            Ok(()) => {
                self.error = None;
                self.status = Some(format!("Saved to {}", path.display()));
                true
            }
            Err(error) => {
                self.error = Some(error.to_string());
                false
            }
        }
    }

    /// Adds a scenario file to the comparison, as "Add a file…" does after its dialog.
    pub fn add_to_compare(&mut self, path: &Path) -> bool {
        match crate::files::load_scenario(path) {
            Ok(scenario) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.compare.add(name, scenario);
                true
            }
            Err(error) => {
                self.error = Some(error.to_string());
                false
            }
        }
    }

    /// Merges measured months from a CSV into the scenario on screen, as *Import CSV…* does
    /// after its dialog: the command line's parser and merge; one undo step; on a refused
    /// file the error names its row and column and nothing changes.
    pub fn import_actuals(&mut self, path: &Path) -> bool {
        use crate::files::actuals_csv::{read_actuals_csv, with_imported};
        let scenario = self.document.scenario();
        let months = match read_actuals_csv(path, scenario.horizon_months) {
            Ok(months) => months,
            Err(error) => {
                self.error = Some(error.to_string());
                return false;
            }
        };
        let (merged, imported) = with_imported(scenario, months);
        if let Err(errors) = merged.validate() {
            self.error = Some(format!("{}: {errors}", path.display()));
            return false;
        }
        self.document.edit(|s| *s = merged);
        self.document.end_gesture();
        self.tracking.reset();
        self.error = None;
        self.status = Some(format!(
            "Imported {} measured month(s) from {}",
            imported.months.len(),
            path.display()
        ));
        true
    }

    pub fn open_preset(&mut self, index: usize) {
        let Some(preset) = PRESETS.get(index) else {
            return;
        };
        match preset.scenario() {
            Ok(scenario) => {
                // A preset opens as a new, unsaved scenario: saving never overwrites the example.
                let mut document = Document::new(crate::Scenario::default(), None);
                document.edit(|s| *s = scenario);
                document.end_gesture();
                self.replace_document(document);
                self.status = Some(format!("Opened the preset \"{}\"", preset.title));
            }
            Err(error) => self.error = Some(error.to_string()),
        }
    }

    pub(super) fn replace_document(&mut self, document: Document) {
        self.document = document;
        self.inputs.reset();
        self.tracking.reset();
        self.error = None;
    }

    /// Runs `action` now, or asks first when it would discard unsaved changes.
    pub(super) fn guard(&mut self, action: Discarding, ctx: &egui::Context) {
        if self.document.is_dirty() && !self.close_confirmed {
            self.confirm = Some(action);
        } else {
            self.perform(action, ctx);
        }
    }

    pub(super) fn perform(&mut self, action: Discarding, ctx: &egui::Context) {
        match action {
            Discarding::New => {
                self.replace_document(Document::default());
                self.status = Some("New scenario".into());
            }
            Discarding::Open => self.open_dialog(DialogPurpose::Open, ctx),
            Discarding::Preset(index) => self.open_preset(index),
            Discarding::Close => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    pub(super) fn open_dialog(&mut self, purpose: DialogPurpose, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return;
        }
        let suggested = self.document.scenario().name.clone();
        self.dialog = Some(PendingDialog::spawn(purpose, suggested, ctx));
    }

    pub(super) fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some(result) = self.dialog.as_ref().and_then(PendingDialog::poll) else {
            return;
        };
        let purpose = self.dialog.take().map(|d| d.purpose);
        let Some(path) = result else {
            return;
        };
        match purpose {
            Some(DialogPurpose::Open) => {
                self.open_path(&path);
            }
            Some(DialogPurpose::AddToCompare) => {
                self.add_to_compare(&path);
            }
            Some(DialogPurpose::ImportActuals) => {
                self.import_actuals(&path);
            }
            Some(DialogPurpose::Export(kind)) => {
                let path = if path.extension().is_none() {
                    path.with_extension(kind.extension())
                } else {
                    path
                };
                match kind {
                    ExportKind::Csv => {
                        self.export_csv_to(&path);
                    }
                    ExportKind::Html => {
                        self.export_html_to(&path);
                    }
                    ExportKind::ChartPng => {
                        self.export_chart_png_to(&path);
                    }
                    ExportKind::WindowPng => {
                        self.export_png_to(&path, ctx);
                    }
                    ExportKind::ActualsTemplate => {
                        self.export_actuals_template_to(&path);
                    }
                }
            }
            Some(DialogPurpose::SaveAs) => {
                let path = if path.extension().is_none() {
                    path.with_extension("ron")
                } else {
                    path
                };
                self.save_to(&path);
            }
            None => {}
        }
    }

    pub(super) fn confirm_dialog(&mut self, ctx: &egui::Context) {
        let Some(action) = self.confirm else {
            return;
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("confirm_discard")).show(ctx, |ui| {
            ui.set_max_width(360.0);
            ui.heading("Unsaved changes");
            ui.label(format!(
                "\"{}\" has changes that are not saved. Discard them before {}?",
                self.document.scenario().name,
                action.verb()
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Discard changes").clicked() {
                    answer = Some(true);
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => {
                self.confirm = None;
                if action == Discarding::Close {
                    self.perform(action, ctx);
                } else {
                    // Discarding means the current changes are given up, not saved.
                    self.close_confirmed = true;
                    self.perform(action, ctx);
                    self.close_confirmed = false;
                }
            }
            Some(false) => self.confirm = None,
            None => {}
        }
    }
}
