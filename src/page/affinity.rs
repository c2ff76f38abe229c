//! Lexical affinity between pieces of text, measured on pairs of neighbouring Han
//! characters: a headline shares its key words with its article, and the paragraphs of
//! one article share more words with each other than with the next article's.

mod lookup;

pub use lookup::Lookup;

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

/// The distinct Han bigrams of a text, sorted, as packed integers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bigrams(Vec<Bigram>);

impl Bigrams {
    /// The bigrams of `text` (spaces and punctuation break pairs).
    pub fn of(text: &str) -> Self {
        // A Han character takes three bytes: at most one pair per three bytes.
        let mut pairs = Vec::with_capacity(text.len() / 3);
        let mut prev: Option<u32> = None;
        for c in text.chars() {
            if is_han(c) {
                let key = han_key(c);
                if let Some(p) = prev {
                    pairs.push((p << 16) | key);
                }
                prev = Some(key);
            } else {
                prev = None;
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        Self(pairs)
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

    /// The bigrams, sorted, as packed integers.
    pub fn as_slice(&self) -> &[Bigram] {
        &self.0
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

    /// Number of bigrams shared with each of `others`. The walks through the sets go
    /// side by side, so that the processor overlaps them (several times faster than
    /// one [`Bigrams::shared`] after another).
    pub fn shared_each<const N: usize>(&self, others: [&Bigrams; N]) -> [usize; N] {
        let mine = &self.0;
        let (mut i, mut j, mut shared) = ([0; N], [0; N], [0; N]);
        loop {
            let mut walking = false;
            for k in 0..N {
                let theirs = &others[k].0;
                if i[k] < mine.len() && j[k] < theirs.len() {
                    walking = true;
                    let (x, y) = (mine[i[k]], theirs[j[k]]);
                    shared[k] += usize::from(x == y);
                    i[k] += usize::from(x <= y);
                    j[k] += usize::from(y <= x);
                }
            }
            if !walking {
                return shared;
            }
        }
    }

    /// Number of this set's bigrams found in at least one of `others`. The sets are
    /// walked four side by side, as in [`Bigrams::shared_each`].
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

    /// Overlap of two unions of sets, relative to the smaller union, without building
    /// the unions.
    pub fn union_overlap(left: &[&Bigrams], right: &[&Bigrams]) -> f32 {
        let in_any =
            |sets: &[&Bigrams], b: &Bigram| sets.iter().any(|s| s.0.binary_search(b).is_ok());
        // Each distinct bigram of a union, counted at its first set.
        let distinct = |sets: &[&Bigrams]| {
            sets.iter()
                .enumerate()
                .flat_map(|(k, s)| s.0.iter().filter(move |b| !in_any(&sets[..k], b)))
                .count()
        };
        let (nl, nr) = (distinct(left), distinct(right));
        let small = nl.min(nr);
        if small == 0 {
            return 0.0;
        }
        let shared = left
            .iter()
            .enumerate()
            .flat_map(|(k, s)| s.0.iter().filter(move |b| !in_any(&left[..k], b)))
            .filter(|b| in_any(right, b))
            .count();
        shared as f32 / small as f32
    }

    /// Overlap of two sets relative to the smaller one.
    pub fn overlap(&self, other: &Bigrams) -> f32 {
        self.overlap_given(other, self.shared(other))
    }

    /// Overlap with each of `others` (see [`Bigrams::overlap`]).
    pub fn overlap_each<const N: usize>(&self, others: [&Bigrams; N]) -> [f32; N] {
        let shared = self.shared_each(others);
        std::array::from_fn(|k| self.overlap_given(others[k], shared[k]))
    }

    /// Overlap with `other`, which shares `shared` bigrams with this set.
    fn overlap_given(&self, other: &Bigrams, shared: usize) -> f32 {
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
    fn unions_without_building_them() {
        let a = Bigrams::of("中国中亚合作");
        let b = Bigrams::of("中亚合作共赢");
        let c = Bigrams::of("区域合作典范");
        let built = Bigrams::union([&a, &b]).overlap(&Bigrams::union([&c]));
        assert!((Bigrams::union_overlap(&[&a, &b], &[&c]) - built).abs() < 1e-6);
        let cov = Bigrams::of("合作共赢").coverage_by(&Bigrams::union([&a, &b]));
        assert!((Bigrams::of("合作共赢").coverage_by_any(&[&a, &b]) - cov).abs() < 1e-6);
    }

    #[test]
    fn shared_side_by_side() {
        let a = Bigrams::of("中国中亚合作共赢");
        let others = [
            Bigrams::of("中亚合作共赢"),
            Bigrams::of("区域合作典范"),
            Bigrams::default(),
        ];
        let each = a.shared_each([&others[0], &others[1], &others[2]]);
        assert_eq!(each, others.each_ref().map(|o| a.shared(o)));
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
