//! A one-line editor for search queries that treats a Chinese character, or any
//! grapheme, as one unit: the cursor never lands inside one and Backspace removes a
//! whole one.

use unicode_segmentation::UnicodeSegmentation;

use crate::layout::Ambiguous;

/// The text being typed and the cursor in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEditor {
    /// The query.
    text: String,
    /// Byte offset of the cursor, always on a grapheme boundary.
    cursor: usize,
}

impl LineEditor {
    /// The query.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Inserts typed or pasted text at the cursor. Line breaks and control characters
    /// in pasted text become nothing: a query is one line.
    pub fn insert(&mut self, s: &str) {
        let clean: String = s.chars().filter(|c| !c.is_control()).collect();
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
    }

    /// Removes the grapheme before the cursor.
    pub fn delete_back(&mut self) {
        if let Some((start, _)) = self.text[..self.cursor].grapheme_indices(true).next_back() {
            self.text.replace_range(start..self.cursor, "");
            self.cursor = start;
        }
    }

    /// Moves the cursor one grapheme left.
    pub fn left(&mut self) {
        if let Some((start, _)) = self.text[..self.cursor].grapheme_indices(true).next_back() {
            self.cursor = start;
        }
    }

    /// Moves the cursor one grapheme right.
    pub fn right(&mut self) {
        if let Some(g) = self.text[self.cursor..].graphemes(true).next() {
            self.cursor += g.len();
        }
    }

    /// Moves the cursor to the start.
    pub fn home(&mut self) {
        self.cursor = 0;
    }

    /// Moves the cursor to the end.
    pub fn end(&mut self) {
        self.cursor = self.text.len();
    }

    /// Empties the query.
    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }

    /// The part of the query to show in `room` cells and the cursor's cell in it. The
    /// view scrolls so that the cursor is always visible, with the end of the query in
    /// view when there is room.
    pub fn view(&self, room: usize, amb: Ambiguous) -> (&str, usize) {
        let room = room.max(1);
        let before = amb.width(&self.text[..self.cursor]);
        if amb.width(&self.text) < room {
            return (&self.text, before);
        }
        // Start from the cursor and take graphemes leftwards while they fit, keeping one
        // cell for the cursor itself.
        let mut start = self.cursor;
        let mut used = 0;
        for (i, g) in self.text[..self.cursor].grapheme_indices(true).rev() {
            let w = amb.width(g);
            if used + w + 1 > room {
                break;
            }
            used += w;
            start = i;
        }
        let mut end = self.cursor;
        let mut shown = used + 1;
        for g in self.text[self.cursor..].graphemes(true) {
            let w = amb.width(g);
            if shown + w > room {
                break;
            }
            shown += w;
            end += g.len();
        }
        (&self.text[start..end], used)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> LineEditor {
        let mut e = LineEditor::default();
        e.insert(s);
        e
    }

    #[test]
    fn backspace_removes_a_whole_character() {
        let mut e = typed("中亚a");
        e.delete_back();
        assert_eq!(e.text(), "中亚");
        e.delete_back();
        assert_eq!(e.text(), "中");
        e.delete_back();
        e.delete_back();
        assert_eq!(e.text(), "");
    }

    #[test]
    fn cursor_moves_by_characters_and_inserts_there() {
        let mut e = typed("中亚");
        e.left();
        e.insert("国");
        assert_eq!(e.text(), "中国亚");
        e.home();
        e.insert("在");
        e.end();
        e.insert("。");
        assert_eq!(e.text(), "在中国亚。");
        e.right();
        e.insert("!");
        assert_eq!(e.text(), "在中国亚。!");
    }

    #[test]
    fn pasted_line_breaks_are_dropped() {
        assert_eq!(typed("中\n亚\x1b").text(), "中亚");
    }

    #[test]
    fn the_view_scrolls_to_keep_the_cursor() {
        let e = typed("一二三四五六七八九十");
        let (shown, cursor) = e.view(9, Ambiguous::Narrow);
        assert_eq!(shown, "七八九十");
        assert_eq!(cursor, 8);
        let one = typed("中");
        let (shown, cursor) = one.view(9, Ambiguous::Narrow);
        assert_eq!((shown, cursor), ("中", 2));
        let mut e = typed("一二三四五六七八九十");
        e.home();
        let (shown, cursor) = e.view(9, Ambiguous::Narrow);
        assert_eq!((shown, cursor), ("一二三四", 0));
    }
}
