//! The open scenario: its file, whether it is saved, undo and redo, and the projection that
//! every panel reads. The projection is recomputed here when the scenario changes, never per
//! frame.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::files::recovery::RecoveryCopy;
use crate::files::stamp::DiskStamp;
use crate::files::{FileError, load_scenario, save_scenario};
use crate::model::before_after::{BeforeAfter, before_after};
use crate::model::checked::CalcError;
use crate::model::projection::{Projection, project};
use crate::model::scenario::Scenario;
use crate::model::tracking::{Tracking, track};

/// Source of document revisions, shared by all documents (see [`Document::revision`]).
static NEXT_REVISION: AtomicU64 = AtomicU64::new(1);

/// How many steps Undo can go back.
const UNDO_LIMIT: usize = 200;

pub struct Document {
    scenario: Scenario,
    /// Absolute, so a session started from another folder never saves over a different file
    /// of the same name.
    path: Option<PathBuf>,
    /// The file as it was when opened or last saved: a save checks nobody changed it since.
    stamp: Option<DiskStamp>,
    /// The scenario as last opened or saved; anything else is an unsaved change.
    saved: Scenario,
    undo: Vec<Scenario>,
    redo: Vec<Scenario>,
    /// The scenario before the gesture in progress (a slider drag), so the whole drag becomes
    /// one undo step.
    gesture_start: Option<Scenario>,
    projection: Result<Projection, CalcError>,
    before_after: Option<BeforeAfter>,
    tracking: Option<Tracking>,
    /// The plan was edited after months were measured: the tracking view says so.
    plan_changed_since_measured: bool,
    /// Changes with every edit, and is never reused by another document, so views can cache
    /// what they derive from the scenario.
    revision: u64,
}

impl Default for Document {
    fn default() -> Self {
        Self::new(Scenario::default(), None)
    }
}

impl Document {
    pub fn new(scenario: Scenario, path: Option<PathBuf>) -> Self {
        let mut document = Self {
            saved: scenario.clone(),
            stamp: path.as_deref().and_then(DiskStamp::of),
            path: path.map(|p| absolute(&p)),
            scenario,
            undo: Vec::new(),
            redo: Vec::new(),
            gesture_start: None,
            projection: Err(CalcError::Overflow {
                step: "not computed",
            }),
            before_after: None,
            tracking: None,
            plan_changed_since_measured: false,
            revision: 0,
        };
        document.recompute();
        document
    }

    /// Reads a scenario file; on failure nothing changes and the error says why.
    pub fn open(path: &Path) -> Result<Self, FileError> {
        Ok(Self::new(load_scenario(path)?, Some(path.to_owned())))
    }

    /// An untitled scenario that counts as saved (an untouched preset is not "unsaved").
    pub fn untitled(scenario: Scenario) -> Self {
        Self::new(scenario, None)
    }

    /// The window as a recovery copy left it: its file, what that file held, and the unsaved
    /// scenario on top (one undo step back to the saved one).
    pub fn recovered(copy: RecoveryCopy) -> Self {
        // Never saved: everything in it is unsaved.
        let saved = copy.saved.unwrap_or_default();
        let mut document = Self::new(saved, copy.file);
        // The file changed since the copy was made (saved later, or by someone else): a save
        // must ask before writing over it.
        if let Some(path) = &document.path
            && load_scenario(path).ok().as_ref() != Some(&document.saved)
        {
            document.stamp = None;
        }
        document.edit(|s| *s = copy.scenario);
        document.end_gesture();
        document
    }

    /// This document as a recovery copy.
    pub fn recovery_copy(&self) -> RecoveryCopy {
        RecoveryCopy::now(
            self.path.clone(),
            Some(self.saved.clone()),
            self.scenario.clone(),
        )
    }

