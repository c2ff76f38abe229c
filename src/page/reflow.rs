//! Where paragraphs end. Column lines of running text are full to the measure; a line
//! ends early only where a paragraph ends, and a paragraph's first line is indented
//! by about two em. These tests decide, for two neighbouring lines, whether a
//! paragraph (or a headline line) ends between them.

use super::lines::Line;
use super::patterns::starts_with_lead;
use super::text::{
    MarkSet, em_width, is_han, is_latin_word, is_no_line_start, is_opening, starts_with_han,
    starts_with_two_han,
};

/// Width of a paragraph's first-line indent, in em.
pub const INDENT: f32 = 2.0;

/// Width in em of the first unbreakable unit of `text`: a character with the marks
/// that may not start a line after it (`大，`), an opening quote with its character
/// (`“我`), or a whole number or Latin word (`2024`).
pub fn first_unit_width(text: &str) -> f32 {
    // Most lines open with two Han characters: the unit is the first, a full em.
    if starts_with_two_han(text) {
        return 1.0;
    }
    let mut chars = text.chars().peekable();
    let mut two = text.chars();
    if let (Some(first), Some(second)) = (two.next(), two.next())
        && is_han(first)
        && is_han(second)
    {
        return em_width(first);
    }
    let mut width = 0.0;
    while let Some(&c) = chars.peek().filter(|&&c| is_opening(c)) {
        width += em_width(c);
        chars.next();
    }
    match chars.next() {
        Some(c) if is_latin_word(c) => {
            width += em_width(c);
            while let Some(&c) = chars
                .peek()
                .filter(|&&c| is_latin_word(c) || matches!(c, '.' | ',' | '%'))
            {
                width += em_width(c);
                chars.next();
            }
        }
        Some(c) => width += em_width(c),
        None => return width,
    }
    while let Some(&c) = chars.peek().filter(|&&c| is_no_line_start(c)) {
        width += em_width(c);
        chars.next();
    }
    width
}

/// Does text open a new block whatever precedes it: a ■ lead, a dateline lead?
pub fn opens_block(text: &str) -> bool {
    // No Han character is a lead mark: most lines are told so from their bytes.
    (!starts_with_han(text) && text.starts_with(['■', '□', '●', '◆', '▲', '★']))
        || starts_with_lead(text)
}

/// A line that opens a new block whatever precedes it (see [`opens_block`]).
pub fn strong_start(line: &Line) -> bool {
    line.strong_start
}

/// Is the line wider than the column: a headline, deck or caption spanning columns.
/// Every typesetter sets neighbouring marks in less room (`。”`); a page that also
/// squeezes single marks to fit a line (标点挤压) may run a line full of marks past
/// the measure, so there all its marks count as squeezed.
pub fn is_wide(line: &Line, measure: f32, squeezes: bool) -> bool {
    is_wider(line, measure, squeezes, 0.75)
}

/// Is the line more than `margin` em wider than the measure (see [`is_wide`])?
pub fn is_wider(line: &Line, measure: f32, squeezes: bool, margin: f32) -> bool {
    let w = if squeezes {
        line.min_width
    } else {
        line.pair_width
    };
    w > measure + margin
}

/// Is a line that opens a block wider than the column: no line of running text that
/// starts a block (an indented first line) is.
pub fn is_wide_start(line: &Line, measure: f32, squeezes: bool) -> bool {
    is_wide(line, measure, squeezes) || line.width > measure + 1.5
}

/// Is the line about as wide as the measure: a line of running text that did not end
/// early.
pub fn is_full(line: &Line, measure: f32) -> bool {
    line.width >= measure - 1.2
}

/// Could the line be a paragraph's first line: it looks like one, or justification
/// spread it so that its width says nothing (then only a finished sentence before it
/// is needed, which the caller checks).
pub fn may_be_first_line(line: &Line, measure: f32) -> bool {
    looks_first_line(line, measure)
        || (line.stretched && line.width <= measure - 1.4 && !line.ends_sentence)
}

/// Does the line look like a paragraph's indented first line that the paragraph goes
/// on after: about two em short of the measure and not ending a sentence.
pub fn looks_first_line(line: &Line, measure: f32) -> bool {
    line.indented
        || (line.width <= measure - 1.4
            && line.width >= measure - INDENT - 1.7
            && !line.stretched
            && !line.ends_sentence)
}

/// Does `next` carry on the sentence of `line`: it opens with a mark that cannot
/// start a line, it finishes the sentence that a full `line` left open, or it is a
/// full line following a line that ended mid-sentence.
pub fn continues(line: &Line, next: &Line, measure: f32) -> bool {
    !line.ends_sentence
        && (next
            .first_non_han()
            .is_some_and(|c| is_no_line_start(c) && c != '—')
            || (is_full(line, measure) && next.ends_sentence && !looks_first_line(next, measure))
            || (is_full(next, measure)
                && !looks_first_line(next, measure)
                && !next.blank_before
                && !strong_start(next)))
}

