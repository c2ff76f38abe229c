//! Facts about the units computed once, so that scoring a candidate article is cheap:
//! running sums of per-unit scores, where each Han bigram occurs, how display lines
//! lean towards the text before or after them, and what a cut before each unit costs.

use std::cell::OnceCell;

use super::super::affinity::Bigrams;
use super::super::patterns::{is_chart_title, lead_byline_len};
use super::super::text::ends_sentence;
use super::super::units::{Unit, UnitKind};
use super::headline::Headline;
use super::sums::{Links, counts, gap_cohesion};
use super::totals::{Counts, Totals};
use super::words::WordIndex;

/// How many paragraphs on each side of a display line its words are looked for in.
const LEANING_REACH: usize = 6;
/// Weight of the words two neighbouring articles share (they should share few).
const COHESION: f32 = 6.0;

/// Precomputed facts about a page's units.
pub struct Facts<'a> {
    /// The units.
    pub units: &'a [Unit],
    /// Where the words of display lines and captions occur among the paragraphs.
    pub words: WordIndex,
    /// Which units are display lines.
    pub display: Vec<bool>,
    /// Which units are paragraphs.
    pub paragraph: Vec<bool>,
    /// Which units are captions.
    pub caption: Vec<bool>,
    /// For each display or caption unit, how much more of its words the text before it
    /// holds than the text after it (positive: it goes with the text before it).
    pub leaning: Vec<f32>,
    /// Cost of an article boundary before each unit (and at the end).
    pub boundary: Vec<f32>,
    /// Index of the first paragraph at or after each unit (`len` if none).
    pub next_paragraph: Vec<usize>,
    /// Index of the last paragraph at or before each unit.
    pub prev_paragraph: Vec<Option<usize>>,
    /// Running totals of paragraphs, bylines, datelines, leads, resumed paragraphs,
    /// paragraphs hosting a headline, headings and captions (see [`Counts`]).
    pub totals: Totals,
    /// For each unit (and the end), how many paragraphs come before it.
    pub ordinal: Vec<usize>,
    /// For each unit, the first display unit from it up to the next paragraph.
    pub first_display: Vec<Option<usize>>,
    /// Display lines that may not trail a body, for counting.
    pub untrailing: Vec<usize>,
    /// Display lines, for counting.
    pub display_count: Vec<usize>,
    /// Display lines naming a chart, for counting.
    pub chart_count: Vec<usize>,
    /// Paragraphs that open with a dateline lead crediting a reporter.
    pub lead_credit: Vec<bool>,
    /// Paragraphs that open with a dateline lead.
    pub lead: Vec<bool>,
    /// Paragraphs that open mid-sentence.
    pub continues: Vec<bool>,
    /// Whether what starts at each unit (or the page's end) opens an article: no
    /// paragraph, or one with a dateline lead.
    pub opens_article: Vec<bool>,
    /// Display lines in large type: wider than the column or letter-spaced.
    pub large: Vec<bool>,
    /// Display lines that name a chart or table.
    pub chart: Vec<bool>,
    /// Display lines that may caption a chart after a body instead of heading it.
    pub may_trail: Vec<bool>,
    /// Headlines before their body, by first display line.
    pub(super) before: Vec<OnceCell<Box<Headline>>>,
    /// Headlines after their body, by the article's end (see [`Facts::headline_after`]).
    pub(super) after: Vec<[OnceCell<Box<Headline>>; 2]>,
}

