//! A bigram set indexed by a hash table, for counting how many of its bigrams other
//! sets hold when they are many or large: one probe per bigram of theirs instead of a
//! walk through the whole set for each of them. Built from several sets, it is their
//! union without the sort that [`Bigrams::union`] needs.

use super::{Bigram, Bigrams};

/// A bigram set in an open-addressing hash table (linear probing, at most a quarter
/// full, so that most probes look at one slot).
pub struct Lookup {
    /// The bigrams in their slots; 0 marks an empty slot (no bigram is 0: both of its
    /// characters are Han).
    slots: Vec<Bigram>,
    /// Shift that keeps the top bits of a bigram's hash: the table has `2^(64 - shift)`
    /// slots.
    shift: u32,
    /// Number of bigrams held.
    len: usize,
}

impl Lookup {
    /// Indexes the union of `sets`.
    pub fn union(sets: &[&Bigrams]) -> Self {
        let most: usize = sets.iter().map(|s| s.len()).sum();
        let size = (most * 4).next_power_of_two().max(16);
        let mut lookup = Self {
            slots: vec![0; size],
            shift: 64 - size.trailing_zeros(),
            len: 0,
        };
        for &g in sets.iter().flat_map(|s| s.as_slice()) {
            debug_assert_ne!(g, 0);
            let mut k = lookup.home(g);
            while lookup.slots[k] != 0 && lookup.slots[k] != g {
                k = (k + 1) & (size - 1);
            }
            lookup.len += usize::from(lookup.slots[k] == 0);
            lookup.slots[k] = g;
        }
        lookup
    }

    /// Number of distinct bigrams held.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Holds no bigram.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The slot where the probe for `g` starts (Fibonacci hashing).
    fn home(&self, g: Bigram) -> usize {
        (u64::from(g).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The slot holding `g`, if the set has it.
    fn find(&self, g: Bigram) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut k = self.home(g);
        loop {
            match self.slots[k] {
                0 => return None,
                s if s == g => return Some(k),
                _ => k = (k + 1) & mask,
            }
        }
    }

    /// Number of the set's bigrams found in at least one of `others`: the same as
    /// [`Bigrams::shared_with_any`] with the set.
    pub fn shared_with_any(&self, others: &[&Bigrams]) -> usize {
        // One bit per slot: a bigram found is counted once.
        let mut found = vec![0u64; self.slots.len().div_ceil(64)];
        let mut shared = 0;
        for set in others {
            for &g in set.as_slice() {
                if let Some(k) = self.find(g) {
                    let (word, bit) = (&mut found[k / 64], 1u64 << (k % 64));
                    shared += usize::from(*word & bit == 0);
                    *word |= bit;
                }
            }
        }
        shared
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_as_the_walk_does() {
        let a = Bigrams::of("中国中亚合作共赢区域");
        let others = [
            Bigrams::of("中亚合作"),
            Bigrams::of("共赢区域典范"),
            Bigrams::of("合作共赢"),
        ];
        let sets: Vec<&Bigrams> = others.iter().collect();
        assert_eq!(
            Lookup::union(&[&a]).shared_with_any(&sets),
            a.shared_with_any(&sets)
        );
        assert_eq!(Lookup::union(&[&a]).shared_with_any(&[]), 0);
        assert_eq!(Lookup::union(&[]).shared_with_any(&sets), 0);
    }

    #[test]
    fn union_without_a_sort() {
        let (a, b) = (Bigrams::of("中国中亚合作"), Bigrams::of("中亚合作共赢"));
        let lookup = Lookup::union(&[&a, &b]);
        assert_eq!(lookup.len(), Bigrams::union([&a, &b]).len());
        assert_eq!(lookup.shared_with_any(&[&b]), b.len());
    }
}
