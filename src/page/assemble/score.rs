//! Scores for assembly: how well a run of units makes one article. Every term is a
//! general signal of newspaper layout; the per-unit parts come from [`Facts`] so that
//! scoring a candidate costs little more than looking at its headline.

use std::ops::Range;

use super::super::units::{Unit, UnitKind};
use super::facts::Facts;

/// Cost of each article: more articles must be earned by the evidence.
const ARTICLE_COST: f32 = 1.0;
/// Weight of the share of headline words missing from the body (below [`MIN_COVERAGE`]).
const AFFINITY: f32 = 6.0;
/// Share of its words a headline usually finds in its body.
const MIN_COVERAGE: f32 = 0.35;
/// Weight of each paragraph's vote for its headline (its share of the headline's words).
const VOTE: f32 = 1.0;
/// Share of headline words below which a paragraph votes against its headline.
const VOTE_BASE: f32 = 0.1;
/// Weight of each headline line's leaning towards its body.
const LEANING: f32 = 3.0;
/// What a headline must outweigh: a plain line in the column is a section heading
/// unless more than its words say it heads an article.
const TITLE_BAR: f32 = 2.0;
/// Cost of a run of text without a headline: a fragment of an article printed
/// elsewhere (extractors that order text by position cut articles up), or an article
/// whose headline floats elsewhere.
const UNTITLED: f32 = 4.0;
/// Cost of an untitled run that opens mid-paragraph: the likelier fragment.
const UNTITLED_FRAGMENT: f32 = 1.5;
/// A dateline lead (本报讯, 新华社…电) inside a body: it opens an article.
const LEAD_INSIDE: f32 = 8.0;
/// Text resuming mid-paragraph after a finished paragraph: a piece of another article.
const RESUME_INSIDE: f32 = 4.5;

/// The roles chosen for one article's display units, as unit ranges: the display
/// units within `headline` form the headline, those within `captions` caption charts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choice {
    /// Units whose display lines form the headline.
    pub headline: Range<usize>,
    /// Units whose display lines caption a chart at the end of the body.
    pub captions: Range<usize>,
}

/// One candidate article: units `a..b`, its body from `first_p` to `last_p`.
struct Span {
    a: usize,
    b: usize,
    first_p: usize,
    last_p: usize,
}

