//! The open article: its pieces, their rows at the current width (wrapped once per
//! width, as bk does) and the scroll position, kept as an anchor in the text so a
//! resize rewraps without losing the reader's place.

use crate::layout::{Ambiguous, Anchor, ArticleLayout, Piece, pieces};
use crate::page::Article;

/// An article as the article pane shows it.
#[derive(Debug, Clone)]
pub struct Reader {
    /// Index of the article on the page.
    pub article: usize,
    /// Its pieces, safe to print.
    pub pieces: Vec<Piece>,
    /// Its rows at the current column width.
    pub layout: ArticleLayout,
    /// The first visible row.
    pub top: usize,
    /// The first visible character: where `top` goes back to after a rewrap.
    pub anchor: Anchor,
    /// Rows the pane shows at once.
    pub height: usize,
}

impl Reader {
    /// Opens `article` (number `index` on the page) at `anchor`, wrapped to `width`.
    pub fn new(
        index: usize,
        article: &Article,
        anchor: Anchor,
        width: usize,
        height: usize,
        amb: Ambiguous,
    ) -> Self {
        let pieces = pieces(article);
        let layout = ArticleLayout::new(&pieces, width, amb);
        let mut reader = Self {
            article: index,
            pieces,
            layout,
            top: 0,
            anchor,
            height,
        };
        reader.top = reader.clamp(reader.layout.row_of(anchor));
        reader
    }

    /// Rewraps to `width` if it changed and keeps the anchored character on screen.
    pub fn resize(&mut self, width: usize, height: usize, amb: Ambiguous) {
        self.height = height;
        if width != self.layout.width {
            self.layout = ArticleLayout::new(&self.pieces, width, amb);
        }
        self.top = self.clamp(self.layout.row_of(self.anchor));
    }

    /// Number of rows.
    pub fn rows(&self) -> usize {
        self.layout.rows.len()
    }

    /// The largest useful `top`: the last screen shows the article's end.
    pub fn max_top(&self) -> usize {
        self.rows().saturating_sub(self.height.max(1))
    }

    /// `top` kept within the article.
    fn clamp(&self, top: usize) -> usize {
        top.min(self.max_top())
    }

    /// Scrolls to row `top` and re-anchors there.
    pub fn scroll_to(&mut self, top: usize) {
        self.top = self.clamp(top);
        self.anchor = self.layout.anchor_of(self.top);
    }

    /// Scrolls by `delta` rows (negative: up).
    pub fn scroll_by(&mut self, delta: isize) {
        self.scroll_to(self.top.saturating_add_signed(delta));
    }

    /// Scrolls so that row `row` is visible, with a little context above it.
    pub fn reveal(&mut self, row: usize) {
        let bottom = self.top + self.height.max(1);
        if row < self.top || row >= bottom {
            self.scroll_to(row.saturating_sub(self.height / 3));
        }
    }

    /// How far through the article the bottom of the screen is, in percent.
    pub fn percent(&self) -> usize {
        if self.rows() == 0 {
            return 100;
        }
        let bottom = (self.top + self.height).min(self.rows());
        bottom * 100 / self.rows()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{Block, BlockKind};

    fn article() -> Article {
        let text = "中国同中亚国家的合作不断深化，各领域交流日益密切。".repeat(6);
        Article {
            title: "标题".into(),
            blocks: (0..6)
                .map(|_| Block::new(BlockKind::Paragraph, text.clone()))
                .collect(),
            ..Article::default()
        }
    }

    #[test]
    fn scrolling_stops_at_both_ends() {
        let mut r = Reader::new(0, &article(), Anchor::default(), 40, 10, Ambiguous::Narrow);
        r.scroll_by(-5);
        assert_eq!(r.top, 0);
        r.scroll_by(10_000);
        assert_eq!(r.top, r.rows() - 10);
        assert_eq!(r.percent(), 100);
    }

    #[test]
    fn resizing_keeps_the_first_visible_character() {
        let mut r = Reader::new(0, &article(), Anchor::default(), 40, 10, Ambiguous::Narrow);
        r.scroll_by(17);
        let first = r.layout.rows[r.top].clone();
        let anchor = r.anchor;
        for width in [12, 90, 7, 40] {
            r.resize(width, 10, Ambiguous::Narrow);
            let row = &r.layout.rows[r.top];
            assert_eq!(row.piece, anchor.piece);
            assert!(row.range.start <= anchor.offset && anchor.offset < row.range.end);
        }
        assert_eq!(r.layout.rows[r.top], first);
    }

    #[test]
    fn reveal_brings_a_row_into_view() {
        let mut r = Reader::new(0, &article(), Anchor::default(), 40, 9, Ambiguous::Narrow);
        r.reveal(30);
        assert!(r.top <= 30 && 30 < r.top + 9);
        let top = r.top;
        r.reveal(top + 1);
        assert_eq!(r.top, top, "a visible row does not scroll");
    }
}
