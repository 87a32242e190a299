//! What the window keeps between runs, and how unsaved work survives a crash.
//!
//! - eframe's storage (`app.ron` in the data folder) keeps preferences only: the window's
//!   size, the theme, the open sections and the last file's (absolute) path. It is written
//!   when the window closes and every 30 s of use, and not atomically, so nothing precious
//!   goes there. A damaged one is set aside, and the window says so.
//! - The scenario with unsaved changes goes to this window's recovery copy
//!   (`recovery/*.ron`), written atomically [`RECOVERY_DEBOUNCE`] after the last change.
//!   Saving or discarding removes it; a crash or a kill leaves it, and the next start offers
//!   it back.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Context, RichText};
use serde::{Deserialize, Serialize};

use super::document::Document;
use crate::analysis::compare::differing_inputs;
use crate::files::bounded::read_bounded;
pub use crate::files::recovery::DataDir;
use crate::files::recovery::{Orphan, RecoverySlot, orphans, unix_now};
use crate::model::scenario::Scenario;
use crate::report::analysis::{input_label, input_value};
use crate::tr;

/// The environment variable that moves the data folder (a portable install, tests).
pub const DATA_DIR_VARIABLE: &str = "CRM_ROI_DATA_DIR";

/// How long after the last change the recovery copy is written: long enough that a slider
/// drag or a burst of typing is one write, short enough that a crash loses a second or two.
pub const RECOVERY_DEBOUNCE: Duration = Duration::from_millis(1500);

/// Key of the app's preferences in eframe's storage.
pub const STORAGE_KEY: &str = "crm-roi";

/// The preferences kept in eframe's storage.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The scenario's file when the window last closed (absolute), opened again on start.
    pub last_file: Option<PathBuf>,
    /// The language chosen in View → Language; the system's when none was chosen yet.
    pub lang: Option<crate::locale::Lang>,
}

/// `$CRM_ROI_DATA_DIR` when set, else the platform's folder for app data:
/// `$XDG_DATA_HOME/crm-roi` or `~/.local/share/crm-roi` on Linux,
/// `~/Library/Application Support/crm-roi` on macOS, `%APPDATA%\crm-roi\data` on Windows.
/// `None` when there is no home folder to put it in.
pub fn data_dir() -> Option<DataDir> {
    if let Some(dir) = std::env::var_os(DATA_DIR_VARIABLE).filter(|d| !d.is_empty()) {
        return Some(DataDir::new(
            std::path::absolute(&dir).unwrap_or_else(|_| dir.into()),
        ));
    }
    eframe::storage_dir("crm-roi").map(DataDir::new)
}

/// Checks the settings file before eframe reads it (eframe would silently start afresh on a
/// damaged one, hang on a pipe, or read a huge file whole). A file that is not readable
/// settings is renamed aside, and the returned message says so and where it is.
pub fn set_aside_broken_settings(data: &DataDir) -> Option<String> {
    let path = data.settings_file();
    if std::fs::symlink_metadata(&path).is_err() {
        return None;
    }
    let problem = match read_bounded(&path) {
        Err(error) => error.to_string(),
        Ok(bytes) => match std::str::from_utf8(&bytes) {
            Err(_) => tr!("session-settings-not-utf8"),
            Ok(text) => match ron::from_str::<std::collections::HashMap<String, String>>(text) {
                Ok(_) => return None,
                Err(error) => error.to_string(),
            },
        },
    };
    let aside = path.with_extension(format!("ron.broken-{}", unix_now()));
    Some(match std::fs::rename(&path, &aside) {
        Ok(()) => tr!(
            "session-settings-set-aside",
            problem = problem,
            path = aside.display().to_string(),
        ),
        Err(error) => tr!(
            "session-settings-not-set-aside",
            path = path.display().to_string(),
            problem = problem,
            error = error.to_string(),
        ),
    })
}

