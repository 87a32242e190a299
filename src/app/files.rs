//! File commands: opening and saving scenarios, presets, the comparison's files, and asking
//! before unsaved changes are thrown away. Dialogs only choose a path; the functions here do
//! the work, so tests call them directly.

use std::path::Path;

use egui::ViewportCommand;

use super::CrmRoiApp;
use super::dialogs::{DialogPurpose, ExportKind, PendingDialog};
use super::document::Document;
use crate::files::presets::PRESETS;
use crate::files::stamp::OnDisk;
use crate::locale::messages;
use crate::tr;

/// An action that would throw away unsaved changes, waiting for the user's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Discarding {
    New,
    Open,
    Preset(usize),
    Close,
}

/// A save that waits for the user: the file changed on disk since it was opened, or is gone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Overwrite {
    state: OnDisk,
    /// What to do after saving (the action a "Save" answer was for).
    then: Option<Discarding>,
}

impl Discarding {
    /// The question before the action, about the scenario named `name`.
    pub(super) fn question(self, name: &str) -> String {
        match self {
            Discarding::New => tr!("files-confirm-before-new", name = name),
            Discarding::Open | Discarding::Preset(_) => {
                tr!("files-confirm-before-open", name = name)
            }
            Discarding::Close => tr!("files-confirm-before-close", name = name),
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
                self.status = Some(tr!(
                    "files-status-opened",
                    path = path.display().to_string()
                ));
                true
            }
            Err(error) => {
                self.error = Some(messages::file_error(&error));
                false
            }
        }
    }

    /// Saves to `path` (atomically), as Save As does after its dialog.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match self.document.save_as(path) {
            Ok(()) => {
                self.error = None;
                self.status = Some(tr!("files-status-saved", path = path.display().to_string()));
                true
            }
            Err(error) => {
                self.error = Some(messages::file_error(&error));
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
                self.error = Some(messages::file_error(&error));
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
                self.error = Some(messages::csv_error(&error));
                return false;
            }
        };
        let (merged, imported) = with_imported(scenario, months);
        if let Err(errors) = merged.validate() {
            self.error = Some(tr!(
                "error-in-file",
                path = path.display().to_string(),
                reason = errors.to_string()
            ));
            return false;
        }
        self.document.edit(|s| *s = merged);
        self.document.end_gesture();
        self.tracking.reset();
        self.error = None;
        self.status = Some(tr!(
            "files-status-imported",
            count = imported.months.len(),
            path = path.display().to_string(),
        ));
        true
    }

    pub fn open_preset(&mut self, index: usize) {
        let Some(preset) = PRESETS.get(index) else {
            return;
        };
        match preset.scenario() {
            Ok(scenario) => {
                // A preset opens untitled (saving asks where, never over the example) and, until
                // it is changed, has nothing unsaved.
                self.replace_document(Document::untitled(scenario));
                self.status = Some(tr!("files-status-opened-preset", title = preset.title));
            }
            Err(error) => self.error = Some(messages::file_error(&error)),
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
                self.status = Some(tr!("files-status-new"));
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
            // Cancelled: so is what a save was for.
            self.after_save = None;
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
                    ExportKind::SpreadsheetCsv => {
                        self.export_spreadsheet_csv_to(&path);
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
                if self.save_to(&path)
                    && let Some(action) = self.after_save.take()
                {
                    self.perform(action, ctx);
                }
                self.after_save = None;
            }
            None => {}
        }
    }

    /// Saves the document to its file, or asks where when it has none; then runs `then`.
    /// A file changed on disk since it was opened, or gone, is not written before the user
    /// says so.
    pub(super) fn save(&mut self, then: Option<Discarding>, ctx: &egui::Context) {
        let Some(path) = self.document.path().map(Path::to_owned) else {
            self.after_save = then;
            self.open_dialog(DialogPurpose::SaveAs, ctx);
            return;
        };
        match OnDisk::check(&path, self.document.stamp()) {
            OnDisk::Unchanged => {
                if self.save_to(&path)
                    && let Some(action) = then
                {
                    self.perform(action, ctx);
                }
            }
            state => self.overwrite = Some(Overwrite { state, then }),
        }
    }

    /// The question before a Save that would write over someone else's changes, or recreate a
    /// file that was moved away.
    pub(super) fn overwrite_dialog(&mut self, ctx: &egui::Context) {
        let Some(Overwrite { state, then }) = self.overwrite else {
            return;
        };
        let Some(path) = self.document.path().map(Path::to_owned) else {
            self.overwrite = None;
            return;
        };
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into(),
        );
        #[derive(PartialEq)]
        enum Answer {
            Write,
            SaveAs,
            Cancel,
        }
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("confirm_overwrite")).show(ctx, |ui| {
            ui.set_max_width(440.0);
            let (heading, text, write) = match state {
                OnDisk::Gone => (
                    tr!("files-gone-heading"),
                    tr!(
                        "files-gone-text",
                        name = name.as_str(),
                        path = path.display().to_string(),
                    ),
                    tr!("files-gone-save-again"),
                ),
                _ => (
                    tr!("files-changed-heading"),
                    tr!(
                        "files-changed-text",
                        name = name.as_str(),
                        path = path.display().to_string(),
                    ),
                    tr!("files-changed-overwrite"),
                ),
            };
            ui.heading(heading);
            ui.label(text);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(write).clicked() {
                    answer = Some(Answer::Write);
                }
                if ui.button(tr!("files-save-as")).clicked() {
                    answer = Some(Answer::SaveAs);
                }
                if ui.button(tr!("files-cancel")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    answer = Some(Answer::Cancel);
                }
            });
        });
        let Some(answer) = answer else {
            return;
        };
        self.overwrite = None;
        match answer {
            Answer::Write => {
                if self.save_to(&path)
                    && let Some(action) = then
                {
                    self.perform(action, ctx);
                }
            }
            Answer::SaveAs => {
                self.after_save = then;
                self.open_dialog(DialogPurpose::SaveAs, ctx);
            }
            Answer::Cancel => {}
        }
    }

    /// Save, Discard or Cancel before an action that would throw unsaved changes away.
    pub(super) fn confirm_dialog(&mut self, ctx: &egui::Context) {
        let Some(action) = self.confirm else {
            return;
        };
        #[derive(PartialEq)]
        enum Answer {
            Save,
            Discard,
            Cancel,
        }
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("confirm_discard")).show(ctx, |ui| {
            ui.set_max_width(400.0);
            ui.heading(tr!("files-confirm-heading"));
            ui.label(action.question(&self.document.scenario().name));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let save = if self.document.path().is_some() {
                    tr!("files-save")
                } else {
                    tr!("files-save-as")
                };
                if ui.button(save).clicked() {
                    answer = Some(Answer::Save);
                }
                if ui
                    .button(tr!("files-discard"))
                    .on_hover_text(tr!("files-discard-help"))
                    .clicked()
                {
                    answer = Some(Answer::Discard);
                }
                if ui.button(tr!("files-cancel")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    answer = Some(Answer::Cancel);
                }
            });
        });
        let Some(answer) = answer else {
            return;
        };
        self.confirm = None;
        match answer {
            Answer::Save => self.save(Some(action), ctx),
            Answer::Discard => {
                if action == Discarding::Close {
                    // The changes go now, and no recovery copy brings them back.
                    self.session.discard_and_close();
                    self.perform(action, ctx);
                } else {
                    self.close_confirmed = true;
                    self.perform(action, ctx);
                    self.close_confirmed = false;
                }
            }
            Answer::Cancel => {}
        }
    }
}
