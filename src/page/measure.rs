//! The local column measure: how wide, in em, a full line of running text is around each
//! line. A one-off headline line does not distort it, and a narrower box (a summary,
//! a side column) gets its own measure.

mod window;

use window::{CAPACITY, Width, Window};

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
/// as evidence) from the lines within a few lines around it (see [`Window::measure`]).
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
    let plain: Vec<Option<Width>> = text_idx
        .iter()
        .map(|&i| (!marked(&lines[i])).then(|| width(lines[i].width)))
        .collect();
    // Only lines with several marks need it.
    let plain_measure = windowed(&plain, &walls, |k| marked(&lines[text_idx[k]]));
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
    let widths: Vec<Option<Width>> = text_idx
        .iter()
        .map(|&i| {
            let l = &lines[i];
            Some(width(if squeezes && marked(l) {
                l.min_width + 0.25
            } else {
                l.width
            }))
        })
        .collect();
    let per_text: Vec<f32> = windowed(&widths, &walls, |_| true)
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

/// A width with its rounding to whole em.
fn width(em: f32) -> Width {
    Width {
        em,
        whole: em.round() as i32,
    }
}

/// The measure of the window of `WINDOW` lines on each side of every line `k` for
/// which `wanted(k)` holds (0 elsewhere, and where unknown). A window stops at a wall
/// (`walls[k]`: other lines stood before line `k`) unless that would leave it too
/// small to judge.
fn windowed(widths: &[Option<Width>], walls: &[bool], wanted: impl Fn(usize) -> bool) -> Vec<f32> {
    let len = widths.len();
    // The first wall at or after each line.
    let mut next_wall = vec![len; len + 1];
    for k in (0..len).rev() {
        next_wall[k] = if walls[k] { k } else { next_wall[k + 1] };
    }
    let mut window = Window::default();
    let mut last_wall = 0;
    let mut out = vec![0.0; len];
    for k in 0..len {
        if walls[k] {
            last_wall = k;
        }
        if !wanted(k) {
            continue;
        }
        let mut lo = k.saturating_sub(WINDOW).max(last_wall);
        let mut hi = (k + WINDOW + 1).min(len).min(next_wall[k + 1]);
        if hi - lo < 5 {
            lo = k.saturating_sub(WINDOW);
            hi = (k + WINDOW + 1).min(len);
        }
        window.slide_to(lo, hi, widths);
        out[k] = window.measure();
    }
    out
}

const _: () = assert!(2 * WINDOW + 1 == CAPACITY);

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
