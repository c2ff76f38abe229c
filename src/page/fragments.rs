//! Articles cut into pieces. Extractors that order text by position on the page
//! (pdftotext) can print a headline inside its own article's paragraph, and the rest
//! of an article after another article. Headlines wedged inside a sentence are lifted
//! out before assembly; after it, untitled pieces join the article whose words they
//! share, and lifted headlines go to the article they name.

mod body;
mod home;

use body::Body;
use home::{Piece, join_to_best};

use super::affinity::Bigrams;
use super::assemble::ArticlePlan;
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
        if wedged {
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
/// heading). `bigrams` are the units' Han bigrams. Returns the plans in page order.
pub fn join_pieces(
    units: &[Unit],
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
    rehome_headline_lines(units, bigrams, &mut plans);
    let mut plans = join_to_best(units, bigrams, plans, Piece::Subtitled);
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
            let moving: Vec<usize> = plans[from]
                .headline
                .iter()
                .copied()
                .filter(|&d| {
                    !bigrams[d].is_empty()
                        && home_body.coverage_of(&bigrams[d]) >= 0.5
                        && from_body.coverage_of(&bigrams[d]) <= 0.2
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

#[cfg(test)]
mod tests {
    use super::home::waits_for_continuation;
    use super::*;
    use crate::page::units::UnitKind;

    fn paragraph(text: &str, src: usize, open_end: bool) -> Unit {
        let mut unit = Unit::new(UnitKind::Paragraph, text.to_string(), src);
        unit.open_end = open_end;
        unit
    }

    #[test]
    fn a_subtitle_printed_away_from_its_title_joins_it() {
        let unit = |kind, text: &str, src| Unit::new(kind, text.to_string(), src);
        let units = [
            unit(UnitKind::Display, "中国中亚合作开创区域新局面", 0),
            paragraph(
                "中国与中亚成为命运与共的好邻居，在亚欧大陆开创了新局面。",
                1,
                false,
            ),
            unit(UnitKind::Display, "老旧小区改造惠及四万余户", 5),
            paragraph(
                "今年以来，市委市政府从细微处着手改造老旧小区，提升城市品质。",
                6,
                false,
            ),
            unit(UnitKind::Display, "——中亚观察之三", 10),
            unit(UnitKind::Byline, "张斌", 11),
            paragraph(
                "中国同中亚国家经贸合作潜力不断释放，中亚好邻居共享新局面。",
                12,
                false,
            ),
        ];
        let bigrams: Vec<Bigrams> = units.iter().map(|u| Bigrams::of(&u.text)).collect();
        let plan = |headline: usize, body: &[usize]| ArticlePlan {
            units: [headline].iter().chain(body).copied().collect(),
            headline: vec![headline],
            ..ArticlePlan::default()
        };
        let plans = vec![plan(0, &[1]), plan(2, &[3]), plan(4, &[5, 6])];
        let plans = join_pieces(&units, &bigrams, plans, &[], &[]);
        assert_eq!(plans.len(), 2);
        // The subtitle joins the title it shares words with; the byline stands with
        // them, before the body.
        assert_eq!(plans[0].headline, [0, 4]);
        assert_eq!(plans[0].units, [0, 4, 5, 1, 6]);
        assert_eq!(plans[1].units, [2, 3]);
    }

    #[test]
    fn an_article_cut_mid_sentence_waits_for_what_follows() {
        let units = [
            paragraph("甲地推进合作发展，各方", 0, true),
            paragraph("乙地推进合作发展。", 5, false),
            paragraph("纷纷点赞。", 9, false),
        ];
        let plan = |i: usize| ArticlePlan {
            units: vec![i],
            ..ArticlePlan::default()
        };
        // The first article stops mid-sentence before the piece; the second is whole.
        assert!(waits_for_continuation(&units, Some(&plan(0)), 9));
        assert!(!waits_for_continuation(&units, Some(&plan(1)), 9));
        // A piece printed before the cut paragraph does not continue it.
        assert!(!waits_for_continuation(&units, Some(&plan(0)), 0));
        assert!(!waits_for_continuation(&units, None, 9));
    }
}
