//! White space as extractions write it, told quickly: most lines of a Chinese page
//! open and close with a Han character, which no white space shares a first or last
//! byte with.

/// Whitespace as the extraction writes it (ASCII space, tab, NBSP, ideographic space …).
pub fn is_space(c: char) -> bool {
    // No whitespace lies past the ideographic space U+3000: most Han text needs no lookup.
    c <= '\u{3000}' && c.is_whitespace()
}

/// Trimming white space as [`str::trim`] does, with [`is_space`]'s quick test: most
/// lines start and end with a Han character, which then needs no table lookup.
pub trait TrimSpace {
    /// Without leading and trailing white space.
    fn trim_space(&self) -> &str;
    /// Without leading white space.
    fn trim_space_start(&self) -> &str;
    /// Without trailing white space.
    fn trim_space_end(&self) -> &str;
}

impl TrimSpace for str {
    fn trim_space(&self) -> &str {
        self.trim_space_start().trim_space_end()
    }

    fn trim_space_start(&self) -> &str {
        if starts_with_space(self) {
            self.trim_start_matches(is_space)
        } else {
            self
        }
    }

    fn trim_space_end(&self) -> &str {
        if ends_with_space(self) {
            self.trim_end_matches(is_space)
        } else {
            self
        }
    }
}

/// Does `s` open with white space (see [`is_space`])? Told from the first byte alone
/// unless that opens ASCII white space or a character whose encoding starts as that
/// of some other white space does (C2, E1 to E3).
pub fn starts_with_space(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(&b) if b.is_ascii() => matches!(b, 0x09..=0x0D | 0x20),
        Some(0xC2 | 0xE1..=0xE3) => s.chars().next().is_some_and(is_space),
        _ => false,
    }
}

/// Does `s` end with white space? Told from the last byte alone unless that is ASCII
/// or a byte that ends the encoding of some white space (U+0085, U+00A0, U+1680,
/// U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
pub fn ends_with_space(s: &str) -> bool {
    match s.as_bytes().last() {
        Some(&b) if b.is_ascii() => matches!(b, 0x09..=0x0D | 0x20),
        Some(0x80..=0x8A | 0x9F | 0xA0 | 0xA8 | 0xA9 | 0xAF) => {
            s.chars().next_back().is_some_and(is_space)
        }
        _ => false,
    }
}