    /// The file as it was when opened or last saved.
    pub fn stamp(&self) -> Option<DiskStamp> {
        self.stamp
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn projection(&self) -> Result<&Projection, &CalcError> {
        self.projection.as_ref()
    }

    pub fn before_after(&self) -> Option<&BeforeAfter> {
        self.before_after.as_ref()
    }

    /// The months as they happened against the plan (computed with the projection).
    pub fn tracking(&self) -> Option<&Tracking> {
        self.tracking.as_ref()
    }

    /// Whether the plan was edited after months had been measured (since the file was opened
    /// or last saved).
    pub fn plan_changed_since_measured(&self) -> bool {
        self.plan_changed_since_measured
    }

    pub fn dismiss_plan_change(&mut self) {
        self.plan_changed_since_measured = false;
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn is_dirty(&self) -> bool {
        self.scenario != self.saved
    }

    /// Changes the scenario. Changes within one gesture (see [`Document::end_gesture`]) are
    /// one undo step. A change that would make the scenario invalid is refused.
    pub fn edit(&mut self, change: impl FnOnce(&mut Scenario)) {
        let mut edited = self.scenario.clone();
        change(&mut edited);
        // Whatever the change touched, each risk range stays centred on its driver's value.
        edited.move_ranges_with_values();
        if edited == self.scenario || edited.validate().is_err() {
            return;
        }
        if self.gesture_start.is_none() {
            self.gesture_start = Some(self.scenario.clone());
        }
        let measured = self
            .scenario
            .actuals
            .as_ref()
            .is_some_and(|a| !a.months.is_empty());
        if measured && plan_differs(&self.scenario, &edited) {
            self.plan_changed_since_measured = true;
        }
        self.scenario = edited;
        self.recompute();
    }

    /// Closes the gesture in progress: its changes become one undo step.
    pub fn end_gesture(&mut self) {
        if let Some(start) = self.gesture_start.take()
            && start != self.scenario
        {
            self.undo.push(start);
            if self.undo.len() > UNDO_LIMIT {
                self.undo.remove(0);
            }
            self.redo.clear();
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty() || self.gesture_start.is_some()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo(&mut self) {
        self.end_gesture();
        if let Some(previous) = self.undo.pop() {
            self.redo
                .push(std::mem::replace(&mut self.scenario, previous));
            self.recompute();
        }
    }

    pub fn redo(&mut self) {
        self.end_gesture();
        if let Some(next) = self.redo.pop() {
            self.undo.push(std::mem::replace(&mut self.scenario, next));
            self.recompute();
        }
    }

    /// Saves to `path` (atomically) and makes it the document's file.
    pub fn save_as(&mut self, path: &Path) -> Result<(), FileError> {
        self.end_gesture();
        save_scenario(path, &self.scenario)?;
        self.path = Some(absolute(path));
        self.stamp = DiskStamp::of(path);
        self.saved = self.scenario.clone();
        // Saved, the new plan is the one the measured months are read against.
        self.plan_changed_since_measured = false;
        Ok(())
    }

    /// File name for titles: the file's name, or "not saved yet".
    pub fn file_label(&self) -> String {
        self.path.as_deref().and_then(Path::file_name).map_or_else(
            || "not saved yet".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    fn recompute(&mut self) {
        self.projection = project(&self.scenario);
        self.before_after = self
            .projection
            .as_ref()
            .ok()
            .and_then(|p| before_after(&self.scenario, p).ok());
        self.tracking = self
            .projection
            .as_ref()
            .ok()
            .and_then(|p| track(&self.scenario, p).ok());
        self.revision = NEXT_REVISION.fetch_add(1, Ordering::Relaxed);
    }
}

/// `path` made absolute against the current folder (links are kept: a save writes through
/// them).
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// Whether two scenarios differ in what the plan is made of (not the name, notes, currency,
/// ranges or measured months).
fn plan_differs(a: &Scenario, b: &Scenario) -> bool {
    a.horizon_months != b.horizon_months
        || a.team != b.team
        || a.baseline != b.baseline
        || a.costs != b.costs
        || a.gains != b.gains
        || a.customers != b.customers
        || a.marketing != b.marketing
        || a.service != b.service
        || a.adoption != b.adoption
        || a.finance != b.finance
        || a.lines != b.lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn a_gesture_is_one_undo_step() {
        let mut doc = Document::default();
        for seats in 11..=20 {
            doc.edit(|s| s.team.seats = seats);
        }
        doc.end_gesture();
        doc.edit(|s| s.team.seats = 30);
        doc.end_gesture();
        doc.undo();
        assert_eq!(doc.scenario().team.seats, 20);
        doc.undo();
        assert_eq!(doc.scenario().team.seats, 10);
        assert!(!doc.can_undo());
        doc.redo();
        doc.redo();
        assert_eq!(doc.scenario().team.seats, 30);
    }

    #[test]
    fn invalid_edits_are_refused() {
        let mut doc = Document::default();
        doc.edit(|s| s.gains.cycle_time_reduction_pct = Decimal::from(100));
        assert_eq!(doc.scenario(), &Scenario::default());
        assert!(!doc.is_dirty());
    }

    #[test]
    fn editing_back_to_the_saved_state_is_not_dirty() {
        let mut doc = Document::default();
        doc.edit(|s| s.team.seats = 12);
        assert!(doc.is_dirty());
        doc.edit(|s| s.team.seats = 10);
        assert!(!doc.is_dirty());
    }
}
