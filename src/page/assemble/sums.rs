//! Running counts over the units, the links from each unit to the paragraphs
//! around it, and how many words neighbouring paragraphs share.

use super::super::affinity::Bigrams;
use super::super::units::{Unit, UnitKind};

/// Running counts: element `i` counts the units before unit `i` for which `f` holds.
pub fn counts(n: usize, f: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut out = Vec::with_capacity(n + 1);
    let mut total = 0;
    out.push(0);
    for i in 0..n {
        total += usize::from(f(i));
        out.push(total);
    }
    out
}

/// For each unit, the paragraphs around it and the display line that opens the run of
/// other units it stands in.
pub struct Links {
    /// Index of the first paragraph at or after each unit (`len` if none).
    pub next_paragraph: Vec<usize>,
    /// Index of the last paragraph at or before each unit.
    pub prev_paragraph: Vec<Option<usize>>,
    /// The first display unit from each unit up to the next paragraph.
    pub first_display: Vec<Option<usize>>,
}

impl Links {
    /// The links of `units`.
    pub fn new(units: &[Unit]) -> Self {
        let n = units.len();
        let mut next_paragraph = vec![n; n + 1];
        let mut first_display = vec![None; n + 1];
        for i in (0..n).rev() {
            let u = &units[i];
            next_paragraph[i] = if u.is_paragraph() {
                i
            } else {
                next_paragraph[i + 1]
            };
            first_display[i] = match u.kind {
                UnitKind::Paragraph => None,
                UnitKind::Display => Some(i),
                _ => first_display[i + 1],
            };
        }
        let mut prev_paragraph = vec![None; n];
        let mut last = None;
        for (i, slot) in prev_paragraph.iter_mut().enumerate() {
            if units[i].is_paragraph() {
                last = Some(i);
            }
            *slot = last;
        }
        Self {
            next_paragraph,
            prev_paragraph,
            first_display,
        }
    }
}

/// How many words the paragraphs on the two sides of each gap between paragraphs
/// share: gap `k` lies between paragraphs `k` and `k + 1`; two paragraphs on each
/// side are compared pairwise. The sets are numbered by the page's vocabulary.
pub fn gap_cohesion(bigrams: &[Bigrams], paragraphs: &[usize]) -> Vec<f32> {
    let set = |k: usize| &bigrams[paragraphs[k]];
    let n = paragraphs.len();
    let ahead = shared_ahead(bigrams, paragraphs);
    // The overlap of paragraph `k` with each of the three paragraphs after it: every
    // pair compared is among these, and most are compared for two gaps.
    let overlap = |k: usize, d: usize| set(k).overlap_given(set(k + d), ahead[k][d] as usize);
    (0..n.saturating_sub(1))
        .map(|k| {
            let left = k.saturating_sub(1)..=k;
            let right = k + 1..=(k + 2).min(n - 1);
            let mut total = 0.0;
            let mut pairs = 0.0;
            for l in left {
                for r in right.clone() {
                    total += overlap(l, r - l);
                    pairs += 1.0;
                }
            }
            total / pairs
        })
        .collect()
}

/// How many words each paragraph shares with each of the three after it, counted in
/// one pass over the paragraphs: every word remembers the last three paragraphs that
/// used it, and a paragraph that uses it again shares it with those within reach.
/// Element `d` of a paragraph's entry counts the words shared with the paragraph `d`
/// after it (element 0 is unused, so that the distance indexes it without a check).
fn shared_ahead(bigrams: &[Bigrams], paragraphs: &[usize]) -> Vec<[u32; 4]> {
    // Paragraphs are remembered by ordinal plus `SHIFT`, so that 0 means none (the
    // array then starts zeroed, which the allocator does cheaply) and stands farther
    // than three paragraphs from every paragraph.
    const SHIFT: u32 = 4;
    let ids = paragraphs.iter().map(|&p| bigrams[p].id_end()).max();
    // For each word, the last three paragraphs using it, latest first.
    let mut recent = vec![[0u32; 3]; ids.unwrap_or(0)];
    let mut ahead = vec![[0u32; 4]; paragraphs.len()];
    for (k, &p) in paragraphs.iter().enumerate() {
        let k = k as u32 + SHIFT;
        for &id in bigrams[p].as_slice() {
            let last = &mut recent[id as usize];
            let [q0, q1, q2] = *last;
            *last = [k, q0, q1];
            // The paragraphs remembered are latest first: once one is out of reach,
            // so are those before it.
            for q in [q0, q1, q2] {
                let d = k - q;
                if d > 3 {
                    break;
                }
                ahead[(q - SHIFT) as usize][d as usize] += 1;
            }
        }
    }
    ahead
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::super::affinity::Vocabulary;
    use super::*;

    /// The cohesion at each gap as its doc says: the mean overlap of the two
    /// paragraphs on each side with the two on the other.
    fn pairwise(bigrams: &[Bigrams], paragraphs: &[usize]) -> Vec<f32> {
        let n = paragraphs.len();
        (0..n.saturating_sub(1))
            .map(|k| {
                let mut total = 0.0;
                let mut pairs = 0.0;
                for l in k.saturating_sub(1)..=k {
                    for r in k + 1..=(k + 2).min(n - 1) {
                        total += bigrams[paragraphs[l]].overlap(&bigrams[paragraphs[r]]);
                        pairs += 1.0;
                    }
                }
                total / pairs
            })
            .collect()
    }

    proptest! {
        #[test]
        fn cohesion_is_the_mean_pairwise_overlap(
            texts in prop::collection::vec("[一二三四五六七八九十，]{0,12}", 0..12),
        ) {
            let (_, bigrams) = Vocabulary::sets_of(texts.iter().map(String::as_str));
            let paragraphs: Vec<usize> = (0..bigrams.len()).collect();
            prop_assert_eq!(gap_cohesion(&bigrams, &paragraphs), pairwise(&bigrams, &paragraphs));
        }
    }
}
