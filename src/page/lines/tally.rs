//! One pass over a raw line that measures it as squashed (see
//! [`squash_spaces`](super::super::text::squash_spaces)): its widths, marks and visible
//! characters. Runs of Han, most of a line, are stepped over from their bytes,
//! undecoded.

use super::super::text::{
    MarkSet, em_width, han_run_end, is_compressible, is_han, is_latin_word, is_space,
};

/// Below this many characters a line's width, while a whole number, is exact in an
/// `f32` (2^23).
const WHOLE_LIMIT: usize = 1 << 23;

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
    /// Byte offset of the first character that is not white space (0 if none is).
    pub start: usize,
    /// Byte offset just past the last character that is not white space (0 if none
    /// is): the line is white space outside `start..end`.
    pub end: usize,
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
    /// Some width read was not a whole em: `width` may be fractional.
    fractional: bool,
}

impl Tally {
    /// The tally of a raw line.
    pub(super) fn of(raw: &str) -> Self {
        let mut tally = Self::default();
        let mut at = 0;
        while at < raw.len() {
            let end = han_run_end(raw, at);
            if end > at {
                tally.han((end - at) / 3);
                tally.seen(at, end);
                at = end;
                if at == raw.len() {
                    break;
                }
            }
            at = tally.char_at(raw, at);
        }
        tally
    }

    /// Adds the character at byte `at` of `raw` (a boundary); returns where the next
    /// starts. Kept out of line: the loop over runs of Han, most of a line, then holds
    /// fewer values.
    #[inline(never)]
    fn char_at(&mut self, raw: &str, at: usize) -> usize {
        let Some(c) = raw[at..].chars().next() else {
            return raw.len();
        };
        let next = at + c.len_utf8();
        if c > '\u{3000}' {
            self.wide(c);
        } else if !self.char(c) {
            return next;
        }
        self.seen(at, next);
        next
    }

    /// Notes visible characters at bytes `from..to`.
    fn seen(&mut self, from: usize, to: usize) {
        if self.end == 0 {
            self.start = from;
        }
        self.end = to;
    }

    /// Adds one character of any kind; is it visible (not white space)?
    fn char(&mut self, c: char) -> bool {
        if is_space(c) {
            self.pending_space = self.visible > 0;
            return false;
        }
        if is_han(c) {
            self.han(1);
        } else {
            self.other(c);
        }
        true
    }

    /// Adds `count` Han characters: a full em each, no mark, no digit.
    fn han(&mut self, count: usize) {
        self.visible += count;
        self.spaced |= self.pending_space;
        self.pending_space = false;
        if !self.fractional && self.visible <= WHOLE_LIMIT {
            // Every width so far was 0 or 1 em: the width is a whole number below 2^23,
            // which adding one em at a time would reach exactly, as one addition does.
            self.width += count as f32;
        } else {
            // One em at a time, in reading order, as every width is summed.
            for _ in 0..count {
                self.width += 1.0;
            }
        }
        self.prev_latin = false;
        self.prev_mark = false;
    }

    /// Adds a visible character other than Han.
    // The widths are exact constants (see [`em_width`]): comparing them exactly is meant.
    #[allow(clippy::float_cmp)]
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
        let width = em_width(c);
        self.fractional |= width != 0.0 && width != 1.0;
        self.width += width;
        self.digits += usize::from(c.is_ascii_digit());
        self.mark(c);
    }

    /// Adds a visible character past U+3000, where most marks of a Chinese page lie:
    /// no white space, no Latin letter or digit, and a full em (see [`em_width`]).
    fn wide(&mut self, c: char) {
        if is_han(c) {
            self.han(1);
            return;
        }
        self.visible += 1;
        self.spaced |= self.pending_space;
        self.pending_space = false;
        self.prev_latin = false;
        self.width += 1.0;
        self.mark(c);
    }

    /// Notes `c` among the marks.
    // Measured: left to itself the compiler keeps this out of line, which costs a
    // million instructions on 2 MB of pages.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn mark(&mut self, c: char) {
        let mark = is_compressible(c);
        self.marks += usize::from(mark);
        self.paired += usize::from(mark && self.prev_mark);
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
        for (at, c) in raw.char_indices() {
            if tally.char(c) {
                tally.seen(at, at + c.len_utf8());
            }
        }
        tally
    }

    proptest! {
        #[test]
        fn runs_agree_with_reading_by_characters(raw in "[ a1.%é中国㐀𠀀々〇，。、：:；“”Ａ\u{3000}\t]{0,16}") {
            let (runs, chars) = (Tally::of(&raw), tally_by_chars(&raw));
            prop_assert_eq!(runs.width.to_bits(), chars.width.to_bits());
            // The width summed one character at a time, in reading order.
            let summed = raw.chars().filter(|&c| !is_space(c)).fold(0.0, |w, c| w + em_width(c));
            prop_assert_eq!(runs.width.to_bits(), summed.to_bits());
            prop_assert_eq!(
                (runs.marks, runs.paired, runs.digits, runs.visible),
                (chars.marks, chars.paired, chars.digits, chars.visible)
            );
            prop_assert_eq!((runs.colon, runs.held, runs.spaced), (chars.colon, chars.held, chars.spaced));
            prop_assert_eq!((runs.start, runs.end), (chars.start, chars.end));
            prop_assert_eq!(&raw[runs.start..runs.end], raw.trim());
        }
    }
}
