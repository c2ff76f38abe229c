//! Where the words of display lines and captions occur among the page's paragraphs:
//! an index from each of their Han bigrams to the paragraphs that use it, so that a
//! headline's words are followed through its body without scanning every paragraph.

use super::super::affinity::Bigrams;

/// How many paragraphs from its headline an article's words are followed.
pub const WORD_REACH: usize = 64;

/// For each bigram of the page's display lines and captions, the paragraphs that use
/// it, by their place among the page's paragraphs (their ordinal).
#[derive(Debug, Default)]
pub struct WordIndex {
    /// For each unit, its bigrams (only for display lines and captions).
    unit_words: Vec<Vec<Word>>,
    /// For each bigram id, the ordinals of the paragraphs using it, ascending: the
    /// lists one after another in one array (see [`WordIndex::list`]).
    postings: Vec<u32>,
    /// Where each id's list starts in `postings`, and where the last one ends.
    starts: Vec<u32>,
    /// Number of paragraphs on the page.
    paragraphs: usize,
}

/// A bigram of a display line or caption, and how many paragraphs before the line
/// use it: where the line stands in the bigram's list of paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Word {
    /// The bigram's id.
    pub id: u32,
    /// Paragraphs before the line that use the bigram.
    pub seen: u32,
}

/// Where a headline's words occur in the body that would follow (or precede) it.
#[derive(Debug)]
pub struct TitleWords {
    /// Number of distinct bigrams in the headline.
    pub len: usize,
    /// Number of paragraphs followed (at most [`WORD_REACH`]).
    followed: usize,
    /// How many of the bigrams occur within the first `k` paragraphs away from the
    /// headline, for each `k` up to the paragraphs followed. Arrays of the largest
    /// size, not vectors: a headline's facts are worked out thousands of times a page,
    /// and two allocations cost more than the zeroing.
    found: [u32; WORD_REACH + 1],
    /// Running count, paragraph by paragraph away from the headline, of headline
    /// bigrams used (a paragraph's share of the headline's words, times `len`).
    uses: [u32; WORD_REACH + 1],
}

impl TitleWords {
    /// How many of the headline's bigrams the first `paragraphs` paragraphs of the body
    /// use at all, and how many uses they make of them (one per bigram and paragraph).
    pub fn within(&self, paragraphs: usize) -> (usize, usize) {
        let k = paragraphs.min(self.followed);
        (self.found[k] as usize, self.uses[k] as usize)
    }
}

impl WordIndex {
    /// Indexes the bigrams of the units for which `keyed` holds over the units for
    /// which `paragraph` holds (both among the units whose bigrams, numbered by the
    /// page's vocabulary, are `bigrams`).
    pub fn new(
        bigrams: &[Bigrams],
        keyed: impl Fn(usize) -> bool,
        paragraph: impl Fn(usize) -> bool,
    ) -> Self {
        const NONE: u32 = u32::MAX;
        // The bigrams' ids are the page's dense ids: a plain array maps each to its list.
        let ids = bigrams.iter().map(Bigrams::id_end).max().unwrap_or(0);
        let mut list_of = vec![NONE; ids];
        let mut lists = 0;
        for i in (0..bigrams.len()).filter(|&i| keyed(i)) {
            for &g in bigrams[i].as_slice() {
                let list = &mut list_of[g as usize];
                if *list == NONE {
                    *list = lists;
                    lists += 1;
                }
            }
        }
        // The paragraphs' uses of indexed bigrams, in page order, counted by list: the
        // lists are laid out in one array at the end, which costs less than growing a
        // vector for each.
        let mut counts = vec![0u32; lists as usize];
        let mut uses: Vec<(u32, u32)> = Vec::new();
        let mut unit_words = vec![Vec::new(); bigrams.len()];
        let mut paragraphs = 0;
        for (i, words) in unit_words.iter_mut().enumerate() {
            if keyed(i) {
                *words = bigrams[i]
                    .as_slice()
                    .iter()
                    .map(|&g| {
                        let id = list_of[g as usize];
                        let seen = counts[id as usize];
                        Word { id, seen }
                    })
                    .collect();
            }
            if paragraph(i) {
                for &g in bigrams[i].as_slice() {
                    let id = list_of[g as usize];
                    if let Some(count) = counts.get_mut(id as usize) {
                        *count += 1;
                        uses.push((id, paragraphs));
                    }
                }
                paragraphs += 1;
            }
        }
        let mut starts = Vec::with_capacity(counts.len() + 1);
        let mut end = 0;
        starts.push(0);
        for &count in &counts {
            end += count;
            starts.push(end);
        }
        // Each use goes to the next free place of its list; the uses come in page
        // order, so each list is ascending.
        let mut next = starts.clone();
        let mut postings = vec![0; uses.len()];
        for (id, ordinal) in uses {
            let at = &mut next[id as usize];
            postings[*at as usize] = ordinal;
            *at += 1;
        }
        Self {
            unit_words,
            postings,
            starts,
            paragraphs: paragraphs as usize,
        }
    }

    /// The ordinals of the paragraphs using the bigram of list `id`, ascending.
    fn list(&self, id: u32) -> &[u32] {
        let id = id as usize;
        &self.postings[self.starts[id] as usize..self.starts[id + 1] as usize]
    }

