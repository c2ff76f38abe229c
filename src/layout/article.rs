//! An article laid out for a terminal column: its pieces (headline parts, byline,
//! blocks) made safe to show, and the rows they wrap into at a given width. The
//! reader, the search highlighter and `--dump text` all draw from these rows.

use std::ops::Range;

use super::width::Ambiguous;
use super::wrap::{WrappedLine, widest_unit, wrap};
use crate::page::{Article, BlockKind};
use crate::sanitize::visible;

/// Two ideographic spaces: the first-line indent of a Chinese paragraph.
pub const INDENT: &str = "\u{3000}\u{3000}";
/// Cells [`INDENT`] takes.
pub const INDENT_CELLS: usize = 4;

/// What a piece of an article is; it decides the piece's alignment and style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PieceKind {
    /// 引题, printed above the title.
    Kicker,
    /// The title.
    Title,
    /// 副题, printed below the title.
    Subtitle,
    /// The reporter credit.
    Byline,
    /// Running text, first line indented.
    Paragraph,
    /// A section heading inside the article.
    Heading,
    /// A photo or chart caption.
    Caption,
    /// The closing dateline, set to the right.
    Dateline,
}

impl PieceKind {
    /// Where the piece's rows sit in the column.
    pub fn align(self) -> Align {
        match self {
            Self::Kicker | Self::Title | Self::Subtitle | Self::Byline => Align::Centre,
            Self::Dateline => Align::Right,
            Self::Paragraph | Self::Heading | Self::Caption => Align::Left,
        }
    }
}

/// Horizontal placement of a row in its column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Flush left.
    Left,
    /// Centred.
    Centre,
    /// Flush right.
    Right,
}

/// One piece of an article: its kind and its text with control characters made visible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// What the piece is.
    pub kind: PieceKind,
    /// The text as shown (see [`visible`]).
    pub text: String,
}

/// The pieces of an article in reading order: kicker, title, subtitle, byline, blocks.
pub fn pieces(article: &Article) -> Vec<Piece> {
    let piece = |kind, text: &str| Piece {
        kind,
        text: visible(text).into_owned(),
    };
    let mut out = Vec::with_capacity(article.blocks.len() + 4);
    out.extend(
        article
            .kicker
            .as_deref()
            .map(|k| piece(PieceKind::Kicker, k)),
    );
    out.push(piece(PieceKind::Title, &article.title));
    out.extend(
        article
            .subtitle
            .as_deref()
            .map(|s| piece(PieceKind::Subtitle, s)),
    );
    out.extend(
        article
            .byline
            .as_deref()
            .map(|b| piece(PieceKind::Byline, b)),
    );
    out.extend(article.blocks.iter().map(|b| {
        let kind = match b.kind {
            BlockKind::Paragraph => PieceKind::Paragraph,
            BlockKind::Heading => PieceKind::Heading,
            BlockKind::Caption => PieceKind::Caption,
            BlockKind::Dateline => PieceKind::Dateline,
        };
        piece(kind, &b.text)
    }));
    out
}

/// One row of a laid-out article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The piece the row shows; a blank row carries the piece before it.
    pub piece: usize,
    /// Byte range of the row in its piece's text (trailing spaces included); empty,
    /// at the end of the piece, for a blank row.
    pub range: Range<usize>,
    /// Whether the row starts with the paragraph indent [`INDENT`].
    pub indent: bool,
    /// Cells of blank space before the row's text (centring, right alignment).
    pub pad: usize,
    /// Cells the row's visible text takes, indent included.
    pub width: usize,
}

impl Row {
    /// A blank row after the end of piece `piece`, whose text is `len` bytes long.
    fn blank(piece: usize, len: usize) -> Self {
        Self {
            piece,
            range: len..len,
            indent: false,
            pad: 0,
            width: 0,
        }
    }

    /// Whether the row is blank.
    pub fn is_blank(&self) -> bool {
        self.range.is_empty()
    }
}

/// Where a reader is in an article: a piece and a byte offset in it. Survives rewrapping.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Anchor {
    /// Index of the piece.
    pub piece: usize,
    /// Byte offset in the piece's text.
    pub offset: usize,
}

