//! Where the words of display lines and captions occur among the page's paragraphs:
//! an index from each of their Han bigrams to the paragraphs that use it, so that a
//! headline's words are followed through its body without scanning every paragraph.

use rustc_hash::FxHashMap;

use super::super::affinity::Bigrams;

/// How many paragraphs from its headline an article's words are followed.
pub const WORD_REACH: usize = 64;

/// For each bigram of the page's display lines and captions, the paragraphs that use
/// it, by their place among the page's paragraphs (their ordinal).
#[derive(Debug, Default)]
pub struct WordIndex {
    /// For each unit, the ids of its bigrams (only for display lines and captions).
    unit_ids: Vec<Vec<u32>>,
    /// For each bigram id, the ordinals of the paragraphs using it, ascending.
    postings: Vec<Vec<u32>>,
    /// Number of paragraphs on the page.
    paragraphs: usize,
}

/// Where a headline's words occur in the body that would follow (or precede) it.
#[derive(Debug)]
pub struct TitleWords {
    /// Number of distinct bigrams in the headline.
    pub len: usize,
    /// How many of the bigrams occur within the first `k` paragraphs away from the
    /// headline, for each `k` up to the paragraphs followed.
    found: Vec<u32>,
    /// Running count, paragraph by paragraph away from the headline, of headline
    /// bigrams used (a paragraph's share of the headline's words, times `len`).
    uses: Vec<u32>,
}

impl TitleWords {
    /// How many of the headline's bigrams the first `paragraphs` paragraphs of the body
    /// use at all, and how many uses they make of them (one per bigram and paragraph).
    pub fn within(&self, paragraphs: usize) -> (usize, usize) {
        let k = paragraphs.min(self.uses.len() - 1);
        (self.found[k] as usize, self.uses[k] as usize)
    }
}

impl WordIndex {
    /// Indexes the bigrams of the units for which `keyed` holds, over the paragraphs
    /// `paragraphs` (unit indices, in order).
    pub fn new(bigrams: &[Bigrams], keyed: impl Fn(usize) -> bool, paragraphs: &[usize]) -> Self {
        let mut ids: FxHashMap<u64, u32> = FxHashMap::default();
        let unit_ids: Vec<Vec<u32>> = (0..bigrams.len())
            .map(|i| {
                if !keyed(i) {
                    return Vec::new();
                }
                let mut unit = Vec::with_capacity(bigrams[i].len());
                for &g in bigrams[i].as_slice() {
                    let next = ids.len() as u32;
                    unit.push(*ids.entry(g).or_insert(next));
                }
                unit
            })
            .collect();
        let mut postings = vec![Vec::new(); ids.len()];
        for (ordinal, &p) in paragraphs.iter().enumerate() {
            for g in bigrams[p].as_slice() {
                if let Some(&id) = ids.get(g) {
                    postings[id as usize].push(ordinal as u32);
                }
            }
        }
        Self {
            unit_ids,
            postings,
            paragraphs: paragraphs.len(),
        }
    }

    /// Ids of the bigrams of unit `i` (empty unless it was indexed).
    pub fn ids(&self, i: usize) -> &[u32] {
        &self.unit_ids[i]
    }

    /// How many of unit `i`'s bigrams some paragraph with ordinal in `lo..hi` uses.
    pub fn found_between(&self, i: usize, lo: usize, hi: usize) -> usize {
        self.unit_ids[i]
            .iter()
            .filter(|&&id| {
                let list = &self.postings[id as usize];
                let at = list.partition_point(|&o| (o as usize) < lo);
                list.get(at).is_some_and(|&o| (o as usize) < hi)
            })
            .count()
    }

    /// Where the bigrams `title` (distinct ids) occur in the paragraphs followed from
    /// ordinal `at` onwards (`forward`) or from ordinal `at` back to the page's start,
    /// at most [`WORD_REACH`] of them.
    pub fn title_words(&self, title: &[u32], at: usize, forward: bool) -> TitleWords {
        // The paragraphs followed: ordinals `at..at + n` forwards, or `top`, `top - 1`, …
        let (top, n) = if forward {
            (at, self.paragraphs.saturating_sub(at).min(WORD_REACH))
        } else {
            let end = (at + 1).min(self.paragraphs);
            (end.wrapping_sub(1), end.min(WORD_REACH))
        };
        let mut first_at = vec![0u32; n + 1];
        let mut used_at = vec![0u32; n + 1];
        for &id in title {
            let list = &self.postings[id as usize];
            let mut first = true;
            let mut hit = |k: usize| {
                used_at[k + 1] += 1;
                if std::mem::take(&mut first) {
                    first_at[k + 1] += 1;
                }
            };
            if forward {
                let from = list.partition_point(|&o| (o as usize) < top);
                for &o in list[from..].iter().take_while(|&&o| (o as usize) < top + n) {
                    hit(o as usize - top);
                }
            } else {
                let to = list.partition_point(|&o| (o as usize) <= top);
                for &o in list[..to]
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
            found: first_at,
            uses: used_at,
        }
    }
}
