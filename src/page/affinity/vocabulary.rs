//! The page's vocabulary: each distinct Han bigram of the page's units numbered in the
//! order it first occurs. A unit's words then form a small sorted list of dense ids:
//! the words it is the first to use come in rising order by construction, so only
//! those seen before need sorting, and sets of words can be indexed by plain arrays
//! instead of hash tables.

use super::{Bigram, Bigrams, han_pairs};

/// The page's Han bigrams, each with its id (see the module documentation).
#[derive(Debug, Clone)]
pub struct Vocabulary {
    /// Open-addressing table (linear probing): each slot holds one more than the id of
    /// a bigram, 0 when empty. At most a quarter full, most probes stop at the first
    /// slot: a fuller table costs more in probes the branch predictor misses than it
    /// saves in cache misses. Slots of four bytes keep it small: a page parsed alone
    /// pays for every fresh page of memory it touches (about 3 µs each), before the
    /// reader's first frame.
    slots: Vec<u32>,
    /// Shift that keeps the top bits of a bigram's hash: the table has
    /// `2^(64 - shift)` slots.
    shift: u32,
    /// For each id, its bigram and the last text ([`Vocabulary::add`] call) that used
    /// it.
    words: Vec<(Bigram, u32)>,
    /// Number of texts added so far.
    texts: u32,
    /// Room for the words new with a text, kept from one text to the next.
    fresh: Vec<u32>,
}

impl Vocabulary {
    /// An empty vocabulary with room for about `bigrams` distinct bigrams before the
    /// table grows.
    pub fn with_capacity(bigrams: usize) -> Self {
        let size = (bigrams * 4).next_power_of_two().max(64);
        Self {
            slots: vec![0; size],
            shift: 64 - size.trailing_zeros(),
            words: Vec::with_capacity(bigrams),
            texts: 0,
            fresh: Vec::new(),
        }
    }

    /// The word sets of `texts`, numbered in one new vocabulary.
    pub fn sets_of<'t>(texts: impl IntoIterator<Item = &'t str> + Clone) -> (Self, Vec<Bigrams>) {
        // At most one bigram per Han character of three bytes, about half of them
        // distinct on a page.
        let bytes: usize = texts.clone().into_iter().map(str::len).sum();
        let mut vocabulary = Self::with_capacity(bytes / 6);
        let sets = texts.into_iter().map(|t| vocabulary.add(t)).collect();
        (vocabulary, sets)
    }

    /// Number of distinct bigrams numbered: every id is below it.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Has no bigram.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The slot where the probe for `g` starts (Fibonacci hashing).
    fn home(&self, g: Bigram) -> usize {
        (u64::from(g).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The slot that holds `g`, or the empty slot where it would go.
    fn slot(&self, g: Bigram) -> usize {
        let mask = self.slots.len() - 1;
        let mut k = self.home(g);
        while self.slots[k] != 0 && self.words[self.slots[k] as usize - 1].0 != g {
            k = (k + 1) & mask;
        }
        k
    }

    /// The id of bigram `g`, numbering it if it is new (then `true` comes with it).
    fn intern(&mut self, g: Bigram) -> (u32, bool) {
        let k = self.slot(g);
        if self.slots[k] != 0 {
            return (self.slots[k] - 1, false);
        }
        self.words.push((g, 0));
        let id = self.words.len() as u32;
        self.slots[k] = id;
        if self.words.len() * 4 > self.slots.len() {
            self.grow();
        }
        (id - 1, true)
    }

    /// Doubles the table.
    fn grow(&mut self) {
        self.slots = vec![0; self.slots.len() * 2];
        self.shift -= 1;
        for id in 0..self.words.len() {
            let k = self.slot(self.words[id].0);
            self.slots[k] = id as u32 + 1;
        }
    }

    /// Numbers the bigrams of `text` that are new and returns its word set.
    pub fn add(&mut self, text: &str) -> Bigrams {
        self.texts += 1;
        let text_id = self.texts;
        // Words used before, and words new with this text (rising, above all others).
        // A Han character takes three bytes: at most one pair per three bytes.
        let mut seen = Vec::with_capacity(text.len() / 3);
        let mut fresh = std::mem::take(&mut self.fresh);
        fresh.clear();
        han_pairs(text, |g| match self.intern(g) {
            (id, true) => {
                self.words[id as usize].1 = text_id;
                fresh.push(id);
            }
            (id, false) => {
                let last = &mut self.words[id as usize].1;
                if *last != text_id {
                    *last = text_id;
                    seen.push(id);
                }
            }
        });
        seen.sort_unstable();
        seen.extend_from_slice(&fresh);
        self.fresh = fresh;
        Bigrams::from_sorted(seen)
    }

    /// The word set of `text` in this vocabulary's numbering, without numbering its
    /// new bigrams: each of those takes an id of its own past the vocabulary's end, so
    /// that it counts among the text's words and is found in no unit.
    pub fn set_of(&self, text: &str) -> Bigrams {
        let mut ids = Vec::new();
        let mut unknown: Vec<Bigram> = Vec::new();
        han_pairs(text, |g| {
            let k = self.slot(g);
            if self.slots[k] != 0 {
                ids.push(self.slots[k] - 1);
            } else {
                let n = unknown.iter().position(|&u| u == g).unwrap_or_else(|| {
                    unknown.push(g);
                    unknown.len() - 1
                });
                ids.push((self.len() + n) as u32);
            }
        });
        ids.sort_unstable();
        ids.dedup();
        Bigrams::from_sorted(ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The bigrams of a set of ids, given the bigram `numbered[id]` of each id.
    fn unpacked(set: &Bigrams, numbered: &[Bigram]) -> Vec<Bigram> {
        let mut v: Vec<Bigram> = set
            .as_slice()
            .iter()
            .map(|&id| numbered[id as usize])
            .collect();
        v.sort_unstable();
        v
    }

    proptest! {
        #[test]
        fn sets_hold_the_bigrams_of_each_text(
            texts in prop::collection::vec("[一二三四五六七八九，a \u{20000}]{0,30}", 0..40),
        ) {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let (vocabulary, sets) = Vocabulary::sets_of(refs.iter().copied());
            // Ids number the bigrams in order of first use over the texts.
            let mut numbered: Vec<Bigram> = Vec::new();
            for t in &refs {
                han_pairs(t, |g| if !numbered.contains(&g) { numbered.push(g) });
            }
            prop_assert_eq!(vocabulary.len(), numbered.len());
            for (t, set) in refs.iter().zip(&sets) {
                prop_assert!(set.as_slice().windows(2).all(|w| w[0] < w[1]));
                prop_assert_eq!(unpacked(set, &numbered), Bigrams::of(t).as_slice().to_vec());
                prop_assert_eq!(&vocabulary.set_of(t), set);
            }
        }
    }

    #[test]
    fn unknown_words_count_and_match_nothing() {
        let (vocabulary, sets) = Vocabulary::sets_of(["中国中亚合作", "合作共赢"]);
        let other = vocabulary.set_of("中亚峰会峰会");
        assert_eq!(other.len(), 4);
        assert_eq!(other.shared(&sets[0]), 1);
        assert_eq!(other.shared(&sets[1]), 0);
    }

    #[test]
    fn grows_past_its_capacity() {
        let text: String = ('\u{4E00}'..'\u{5000}').collect();
        let mut vocabulary = Vocabulary::with_capacity(1);
        let set = vocabulary.add(&text);
        assert_eq!(set.len(), 0x1FF);
        assert_eq!(vocabulary.set_of(&text), set);
    }
}
