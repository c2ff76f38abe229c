//! Repairs of extraction damage to the line list: glyphs stacked one per line
//! rejoined, two articles' bylines glued on one line split, and stray numbers (drop
//! caps, figures set in another font) returned to the gap they came from.

use super::super::patterns::{glued_lead_offset, is_byline, is_signature, may_open_credit};
use super::super::text::{TrimSpace, ends_sentence, is_no_line_start};
use super::Line;

/// A line holding one glyph or one number, as when the extractor prints a justified
/// run one glyph per line (`日 / 讯 / 魅 / 视 / 科 / 技`, `2022 / 年 / 7`).
pub(super) fn is_stacked_glyph(line: &Line) -> bool {
    // The text holds white space only between two visible characters: one visible
    // character or none is a text of one character or none.
    line.visible <= 1 || (line.text.len() <= 4 && line.text.bytes().all(|b| b.is_ascii_digit()))
}

/// Rejoins the lines from `run` on, one-glyph lines, into one line if there are three
/// or more.
pub(super) fn join_stacked(lines: &mut Vec<Line>, run: usize) {
    if lines.len() - run < 3 {
        return;
    }
    let raw: String = lines[run..].iter().map(|l| &*l.text).collect();
    let mut joined = Line::new(&raw, lines[run].src, lines[run].blank_before).into_owned();
    joined.partial = true;
    lines.truncate(run);
    push_unglued(lines, joined);
}

/// Adds a line, split in two where a byline is followed by the next article's
/// dateline lead (`新华社记者 张京品 本报讯（记者 邢国徽`). (A one-glyph line left
/// unjoined never holds both.)
pub(super) fn push_unglued<'a>(lines: &mut Vec<Line<'a>>, line: Line<'a>) {
    let raw = line.raw();
    let glued = may_open_credit(raw)
        .then(|| glued_lead_offset(raw))
        .flatten()
        .filter(|&at| is_byline(&raw[..at]) || is_signature(&raw[..at]));
    let Some(at) = glued else {
        lines.push(line);
        return;
    };
    lines.push(Line::new(raw[..at].trim_space_end(), line.src, line.blank_before).into_owned());
    let mut lead = Line::new(raw[at..].trim_space_start(), line.src, false).into_owned();
    lead.partial = true;
    lines.push(lead);
}

/// A line that is only a number (`30`, `1.69%`, `2,868,642`).
fn is_stray_number(line: &Line) -> bool {
    line.width <= 6.0
        && line.first().is_some_and(|c| c.is_ascii_digit())
        && line
            .text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '％'))
}

/// Does the text open with what follows a number in Chinese: a unit or counter
/// (`年前`, `万千瓦`, `股（占`) or punctuation that cannot start a line.
fn follows_number(text: &str) -> bool {
    let Some(c) = text.chars().next() else {
        return false;
    };
    ("年月日万亿千个元次倍岁名项位股户座台件吨".contains(c) && !text.starts_with("日前"))
        || (is_no_line_start(c) && c != '—')
}

/// Could a stray number go right before line `n`: the text there opens with a unit at
/// the start of a block (a drop cap: `年前，…`) or after a gap in a sentence.
fn is_gap_before(lines: &[Line], n: usize) -> bool {
    let line = &lines[n];
    follows_number(&line.text)
        && (n == 0 || line.blank_before || {
            let prev = lines[n - 1].raw();
            ends_sentence(prev) || is_byline(prev) || is_signature(prev)
        })
}

/// Moves each stray number to the nearest gap before (else after) it that lacks one.
pub(super) fn return_strays(mut lines: Vec<Line>) -> Vec<Line> {
    let mut i = 0;
    while i < lines.len() {
        if !is_stray_number(&lines[i]) || in_place(&lines, i) {
            i += 1;
            continue;
        }
        let stray = lines.remove(i);
        let before = (i.saturating_sub(80)..i)
            .rev()
            .find(|&n| is_gap_before(&lines, n));
        let after = || (i..lines.len().min(i + 20)).find(|&n| is_gap_before(&lines, n));
        if let Some(n) = before.or_else(after) {
            let target = &lines[n];
            let raw = format!("{}{}", stray.text, target.raw().trim_space_start());
            lines[n] = Line::new(&raw, target.src, target.blank_before).into_owned();
            if n >= i {
                i += 1;
            }
        } else {
            lines.insert(i, stray);
            i += 1;
        }
    }
    lines
}

/// Does the stray number at `i` already sit in a sentence (`提出到 / 2027 / 年，`)?
fn in_place(lines: &[Line], i: usize) -> bool {
    let prev_open = i > 0 && !lines[i - 1].ends_sentence && !lines[i].blank_before;
    let next_fits = lines
        .get(i + 1)
        .is_some_and(|n| follows_number(&n.text) && !n.blank_before);
    prev_open && next_fits
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn one_visible_character_is_one_character(raw in "[ a1中，\u{3000}]{0,4}") {
            let line = Line::new(&raw, 0, false);
            prop_assert_eq!(line.visible <= 1, line.text.chars().count() <= 1);
        }
    }
}
