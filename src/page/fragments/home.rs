//! Untitled pieces, and subtitles printed away from their titles, joined to the nearby
//! article they share the most words with.

use super::super::affinity::Bigrams;
use super::super::assemble::ArticlePlan;
use super::super::units::{Unit, UnitKind};
use super::body::{Body, BodyWords, best_two};
use super::nearby;

/// Least share of words a piece must have in common with an article to join it.
const MIN_SHARED: f32 = 0.08;
/// How much more a piece must share with its article than with the next best.
const MARGIN: f32 = 1.3;

/// Is the headline only a subtitle (`——消费新亮点  发展新赛道③`)? pdftotext can print
/// a subtitle and byline set beside an article's text far from its title; alone they
/// are no headline, and the piece they open belongs to a titled article.
fn is_subtitle(units: &[Unit], headline: &[usize]) -> bool {
    headline
        .first()
        .is_some_and(|&d| units[d].text.starts_with("——"))
}

/// Gives a titled article the subtitle piece's headline as its subtitle, the piece's
/// byline as its own (placed with the headline, before the body) and its text.
fn join_subtitle(units: &[Unit], target: &mut ArticlePlan, piece: ArticlePlan) {
    let heads: Vec<usize> = target
        .headline
        .iter()
        .chain(&piece.headline)
        .copied()
        .collect();
    let has_byline = target
        .units
        .iter()
        .any(|&i| units[i].kind == UnitKind::Byline);
    let (front, rest): (Vec<usize>, Vec<usize>) = piece.units.iter().partition(|&&i| {
        piece.headline.contains(&i) || (!has_byline && units[i].kind == UnitKind::Byline)
    });
    let mut body: Vec<usize> = target
        .units
        .iter()
        .copied()
        .filter(|i| !target.headline.contains(i))
        .chain(rest)
        .collect();
    body.sort_by_key(|&i| (units[i].src, i));
    target.units = heads
        .iter()
        .copied()
        .chain(front.into_iter().filter(|i| !heads.contains(i)))
        .chain(body)
        .collect();
    target.headline = heads;
    target.captions.extend(piece.captions);
}

/// Which pieces [`join_to_best`] gives a home.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Piece {
    /// Pieces with no headline at all.
    Untitled,
    /// Pieces whose headline is only a subtitle (see [`is_subtitle`]).
    Subtitled,
}

/// Joins each piece of the `kind` asked for, in page order, to the nearby article it
/// shares the most words with, when that is clear: by a margin, or near a tie the one
/// a column break left waiting for more.
pub(super) fn join_to_best(
    units: &[Unit],
    bigrams: &[Bigrams],
    plans: Vec<ArticlePlan>,
    kind: Piece,
) -> Vec<ArticlePlan> {
    let mut bodies = BodyWords::new(plans.len());
    let mut plans: Vec<Option<ArticlePlan>> = plans.into_iter().map(Some).collect();
    let subtitle = kind == Piece::Subtitled;
    for k in 0..plans.len() {
        let Some(piece) = &plans[k] else { continue };
        let wanted = if subtitle {
            is_subtitle(units, &piece.headline)
        } else {
            piece.headline.is_empty()
        };
        if !wanted {
            continue;
        }
        let opens_article = piece
            .units
            .iter()
            .find(|&&i| units[i].is_paragraph())
            .is_some_and(|&i| units[i].lead);
        // A headline was lifted out of it: an article whose headline is waiting.
        let hosts = piece.units.iter().any(|&i| units[i].hosts_headline);
        if opens_article || hosts {
            continue;
        }
        let words = Body::of(units, bigrams, piece).words();
        // A subtitle goes only to a titled article that has none.
        let takes = |p: &ArticlePlan| {
            !subtitle
                || (!p.headline.is_empty()
                    && !p.headline.iter().any(|&d| units[d].text.starts_with("——")))
        };
        let targets = nearby(k, plans.len())
            .filter(|&t| t != k)
            .filter_map(|t| Some((t, plans[t].as_ref().filter(|p| takes(p))?)))
            .map(|(t, p)| (t, Body::of(units, bigrams, p)))
            .collect();
        let Some(((best, t), (second, second_t))) = best_two(&words, targets, &mut bodies) else {
            continue;
        };
        let first_src = piece.units.first().map_or(0, |&i| units[i].src);
        let waiting = |t: usize| waits_for_continuation(units, plans[t].as_ref(), first_src);
        let chosen = if best >= MIN_SHARED && best >= MARGIN * second {
            Some(t)
        } else {
            // Near a tie, the article whose last paragraph a column break left open
            // before this piece is the one it goes on.
            match (waiting(t), second_t.is_some_and(waiting)) {
                (true, false) if best >= MIN_SHARED => Some(t),
                (false, true) if second >= MIN_SHARED => second_t,
                _ => None,
            }
        };
        if let Some(t) = chosen {
            let piece = plans[k].take().expect("checked above");
            let target = plans[t].as_mut().expect("filtered above");
            if subtitle {
                join_subtitle(units, target, piece);
            } else {
                target.units.extend(piece.units);
                target.captions.extend(piece.captions);
                target.units.sort_by_key(|&i| (units[i].src, i));
            }
            bodies.forget(t);
        }
    }
    plans.into_iter().flatten().collect()
}

/// Does `plan` end in a paragraph that stops mid-sentence, printed before `src`: an
/// article whose text a column break cut, waiting for the rest.
pub(super) fn waits_for_continuation(
    units: &[Unit],
    plan: Option<&ArticlePlan>,
    src: usize,
) -> bool {
    plan.and_then(|p| p.units.iter().rev().find(|&&i| units[i].is_paragraph()))
        .is_some_and(|&i| units[i].open_end && units[i].src < src)
}
