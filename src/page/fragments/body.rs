//! The words of an article's body as the bigram sets of its paragraphs, and the
//! article a piece shares the most words with. The union of a body's sets (a bitset
//! over the page's word ids) is built once per article and shared by every piece that
//! looks at it; a piece's overlap with it is one AND per 64 words.

use super::super::affinity::{Bigrams, Lookup};
use super::super::assemble::ArticlePlan;
use super::super::units::Unit;

/// The bigram sets of a plan's paragraphs.
pub struct Body<'a> {
    sets: Vec<&'a Bigrams>,
}

impl<'a> Body<'a> {
    /// The body of `plan`, among `units` whose bigrams are `bigrams`.
    pub fn of(units: &[Unit], bigrams: &'a [Bigrams], plan: &ArticlePlan) -> Self {
        Self::of_units(units, bigrams, &plan.units)
    }

    /// The body made of the paragraphs among `members` (indices into `units`).
    pub fn of_units(units: &[Unit], bigrams: &'a [Bigrams], members: &[usize]) -> Self {
        Self {
            sets: members
                .iter()
                .filter(|&&i| units[i].is_paragraph())
                .map(|&i| &bigrams[i])
                .collect(),
        }
    }

    /// All the body's words in one set, indexed.
    pub fn words(&self) -> Lookup {
        Lookup::union(&self.sets)
    }

    /// Share of `words` that the body uses: the [`Bigrams::coverage_by`] of the body's
    /// words (0 without words).
    pub fn coverage_of(&self, words: &Bigrams) -> f32 {
        if words.is_empty() {
            0.0
        } else {
            words.shared_with_any(&self.sets) as f32 / words.len() as f32
        }
    }
}

/// The words of each plan's body, each worked out once (until the plan changes).
pub struct BodyWords(Vec<Option<Lookup>>);

impl BodyWords {
    /// None known yet for any of `plans` plans.
    pub fn new(plans: usize) -> Self {
        Self(std::iter::repeat_with(|| None).take(plans).collect())
    }

    /// The words of plan `t`'s body `body`.
    fn of(&mut self, t: usize, body: &Body) -> &Lookup {
        self.0[t].get_or_insert_with(|| body.words())
    }

    /// Plan `t` changed.
    pub fn forget(&mut self, t: usize) {
        self.0[t] = None;
    }
}

/// An overlap and the plan it is with.
pub type Share = (f32, usize);

/// The overlap of `words` with each body of `targets` (plan index and body), in the
/// sense of [`Bigrams::overlap`], sorted from the largest, ties in the given order,
/// as far as the two largest: the best plan with its overlap, and the second overlap
/// (0 if there is none) with its plan. `None` without targets.
pub fn best_two(
    words: &Lookup,
    targets: Vec<(usize, Body)>,
    bodies: &mut BodyWords,
) -> Option<(Share, (f32, Option<usize>))> {
    let len = words.len();
    let mut shares: Vec<Share> = targets
        .into_iter()
        .map(|(t, body)| {
            let body = bodies.of(t, &body);
            let small = len.min(body.len());
            let overlap = if small == 0 {
                0.0
            } else {
                words.shared_with(body) as f32 / small as f32
            };
            (overlap, t)
        })
        .collect();
    shares.sort_by(|a, b| b.0.total_cmp(&a.0));
    let best = *shares.first()?;
    let second = shares.get(1).map_or((0.0, None), |s| (s.0, Some(s.1)));
    Some((best, second))
}
