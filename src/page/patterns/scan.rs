//! The engine's house-style patterns as plain scanners over a line. Each one is a
//! regular expression written out by hand (the expression is in its doc comment, with
//! `D` for a digit, ASCII or full-width, `H` for a Han character of [`is_han`] and `\s`
//! for Unicode white space): nothing to compile when the program starts, and a line
//! that cannot match is left at its first characters. A test checks every scanner
//! against its expression on generated lines.

use super::super::text::{TrimSpace, is_han};

mod credits;
mod furniture;

pub use credits::{byline, caption_opener, end_dateline, lead, lead_credit, photo_credit};
pub use furniture::{contact, editors, folio, page_date};

/// News agencies and papers that open a dateline (电头) or sign a credit, in the
/// order their alternatives are tried.
pub const AGENCIES: [&str; 18] = [
    "本报",
    "新华社",
    "中新社",
    "人民网",
    "新华网",
    "央视网",
    "央视新闻",
    "中国经济网",
    "中国新闻网",
    "经济日报",
    "光明日报",
    "人民日报",
    "工人日报",
    "中国日报",
    "法治日报",
    "科技日报",
    "据新华社",
    "据中新社",
];

/// A digit as newspapers print them: ASCII or full-width.
pub(super) fn is_digit(c: char) -> bool {
    matches!(c, '0'..='9' | '０'..='９')
}

/// A character of a name: Han or the middle dot of transcribed names.
pub(super) fn is_name(c: char) -> bool {
    is_han(c) || c == '·'
}

/// `s` without its leading white space.
pub(super) fn ws(s: &str) -> &str {
    s.trim_space_start()
}

/// `s` without its leading run of characters of `class`, and the run's length.
pub(super) fn run(s: &str, class: impl Fn(char) -> bool) -> (&str, usize) {
    let mut n = 0;
    let rest = s.trim_start_matches(|c| {
        let hit = class(c);
        n += usize::from(hit);
        hit
    });
    (rest, n)
}

/// `s` without its trailing run of characters of `class`, and the run's length.
pub(super) fn last_run(s: &str, class: impl Fn(char) -> bool) -> (&str, usize) {
    let mut n = 0;
    let rest = s.trim_end_matches(|c| {
        let hit = class(c);
        n += usize::from(hit);
        hit
    });
    (rest, n)
}

/// `s` after a run of between `min` and `max` digits, the whole run.
pub(super) fn digits(s: &str, min: usize, max: usize) -> Option<&str> {
    let (rest, n) = run(s, is_digit);
    (min..=max).contains(&n).then_some(rest)
}

/// `s` after the first of `words` it starts with.
pub(super) fn one_of<'a>(s: &'a str, words: &[&str]) -> Option<&'a str> {
    words.iter().find_map(|w| s.strip_prefix(w))
}

/// `s` after one character of `chars`.
pub(super) fn char_in<'a>(s: &'a str, chars: &[char]) -> Option<&'a str> {
    s.strip_prefix(chars)
}

#[cfg(test)]
mod agree;
