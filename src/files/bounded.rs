//! Reading a file a user named, safely: only a regular file (a FIFO would hang the reader,
//! `/dev/zero` would never end), only up to a limit checked before reading and enforced while
//! reading (a file may grow in between).

use std::fs::File;
use std::io::Read as _;
use std::path::Path;

/// The largest scenario or CSV file read (SPEC §2): far beyond any real scenario (a full
/// 60-month file with every line and measured month is under 40 KB).
pub const FILE_LIMIT_BYTES: u64 = 8 * 1024 * 1024;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    /// A directory, FIFO, socket or device.
    NotARegularFile,
    TooLarge {
        bytes: u64,
    },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(error) => write!(f, "cannot read the file: {error}"),
            ReadError::NotARegularFile => {
                f.write_str("not a regular file (a folder, a pipe or a device), so it is not read")
            }
            ReadError::TooLarge { bytes } => write!(
                f,
                "the file is {} MB, larger than the {} MB limit, so it is not read",
                bytes.div_ceil(1024 * 1024),
                FILE_LIMIT_BYTES / (1024 * 1024)
            ),
        }
    }
}

/// The whole file at `path`, if it is a regular file of at most [`FILE_LIMIT_BYTES`].
pub fn read_bounded(path: &Path) -> Result<Vec<u8>, ReadError> {
    // Opening a FIFO for reading blocks until a writer comes: check the kind first.
    let kind = std::fs::metadata(path).map_err(ReadError::Io)?;
    if !kind.is_file() {
        return Err(ReadError::NotARegularFile);
    }
    if kind.len() > FILE_LIMIT_BYTES {
        return Err(ReadError::TooLarge { bytes: kind.len() });
    }
    let file = File::open(path).map_err(ReadError::Io)?;
    // Checked again on the open file: the path may have been replaced in between.
    let opened = file.metadata().map_err(ReadError::Io)?;
    if !opened.is_file() {
        return Err(ReadError::NotARegularFile);
    }
    let mut bytes = Vec::with_capacity(opened.len().min(FILE_LIMIT_BYTES) as usize);
    file.take(FILE_LIMIT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > FILE_LIMIT_BYTES {
        return Err(ReadError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// `bytes` without a UTF-8 byte-order mark at the start (Windows Notepad and Excel write one).
pub fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}
