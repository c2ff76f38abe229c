//! The `?` overlay: every binding of the key table, by where it works; in two columns
//! when the screen is wide enough, scrolled with the usual keys when it is too short.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::cells::{fill, put_clipped};
use super::theme::THEME;
use crate::app::App;
use crate::keymap;

/// Width of the keys column.
const KEYS_WIDTH: u16 = 16;
/// Width of one column of bindings.
const COLUMN_WIDTH: u16 = 46;

/// One line of the overlay: a section heading, a binding, or a gap.
enum HelpLine {
    /// A section's title.
    Heading(&'static str),
    /// Keys and what they do.
    Binding(String, &'static str),
    /// A blank line between sections.
    Gap,
}

/// The overlay's columns of lines for a box `width` cells wide: the list and prompt
/// sections beside the article section when there is room, else all in one column.
fn columns(width: u16) -> Vec<Vec<HelpLine>> {
    let sections = keymap::help_sections();
    let lines = |picked: &[usize]| {
        let mut out = Vec::new();
        for &i in picked {
            let (title, rows) = &sections[i];
            if !out.is_empty() {
                out.push(HelpLine::Gap);
            }
            out.push(HelpLine::Heading(title));
            out.extend(
                rows.iter()
                    .map(|(keys, help)| HelpLine::Binding(keys.clone(), help)),
            );
        }
        out
    };
    let all: Vec<usize> = (0..sections.len()).collect();
    if width >= 2 * COLUMN_WIDTH + 4 && sections.len() == 3 {
        vec![lines(&[0, 2]), lines(&[1])]
    } else {
        vec![lines(&all)]
    }
}

/// The overlay's box in a screen of `area`.
fn frame(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).min(2 * COLUMN_WIDTH + 6);
    let height = area.height.saturating_sub(2);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Rows of bindings the box shows at once (a title row above, a row below).
fn visible_rows(frame: Rect) -> usize {
    usize::from(frame.height.saturating_sub(2))
}

/// The largest scroll that still fills the box.
pub fn max_scroll(area: Rect) -> usize {
    let frame = frame(area);
    let longest = columns(frame.width).iter().map(Vec::len).max().unwrap_or(0);
    longest.saturating_sub(visible_rows(frame))
}

/// Draws the overlay.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let amb = app.options.amb;
    let frame = frame(area);
    if frame.is_empty() {
        return;
    }
    fill(buf, frame, THEME.help);
    let right = frame.right().saturating_sub(1);
    put_clipped(
        buf,
        frame.x + 2,
        frame.y,
        right,
        "帮助  (? 或 Esc 关闭)",
        THEME.help_heading,
        amb,
    );
    let top = app.help.unwrap_or(0);
    let rows = visible_rows(frame);
    let columns = columns(frame.width);
    for (n, column) in columns.iter().enumerate() {
        let x = frame.x + 2 + n as u16 * (COLUMN_WIDTH + 2);
        let right = if n + 1 == columns.len() {
            right
        } else {
            x + COLUMN_WIDTH
        };
        for (slot, line) in column.iter().skip(top).take(rows).enumerate() {
            let y = frame.y + 1 + slot as u16;
            match line {
                HelpLine::Heading(title) => {
                    put_clipped(buf, x, y, right, title, THEME.help_heading, amb);
                }
                HelpLine::Binding(keys, help) => {
                    put_clipped(buf, x + 2, y, right, keys, THEME.help_heading, amb);
                    put_clipped(buf, x + 2 + KEYS_WIDTH, y, right, help, THEME.help, amb);
                }
                HelpLine::Gap => {}
            }
        }
    }
    let below = columns
        .iter()
        .map(Vec::len)
        .max()
        .unwrap_or(0)
        .saturating_sub(top + rows);
    let more = match (top > 0, below > 0) {
        (_, true) => format!("↓ 还有 {below} 行，j/k 滚动"),
        (true, false) => "↑ 上面还有，k 向上".to_string(),
        (false, false) => String::new(),
    };
    if !more.is_empty() && frame.height > 2 {
        put_clipped(
            buf,
            frame.x + 2,
            frame.bottom() - 1,
            right,
            &more,
            THEME.help_heading,
            amb,
        );
    }
}