    /// The distinct bigrams of units `units` (each unit's own are distinct already), in
    /// the order first met: a bit per list tells those met, which costs less than
    /// sorting to find the repeats (the lists are few, a few hundred bits).
    pub fn distinct_words(&self, mut units: impl Iterator<Item = usize>) -> Vec<Word> {
        let Some(first) = units.next() else {
            return Vec::new();
        };
        let mut words = self.unit_words[first].clone();
        let Some(second) = units.next() else {
            return words;
        };
        let mut met = vec![0u64; (self.starts.len() - 1).div_ceil(64)];
        for w in &words {
            met[w.id as usize / 64] |= 1 << (w.id % 64);
        }
        for i in std::iter::once(second).chain(units) {
            for &w in &self.unit_words[i] {
                let (slot, bit) = (w.id as usize / 64, 1 << (w.id % 64));
                if met[slot] & bit == 0 {
                    met[slot] |= bit;
                    words.push(w);
                }
            }
        }
        words
    }

    /// How many of the bigrams of unit `i` the `reach` paragraphs before it use, and
    /// how many the `reach` paragraphs after it use; `split` paragraphs precede it.
    pub fn found_near(&self, i: usize, split: usize, reach: usize) -> (usize, usize) {
        let (mut before, mut after) = (0, 0);
        for word in &self.unit_words[i] {
            let list = self.list(word.id);
            let seen = word.seen as usize;
            // The paragraphs before the unit come first in the list, then those after.
            before += usize::from(seen > 0 && list[seen - 1] as usize + reach >= split);
            after += usize::from(
                list.get(seen)
                    .is_some_and(|&o| (o as usize) < split + reach),
            );
        }
        (before, after)
    }

    /// Where the bigrams `title` (distinct, of lines with `at` paragraphs before them)
    /// occur in the paragraphs followed from ordinal `at` onwards (`forward`) or from
    /// ordinal `at - 1` back to the page's start, at most [`WORD_REACH`] of them.
    pub fn title_words(&self, title: &[Word], at: usize, forward: bool) -> TitleWords {
        // The paragraphs followed: ordinals `at..at + n` forwards, or `top`, `top - 1`, …
        let (top, n) = if forward {
            (at, self.paragraphs.saturating_sub(at).min(WORD_REACH))
        } else {
            (at.wrapping_sub(1), at.min(WORD_REACH))
        };
        let mut first_at = [0u32; WORD_REACH + 1];
        let mut used_at = [0u32; WORD_REACH + 1];
        for word in title {
            let list = self.list(word.id);
            // The title's lines stand after the paragraphs `..at` and before `at..`.
            let seen = word.seen as usize;
            debug_assert_eq!(seen, list.partition_point(|&o| (o as usize) < at));
            let mut first = true;
            let mut hit = |k: usize| {
                used_at[k + 1] += 1;
                if std::mem::take(&mut first) {
                    first_at[k + 1] += 1;
                }
            };
            if forward {
                for &o in list[seen..].iter().take_while(|&&o| (o as usize) < top + n) {
                    hit(o as usize - top);
                }
            } else {
                for &o in list[..seen]
                    .iter()
                    .rev()
                    .take_while(|&&o| top - (o as usize) < n)
                {
                    hit(top - o as usize);
                }
            }
        }
        for k in 1..=n {
            first_at[k] += first_at[k - 1];
            used_at[k] += used_at[k - 1];
        }
        TitleWords {
            len: title.len(),
            followed: n,
            found: first_at,
            uses: used_at,
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::super::affinity::Vocabulary;
    use super::*;

    proptest! {
        /// Each word of an indexed unit lists the paragraphs that use it, ascending,
        /// and knows how many of them come before the unit.
        #[test]
        fn lists_are_the_paragraphs_using_each_word(
            texts in prop::collection::vec("[一二三四五六，]{0,10}", 0..12),
            keyed in prop::collection::vec(any::<bool>(), 12),
        ) {
            let (_, bigrams) = Vocabulary::sets_of(texts.iter().map(String::as_str));
            let index = WordIndex::new(&bigrams, |i| keyed[i], |i| !keyed[i]);
            let paragraphs: Vec<usize> = (0..bigrams.len()).filter(|&i| !keyed[i]).collect();
            for i in (0..bigrams.len()).filter(|&i| keyed[i]) {
                prop_assert_eq!(index.unit_words[i].len(), bigrams[i].len());
                for (word, &g) in index.unit_words[i].iter().zip(bigrams[i].as_slice()) {
                    let using: Vec<u32> = (0..paragraphs.len() as u32)
                        .filter(|&o| bigrams[paragraphs[o as usize]].as_slice().contains(&g))
                        .collect();
                    prop_assert_eq!(index.list(word.id), &using[..]);
                    let before = paragraphs.iter().filter(|&&p| p < i).count();
                    prop_assert_eq!(word.seen as usize, using.partition_point(|&o| (o as usize) < before));
                }
            }
        }

        /// The distinct words of several units are those of all, each once.
        #[test]
        fn distinct_words_are_the_sorted_words_deduplicated(
            texts in prop::collection::vec("[一二三四五六，]{0,10}", 0..12),
            keyed in prop::collection::vec(any::<bool>(), 12),
        ) {
            let (_, bigrams) = Vocabulary::sets_of(texts.iter().map(String::as_str));
            let index = WordIndex::new(&bigrams, |i| keyed[i], |i| !keyed[i]);
            // Units between which no paragraph stands, as a headline's lines.
            let lines: Vec<usize> = (0..bigrams.len()).take_while(|&i| keyed[i]).collect();
            let mut plain: Vec<Word> =
                lines.iter().flat_map(|&i| index.unit_words[i].iter().copied()).collect();
            plain.sort_unstable();
            plain.dedup();
            let mut distinct = index.distinct_words(lines.iter().copied());
            distinct.sort_unstable();
            prop_assert_eq!(distinct, plain);
        }
    }
}
