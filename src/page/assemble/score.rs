//! Scores for assembly: how well a run of units makes one article. Every term is a
//! general signal of newspaper layout; the per-unit parts come from [`Facts`] so that
//! scoring a candidate costs little more than looking at its headline.

mod terms;

use std::ops::Range;

use super::facts::Facts;
use super::headline::Headline;
use super::totals::Counts;

/// Cost of a run of text without a headline: a fragment of an article printed
/// elsewhere (extractors that order text by position cut articles up), or an article
/// whose headline floats elsewhere.
const UNTITLED: f32 = 4.0;
/// Cost of an untitled run that opens mid-paragraph: the likelier fragment.
const UNTITLED_FRAGMENT: f32 = 1.5;
/// Cost of giving another headline to a body that a headline was lifted out of: it
/// has its own already (pdftotext prints a headline inside its article's text).
const HOSTED_TITLE: f32 = 4.0;

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
    /// Bylines beside the body: among units `a..first_p` plus among `last_p + 1..b`.
    bylines_beside: f32,
    /// Paragraphs in the body.
    paragraphs: f32,
}

/// The counts of the units of one candidate article, around its body and in it.
/// Apart from [`Span`], which goes to the scoring of each headline choice, so that
/// only the counts that scoring reads are kept.
struct Around {
    /// Units `a..first_p`, before the body.
    before: Counts,
    /// The body, units `first_p..=last_p`.
    body: Counts,
    /// Units `last_p + 1..b`, after the body.
    after: Counts,
}

/// What the scoring of the articles that end before one unit shares.
#[derive(Debug, Clone, Copy)]
pub struct End {
    /// The unit the articles end before.
    b: usize,
    /// The last paragraph before it: the body's last.
    last_p: usize,
    /// The first display line after the body, if any, with a second headline
    /// candidate after it when it may caption a chart.
    suffix: Option<(usize, Option<usize>)>,
    /// The display lines after the body may all caption a chart.
    may_trail: bool,
    /// The counts of units `last_p + 1..b`, after the body.
    after: Counts,
}

/// A headline choice with what is known of its lines.
struct Candidate<'h> {
    /// The roles chosen.
    choice: Choice,
    /// The headline's own facts.
    headline: &'h Headline,
    /// The headline lies before the body.
    before: bool,
}

impl Facts<'_> {
    /// The first display unit among `start..end` that holds no paragraph.
    fn first_display_in(&self, start: usize, end: usize) -> Option<usize> {
        self.first_display
            .get(start)
            .copied()
            .flatten()
            .filter(|&d| d < end)
    }

    /// What the articles ending before unit `b` share; `None` without a paragraph
    /// before `b`, when no such article can be.
    pub fn end(&self, b: usize) -> Option<End> {
        let last_p = self.prev_paragraph[b - 1]?;
        let after = self.totals.of(last_p + 1, b);
        let suffix = self.first_display_in(last_p + 1, b).map(|first| {
            let second = self
                .first_display_in(first + 1, b)
                .filter(|&s| self.may_trail[first] && !self.units[s].wraps_prev);
            (first, second)
        });
        Some(End {
            b,
            last_p,
            suffix,
            may_trail: self.untrailing[b] == self.untrailing[last_p + 1],
            after,
        })
    }

    /// Score of units `a..b` as one article, with the roles of its display units;
    /// `None` when they hold no paragraph.
    pub fn evaluate(&self, a: usize, b: usize) -> Option<(f32, Choice)> {
        self.evaluate_at(a, &self.end(b)?)
    }

    /// [`Facts::evaluate`] of units `a..end.b`.
    pub fn evaluate_at(&self, a: usize, end: &End) -> Option<(f32, Choice)> {
        let End {
            b,
            last_p,
            suffix,
            may_trail,
            after,
        } = *end;
        let first_p = self.next_paragraph[a];
        if first_p >= b || last_p < a {
            return None;
        }
        let around = Around {
            before: self.totals.of(a, first_p),
            body: self.totals.of(first_p, last_p + 1),
            after,
        };
        let span = Span {
            a,
            b,
            first_p,
            last_p,
            bylines_beside: around.before.bylines + around.after.bylines,
            paragraphs: around.body.paragraphs,
        };
        let prefix = self.first_display_in(a, first_p);
        if prefix.is_some() && !may_trail {
            // A headline before the body, and after it lines that cannot caption a chart.
            return None;
        }
        let titled = prefix.is_some() || suffix.is_some();
        let hosted = around.body.hosts > 0.0;
        let body = self.body_score(&span, &around, titled)
            - if hosted && titled { HOSTED_TITLE } else { 0.0 };
        if !titled {
            let cost = if hosted {
                0.0
            } else if self.continues[first_p] {
                UNTITLED_FRAGMENT
            } else {
                UNTITLED
            };
            return Some((body - cost, Choice::default()));
        }
        let mut best: Option<(f32, Choice)> = None;
        let mut consider = |candidate: Candidate| {
            let score = body + self.headline_score(&candidate, &span);
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, candidate.choice));
            }
        };
        if let Some(first) = prefix {
            consider(Candidate {
                choice: Choice {
                    headline: first..first_p,
                    captions: last_p + 1..b,
                },
                headline: self.headline_before(first),
                before: true,
            });
        } else if let Some((first, second)) = suffix {
            consider(Candidate {
                choice: Choice {
                    headline: first..b,
                    captions: first..first,
                },
                headline: self.headline_after(first, b, 0),
                before: false,
            });
            if let Some(second) = second {
                consider(Candidate {
                    choice: Choice {
                        headline: second..b,
                        captions: first..second,
                    },
                    headline: self.headline_after(second, b, 1),
                    before: false,
                });
            }
        }
        best
    }
}
