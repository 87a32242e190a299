//! Recovery copies: the scenario on screen with unsaved changes, written (atomically) to the
//! app's data folder a moment after each change, so a crash, a kill or a power cut loses
//! nothing. Never next to the user's file, which only an explicit save touches.
//!
//! Each running window owns a slot: a copy file and a lock file it holds locked while it runs.
//! A copy whose lock nobody holds was left by a window that ended without saving or
//! discarding (it crashed or was killed): an orphan, offered on the next start.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::FileError;
use super::atomic::write_atomically;
use super::bounded::read_bounded;
use crate::model::scenario::Scenario;

/// The app's own folder: settings (`app.ron`) and recovery copies (`recovery/`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        DataDir { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The window's settings (size, theme, open sections, the last file), kept by eframe.
    pub fn settings_file(&self) -> PathBuf {
        self.root.join("app.ron")
    }

    pub fn recovery_dir(&self) -> PathBuf {
        self.root.join("recovery")
    }
}

/// What a recovery copy holds: enough to put the window back as it was.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecoveryCopy {
    /// When it was written, in seconds since 1970 (UTC).
    pub written_at: u64,
    /// The scenario's file (absolute), if it had one.
    pub file: Option<PathBuf>,
    /// The scenario as that file held it when opened or last saved: what "unsaved" is measured
    /// against after a restore.
    pub saved: Option<Scenario>,
    /// The scenario as it was on screen.
    pub scenario: Scenario,
}

impl RecoveryCopy {
    pub fn now(file: Option<PathBuf>, saved: Option<Scenario>, scenario: Scenario) -> Self {
        RecoveryCopy {
            written_at: unix_now(),
            file,
            saved,
            scenario,
        }
    }

    fn to_ron(&self) -> Result<String, ron::Error> {
        let config = ron::ser::PrettyConfig::new()
            .indentor("    ")
            .struct_names(false);
        ron::ser::to_string_pretty(self, config)
    }

    /// Reads a copy; `None` for anything unreadable or not valid (a copy is only ever written
    /// whole, so that means someone else's file).
    fn read(path: &Path) -> Result<Self, String> {
        let bytes = read_bounded(path).map_err(|e| e.to_string())?;
        let text = std::str::from_utf8(&bytes).map_err(|_| "not UTF-8 text".to_owned())?;
        let options = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        let copy: RecoveryCopy = options.from_str(text).map_err(|e| e.to_string())?;
        copy.scenario.validate().map_err(|e| e.to_string())?;
        if let Some(saved) = &copy.saved {
            saved.validate().map_err(|e| e.to_string())?;
        }
        Ok(copy)
    }
}

/// Seconds since 1970, UTC.
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// This window's place for its recovery copy, held (locked) while the window runs.
#[derive(Debug)]
pub struct RecoverySlot {
    copy: PathBuf,
    lock_path: PathBuf,
    /// Held locked until the slot is dropped; the lock is what tells other windows this one
    /// is still running (the system releases it when the process ends, however it ends).
    _lock: File,
}

impl RecoverySlot {
    /// Claims a new slot in `dir`.
    pub fn claim(dir: &DataDir) -> io::Result<Self> {
        let folder = dir.recovery_dir();
        fs::create_dir_all(&folder)?;
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let name = format!("{nanos}-{}", std::process::id());
        let lock_path = folder.join(format!("{name}.lock"));
        let lock = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&lock_path)?;
        lock.try_lock().map_err(io::Error::other)?;
        Ok(RecoverySlot {
            copy: folder.join(format!("{name}.ron")),
            lock_path,
            _lock: lock,
        })
    }

    /// Writes (or replaces) this window's copy, atomically.
    pub fn write(&self, copy: &RecoveryCopy) -> Result<(), FileError> {
        let text = copy.to_ron().map_err(|e| FileError::Encode {
            path: self.copy.clone(),
            message: e.to_string(),
        })?;
        write_atomically(&self.copy, text.as_bytes())
    }

    /// Removes this window's copy (saved or discarded: nothing left to recover).
    pub fn clear(&self) -> io::Result<()> {
        remove_if_there(&self.copy)
    }

    pub fn has_copy(&self) -> bool {
        self.copy.exists()
    }

    pub fn copy_path(&self) -> &Path {
        &self.copy
    }
}

