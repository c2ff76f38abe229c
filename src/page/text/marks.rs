//! The marks of running text a line holds, kept as bits when the line is read, so
//! that asking whether it holds some of them reads no text again.

use super::RUNNING_MARKS;

/// A set of marks of running text (see [`RUNNING_MARKS`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MarkSet(u8);

impl MarkSet {
    /// Every mark of running text.
    pub const ALL: MarkSet = MarkSet::of(&RUNNING_MARKS);

    /// The set of `marks`, each a mark of running text (checked when compiled, as
    /// the sets are constants).
    pub const fn of(marks: &[char]) -> Self {
        let mut bits = 0;
        let mut i = 0;
        while i < marks.len() {
            let bit = Self::bit(marks[i]);
            assert!(bit != 0, "not a mark of running text");
            bits |= bit;
            i += 1;
        }
        Self(bits)
    }

    /// The bit of `c`: none unless it is a mark of running text.
    const fn bit(c: char) -> u8 {
        match c {
            '，' => 1,
            '。' => 2,
            '、' => 4,
            '；' => 8,
            '！' => 16,
            '？' => 32,
            '：' => 64,
            _ => 0,
        }
    }

    /// Adds `c` if it is a mark of running text.
    pub fn note(&mut self, c: char) {
        self.0 |= Self::bit(c);
    }

    /// Does the set hold any of `marks`?
    pub fn holds_any(self, marks: MarkSet) -> bool {
        self.0 & marks.0 != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn noted_marks_agree_with_searching(s in "[中a，。、；！？：:,]{0,8}", pick in 1u8..128) {
            let mut held = MarkSet::default();
            s.chars().for_each(|c| held.note(c));
            let wanted: Vec<char> = (0..7)
                .filter(|i| pick & (1 << i) != 0)
                .map(|i| RUNNING_MARKS[i])
                .collect();
            prop_assert_eq!(held.holds_any(MarkSet::of(&wanted)), s.contains(&wanted[..]));
            prop_assert_eq!(held.holds_any(MarkSet::ALL), s.contains(RUNNING_MARKS));
        }
    }
}
