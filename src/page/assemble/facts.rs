//! Facts about the units computed once, so that scoring a candidate article is cheap:
//! running sums of per-unit scores, where each Han bigram occurs, how display lines
//! lean towards the text before or after them, and what a cut before each unit costs.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::super::affinity::Bigrams;
use super::super::patterns::{is_chart_title, lead_byline_len};
use super::super::text::ends_sentence;
use super::super::units::{Unit, UnitKind};

/// How many paragraphs on each side of a display line its words are looked for in.
const LEANING_REACH: usize = 6;
/// Weight of the words two neighbouring articles share (they should share few).
const COHESION: f32 = 6.0;

/// Running sums over units: `sum(a, b)` is the total of units `a..b`.
#[derive(Debug, Clone, Default)]
pub struct Running(Vec<f32>);

impl Running {
    fn new(values: impl Iterator<Item = f32>) -> Self {
        let mut sums = vec![0.0];
        let mut total = 0.0;
        for v in values {
            total += v;
            sums.push(total);
        }
        Self(sums)
    }

    /// Total over units `a..b`.
    pub fn sum(&self, a: usize, b: usize) -> f32 {
        if b <= a { 0.0 } else { self.0[b] - self.0[a] }
    }
}

/// Precomputed facts about a page's units.
pub struct Facts<'a> {
    /// The units.
    pub units: &'a [Unit],
    /// Han bigrams of each unit.
    pub bigrams: Vec<Bigrams>,
    /// For each display or caption unit, how much more of its words the text before it
    /// holds than the text after it (positive: it goes with the text before it).
    pub leaning: Vec<f32>,
    /// Cost of an article boundary before each unit (and at the end).
    pub boundary: Vec<f32>,
    /// Index of the first paragraph at or after each unit (`len` if none).
    pub next_paragraph: Vec<usize>,
    /// Index of the last paragraph at or before each unit.
    pub prev_paragraph: Vec<Option<usize>>,
    /// Paragraphs, for counting.
    pub paragraphs: Running,
    /// Bylines on their own line.
    pub bylines: Running,
    /// Closing datelines.
    pub datelines: Running,
    /// Paragraphs that open with a dateline lead (an article start).
    pub leads: Running,
    /// Paragraphs that resume mid-paragraph after a finished paragraph.
    pub resumes: Running,
    /// Display lines as section headings: fine in the column, not in large type.
    pub headings: Running,
    /// Paragraph unit indices in order.
    paragraph_list: Vec<usize>,
    /// Display lines in large type: wider than the column or letter-spaced.
    pub large: Vec<bool>,
    /// Display lines that name a chart or table.
    pub chart: Vec<bool>,
    /// Display lines that may caption a chart after a body instead of heading it.
    pub may_trail: Vec<bool>,
    /// Word facts of headline candidates, by first and last display unit, the body's
    /// paragraph next to the headline and the side the body lies on.
    titles: RefCell<FxHashMap<TitleKey, Rc<TitleWords>>>,
}

/// A headline candidate's first and last display unit, the paragraph next to it and
/// whether the body lies after it.
type TitleKey = (usize, usize, usize, bool);

/// How many paragraphs from its headline an article's words are followed.
const WORD_REACH: usize = 64;

/// Where a headline's words occur in the body that would follow (or precede) it.
#[derive(Debug)]
pub struct TitleWords {
    /// Number of distinct bigrams in the headline.
    pub len: usize,
    /// For each bigram, how many paragraphs away from the headline it first occurs.
    pub first_seen: Vec<usize>,
    /// Running count, paragraph by paragraph away from the headline, of headline
    /// bigrams used (a paragraph's share of the headline's words, times `len`).
    pub uses: Vec<usize>,
}