impl Drop for RecoverySlot {
    fn drop(&mut self) {
        // A copy still here is unsaved work: it stays, and the next start offers it. Only
        // the lock goes.
        let _ = remove_if_there(&self.lock_path);
    }
}

/// A copy left by a window that is no longer running.
#[derive(Debug)]
pub struct Orphan {
    pub path: PathBuf,
    /// The copy, or why it could not be read.
    pub copy: Result<RecoveryCopy, String>,
}

impl Orphan {
    /// Removes the copy (and its lock file): the user chose not to restore it, or restored it
    /// into a slot of their own.
    pub fn discard(&self) -> io::Result<()> {
        remove_if_there(&self.path)?;
        remove_if_there(&self.path.with_extension("lock"))
    }

    /// Moves an unreadable copy aside (`….ron.unreadable`), so it is offered once and kept
    /// for the user, never lost and never in the way.
    pub fn set_aside(&self) -> io::Result<PathBuf> {
        let aside = self.path.with_extension("ron.unreadable");
        fs::rename(&self.path, &aside)?;
        let _ = remove_if_there(&self.path.with_extension("lock"));
        Ok(aside)
    }
}

/// The copies in `dir` that no running window holds, newest first.
pub fn orphans(dir: &DataDir) -> Vec<Orphan> {
    let Ok(entries) = fs::read_dir(dir.recovery_dir()) else {
        return Vec::new();
    };
    let paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    // The lock of a window that was killed with nothing unsaved: nothing to offer, so it goes
    // rather than pile up.
    // (A minute old at least: a window starting this instant has made its lock file but not
    // yet locked it.)
    let old = |path: &Path| {
        fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 60)
    };
    for lock in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "lock"))
    {
        if !lock.with_extension("ron").exists() && old(lock) && !is_held(lock) {
            let _ = remove_if_there(lock);
        }
    }
    let mut found: Vec<Orphan> = paths
        .into_iter()
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .filter(|path| !is_held(&path.with_extension("lock")))
        .map(|path| Orphan {
            copy: RecoveryCopy::read(&path),
            path,
        })
        .collect();
    found.sort_by_key(|o| std::cmp::Reverse(o.copy.as_ref().map_or(u64::MAX, |c| c.written_at)));
    found
}

/// Whether a running window holds the lock at `lock_path`.
fn is_held(lock_path: &Path) -> bool {
    match OpenOptions::new().write(true).open(lock_path) {
        // No lock file: its window is gone (or never got that far).
        Err(_) => false,
        Ok(file) => match file.try_lock() {
            Ok(()) => false,
            Err(std::fs::TryLockError::WouldBlock) => true,
            Err(std::fs::TryLockError::Error(_)) => false,
        },
    }
}

fn remove_if_there(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_running_windows_copy_is_not_an_orphan_and_a_dropped_ones_is() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::new(dir.path());
        let slot = RecoverySlot::claim(&data).unwrap();
        let mut scenario = Scenario::default();
        scenario.team.seats = 12;
        slot.write(&RecoveryCopy::now(None, None, scenario.clone()))
            .unwrap();
        assert!(orphans(&data).is_empty(), "its window still runs");
        // The window ends without clearing it (a crash; dropping releases the lock as the
        // system does for a killed process).
        drop(slot);
        let found = orphans(&data);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].copy.as_ref().unwrap().scenario, scenario);
        found[0].discard().unwrap();
        assert!(orphans(&data).is_empty());
    }

    #[test]
    fn an_unreadable_copy_is_reported_and_set_aside() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::new(dir.path());
        fs::create_dir_all(data.recovery_dir()).unwrap();
        fs::write(data.recovery_dir().join("1-1.ron"), "(scenario: (team: (").unwrap();
        let found = orphans(&data);
        assert!(found[0].copy.is_err());
        let aside = found[0].set_aside().unwrap();
        assert!(aside.exists());
        assert!(orphans(&data).is_empty());
    }
}
