//! Scores for assembly: how well a run of units makes one article, and what a cut
//! between two articles costs.

use std::ops::Range;

use super::super::affinity::Bigrams;
use super::super::patterns::{is_chart_title, lead_byline_len};
use super::super::text::ends_sentence;
use super::super::units::{Unit, UnitKind};

/// Cost of each article: more articles must be earned by the evidence.
const ARTICLE_COST: f32 = 1.0;
/// Weight of the share of headline words missing from the body (below [`MIN_COVERAGE`]).
const AFFINITY: f32 = 6.0;
/// Weight of each paragraph's vote for its headline (its share of the headline's words).
const VOTE: f32 = 1.0;
/// Share of headline words below which a paragraph votes against its headline.
const VOTE_BASE: f32 = 0.1;
/// Share of its words a headline usually finds in its body.
const MIN_COVERAGE: f32 = 0.35;
/// Weight of each headline line's leaning towards its body (see `Context::leaning`).
const LEANING: f32 = 3.0;
/// What a headline must outweigh: a plain line in the column is a section heading
/// unless more than its words say it heads an article.
const TITLE_BAR: f32 = 2.0;
/// Weight of the words two neighbouring articles share (they should share few).
const COHESION: f32 = 6.0;
/// Cost of a run of text without a headline: a fragment of an article printed
/// elsewhere (extractors that order text by position cut articles up), or an article
/// whose headline floats elsewhere.
const UNTITLED: f32 = 4.0;
/// Cost of an untitled run that opens mid-paragraph: the likelier fragment.
const UNTITLED_FRAGMENT: f32 = 1.5;
/// How many paragraphs on each side of a display line its words are looked for in.
const LEANING_REACH: usize = 6;

/// The roles chosen for one article's display units.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Choice {
    /// Display units forming the headline.
    pub headline: Vec<usize>,
    /// Display units captioning a chart at the end of the body.
    pub captions: Vec<usize>,
}

/// Precomputed facts about the units.
pub struct Context<'a> {
    units: &'a [Unit],
    bigrams: Vec<Bigrams>,
    /// For each display or caption unit, how much more of its words the text before it
    /// holds than the text after it (positive: it goes with the text before it).
    leaning: Vec<f32>,
}

impl<'a> Context<'a> {
    /// Facts about `units`.
    pub fn new(units: &'a [Unit]) -> Self {
        let bigrams: Vec<Bigrams> = units.iter().map(|u| Bigrams::of(&u.text)).collect();
        let paragraphs: Vec<usize> = (0..units.len())
            .filter(|&i| units[i].is_paragraph())
            .collect();
        let leaning = (0..units.len())
            .map(|d| {
                if !(units[d].is_display() || units[d].kind == UnitKind::Caption)
                    || bigrams[d].is_empty()
                {
                    return 0.0;
                }
                let split = paragraphs.partition_point(|&p| p < d);
                let before = Bigrams::union(
                    paragraphs[split.saturating_sub(LEANING_REACH)..split]
                        .iter()
                        .map(|&p| &bigrams[p]),
                );
                let after = Bigrams::union(
                    paragraphs[split..(split + LEANING_REACH).min(paragraphs.len())]
                        .iter()
                        .map(|&p| &bigrams[p]),
                );
                bigrams[d].coverage_by(&before) - bigrams[d].coverage_by(&after)
            })
            .collect();
        Self {
            units,
            bigrams,
            leaning,
        }
    }

    fn kind(&self, i: usize) -> UnitKind {
        self.units[i].kind
    }

    /// Is display unit `i` wider than the column or set in large tracked type?
    fn is_large(&self, i: usize) -> bool {
        let u = &self.units[i];
        u.letter_spaced || u.wide
    }

