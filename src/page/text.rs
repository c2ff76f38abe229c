//! Character classes and widths for PDF-extracted Chinese text, and the rules that
//! remove the spaces an extractor invents between Han characters and digits.

mod glyphs;
mod han_set;
mod marks;
mod space;

pub use glyphs::{
    Glyph, ends_with_han, glyphs, han_run_end, holds_char, starts_with_han, starts_with_two_han,
};
pub use han_set::HanSet;
pub use marks::MarkSet;
pub use space::{TrimSpace, ends_with_space, is_space, starts_with_space};

/// A Han ideograph, including the compatibility ideographs, the Kangxi and CJK radicals
/// that some PDF fonts extract instead of ordinary ideographs, and 〇.
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{2E80}'..='\u{2FDF}'
        | '\u{20000}'..='\u{3134F}'
        | '〇' | '々')
}

/// A character of a Latin-script word or a number: ASCII letters and digits, accented
/// Latin letters, Greek and Cyrillic. Spaces between two of these are real.
pub fn is_latin_word(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{0370}'..='\u{03FF}' | '\u{0400}'..='\u{04FF}')
            && c.is_alphabetic()
}

/// Punctuation set full width in a Chinese font: CJK symbols, full-width forms, curly
/// quotes, dashes, ellipses and the middle dot.
pub fn is_cjk_punct(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}'
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}'
        | '\u{FF5B}'..='\u{FF65}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2E3A}' | '\u{2E3B}' | '\u{22EF}' | '·' | '・' | '■' | '□' | '●' | '○' | '◆' | '▲' | '★')
}

/// Width of a character in em on a printed Chinese page: 1 for Han and full-width marks,
/// about half for Latin letters, digits and ASCII punctuation, 0 for spaces and controls.
pub fn em_width(c: char) -> f32 {
    match c {
        // Past U+3000 nothing is a space, a control, ASCII or Latin: Han and wide marks.
        '\u{3001}'.. => 1.0,
        c if is_space(c) || c.is_control() => 0.0,
        '0'..='9' | 'a'..='z' | 'A'..='Z' => 0.6,
        '%' => 0.9,
        '.' | ',' | ':' | ';' | '\'' | '!' | '|' => 0.3,
        c if c.is_ascii() => 0.5,
        c if is_latin_word(c) => 0.6,
        _ => 1.0,
    }
}

/// Width in em of a string (see [`em_width`]).
pub fn em_str(s: &str) -> f32 {
    s.chars().map(em_width).sum()
}

/// Full-width marks that a typesetter may set in half an em to fit a line:
/// pause and stop marks, quotes and brackets.
pub fn is_compressible(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '（'
            | '）'
            | '《'
            | '》'
            | '「'
            | '」'
    )
}

/// Marks after which a sentence may end: 。！？…；and their ASCII forms.
pub fn is_sentence_final(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '…' | '；' | '!' | '?' | '⋯' | '．')
}

/// Closing quotes and brackets, which follow the mark that ends a sentence.
pub fn is_closing(c: char) -> bool {
    matches!(
        c,
        '”' | '’'
            | '」'
            | '』'
            | '）'
            | '》'
            | '〉'
            | '】'
            | '〗'
            | '〕'
            | '］'
            | '｝'
            | ')'
            | ']'
            | '}'
            | '"'
            | '\''
    )
}

/// Opening quotes and brackets.
pub fn is_opening(c: char) -> bool {
    matches!(
        c,
        '“' | '‘'
            | '「'
            | '『'
            | '（'
            | '《'
            | '〈'
            | '【'
            | '〖'
            | '〔'
            | '［'
            | '｛'
            | '('
            | '['
            | '{'
    )
}

/// Characters that may not begin a line (clreq, basic level): pause and stop marks,
/// closing brackets and quotes, connectors and interpuncts.
pub fn is_no_line_start(c: char) -> bool {
    is_closing(c)
        || matches!(
            c,
            '、' | '，'
                | '。'
                | '．'
                | '：'
                | '；'
                | '！'
                | '？'
                | '‼'
                | '⁇'
                | '·'
                | '・'
                | '‧'
                | '…'
                | '—'
                | '～'
                | '%'
                | '％'
                | '‰'
                | '℃'
                | '°'
                | ','
                | '.'
                | ':'
                | ';'
                | '!'
                | '?'
                | '⋯'
        )
}

/// Characters that may not end a line: opening quotes and brackets.
pub fn is_no_line_end(c: char) -> bool {
    is_opening(c)
}

/// Does this text end a sentence: its last mark, after any closing quotes or brackets,
/// is sentence-final (`。”`, `？）`, `……`).
pub fn ends_sentence(s: &str) -> bool {
    // Most lines end with a Han character: no sentence end, told without decoding.
    if ends_with_han(s) {
        return false;
    }
    s.chars()
        .rev()
        .find(|&c| !is_space(c) && !is_closing(c))
        .is_some_and(is_sentence_final)
}

