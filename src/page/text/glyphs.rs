//! Han characters told from their first bytes: most of a Chinese page is CJK Unified
//! Ideographs (U+4E00 to U+9FFF), whose UTF-8 encodings open with E5 to E9, or E4 then
//! B8 to BF, and no other character's does.

/// A character as [`glyphs`] reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyph {
    /// A CJK Unified Ideograph (U+4E00 to U+9FFF), most of a Chinese page, left
    /// undecoded.
    Han,
    /// Any other character.
    Char(char),
}

/// Do these bytes of a string open with a CJK Unified Ideograph (see the module
/// documentation)?
fn opens_with_han(bytes: &[u8]) -> bool {
    matches!(bytes, [0xE5..=0xE9, ..] | [0xE4, 0xB8..=0xBF, ..])
}

/// The characters of `s`, each CJK Unified Ideograph (see [`Glyph::Han`]) told by its
/// first two bytes alone and stepped over without decoding.
pub fn glyphs(s: &str) -> impl Iterator<Item = Glyph> + '_ {
    // A byte offset into `s`, always at a character boundary.
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = s.as_bytes().get(at..)?;
        if opens_with_han(rest) {
            at += 3;
            return Some(Glyph::Han);
        }
        let c = s[at..].chars().next()?;
        at += c.len_utf8();
        Some(Glyph::Char(c))
    })
}

/// Where the run of CJK Unified Ideographs (U+4E00 to U+9FFF) that starts at byte
/// `from` of `s` (a character boundary) ends: each is three bytes long and told from
/// its first two.
pub fn han_run_end(s: &str, from: usize) -> usize {
    let bytes = s.as_bytes();
    let mut at = from;
    // A byte that opens a three-byte character in a `str` has its two others after it.
    while bytes.get(at..).is_some_and(opens_with_han) {
        at += 3;
    }
    at
}

/// Does `s` open with a CJK Unified Ideograph (U+4E00 to U+9FFF)? Told from the
/// first two bytes.
pub fn starts_with_han(s: &str) -> bool {
    opens_with_han(s.as_bytes())
}

/// Does `s` end with a CJK Unified Ideograph (U+4E00 to U+9FFF)? Told from the
/// last three bytes: a byte that opens a three-byte character there opens the last.
pub fn ends_with_han(s: &str) -> bool {
    s.len() >= 3 && opens_with_han(&s.as_bytes()[s.len() - 3..])
}

/// Does `s` open with two CJK Unified Ideographs (U+4E00 to U+9FFF)?
pub fn starts_with_two_han(s: &str) -> bool {
    starts_with_han(s) && s.as_bytes().get(3..).is_some_and(opens_with_han)
}

/// Does `s` hold a character other than a CJK Unified Ideograph for which `test`
/// holds? The ideographs are stepped over undecoded.
pub fn holds_char(s: &str, test: impl Fn(char) -> bool) -> bool {
    glyphs(s).any(|glyph| matches!(glyph, Glyph::Char(c) if test(c)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Is `c` a CJK Unified Ideograph, told the plain way?
    fn unified(c: Option<char>) -> bool {
        c.is_some_and(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
    }

    proptest! {
        #[test]
        fn han_ends_agree_with_decoding(s in "[a中䷀鿿丁，\u{3000} 〇\u{20000}]{0,8}") {
            prop_assert_eq!(starts_with_han(&s), unified(s.chars().next()));
            prop_assert_eq!(ends_with_han(&s), unified(s.chars().next_back()));
            let mut chars = s.chars();
            prop_assert_eq!(
                starts_with_two_han(&s),
                unified(chars.next()) && unified(chars.next())
            );
            prop_assert_eq!(han_run_end(&s, 0), 3 * s.chars().take_while(|&c| unified(Some(c))).count());
            prop_assert_eq!(holds_char(&s, |c| c == '，'), s.contains('，'));
            prop_assert_eq!(holds_char(&s, char::is_whitespace), s.contains(char::is_whitespace));
        }
    }
}