    /// Score of units `a..b` as one article, with the roles of its display units.
    pub fn evaluate(&self, a: usize, b: usize) -> Option<(f32, Choice)> {
        let first_p = (a..b).find(|&i| self.kind(i) == UnitKind::Paragraph)?;
        let last_p = (a..b)
            .rev()
            .find(|&i| self.kind(i) == UnitKind::Paragraph)?;
        let prefix: Vec<usize> = (a..first_p)
            .filter(|&i| self.kind(i) == UnitKind::Display)
            .collect();
        let suffix: Vec<usize> = (last_p + 1..b)
            .filter(|&i| self.kind(i) == UnitKind::Display)
            .collect();
        let titled = !(prefix.is_empty() && suffix.is_empty());
        let body = self.body_score(a, b, first_p, last_p, titled);
        let mut options: Vec<Choice> = Vec::new();
        if !titled {
            let cost = if self.units[first_p].continues {
                UNTITLED_FRAGMENT
            } else {
                UNTITLED
            };
            return Some((body - cost, Choice::default()));
        }
        if !prefix.is_empty() {
            if suffix.iter().all(|&d| self.can_trail(d)) {
                options.push(Choice {
                    headline: prefix,
                    captions: suffix,
                });
            }
        } else if !suffix.is_empty() {
            options.push(Choice {
                headline: suffix.clone(),
                captions: Vec::new(),
            });
            if suffix.len() >= 2 && self.can_trail(suffix[0]) && !self.units[suffix[1]].wraps_prev {
                options.push(Choice {
                    headline: suffix[1..].to_vec(),
                    captions: vec![suffix[0]],
                });
            }
        }
        options
            .into_iter()
            .map(|c| (body + self.headline_score(&c, a..b, first_p, last_p), c))
            .max_by(|x, y| x.0.total_cmp(&y.0))
    }

    /// May display unit `d`, after the body, caption a chart instead of heading it?
    fn can_trail(&self, d: usize) -> bool {
        let u = &self.units[d];
        !u.wraps_prev
            && !ends_sentence(&u.text)
            && (is_chart_title(&u.text) || (!self.is_large(d) && u.width <= u.measure - 1.0))
    }

    /// Score of the headline choice: the evidence that these display lines are the
    /// article's headline rather than section headings or chart titles.
    fn headline_score(
        &self,
        c: &Choice,
        range: Range<usize>,
        first_p: usize,
        last_p: usize,
    ) -> f32 {
        let units = self.units;
        let h = &c.headline;
        let (first, last) = (h[0], h[h.len() - 1]);
        let in_prefix = first < first_p;
        let mut s = -TITLE_BAR;
        // Large type: a line wider than the column or letter-spaced.
        if h.iter().any(|&d| self.is_large(d)) {
            s += 2.0;
        }
        // More than one part: kicker, subtitle.
        if h.iter().filter(|&&d| !units[d].wraps_prev).count() >= 2 {
            s += 1.0;
        }
        // A credit with it: a byline line next to it, or a dateline lead with a credit.
        let byline_line = range
            .clone()
            .any(|i| units[i].kind == UnitKind::Byline && (i < first_p || i > last_p));
        if byline_line || lead_byline_len(&units[first_p].text).is_some() {
            s += 1.5;
        }
        if units[first_p].lead {
            s += 1.0;
        }
        if in_prefix {
            // Before the body: nothing of running text before it in the article.
            if first == range.start {
                s += 0.5;
            }
        } else {
            // After the body: the body closed (dateline), and what follows opens an article.
            if units[last_p + 1..last]
                .iter()
                .any(|u| u.kind == UnitKind::Dateline)
            {
                s += 1.0;
            }
            let next = units.get(range.end);
            if next.is_none_or(|u| !u.is_paragraph() || u.lead) {
                s += 1.0;
            }
        }
        s -= 0.8 * h.len().saturating_sub(5) as f32;
        if units[first].text.starts_with("——") {
            s -= 2.0;
        }
        // A wrapped line must not be cut from the line it wraps, nor a title from its kicker.
        let bound = |u: &Unit| u.wraps_prev || u.after_kicker;
        if bound(&units[first]) {
            s -= 3.0;
        }
        if units.get(last + 1).is_some_and(bound) && !h.contains(&(last + 1)) {
            s -= 3.0;
        }
        // Words are no evidence that a line is a headline (a section heading shares
        // its words with its section too), but a headline that shares few words with
        // its body, or more with the text on its other side, is unlikely.
        let title = Bigrams::union(h.iter().map(|&d| &self.bigrams[d]));
        let body = Bigrams::union(
            (first_p..=last_p)
                .filter(|&i| units[i].is_paragraph())
                .map(|i| &self.bigrams[i]),
        );
        if !title.is_empty() {
            s -= AFFINITY * (MIN_COVERAGE - title.coverage_by(&body)).max(0.0);
            // Each paragraph votes for the headline whose words it uses: where two
            // articles run together, the cut goes where the votes change side.
            s += VOTE
                * (first_p..=last_p)
                    .filter(|&i| units[i].is_paragraph())
                    .map(|i| (title.coverage_by(&self.bigrams[i]) - VOTE_BASE).min(0.5))
                    .sum::<f32>();
        }
        let side = if in_prefix { -1.0 } else { 1.0 };
        s += LEANING
            * h.iter()
                .map(|&d| (side * self.leaning[d]).min(0.0))
                .sum::<f32>();
        // A chart title trails a body whose headline is in large type; a line naming a
        // chart is no headline.
        if !c.captions.is_empty() && h.iter().any(|&d| self.is_large(d)) {
            s += 1.0;
        }
        s += 2.0
            * c.captions
                .iter()
                .filter(|&&d| is_chart_title(&units[d].text))
                .count() as f32;
        s -= 2.0
            * h.iter()
                .filter(|&&d| is_chart_title(&units[d].text))
                .count() as f32;
        s - 1.0 * c.captions.len() as f32
    }

