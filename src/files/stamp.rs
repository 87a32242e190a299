//! What a file on disk looked like when it was opened or saved, so a save can tell whether
//! someone else changed it since (another program, another window, a sync tool).

use std::path::Path;
use std::time::SystemTime;

/// A file's modification time and size. Equal stamps mean "as we left it"; a file rewritten
/// within the same clock tick with the same size is the only change this misses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    pub modified: Option<SystemTime>,
    pub len: u64,
}

impl DiskStamp {
    /// The stamp of the file at `path` (links followed), or `None` when there is none.
    pub fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        Some(DiskStamp {
            modified: meta.modified().ok(),
            len: meta.len(),
        })
    }
}

/// How the file at a document's path stands against the stamp taken when it was last opened
/// or saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnDisk {
    /// As it was left: saving over it loses nothing.
    Unchanged,
    /// Changed by someone else since: saving would overwrite their changes.
    Changed,
    /// No longer there (moved, renamed or deleted).
    Gone,
}

impl OnDisk {
    pub fn check(path: &Path, known: Option<DiskStamp>) -> Self {
        match (DiskStamp::of(path), known) {
            (None, _) => OnDisk::Gone,
            (Some(now), Some(known)) if now == known => OnDisk::Unchanged,
            (Some(_), _) => OnDisk::Changed,
        }
    }
}
