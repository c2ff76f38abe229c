//! Folding for search: the forms a reader means as the same text compare equal.
//! Full-width and half-width forms (ＡＢＣ１２３ = ABC123), Kangxi radicals and CJK
//! compatibility ideographs that PDF fonts extract instead of the ideographs they
//! stand for (⽇ = 日, ⼤ = 大), and, for a case-insensitive search, Latin case.
//! Whitespace folds to nothing, so 6月17日 finds 6 月 17 日.

use unicode_normalization::UnicodeNormalization;

/// Appends the folded form of `c` to `out`; returns how many bytes it appended.
pub fn fold_char(c: char, lower: bool, out: &mut String) -> usize {
    let before = out.len();
    if c.is_ascii() {
        if !c.is_ascii_whitespace() {
            out.push(if lower { c.to_ascii_lowercase() } else { c });
        }
    } else if c.is_whitespace() {
        // Ideographic and other spaces: nothing.
    } else if is_compatibility_form(c) {
        for d in std::iter::once(c).nfkc() {
            push_cased(d, lower, out);
        }
    } else {
        push_cased(c, lower, out);
    }
    out.len() - before
}

/// Appends `c`, lower-cased if asked and it has case.
fn push_cased(c: char, lower: bool, out: &mut String) {
    if lower && c.is_uppercase() {
        out.extend(c.to_lowercase());
    } else if !c.is_whitespace() {
        out.push(c);
    }
}

/// Characters whose compatibility decomposition is the form a reader means: full-width
/// and half-width forms, Kangxi radicals, CJK radicals and compatibility ideographs.
fn is_compatibility_form(c: char) -> bool {
    matches!(c,
        '\u{FF01}'..='\u{FFEF}'      // full-width ASCII, half-width forms
        | '\u{2E80}'..='\u{2EFF}'    // CJK radicals supplement
        | '\u{2F00}'..='\u{2FDF}'    // Kangxi radicals
        | '\u{F900}'..='\u{FAFF}'    // CJK compatibility ideographs
        | '\u{2F800}'..='\u{2FA1F}'  // their supplement
    )
}

/// The folded form of a whole string; with `variants`, Traditional characters are
/// first read as their Simplified forms (中國 = 中国).
pub fn fold(s: &str, lower: bool, variants: bool) -> String {
    let mut out = String::with_capacity(s.len());
    if variants {
        for c in simplified(s).chars() {
            fold_char(c, lower, &mut out);
        }
    } else {
        for c in s.chars() {
            fold_char(c, lower, &mut out);
        }
    }
    out
}

/// `s` with Traditional characters replaced by Simplified ones, character for
/// character (fast2s maps each character to exactly one, looking at its neighbours
/// for the few that need it).
pub fn simplified(s: &str) -> String {
    fast2s::convert(s)
}

/// Smart case: a query with an upper-case letter is matched case-sensitively.
pub fn wants_case(query: &str) -> bool {
    fold(query, false, false).chars().any(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_forms_fold_to_ascii() {
        assert_eq!(fold("ＡＢＣ１２３", false, false), "ABC123");
        assert_eq!(fold("ＡＢＣ", true, false), "abc");
    }

    #[test]
    fn radicals_fold_to_ideographs() {
        assert_eq!(fold("⽇⼤", false, false), "日大");
        // A compatibility ideograph (U+F900) folds to its unified ideograph.
        assert_eq!(fold("\u{F900}", false, false), "豈");
    }

    #[test]
    fn whitespace_folds_away() {
        assert_eq!(fold("6 月 17\u{3000}日", false, false), "6月17日");
    }

    #[test]
    fn traditional_folds_to_simplified_when_asked() {
        assert_eq!(fold("中國經濟", false, true), "中国经济");
        assert_eq!(fold("中國經濟", false, false), "中國經濟");
        let text = "發展與合作，計畫";
        assert_eq!(simplified(text).chars().count(), text.chars().count());
    }

    #[test]
    fn smart_case() {
        assert!(!wants_case("gdp增长"));
        assert!(wants_case("GDP"));
        assert!(wants_case("ＧＤＰ"));
    }
}
