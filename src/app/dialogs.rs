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
            let dialog = rfd::FileDialog::new().add_filter("Scenario (RON)", &["ron"]);
            let path = match purpose {
                DialogPurpose::Open => dialog.set_title("Open scenario").pick_file(),
                DialogPurpose::AddToCompare => {
                    dialog.set_title("Add a scenario to compare").pick_file()
                }
                DialogPurpose::SaveAs => dialog
                    .set_title("Save scenario as")
                    .set_file_name(suggested_name)
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
