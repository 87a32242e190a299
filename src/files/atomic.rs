//! Saving so that nothing is lost: the bytes go to a temporary file beside the target, are
//! flushed to disk, then renamed over it, so a reader (or a crash) sees the old file or the new
//! one, never half of one.
//!
//! What a user expects of "save" beyond that: a symbolic link stays a link (the file it points
//! to is written), the file keeps its permissions (a new one follows the umask), a read-only
//! file is not replaced, and no temporary file is left behind, even by a save that was killed
//! (the temporary name is one per target, so the next save removes a leftover).

use std::fs::{self, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use super::FileError;

/// How many links are followed before giving up (a loop of links).
const MAX_LINKS: usize = 40;

/// Writes `bytes` to `path` atomically (see the module's description).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    write_with(path, bytes, &mut |_| Ok(()))
}

/// The steps of a save, where a test makes it fail half-way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    Created,
    Written,
    Synced,
}

/// [`write_atomically`], calling `fail` after each step (a test's way of failing there).
pub(crate) fn write_with(
    path: &Path,
    bytes: &[u8],
    fail: &mut dyn FnMut(Step) -> io::Result<()>,
) -> Result<(), FileError> {
    let error = |source| FileError::Write {
        path: path.to_owned(),
        source,
    };
    let target = link_target(path).map_err(error)?;
    let existing = match fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(error(e)),
    };
    if let Some(meta) = &existing {
        if meta.is_dir() {
            return Err(error(io::Error::other("it is a folder")));
        }
        if meta.permissions().readonly() {
            return Err(error(io::Error::new(
                io::ErrorKind::PermissionDenied,
                "the file is read-only",
            )));
        }
    }
    let temp = temp_path(&target);
    // A leftover of a save that was killed: ours by its name, so it goes.
    match fs::remove_file(&temp) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(error(e)),
    }
    let written = (|| {
        // `create_new` never follows a link planted at the temporary name, and the mode of a
        // new file follows the umask as any editor's would.
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        fail(Step::Created)?;
        if let Some(meta) = &existing {
            file.set_permissions(meta.permissions())?;
        }
        file.write_all(bytes)?;
        fail(Step::Written)?;
        file.sync_all()?;
        fail(Step::Synced)?;
        drop(file);
        fs::rename(&temp, &target)
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(error(e));
    }
    // Make the rename itself durable; not every platform can open a folder, so this is best
    // effort.
    if let Ok(dir) = fs::File::open(folder_of(&target)) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// The file a path finally names, following symbolic links (a dangling link names the file it
/// would point to, which the save then creates).
fn link_target(path: &Path) -> io::Result<PathBuf> {
    let mut target = path.to_owned();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&target) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(&target)?;
                target = if link.is_absolute() {
                    link
                } else {
                    folder_of(&target).join(link)
                };
            }
            _ => return Ok(target),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// The temporary file of a save to `target`: hidden, beside it, one per target.
fn temp_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    folder_of(target).join(format!(".{name}.crm-roi-saving"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("crm-roi-saving"))
            .collect()
    }

    #[test]
    fn a_save_that_fails_half_way_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "old").unwrap();
        for step in [Step::Created, Step::Written, Step::Synced] {
            let result = write_with(&path, b"new", &mut |at| {
                if at == step {
                    Err(io::Error::other("disk gone"))
                } else {
                    Ok(())
                }
            });
            assert!(result.is_err(), "{step:?}");
            assert_eq!(fs::read_to_string(&path).unwrap(), "old", "{step:?}");
            assert!(leftovers(dir.path()).is_empty(), "{step:?}");
        }
    }

    #[test]
    fn a_leftover_of_a_killed_save_is_removed_by_the_next() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(temp_path(&path), "half").unwrap();
        write_atomically(&path, b"whole").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "whole");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_folder_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let error = write_atomically(dir.path(), b"x").unwrap_err();
        assert!(error.to_string().contains("folder"), "{error}");
    }
}
