//! One pass over a raw line that measures it as squashed (see
//! [`squash_spaces`](super::super::text::squash_spaces)): its widths, marks and visible
//! characters. Runs of Han, most of a line, are stepped over from their bytes,
//! undecoded.

use super::super::text::{
    MarkSet, em_width, han_run, is_compressible, is_han, is_latin_word, is_space,
};

/// What one pass over a raw line finds.
#[derive(Debug, Default)]
pub(super) struct Tally {
    /// Printed width in em, every mark a full em.
    pub width: f32,
    /// Number of marks that may be set in half an em (see [`is_compressible`]).
    pub marks: usize,
    /// Number of such marks right after another one.
    pub paired: usize,
    /// Number of ASCII digits.
    pub digits: usize,
    /// Number of characters that are not white space.
    pub visible: usize,
    /// A colon (`：` or `:`) is held.
    pub colon: bool,
    /// The marks of running text held.
    pub held: MarkSet,
    /// White space stands between two visible characters.
    pub spaced: bool,
    /// The last character read was a compressible mark.
    prev_mark: bool,
    /// The last character read was a Latin word's.
    prev_latin: bool,
    /// White space followed the last visible character.
    pending_space: bool,
}

impl Tally {
    /// The tally of a raw line.
    pub(super) fn of(raw: &str) -> Self {
        let mut tally = Self::default();
        let mut rest = raw;
        loop {
            let hans = han_run(rest);
            if hans > 0 {
                tally.han(hans);
                rest = &rest[3 * hans..];
            }
            let Some(c) = rest.chars().next() else {
                break;
            };
            rest = &rest[c.len_utf8()..];
            tally.char(c);
        }
        tally
    }

    /// Adds one character of any kind.
    fn char(&mut self, c: char) {
        if is_space(c) {
            self.pending_space = self.visible > 0;
        } else if is_han(c) {
            self.han(1);
        } else {
            self.other(c);
        }
    }

    /// Adds `count` Han characters: a full em each, no mark, no digit.
    fn han(&mut self, count: usize) {
        self.visible += count;
        self.spaced |= self.pending_space;
        self.pending_space = false;
        // One em at a time, in reading order, as every width is summed.
        for _ in 0..count {
            self.width += 1.0;
        }
        self.prev_latin = false;
        self.prev_mark = false;
    }

    /// Adds a visible character other than Han.
    fn other(&mut self, c: char) {
        self.visible += 1;
        let latin = is_latin_word(c);
        if self.pending_space {
            self.spaced = true;
            if self.prev_latin && latin {
                // The space kept between two words: no width, no mark.
                self.prev_mark = false;
            }
            self.pending_space = false;
        }
        self.prev_latin = latin;
        self.width += em_width(c);
        let mark = is_compressible(c);
        self.marks += usize::from(mark);
        self.paired += usize::from(mark && self.prev_mark);
        self.digits += usize::from(c.is_ascii_digit());
        self.colon |= matches!(c, '：' | ':');
        self.held.note(c);
        self.prev_mark = mark;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The tally read one decoded character at a time, as first written.
    fn tally_by_chars(raw: &str) -> Tally {
        let mut tally = Tally::default();
        raw.chars().for_each(|c| tally.char(c));
        tally
    }

    proptest! {
        #[test]
        fn runs_agree_with_reading_by_characters(raw in "[ a1中国㐀，。：“”\u{3000}]{0,16}") {
            let (runs, chars) = (Tally::of(&raw), tally_by_chars(&raw));
            prop_assert_eq!(runs.width.to_bits(), chars.width.to_bits());
            prop_assert_eq!(
                (runs.marks, runs.paired, runs.digits, runs.visible),
                (chars.marks, chars.paired, chars.digits, chars.visible)
            );
            prop_assert_eq!((runs.colon, runs.held, runs.spaced), (chars.colon, chars.held, chars.spaced));
        }
    }
}