    /// Score of the body of `a..b`: headings, leads, bylines and datelines in place.
    fn body_score(&self, a: usize, b: usize, first_p: usize, last_p: usize, titled: bool) -> f32 {
        let mut s = -ARTICLE_COST;
        let first = &self.units[first_p];
        if first.lead {
            s += 1.0;
        }
        if first.continues && titled {
            s -= 2.0;
        }
        let mut prev_open = true;
        for i in first_p..=last_p {
            let u = &self.units[i];
            match u.kind {
                UnitKind::Paragraph if i != first_p && u.lead => s -= 8.0,
                // Text that resumes mid-paragraph after a finished paragraph is a
                // piece of another article.
                UnitKind::Paragraph if i != first_p && u.continues && !prev_open => s -= 4.5,
                UnitKind::Display if !u.wraps_prev => {
                    s += if self.is_large(i) { -3.0 } else { 0.5 };
                }
                UnitKind::Byline => s -= 3.0,
                UnitKind::Dateline if i < last_p => s -= 3.0,
                _ => {}
            }
            if u.is_paragraph() {
                prev_open = u.open_end;
            }
        }
        // A caption beside the body goes with the article whose words it uses.
        for i in (a..first_p)
            .chain(last_p + 1..b)
            .filter(|&i| self.kind(i) == UnitKind::Caption)
        {
            let side = if i < first_p { -1.0 } else { 1.0 };
            s += LEANING * (side * self.leaning[i]).min(0.0);
        }
        let bylines = (a..b).filter(|&i| self.kind(i) == UnitKind::Byline).count()
            + usize::from(lead_byline_len(&first.text).is_some());
        s -= 2.0 * bylines.saturating_sub(1) as f32;
        s
    }

    /// Cost of an article boundary before unit `a`: cutting running text, and the words
    /// the paragraphs on both sides share.
    pub fn boundary(&self, a: usize) -> f32 {
        if a == 0 || a >= self.units.len() {
            return 0.0;
        }
        let mut s = 0.0;
        let (prev, next) = (&self.units[a - 1], &self.units[a]);
        if prev.is_paragraph() && next.is_paragraph() {
            s -= 1.0;
            if prev.open_end {
                s -= 4.0;
            }
        }
        let before: Vec<usize> = (a.saturating_sub(12)..a)
            .rev()
            .filter(|&i| self.units[i].is_paragraph())
            .take(2)
            .collect();
        let after: Vec<usize> = (a..self.units.len().min(a + 12))
            .filter(|&i| self.units[i].is_paragraph())
            .take(2)
            .collect();
        if !before.is_empty() && !after.is_empty() {
            let left = Bigrams::union(before.iter().map(|&i| &self.bigrams[i]));
            let right = Bigrams::union(after.iter().map(|&i| &self.bigrams[i]));
            s -= COHESION * left.overlap(&right);
        }
        s
    }
}
