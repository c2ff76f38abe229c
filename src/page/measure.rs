//! The local column measure: how wide, in em, a full line of running text is around each
//! line. A one-off headline line does not distort it, and a narrower box (a summary,
//! a side column) gets its own measure.

use super::lines::Line;

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
}

/// Estimates the measure at each of `lines` (only those with `is_text` set are used
/// as evidence) from the lines within a few lines around it (see [`measure_of`]).
/// Lines much wider than their neighbours (headlines, captions) are not evidence.
pub fn measures(lines: &[Line], is_text: &[bool]) -> Measures {
    let text_idx: Vec<usize> = (0..lines.len()).filter(|&i| is_text[i]).collect();
    // Other lines (bylines, headlines, captions) often stand where the column changes.
    let walls: Vec<bool> = text_idx
        .iter()
        .enumerate()
        .map(|(k, &i)| k > 0 && text_idx[k - 1] + 1 != i)
        .collect();
    let marked = |l: &Line| l.width - l.min_width > 0.75;
    // First, the measure from lines with at most one mark, which no typesetter squeezes.
    let plain: Vec<f32> = text_idx
        .iter()
        .map(|&i| {
            if marked(&lines[i]) {
                f32::NAN
            } else {
                lines[i].width
            }
        })
        .collect();
    let plain_measure = windowed(&plain, &walls);
    // A page whose lines with several marks often run past that measure squeezes its
    // punctuation (标点挤压): measure those lines with their marks squeezed.
    let (mut many, mut over) = (0, 0);
    for (k, &i) in text_idx.iter().enumerate() {
        if marked(&lines[i]) && plain_measure[k] > 0.0 {
            many += 1;
            over += usize::from(lines[i].width > plain_measure[k] + 0.75);
        }
    }
    let squeezes = over >= 3 && over * 5 > many;
    let widths: Vec<f32> = text_idx
        .iter()
        .map(|&i| {
            let l = &lines[i];
            if squeezes && marked(l) {
                l.min_width + 0.25
            } else {
                l.width
            }
        })
        .collect();
    let per_text: Vec<f32> = windowed(&widths, &walls)
        .into_iter()
        .map(|m| m.max(1.0))
        .collect();
    let mut out = vec![0.0; lines.len()];
    for (k, &i) in text_idx.iter().enumerate() {
        out[i] = per_text[k];
    }
    // Non-text lines take the measure of the nearest text line before them.
    let mut last = per_text.first().copied().unwrap_or(14.0);
    for (i, m) in out.iter_mut().enumerate() {
        if is_text[i] {
            last = *m;
        } else {
            *m = last;
        }
    }
    Measures { at: out, squeezes }
}

/// The measure of every window of `WINDOW` lines on each side (0 where unknown). A
/// window stops at a wall (`walls[k]`: other lines stood before line `k`) unless that
/// would leave it too small to judge.
fn windowed(widths: &[f32], walls: &[bool]) -> Vec<f32> {
    (0..widths.len())
        .map(|k| {
            let mut lo = k;
            while lo > 0 && k - lo < WINDOW && !walls[lo] {
                lo -= 1;
            }
            let mut hi = k + 1;
            while hi < widths.len() && hi - k <= WINDOW && !walls[hi] {
                hi += 1;
            }
            if hi - lo < 5 {
                lo = k.saturating_sub(WINDOW);
                hi = (k + WINDOW + 1).min(widths.len());
            }
            measure_of(&widths[lo..hi])
        })
        .collect()
}

/// The measure of one window of line widths: the widest width, rounded to whole em,
/// that at least two lines not much wider than most reach. `NaN` marks lines that
/// are no evidence; if fewer than two lines are, all count.
fn measure_of(window: &[f32]) -> f32 {
    // Windows are at most 2 × WINDOW + 1 lines: sort them on the stack.
    let mut sorted = [0.0f32; 2 * WINDOW + 1];
    let mut len = 0;
    for &w in window.iter().filter(|w| !w.is_nan()).take(sorted.len()) {
        let mut i = len;
        while i > 0 && sorted[i - 1] > w {
            sorted[i] = sorted[i - 1];
            i -= 1;
        }
        sorted[i] = w;
        len += 1;
    }
    if len < 2 {
        return 0.0;
    }
    let median = sorted[len / 2];
    let limit = sorted[len * 3 / 4] * 1.3 + 1.0;
    let (mut repeated, mut widest, mut last, mut run) = (None, None, None, 0);
    for &w in sorted[..len].iter().filter(|&&w| w <= limit) {
        let b = w.round() as i32;
        run = if last == Some(b) { run + 1 } else { 1 };
        last = Some(b);
        widest = Some(b);
        if run >= 2 {
            repeated = Some(b);
        }
    }
    repeated.or(widest).map_or(median.max(1.0), |b| b as f32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<Line> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Line::new(t, i, false))
            .collect()
    }

    #[test]
    fn measure_ignores_a_wide_headline() {
        let ls = lines(&[
            "一二三四五六七八九十一二",
            "一二三四五六七八九十一二三四",
            "一二三四五六七八九十一二三四",
            "一二三四五六七八九十一二三四五六七八九十一二三四五六",
            "一二三四五六七八九十一二三四",
            "一二三四。",
        ]);
        let m = measures(&ls, &[true; 6]).at;
        assert!(m.iter().all(|&w| (w - 14.0).abs() < 0.01), "{m:?}");
    }

    #[test]
    fn narrow_box_keeps_its_own_measure() {
        let mut texts = vec!["一二三四五六七八九十"; 6];
        texts.extend(["一二三四五六七八九十一二三四五六"; 12]);
        let ls = lines(&texts);
        let m = measures(&ls, &vec![true; ls.len()]).at;
        assert!((m[0] - 10.0).abs() < 0.01);
        assert!((m[17] - 16.0).abs() < 0.01);
    }
}
