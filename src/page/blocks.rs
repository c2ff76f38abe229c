//! From lines to units: bylines, captions and closing datelines are recognised by
//! their patterns, running text is joined into paragraphs, and lines that stand apart
//! from running text become display lines (headline and heading candidates).

mod bounds;
mod classify;
mod display;

use std::collections::BTreeMap;

use bounds::{is_cut_paragraph, is_display_group};
use classify::{Pattern, classify, mark_caption_text};
use display::link_display_lines;

use super::lines::Line;
use super::measure::{LineWidth, measures};
use super::patterns::starts_with_lead;
use super::reflow::{INDENT, Pair, is_full, is_wider, paragraph_ends, strong_start};
use super::text::{is_no_line_start, opens_subtitle};
use super::units::{Unit, UnitKind, display_text, join_lines, space_after_lead};

/// Widest, as a share of the column measure, that a line of a narrower side column is.
const NARROW: f32 = 0.6;

/// Fewest lines of one width that make a narrower column.
const NARROW_RUN: usize = 3;

/// Longest text, in characters, that a display line group may hold; longer unpunctuated
/// blocks are summary boxes or cut paragraphs.
const MAX_DISPLAY_CHARS: usize = 40;

/// Builds the units of a page from its content lines (furniture already removed).
pub fn build_units(lines: &[Line]) -> Vec<Unit> {
    let mut patterns = classify(lines);
    let is_text: Vec<bool> = patterns.iter().map(|p| *p == Pattern::Text).collect();

    let widths: Vec<LineWidth> = lines.iter().map(LineWidth::from).collect();
    let first = measures(&widths, &is_text);
    let squeezes = first.squeezes;
    let measure = &first.at;
    mark_caption_text(lines, measure, squeezes, &mut patterns);
    let page_measure = page_measure(lines, &is_text);
    let blanks_end_blocks = blanks_end_blocks(lines);
    let builder = Builder {
        lines,
        dry: true,
        blanks_end_blocks,
        squeezes,
        page_measure,
        measure,
        patterns: &patterns,
        trace_breaks: std::env::var("DUBAO_TRACE").is_ok_and(|v| v == "2"),
    };
    // Display lines are not running text: measure again without them.
    let mut evidence = is_text.clone();
    for u in builder.run().iter().filter(|u| u.is_display()) {
        evidence[u.line] = false;
    }
    let remeasured = (evidence != is_text).then(|| first.remeasure(&widths, &evidence).at);
    let measure = remeasured.as_deref().unwrap_or(measure);
    let builder = Builder {
        measure,
        dry: false,
        ..builder
    };
    let mut units = builder.run();
    if std::env::var_os("DUBAO_TRACE").is_some() {
        for (i, l) in lines.iter().enumerate() {
            let flags = format!(
                "{}{}",
                if l.blank_before { "¶" } else { " " },
                if l.stretched { "~" } else { " " }
            );
            eprintln!(
                "{:4} {:5.2} m{:5.1} {:?} {flags}{}",
                l.src + 1,
                l.width,
                measure[i],
                patterns[i],
                l.raw()
            );
        }
    }
    link_display_lines(&mut units, page_measure);
    units
}

/// The pass that turns classified lines into units.
struct Builder<'a> {
    lines: &'a [Line<'a>],
    /// Only find which lines are display lines: build no text.
    dry: bool,
    /// The page squeezes punctuation to fit lines.
    squeezes: bool,
    /// Blank lines on this page fall between blocks, not inside sentences.
    blanks_end_blocks: bool,
    /// The commonest column measure on the page.
    page_measure: f32,
    measure: &'a [f32],
    patterns: &'a [Pattern],
    /// Print where paragraphs break (`DUBAO_TRACE=2`).
    trace_breaks: bool,
}