/// Removes the spaces a PDF extractor puts between characters: a run of whitespace
/// goes unless the characters on both sides are Latin letters or digits, in which
/// case it becomes one space (`6 月 17 日` → `6月17日`, `GDP 5.2%` stays).
pub fn squash_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if is_space(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space && out.chars().next_back().is_some_and(is_latin_word) && is_latin_word(c) {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

/// Spacing for display lines (headlines, bylines, captions): runs of whitespace become
/// one space, kept between two Han characters or two Latin words and dropped next to
/// punctuation or between Han and a digit. In a letter-spaced line (`诚 信 经 营  服 务`)
/// single spaces are tracking and go, wider gaps stay as one space.
pub fn tidy_spaces(s: &str) -> String {
    let trimmed = s.trim_space();
    // A line without inner spaces, as most are, is its trimmed self.
    if !holds_char(trimmed, is_space) {
        return trimmed.to_owned();
    }
    tidy_inner_spaces(s, trimmed)
}

/// [`tidy_spaces`] for a line `s`, trimmed to `trimmed`, that may hold inner spaces.
fn tidy_inner_spaces(s: &str, trimmed: &str) -> String {
    let letter_spaced = is_letter_spaced(s);
    let chars: Vec<char> = trimmed.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !is_space(c) {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && is_space(chars[i]) {
            i += 1;
        }
        let run = i - start;
        let (Some(&prev), Some(&next)) = (out.chars().next_back().as_ref(), chars.get(i)) else {
            continue;
        };
        let keep = if is_latin_word(prev) && is_latin_word(next) {
            true
        } else if letter_spaced {
            run >= 2
        } else {
            is_han(prev) && is_han(next)
        };
        if keep {
            out.push(' ');
        }
    }
    out
}

/// Is the line set with tracking, a space between most neighbouring Han characters
/// (`“ 微 改 造 ”撬 动“ 大 民 生 ”`)? Such lines are large type: headlines, slogans.
pub fn is_letter_spaced(s: &str) -> bool {
    let mut pairs = 0;
    let mut spaced = 0;
    // Whether the last character was wide (Han or a full-width mark), and then whether
    // it was Han; and whether spaces followed it.
    let mut last_wide: Option<bool> = None;
    let mut gap = false;
    for glyph in glyphs(s) {
        let (wide, han) = match glyph {
            Glyph::Han => (true, true),
            Glyph::Char(c) if is_space(c) => {
                gap = true;
                continue;
            }
            Glyph::Char(c) => (is_han(c) || is_cjk_punct(c), is_han(c)),
        };
        if wide {
            if last_wide.is_some_and(|last_han| last_han || han) {
                pairs += 1;
                spaced += usize::from(gap);
            }
            last_wide = Some(han);
        } else {
            last_wide = None;
        }
        gap = false;
    }
    pairs >= 3 && spaced * 10 >= pairs * 7
}

/// Does the text open a subtitle: a dash lead-in (——) with words after it? A bare
/// `——` is only the end of the line before, wrapped.
pub fn opens_subtitle(text: &str) -> bool {
    text.strip_prefix("——")
        .is_some_and(|rest| rest.chars().any(|c| c != '—'))
}

/// Does a headline part end in a series tag in brackets
/// (`…行动（坚定信心，打开改革发展新天地）`, `…（人民时评）`)? Such a part is a whole
/// title, never the kicker of the part after it: pdftotext prints the titles of two
/// articles set side by side one after the other. A tag is words (four Han characters
/// or more, no figures): `（2024年）` or `（上）` is no series.
pub fn is_tagged_title(text: &str) -> bool {
    let Some(body) = text.strip_suffix('）') else {
        return false;
    };
    body.rfind('（').is_some_and(|open| {
        let tag = &body[open + '（'.len_utf8()..];
        open > 0
            && tag.chars().filter(|&c| is_han(c)).count() >= 4
            && !tag.contains(|c: char| c.is_ascii_digit())
    })
}

/// The text without the series tag that ends it, if it is a tagged title (see
/// [`is_tagged_title`]).
pub fn without_series_tag(text: &str) -> &str {
    match text.rfind('（') {
        Some(at) if is_tagged_title(text) => &text[..at],
        _ => text,
    }
}

/// Marks that only running text uses inside a line; headlines do without them.
pub const RUNNING_MARKS: [char; 7] = ['，', '。', '、', '；', '！', '？', '：'];

/// Number of non-space characters, the unit that conservation counts.
pub fn visible_len(s: &str) -> usize {
    s.chars().filter(|&c| !is_space(c)).count()
}

#[cfg(test)]
mod tests;
