//! Lexical affinity between pieces of text, measured on pairs of neighbouring Han
//! characters: a headline shares its key words with its article, and the paragraphs of
//! one article share more words with each other than with the next article's.

mod lookup;
mod vocabulary;

pub use lookup::Lookup;
pub use vocabulary::Vocabulary;

use super::text::is_han;

/// Two neighbouring Han characters packed in one integer: each character's code point
/// in its 16 low bits. Characters beyond the Basic Multilingual Plane (rare in news
/// text) are folded onto the private-use area, where two of them may count as one.
pub type Bigram = u32;

/// A Han character's half of a [`Bigram`] (never 0).
fn han_key(c: char) -> u32 {
    let c = u32::from(c);
    if c < 0x1_0000 {
        c
    } else {
        0xE000 + (c - 0x2_0000) % 0x1900
    }
}

/// Calls `f` with each pair of neighbouring Han characters of `text`, in order, as a
/// [`Bigram`] (spaces and punctuation break pairs).
fn han_pairs(text: &str, mut f: impl FnMut(Bigram)) {
    let mut prev: Option<u32> = None;
    for c in text.chars() {
        if is_han(c) {
            let key = han_key(c);
            if let Some(p) = prev {
                f((p << 16) | key);
            }
            prev = Some(key);
        } else {
            prev = None;
        }
    }
}

/// A set of words as sorted ids without repeats: the Han bigrams of a text, either
/// packed ([`Bigrams::of`]) or numbered by the page's [`Vocabulary`]. Sets are only
/// compared with sets numbered the same way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bigrams(Vec<Bigram>);

impl Bigrams {
    /// The bigrams of `text`, packed (spaces and punctuation break pairs).
    pub fn of(text: &str) -> Self {
        // A Han character takes three bytes: at most one pair per three bytes.
        let mut pairs = Vec::with_capacity(text.len() / 3);
        han_pairs(text, |g| pairs.push(g));
        pairs.sort_unstable();
        pairs.dedup();
        Self(pairs)
    }

    /// The set of `ids`, sorted without repeats.
    fn from_sorted(ids: Vec<Bigram>) -> Self {
        debug_assert!(ids.windows(2).all(|w| w[0] < w[1]));
        Self(ids)
    }

    /// The union of several bigram sets.
    pub fn union<'a, I>(sets: I) -> Self
    where
        I: IntoIterator<Item = &'a Bigrams>,
        I::IntoIter: Clone,
    {
        let sets = sets.into_iter();
        let mut all = Vec::with_capacity(sets.clone().map(Bigrams::len).sum());
        for set in sets {
            all.extend_from_slice(&set.0);
        }
        all.sort_unstable();
        all.dedup();
        Self(all)
    }

    /// The words' ids, sorted.
    pub fn as_slice(&self) -> &[Bigram] {
        &self.0
    }

    /// One past the largest id (0 for no word): the size of an array indexed by id.
    pub fn id_end(&self) -> usize {
        self.0.last().map_or(0, |&id| id as usize + 1)
    }

    /// Number of distinct bigrams.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Has no bigram.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Number of bigrams shared with `other`.
    pub fn shared(&self, other: &Bigrams) -> usize {
        let (mine, theirs) = (&self.0, &other.0);
        let (mut i, mut j, mut shared) = (0, 0, 0);
        // Both sets are sorted without repeats: step past the smaller (or both when
        // equal) without a branch to mispredict.
        while i < mine.len() && j < theirs.len() {
            let (x, y) = (mine[i], theirs[j]);
            shared += usize::from(x == y);
            i += usize::from(x <= y);
            j += usize::from(y <= x);
        }
        shared
    }

