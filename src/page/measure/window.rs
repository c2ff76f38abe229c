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
}

impl Window {
    /// Makes the window hold lines `lo..hi` of `widths` (`None`: no evidence).
    pub fn slide_to(&mut self, lo: usize, hi: usize, widths: &[Option<Width>]) {
        debug_assert!(hi - lo <= CAPACITY);
        if lo < self.lo || hi < self.hi || lo >= self.hi {
            self.len = 0;
            self.lo = lo;
            self.hi = lo;
        }
        for w in widths[self.lo..lo].iter().flatten() {
            self.remove(w.em);
        }
        for w in widths[self.hi..hi].iter().flatten() {
            self.insert(*w);
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
    }

    /// Removes one width equal to `em` (the very value added).
    fn remove(&mut self, em: f32) {
        let at = self.sorted[..self.len]
            .iter()
            .position(|w| w.em.to_bits() == em.to_bits())
            .expect("a width in the window");
        self.sorted.copy_within(at + 1..self.len, at);
        self.len -= 1;
    }

    /// The measure of the window: the widest width, rounded to whole em, that at least
    /// two lines not much wider than most reach. If fewer than two lines are evidence
    /// it is 0.
    pub fn measure(&self) -> f32 {
        let sorted = &self.sorted[..self.len];
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
}
