//! Where blocks of lines begin and end: a line that opens a display group instead of
//! running text, the short tail of a wrapped display line, a narrower column's run, a
//! title with its subtitle under it, a section heading after a finished sentence.

use super::super::lines::Line;
use super::super::patterns::{ends_with_speech_verb, opens_reported_speech};
use super::super::reflow::{continues, is_wide, is_wide_start, looks_first_line, strong_start};
use super::super::text::{MarkSet, is_tagged_title, opens_subtitle};
use super::{Builder, MAX_DISPLAY_CHARS, NARROW, NARROW_RUN};

impl Builder<'_> {
    /// Does line `i`, opening a block, stand apart from running text: tracked, wider
    /// than the measure without ending a sentence, or a full-width line that the next
    /// line does not carry on.
    pub(super) fn starts_display(&self, i: usize) -> bool {
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
    pub(super) fn trailing_heading(&self, i: usize, j: usize) -> Option<usize> {
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
    pub(super) fn starts_narrow_run(&self, j: usize) -> bool {
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
    pub(super) fn starts_headline_pair(&self, j: usize) -> bool {
        let (line, m) = (&self.lines[j], self.measure[j]);
        // Asked of every line a paragraph goes on to: most fail this first test.
        if !line.blank_before || line.ends_sentence {
            return false;
        }
        let Some(next) = self.text_line(j + 1) else {
            return false;
        };
        !next.blank_before
            && !next.ends_sentence
            && next.width >= m + 2.0
            && self.group_ends_before(j + 2)
    }

    /// Does line `j`, after a blank line, run wider than the column without a single
    /// mark of running text in it, with a blank or a wrapped tail after it: a headline
    /// set in the band between two rows of columns (`在中国式现代化建设中挺膺担当`),
    /// never a line of the paragraph before, which the column holds.
    pub(super) fn starts_lone_headline(&self, j: usize) -> bool {
        let line = &self.lines[j];
        if !line.blank_before || line.ends_sentence || strong_start(line) {
            return false;
        }
        let alone = self.group_ends_before(j + 1) || {
            let tail = &self.lines[j + 1];
            tail.width < line.width - 0.5 && self.group_ends_before(j + 2)
        };
        alone
            && is_wide(line, self.measure[j], self.squeezes)
            && !line.marks.holds_any(MarkSet::ALL)
    }

    /// Does line `j`, after a blank line, open two lines of one width, both well short
    /// of the column, with no mark of running text, and a blank or the end after them:
    /// a title broken in two balanced lines (`经济大省要挑大梁为` / `全国发展大局作贡献`).
    /// Running text has one short line only, its paragraph's last.
    pub(super) fn starts_balanced_title(&self, j: usize) -> bool {
        let (line, m) = (&self.lines[j], self.measure[j]);
        // Asked of every line a paragraph goes on to: most fail this first test.
        if !line.blank_before || line.width > m - 3.0 || line.ends_sentence {
            return false;
        }
        let Some(next) = self.text_line(j + 1) else {
            return false;
        };
        let plain = |l: &Line| !l.marks.holds_any(MarkSet::ALL) && !strong_start(l);
        !next.blank_before
            && !next.ends_sentence
            && (next.width - line.width).abs() <= 1.0
            && self.group_ends_before(j + 2)
            && plain(line)
            && plain(next)
    }

    /// Line `k`, if it is a line of text.
    fn text_line(&self, k: usize) -> Option<&Line<'_>> {
        self.lines.get(k).filter(|_| self.is_text(k))
    }

    /// Does a group of lines end before line `k`: a blank line or no more text there?
    fn group_ends_before(&self, k: usize) -> bool {
        !self.is_text(k) || self.lines[k].blank_before
    }

    /// Is line `j` the short last part of the display line before it, wrapped? Only a
    /// line that reached the column's edge wraps.
    pub(super) fn is_wrap_tail(&self, j: usize) -> bool {
        let (prev, line) = (&self.lines[j - 1], &self.lines[j]);
        let carried_on = self.is_text(j + 1)
            && continues(
                line,
                &self.lines[j + 1],
                self.measure[j].max(self.measure[j + 1]),
            );
        line.width < prev.width - 0.5
            && prev.width >= self.measure[j - 1] - 1.0
            && !opens_subtitle(&line.text)
            && !ends_with_speech_verb(&prev.text)
            && !is_tagged_title(&prev.text)
            && !line.ends_sentence
            && !strong_start(line)
            && !line.letter_spaced
            && !carried_on
            && !(looks_first_line(line, self.measure[j])
                && self.is_text(j + 1)
                && !self.lines[j + 1].blank_before)
    }
}

/// Is a block running text cut off by the column's end: a first line full or about
/// two em short of the measure (the lost indent) and every other line full
/// (`公司，董事长刘昆湘向记者展` / `总经理李瑾和同事们正为即将`)? Display lines are not
/// set to the column like that, but a side column much narrower than the page's (a
/// headline set a few characters to the line) fills its lines too: there a full first
/// line proves nothing.
pub(super) fn is_cut_paragraph(block: &[Line], measure: f32, page_measure: f32) -> bool {
    let indented = |l: &Line| (measure - 2.6..=measure - 1.4).contains(&l.width);
    let full = |l: &Line| (measure - 0.6..=measure + 0.6).contains(&l.width);
    let first_ok = indented(&block[0]) || (full(&block[0]) && measure > 0.7 * page_measure);
    block.len() >= 2 && first_ok && block[1..].iter().all(full)
}

/// Is a block of lines that does not end a sentence a group of display lines rather
/// than a paragraph: short, no finished sentence inside, not a ■ lead, not opening
/// with reported speech (`会议强调，…`).
/// Lines all much narrower than the page's column are a side headline set in large
/// type, however many there are.
pub(super) fn is_display_group(block: &[Line], page_measure: f32) -> bool {
    let last = &block[block.len() - 1];
    let narrow = block.len() >= 2 && block.iter().all(|l| l.width <= 0.7 * page_measure);
    let short =
        || block.len() <= 6 && block.iter().map(|l| l.visible).sum::<usize>() <= MAX_DISPLAY_CHARS;
    !last.ends_sentence
        && !last.text.ends_with(['，', '、', '：', '；'])
        && !strong_start(&block[0])
        && !opens_reported_speech(&block[0].text)
        && (narrow || short())
        && !block.iter().any(|l| {
            l.marks
                .holds_any(const { MarkSet::of(&['。', '！', '？']) })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&'static str]) -> Vec<Line<'static>> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Line::new(t, i, false))
            .collect()
    }

    #[test]
    fn full_lines_that_stop_mid_sentence_are_a_cut_paragraph() {
        // Cut by the column's end, mid-paragraph and at its start.
        let mid = lines(&["公司，董事长刘昆湘向记者展", "总经理李瑾和同事们正为即将"]);
        assert!(is_cut_paragraph(&mid, 13.0, 14.0));
        let start = lines(&["今年以来，市委市政府", "以解决居民实际生活需求为"]);
        assert!(is_cut_paragraph(&start, 12.0, 14.0));
        // A side headline set six to the line fills its narrow column: no paragraph.
        let side = lines(&["湖南大力实施", "产业育新培强", "攻坚（坚定信"]);
        assert!(!is_cut_paragraph(&side, 6.0, 14.0));
        // A headline with a shorter second line is not set to the column.
        let title = lines(&["中共中央政治局召开会议", "讨论政府工作报告"]);
        assert!(!is_cut_paragraph(&title, 13.0, 14.0));
    }
}
