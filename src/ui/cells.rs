//! Writing text into the buffer cell by cell with the layout's own widths. A wide
//! character never straddles the edge, and in wide-ambiguous mode “ ” — … · take two
//! cells: the cell is given a forced width so ratatui and the terminal stay in step
//! (the glyph itself is never replaced).

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::layout::Ambiguous;

/// Writes `text` from column `x` of row `y`, stopping before column `right`. Returns
/// the column after the last cell written.
pub fn put(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    right: u16,
    text: &str,
    style: Style,
    amb: Ambiguous,
) -> u16 {
    let right = right.min(buf.area.right());
    if y < buf.area.top() || y >= buf.area.bottom() {
        return x;
    }
    let mut x = x.max(buf.area.left());
    for g in text.graphemes(true) {
        let w = amb.width(g);
        if w == 0 || g.contains(char::is_control) {
            continue;
        }
        let w16 = u16::try_from(w).unwrap_or(u16::MAX);
        if x.saturating_add(w16) > right {
            break;
        }
        let cell = &mut buf[(x, y)];
        cell.set_symbol(g).set_style(style);
        if w != g.width() {
            let forced = NonZeroU16::new(w16).unwrap_or(NonZeroU16::MIN);
            cell.set_diff_option(CellDiffOption::ForcedWidth(forced));
        }
        for cx in x + 1..x + w16 {
            buf[(cx, y)].reset();
        }
        x += w16;
    }
    x
}

/// Writes `text`, cut with `…` if it does not fit before `right`.
pub fn put_clipped(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    right: u16,
    text: &str,
    style: Style,
    amb: Ambiguous,
) -> u16 {
    let room = usize::from(right.saturating_sub(x));
    if amb.width(text) <= room {
        return put(buf, x, y, right, text, style, amb);
    }
    let ellipsis = amb.width("…");
    let mut used = 0;
    let mut end = 0;
    for (i, g) in text.grapheme_indices(true) {
        let w = amb.width(g);
        if used + w + ellipsis > room {
            break;
        }
        used += w;
        end = i + g.len();
    }
    let x = put(buf, x, y, right, &text[..end], style, amb);
    put(buf, x, y, right, "…", style, amb)
}

/// Sets every cell of `area` to a blank in `style`.
///
/// Wide characters cut by the area's edges are dealt with: one that starts just left of
/// the area and reaches into it is blanked, and the cell after one that started inside
/// and reached out is redrawn, so the terminal keeps no half of either.
pub fn fill(buf: &mut Buffer, area: Rect, style: Style) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    for y in area.top()..area.bottom() {
        if area.left() > buf.area.left() {
            let before = &mut buf[(area.left() - 1, y)];
            if width_of(before) > 1 {
                before.set_symbol(" ");
                before.set_diff_option(CellDiffOption::None);
            }
        }
        let reaches_out = width_of(&buf[(area.right() - 1, y)]) > 1;
        for x in area.left()..area.right() {
            buf[(x, y)].reset();
            buf[(x, y)].set_style(style);
        }
        if reaches_out && area.right() < buf.area.right() {
            buf[(area.right(), y)].set_diff_option(CellDiffOption::AlwaysUpdate);
        }
    }
}

/// The cells a buffer cell's symbol covers.
fn width_of(cell: &ratatui::buffer::Cell) -> usize {
    match cell.diff_option {
        CellDiffOption::ForcedWidth(w) => usize::from(w.get()),
        _ => cell.symbol().width(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(buf: &Buffer) -> String {
        (0..buf.area.width)
            .map(|x| buf[(x, 0)].symbol().to_string())
            .collect()
    }

    #[test]
    fn a_wide_character_never_straddles_the_edge() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 5, 1));
        let end = put(&mut buf, 0, 0, 5, "中国人", Style::new(), Ambiguous::Narrow);
        assert_eq!(end, 4);
        assert_eq!(row(&buf), "中 国  ");
    }

    #[test]
    fn wide_ambiguous_glyphs_get_a_forced_width() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        let end = put(&mut buf, 0, 0, 6, "“中”", Style::new(), Ambiguous::Wide);
        assert_eq!(end, 6);
        assert_eq!(buf[(0, 0)].symbol(), "“");
        assert_eq!(
            buf[(0, 0)].diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::new(2).unwrap())
        );
        assert_eq!(buf[(2, 0)].symbol(), "中");
        assert_eq!(buf[(2, 0)].diff_option, CellDiffOption::None);
        assert_eq!(buf[(4, 0)].symbol(), "”");
    }

    #[test]
    fn clipping_adds_an_ellipsis() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        put_clipped(
            &mut buf,
            0,
            0,
            6,
            "中国同中亚",
            Style::new(),
            Ambiguous::Narrow,
        );
        assert_eq!(row(&buf), "中 国 … ");
    }

    #[test]
    fn filling_over_wide_characters_leaves_no_halves() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        put(
            &mut buf,
            0,
            0,
            8,
            "中国人民",
            Style::new(),
            Ambiguous::Narrow,
        );
        // An area from the right half of 国 to the left half of 民.
        fill(&mut buf, Rect::new(3, 0, 4, 1), Style::new());
        assert_eq!(row(&buf), "中       ");
        assert_eq!(buf[(7, 0)].diff_option, CellDiffOption::AlwaysUpdate);
    }

    #[test]
    fn writing_outside_the_buffer_is_harmless() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 2, 1));
        assert_eq!(
            put(&mut buf, 0, 5, 2, "中", Style::new(), Ambiguous::Narrow),
            0
        );
        assert_eq!(
            put(&mut buf, 1, 0, 9, "中", Style::new(), Ambiguous::Narrow),
            1
        );
    }
}
