//! Line breaking for Chinese text by the W3C clreq rules (basic level, plus the strict
//! rule for dashes and ellipses): no line starts with a closing mark or a pause or stop
//! mark, none ends with an opening mark, `——` and `……` are never split and never
//! start a line, numbers and Latin words are never split. The text is cut into
//! unbreakable units here; textwrap's first-fit algorithm places them on lines.

use std::ops::Range;

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_segmentation::UnicodeSegmentation;

use super::width::Ambiguous;
use crate::page::text::is_no_line_start;

mod oversized;
use oversized::split_oversized;

/// One wrapped line: a byte range of the paragraph (trailing spaces included, so that
/// the lines join back to the paragraph) and the cells its visible text takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrappedLine {
    /// Byte range of the line in the paragraph.
    pub range: Range<usize>,
    /// Width in cells, trailing spaces not counted.
    pub width: usize,
}

/// Marks that may not start a line (clreq basic, plus the strict level's connectors and
/// dashes): the engine's list, but for the ASCII quotes `"` and `'`, which open as
/// often as they close.
pub fn is_no_start(c: char) -> bool {
    c != '"' && c != '\'' && is_no_line_start(c)
}

/// Marks that may not end a line: opening quotes and brackets.
pub use crate::page::text::is_no_line_end as is_no_end;

/// A character of a word or number that is never split: a letter or digit below the
/// CJK blocks (where every Han character lies), tested first by its code point, which
/// keeps Han text off the slow alphabetic lookup.
pub fn is_word_char(c: char) -> bool {
    (c as u32) < 0x2E80 && c.is_alphanumeric()
}

/// Joiners inside a number or word: `4,715.95`, `A-1`, `http://`.
pub fn is_word_joiner(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ':' | '/' | '\'' | '-' | '+' | '_' | '&' | '@' | '#'
    )
}

/// An unbreakable unit: a byte range and its widths.
#[derive(Debug, Clone)]
struct Unit {
    range: Range<usize>,
    width: usize,
    space: usize,
}

impl Fragment for Unit {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.space as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Breaks `text` into lines of at most `width` cells; the first line has `indent`
/// cells less room. A unit wider than a line (possible only at tiny widths) is cut
/// between graphemes; a grapheme wider than the line stands alone.
pub fn wrap(text: &str, width: usize, indent: usize, amb: Ambiguous) -> Vec<WrappedLine> {
    if text.is_empty() {
        return Vec::new();
    }
    let first_room = width.saturating_sub(indent).max(1);
    let room = width.max(1);
    // Only the unit that opens the text can meet the narrower first line; every other
    // unit is cut only if it is wider than a full line.
    let mut units = units(text, amb);
    if units
        .iter()
        .enumerate()
        .any(|(k, u)| u.width > if k == 0 { first_room } else { room })
    {
        units = units
            .into_iter()
            .enumerate()
            .flat_map(|(k, u)| {
                let first = if k == 0 { first_room } else { room };
                split_oversized(text, u, first, room, amb)
            })
            .collect();
    }
    let lines = wrap_first_fit(&units, &[first_room as f64, room as f64]);
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let (Some(first), Some(last)) = (line.first(), line.last()) else {
            continue;
        };
        let range = first.range.start..last.range.end;
        // Measured whole, not summed over units: shaping joins some neighbours (Arabic
        // lam-alef is one cell as a pair, two apart). Trailing space is never counted.
        let width = amb.width(text[range.clone()].trim_end());
        out.push(WrappedLine { range, width });
    }
    out
}

/// Cuts `text` into unbreakable units.
fn units(text: &str, amb: Ambiguous) -> Vec<Unit> {
    let atoms = atoms(text);
    let mut units: Vec<Unit> = Vec::with_capacity(atoms.len());
    let mut glue_next = false;
    let mut after_number = false;
    for atom in atoms {
        let s = &text[atom.clone()];
        if s.chars().all(char::is_whitespace) {
            if let Some(last) = units.last_mut() {
                last.space += amb.width(s);
                last.range.end = atom.end;
            } else {
                units.push(Unit {
                    range: atom,
                    width: 0,
                    space: amb.width(s),
                });
            }
            // An opening mark before the space still holds on to what follows.
            after_number = false;
            continue;
        }
        let first = s.chars().next().unwrap_or(' ');
        let last_char = s.chars().next_back().unwrap_or(' ');
        // A unified ideograph alone, most atoms of a Chinese page, is two cells wide
        // in either ambiguous-width mode: no table lookup.
        let width = if first.len_utf8() == s.len() && is_unified_ideograph(first) {
            2
        } else {
            amb.width(s)
        };
        // A mark that may not start a line stays with what precedes it, and an opening
        // mark with what follows, even across a space.
        let glue_prev = is_no_start(first);
        // A number keeps the character after it, its unit: 9月, 4.6亿, 37个.
        let unit = after_number && crate::page::text::is_han(first);
        match units.last_mut() {
            Some(last) if glue_prev || glue_next || unit => {
                last.range.end = atom.end;
                last.width += last.space + width;
                last.space = 0;
            }
            _ => units.push(Unit {
                width,
                range: atom,
                space: 0,
            }),
        }
        glue_next = is_no_end(last_char);
        after_number = first.is_ascii_digit() || ('０'..='９').contains(&first);
    }
    units
}