impl Builder<'_> {
    fn run(&self) -> Vec<Unit> {
        let mut units = Vec::new();
        let mut i = 0;
        while i < self.lines.len() {
            let line = &self.lines[i];
            i = match self.patterns[i] {
                Pattern::Dateline => {
                    units.push(self.unit(UnitKind::Dateline, line.text.to_string(), i));
                    i + 1
                }
                Pattern::Byline => {
                    units.push(self.unit(UnitKind::Byline, display_text(line.raw()), i));
                    i + 1
                }
                Pattern::Credit | Pattern::CaptionText => self.caption(i, &mut units),
                Pattern::Text => self.text_block(i, &mut units),
            };
        }
        units
    }

    /// A unit with the layout facts of line `i`.
    fn unit(&self, kind: UnitKind, text: String, i: usize) -> Unit {
        let line = &self.lines[i];
        let mut unit = Unit::new(kind, text, line.src);
        unit.line = i;
        unit.width = line.width;
        unit.measure = self.measure[i];
        unit.blank_before = line.blank_before;
        unit.letter_spaced = line.letter_spaced;
        // Large type spans columns: well past the measure, not just a mark or two.
        unit.wide = is_wider(line, self.measure[i], self.squeezes, 1.5);
        unit
    }

    /// The tidy text of display line `i` (nothing in a dry run).
    fn display_text(&self, i: usize) -> String {
        if self.dry {
            String::new()
        } else {
            display_text(self.lines[i].raw())
        }
    }

    fn is_text(&self, i: usize) -> bool {
        self.patterns.get(i) == Some(&Pattern::Text)
    }

    /// A caption: caption lines up to and including the photo credit.
    fn caption(&self, i: usize, units: &mut Vec<Unit>) -> usize {
        let mut j = i;
        while j < self.lines.len() && self.patterns[j] == Pattern::CaptionText {
            j += 1;
        }
        if j < self.lines.len() && self.patterns[j] == Pattern::Credit {
            j += 1;
        }
        let j = j.max(i + 1);
        let parts: Vec<String> = self.lines[i..j]
            .iter()
            .map(|l| display_text(l.raw()))
            .collect();
        let text = join_caption(&parts);
        units.push(self.unit(UnitKind::Caption, text, i));
        j
    }

    /// Running text or display lines starting at line `i`.
    fn text_block(&self, i: usize, units: &mut Vec<Unit>) -> usize {
        if self.starts_display(i) {
            units.push(self.unit(UnitKind::Display, self.display_text(i), i));
            let mut j = i + 1;
            while self.is_text(j) && self.is_wrap_tail(j) {
                let mut tail = self.unit(UnitKind::Display, self.display_text(j), j);
                tail.wraps_prev = true;
                units.push(tail);
                j += 1;
            }
            return j;
        }
        let first = &self.lines[i];
        let indented_start = first.indented || first.width <= self.measure[i] - 1.4;
        let mut j = i + 1;
        while self.is_text(j) {
            let indent = if j - 1 == i && indented_start {
                INDENT
            } else {
                0.0
            };
            let pair = Pair {
                line: &self.lines[j - 1],
                next: &self.lines[j],
                measure: self.measure[j - 1],
                next_measure: self.measure[j],
                indent,
                first_of_block: j - 1 == i,
                after: self
                    .is_text(j + 1)
                    .then(|| (&self.lines[j + 1], self.measure[j + 1])),
                blank: self.lines[j].blank_before && self.blanks_end_blocks,
                squeezes: self.squeezes,
            };
            if paragraph_ends(&pair)
                || self.starts_narrow_run(j)
                || self.starts_headline_pair(j)
                || self.starts_lone_headline(j)
                || self.starts_balanced_title(j)
            {
                if self.trace_breaks {
                    eprintln!(
                        "BREAK before {} ({})",
                        self.lines[j].src + 1,
                        self.lines[j].text
                    );
                }
                break;
            }
            j += 1;
        }
        let j = self.trailing_heading(i, j).unwrap_or(j);
        let block = &self.lines[i..j];
        if is_display_group(block, self.page_measure)
            && !is_cut_paragraph(block, self.measure[i], self.page_measure)
        {
            // Lines joined as running text wrap into each other; the lines of a narrow
            // side headline are linked later, part by part.
            let narrow = block.iter().all(|l| l.width <= 0.7 * self.page_measure);
            for k in i..j {
                let mut unit = self.unit(UnitKind::Display, self.display_text(k), k);
                // A line opening with —— starts a subtitle, never wraps a title; a
                // line that did not reach the column's edge did not wrap.
                unit.wraps_prev = k > i
                    && !narrow
                    && self.lines[k].width < self.lines[k - 1].width - 0.5
                    && self.lines[k - 1].width >= self.measure[k - 1] - 1.0
                    && !opens_subtitle(&self.lines[k].text);
                units.push(unit);
            }
        } else if self.dry {
            units.push(self.unit(UnitKind::Paragraph, String::new(), i));
        } else {
            let text = join_lines(block.iter().map(|l| &*l.text));
            let mut unit = self.unit(UnitKind::Paragraph, space_after_lead(text), i);
            unit.lead = starts_with_lead(&unit.text);
            unit.continues = first
                .text
                .starts_with(|c: char| is_no_line_start(c) && c != '—' && c != '…')
                || (!indented_start && is_full(first, self.measure[i]) && !strong_start(first));
            let last = &block[block.len() - 1];
            unit.open_end = !last.ends_sentence;
            unit.full_end = block.len() > 1 && is_full(last, self.measure[j - 1]);
            units.push(unit);
        }
        j
    }
}

/// Do the page's blank lines mostly follow finished sentences? Some extractions put a
/// blank line between blocks; others also at column breaks and inside words, and
/// then blank lines say nothing.
fn blanks_end_blocks(lines: &[Line]) -> bool {
    let (mut open, mut inside) = (0, 0);
    for pair in lines.windows(2).filter(|w| !w[0].ends_sentence) {
        open += 1;
        inside += usize::from(pair[1].blank_before);
    }
    inside * 5 < open
}

/// The commonest width, rounded to whole em, of the page's text lines.
fn page_measure(lines: &[Line], is_text: &[bool]) -> f32 {
    let mut counts: BTreeMap<i32, u32> = BTreeMap::new();
    for (l, _) in lines.iter().zip(is_text).filter(|(_, t)| **t) {
        *counts.entry(l.width.round() as i32).or_insert(0) += 1;
    }
    // Count then width decide: the order of the counts does not matter.
    counts
        .iter()
        .max_by_key(|&(b, n)| (*n, *b))
        .map_or(14.0, |(b, _)| *b as f32)
}

/// Joins caption parts: a space between the caption text and its credit.
fn join_caption(parts: &[String]) -> String {
    let mut out = String::new();
    for part in parts {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}
