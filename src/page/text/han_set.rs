//! A set of CJK Unified Ideographs (U+4E00 to U+9FFF) held as one bit each, so that
//! a character is looked up in a couple of steps however many the set holds.

/// The first character a [`HanSet`] can hold.
const FIRST: u32 = 0x4E00;
/// One past the last character a [`HanSet`] can hold.
const END: u32 = 0xA000;
/// Bits in one word of the set.
const WORD_BITS: u32 = u64::BITS;

/// A set of characters from U+4E00 to U+9FFF.
#[derive(Debug, Clone)]
pub struct HanSet {
    /// Bit `n` is set for the character `FIRST + n`.
    words: Box<[u64]>,
}

impl HanSet {
    /// The set of `chars`.
    ///
    /// # Panics
    /// If one of them lies outside U+4E00 to U+9FFF.
    pub fn new(chars: impl IntoIterator<Item = char>) -> Self {
        let mut words = vec![0; ((END - FIRST) / WORD_BITS) as usize].into_boxed_slice();
        for c in chars {
            let n = u32::from(c)
                .checked_sub(FIRST)
                .filter(|&n| n < END - FIRST)
                .unwrap_or_else(|| panic!("{c:?} is not a CJK Unified Ideograph"));
            words[(n / WORD_BITS) as usize] |= 1 << (n % WORD_BITS);
        }
        Self { words }
    }

    /// Does the set hold `c`? Always false outside U+4E00 to U+9FFF.
    pub fn contains(&self, c: char) -> bool {
        let Some(n) = u32::from(c).checked_sub(FIRST).filter(|&n| n < END - FIRST) else {
            return false;
        };
        self.words[(n / WORD_BITS) as usize] & (1 << (n % WORD_BITS)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_what_it_was_given() {
        let given = ['一', '中', '本', '龥', '\u{9FFF}', '王'];
        let set = HanSet::new(given);
        for c in (0..=0x0010_FFFF).filter_map(char::from_u32) {
            assert_eq!(set.contains(c), given.contains(&c), "{c:?}");
        }
    }

    #[test]
    #[should_panic(expected = "not a CJK Unified Ideograph")]
    fn refuses_other_characters() {
        HanSet::new(['a']);
    }
}
