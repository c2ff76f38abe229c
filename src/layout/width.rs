//! Display width in terminal cells, with East Asian Ambiguous characters (“ ” — … ·)
//! counted as one cell (most terminals) or two (terminals set to wide).

use unicode_width::UnicodeWidthStr;

/// How the terminal draws East Asian Ambiguous characters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Ambiguous {
    /// One cell, the default of most terminals.
    #[default]
    Narrow,
    /// Two cells, as terminals configured for CJK draw them.
    Wide,
}

impl Ambiguous {
    /// Width of a string in cells.
    pub fn width(self, s: &str) -> usize {
        match self {
            Self::Narrow => s.width(),
            Self::Wide => s.width_cjk(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ambiguous_quotes_and_dashes() {
        assert_eq!(Ambiguous::Narrow.width("“中”"), 4);
        assert_eq!(Ambiguous::Wide.width("“中”"), 6);
        assert_eq!(Ambiguous::Narrow.width("——"), 2);
        assert_eq!(Ambiguous::Wide.width("——"), 4);
        assert_eq!(Ambiguous::Wide.width("，。"), 4);
    }
}
