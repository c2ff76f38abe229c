//! Articles cut into pieces. Extractors that order text by position on the page
//! (pdftotext) can print a headline inside its own article's paragraph, and the rest
//! of an article after another article. Headlines wedged inside a sentence are lifted
//! out before assembly; after it, untitled pieces join the article whose words they
//! share, and lifted headlines go to the article they name.

mod body;
mod home;
mod tails;

use body::Body;
use home::{Piece, join_to_best};
use tails::{return_byline_tails, return_foreign_tails};

use super::affinity::{Bigrams, Vocabulary};
use super::assemble::ArticlePlan;
use super::text::is_han;
use super::units::{Unit, UnitKind, join_lines};

/// Most display lines (and bylines) a wedged headline has.
const MAX_WEDGED: usize = 6;

/// Units with the headlines wedged into paragraphs taken out.
#[derive(Debug, Clone)]
pub struct Lifted {
    /// The units; those of `floating` are at the end, after `main` of them.
    pub units: Vec<Unit>,
    /// How many units take part in assembly.
    pub main: usize,
    /// Groups of lifted units, as indices into `units`.
    pub floating: Vec<Vec<usize>>,
    /// For each group, the paragraph it was lifted out of.
    pub hosts: Vec<usize>,
}

/// The unit in slot `k`, if there is one and it was not taken.
fn unit(slots: &[Option<Unit>], k: usize) -> Option<&Unit> {
    slots.get(k).and_then(Option::as_ref)
}

/// Takes out runs of display lines (and bylines) that stand between a paragraph that
/// stops mid-sentence and one that goes on mid-sentence, and joins the paragraph.
pub fn lift_wedged(units: Vec<Unit>) -> Lifted {
    let mut main: Vec<Unit> = Vec::with_capacity(units.len());
    let mut lifted: Vec<Vec<Unit>> = Vec::new();
    let mut hosts = Vec::new();
    let is_wedge = |w: &Unit| w.is_display() || w.kind == UnitKind::Byline;
    let mut slots: Vec<Option<Unit>> = units.into_iter().map(Some).collect();
    let mut i = 0;
    while i < slots.len() {
        let run = (i..slots.len())
            .take_while(|&k| unit(&slots, k).is_some_and(is_wedge))
            .count();
        let end = i + run;
        let wedged = run > 0
            && run <= MAX_WEDGED
            && (i..end).any(|k| unit(&slots, k).is_some_and(Unit::is_display))
            && main.last().is_some_and(|p| p.is_paragraph() && p.open_end)
            && unit(&slots, end).is_some_and(|n| n.is_paragraph() && n.continues);
        // A run opening with a line without a word (`2027`) is a number that
        // extraction set apart from its sentence, with what follows it (`…提出到` /
        // `2027` / `年，重点轻`): no headline opens so; it goes back into the sentence.
        let opens_wordless = || unit(&slots, i).is_some_and(|u| !u.text.chars().any(is_han));
        if wedged && opens_wordless() {
            let run: Vec<Unit> = slots[i..=end].iter_mut().filter_map(Option::take).collect();
            let prev = main.last_mut().expect("checked above");
            let texts =
                std::iter::once(prev.text.as_str()).chain(run.iter().map(|u| u.text.as_str()));
            prev.text = join_lines(texts);
            prev.open_end = run.last().expect("checked above").open_end;
            i = end + 1;
        } else if wedged {
            lifted.push(slots[i..end].iter_mut().filter_map(Option::take).collect());
            let next = slots[end].take().expect("checked above");
            let prev = main.last_mut().expect("checked above");
            prev.text = join_lines([prev.text.as_str(), next.text.as_str()]);
            prev.open_end = next.open_end;
            prev.hosts_headline |= lifted
                .last()
                .is_some_and(|g| g.iter().any(Unit::is_display));
            hosts.push(main.len() - 1);
            i = end + 1;
        } else {
            main.extend(slots[i].take());
            i += 1;
        }
    }
    let n = main.len();
    let mut floating = Vec::new();
    for group in lifted {
        let start = main.len();
        main.extend(group);
        floating.push((start..main.len()).collect());
    }
    Lifted {
        units: main,
        main: n,
        floating,
        hosts,
    }
}

