//! Articles cut into pieces. Extractors that order text by position on the page
//! (pdftotext) can print a headline inside its own article's paragraph, and the rest
//! of an article after another article. Headlines wedged inside a sentence are lifted
//! out before assembly; after it, untitled pieces join the article whose words they
//! share, and lifted headlines go to the article they name.

use super::affinity::Bigrams;
use super::assemble::ArticlePlan;
use super::units::{Unit, UnitKind, join_lines};

/// Most display lines (and bylines) a wedged headline has.
const MAX_WEDGED: usize = 6;
/// Least share of words a piece must have in common with an article to join it.
const MIN_SHARED: f32 = 0.08;
/// How much more a piece must share with its article than with the next best.
const MARGIN: f32 = 1.3;

/// Units with the headlines wedged into paragraphs taken out.
#[derive(Debug, Clone)]
pub struct Lifted {
    /// The units; those of `floating` are at the end, after `main` of them.
    pub units: Vec<Unit>,
    /// How many units take part in assembly.
    pub main: usize,
    /// Groups of lifted units, as indices into `units`.
    pub floating: Vec<Vec<usize>>,
}

/// Takes out runs of display lines (and bylines) that stand between a paragraph that
/// stops mid-sentence and one that goes on mid-sentence, and joins the paragraph.
pub fn lift_wedged(units: Vec<Unit>) -> Lifted {
    let mut main: Vec<Unit> = Vec::with_capacity(units.len());
    let mut lifted: Vec<Vec<Unit>> = Vec::new();
    let mut i = 0;
    while i < units.len() {
        let u = &units[i];
        let wedge_end = (u.is_display() || u.kind == UnitKind::Byline)
            .then(|| {
                let run = units[i..]
                    .iter()
                    .take_while(|w| w.is_display() || w.kind == UnitKind::Byline)
                    .count();
                i + run
            })
            .filter(|&end| end - i <= MAX_WEDGED && units[i..end].iter().any(Unit::is_display));
        let before_open = main.last().is_some_and(|p| p.is_paragraph() && p.open_end);
        match wedge_end {
            Some(end)
                if before_open
                    && units
                        .get(end)
                        .is_some_and(|n| n.is_paragraph() && n.continues) =>
            {
                lifted.push(units[i..end].to_vec());
                let next = &units[end];
                let prev = main.last_mut().expect("checked above");
                prev.text = join_lines([prev.text.as_str(), next.text.as_str()]);
                prev.open_end = next.open_end;
                i = end + 1;
            }
            _ => {
                main.push(units[i].clone());
                i += 1;
            }
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
    }
}

/// Joins untitled pieces to the article they share the most words with, and gives each
/// lifted headline to the article it names (as its headline if it has none, else as a
/// heading). Returns the plans in page order.
pub fn join_pieces(
    units: &[Unit],
    mut plans: Vec<ArticlePlan>,
    floating: &[Vec<usize>],
) -> Vec<ArticlePlan> {
    let bigrams: Vec<Bigrams> = units.iter().map(|u| Bigrams::of(&u.text)).collect();
    let body = |plan: &ArticlePlan| {
        Bigrams::union(
            plan.units
                .iter()
                .filter(|&&i| units[i].is_paragraph())
                .map(|&i| &bigrams[i]),
        )
    };
    let mut k = 0;
    while k < plans.len() {
        let piece = &plans[k];
        let opens_article = piece
            .units
            .iter()
            .find(|&&i| units[i].is_paragraph())
            .is_some_and(|&i| units[i].lead);
        if !piece.headline.is_empty() || opens_article || plans.len() < 2 {
            k += 1;
            continue;
        }
        let words = body(piece);
        let mut shares: Vec<(f32, usize)> = (0..plans.len())
            .filter(|&t| t != k)
            .map(|t| (words.overlap(&body(&plans[t])), t))
            .collect();
        shares.sort_by(|a, b| b.0.total_cmp(&a.0));
        let best = shares[0];
        let second = shares.get(1).map_or(0.0, |s| s.0);
        if best.0 >= MIN_SHARED && best.0 >= MARGIN * second {
            let piece = plans.remove(k);
            let target = if best.1 > k { best.1 - 1 } else { best.1 };
            plans[target].units.extend(piece.units);
            plans[target].captions.extend(piece.captions);
            plans[target].units.sort_by_key(|&i| (units[i].src, i));
            k = 0;
        } else {
            k += 1;
        }
    }
    for group in floating {
        let words = Bigrams::union(group.iter().map(|&i| &bigrams[i]));
        let src = units[group[0]].src;
        let target = (0..plans.len()).max_by(|&a, &b| {
            let key = |t: usize| {
                (
                    words.coverage_by(&body(&plans[t])),
                    -(distance(units, &plans[t], src) as f32),
                )
            };
            key(a)
                .partial_cmp(&key(b))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        let Some(t) = target else { continue };
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
    rehome_headline_lines(units, &bigrams, &mut plans);
    plans.sort_by_key(|p| p.units.first().map_or(usize::MAX, |&i| units[i].src));
    plans
}

/// Gives an article without a headline the headline lines printed with another
/// article's headline that name it: most of their words are in its body and few in
/// the body of the article they stand with.
fn rehome_headline_lines(units: &[Unit], bigrams: &[Bigrams], plans: &mut [ArticlePlan]) {
    let bodies: Vec<Bigrams> = plans
        .iter()
        .map(|p| {
            Bigrams::union(
                p.units
                    .iter()
                    .filter(|&&i| units[i].is_paragraph())
                    .map(|&i| &bigrams[i]),
            )
        })
        .collect();
    for home in 0..plans.len() {
        if !plans[home].headline.is_empty() {
            continue;
        }
        for from in 0..plans.len() {
            if from == home || plans[from].headline.len() < 2 {
                continue;
            }
            let moving: Vec<usize> = plans[from]
                .headline
                .iter()
                .copied()
                .filter(|&d| {
                    !bigrams[d].is_empty()
                        && bigrams[d].coverage_by(&bodies[home]) >= 0.5
                        && bigrams[d].coverage_by(&bodies[from]) <= 0.2
                })
                .collect();
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

/// How far, in source lines, a plan's text is from line `src`.
fn distance(units: &[Unit], plan: &ArticlePlan, src: usize) -> usize {
    plan.units
        .iter()
        .map(|&i| units[i].src.abs_diff(src))
        .min()
        .unwrap_or(usize::MAX)
}
