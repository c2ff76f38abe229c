//! The words of an article's body as the bigram sets of its paragraphs, and the
//! article a piece shares the most words with. How many of some words a body uses is
//! counted set by set; the union of a body's sets (a hash table) is only built when
//! its size can change which article is chosen.

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

/// The number of distinct words in each plan's body, once worked out.
pub struct BodySizes(Vec<Option<usize>>);

impl BodySizes {
    /// None known yet for any of `plans` plans.
    pub fn new(plans: usize) -> Self {
        Self(vec![None; plans])
    }

    /// The size of plan `t`'s body `body`.
    fn of(&mut self, t: usize, body: &Body) -> usize {
        *self.0[t].get_or_insert_with(|| body.words().len())
    }

    /// Plan `t` changed.
    pub fn forget(&mut self, t: usize) {
        self.0[t] = None;
    }
}

/// A plan a piece may join, and what is known of their overlap.
struct Candidate<'a> {
    t: usize,
    body: Body<'a>,
    shared: usize,
    /// The overlap, once exact.
    exact: Option<f32>,
    /// The most the overlap can be.
    most: f32,
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
    sizes: &mut BodySizes,
) -> Option<(Share, (f32, Option<usize>))> {
    let len = words.len();
    let ratio = |shared: usize, small: usize| {
        if small == 0 {
            0.0
        } else {
            shared as f32 / small as f32
        }
    };
    let mut candidates: Vec<Candidate> = targets
        .into_iter()
        .map(|(t, body)| {
            let shared = words.shared_with_any(&body.sets);
            let largest = body.sets.iter().map(|s| s.len()).max().unwrap_or(0);
            // A body has at least as many words as its largest paragraph: its size only
            // matters when that is fewer than `words`, and the overlap is at most the
            // share of that paragraph's size.
            let exact = (largest >= len || shared == 0).then(|| ratio(shared, len));
            let most = exact.unwrap_or_else(|| ratio(shared, largest));
            Candidate {
                t,
                body,
                shared,
                exact,
                most,
            }
        })
        .collect();
    // Work out exact overlaps, largest possible first, until no other can reach the
    // second largest exact one.
    loop {
        let mut exact: Vec<f32> = candidates.iter().filter_map(|c| c.exact).collect();
        exact.sort_by(|a, b| b.total_cmp(a));
        let open = candidates
            .iter_mut()
            .filter(|c| c.exact.is_none())
            .max_by(|a, b| a.most.total_cmp(&b.most));
        let Some(open) = open else { break };
        if exact.get(1).is_some_and(|&second| open.most < second) {
            break;
        }
        let size = sizes.of(open.t, &open.body);
        open.exact = Some(ratio(open.shared, len.min(size)));
    }
    let mut shares: Vec<(f32, usize)> = candidates
        .iter()
        .filter_map(|c| Some((c.exact?, c.t)))
        .collect();
    shares.sort_by(|a, b| b.0.total_cmp(&a.0));
    let best = *shares.first()?;
    let second = shares.get(1).map_or((0.0, None), |s| (s.0, Some(s.1)));
    Some((best, second))
}