/// A text of nothing but ellipses (…………) stands for omitted items: a paragraph of
/// its own.
pub fn is_ellipsis(text: &str) -> bool {
    // Each of …, ⋯, 。 and . opens with E2, E3 or the full stop.
    matches!(text.as_bytes().first(), Some(b'.' | 0xE2 | 0xE3))
        && text.chars().all(|c| matches!(c, '…' | '⋯' | '.' | '。'))
        && text.chars().filter(|&c| c == '…' || c == '⋯').count() >= 2
}

/// Openings of a new paragraph after a full line ending a sentence: a quotation,
/// an enumeration, a time or source phrase.
fn opens_paragraph(text: &str) -> bool {
    const OPENERS: &[&str] = &[
        "一是",
        "二是",
        "三是",
        "四是",
        "五是",
        "首先",
        "其次",
        "再次",
        "最后",
        "此外",
        "另外",
        "同时",
        "据悉",
        "据了解",
        "记者了解到",
        "近日",
        "日前",
        "目前",
        "近年来",
        "今年以来",
        "与此同时",
    ];
    text.starts_with('“') || OPENERS.iter().any(|o| text.starts_with(o))
}

/// Two neighbouring lines and what is known of their columns.
#[derive(Debug, Clone, Copy)]
pub struct Pair<'a> {
    /// The upper line.
    pub line: &'a Line<'a>,
    /// The line below it.
    pub next: &'a Line<'a>,
    /// The measure at the upper line.
    pub measure: f32,
    /// The measure at the line below.
    pub next_measure: f32,
    /// Indent of the upper line: [`INDENT`] when it is its paragraph's first line.
    pub indent: f32,
    /// The upper line is the only line of its block so far.
    pub first_of_block: bool,
    /// The line below `next`, with its measure, if it is running text too.
    pub after: Option<(&'a Line<'a>, f32)>,
    /// A blank line stands between the two and the page's blank lines mark block
    /// ends (on some pages they fall anywhere, even inside words).
    pub blank: bool,
    /// The page squeezes punctuation (see [`super::measure::Measures::squeezes`]).
    pub squeezes: bool,
}

impl<'a> Pair<'a> {
    /// Two lines of one column with the given measure, the upper one not a first line.
    pub fn new(line: &'a Line, next: &'a Line, measure: f32) -> Self {
        Self {
            line,
            next,
            measure,
            next_measure: measure,
            indent: 0.0,
            first_of_block: false,
            after: None,
            blank: next.blank_before,
            squeezes: false,
        }
    }
}

/// Does a paragraph (or a block of display lines) end between the two lines?
pub fn paragraph_ends(p: &Pair) -> bool {
    let (line, next) = (p.line, p.next);
    // Inside a sentence, a line must run well past the measure to be something else.
    let margin = if line.ends_sentence { 0.75 } else { 1.25 };
    if strong_start(next)
        || next.indented
        || is_wider(next, p.next_measure, p.squeezes, margin)
        || is_wider(line, p.measure, p.squeezes, margin)
        || line.ellipsis
        || next.ellipsis
    {
        return true;
    }
    if next
        .first_non_han()
        .is_some_and(|c| is_no_line_start(c) && c != '—' && c != '…')
    {
        return false;
    }
    // A short line alone between blank lines, not a sentence: a headline part.
    let isolated = p.blank
        && p.after.is_none_or(|(after, _)| after.blank_before)
        && !next.ends_sentence
        && !next
            .marks
            .holds_any(const { MarkSet::of(&['，', '；', '、', '。']) })
        && next.width < p.next_measure - 1.5;
    if isolated {
        return true;
    }
    let room = if line.partial || line.stretched {
        0.0
    } else {
        p.measure - p.indent - line.width
    };
    let unit = next.first_unit;
    let next_first = looks_first_line(next, p.next_measure);
    if line.marks.holds_any(const { MarkSet::of(&['；']) }) && line.text.ends_with('；') {
        // A clause ends; a list item ends only where the next one is indented.
        return may_be_first_line(next, p.next_measure)
            || (p.blank && room >= 2.0)
            || unit <= room - 1.0;
    }
    if line.ends_sentence {
        // A full line that ends mid-sentence yet is followed by an indented first line
        // is not running text: it is a heading.
        let next_is_heading = !next.ends_sentence
            && !next.text.ends_with(['，', '、'])
            && p.after
                .is_some_and(|(after, m)| looks_first_line(after, m) || strong_start(after));
        // After a finished sentence, running text goes on with a full line or a short
        // last line; a short line ending mid-sentence is something else.
        let not_running = !next.ends_sentence
            && !is_full(next, p.next_measure)
            && !next.stretched
            && !next.partial
            && next.width < p.next_measure - INDENT - 1.7;
        return unit <= room + 0.1
            || may_be_first_line(next, p.next_measure)
            || next_is_heading
            || not_running
            || p.blank
            || (opens_paragraph(&next.text) && line.width < p.measure - p.indent - 0.2);
    }
    // Mid-sentence: only a clearly short line, or a one-line heading before an
    // indented first line, ends a block.
    let clause_marks = const { MarkSet::of(&['。', '！', '？', '，', '、', '；']) };
    let heading_like = p.first_of_block && !line.marks.holds_any(clause_marks);
    unit <= room - 0.75
        || (heading_like && next_first && next.width <= line.width + 0.5)
        || (p.blank && next_first)
}

#[cfg(test)]
mod tests;