impl<'a> Facts<'a> {
    /// Computes the facts about `units`.
    pub fn new(units: &'a [Unit]) -> Self {
        let n = units.len();
        let bigrams: Vec<Bigrams> = units.iter().map(|u| Bigrams::of(&u.text)).collect();
        let paragraphs: Vec<usize> = (0..n).filter(|&i| units[i].is_paragraph()).collect();
        let mut next_paragraph = vec![n; n + 1];
        for i in (0..n).rev() {
            next_paragraph[i] = if units[i].is_paragraph() {
                i
            } else {
                next_paragraph[i + 1]
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
        let kind_is =
            |k: UnitKind| Running::new(units.iter().map(move |u| f32::from(u8::from(u.kind == k))));
        let resumes = Running::new((0..n).map(|i| {
            let u = &units[i];
            let after_finished = i > 0 && prev_paragraph[i - 1].is_some_and(|p| !units[p].open_end);
            f32::from(u8::from(u.is_paragraph() && u.continues && after_finished))
        }));
        let headings = Running::new(units.iter().map(|u| match u.kind {
            UnitKind::Display if !u.wraps_prev => {
                if u.letter_spaced || u.wide {
                    -3.0
                } else {
                    0.5
                }
            }
            _ => 0.0,
        }));
        let mut facts = Self {
            units,
            leaning: Vec::new(),
            boundary: Vec::new(),
            next_paragraph,
            prev_paragraph,
            paragraphs: kind_is(UnitKind::Paragraph),
            bylines: kind_is(UnitKind::Byline),
            datelines: kind_is(UnitKind::Dateline),
            leads: Running::new(
                units
                    .iter()
                    .map(|u| f32::from(u8::from(u.is_paragraph() && u.lead))),
            ),
            resumes,
            headings,
            bigrams,
            paragraph_list: paragraphs.clone(),
            large: units
                .iter()
                .map(|u| u.is_display() && (u.letter_spaced || u.wide))
                .collect(),
            chart: units
                .iter()
                .map(|u| u.is_display() && is_chart_title(&u.text))
                .collect(),
            may_trail: Vec::new(),
            titles: RefCell::default(),
        };
        facts.may_trail = (0..n).map(|d| facts.can_trail(d)).collect();
        facts.leaning = (0..n).map(|d| facts.leaning_of(d, &paragraphs)).collect();
        let cohesion = facts.gap_cohesion(&paragraphs);
        facts.boundary = (0..=n)
            .map(|a| facts.boundary_before(a, &paragraphs, &cohesion))
            .collect();
        facts
    }

    /// How much more of display or caption unit `d`'s words the paragraphs before it hold.
    fn leaning_of(&self, d: usize, paragraphs: &[usize]) -> f32 {
        let u = &self.units[d];
        if !(u.is_display() || u.kind == UnitKind::Caption) || self.bigrams[d].is_empty() {
            return 0.0;
        }
        let split = paragraphs.partition_point(|&p| p < d);
        let sets = |ps: &[usize]| ps.iter().map(|&p| &self.bigrams[p]).collect::<Vec<_>>();
        let before = sets(&paragraphs[split.saturating_sub(LEANING_REACH)..split]);
        let after = sets(&paragraphs[split..(split + LEANING_REACH).min(paragraphs.len())]);
        self.bigrams[d].coverage_by_any(&before) - self.bigrams[d].coverage_by_any(&after)
    }

    /// May display unit `d`, after the body, caption a chart instead of heading it?
    fn can_trail(&self, d: usize) -> bool {
        let u = &self.units[d];
        u.is_display()
            && !u.wraps_prev
            && !ends_sentence(&u.text)
            && (self.chart[d] || (!self.large[d] && u.width <= u.measure - 1.0))
    }

    /// How many words the paragraphs on the two sides of each gap between paragraphs
    /// share: gap `k` lies between paragraphs `k` and `k + 1`; two paragraphs on each
    /// side are compared pairwise.
    fn gap_cohesion(&self, paragraphs: &[usize]) -> Vec<f32> {
        let set = |k: usize| &self.bigrams[paragraphs[k]];
        (0..paragraphs.len().saturating_sub(1))
            .map(|k| {
                let left = k.saturating_sub(1)..=k;
                let right = k + 1..=(k + 2).min(paragraphs.len() - 1);
                let mut total = 0.0;
                let mut pairs = 0.0;
                for l in left {
                    for r in right.clone() {
                        total += set(l).overlap(set(r));
                        pairs += 1.0;
                    }
                }
                total / pairs
            })
            .collect()
    }

    /// Cost of an article boundary before unit `a`: cutting running text, and the words
    /// the paragraphs on both sides share.
    fn boundary_before(&self, a: usize, paragraphs: &[usize], cohesion: &[f32]) -> f32 {
        let units = self.units;
        if a == 0 || a >= units.len() {
            return 0.0;
        }
        let mut s = 0.0;
        let (prev, next) = (&units[a - 1], &units[a]);
        if prev.is_paragraph() && next.is_paragraph() {
            s -= 1.0;
            if prev.open_end {
                s -= 4.0;
            }
        }
        let after = paragraphs.partition_point(|&p| p < a);
        if after > 0 && after < paragraphs.len() {
            s -= COHESION * cohesion[after - 1];
        }
        s
    }

    /// Where the words of the headline made of the display lines among `units` occur in the paragraphs running
    /// from `anchor` forwards (or backwards), remembered per headline and anchor.
    pub fn title_words(&self, units: Range<usize>, anchor: usize, forward: bool) -> Rc<TitleWords> {
        let key = (units.start, units.end, anchor, forward);
        if let Some(t) = self.titles.borrow().get(&key) {
            return Rc::clone(t);
        }
        let mut title: Vec<u64> = units
            .filter(|&d| self.units[d].is_display())
            .flat_map(|d| self.bigrams[d].as_slice().iter().copied())
            .collect();
        title.sort_unstable();
        title.dedup();
        let at = self.paragraph_list.partition_point(|&p| p < anchor);
        let order: Vec<usize> = if forward {
            self.paragraph_list[at..]
                .iter()
                .copied()
                .take(WORD_REACH)
                .collect()
        } else {
            let end = (at + 1).min(self.paragraph_list.len());
            self.paragraph_list[..end]
                .iter()
                .rev()
                .copied()
                .take(WORD_REACH)
                .collect()
        };
        let mut first_seen = vec![usize::MAX; title.len()];
        let mut uses = Vec::with_capacity(order.len() + 1);
        uses.push(0);
        for (k, &p) in order.iter().enumerate() {
            let words = self.bigrams[p].as_slice();
            let mut used = 0;
            for (j, t) in title.iter().enumerate() {
                if words.binary_search(t).is_ok() {
                    used += 1;
                    first_seen[j] = first_seen[j].min(k);
                }
            }
            uses.push(uses[k] + used);
        }
        let facts = Rc::new(TitleWords {
            len: title.len(),
            first_seen,
            uses,
        });
        self.titles.borrow_mut().insert(key, Rc::clone(&facts));
        facts
    }

    /// Does the paragraph at `p` open with a dateline lead that credits a reporter?
    pub fn lead_credit(&self, p: usize) -> bool {
        self.units[p].lead && lead_byline_len(&self.units[p].text).is_some()
    }
}
