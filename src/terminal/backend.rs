//! The reader's terminal backend: crossterm's, with three changes that make a frame
//! cheaper to send. Output goes through a buffer that holds a whole frame, written in
//! one piece when ratatui flushes (standard output alone writes every kilobyte). The
//! cell after a wide character, which the frame diff leaves out, is given back as an
//! empty cell, so that crossterm does not move the cursor before every Han character
//! (the terminal has already moved it two columns). And the size is asked of standard
//! output instead of opening `/dev/tty` for every frame.

use std::io::{self, BufWriter, Stdout};

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use unicode_width::UnicodeWidthStr;

/// Bytes the output buffer holds: a full frame of a large terminal.
const FRAME_BYTES: usize = 1 << 18;

/// Crossterm's backend on a buffered standard output (see the module documentation).
pub struct FrameBackend {
    inner: CrosstermBackend<BufWriter<Stdout>>,
}

impl FrameBackend {
    /// A backend writing to standard output.
    pub fn new() -> Self {
        Self {
            inner: CrosstermBackend::new(BufWriter::with_capacity(FRAME_BYTES, io::stdout())),
        }
    }
}

impl Default for FrameBackend {
    fn default() -> Self {
        Self::new()
    }
}

/// The cells to draw with an empty cell after each wide character whose neighbour
/// comes next (see [`continues_after`]), so that every cell follows the one before it
/// on its row: `blanks` holds one empty cell for each such wide character, in order.
fn with_continuations<'a>(
    cells: &[(u16, u16, &'a Cell)],
    continued: &[bool],
    blanks: &'a [Cell],
) -> Vec<(u16, u16, &'a Cell)> {
    let mut out = Vec::with_capacity(cells.len() + blanks.len());
    let mut blank = blanks.iter();
    for (&(x, y, cell), &goes_on) in cells.iter().zip(continued) {
        out.push((x, y, cell));
        if goes_on && let Some(b) = blank.next() {
            out.push((x + 1, y, b));
        }
    }
    out
}

/// Is cell `k` wide, with the next cell to draw right after it on the same row?
fn continues_after(cells: &[(u16, u16, &Cell)], k: usize) -> bool {
    let (x, y, cell) = cells[k];
    cell.symbol().width() == 2
        && cells
            .get(k + 1)
            .is_some_and(|&(nx, ny, _)| ny == y && u32::from(nx) == u32::from(x) + 2)
}

impl Backend for FrameBackend {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let cells: Vec<(u16, u16, &Cell)> = content.collect();
        let continued: Vec<bool> = (0..cells.len())
            .map(|k| continues_after(&cells, k))
            .collect();
        // An empty cell in the wide character's style: nothing printed, no colour change.
        let blanks: Vec<Cell> = cells
            .iter()
            .zip(&continued)
            .filter(|&(_, &goes_on)| goes_on)
            .map(|(&(_, _, cell), _)| {
                let mut blank = cell.clone();
                blank.set_symbol("");
                blank
            })
            .collect();
        self.inner
            .draw(with_continuations(&cells, &continued, &blanks).into_iter())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        #[cfg(unix)]
        if let Ok(size) = rustix::termios::tcgetwinsize(io::stdout())
            && size.ws_col > 0
            && size.ws_row > 0
        {
            return Ok(Size::new(size.ws_col, size.ws_row));
        }
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wide_character_is_followed_by_an_empty_cell_only_where_its_row_goes_on() {
        let han = Cell::new("报");
        let narrow = Cell::new("a");
        // 报 at 0 and 2 on row 0 (the diff leaves out 1 and 3), a at 6, 报 at 0 on row 1.
        let cells = [(0, 0, &han), (2, 0, &han), (6, 0, &narrow), (0, 1, &han)];
        let continued: Vec<bool> = (0..cells.len())
            .map(|k| continues_after(&cells, k))
            .collect();
        assert_eq!(continued, [true, false, false, false]);
        let blanks = [Cell::new("")];
        let out: Vec<(u16, u16, &str)> = with_continuations(&cells, &continued, &blanks)
            .into_iter()
            .map(|(x, y, c)| (x, y, c.symbol()))
            .collect();
        assert_eq!(
            out,
            [
                (0, 0, "报"),
                (1, 0, ""),
                (2, 0, "报"),
                (6, 0, "a"),
                (0, 1, "报")
            ]
        );
    }
}
