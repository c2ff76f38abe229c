//! A set of a page's words as one bit per id, for counting how many words two unions
//! of many sets share: one AND per 64 ids instead of a walk through every set. Built
//! from several sets, it is their union without the sort that [`Bigrams::union`] needs.

use super::Bigrams;

/// A set of words numbered by the page's [`super::Vocabulary`], as one bit per id.
pub struct Lookup {
    /// Bit `id % 64` of word `id / 64` is set when the set holds `id`.
    bits: Vec<u64>,
    /// Number of words held.
    len: usize,
}

impl Lookup {
    /// Indexes the union of `sets` (whose ids are a page's dense ids).
    pub fn union(sets: &[&Bigrams]) -> Self {
        let end = sets.iter().map(|s| s.id_end()).max().unwrap_or(0);
        let mut bits = vec![0u64; end.div_ceil(64)];
        let mut len = 0;
        for &id in sets.iter().flat_map(|s| s.as_slice()) {
            let (word, bit) = (&mut bits[id as usize / 64], 1u64 << (id % 64));
            len += usize::from(*word & bit == 0);
            *word |= bit;
        }
        Self { bits, len }
    }

    /// Number of distinct words held.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Holds no word.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Number of words both sets hold.
    pub fn shared_with(&self, other: &Lookup) -> usize {
        self.bits
            .iter()
            .zip(&other.bits)
            .map(|(a, b)| (a & b).count_ones() as usize)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::super::Vocabulary;
    use super::*;

    #[test]
    fn counts_as_the_walk_does() {
        let (_, sets) = Vocabulary::sets_of([
            "中国中亚合作共赢区域",
            "中亚合作",
            "共赢区域典范",
            "合作共赢",
        ]);
        let others: Vec<&Bigrams> = sets[1..].iter().collect();
        let union = Lookup::union(&others);
        assert_eq!(
            Lookup::union(&[&sets[0]]).shared_with(&union),
            sets[0].shared_with_any(&others)
        );
        assert_eq!(
            Lookup::union(&[&sets[0]]).shared_with(&Lookup::union(&[])),
            0
        );
        assert_eq!(Lookup::union(&[]).shared_with(&union), 0);
    }

    #[test]
    fn union_without_a_sort() {
        let (_, sets) = Vocabulary::sets_of(["中国中亚合作", "中亚合作共赢"]);
        let lookup = Lookup::union(&[&sets[0], &sets[1]]);
        assert_eq!(lookup.len(), Bigrams::union([&sets[0], &sets[1]]).len());
        assert_eq!(
            lookup.shared_with(&Lookup::union(&[&sets[1]])),
            sets[1].len()
        );
    }
}
