//! Asking the terminal how wide it draws East Asian Ambiguous characters: print one at
//! the top-left corner, ask for the cursor position (CSI 6n) and read the reply with a
//! short timeout of our own (crossterm's `cursor::position` waits two seconds).

use std::io::{self, Write};
use std::time::{Duration, Instant};

use crate::layout::Ambiguous;

/// How long to wait for the terminal's reply.
pub const TIMEOUT: Duration = Duration::from_millis(200);

/// The glyph printed to measure: a left double quotation mark, East Asian Ambiguous.
const PROBE: &str = "\u{201C}";

/// Reads the column out of a cursor position report `ESC [ row ; col R` found in
/// `bytes`, if there is a whole one.
pub fn parse_reply(bytes: &[u8]) -> Option<u16> {
    let start = bytes.windows(2).rposition(|w| w == b"\x1b[")?;
    let rest = &bytes[start + 2..];
    let end = rest.iter().position(|&b| b == b'R')?;
    let text = std::str::from_utf8(&rest[..end]).ok()?;
    let (_, col) = text.split_once(';')?;
    col.parse().ok()
}

/// The width the terminal gave the probe glyph, from the column the cursor ended in.
pub fn width_from_column(column: u16) -> Ambiguous {
    if column >= 3 {
        Ambiguous::Wide
    } else {
        Ambiguous::Narrow
    }
}

/// Measures the terminal: writes the probe to `out` and waits up to [`TIMEOUT`] for the
/// reply on the terminal. Anything unexpected means narrow, the common default.
#[cfg(unix)]
pub fn measure(out: &mut impl Write) -> Ambiguous {
    measure_unix(out).unwrap_or(Ambiguous::Narrow)
}

/// On other systems the probe is not tried.
#[cfg(not(unix))]
pub fn measure(_out: &mut impl Write) -> Ambiguous {
    Ambiguous::Narrow
}

#[cfg(unix)]
fn measure_unix(out: &mut impl Write) -> io::Result<Ambiguous> {
    use std::io::IsTerminal;
    use std::os::fd::AsFd;

    use rustix::event::{PollFd, PollFlags, Timespec, poll};

    let tty_file;
    let stdin = io::stdin();
    let fd = if stdin.is_terminal() {
        stdin.as_fd()
    } else {
        tty_file = std::fs::File::open("/dev/tty")?;
        tty_file.as_fd()
    };
    write!(out, "\x1b[1;1H{PROBE}\x1b[6n\x1b[1;1H  \x1b[1;1H")?;
    out.flush()?;
    let deadline = Instant::now() + TIMEOUT;
    let mut reply = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Ok(Ambiguous::Narrow);
        }
        let timeout = Timespec::try_from(left).map_err(io::Error::other)?;
        let mut fds = [PollFd::new(&fd, PollFlags::IN)];
        if poll(&mut fds, Some(&timeout))? == 0 {
            return Ok(Ambiguous::Narrow);
        }
        let mut buf = [0u8; 64];
        let n = rustix::io::read(fd, &mut buf)?;
        if n == 0 {
            return Ok(Ambiguous::Narrow);
        }
        reply.extend_from_slice(&buf[..n]);
        if let Some(column) = parse_reply(&reply) {
            return Ok(width_from_column(column));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_column_of_a_position_report() {
        assert_eq!(parse_reply(b"\x1b[1;2R"), Some(2));
        assert_eq!(parse_reply(b"abc\x1b[12;3R"), Some(3));
        assert_eq!(parse_reply(b"\x1b[1;"), None);
        assert_eq!(parse_reply(b"\x1b[1;xR"), None);
    }

    #[test]
    fn one_cell_is_narrow_two_are_wide() {
        assert_eq!(width_from_column(2), Ambiguous::Narrow);
        assert_eq!(width_from_column(3), Ambiguous::Wide);
        assert_eq!(width_from_column(1), Ambiguous::Narrow);
    }
}
