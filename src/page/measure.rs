//! The local column measure: how wide, in em, a full line of running text is around each
//! line. A one-off headline line does not distort it, and a narrower box (a summary,
//! a side column) gets its own measure.

mod window;

use window::{CAPACITY, Width, Window};

use super::lines::Line;

/// The widths of a line that its column's measure is judged from (see [`Line`]),
/// apart from the rest of the line so that measuring reads little memory.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LineWidth {
    /// Printed width in em, every mark a full em.
    pub width: f32,
    /// The narrowest the line can be set, punctuation squeezed.
    pub min_width: f32,
}

impl From<&Line<'_>> for LineWidth {
    fn from(line: &Line<'_>) -> Self {
        Self {
            width: line.width,
            min_width: line.min_width,
        }
    }
}

/// How many text lines on each side are looked at.
const WINDOW: usize = 5;

/// The measure at each line, and whether the page squeezes punctuation.
#[derive(Debug, Clone, PartialEq)]
pub struct Measures {
    /// The measure, in em, at each line.
    pub at: Vec<f32>,
    /// The page's typesetter squeezes punctuation to fit lines (标点挤压), so a line
    /// with many marks may run past the measure.
    pub squeezes: bool,
    /// What the measuring saw, to measure again with fewer lines.
    seen: Seen,
}

/// What one measuring saw, for measuring again with fewer lines as evidence.
#[derive(Debug, Clone, Default, PartialEq)]
struct Seen {
    /// The text lines used as evidence.
    text: Vec<usize>,
    /// Each text line's window, as a range of text lines.
    bounds: Vec<(usize, usize)>,
    /// The plain measure at each text line (0 where not needed).
    plain: Vec<f32>,
    /// The measure at each text line, before it is floored at one em.
    full: Vec<f32>,
    /// Whether the page was found to squeeze punctuation.
    squeezes: bool,
}

/// Estimates the measure at each of `lines` (only those with `is_text` set are used
/// as evidence) from the lines within a few lines around it: the widest width that at
/// least two lines not much wider than most reach. Lines much wider than their
/// neighbours (headlines, captions) are not evidence.
pub fn measures(lines: &[LineWidth], is_text: &[bool]) -> Measures {
    measure_with(lines, is_text, None)
}

impl Measures {
    /// The measures with only the lines of `is_text` as evidence, which must be some
    /// of the lines these were made with: windows holding the same lines as before are
    /// not measured again.
    #[must_use]
    pub fn remeasure(&self, lines: &[LineWidth], is_text: &[bool]) -> Measures {
        measure_with(lines, is_text, Some(&self.seen))
    }
}

/// [`measures`], reusing the windows of an earlier measuring with more evidence.
fn measure_with(lines: &[LineWidth], is_text: &[bool], before: Option<&Seen>) -> Measures {
    let text_idx: Vec<usize> = (0..lines.len()).filter(|&i| is_text[i]).collect();
    let bounds = window_bounds(&text_idx);
    // The text line with the same window in the earlier measuring, if any: the
    // evidence now is some of the evidence then, so two windows with the same first
    // and last line and as many lines hold the same lines.
    let same: Vec<Option<usize>> = match before {
        None => vec![None; text_idx.len()],
        Some(seen) => {
            let span = |text: &[usize], (lo, hi): (usize, usize)| (text[lo], text[hi - 1], hi - lo);
            let mut k1 = 0;
            text_idx
                .iter()
                .zip(&bounds)
                .map(|(&i, &window)| {
                    while seen.text[k1] < i {
                        k1 += 1;
                    }
                    let earlier = span(&seen.text, seen.bounds[k1]);
                    (earlier == span(&text_idx, window)).then_some(k1)
                })
                .collect()
        }
    };
    let marked = |l: &LineWidth| l.width - l.min_width > 0.75;
    // First, the measure from lines with at most one mark, which no typesetter squeezes.
    let plain: Vec<Option<Width>> = text_idx
        .iter()
        .map(|&i| (!marked(&lines[i])).then(|| width(lines[i].width)))
        .collect();
    // Only lines with several marks need it.
    let plain_measure = windowed(
        &plain,
        &bounds,
        |k| plain[k].is_none(),
        |k| Some(before?.plain[same[k]?]),
    );
    // A page whose lines with several marks often run past that measure squeezes its
    // punctuation (标点挤压): measure those lines with their marks squeezed.
    let (mut many, mut over) = (0, 0);
    for (k, &i) in text_idx.iter().enumerate() {
        if plain[k].is_none() && plain_measure[k] > 0.0 {
            many += 1;
            over += usize::from(lines[i].width > plain_measure[k] + 0.75);
        }
    }
    let squeezes = over >= 3 && over * 5 > many;
    let widths: Vec<Option<Width>> = text_idx
        .iter()
        .zip(&plain)
        .map(|(&i, plain)| {
            let l = &lines[i];
            Some(match plain {
                Some(w) => *w,
                None if squeezes => width(l.min_width + 0.25),
                None => width(l.width),
            })
        })
        .collect();
    let full = windowed(
        &widths,
        &bounds,
        |_| true,
        |k| Some(before.filter(|b| b.squeezes == squeezes)?.full[same[k]?]),
    );
    let mut out = vec![0.0; lines.len()];
    for (k, &i) in text_idx.iter().enumerate() {
        out[i] = full[k].max(1.0);
    }
    // Non-text lines take the measure of the nearest text line before them.
    let mut last = full.first().map_or(14.0, |m| m.max(1.0));
    for (i, m) in out.iter_mut().enumerate() {
        if is_text[i] {
            last = *m;
        } else {
            *m = last;
        }
    }
    Measures {
        at: out,
        squeezes,
        seen: Seen {
            text: text_idx,
            bounds,
            plain: plain_measure,
            full,
            squeezes,
        },
    }
}

