//! From lines to units: bylines, captions and closing datelines are recognised by
//! their patterns, running text is joined into paragraphs, and lines that stand apart
//! from running text become display lines (headline and heading candidates).

use rustc_hash::FxHashMap;

use super::lines::Line;
use super::measure::{LineWidth, measures};
use super::patterns::{
    ends_with_photo_credit, ends_with_speech_verb, is_byline, is_end_dateline, is_signature,
    opens_caption, starts_with_lead,
};
use super::reflow::{
    INDENT, Pair, continues, is_full, is_wide, is_wide_start, is_wider, looks_first_line,
    paragraph_ends, strong_start,
};
use super::text::{is_closing, is_no_line_start, is_opening, visible_len};
use super::units::{Unit, UnitKind, display_text, join_lines, space_after_lead};

/// What a line is by its own pattern, before paragraphs are built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pattern {
    /// Running text or a display line.
    Text,
    /// A byline or signature on its own line.
    Byline,
    /// A line ending with a photo credit.
    Credit,
    /// Caption text before a credit.
    CaptionText,
    /// A closing dateline.
    Dateline,
}

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

/// Classifies each line by its own pattern.
fn classify(lines: &[Line]) -> Vec<Pattern> {
    let mut out: Vec<Pattern> = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let raw = line.raw().trim();
        let pattern = if is_end_dateline(raw) {
            Pattern::Dateline
        } else if ends_with_photo_credit(raw) {
            Pattern::Credit
        } else if is_byline(raw) || (is_signature(raw) && signature_stands_alone(lines, &out, i)) {
            Pattern::Byline
        } else {
            Pattern::Text
        };
        out.push(pattern);
    }
    out
}

/// A bare name is a signature only where it cannot be the tail of a wrapped line:
/// set letter-spaced, after a blank, at the top, or after a finished sentence or byline.
fn signature_stands_alone(lines: &[Line], before: &[Pattern], i: usize) -> bool {
    let line = &lines[i];
    line.raw().trim().contains(char::is_whitespace)
        || line.blank_before
        || i == 0
        || lines[i - 1].ends_sentence
        || before[i - 1] != Pattern::Text
}

