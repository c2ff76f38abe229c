//! A scrolled selection over a list of entries: the article list and the page-wide
//! search results both use it.

use crate::action::Action;

/// The selected entry and the first one on screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListView {
    /// The selected entry.
    pub selected: usize,
    /// The first entry on screen.
    pub top: usize,
}

impl ListView {
    /// The entry `action` moves the selection to in a list of `count` entries of which
    /// `rows` are on screen, or `None` if the action does not move it.
    pub fn target(&self, action: Action, count: usize, rows: usize) -> Option<usize> {
        let last = count.checked_sub(1)?;
        let page = rows.max(1);
        let half = (page / 2).max(1);
        let s = self.selected;
        let to = match action {
            Action::Up => s.saturating_sub(1),
            Action::Down => s + 1,
            Action::PageUp => s.saturating_sub(page),
            Action::PageDown => s + page,
            Action::HalfPageUp => s.saturating_sub(half),
            Action::HalfPageDown => s + half,
            Action::Top => 0,
            Action::Bottom => last,
            _ => return None,
        };
        Some(to.min(last))
    }

    /// Selects entry `index` and scrolls it into a view of `rows` entries.
    pub fn select(&mut self, index: usize, rows: usize) {
        self.selected = index;
        self.keep_visible(rows);
    }

    /// Scrolls so that the selection is among the `rows` entries on screen.
    pub fn keep_visible(&mut self, rows: usize) {
        let rows = rows.max(1);
        if self.selected < self.top {
            self.top = self.selected;
        } else if self.selected >= self.top + rows {
            self.top = self.selected + 1 - rows;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stop_at_the_ends() {
        let v = ListView::default();
        assert_eq!(v.target(Action::Up, 5, 3), Some(0));
        assert_eq!(v.target(Action::Bottom, 5, 3), Some(4));
        assert_eq!(v.target(Action::PageDown, 5, 3), Some(3));
        assert_eq!(v.target(Action::Down, 0, 3), None);
        assert_eq!(v.target(Action::Search, 5, 3), None);
    }

    #[test]
    fn the_selection_stays_on_screen() {
        let mut v = ListView::default();
        v.select(7, 3);
        assert_eq!(v.top, 5);
        v.select(2, 3);
        assert_eq!(v.top, 2);
        v.keep_visible(10);
        assert_eq!(v.top, 2);
    }
}
