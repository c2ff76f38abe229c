//! Cutting a unit wider than its line (only at narrow widths): first at the places the
//! break rules allow, such as between a number and its unit, and between graphemes only
//! inside a stretch the rules keep whole.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::{Ambiguous, Unit, atoms, is_no_end, is_no_start};

/// Splits `unit` into pieces that fit: the first piece gets `first` cells, each later
/// one `room`. Pieces end where the rules allow a line break; a rule-kept stretch wider
/// than its line is cut between graphemes.
pub(super) fn split_oversized(
    text: &str,
    unit: Unit,
    first: usize,
    room: usize,
    amb: Ambiguous,
) -> Vec<Unit> {
    if unit.width <= first {
        return vec![unit];
    }
    let body_end = unit.range.start + text[unit.range.clone()].trim_end().len();
    let mut out: Vec<Unit> = Vec::new();
    let mut cur = empty(unit.range.start);
    let cap = |out: &Vec<Unit>| if out.is_empty() { first } else { room };
    for run in rule_runs(text, unit.range.start..body_end) {
        let w = amb.width(&text[run.clone()]);
        if cur.width + w <= cap(&out) {
            cur.range.end = run.end;
            cur.width += w;
            continue;
        }
        if !cur.range.is_empty() {
            out.push(std::mem::replace(&mut cur, empty(run.start)));
        }
        if w <= cap(&out) {
            cur.range.end = run.end;
            cur.width = w;
            continue;
        }
        // A stretch the rules keep whole is wider than the line: cut between graphemes.
        for (i, g) in text[run.clone()].grapheme_indices(true) {
            let gw = amb.width(g);
            // A grapheme of no width (a lone trailing jamo, say) still holds its line.
            if cur.width + gw > cap(&out) && !cur.range.is_empty() {
                out.push(std::mem::replace(&mut cur, empty(run.start + i)));
            }
            cur.range.end = run.start + i + g.len();
            cur.width += gw;
        }
    }
    cur.range.end = unit.range.end;
    cur.space = unit.space;
    out.push(cur);
    out
}

/// A unit of no width starting at byte `at`.
fn empty(at: usize) -> Unit {
    Unit {
        range: at..at,
        width: 0,
        space: 0,
    }
}

/// Cuts `range` of `text` into stretches between which the rules allow a break: never
/// before a mark that may not start a line, after one that may not end it, or next to
/// a space (a line neither starts with one nor, here, ends with one).
fn rule_runs(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let base = range.start;
    let slice = &text[range];
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut prev: Option<&str> = None;
    for atom in atoms(slice) {
        let s = &slice[atom.clone()];
        let atom = base + atom.start..base + atom.end;
        let joins = prev.is_some_and(|p| {
            let last = p.chars().next_back().unwrap_or(' ');
            let first = s.chars().next().unwrap_or(' ');
            is_no_start(first) || is_no_end(last) || first.is_whitespace() || last.is_whitespace()
        });
        match out.last_mut() {
            Some(run) if joins => run.end = atom.end,
            _ => out.push(atom),
        }
        prev = Some(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::wrap;
    use super::*;

    fn lines(text: &str, width: usize, indent: usize) -> Vec<&str> {
        wrap(text, width, indent, Ambiguous::Narrow)
            .into_iter()
            .map(|l| &text[l.range])
            .collect()
    }

    #[test]
    fn a_number_parts_from_its_unit_before_a_mark_starts_a_line() {
        assert_eq!(lines("6月19日，位于", 5, 0), ["6月19", "日，", "位于"]);
    }

    #[test]
    fn a_word_too_wide_for_any_line_is_cut_between_graphemes() {
        assert_eq!(lines("abcdefgh", 3, 0), ["abc", "def", "gh"]);
    }

    #[test]
    fn only_the_opening_unit_meets_the_narrow_first_line() {
        assert_eq!(lines("台阶。2，", 6, 4), ["台", "阶。", "2，"]);
    }
}