/// Marks the text of captions: wide lines right before a photo credit, a credit split
/// over two lines (`新华社记者 燕` / `雁摄`), and lines opening with 图为.
fn mark_caption_text(lines: &[Line], measure: &[f32], squeezes: bool, patterns: &mut [Pattern]) {
    for i in 0..lines.len() {
        if patterns[i] == Pattern::Text && opens_caption(&lines[i].text) {
            let mut j = i;
            while j < lines.len() && patterns[j] == Pattern::Text && j < i + 4 {
                patterns[j] = Pattern::CaptionText;
                if lines[j].ends_sentence {
                    break;
                }
                j += 1;
            }
        }
        if patterns[i] != Pattern::Credit {
            continue;
        }
        let mut j = i;
        if visible_len(&lines[i].text) <= 3 && i > 0 && patterns[i - 1] == Pattern::Byline {
            patterns[i - 1] = Pattern::CaptionText;
            j -= 1;
        }
        while j > 0
            && patterns[j - 1] == Pattern::Text
            && is_wide(&lines[j - 1], measure[j - 1], squeezes)
            && lines[j - 1].ends_sentence
        {
            patterns[j - 1] = Pattern::CaptionText;
            j -= 1;
        }
    }
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
            if paragraph_ends(&pair) || self.starts_narrow_run(j) || self.starts_headline_pair(j) {
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
        if is_display_group(block, self.page_measure) && !is_cut_paragraph(block, self.measure[i]) {
            // Lines joined as running text wrap into each other; the lines of a narrow
            // side headline are linked later, part by part.
            let narrow = block.iter().all(|l| l.width <= 0.7 * self.page_measure);
            for k in i..j {
                let mut unit = self.unit(UnitKind::Display, self.display_text(k), k);
                unit.wraps_prev =
                    k > i && !narrow && self.lines[k].width < self.lines[k - 1].width - 0.5;
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
            unit.open_end = !block[block.len() - 1].ends_sentence;
            units.push(unit);
        }
        j
    }

    /// Does line `i`, opening a block, stand apart from running text: tracked, wider
    /// than the measure without ending a sentence, or a full-width line that the next
    /// line does not carry on.
    fn starts_display(&self, i: usize) -> bool {
        let line = &self.lines[i];
        let m = self.measure[i];
        if strong_start(line) {
            return false;
        }
        if line.letter_spaced {
            return true;
        }
        if is_wide_start(line, m, self.squeezes) {
            return !line.ends_sentence;
        }
        if line.ends_sentence || line.indented || line.width <= m - 1.4 {
            return false;
        }
        !(self.is_text(i + 1)
            && continues(
                line,
                &self.lines[i + 1],
                self.measure[i].max(self.measure[i + 1]),
            ))
    }

    /// Where a section heading starts at the end of the block of lines `i..j`: one or
    /// two lines after a finished sentence, the last one short and unpunctuated, before
    /// a new paragraph (`…全面部署。` / `突出“两个维护”，强化政治` / `监督`). A
    /// paragraph ends with a sentence; a heading never does.
    fn trailing_heading(&self, i: usize, j: usize) -> Option<usize> {
        let last = &self.lines[j - 1];
        let short = last.width <= 0.5 * self.measure[j - 1];
        if !self.is_text(j) || last.ends_sentence || !short {
            return None;
        }
        (j.saturating_sub(2).max(i + 1)..j).find(|&k| {
            self.lines[k - 1].ends_sentence
                && !self.lines[k].strong_start
                && is_display_group(&self.lines[k..j], self.page_measure)
        })
    }

    /// Does a run of three or more lines of one width, much narrower than the column
    /// the line before `j` filled, start at `j`: another, narrower column (a side
    /// headline set a few characters to the line), never the paragraph's last line.
    fn starts_narrow_run(&self, j: usize) -> bool {
        let prev = &self.lines[j - 1];
        let narrow = |k: usize| {
            self.is_text(k)
                && !self.lines[k].ends_sentence
                && self.lines[k].width <= NARROW * self.measure[j - 1]
                && (self.lines[k].width - self.lines[j].width).abs() <= 1.0
        };
        self.lines[j].blank_before
            && prev.width >= self.measure[j - 1] - 1.2
            && (j..j + NARROW_RUN).all(narrow)
    }

    /// Does line `j`, after a blank, open a two-line group whose second line is wider
    /// than the column and ends no sentence, with a blank or the end after it: the two
    /// parts of a headline (`轻工业数字化转型实施方案印发` / `到2027年…达75%左右`),
    /// never the tail of the paragraph before.
    fn starts_headline_pair(&self, j: usize) -> bool {
        let (line, m) = (&self.lines[j], self.measure[j]);
        let Some(next) = self.lines.get(j + 1).filter(|_| self.is_text(j + 1)) else {
            return false;
        };
        let alone_after = !self.is_text(j + 2) || self.lines[j + 2].blank_before;
        line.blank_before
            && !line.ends_sentence
            && !next.blank_before
            && !next.ends_sentence
            && next.width >= m + 2.0
            && alone_after
    }

    /// Is line `j` the short last part of the display line before it, wrapped?
    fn is_wrap_tail(&self, j: usize) -> bool {
        let (prev, line) = (&self.lines[j - 1], &self.lines[j]);
        let carried_on = self.is_text(j + 1)
            && continues(
                line,
                &self.lines[j + 1],
                self.measure[j].max(self.measure[j + 1]),
            );
        line.width < prev.width - 0.5
            && !ends_with_speech_verb(&prev.text)
            && !line.ends_sentence
            && !strong_start(line)
            && !line.letter_spaced
            && !carried_on
            && !(looks_first_line(line, self.measure[j])
                && self.is_text(j + 1)
                && !self.lines[j + 1].blank_before)
    }
}

/// Is a block the start of a paragraph cut off by the column's end: a first line about
/// two em short of the measure (the lost indent) and every other line full. Display
/// lines are not set to the column like that.
fn is_cut_paragraph(block: &[Line], measure: f32) -> bool {
    let indented = |l: &Line| (measure - 2.6..=measure - 1.4).contains(&l.width);
    let full = |l: &Line| (measure - 0.6..=measure + 0.6).contains(&l.width);
    block.len() >= 2 && indented(&block[0]) && block[1..].iter().all(full)
}

/// Is a block of lines that does not end a sentence a group of display lines rather
/// than a paragraph: short, no finished sentence inside, not a ■ lead.
/// Lines all much narrower than the page's column are a side headline set in large
/// type, however many there are.
fn is_display_group(block: &[Line], page_measure: f32) -> bool {
    let last = &block[block.len() - 1];
    let narrow = block.len() >= 2 && block.iter().all(|l| l.width <= 0.7 * page_measure);
    let short = || {
        block.len() <= 6
            && block.iter().map(|l| visible_len(&l.text)).sum::<usize>() <= MAX_DISPLAY_CHARS
    };
    !last.ends_sentence
        && !last.text.ends_with(['，', '、', '：', '；'])
        && !strong_start(&block[0])
        && (narrow || short())
        && !block.iter().any(|l| l.text.contains(['。', '！', '？']))
}

/// Links display lines that continue one headline: a line that leaves a bracket or
/// quote open goes on in the next, and lines of one narrow side column wrap into each
/// other. A line closing a bracket or ending in —— (a kicker) ends its part.
fn link_display_lines(units: &mut [Unit], page_measure: f32) {
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
    let mut counts: FxHashMap<i32, u32> = FxHashMap::default();
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
