//! The page as a list of text lines: blank lines folded into a flag on the next line,
//! characters the extractor stacked one per line rejoined, stray numbers (drop caps,
//! figures set in another font) returned to the gap they came from, and two articles'
//! bylines glued on one line split apart.

mod columns;
mod endings;
mod repairs;
mod tally;

use std::borrow::Cow;

use columns::split_merged_columns;
pub use endings::{line_around, line_before, split_line_endings};
use repairs::{is_stacked_glyph, join_stacked, push_unglued, return_strays};
use tally::Tally;

use super::reflow::{first_unit_width, is_ellipsis, opens_block};
use super::text::{
    MarkSet, RUNNING_MARKS, TrimSpace, ends_sentence, is_cjk_punct, is_han, is_latin_word,
    is_letter_spaced, squash_spaces, starts_with_han,
};

/// One line of page text, borrowed from the page where the extractor's text needs no
/// change.
#[derive(Debug, Clone, PartialEq)]
pub struct Line<'a> {
    /// The line as extracted, when it differs from `text` (held only then).
    spaced_raw: Option<Cow<'a, str>>,
    /// The line with invented spaces removed (see [`squash_spaces`]).
    pub text: Cow<'a, str>,
    /// Printed width of `text` in em, every mark a full em.
    pub width: f32,
    /// The narrowest the text can be set: punctuation compressed to half an em, as
    /// real pages do to fit a line (标点挤压), and digits at their narrowest.
    pub min_width: f32,
    /// The width with only neighbouring marks compressed (`。”`, `”，“`), as every
    /// typesetter does, and digits at their narrowest.
    pub pair_width: f32,
    /// The extractor wrote spaces inside the line where justification spread the
    /// glyphs: the line filled its measure whatever its character count.
    pub stretched: bool,
    /// The width says nothing about the column: the line is a piece of a line split
    /// off by a repair, or glyphs rejoined from a stack.
    pub partial: bool,
    /// A blank line stood before this one.
    pub blank_before: bool,
    /// The extractor kept leading whitespace (a paragraph indent).
    pub indented: bool,
    /// Set with tracking, a space between most Han characters: large type.
    pub letter_spaced: bool,
    /// 0-based number of the source line this came from.
    pub src: usize,
    /// The text ends a sentence (see [`ends_sentence`]).
    pub ends_sentence: bool,
    /// The text opens a block whatever precedes it (see [`opens_block`]).
    pub strong_start: bool,
    /// Width in em of the text's first unbreakable unit (see [`first_unit_width`]).
    pub first_unit: f32,
    /// The text is nothing but ellipses (see [`is_ellipsis`]).
    pub ellipsis: bool,
    /// Number of characters in the text that are not white space.
    pub visible: usize,
    /// The text holds a colon (`：` or `:`), as editors' credits and contact lines do.
    pub colon: bool,
    /// The marks of running text that the text holds.
    pub marks: MarkSet,
}

impl<'a> Line<'a> {
    /// A line from its raw text.
    pub fn new(raw: &'a str, src: usize, blank_before: bool) -> Self {
        // One pass measures the text as squashed (see [`squash_spaces`]); only a line
        // with a space inside needs squashing, otherwise the text is the trimmed line.
        // Only such a line can be spread or tracked.
        let tally = Tally::of(raw);
        let (width, spaced) = (tally.width, tally.spaced);
        // The tally found where the white space around the text ends.
        let text = if spaced {
            Cow::Owned(squash_spaces(raw))
        } else {
            Cow::Borrowed(&raw[tally.start..tally.end])
        };
        let indented = tally.start > 0 || (tally.visible == 0 && !raw.is_empty());
        let raw = &raw[..tally.end];
        // Justification spreads running text too (`幅 1.56%； 深 证 成 指 报`): a clause
        // mark inside tells a stretched line from tracked large type.
        let spread = spaced && is_letter_spaced(raw);
        let tracked = spread
            && !text
                .chars()
                .rev()
                .skip(1)
                .any(|c| RUNNING_MARKS.contains(&c));
        Self {
            width,
            min_width: width - 0.5 * tally.marks as f32 - 0.1 * tally.digits as f32,
            pair_width: width - 0.5 * tally.paired as f32 - 0.1 * tally.digits as f32,
            stretched: spaced && !tracked && (spread || has_justification_gap(raw)),
            partial: false,
            indented,
            letter_spaced: tracked,
            spaced_raw: ((spaced || indented) && raw != text).then_some(Cow::Borrowed(raw)),
            ends_sentence: ends_sentence(&text),
            strong_start: opens_block(&text),
            first_unit: first_unit_width(&text),
            ellipsis: is_ellipsis(&text),
            visible: tally.visible,
            colon: tally.colon,
            marks: tally.held,
            text,
            blank_before,
            src,
        }
    }