/// Cuts `text` into atoms: graphemes, except that a word or number and a run of
/// dashes or ellipses (`——`, `……`) are one atom each. Whitespace runs are atoms.
fn atoms(text: &str) -> Vec<Range<usize>> {
    let graphemes = graphemes(text);
    let mut out = Vec::with_capacity(graphemes.len());
    let first_char = |k: usize| graphemes[k].1.chars().next().unwrap_or(' ');
    let mut at = 0;
    while at < graphemes.len() {
        let start = graphemes[at].0;
        let lead = first_char(at);
        let mut end_at = at + 1;
        if is_word_char(lead) {
            while end_at < graphemes.len() {
                let next = first_char(end_at);
                let joined = is_word_joiner(next)
                    && end_at + 1 < graphemes.len()
                    && is_word_char(first_char(end_at + 1));
                if !(is_word_char(next) || joined) {
                    break;
                }
                end_at += 1;
            }
        } else if matches!(lead, '—' | '…' | '⋯' | '⸺') {
            while end_at < graphemes.len() && graphemes[end_at].1.starts_with(lead) {
                end_at += 1;
            }
        } else if lead.is_whitespace() {
            while end_at < graphemes.len() && graphemes[end_at].1.chars().all(char::is_whitespace) {
                end_at += 1;
            }
        }
        let end = graphemes.get(end_at).map_or(text.len(), |g| g.0);
        out.push(start..end);
        at = end_at;
    }
    out
}

/// The grapheme clusters of `text` with their byte offsets. Text made only of
/// characters that never join a neighbour (see [`stands_alone`]), as most of a Chinese
/// page is, is cut at every character without the segmentation tables.
fn graphemes(text: &str) -> Vec<(usize, &str)> {
    if text.chars().all(stands_alone) {
        text.char_indices()
            .map(|(i, c)| (i, &text[i..i + c.len_utf8()]))
            .collect()
    } else {
        text.grapheme_indices(true).collect()
    }
}

/// Is `c` a grapheme cluster of its own beside any other such character (Unicode's
/// rule GB999)? Printable ASCII, Latin-1 and the spacing letters before the combining
/// marks, general punctuation but its joiners and format controls, the CJK marks but
/// the tone marks that combine, Han, and the full-width forms.
fn stands_alone(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{A0}'..='\u{2FF}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{3000}'..='\u{3029}'
        | '\u{3030}'..='\u{303F}'
        | '\u{FF01}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}')
        || crate::page::text::is_han(c)
}

/// A character of the CJK Unified Ideographs block, wide in every terminal.
fn is_unified_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// The widest unbreakable stretch of `text` in cells: no line narrower than this can
/// hold the text without cutting a word, a number or a glued mark.
pub fn widest_unit(text: &str, amb: Ambiguous) -> usize {
    units(text, amb).iter().map(|u| u.width).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn unified_ideographs_are_two_cells_in_both_modes() {
        for c in ('\u{4E00}'..='\u{9FFF}').filter(|&c| is_unified_ideograph(c)) {
            let s = c.to_string();
            assert_eq!(Ambiguous::Narrow.width(&s), 2, "{c}");
            assert_eq!(Ambiguous::Wide.width(&s), 2, "{c}");
        }
    }

    proptest! {
        #[test]
        fn characters_that_stand_alone_are_graphemes_of_their_own(
            text in "[ -~\u{A0}-\u{2FF}\u{2010}-\u{2027}\u{2030}-\u{205E}\u{3000}-\u{3029}\u{3030}-\u{303F}\u{FF01}-\u{FF60}\u{FFE0}-\u{FFE6}\u{4E00}-\u{9FFF}\u{2E80}-\u{2FDF}\u{20000}-\u{2A6DF}]{0,40}"
        ) {
            prop_assert!(text.chars().all(stands_alone));
            let segmented: Vec<(usize, &str)> = text.grapheme_indices(true).collect();
            prop_assert_eq!(graphemes(&text), segmented);
        }
    }

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap(text, width, 0, Ambiguous::Narrow)
            .into_iter()
            .map(|l| &text[l.range])
            .collect()
    }

    #[test]
    fn no_line_starts_with_a_stop_mark() {
        assert_eq!(lines("中国中亚，合作", 8), ["中国中", "亚，合作"]);
    }

    #[test]
    fn opening_quote_goes_with_what_it_opens() {
        assert_eq!(lines("报告指出“中国", 10), ["报告指出", "“中国"]);
    }

    #[test]
    fn dashes_stay_whole_and_never_lead() {
        assert_eq!(lines("中亚味道——来自", 8), ["中亚味", "道——来自"]);
    }

    #[test]
    fn numbers_stay_whole() {
        assert_eq!(
            lines("总额达4,715.95万元", 10),
            ["总额达", "4,715.95万", "元"]
        );
    }

    #[test]
    fn a_number_keeps_its_unit() {
        assert_eq!(lines("年产2024年9月", 12), ["年产2024年", "9月"]);
        assert_eq!(lines("增长4.6亿美元", 8), ["增长", "4.6亿美", "元"]);
    }

    #[test]
    fn spaces_stay_at_the_line_end() {
        let text = "GDP 5.2% growth";
        let got = wrap(text, 9, 0, Ambiguous::Narrow);
        assert_eq!(&text[got[0].range.clone()], "GDP 5.2% ");
        assert_eq!(got[0].width, 8);
    }

    #[test]
    fn indent_takes_room_from_the_first_line() {
        let got = wrap("一二三四五六", 6, 4, Ambiguous::Narrow);
        assert_eq!(got.iter().map(|l| l.width).collect::<Vec<_>>(), [2, 6, 4]);
    }

    #[test]
    fn wide_ambiguous_counts_two_cells() {
        assert_eq!(wrap("中——国", 6, 0, Ambiguous::Wide)[0].width, 6);
    }
}
