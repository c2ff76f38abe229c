//! The local column measure: how wide, in em, a full line of running text is around each
//! line. A one-off headline line does not distort it, and a narrower box (a summary,
//! a side column) gets its own measure.

use super::lines::Line;

/// How many text lines on each side are looked at.
const WINDOW: usize = 5;

/// Estimates the measure at each of `lines` (only those with `is_text` set are used
/// as evidence) from the lines within a few lines around it (see [`measure_of`]).
/// Lines much wider than their neighbours (headlines, captions) are not evidence.
pub fn measures(lines: &[Line], is_text: &[bool]) -> Vec<f32> {
    let text_idx: Vec<usize> = (0..lines.len()).filter(|&i| is_text[i]).collect();
    let widths: Vec<f32> = text_idx.iter().map(|&i| lines[i].width).collect();
    let mut out = vec![0.0; lines.len()];
    let mut per_text = Vec::with_capacity(text_idx.len());
    for k in 0..text_idx.len() {
        let lo = k.saturating_sub(WINDOW);
        let hi = (k + WINDOW + 1).min(widths.len());
        per_text.push(measure_of(&widths[lo..hi]));
    }
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
    out
}

/// The measure of one window of line widths: the most common width, rounded to whole
/// em, among lines not much wider than most (ties go to the wider). Full lines of
/// running text are the majority of any column; first and last lines are short.
fn measure_of(window: &[f32]) -> f32 {
    let mut sorted: Vec<f32> = window.to_vec();
    sorted.sort_by(f32::total_cmp);
    let median = sorted[sorted.len() / 2];
    let limit = sorted[sorted.len() * 3 / 4] * 1.3 + 1.0;
    let mut buckets: Vec<(i32, u32)> = Vec::new();
    for &w in window.iter().filter(|&&w| w <= limit) {
        let b = w.round() as i32;
        match buckets.iter_mut().find(|(x, _)| *x == b) {
            Some((_, n)) => *n += 1,
            None => buckets.push((b, 1)),
        }
    }
    buckets
        .iter()
        .max_by_key(|(b, n)| (*n, *b))
        .map_or(median.max(1.0), |(b, _)| *b as f32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<Line> {
        texts.iter().enumerate().map(|(i, t)| Line::new(t, i, false)).collect()
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
        let m = measures(&ls, &[true; 6]);
        assert!(m.iter().all(|&w| (w - 14.0).abs() < 0.01), "{m:?}");
    }

    #[test]
    fn narrow_box_keeps_its_own_measure() {
        let mut texts = vec!["一二三四五六七八九十"; 6];
        texts.extend(["一二三四五六七八九十一二三四五六"; 12]);
        let ls = lines(&texts);
        let m = measures(&ls, &vec![true; ls.len()]);
        assert!((m[0] - 10.0).abs() < 0.01);
        assert!((m[17] - 16.0).abs() < 0.01);
    }
}
