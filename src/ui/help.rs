//! The `?` overlay: every binding of the key table, by where it works.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::cells::{fill, put_clipped};
use super::theme::THEME;
use crate::app::App;
use crate::keymap;

/// Width of the keys column.
const KEYS_WIDTH: u16 = 18;

/// The overlay's lines: a section heading (`true`) or a binding's keys and description.
fn lines() -> Vec<(bool, String, &'static str)> {
    let mut out = Vec::new();
    for (title, rows) in keymap::help_sections() {
        if !out.is_empty() {
            out.push((false, String::new(), ""));
        }
        out.push((true, title.to_string(), ""));
        out.extend(rows.into_iter().map(|(keys, help)| (false, keys, help)));
    }
    out
}

/// The overlay's box in a screen of `area`.
fn frame(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).min(64);
    let height = area.height.saturating_sub(2);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// The largest scroll that still fills the box.
pub fn max_scroll(area: Rect) -> usize {
    let rows = usize::from(frame(area).height.saturating_sub(2));
    lines().len().saturating_sub(rows)
}

/// Draws the overlay.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let amb = app.options.amb;
    let frame = frame(area);
    if frame.is_empty() {
        return;
    }
    fill(buf, frame, THEME.help);
    let (x, right) = (frame.x + 2, frame.right().saturating_sub(1));
    put_clipped(
        buf,
        x,
        frame.y,
        right,
        "帮助  (? 或 Esc 关闭)",
        THEME.help_heading,
        amb,
    );
    let top = app.help.unwrap_or(0);
    let rows = usize::from(frame.height.saturating_sub(2));
    for (slot, (heading, keys, help)) in lines().into_iter().skip(top).take(rows).enumerate() {
        let y = frame.y + 1 + slot as u16;
        if heading {
            put_clipped(buf, x, y, right, &keys, THEME.help_heading, amb);
        } else {
            put_clipped(buf, x + 2, y, right, &keys, THEME.help_heading, amb);
            put_clipped(buf, x + 2 + KEYS_WIDTH, y, right, help, THEME.help, amb);
        }
    }
}
