//! The terms of an article's score: the evidence in its headline's lines and words,
//! and in where its leads, bylines, datelines and headings stand in its body.

use std::ops::Range;

use super::super::facts::Facts;
use super::super::words::TitleWords;
use super::{Around, Candidate, Span};

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
/// A dateline lead (本报讯, 新华社…电) inside a body: it opens an article.
const LEAD_INSIDE: f32 = 8.0;
/// Text resuming mid-paragraph after a finished paragraph: a piece of another article.
const RESUME_INSIDE: f32 = 4.5;

impl Facts<'_> {
    /// Number of display units among `r`.
    pub(super) fn displays_in(&self, r: &Range<usize>) -> usize {
        self.display_count[r.end.max(r.start)] - self.display_count[r.start]
    }

    /// Number of display units naming a chart among `r`.
    pub(super) fn charts_in(&self, r: &Range<usize>) -> usize {
        self.chart_count[r.end.max(r.start)] - self.chart_count[r.start]
    }

    /// Score of the headline choice: the evidence that these display lines are the
    /// article's headline rather than section headings or chart titles.
    pub(super) fn headline_score(&self, candidate: &Candidate, span: &Span) -> f32 {
        let h = candidate.headline;
        let c = &candidate.choice;
        let mut s = -TITLE_BAR;
        // Large type: a line wider than the column or letter-spaced.
        if h.large {
            s += 2.0;
        }
        // More than one part: kicker, subtitle.
        if h.parts >= 2 {
            s += 1.0;
        }
        // A credit with it: a byline line beside the body, or a dateline lead's credit.
        if span.bylines_beside > 0.0 || self.lead_credit[span.first_p] {
            s += 1.5;
        }
        if self.lead[span.first_p] {
            s += 1.0;
        }
        if candidate.before {
            // Before the body: nothing of running text before it in the article.
            if h.first == span.a {
                s += 0.5;
            }
        } else {
            // After the body: the body closed (dateline), and what follows opens an article.
            if self.totals.of(span.last_p + 1, h.last).datelines > 0.0 {
                s += 1.0;
            }
            if self.opens_article[span.b] {
                s += 1.0;
            }
        }
        s -= 0.8 * h.lines.saturating_sub(5) as f32;
        if h.dash_start {
            s -= 2.0;
        }
        // A wrapped line must not be cut from the line it wraps, nor a title from its kicker.
        if h.bound_first {
            s -= 3.0;
        }
        if h.bound_after {
            s -= 3.0;
        }
        s += lexical_score(&h.words, span);
        s += LEANING * h.leaning;
        // A chart title trails a body whose headline is in large type; a line naming a
        // chart is no headline.
        let captions = self.displays_in(&c.captions);
        if captions > 0 && h.large {
            s += 1.0;
        }
        s += 2.0 * self.charts_in(&c.captions) as f32 - 2.0 * h.charts as f32;
        s - captions as f32
    }

    /// Score of the body: headings, leads, bylines and datelines in place.
    pub(super) fn body_score(&self, span: &Span, around: &Around, titled: bool) -> f32 {
        let Span {
            a,
            b,
            first_p,
            last_p,
            ..
        } = *span;
        let mut s = -ARTICLE_COST;
        if self.lead[first_p] {
            s += 1.0;
        }
        if self.continues[first_p] && titled {
            s -= 2.0;
        }
        let inside = self.totals.of(first_p + 1, last_p + 1);
        s -= LEAD_INSIDE * inside.leads;
        s -= RESUME_INSIDE * inside.resumes;
        s += around.body.headings;
        s -= 3.0 * around.body.bylines;
        s -= 3.0 * self.totals.of(first_p, last_p).datelines;
        // A caption beside the body goes with the article whose words it uses.
        if around.before.captions + around.after.captions > 0 {
            for i in (a..first_p)
                .chain(last_p + 1..b)
                .filter(|&i| self.caption[i])
            {
                let side = if i < first_p { -1.0 } else { 1.0 };
                s += LEANING * (side * self.leaning[i]).min(0.0);
            }
        }
        let bylines = self.totals.of(a, b).bylines + f32::from(u8::from(self.lead_credit[first_p]));
        s - 2.0 * (bylines - 1.0).max(0.0)
    }
}

/// Words are no evidence that a line is a headline (a section heading shares its
/// words with its section too), but a headline that shares few words with its
/// body is unlikely. Each paragraph votes for the headline whose words it uses:
/// where two articles run together, the cut goes where the votes change side.
fn lexical_score(words: &TitleWords, span: &Span) -> f32 {
    if words.len == 0 {
        return 0.0;
    }
    // The body runs this many paragraphs away from its headline. The count is a
    // whole number (far below 2^24): through `u32` it converts in fewer steps, and
    // as `f32` it is the count itself.
    let paragraphs = span.paragraphs as u32 as usize;
    let (found, uses) = words.within(paragraphs);
    let len = words.len as f32;
    let coverage = found as f32 / len;
    let votes = uses as f32 / len - VOTE_BASE * span.paragraphs;
    -AFFINITY * (MIN_COVERAGE - coverage).max(0.0) + VOTE * votes
}