/// A width with its rounding to whole em.
fn width(em: f32) -> Width {
    Width {
        em,
        whole: round_to_int(em),
    }
}

/// `em.round() as i32` (half away from zero, saturating, NaN to 0) without the call to
/// the maths library that `round` costs on the baseline x86-64 target, where every
/// line's width is rounded.
fn round_to_int(em: f32) -> i32 {
    // From 2^23 on every f32 is whole, and the cast saturates as the rounded one does
    // (NaN casts to 0 either way).
    if em.is_nan() || em.abs() >= 8_388_608.0 {
        return em as i32;
    }
    // Below 2^23 the cast truncates exactly and the fraction left is exact too.
    let whole = em as i32;
    let fraction = em - whole as f32;
    if fraction >= 0.5 {
        whole + 1
    } else if fraction <= -0.5 {
        whole - 1
    } else {
        whole
    }
}

/// The window of each text line among the text lines `text_idx`: `WINDOW` lines on
/// each side. A window stops at a wall (other lines stood between two text lines,
/// often where the column changes) unless that would leave it too small to judge.
fn window_bounds(text_idx: &[usize]) -> Vec<(usize, usize)> {
    let len = text_idx.len();
    let wall = |k: usize| k > 0 && k < len && text_idx[k - 1] + 1 != text_idx[k];
    // The first wall after each text line.
    let mut next_wall = vec![len; len + 1];
    for k in (1..len).rev() {
        next_wall[k] = if wall(k) { k } else { next_wall[k + 1] };
    }
    let mut last_wall = 0;
    (0..len)
        .map(|k| {
            if wall(k) {
                last_wall = k;
            }
            let lo = k.saturating_sub(WINDOW).max(last_wall);
            let hi = (k + WINDOW + 1).min(len).min(next_wall[k + 1]);
            if hi - lo < 5 {
                (k.saturating_sub(WINDOW), (k + WINDOW + 1).min(len))
            } else {
                (lo, hi)
            }
        })
        .collect()
}

/// The measure of the window of every text line `k` for which `wanted(k)` holds (0
/// elsewhere, and where unknown), unless `known(k)` already tells it.
fn windowed(
    widths: &[Option<Width>],
    bounds: &[(usize, usize)],
    wanted: impl Fn(usize) -> bool,
    known: impl Fn(usize) -> Option<f32>,
) -> Vec<f32> {
    let mut window = Window::default();
    (0..widths.len())
        .map(|k| {
            if !wanted(k) {
                return 0.0;
            }
            known(k).unwrap_or_else(|| {
                let (lo, hi) = bounds[k];
                window.slide_to(lo, hi, widths);
                window.measure()
            })
        })
        .collect()
}

const _: () = assert!(2 * WINDOW + 1 == CAPACITY);

#[cfg(test)]
mod tests;
