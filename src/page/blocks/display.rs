//! Display lines linked into headline parts: a line wraps into the next, or ends a
//! kicker.

use super::super::patterns::ends_with_speech_verb;
use super::super::text::{is_closing, is_opening};
use super::super::units::Unit;

/// Links display lines that continue one headline: a line that leaves a bracket or
/// quote open goes on in the next, and lines of one narrow side column wrap into each
/// other. A line closing a bracket or ending in —— (a kicker) ends its part.
pub(super) fn link_display_lines(units: &mut [Unit], page_measure: f32) {
    for k in 1..units.len() {
        let (prev, next) = (&units[k - 1], &units[k]);
        if !prev.is_display() || !next.is_display() || next.wraps_prev {
            continue;
        }
        let open = unbalanced(&prev.text);
        let closed = prev.text.ends_with(|c: char| is_closing(c))
            || prev.text.ends_with('—')
            || ends_with_speech_verb(&prev.text);
        let narrow = prev.width <= 0.7 * page_measure && next.width <= 0.7 * page_measure;
        let same_column = narrow && (next.width - prev.width).abs() <= 1.0;
        let shorter = next.width < prev.width - 0.5 && !next.text.starts_with("——");
        let full = prev.width >= prev.measure - 1.2 && !prev.wide;
        if open || (!closed && (same_column || (shorter && (narrow || full)))) {
            units[k].wraps_prev = true;
        } else if prev.text.ends_with("——") && !next.text.starts_with("——") {
            units[k].after_kicker = true;
        }
    }
}

/// Does the text leave a quote or bracket open?
fn unbalanced(text: &str) -> bool {
    let opens = text.chars().filter(|&c| is_opening(c)).count();
    let closes = text
        .chars()
        .filter(|&c| is_closing(c) && c != '"' && c != '\'')
        .count();
    opens > closes
}
