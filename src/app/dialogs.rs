//! Native file dialogs (rfd), run on a thread so the window keeps drawing while one is open.
//! The chosen path comes back through a channel; the app then calls the same open and save
//! functions the tests call directly.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::tr;

/// What a chosen path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogPurpose {
    Open,
    SaveAs,
    /// A scenario to add to the comparison.
    AddToCompare,
    /// A CSV of measured months to merge into the scenario.
    ImportActuals,
    Export(ExportKind),
}

/// The files the app exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The monthly table, as `crm-roi report --format csv` prints it.
    Csv,
    /// The monthly table for a spreadsheet in the window's language.
    SpreadsheetCsv,
    /// The one-page report.
    Html,
    /// The cumulative cost and gain chart as an image.
    ChartPng,
    /// The whole window as an image.
    WindowPng,
    /// A CSV of the measures with the plan's figures per month, to fill in.
    ActualsTemplate,
}

impl ExportKind {
    pub fn extension(self) -> &'static str {
        match self {
            ExportKind::Csv | ExportKind::SpreadsheetCsv | ExportKind::ActualsTemplate => "csv",
            ExportKind::Html => "html",
            ExportKind::ChartPng | ExportKind::WindowPng => "png",
        }
    }

    /// What is exported, as the object of "Save …" and "Export …".
    pub fn describe(self) -> String {
        match self {
            ExportKind::Csv => tr!("dialog-kind-csv"),
            ExportKind::SpreadsheetCsv => tr!("dialog-kind-spreadsheet-csv"),
            ExportKind::Html => tr!("dialog-kind-html"),
            ExportKind::ChartPng => tr!("dialog-kind-chart-png"),
            ExportKind::WindowPng => tr!("dialog-kind-window-png"),
            ExportKind::ActualsTemplate => tr!("dialog-kind-actuals-template"),
        }
    }
}

/// A dialog that is open, or has just closed.
pub struct PendingDialog {
    pub purpose: DialogPurpose,
    receiver: Receiver<Option<PathBuf>>,
}

impl PendingDialog {
    /// Opens a dialog for `purpose`; `suggested_name` prefills Save As.
    pub fn spawn(purpose: DialogPurpose, suggested_name: String, ctx: &egui::Context) -> Self {
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        // The texts are made here: the language is this thread's, not the dialog's.
        let scenario_filter = tr!("dialog-filter-scenario");
        let title = match purpose {
            DialogPurpose::Open => tr!("dialog-title-open"),
            DialogPurpose::AddToCompare => tr!("dialog-title-add-to-compare"),
            DialogPurpose::ImportActuals => tr!("dialog-title-import-actuals"),
            DialogPurpose::SaveAs => tr!("dialog-title-save-as"),
            DialogPurpose::Export(kind) => tr!("dialog-title-export", what = kind.describe()),
        };
        std::thread::spawn(move || {
            let dialog = rfd::FileDialog::new();
            let scenario_dialog = || dialog.clone().add_filter(&scenario_filter, &["ron"]);
            let path = match purpose {
                DialogPurpose::Open => scenario_dialog().set_title(&title).pick_file(),
                DialogPurpose::AddToCompare => scenario_dialog().set_title(&title).pick_file(),
                DialogPurpose::ImportActuals => dialog
                    .add_filter("CSV", &["csv", "txt"])
                    .set_title(&title)
                    .pick_file(),
                DialogPurpose::SaveAs => scenario_dialog()
                    .set_title(&title)
                    .set_file_name(format!("{suggested_name}.ron"))
                    .save_file(),
                DialogPurpose::Export(kind) => dialog
                    .add_filter(kind.extension().to_uppercase(), &[kind.extension()])
                    .set_title(&title)
                    .set_file_name(format!("{suggested_name}.{}", kind.extension()))
                    .save_file(),
            };
            let _ = sender.send(path);
            ctx.request_repaint();
        });
        Self { purpose, receiver }
    }

    /// `None` while the dialog is open; `Some(None)` if it was cancelled.
    pub fn poll(&self) -> Option<Option<PathBuf>> {
        match self.receiver.try_recv() {
            Ok(path) => Some(path),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(None),
        }
    }
}