    /// The same line owning its text, free of the page it was read from.
    pub fn into_owned(self) -> Line<'static> {
        Line {
            spaced_raw: self.spaced_raw.map(|r| Cow::Owned(r.into_owned())),
            text: Cow::Owned(self.text.into_owned()),
            ..self
        }
    }

    /// The line as extracted, without its line ending.
    pub fn raw(&self) -> &str {
        self.spaced_raw.as_deref().unwrap_or(&self.text)
    }

    /// First character of the text.
    pub fn first(&self) -> Option<char> {
        self.text.chars().next()
    }

    /// First character of the text unless it is a CJK Unified Ideograph (U+4E00 to
    /// U+9FFF), as most are: those are told from their bytes, undecoded, where only
    /// other characters are looked for (a mark that cannot start a line).
    pub fn first_non_han(&self) -> Option<char> {
        if starts_with_han(&self.text) {
            return None;
        }
        self.first()
    }

    /// Last character of the text.
    pub fn last(&self) -> Option<char> {
        self.text.chars().next_back()
    }
}

/// Does the raw line hold a space that is neither a word space nor the gap an
/// extractor leaves around a number (`6 月`): glyphs spread by justification, unless
/// the line is letter-spaced throughout (which the caller tells).
fn has_justification_gap(raw: &str) -> bool {
    let wide = |c: char| is_han(c) || is_cjk_punct(c);
    // Ideographic spaces are left out; the last two characters slide along.
    let mut chars = raw.trim_space().chars().filter(|&c| c != '\u{3000}');
    let (Some(mut a), Some(mut b)) = (chars.next(), chars.next()) else {
        return false;
    };
    chars.any(|c| {
        let found = b.is_whitespace()
            && !a.is_whitespace()
            && !c.is_whitespace()
            && (wide(a) || wide(c))
            && !is_latin_word(a)
            && !is_latin_word(c);
        (a, b) = (b, c);
        found
    })
}

/// Splits page text into lines (any of `\n`, `\r\n`, `\r`), folds blank lines into
/// flags and applies the repairs described in the module documentation.
pub fn read_lines(page: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::with_capacity(endings::max_lines(page));
    let mut blank = false;
    // Where the run of one-glyph lines at the end of `lines` starts.
    let mut run = 0;
    for (src, raw) in split_line_endings(page).enumerate() {
        if is_blank(raw) {
            blank = true;
            continue;
        }
        let line = Line::new(raw, src, blank);
        blank = false;
        if is_stacked_glyph(&line) {
            lines.push(line);
        } else {
            join_stacked(&mut lines, run);
            push_unglued(&mut lines, line);
            run = lines.len();
        }
    }
    join_stacked(&mut lines, run);
    return_strays(split_merged_columns(lines))
}

/// Is the line empty or all whitespace?
fn is_blank(raw: &str) -> bool {
    raw.trim_space().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(lines: &'a [Line]) -> Vec<&'a str> {
        lines.iter().map(|l| &*l.text).collect()
    }

    #[test]
    fn first_non_han_skips_only_han() {
        for (text, first) in [
            ("中国", None),
            ("，中", Some('，')),
            ("㐀中", Some('㐀')),
            ("", None),
        ] {
            assert_eq!(Line::new(text, 0, false).first_non_han(), first);
        }
    }

    #[test]
    fn blank_lines_become_flags() {
        let lines = read_lines("甲乙丙\n\n丁戊己。\r\n庚\r辛壬癸");
        assert_eq!(texts(&lines), ["甲乙丙", "丁戊己。", "庚", "辛壬癸"]);
        assert!(lines[1].blank_before);
        assert!(!lines[2].blank_before);
    }

    #[test]
    fn stacked_glyphs_rejoin() {
        let lines = read_lines("中国经济网北京6月12\n日\n讯\n \n魅\n视\n(001229.SZ)昨日晚间");
        assert_eq!(
            texts(&lines),
            ["中国经济网北京6月12", "日讯魅视", "(001229.SZ)昨日晚间"]
        );
    }

    #[test]
    fn glued_bylines_split() {
        let lines = read_lines("新华社记者 张京品 张思洁 本报讯（记者 邢国徽\n魏利军）6月21日，");
        assert_eq!(lines[0].text, "新华社记者张京品张思洁");
        assert_eq!(lines[1].text, "本报讯（记者邢国徽");
    }

    #[test]
    fn drop_cap_returns_to_its_paragraph() {
        let page = "石羚\n\n年前，我国首辆电动\n汽车诞生；如今，年产\n突破千万辆。\n时间坐标轴连接起\n30\n\n开创性，体现高水平。";
        let lines = read_lines(page);
        assert_eq!(lines[1].text, "30年前，我国首辆电动");
        assert!(!texts(&lines).contains(&"30"));
    }

    #[test]
    fn stray_figure_fills_a_mid_sentence_gap() {
        let page = "上证指数报4049.29点，涨幅\n\n；创业板指报3859.75\n点，涨幅1.27%。\n行业板块方面。\n1.69%\n\n标题";
        let lines = read_lines(page);
        assert_eq!(lines[1].text, "1.69%；创业板指报3859.75");
    }

    #[test]
    fn number_in_its_sentence_stays() {
        let lines = read_lines("，提出到\n2027\n年，重点轻");
        assert_eq!(texts(&lines), ["，提出到", "2027", "年，重点轻"]);
    }
}
