//! Another article's columns read onto the end of an article. pdftotext prints the
//! columns of a band article (a commentary across the top of the page) in turn with
//! the articles under it, so the band's later columns can follow the text of the
//! article printed before them. When the last paragraphs of an article, after a
//! finished one, share no word with its headline, run across a column break (one of
//! them stops mid-sentence), and name another nearby article's headline, they are
//! that article's columns and go back to it. Likewise a byline after an article's
//! last sentence, with the text after it, opens the nearby article without a byline
//! whose words that text uses.

use super::super::affinity::{Bigrams, Vocabulary};
use super::super::assemble::ArticlePlan;
use super::super::text::without_series_tag;
use super::super::units::{Unit, UnitKind};
use super::body::Body;
use super::nearby;

/// Least number of a headline's words a run of paragraphs must use to be its article's.
const MIN_WORDS: usize = 2;
/// Least share of a headline's words a run of paragraphs must use to be its article's.
const MIN_COVERAGE: f32 = 0.5;

/// Moves the foreign tail of every titled article (see the module documentation) to
/// the article whose headline it names. `bigrams` are the units' Han bigrams, numbered
/// by `vocabulary`.
pub fn return_foreign_tails(
    units: &[Unit],
    vocabulary: &Vocabulary,
    bigrams: &[Bigrams],
    plans: &mut [ArticlePlan],
) {
    for from in 0..plans.len() {
        let Some(tail) = foreign_tail(units, bigrams, &plans[from]) else {
            continue;
        };
        let words = Bigrams::union(tail.iter().map(|&i| &bigrams[i]));
        let named = |t: usize| {
            let headline = headline_words(units, vocabulary, &plans[t]);
            let shared = headline.shared(&words);
            let coverage = shared as f32 / headline.len().max(1) as f32;
            (shared >= MIN_WORDS && coverage >= MIN_COVERAGE).then_some(coverage)
        };
        let home = nearby(from, plans.len())
            .filter(|&t| t != from && !plans[t].headline.is_empty())
            .filter_map(|t| named(t).map(|c| (t, c)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(t, _)| t);
        if let Some(to) = home {
            plans[from].units.retain(|i| !tail.contains(i));
            plans[to].units.extend(&tail);
            plans[to].units.sort_by_key(|&i| (units[i].src, i));
        }
    }
}

/// Least share of a byline-led tail's words that the body it joins must use.
const MIN_BODY_SHARE: f32 = 0.3;

/// Moves the text that follows a byline inside an article, after a finished
/// paragraph, to the nearby article without a byline whose body uses the most of its
/// words: pdftotext printed the byline and the opening of that article's text after
/// the end of this one.
pub fn return_byline_tails(units: &[Unit], bigrams: &[Bigrams], plans: &mut [ArticlePlan]) {
    for from in 0..plans.len() {
        let order = &plans[from].units;
        let Some(k) = (1..order.len().saturating_sub(1)).find(|&k| {
            units[order[k]].kind == UnitKind::Byline
                && units[order[k - 1]].is_paragraph()
                && !units[order[k - 1]].open_end
        }) else {
            continue;
        };
        let tail: Vec<usize> = order[k..].to_vec();
        let words = Bigrams::union(tail.iter().map(|&i| &bigrams[i]));
        let has_byline =
            |p: &ArticlePlan| p.units.iter().any(|&i| units[i].kind == UnitKind::Byline);
        let own = Body::of_units(units, bigrams, &order[..k]).coverage_of(&words);
        let home = nearby(from, plans.len())
            .filter(|&t| t != from && !has_byline(&plans[t]))
            .map(|t| (t, Body::of(units, bigrams, &plans[t]).coverage_of(&words)))
            .filter(|&(_, c)| c >= MIN_BODY_SHARE && c > own)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(t, _)| t);
        if let Some(to) = home {
            plans[from].units.truncate(k);
            plans[to].units.extend(&tail);
            plans[to].units.sort_by_key(|&i| (units[i].src, i));
        }
    }
}

/// The words of a plan's headline, without its series tag: the tag names the series,
/// which other articles name too.
fn headline_words(units: &[Unit], vocabulary: &Vocabulary, plan: &ArticlePlan) -> Bigrams {
    let texts: Vec<&str> = plan
        .headline
        .iter()
        .map(|&d| without_series_tag(&units[d].text))
        .collect();
    vocabulary.set_of(&texts.join("\n"))
}

/// The paragraphs at the end of a titled article after the last one that uses a word
/// of its headline, if that one is finished and some of them stops mid-sentence.
/// Asked of every article: most end with a paragraph that uses their headline's words.
fn foreign_tail(units: &[Unit], bigrams: &[Bigrams], plan: &ArticlePlan) -> Option<Vec<usize>> {
    let union;
    let own = match plan.headline[..] {
        [] => return None,
        [d] => &bigrams[d],
        _ => {
            union = Bigrams::union(plan.headline.iter().map(|&d| &bigrams[d]));
            &union
        }
    };
    let mut tail = Vec::new();
    let mut cut = false;
    for &i in plan
        .units
        .iter()
        .rev()
        .filter(|&&i| units[i].is_paragraph())
    {
        if bigrams[i].shared(own) > 0 {
            tail.reverse();
            return (cut && !units[i].open_end).then_some(tail);
        }
        cut |= units[i].open_end;
        tail.push(i);
    }
    None
}