impl<'a> Facts<'a> {
    /// Computes the facts about `units`, whose Han bigrams are `bigrams`.
    pub fn new(units: &'a [Unit], bigrams: &[Bigrams]) -> Self {
        let n = units.len();
        let paragraphs: Vec<usize> = (0..n).filter(|&i| units[i].is_paragraph()).collect();
        let Links {
            next_paragraph,
            prev_paragraph,
            first_display,
        } = Links::new(units);
        let totals = Totals::new((0..n).map(|i| {
            let u = &units[i];
            let is = |k: UnitKind| f32::from(u8::from(u.kind == k));
            let after_finished = i > 0 && prev_paragraph[i - 1].is_some_and(|p| !units[p].open_end);
            Counts {
                paragraphs: is(UnitKind::Paragraph),
                bylines: is(UnitKind::Byline),
                datelines: is(UnitKind::Dateline),
                leads: f32::from(u8::from(u.is_paragraph() && u.lead)),
                resumes: f32::from(u8::from(u.is_paragraph() && u.continues && after_finished)),
                hosts: f32::from(u8::from(u.is_paragraph() && u.hosts_headline)),
                headings: match u.kind {
                    UnitKind::Display if !u.wraps_prev => {
                        if u.letter_spaced || u.wide {
                            -3.0
                        } else {
                            0.5
                        }
                    }
                    _ => 0.0,
                },
                captions: u32::from(u.kind == UnitKind::Caption),
            }
        }));
        let display: Vec<bool> = units.iter().map(Unit::is_display).collect();
        let caption: Vec<bool> = units.iter().map(|u| u.kind == UnitKind::Caption).collect();
        let chart: Vec<bool> = units
            .iter()
            .map(|u| u.is_display() && is_chart_title(&u.text))
            .collect();
        let keyed = |i: usize| display[i] || caption[i];
        let mut facts = Self {
            units,
            words: WordIndex::new(bigrams, keyed, |i| units[i].is_paragraph()),
            leaning: Vec::new(),
            boundary: Vec::new(),
            next_paragraph,
            prev_paragraph,
            totals,
            ordinal: counts(n, |i| units[i].is_paragraph()),
            first_display,
            untrailing: Vec::new(),
            display_count: counts(n, |i| display[i]),
            chart_count: counts(n, |i| chart[i]),
            lead_credit: units
                .iter()
                .map(|u| u.lead && lead_byline_len(&u.text).is_some())
                .collect(),
            paragraph: units.iter().map(Unit::is_paragraph).collect(),
            lead: units.iter().map(|u| u.lead).collect(),
            continues: units.iter().map(|u| u.continues).collect(),
            opens_article: (0..=n)
                .map(|b| units.get(b).is_none_or(|u| !u.is_paragraph() || u.lead))
                .collect(),
            large: units
                .iter()
                .map(|u| u.is_display() && (u.letter_spaced || u.wide))
                .collect(),
            display,
            caption,
            chart,
            may_trail: Vec::new(),
            before: (0..n).map(|_| OnceCell::new()).collect(),
            after: (0..=n)
                .map(|_| [OnceCell::new(), OnceCell::new()])
                .collect(),
        };
        facts.may_trail = (0..n).map(|d| facts.can_trail(d)).collect();
        facts.untrailing = counts(n, |d| facts.display[d] && !facts.may_trail[d]);
        facts.leaning = (0..n)
            .map(|d| facts.leaning_of(d, bigrams, &paragraphs))
            .collect();
        let cohesion = gap_cohesion(bigrams, &paragraphs);
        facts.boundary = (0..=n)
            .map(|a| facts.boundary_before(a, &paragraphs, &cohesion))
            .collect();
        facts
    }

    /// How much more of display or caption unit `d`'s words the paragraphs before it hold.
    fn leaning_of(&self, d: usize, bigrams: &[Bigrams], paragraphs: &[usize]) -> f32 {
        if !(self.display[d] || self.caption[d]) || bigrams[d].is_empty() {
            return 0.0;
        }
        let split = paragraphs.partition_point(|&p| p < d);
        let len = bigrams[d].len() as f32;
        let (before, after) = self.words.found_near(d, split, LEANING_REACH);
        before as f32 / len - after as f32 / len
    }

    /// May display unit `d`, after the body, caption a chart instead of heading it?
    fn can_trail(&self, d: usize) -> bool {
        let u = &self.units[d];
        u.is_display()
            && !u.wraps_prev
            && !ends_sentence(&u.text)
            && (self.chart[d] || (!self.large[d] && u.width <= u.measure - 1.0))
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
}
