//! Where paragraphs end. Column lines of running text are full to the measure; a line
//! ends early only where a paragraph ends, and a paragraph's first line is indented
//! by about two em. These tests decide, for two neighbouring lines, whether a
//! paragraph (or a headline line) ends between them.

use super::lines::Line;
use super::patterns::starts_with_lead;
use super::text::{em_width, ends_sentence, is_latin_word, is_no_line_start, is_opening};

/// Width of a paragraph's first-line indent, in em.
pub const INDENT: f32 = 2.0;

/// Width in em of the first unbreakable unit of `text`: a character with the marks
/// that may not start a line after it (`大，`), an opening quote with its character
/// (`“我`), or a whole number or Latin word (`2024`).
pub fn first_unit_width(text: &str) -> f32 {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() && is_opening(chars[i]) {
        i += 1;
    }
    if i < chars.len() && is_latin_word(chars[i]) {
        while i < chars.len() && (is_latin_word(chars[i]) || matches!(chars[i], '.' | ',' | '%')) {
            i += 1;
        }
    } else if i < chars.len() {
        i += 1;
    }
    while i < chars.len() && is_no_line_start(chars[i]) {
        i += 1;
    }
    chars[..i].iter().map(|&c| em_width(c)).sum()
}

/// A line that opens a new block whatever precedes it: a ■ lead, a dateline lead.
pub fn strong_start(line: &Line) -> bool {
    line.text.starts_with(['■', '□', '●', '◆', '▲', '★']) || starts_with_lead(&line.text)
}

/// Is the line wider than the column even with its punctuation compressed: a headline,
/// deck or caption spanning columns.
pub fn is_wide(line: &Line, measure: f32) -> bool {
    line.min_width > measure + 0.75
}

/// Is the line about as wide as the measure: a line of running text that did not end
/// early.
pub fn is_full(line: &Line, measure: f32) -> bool {
    line.width >= measure - 1.2
}

/// Does the line look like a paragraph's indented first line that the paragraph goes
/// on after: about two em short of the measure and not ending a sentence.
pub fn looks_first_line(line: &Line, measure: f32) -> bool {
    line.indented
        || (line.width <= measure - 1.4
            && line.width >= measure - INDENT - 1.7
            && !line.stretched
            && !ends_sentence(&line.text))
}

/// Does `next` carry on the sentence of `line`: it opens with a mark that cannot
/// start a line, or it is a full line following a line that ended mid-sentence.
pub fn continues(line: &Line, next: &Line, measure: f32) -> bool {
    !ends_sentence(&line.text)
        && (next.first().is_some_and(|c| is_no_line_start(c) && c != '—')
            || (is_full(next, measure) && !next.blank_before && !strong_start(next)))
}

/// Openings of a new paragraph after a full line ending a sentence: a quotation,
/// an enumeration, a time or source phrase.
fn opens_paragraph(text: &str) -> bool {
    const OPENERS: &[&str] = &[
        "一是", "二是", "三是", "四是", "五是", "首先", "其次", "再次", "最后", "此外", "另外", "同时",
        "据悉", "据了解", "记者了解到", "近日", "日前", "目前", "近年来", "今年以来", "与此同时",
    ];
    text.starts_with('“') || OPENERS.iter().any(|o| text.starts_with(o))
}

/// Does a paragraph end between `line` and `next`?
///
/// `indent` is the indent of `line` (two em when it is its paragraph's first line),
/// `first_of_block` says whether `line` is the only line of its block so far.
pub fn paragraph_ends(line: &Line, next: &Line, measure: f32, indent: f32, first_of_block: bool) -> bool {
    if strong_start(next) || next.indented || is_wide(next, measure) || is_wide(line, measure) {
        return true;
    }
    if next.first().is_some_and(|c| is_no_line_start(c) && c != '—' && c != '…') {
        return false;
    }
    let room = if line.partial || line.stretched { 0.0 } else { measure - indent - line.width };
    let unit = first_unit_width(&next.text);
    if line.text.ends_with('；') {
        // A clause ends; a list item ends only where the next one is indented.
        return looks_first_line(next, measure) || next.blank_before || unit <= room - 1.0;
    }
    if ends_sentence(&line.text) {
        return unit <= room + 0.1
            || looks_first_line(next, measure)
            || next.blank_before
            || (opens_paragraph(&next.text) && line.width < measure - indent - 0.2);
    }
    // Mid-sentence: only a clearly short line, or a one-line heading before an
    // indented first line, ends a block.
    let heading_like = first_of_block && !line.text.contains(['。', '！', '？']);
    unit <= room - 0.75 || (heading_like && looks_first_line(next, measure) && next.width <= line.width + 0.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(t: &str) -> Line {
        Line::new(t, 0, false)
    }

    #[test]
    fn units() {
        assert!((first_unit_width("大，关系着") - 2.0).abs() < 0.01);
        assert!((first_unit_width("“我们") - 2.0).abs() < 0.01);
        assert!((first_unit_width("2024年") - 2.4).abs() < 0.01);
        assert!((first_unit_width("年，") - 2.0).abs() < 0.01);
    }

    #[test]
    fn short_last_line_ends_paragraph() {
        let l = line("划了清晰路径。");
        let n = line("6 月 22 日，新华社国家高端");
        assert!(paragraph_ends(&l, &n, 14.0, 0.0, false));
    }

    #[test]
    fn full_line_with_full_stop_goes_on() {
        let l = line("这是中国—中亚经贸合作的一。");
        let n = line("个缩影。2023年首届中国—中");
        assert!(!paragraph_ends(&l, &n, 14.0, 0.0, false));
    }

    #[test]
    fn full_line_then_indented_line_ends() {
        let l = line("展作出贡献中国同中亚各国。");
        let n = line("报告提出，中国与中亚国家");
        assert!(paragraph_ends(&l, &n, 14.0, 0.0, false));
    }

    #[test]
    fn pushed_out_line_goes_on() {
        let l = line("进入大众生活。绿色消费潜力");
        let n = line("大，关系着经济社会转型发展。");
        assert!(!paragraph_ends(&l, &n, 14.0, 0.0, false));
    }

    #[test]
    fn first_line_is_measured_with_its_indent() {
        let l = line("——基础设施建设深化互联");
        let n = line("互通，为中国—中亚深化合作奠");
        assert!(!paragraph_ends(&l, &n, 14.0, INDENT, true));
    }

    #[test]
    fn heading_before_indented_line() {
        let l = line("坚持以改革创新精神推进工作");
        let n = line("改革创新是完善治理体系、提");
        assert!(paragraph_ends(&l, &n, 15.0, INDENT, true));
    }
}