/// The recovery side of a running window.
pub struct Session {
    slot: Option<RecoverySlot>,
    /// Why there is no slot, shown once.
    pub slot_problem: Option<String>,
    debounce: Duration,
    /// The document revision waiting to be written, and since when.
    pending: Option<(u64, Instant)>,
    /// The revision the copy on disk holds.
    written: Option<u64>,
    /// The window is closing after the user discarded the changes: nothing more is written.
    closing: bool,
    /// Copies left by windows that ended without saving, newest first, waiting for an answer.
    pub offers: Vec<Orphan>,
}

impl Session {
    /// A session keeping its copy in `data` (none when `None`), with the copies other windows
    /// left there to offer.
    pub fn new(data: Option<&DataDir>) -> Self {
        let (slot, slot_problem) = match data.map(RecoverySlot::claim) {
            Some(Ok(slot)) => (Some(slot), None),
            Some(Err(error)) => (
                None,
                Some(tr!("session-no-recovery", error = error.to_string())),
            ),
            None => (None, None),
        };
        Session {
            slot,
            slot_problem,
            debounce: RECOVERY_DEBOUNCE,
            pending: None,
            written: None,
            closing: false,
            offers: data.map(orphans).unwrap_or_default(),
        }
    }

    pub fn set_debounce(&mut self, debounce: Duration) {
        self.debounce = debounce;
    }

    /// Where this window's copy is written, if anywhere.
    pub fn copy_path(&self) -> Option<&Path> {
        self.slot.as_ref().map(RecoverySlot::copy_path)
    }

    /// Called every frame: writes the copy once the document has rested for the debounce,
    /// removes it once nothing is unsaved. Asks for a repaint only while a write is due, so an
    /// idle window stays idle. Returns a message when a write failed.
    pub fn keep(&mut self, document: &Document, ctx: &Context) -> Option<String> {
        let slot = self.slot.as_ref()?;
        if self.closing {
            return None;
        }
        if !document.is_dirty() {
            self.pending = None;
            if self.written.take().is_some() || slot.has_copy() {
                let _ = slot.clear();
            }
            return None;
        }
        let revision = document.revision();
        if self.written == Some(revision) {
            return None;
        }
        let now = Instant::now();
        let since = match self.pending {
            Some((pending, since)) if pending == revision => since,
            _ => {
                self.pending = Some((revision, now));
                now
            }
        };
        let due = since + self.debounce;
        if now < due {
            ctx.request_repaint_after(due - now);
            return None;
        }
        self.pending = None;
        match slot.write(&document.recovery_copy()) {
            Ok(()) => {
                self.written = Some(revision);
                None
            }
            Err(error) => {
                // Tried again at the next change, not every frame.
                self.written = Some(revision);
                Some(tr!("session-error-write", error = error.to_string()))
            }
        }
    }

    /// Writes the copy now (after a restore: the restored work must not wait for an edit).
    pub fn keep_now(&mut self, document: &Document) {
        if let Some(slot) = &self.slot
            && document.is_dirty()
            && slot.write(&document.recovery_copy()).is_ok()
        {
            self.written = Some(document.revision());
        }
    }

    /// The user discarded the changes and the window closes: the copy goes, and stays gone.
    pub fn discard_and_close(&mut self) {
        self.closing = true;
        if let Some(slot) = &self.slot {
            let _ = slot.clear();
        }
    }
}

/// The user's answer to a recovery offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoveryAnswer {
    Restore,
    Discard,
}

