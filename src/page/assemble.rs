//! Article assembly: the page's units are cut into articles by dynamic programming.
//! Each article is a run of units with paragraphs in the middle and its headline at
//! one end, before its body or after it (both happen on one page). Where the cut falls
//! is scored ([`score`]) with general signals: how much a line looks like a headline,
//! the words a headline shares with its body, how little two neighbouring articles
//! share, and where datelines, leads and bylines may stand.

mod facts;
mod headline;
mod score;
mod sums;
mod totals;
mod words;

use facts::Facts;
use score::Choice;

use super::affinity::Bigrams;
use super::units::Unit;

/// One article found: its units and the roles of its display units.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticlePlan {
    /// The units of the article, in page order.
    pub units: Vec<usize>,
    /// The display units that make its headline, in order.
    pub headline: Vec<usize>,
    /// Display units at the end of the body that caption a chart or photo.
    pub captions: Vec<usize>,
}

/// Longest article, in units, that assembly considers.
const MAX_UNITS: usize = 400;
/// Most units other than paragraphs (headline and heading lines, bylines, captions)
/// an article may hold.
const MAX_OTHERS: usize = 16;

/// Cuts `units`, whose Han bigrams are `bigrams`, into articles, in page order.
pub fn assemble(units: &[Unit], bigrams: &[Bigrams]) -> Vec<ArticlePlan> {
    let start = std::time::Instant::now();
    let ctx = Facts::new(units, bigrams);
    if std::env::var_os("DUBAO_TIMING").is_some() {
        eprintln!("facts      {:?}", start.elapsed());
    }
    let n = units.len();
    let mut best: Vec<Option<(f32, usize, Choice)>> = vec![None; n + 1];
    best[0] = Some((0.0, 0, Choice::default()));
    let opens: Vec<bool> = (0..n).map(|a| may_open(units, a)).collect();
    for b in 1..=n {
        // No article ends before `b` without a paragraph.
        let Some(end) = ctx.end(b) else {
            continue;
        };
        let headline_after = !ctx.paragraph[b - 1];
        let mut others = 0;
        for a in (b.saturating_sub(MAX_UNITS)..b).rev() {
            if !ctx.paragraph[a] {
                others += 1;
                if others > MAX_OTHERS {
                    break;
                }
            }
            let Some((base, _, _)) = best[a] else {
                continue;
            };
            if !(headline_after || opens[a]) {
                continue;
            }
            let Some((score, choice)) = ctx.evaluate_at(a, &end) else {
                continue;
            };
            let total = base + score + ctx.boundary[a];
            if best[b].as_ref().is_none_or(|(s, _, _)| total > *s) {
                best[b] = Some((total, a, choice));
            }
        }
    }
    let trace = std::env::var_os("DUBAO_TRACE").is_some();
    if trace {
        trace_units(units);
    }
    let mut plans = Vec::new();
    let mut b = n;
    while b > 0 {
        let Some((_, a, choice)) = best[b].clone() else {
            break;
        };
        if trace {
            let seg = ctx.evaluate(a, b).map_or(f32::NAN, |(s, _)| s);
            eprintln!(
                "ART {a}..{b} seg {seg:.2} boundary {:.2} {choice:?}",
                ctx.boundary[a]
            );
        }
        plans.push(ArticlePlan {
            units: (a..b).collect(),
            headline: displays(units, choice.headline),
            captions: displays(units, choice.captions),
        });
        b = a;
    }
    if b > 0 {
        // No valid cut reached the start (units without any paragraph): keep them whole.
        plans.push(ArticlePlan {
            units: (0..b).collect(),
            ..ArticlePlan::default()
        });
    }
    plans.reverse();
    plans
}

/// The display units among `range`.
fn displays(units: &[Unit], range: std::ops::Range<usize>) -> Vec<usize> {
    range.filter(|&i| units[i].is_display()).collect()
}

/// Can an article start at unit `a` whatever its end? An article that opens with
/// running text has no headline before its body, so it needs one after its body
/// (which its end tells), or it is an untitled piece, which opens the page, follows a
/// byline, caption or dateline, or opens with a dateline lead or a resumed paragraph.
fn may_open(units: &[Unit], a: usize) -> bool {
    let opens_text = units[a].is_paragraph();
    let piece_start = a == 0
        || units[a].continues
        || units[a].lead
        || !units[a - 1].is_paragraph() && !units[a - 1].is_display();
    !opens_text || piece_start
}

/// Prints the units, one per line, for `DUBAO_TRACE`.
fn trace_units(units: &[Unit]) {
    for (i, u) in units.iter().enumerate() {
        let t: String = u.text.chars().take(24).collect();
        let flags: String = [
            (u.wide, 'W'),
            (u.letter_spaced, 'S'),
            (u.wraps_prev, '^'),
            (u.after_kicker, 'k'),
            (u.lead, 'L'),
            (u.continues, '<'),
            (u.open_end, '>'),
        ]
        .iter()
        .filter_map(|&(on, c)| on.then_some(c))
        .collect();
        eprintln!(
            "U{i:3} L{:4} {:?} w{:.1} m{:.1} {flags} {t}",
            u.src + 1,
            u.kind,
            u.width,
            u.measure
        );
    }
}
