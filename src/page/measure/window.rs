//! The lines around each line, kept sorted by width as the window slides down the
//! page, so that the measure of a window costs a few steps instead of a sort.

/// A line width that is evidence, with the width rounded to whole em.
#[derive(Debug, Clone, Copy, Default)]
pub struct Width {
    /// The width in em.
    pub em: f32,
    /// The width rounded to whole em.
    pub whole: i32,
}

/// Largest number of lines a window holds.
pub const CAPACITY: usize = 11;

/// The evidence widths of lines `lo..hi`, sorted ascending.
#[derive(Debug, Clone, Default)]
pub struct Window {
    sorted: [Width; CAPACITY],
    len: usize,
    lo: usize,
    hi: usize,
    /// The measure of the window as it is, if known: most steps down a column swap a
    /// full line for another of the same width, which leaves the measure as it was.
    measured: Option<f32>,
}

impl Window {
    /// Makes the window hold lines `lo..hi` of `widths` (`None`: no evidence).
    pub fn slide_to(&mut self, lo: usize, hi: usize, widths: &[Option<Width>]) {
        debug_assert!(hi - lo <= CAPACITY);
        if lo < self.lo || hi < self.hi || lo >= self.hi {
            self.len = 0;
            self.lo = lo;
            self.hi = lo;
            self.measured = None;
        }
        // Each line leaving gives its place to one entering, which costs one pass
        // instead of two; the lines left over leave or enter alone.
        let mut leaving = widths[self.lo..lo].iter().flatten();
        let mut entering = widths[self.hi..hi].iter().flatten();
        loop {
            match (leaving.next(), entering.next()) {
                (Some(out), Some(w)) => self.replace(out.em, *w),
                (Some(out), None) => {
                    self.remove(out.em);
                    leaving.for_each(|out| self.remove(out.em));
                    break;
                }
                (None, Some(w)) => {
                    self.insert(*w);
                    entering.for_each(|w| self.insert(*w));
                    break;
                }
                (None, None) => break,
            }
        }
        self.lo = lo;
        self.hi = hi;
    }

    /// Adds a width after any equal ones.
    fn insert(&mut self, w: Width) {
        let mut i = self.len;
        while i > 0 && self.sorted[i - 1].em > w.em {
            self.sorted[i] = self.sorted[i - 1];
            i -= 1;
        }
        self.sorted[i] = w;
        self.len += 1;
        self.measured = None;
    }

    /// Where one width equal to `em` (the very value added) stands.
    fn find(&self, em: f32) -> usize {
        self.sorted[..self.len]
            .iter()
            .position(|w| w.em.to_bits() == em.to_bits())
            .expect("a width in the window")
    }

    /// Removes one width equal to `em` (the very value added).
    fn remove(&mut self, em: f32) {
        let at = self.find(em);
        self.sorted.copy_within(at + 1..self.len, at);
        self.len -= 1;
        self.measured = None;
    }

    /// Replaces one width equal to `em` (the very value added) with `w`: `w` takes its
    /// place and moves to where it sorts. Widths with the same bits are the same
    /// width, so the window holds just what removing then inserting would leave.
    fn replace(&mut self, em: f32, w: Width) {
        if em.to_bits() == w.em.to_bits() {
            return;
        }
        let mut at = self.find(em);
        if w.em > em {
            while at + 1 < self.len && self.sorted[at + 1].em <= w.em {
                self.sorted[at] = self.sorted[at + 1];
                at += 1;
            }
        } else {
            while at > 0 && self.sorted[at - 1].em > w.em {
                self.sorted[at] = self.sorted[at - 1];
                at -= 1;
            }
        }
        self.sorted[at] = w;
        self.measured = None;
    }

    /// The measure of the window, worked out once for each content it has.
    pub fn measure(&mut self) -> f32 {
        *self
            .measured
            .get_or_insert_with(|| measure_of(&self.sorted[..self.len]))
    }
}

/// The measure of a window whose widths are `sorted` (ascending): the widest width,
/// rounded to whole em, that at least two lines not much wider than most reach. If
/// fewer than two lines are evidence it is 0.
fn measure_of(sorted: &[Width]) -> f32 {
    let len = sorted.len();
    if len < 2 {
        return 0.0;
    }
    let median = sorted[len / 2].em;
    let limit = sorted[len * 3 / 4].em * 1.3 + 1.0;
    // Widths sorted ascending round to whole em in ascending order too: the widest
    // within the limit, and the widest reached by two lines, are found from the top
    // (the limit leaves out few lines if any).
    let mut top = len;
    while top > 0 && sorted[top - 1].em > limit {
        top -= 1;
    }
    let widest = top.checked_sub(1).map(|j| sorted[j].whole);
    let repeated = (1..top)
        .rev()
        .find(|&j| sorted[j].whole == sorted[j - 1].whole)
        .map(|j| sorted[j].whole);
    repeated.or(widest).map_or(median.max(1.0), |b| b as f32)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// However the window slides, it holds the widths of its lines sorted, and its
        /// measure is theirs.
        #[test]
        fn sliding_keeps_the_lines_sorted(
            ems in prop::collection::vec(prop::option::of(0u8..8), 0..40),
            steps in prop::collection::vec((0usize..40, 0usize..=CAPACITY), 1..30),
        ) {
            let widths: Vec<Option<Width>> = ems
                .iter()
                .map(|e| e.map(|e| Width { em: f32::from(e) * 1.5, whole: i32::from(e) }))
                .collect();
            let mut window = Window::default();
            for (lo, len) in steps {
                let lo = lo.min(widths.len());
                let hi = (lo + len).min(widths.len());
                window.slide_to(lo, hi, &widths);
                let mut plain: Vec<Width> = widths[lo..hi].iter().flatten().copied().collect();
                plain.sort_by(|a, b| a.em.total_cmp(&b.em));
                let held = &window.sorted[..window.len];
                prop_assert_eq!(
                    held.iter().map(|w| (w.em, w.whole)).collect::<Vec<_>>(),
                    plain.iter().map(|w| (w.em, w.whole)).collect::<Vec<_>>()
                );
                prop_assert_eq!(window.measure().to_bits(), measure_of(&plain).to_bits());
            }
        }
    }
}
