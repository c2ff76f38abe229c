//! Running totals of the per-unit counts that scoring an article reads, kept side by
//! side: a run's counts come from two entries, with one bounds check for all of them
//! instead of one for each count (scoring reads them for every candidate article).

/// Counts over a run of units; in [`Totals`], running totals before one unit.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Paragraphs.
    pub paragraphs: f32,
    /// Bylines on their own line.
    pub bylines: f32,
    /// Closing datelines.
    pub datelines: f32,
    /// Paragraphs that open with a dateline lead (an article start).
    pub leads: f32,
    /// Paragraphs that resume mid-paragraph after a finished paragraph.
    pub resumes: f32,
    /// Paragraphs a headline was lifted out of.
    pub hosts: f32,
    /// Display lines as section headings: fine in the column, not in large type.
    pub headings: f32,
    /// Captions.
    pub captions: u32,
}

/// Running totals over units: entry `i` totals the units before unit `i`.
#[derive(Debug, Clone, Default)]
pub struct Totals(Vec<Counts>);

impl Totals {
    /// The running totals of the units' own counts, `each` in page order. Every
    /// count is added up on its own, in page order, as a running sum of it alone is.
    pub fn new(each: impl Iterator<Item = Counts>) -> Self {
        let mut totals = Vec::with_capacity(each.size_hint().0 + 1);
        let mut t = Counts::default();
        totals.push(t);
        for c in each {
            t.paragraphs += c.paragraphs;
            t.bylines += c.bylines;
            t.datelines += c.datelines;
            t.leads += c.leads;
            t.resumes += c.resumes;
            t.hosts += c.hosts;
            t.headings += c.headings;
            t.captions += c.captions;
            totals.push(t);
        }
        Self(totals)
    }

    /// Counts over units `a..b`: each the difference of its running totals, all 0
    /// when `b <= a`.
    #[inline]
    pub fn of(&self, a: usize, b: usize) -> Counts {
        if b <= a {
            return Counts::default();
        }
        let (hi, lo) = (&self.0[b], &self.0[a]);
        Counts {
            paragraphs: hi.paragraphs - lo.paragraphs,
            bylines: hi.bylines - lo.bylines,
            datelines: hi.datelines - lo.datelines,
            leads: hi.leads - lo.leads,
            resumes: hi.resumes - lo.resumes,
            hosts: hi.hosts - lo.hosts,
            headings: hi.headings - lo.headings,
            captions: hi.captions - lo.captions,
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The plain running sum of one count over `a..b`.
    fn plain(values: &[f32], a: usize, b: usize) -> f32 {
        let mut sums = vec![0.0f32];
        let mut total = 0.0f32;
        for &v in values {
            total += v;
            sums.push(total);
        }
        if b <= a { 0.0 } else { sums[b] - sums[a] }
    }

    proptest! {
        /// Each count over a run is what a running sum of that count alone gives.
        #[test]
        fn counts_are_the_plain_running_sums(
            values in prop::collection::vec((0u8..3, -3.0f32..1.0), 0..30),
            a in 0usize..31,
            b in 0usize..31,
        ) {
            let (a, b) = (a.min(values.len()), b.min(values.len()));
            let each: Vec<Counts> = values
                .iter()
                .map(|&(k, h)| Counts {
                    paragraphs: f32::from(k),
                    bylines: f32::from(k % 2),
                    headings: h,
                    captions: u32::from(k),
                    ..Counts::default()
                })
                .collect();
            let got = Totals::new(each.iter().copied()).of(a, b);
            let counts: Vec<f32> = each.iter().map(|c| c.paragraphs).collect();
            let bylines: Vec<f32> = each.iter().map(|c| c.bylines).collect();
            let headings: Vec<f32> = each.iter().map(|c| c.headings).collect();
            prop_assert_eq!(got.paragraphs.to_bits(), plain(&counts, a, b).to_bits());
            prop_assert_eq!(got.bylines.to_bits(), plain(&bylines, a, b).to_bits());
            prop_assert_eq!(got.headings.to_bits(), plain(&headings, a, b).to_bits());
            prop_assert_eq!((got.captions as f32).to_bits(), plain(&counts, a, b).to_bits());
        }
    }
}