/// An article wrapped to one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleLayout {
    /// The width the rows were wrapped to, in cells.
    pub width: usize,
    /// The rows, top to bottom.
    pub rows: Vec<Row>,
}

impl ArticleLayout {
    /// Lays `pieces` out in a column `width` cells wide: headline parts and byline
    /// centred, a blank row before the body and before each heading, paragraphs
    /// indented, datelines to the right.
    pub fn new(pieces: &[Piece], width: usize, amb: Ambiguous) -> Self {
        let width = width.max(1);
        let mut rows: Vec<Row> = Vec::new();
        let mut in_body = false;
        for (index, piece) in pieces.iter().enumerate() {
            let headline = piece.kind.align() == Align::Centre;
            let body_starts = !headline && !in_body;
            in_body |= !headline;
            let blank_before = body_starts || piece.kind == PieceKind::Heading;
            if let Some(last) = rows.last().filter(|r| blank_before && !r.is_blank()) {
                let before = last.piece;
                rows.push(Row::blank(before, pieces[before].text.len()));
            }
            let indent = piece.kind == PieceKind::Paragraph;
            let lines = if headline {
                balanced(&piece.text, width, amb)
            } else {
                wrap(
                    &piece.text,
                    width,
                    if indent { INDENT_CELLS } else { 0 },
                    amb,
                )
            };
            for (n, line) in lines.into_iter().enumerate() {
                let indented = indent && n == 0;
                let cells = line.width + if indented { INDENT_CELLS } else { 0 };
                let room = width.saturating_sub(cells);
                let pad = match piece.kind.align() {
                    Align::Left => 0,
                    Align::Centre => room / 2,
                    Align::Right => room,
                };
                rows.push(Row {
                    piece: index,
                    range: line.range,
                    indent: indented,
                    pad,
                    width: cells,
                });
            }
        }
        Self { width, rows }
    }

    /// The row that shows `anchor`: the last row of its piece starting at or before it.
    pub fn row_of(&self, anchor: Anchor) -> usize {
        let key = (anchor.piece, anchor.offset);
        let after = self
            .rows
            .partition_point(|r| (r.piece, r.range.start) <= key);
        // A blank row sorts at the end of the piece before it; step back over it.
        (0..after)
            .rev()
            .find(|&r| !self.rows[r].is_blank())
            .unwrap_or(0)
    }

    /// The anchor of row `row`: its piece and first byte; for a blank row, the next
    /// text row's.
    pub fn anchor_of(&self, row: usize) -> Anchor {
        let row = row.min(self.rows.len());
        self.rows[row..]
            .iter()
            .chain(self.rows[..row].iter().rev())
            .find(|r| !r.is_blank())
            .map(|r| Anchor {
                piece: r.piece,
                offset: r.range.start,
            })
            .unwrap_or_default()
    }

    /// The text of row `row` as printed: indent, then the piece's text, trailing spaces
    /// dropped (padding not included).
    pub fn row_text<'a>(&self, pieces: &'a [Piece], row: usize) -> (bool, &'a str) {
        let r = &self.rows[row];
        (r.indent, pieces[r.piece].text[r.range.clone()].trim_end())
    }
}

/// Wraps a headline part into as few lines as first-fit needs, but with the lines as
/// even as the breaks allow, as a compositor sets a two-line headline: no orphan
/// character alone on the last line.
fn balanced(text: &str, width: usize, amb: Ambiguous) -> Vec<WrappedLine> {
    let lines = wrap(text, width, 0, amb);
    if lines.len() < 2 {
        return lines;
    }
    let total: usize = lines.iter().map(|l| l.width).sum();
    // Never narrower than a word or number that fits the column: balancing must not cut it.
    let floor = widest_unit(text, amb).min(width);
    let (mut lo, mut hi) = (total.div_ceil(lines.len()).max(floor), width);
    // The narrowest width that still gives the same number of lines.
    while lo < hi {
        let mid = usize::midpoint(lo, hi);
        if wrap(text, mid, 0, amb).len() <= lines.len() {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    wrap(text, hi, 0, amb)
}

#[cfg(test)]
mod tests;
