//! The units an article is assembled from: paragraphs, display lines (headline and
//! heading candidates), bylines, captions and closing datelines.

use super::patterns::{lead_byline_len, lead_len};
use super::text::{ends_with_han, is_latin_word, starts_with_han, tidy_spaces};

/// What a unit is, before assembly decides its role in an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// Running text: one paragraph (or a lead box).
    Paragraph,
    /// A line set apart from running text: a headline part, a section heading or a
    /// chart title.
    Display,
    /// A byline on its own line or a commentary signature.
    Byline,
    /// A photo caption with its credit.
    Caption,
    /// A closing dateline: （新华社阿斯塔纳6月22日电）.
    Dateline,
}

/// One unit of page text with the layout facts assembly needs.
#[derive(Debug, Clone)]
pub struct Unit {
    /// What the unit is.
    pub kind: UnitKind,
    /// The text: reflowed for paragraphs, tidied for display lines, bylines, captions.
    pub text: String,
    /// Width in em of a display line (of the first line otherwise).
    pub width: f32,
    /// The local column measure in em.
    pub measure: f32,
    /// 0-based source line the unit starts on.
    pub src: usize,
    /// Index of the unit's first line among the page's content lines.
    pub line: usize,
    /// A blank line stood before the unit.
    pub blank_before: bool,
    /// Display line set with tracking (large type).
    pub letter_spaced: bool,
    /// Wider than the column even with punctuation compressed: spans columns.
    pub wide: bool,
    /// Display line that wraps on from the display line before it.
    pub wraps_prev: bool,
    /// Display line that the display line before it introduces as its kicker (引题
    /// ending in ——): a different part, but of the same headline.
    pub after_kicker: bool,
    /// Paragraph that opens mid-sentence: the rest of a paragraph cut elsewhere.
    pub continues: bool,
    /// Paragraph that stops mid-sentence: cut by a column break or a headline.
    pub open_end: bool,
    /// Paragraph whose last line fills the column: a sentence ending there may still
    /// go on in the next column.
    pub full_end: bool,
    /// Paragraph that opens with a dateline lead (本报讯, 新华社…电): an article start.
    pub lead: bool,
    /// Paragraph that display lines were lifted out of (they stood between two of its
    /// lines): pdftotext prints a headline spanning columns inside its own article.
    pub hosts_headline: bool,
}

impl Unit {
    /// A unit of the given kind with neutral layout facts.
    pub fn new(kind: UnitKind, text: String, src: usize) -> Self {
        Self {
            kind,
            text,
            width: 0.0,
            measure: 0.0,
            src,
            line: 0,
            blank_before: false,
            letter_spaced: false,
            wide: false,
            wraps_prev: false,
            after_kicker: false,
            continues: false,
            open_end: false,
            full_end: false,
            lead: false,
            hosts_headline: false,
        }
    }

    /// Is this unit a paragraph?
    pub fn is_paragraph(&self) -> bool {
        self.kind == UnitKind::Paragraph
    }

    /// Is this unit a display line?
    pub fn is_display(&self) -> bool {
        self.kind == UnitKind::Display
    }
}

/// Joins the squashed texts of column lines into one paragraph: no space at a line
/// break unless a Latin word or number continues across it.
pub fn join_lines<'a, I>(texts: I) -> String
where
    I: IntoIterator<Item = &'a str>,
    I::IntoIter: Clone,
{
    let texts = texts.into_iter();
    // Room for the texts and a space between each two.
    let mut out = String::with_capacity(texts.clone().map(|t| t.len() + 1).sum());
    for t in texts {
        // Most lines meet Han to Han, which no Latin word holds: told from the bytes.
        if !ends_with_han(&out)
            && !starts_with_han(t)
            && out.chars().next_back().is_some_and(is_latin_word)
            && t.chars().next().is_some_and(is_latin_word)
        {
            out.push(' ');
        }
        out.push_str(t);
    }
    out
}

/// Keeps one space after a dateline lead that has no reporter credit, as printed
/// (`新华社北京2月28日电 2月28日，…`).
pub fn space_after_lead(text: String) -> String {
    let Some(end) = lead_len(&text).filter(|_| lead_byline_len(&text).is_none()) else {
        return text;
    };
    if end >= text.len() || text[end..].starts_with([' ', '（', '(']) {
        return text;
    }
    format!("{} {}", &text[..end], &text[end..])
}

/// Tidy display text of a raw line (see [`tidy_spaces`]).
pub fn display_text(raw: &str) -> String {
    tidy_spaces(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joining_keeps_latin_words_apart() {
        assert_eq!(
            join_lines(["朝着命运共同体目标加强合作规", "划了清晰路径。"]),
            "朝着命运共同体目标加强合作规划了清晰路径。"
        );
        assert_eq!(join_lines(["in New", "York"]), "in New York");
    }

    proptest::proptest! {
        #[test]
        fn joining_agrees_with_decoding(a in "[a中，é]{0,3}", b in "[a中，é]{0,3}") {
            let latin_meet = a.chars().next_back().is_some_and(is_latin_word)
                && b.chars().next().is_some_and(is_latin_word);
            let plain = if latin_meet { format!("{a} {b}") } else { format!("{a}{b}") };
            proptest::prop_assert_eq!(join_lines([a.as_str(), b.as_str()]), plain);
        }
    }

    #[test]
    fn lead_keeps_its_space() {
        assert_eq!(
            space_after_lead("新华社北京2月28日电2月28日，".into()),
            "新华社北京2月28日电 2月28日，"
        );
        assert_eq!(
            space_after_lead("本报讯（记者李品萦）今年以来".into()),
            "本报讯（记者李品萦）今年以来"
        );
        assert_eq!(space_after_lead("今年以来，市委".into()), "今年以来，市委");
    }
}
