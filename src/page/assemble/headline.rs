//! Facts about one headline candidate that do not depend on where its article starts
//! or ends, worked out once per candidate and remembered: a headline before its body
//! is known by its first line, a headline after its body by where the article ends.

use std::ops::Range;

use super::facts::Facts;
use super::words::TitleWords;

/// What scoring needs to know of a headline candidate's own lines.
#[derive(Debug)]
pub struct Headline {
    /// First display line.
    pub first: usize,
    /// Last display line.
    pub last: usize,
    /// Number of display lines.
    pub lines: usize,
    /// Some line is in large type.
    pub large: bool,
    /// More than one part (kicker, subtitle): lines that do not wrap from the one before.
    pub parts: usize,
    /// The first line opens with —— (a subtitle, not a title).
    pub dash_start: bool,
    /// The first line wraps from, or is introduced by, the line before it.
    pub bound_first: bool,
    /// The unit after the last line wraps from it or follows its kicker, yet is left out.
    pub bound_after: bool,
    /// The lines' leaning away from the body (sum of the negative parts).
    pub leaning: f32,
    /// Lines that name a chart.
    pub charts: usize,
    /// Where the headline's words occur in the body.
    pub words: TitleWords,
}

impl Facts<'_> {
    /// The facts of the headline made of the display units among `range`, which holds
    /// no paragraph, its body after it (`forward`) or before it.
    pub(super) fn headline_facts(&self, range: Range<usize>, forward: bool) -> Headline {
        let displays = || range.clone().filter(|&i| self.display[i]);
        let first = displays().next().unwrap_or(range.start);
        let last = displays().next_back().unwrap_or(first);
        let side = if forward { -1.0 } else { 1.0 };
        let bound = |i: usize| self.units[i].wraps_prev || self.units[i].after_kicker;
        // In the order met: what is made of the words does not depend on it.
        let title = self.words.distinct_words(displays());
        // Paragraphs before the headline's lines.
        let at = self.ordinal[range.start];
        Headline {
            first,
            last,
            lines: displays().count(),
            large: displays().any(|d| self.large[d]),
            parts: displays().filter(|&d| !self.units[d].wraps_prev).count(),
            dash_start: self.units[first].text.starts_with("——"),
            bound_first: bound(first),
            bound_after: last + 1 < self.units.len()
                && bound(last + 1)
                && !range.contains(&(last + 1)),
            leaning: displays()
                .map(|d| (side * self.leaning[d]).min(0.0))
                .sum::<f32>(),
            charts: displays().filter(|&d| self.chart[d]).count(),
            words: self.words.title_words(&title, at, forward),
        }
    }

    /// The headline that opens with display unit `first`, before the body.
    pub(super) fn headline_before(&self, first: usize) -> &Headline {
        self.before[first].get_or_init(|| {
            let first_p = self.next_paragraph[first];
            Box::new(self.headline_facts(first..first_p, true))
        })
    }

    /// The headline from display unit `start` to the article's end `b`, after the body;
    /// `slot` tells the two candidates of one end apart (0: all trailing display
    /// lines, 1: those after a chart caption).
    pub(super) fn headline_after(&self, start: usize, b: usize, slot: usize) -> &Headline {
        self.after[b][slot].get_or_init(|| Box::new(self.headline_facts(start..b, false)))
    }
}