impl Facts<'_> {
    fn unit(&self, i: usize) -> &Unit {
        &self.units[i]
    }

    /// Is display unit `i` wider than the column or set in large tracked type?
    fn is_large(&self, i: usize) -> bool {
        self.large[i]
    }

    /// Score of units `a..b` as one article, with the roles of its display units;
    /// `None` when they hold no paragraph.
    pub fn evaluate(&self, a: usize, b: usize) -> Option<(f32, Choice)> {
        let first_p = self.next_paragraph[a];
        let last_p = self.prev_paragraph[b - 1]?;
        if first_p >= b || last_p < a {
            return None;
        }
        let span = Span {
            a,
            b,
            first_p,
            last_p,
        };
        let displays = |r: Range<usize>| r.filter(|&i| self.unit(i).is_display());
        let first_in = |r: Range<usize>| displays(r).next();
        let prefix = first_in(a..first_p);
        let suffix = first_in(last_p + 1..b);
        let titled = prefix.is_some() || suffix.is_some();
        let body = self.body_score(&span, titled);
        if !titled {
            let cost = if self.unit(first_p).continues {
                UNTITLED_FRAGMENT
            } else {
                UNTITLED
            };
            return Some((body - cost, Choice::default()));
        }
        let mut best: Option<(f32, Choice)> = None;
        let mut consider = |choice: Choice| {
            let score = body + self.headline_score(&choice, &span);
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, choice));
            }
        };
        if let Some(first) = prefix {
            if displays(last_p + 1..b).all(|d| self.may_trail[d]) {
                consider(Choice {
                    headline: first..first_p,
                    captions: last_p + 1..b,
                });
            }
        } else if let Some(first) = suffix {
            consider(Choice {
                headline: first..b,
                captions: first..first,
            });
            let second = first_in(first + 1..b);
            if let Some(second) =
                second.filter(|&s| self.may_trail[first] && !self.unit(s).wraps_prev)
            {
                consider(Choice {
                    headline: second..b,
                    captions: first..second,
                });
            }
        }
        best
    }

    /// Score of the headline choice: the evidence that these display lines are the
    /// article's headline rather than section headings or chart titles.
    fn headline_score(&self, c: &Choice, span: &Span) -> f32 {
        let displays = |r: &Range<usize>| r.clone().filter(|&i| self.unit(i).is_display());
        let Some(first) = displays(&c.headline).next() else {
            return f32::NEG_INFINITY;
        };
        let last = displays(&c.headline).last().unwrap_or(first);
        let lines = displays(&c.headline).count();
        let in_prefix = first < span.first_p;
        let mut s = -TITLE_BAR;
        // Large type: a line wider than the column or letter-spaced.
        if displays(&c.headline).any(|d| self.is_large(d)) {
            s += 2.0;
        }
        // More than one part: kicker, subtitle.
        if displays(&c.headline)
            .filter(|&d| !self.unit(d).wraps_prev)
            .count()
            >= 2
        {
            s += 1.0;
        }
        // A credit with it: a byline line beside the body, or a dateline lead's credit.
        let bylines_beside =
            self.bylines.sum(span.a, span.first_p) + self.bylines.sum(span.last_p + 1, span.b);
        if bylines_beside > 0.0 || self.lead_credit(span.first_p) {
            s += 1.5;
        }
        if self.unit(span.first_p).lead {
            s += 1.0;
        }
        if in_prefix {
            // Before the body: nothing of running text before it in the article.
            if first == span.a {
                s += 0.5;
            }
        } else {
            // After the body: the body closed (dateline), and what follows opens an article.
            if self.datelines.sum(span.last_p + 1, last) > 0.0 {
                s += 1.0;
            }
            if self
                .units
                .get(span.b)
                .is_none_or(|u| !u.is_paragraph() || u.lead)
            {
                s += 1.0;
            }
        }
        s -= 0.8 * lines.saturating_sub(5) as f32;
        if self.unit(first).text.starts_with("——") {
            s -= 2.0;
        }
        // A wrapped line must not be cut from the line it wraps, nor a title from its kicker.
        let bound = |u: &Unit| u.wraps_prev || u.after_kicker;
        if bound(self.unit(first)) {
            s -= 3.0;
        }
        if self.units.get(last + 1).is_some_and(bound) && !c.headline.contains(&(last + 1)) {
            s -= 3.0;
        }
        s += self.lexical_score(c.headline.clone(), span);
        let side = if in_prefix { -1.0 } else { 1.0 };
        s += LEANING
            * displays(&c.headline)
                .map(|d| (side * self.leaning[d]).min(0.0))
                .sum::<f32>();
        // A chart title trails a body whose headline is in large type; a line naming a
        // chart is no headline.
        let charts = |r: &Range<usize>| displays(r).filter(|&d| self.chart[d]).count() as f32;
        let captions = displays(&c.captions).count();
        if captions > 0 && displays(&c.headline).any(|d| self.is_large(d)) {
            s += 1.0;
        }
        s += 2.0 * charts(&c.captions) - 2.0 * charts(&c.headline);
        s - captions as f32
    }

    /// Words are no evidence that a line is a headline (a section heading shares its
    /// words with its section too), but a headline that shares few words with its
    /// body is unlikely. Each paragraph votes for the headline whose words it uses:
    /// where two articles run together, the cut goes where the votes change side.
    fn lexical_score(&self, headline: Range<usize>, span: &Span) -> f32 {
        let forward = headline.start < span.first_p;
        let anchor = if forward { span.first_p } else { span.last_p };
        let words = self.title_words(headline, anchor, forward);
        if words.len == 0 {
            return 0.0;
        }
        // The body runs this many paragraphs away from its headline.
        let paragraphs = self.paragraphs.sum(span.first_p, span.last_p + 1) as usize;
        let seen = paragraphs.min(words.uses.len() - 1);
        let found = words.first_seen.iter().filter(|&&k| k < paragraphs).count();
        let len = words.len as f32;
        let coverage = found as f32 / len;
        let votes = words.uses[seen] as f32 / len - VOTE_BASE * paragraphs as f32;
        -AFFINITY * (MIN_COVERAGE - coverage).max(0.0) + VOTE * votes
    }

    /// Score of the body: headings, leads, bylines and datelines in place.
    fn body_score(&self, span: &Span, titled: bool) -> f32 {
        let Span {
            a,
            b,
            first_p,
            last_p,
        } = *span;
        let mut s = -ARTICLE_COST;
        let first = self.unit(first_p);
        if first.lead {
            s += 1.0;
        }
        if first.continues && titled {
            s -= 2.0;
        }
        s -= LEAD_INSIDE * self.leads.sum(first_p + 1, last_p + 1);
        s -= RESUME_INSIDE * self.resumes.sum(first_p + 1, last_p + 1);
        s += self.headings.sum(first_p, last_p + 1);
        s -= 3.0 * self.bylines.sum(first_p, last_p + 1);
        s -= 3.0 * self.datelines.sum(first_p, last_p);
        // A caption beside the body goes with the article whose words it uses.
        for i in (a..first_p)
            .chain(last_p + 1..b)
            .filter(|&i| self.unit(i).kind == UnitKind::Caption)
        {
            let side = if i < first_p { -1.0 } else { 1.0 };
            s += LEANING * (side * self.leaning[i]).min(0.0);
        }
        let bylines = self.bylines.sum(a, b) + f32::from(u8::from(self.lead_credit(first_p)));
        s - 2.0 * (bylines - 1.0).max(0.0)
    }
}