/// Joins untitled pieces to the article they share the most words with, and gives each
/// lifted headline to the article it names (as its headline if it has none, else as a
/// heading). `bigrams` are the units' Han bigrams, numbered by `vocabulary`. Returns
/// the plans in page order.
pub fn join_pieces(
    units: &[Unit],
    vocabulary: &Vocabulary,
    bigrams: &[Bigrams],
    plans: Vec<ArticlePlan>,
    floating: &[Vec<usize>],
    hosts: &[usize],
) -> Vec<ArticlePlan> {
    let mut plans = join_to_best(units, bigrams, plans, Piece::Untitled);
    for (n, group) in floating.iter().enumerate() {
        let words = Bigrams::union(group.iter().map(|&i| &bigrams[i]));
        let src = units[group[0]].src;
        let home = plans.partition_point(|p| p.units.first().is_some_and(|&i| units[i].src < src));
        // The article the headline was lifted out of, if nothing titled it since.
        let host = hosts.get(n).and_then(|&h| {
            plans
                .iter()
                .position(|p| p.headline.is_empty() && p.units.contains(&h))
        });
        let target = host.or_else(|| {
            nearby(home, plans.len()).max_by(|&a, &b| {
                let key = |t: usize| {
                    (
                        Body::of(units, bigrams, &plans[t]).coverage_of(&words),
                        -(distance(units, &plans[t], src) as f32),
                    )
                };
                key(a)
                    .partial_cmp(&key(b))
                    .unwrap_or(std::cmp::Ordering::Equal)
            })
        });
        let Some(t) = target else {
            // No article to join (a page of nothing else): it stands alone.
            plans.push(ArticlePlan {
                units: group.clone(),
                ..ArticlePlan::default()
            });
            continue;
        };
        let plan = &mut plans[t];
        if plan.headline.is_empty() {
            plan.headline = group
                .iter()
                .copied()
                .filter(|&i| units[i].is_display())
                .collect();
        }
        plan.units.extend(group);
        plan.units.sort_by_key(|&i| (units[i].src, i));
    }
    rehome_headline_lines(units, bigrams, &mut plans);
    let mut plans = join_to_best(units, bigrams, plans, Piece::Subtitled);
    return_foreign_tails(units, vocabulary, bigrams, &mut plans);
    return_byline_tails(units, bigrams, &mut plans);
    plans.sort_by_key(|p| p.units.first().map_or(usize::MAX, |&i| units[i].src));
    plans
}

/// How many articles on each side of a piece are looked at for its home: pieces of
/// one article are printed near each other.
const REACH: usize = 8;

/// Indices of the plans within [`REACH`] of plan `k` (of `len`).
fn nearby(k: usize, len: usize) -> std::ops::Range<usize> {
    k.saturating_sub(REACH)..(k + REACH + 1).min(len)
}

/// Gives an article without a headline the headline lines printed with another
/// article's headline that name it: most of their words are in its body and few in
/// the body of the article they stand with.
fn rehome_headline_lines(units: &[Unit], bigrams: &[Bigrams], plans: &mut [ArticlePlan]) {
    for home in 0..plans.len() {
        if !plans[home].headline.is_empty() {
            continue;
        }
        let home_body = Body::of(units, bigrams, &plans[home]);
        for from in nearby(home, plans.len()) {
            if from == home || plans[from].headline.len() < 2 {
                continue;
            }
            let from_body = Body::of(units, bigrams, &plans[from]);
            // A line moves with the lines that wrap from it (`…行动（坚定信` /
            // `心，打开改革发展新天地）`): the parts of a headline, not its lines, move.
            let mut moving: Vec<usize> = Vec::new();
            for part in headline_parts(units, &plans[from].headline) {
                let words = Bigrams::union(part.iter().map(|&d| &bigrams[d]));
                if !words.is_empty()
                    && home_body.coverage_of(&words) >= 0.5
                    && from_body.coverage_of(&words) <= 0.2
                {
                    moving.extend_from_slice(part);
                }
            }
            if moving.is_empty() || moving.len() == plans[from].headline.len() {
                continue;
            }
            plans[from].headline.retain(|d| !moving.contains(d));
            plans[from].units.retain(|d| !moving.contains(d));
            plans[home].headline.clone_from(&moving);
            plans[home].units.extend(moving);
            plans[home].units.sort_by_key(|&i| (units[i].src, i));
            break;
        }
    }
}

/// A headline's lines cut into parts: each line with the lines that wrap from it.
fn headline_parts<'a>(units: &[Unit], headline: &'a [usize]) -> Vec<&'a [usize]> {
    let mut parts = Vec::new();
    let mut start = 0;
    for k in 1..=headline.len() {
        if k == headline.len() || !units[headline[k]].wraps_prev {
            parts.push(&headline[start..k]);
            start = k;
        }
    }
    parts
}

/// How far, in source lines, a plan's text is from line `src`.
fn distance(units: &[Unit], plan: &ArticlePlan, src: usize) -> usize {
    plan.units
        .iter()
        .map(|&i| units[i].src.abs_diff(src))
        .min()
        .unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests;
