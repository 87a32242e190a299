//! Writing what a command prints, as Unix tools do: a reader that went away (`| head -1`) ends
//! the command quietly, a write that fails (`> /dev/full`, a closed standard output) is an
//! error with a message and a non-zero exit, and nothing panics. Text is cleaned of control
//! characters on the way out, so a scenario's name cannot clear a terminal or retitle its
//! window.

use std::borrow::Cow;
use std::io::{self, Write as _};

/// How writing the output ended.
#[derive(Debug)]
pub enum Written {
    All,
    /// The reader closed the pipe: not an error, the reader has what it wanted.
    ReaderGone,
}

/// Standard output, claimed before anything else is opened.
///
/// Rust's own standard output pretends writes to a closed descriptor succeed (the output would
/// be lost with exit code 0); a duplicate of the descriptor reports them. Taken first, before
/// any file is opened, so a closed descriptor 1 is seen as closed rather than as whatever file
/// would be opened into its number later.
pub struct Stdout {
    #[cfg(unix)]
    file: io::Result<std::fs::File>,
}

impl Stdout {
    pub fn claim() -> Self {
        #[cfg(unix)]
        {
            use std::os::fd::AsFd as _;
            if closed_by_the_caller() {
                return Stdout {
                    file: Err(io::Error::from(io::ErrorKind::NotConnected)),
                };
            }
            Stdout {
                file: io::stdout()
                    .as_fd()
                    .try_clone_to_owned()
                    .map(std::fs::File::from),
            }
        }
        #[cfg(not(unix))]
        {
            Stdout {}
        }
    }

    /// Writes `text` whole (cleaned for a terminal).
    pub fn write(self, text: &str) -> io::Result<Written> {
        let text = for_terminal(text);
        #[cfg(unix)]
        let result = match self.file {
            Ok(mut file) => file.write_all(text.as_bytes()).and_then(|()| file.flush()),
            Err(error) => Err(io::Error::new(error.kind(), "standard output is closed")),
        };
        #[cfg(not(unix))]
        let result = {
            let mut out = io::stdout().lock();
            out.write_all(text.as_bytes()).and_then(|()| out.flush())
        };
        match result {
            Ok(()) => Ok(Written::All),
            Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(Written::ReaderGone),
            Err(error) => Err(error),
        }
    }
}

/// Whether the command was started with its standard output closed (`>&-`). Rust's runtime
/// reopens a closed descriptor 1 on `/dev/null` before `main`, for reading and writing; a
/// shell's `> /dev/null` opens it for writing only, which is how the two are told apart.
#[cfg(unix)]
fn closed_by_the_caller() -> bool {
    #[cfg(target_os = "linux")]
    {
        let on_null = std::fs::read_link("/proc/self/fd/1")
            .is_ok_and(|target| target == std::path::Path::new("/dev/null"));
        on_null
            && std::fs::read_to_string("/proc/self/fdinfo/1").is_ok_and(|info| {
                info.lines()
                    .find_map(|line| line.strip_prefix("flags:"))
                    .and_then(|flags| u32::from_str_radix(flags.trim(), 8).ok())
                    // O_ACCMODE is 3, O_RDWR 2.
                    .is_some_and(|flags| flags & 0o3 == 0o2)
            })
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}

/// Prints a message on standard error; a failure to do so is ignored (there is nowhere left
/// to report it), never a panic as `eprintln!` would.
pub fn message(text: &str) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{}", for_terminal(text));
}

/// `text` without the characters that act on a terminal: control characters (escape
/// sequences, a lone carriage return that overwrites a line, a bell) and the bidirectional
/// overrides that reorder what is shown. Newlines and tabs stay, and so does the carriage
/// return of a CRLF line ending.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    let acts = |c: char| {
        (c.is_control() && c != '\n' && c != '\t' && c != '\r')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    let lone_return = |(i, c): (usize, char)| c == '\r' && !text[i + 1..].starts_with('\n');
    if !text.chars().any(acts) && !text.char_indices().any(lone_return) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.char_indices()
            .filter(|&(i, c)| !acts(c) && !lone_return((i, c)))
            .map(|(_, c)| c)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_controls_are_removed_and_lines_kept() {
        assert_eq!(
            for_terminal("a\u{1b}[2Jb\u{1b}]0;title\u{7}c\n"),
            "a[2Jb]0;titlec\n"
        );
        assert_eq!(for_terminal("x\r\ny\rz"), "x\r\nyz");
        assert_eq!(for_terminal("\u{202E}evil"), "evil");
        assert!(matches!(for_terminal("plain\ttext\n"), Cow::Borrowed(_)));
    }
}
