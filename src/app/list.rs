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
    /// The entry `action` moves the selection to in a list of `count` entries, `page` of
    /// which fill a screen, or `None` if the action does not move it.
    pub fn target(&self, action: Action, count: usize, page: usize) -> Option<usize> {
        let last = count.checked_sub(1)?;
        let page = page.max(1);
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

    /// How many entries from the top fit in `rows`, each `height(i)` rows tall (at
    /// least one, even if it is cut off).
    pub fn fitting(&self, count: usize, rows: usize, height: impl Fn(usize) -> usize) -> usize {
        let mut used = 0;
        let mut n = 0;
        for i in self.top..count {
            used += height(i);
            if used > rows && n > 0 {
                break;
            }
            n += 1;
        }
        n.max(1)
    }

    /// The entry drawn `dy` rows below the top, if any.
    pub fn entry_at(
        &self,
        dy: usize,
        count: usize,
        height: impl Fn(usize) -> usize,
    ) -> Option<usize> {
        let mut y = 0;
        for i in self.top..count {
            y += height(i);
            if dy < y {
                return Some(i);
            }
        }
        None
    }

    /// Selects entry `index` and scrolls it into a view of `rows` rows.
    pub fn select(&mut self, index: usize, rows: usize, height: impl Fn(usize) -> usize) {
        self.selected = index;
        self.keep_visible(rows, height);
    }

    /// Scrolls so that the selected entry is wholly on screen (or at the top, if it is
    /// taller than the screen).
    pub fn keep_visible(&mut self, rows: usize, height: impl Fn(usize) -> usize) {
        if self.selected < self.top {
            self.top = self.selected;
        }
        while self.top < self.selected
            && (self.top..=self.selected).map(&height).sum::<usize>() > rows
        {
            self.top += 1;
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
        let two = |_| 2;
        let mut v = ListView::default();
        v.select(7, 6, two);
        assert_eq!(v.top, 5);
        v.select(2, 6, two);
        assert_eq!(v.top, 2);
        v.keep_visible(20, two);
        assert_eq!(v.top, 2);
    }

    #[test]
    fn entries_of_different_heights() {
        let height = |i: usize| if i.is_multiple_of(2) { 3 } else { 2 };
        let mut v = ListView::default();
        assert_eq!(v.fitting(10, 7, height), 2);
        assert_eq!(v.entry_at(0, 10, height), Some(0));
        assert_eq!(v.entry_at(3, 10, height), Some(1));
        assert_eq!(v.entry_at(5, 10, height), Some(2));
        assert_eq!(v.entry_at(99, 10, height), None);
        v.select(4, 7, height);
        assert_eq!(v.top, 3, "entries 3 and 4 take 5 rows, 2 to 4 would take 8");
        // An entry taller than the screen still goes to the top.
        v.select(9, 1, height);
        assert_eq!(v.top, 9);
    }
}