/// The question for the newest offer: what it is, when, and what changed. Returns the answer
/// once given.
pub fn recovery_prompt(ctx: &Context, offer: &Orphan) -> Option<RecoveryAnswer> {
    let mut answer = None;
    egui::Modal::new(egui::Id::unique("recovery_prompt")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        match &offer.copy {
            Ok(copy) => {
                ui.heading(tr!("session-found-heading"));
                ui.add_space(4.0);
                ui.label(
                    RichText::new(tr!(
                        "session-restore-question",
                        name = copy.scenario.name.as_str(),
                        time = local_time(copy.written_at),
                    ))
                    .strong(),
                );
                ui.label(tr!("session-found-text"));
                ui.add_space(4.0);
                ui.label(match &copy.file {
                    Some(file) => tr!("session-file", path = file.display().to_string()),
                    None => tr!("session-never-saved"),
                });
                if let Some(file) = &copy.file
                    && let Some(saved_at) = modified_unix(file)
                    && saved_at > copy.written_at
                {
                    ui.label(
                        RichText::new(tr!("session-saved-after", time = local_time(saved_at)))
                            .color(ui.visuals().warn_fg_color),
                    );
                }
                let changes = describe_changes(copy.saved.as_ref(), &copy.scenario);
                if !changes.is_empty() {
                    ui.add_space(4.0);
                    ui.label(tr!("session-changed"));
                    for change in &changes {
                        ui.label(format!("  – {change}"));
                    }
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui
                        .button(tr!("session-restore"))
                        .on_hover_text(tr!("session-restore-help"))
                        .clicked()
                    {
                        answer = Some(RecoveryAnswer::Restore);
                    }
                    if ui
                        .button(tr!("session-discard"))
                        .on_hover_text(tr!("session-discard-help"))
                        .clicked()
                    {
                        answer = Some(RecoveryAnswer::Discard);
                    }
                });
            }
            Err(reason) => {
                ui.heading(tr!("session-unreadable-heading"));
                ui.label(tr!(
                    "session-unreadable-text",
                    path = offer.path.display().to_string(),
                    reason = reason.to_string(),
                ));
                ui.add_space(8.0);
                if ui.button(tr!("session-ok")).clicked() {
                    answer = Some(RecoveryAnswer::Discard);
                }
            }
        }
    });
    answer
}

/// What differs between the saved scenario and the copy, as a user reads it: at most eight
/// lines, then how many more.
pub fn describe_changes(saved: Option<&Scenario>, scenario: &Scenario) -> Vec<String> {
    let base = saved.cloned().unwrap_or_default();
    let mut changes = Vec::new();
    if base.name != scenario.name {
        changes.push(tr!(
            "session-change-name",
            before = base.name.as_str(),
            after = scenario.name.as_str(),
        ));
    }
    for input in differing_inputs(&[&base, scenario]) {
        changes.push(tr!(
            "session-change-input",
            input = input_label(input),
            before = input_value(input, &base),
            after = input_value(input, scenario),
        ));
    }
    if base.notes != scenario.notes {
        changes.push(tr!("session-change-notes"));
    }
    if base.ranges != scenario.ranges {
        changes.push(tr!("session-change-ranges"));
    }
    if base.actuals != scenario.actuals {
        changes.push(tr!("session-change-actuals"));
    }
    const SHOWN: usize = 8;
    if changes.len() > SHOWN {
        let more = changes.len() - SHOWN;
        changes.truncate(SHOWN);
        changes.push(tr!("session-change-more", count = more));
    }
    changes
}

/// `14:32` today, else `26 Nov 14:32`, in the system's time zone.
pub fn local_time(unix_seconds: u64) -> String {
    use chrono::{Local, TimeZone as _};
    let Ok(seconds) = i64::try_from(unix_seconds) else {
        return tr!("session-unknown-time");
    };
    match Local.timestamp_opt(seconds, 0).single() {
        Some(time) if time.date_naive() == Local::now().date_naive() => {
            time.format("%H:%M").to_string()
        }
        Some(time) => {
            use chrono::Datelike as _;
            tr!(
                "session-day-and-time",
                day = time.day().to_string(),
                month = crate::report::tracking::month_name(time.month()),
                time = time.format("%H:%M").to_string()
            )
        }
        None => tr!("session-unknown-time"),
    }
}

fn modified_unix(path: &Path) -> Option<u64> {
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    modified
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .map(|d| d.as_secs())
}
