//! Search inside an article, as less searches a file: the article's pieces are folded
//! once (see [`fold`]) into one text with a map back to the original bytes, and each
//! query is a substring scan (memchr's `memmem`) of that text. Matches run on the
//! reflowed text, so a phrase split over the page's column lines is found.

pub mod fold;

use std::ops::Range;

use memchr::memmem;

use crate::layout::Piece;

/// One match: a byte range in one piece's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Index of the piece.
    pub piece: usize,
    /// Byte range in the piece's text.
    pub range: Range<usize>,
}

/// Folded text of several pieces and the way back to their bytes.
#[derive(Debug, Clone, Default)]
struct Folded {
    /// The folded text; pieces are separated by a newline, which no query contains.
    text: String,
    /// For each byte of `text`, the piece and the offset of the character it came from.
    origin: Vec<(u32, u32)>,
}

impl Folded {
    /// Folds `pieces`, lower-casing when `lower` and reading Traditional characters as
    /// Simplified when `variants`.
    fn new(pieces: &[Piece], lower: bool, variants: bool) -> Self {
        let size: usize = pieces.iter().map(|p| p.text.len() + 1).sum();
        let mut text = String::with_capacity(size);
        let mut origin = Vec::with_capacity(size);
        for (n, piece) in pieces.iter().enumerate() {
            let simplified = variants.then(|| fold::simplified(&piece.text));
            let mut read = simplified.as_deref().map(str::chars);
            for (offset, c) in piece.text.char_indices() {
                // fast2s maps character for character, so the two walks stay in step.
                let c = read.as_mut().and_then(Iterator::next).unwrap_or(c);
                let added = fold::fold_char(c, lower, &mut text);
                origin.extend(std::iter::repeat_n((n as u32, offset as u32), added));
            }
            text.push('\n');
            origin.push((n as u32, piece.text.len() as u32));
        }
        Self { text, origin }
    }

    /// Every occurrence of `needle` (already folded), as ranges in the pieces.
    fn find(&self, pieces: &[Piece], needle: &str) -> Vec<Match> {
        if needle.is_empty() {
            return Vec::new();
        }
        let finder = memmem::Finder::new(needle.as_bytes());
        finder
            .find_iter(self.text.as_bytes())
            .map(|start| {
                let (piece, from) = self.origin[start];
                let (_, last) = self.origin[start + needle.len() - 1];
                let text = &pieces[piece as usize].text;
                let last = last as usize;
                let to = last + text[last..].chars().next().map_or(0, char::len_utf8);
                Match {
                    piece: piece as usize,
                    range: from as usize..to,
                }
            })
            .collect()
    }
}

/// An article's text ready to search.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    /// Folded with case kept, for queries with upper-case letters.
    exact: Folded,
    /// Folded and lower-cased.
    lower: Folded,
    /// Whether Traditional characters were folded to Simplified.
    variants: bool,
}

impl SearchIndex {
    /// Folds `pieces` once; each search is then a scan. With `variants`, Traditional
    /// and Simplified forms match each other (中國 finds 中国).
    pub fn new(pieces: &[Piece], variants: bool) -> Self {
        Self {
            exact: Folded::new(pieces, false, variants),
            lower: Folded::new(pieces, true, variants),
            variants,
        }
    }

    /// Whether Traditional and Simplified forms match each other.
    pub fn variants(&self) -> bool {
        self.variants
    }

    /// Every match of `query` in `pieces` (the pieces the index was built from), in
    /// reading order. Smart case: case matters only if the query has a capital.
    pub fn find(&self, pieces: &[Piece], query: &str) -> Vec<Match> {
        if fold::wants_case(query) {
            self.exact
                .find(pieces, &fold::fold(query, false, self.variants))
        } else {
            self.lower
                .find(pieces, &fold::fold(query, true, self.variants))
        }
    }
}

/// The matches that touch byte range `row` of piece `piece`, clipped to it. `matches`
/// must be in reading order.
pub fn in_row<'a>(
    matches: &'a [Match],
    piece: usize,
    row: &'a Range<usize>,
) -> impl Iterator<Item = (usize, Range<usize>)> + 'a {
    let first = matches.partition_point(|m| (m.piece, m.range.end) <= (piece, row.start));
    matches[first..]
        .iter()
        .enumerate()
        .take_while(move |(_, m)| m.piece == piece && m.range.start < row.end)
        .map(move |(i, m)| {
            (
                first + i,
                m.range.start.max(row.start)..m.range.end.min(row.end),
            )
        })
}

#[cfg(test)]
mod tests;
