//! Native file dialogs (rfd), run on a thread so the window keeps drawing while one is open.
//! The chosen path comes back through a channel; the app then calls the same open and save
//! functions the tests call directly.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

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
            ExportKind::Csv | ExportKind::ActualsTemplate => "csv",
            ExportKind::Html => "html",
            ExportKind::ChartPng | ExportKind::WindowPng => "png",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            ExportKind::Csv => "the monthly table (CSV)",
            ExportKind::Html => "the report (HTML)",
            ExportKind::ChartPng => "the chart (PNG)",
            ExportKind::WindowPng => "the window (PNG)",
            ExportKind::ActualsTemplate => "the template of measured months (CSV)",
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
        std::thread::spawn(move || {
            let dialog = rfd::FileDialog::new();
            let scenario_dialog = || dialog.clone().add_filter("Scenario (RON)", &["ron"]);
            let path = match purpose {
                DialogPurpose::Open => scenario_dialog().set_title("Open scenario").pick_file(),
                DialogPurpose::AddToCompare => scenario_dialog()
                    .set_title("Add a scenario to compare")
                    .pick_file(),
                DialogPurpose::ImportActuals => dialog
                    .add_filter("CSV", &["csv", "txt"])
                    .set_title("Import measured months (CSV)")
                    .pick_file(),
                DialogPurpose::SaveAs => scenario_dialog()
                    .set_title("Save scenario as")
                    .set_file_name(format!("{suggested_name}.ron"))
                    .save_file(),
                DialogPurpose::Export(kind) => dialog
                    .add_filter(kind.extension().to_uppercase(), &[kind.extension()])
                    .set_title(format!("Export {}", kind.describe()))
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