    /// Number of this set's bigrams found in at least one of `others`. The sets are
    /// walked four side by side, so that the processor overlaps them.
    pub fn shared_with_any(&self, others: &[&Bigrams]) -> usize {
        let mine = &self.0;
        let mut found = vec![false; mine.len()];
        for group in others.chunks(4) {
            let theirs: [&[Bigram]; 4] =
                std::array::from_fn(|k| group.get(k).map_or(&[][..], |s| &s.0));
            let (mut i, mut j) = ([0; 4], [0; 4]);
            loop {
                let mut walking = false;
                for k in 0..4 {
                    if i[k] < mine.len() && j[k] < theirs[k].len() {
                        walking = true;
                        let (x, y) = (mine[i[k]], theirs[k][j[k]]);
                        found[i[k]] |= x == y;
                        i[k] += usize::from(x <= y);
                        j[k] += usize::from(y <= x);
                    }
                }
                if !walking {
                    break;
                }
            }
        }
        found.iter().filter(|&&f| f).count()
    }

    /// Share of this set's bigrams found in `other` (0 when this set is empty).
    pub fn coverage_by(&self, other: &Bigrams) -> f32 {
        if self.0.is_empty() {
            0.0
        } else {
            self.shared(other) as f32 / self.0.len() as f32
        }
    }

    /// Share of this set's bigrams found in any of `others`.
    pub fn coverage_by_any(&self, others: &[&Bigrams]) -> f32 {
        if self.0.is_empty() {
            return 0.0;
        }
        let found = self
            .0
            .iter()
            .filter(|b| others.iter().any(|o| o.0.binary_search(b).is_ok()))
            .count();
        found as f32 / self.0.len() as f32
    }

    /// Overlap of two sets relative to the smaller one.
    pub fn overlap(&self, other: &Bigrams) -> f32 {
        self.overlap_given(other, self.shared(other))
    }

    /// Overlap with `other`, which shares `shared` bigrams with this set (counted some
    /// other way than [`Bigrams::shared`]).
    pub fn overlap_given(&self, other: &Bigrams, shared: usize) -> f32 {
        let small = self.0.len().min(other.0.len());
        if small == 0 {
            0.0
        } else {
            shared as f32 / small as f32
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_beyond_the_bmp_make_words_of_their_own() {
        // 𠮷 (U+20BB7) is folded below 16 bits, away from every BMP Han character.
        let rare = Bigrams::of("𠮷野家");
        assert_eq!(rare.len(), 2);
        assert_eq!(rare.shared(&Bigrams::of("吉野家")), 1);
        assert_eq!(rare.shared(&Bigrams::of("𠮷野")), 1);
        assert!(Bigrams::of("一𠮷").as_slice().iter().all(|&g| g != 0));
    }

    #[test]
    fn headline_covered_by_its_article() {
        let title = Bigrams::of("广东加快绿色能源基础设施建设");
        let body = Bigrams::of(
            "为推动绿色能源基础设施建设，南方电网今年将在广东打造一批绿色低碳示范工程。",
        );
        let other = Bigrams::of("会议指出，过去一年，打击新闻传播违法违规活动成效显著。");
        assert!(title.coverage_by(&body) > 0.6);
        assert!(title.coverage_by(&other) < 0.1);
    }

    #[test]
    fn coverage_by_a_union_without_building_it() {
        let a = Bigrams::of("中国中亚合作");
        let b = Bigrams::of("中亚合作共赢");
        let cov = Bigrams::of("合作共赢").coverage_by(&Bigrams::union([&a, &b]));
        assert!((Bigrams::of("合作共赢").coverage_by_any(&[&a, &b]) - cov).abs() < 1e-6);
    }

    #[test]
    fn shared_with_a_union_without_building_it() {
        let a = Bigrams::of("中国中亚合作共赢区域");
        let (b, c) = (Bigrams::of("中亚合作"), Bigrams::of("共赢区域典范"));
        let union = Bigrams::union([&b, &c]);
        assert_eq!(a.shared_with_any(&[&b, &c]), a.shared(&union));
    }

    #[test]
    fn punctuation_breaks_pairs() {
        assert_eq!(Bigrams::of("甲，乙").len(), 0);
        assert_eq!(Bigrams::of("甲乙甲乙").len(), 2);
    }
}
