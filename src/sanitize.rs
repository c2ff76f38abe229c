//! Page text never reaches a terminal as a control sequence: C0 and C1 controls, DEL
//! and bidirectional overrides are shown as visible symbols instead (less had
//! CVE-2022-46663 for letting them through).

use std::borrow::Cow;
use std::fmt::Write;

/// Is the character one a terminal would act on or that reorders text?
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// The text with every unsafe character replaced by a visible stand-in: a Control
/// Picture (␛ for ESC, ␀ for NUL, ␡ for DEL) or `<U+XXXX>`.
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\u{0}'..='\u{1F}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
            '\u{7F}' => out.push('␡'),
            c if is_unsafe(c) => {
                let _ = write!(out, "<U+{:04X}>", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_become_pictures() {
        assert_eq!(visible("a\x1b[31mb"), "a␛[31mb");
        assert_eq!(visible("bell\x07"), "bell␇");
        assert_eq!(visible("\u{9b}2J"), "<U+009B>2J");
        assert_eq!(visible("abc\u{202E}def"), "abc<U+202E>def");
        assert!(matches!(visible("读报"), Cow::Borrowed(_)));
    }
}
