//! Neighbouring columns printed on one line. Where a page's gutters are narrow,
//! pdftotext writes the lines of two or more columns that share a baseline as one
//! line, the columns' texts separated by a single space
//! (`次会议江苏代表团审议时强 碳转型发展、打造产业科技创 持教育、科技、人才一起抓，`).
//! Such a line is cut back into its column lines, and a run of such lines is read
//! column by column, as the page is.

use super::super::text::{TrimSpace, em_str, is_cjk_punct, is_han};
use super::Line;

/// Fewest merged lines that show a page printed this way; one wide spaced line alone
/// is more likely a headline with a space in it.
const MIN_MERGED_LINES: usize = 3;

/// Slack in em over the measure that one column line may take (a hanging mark).
const SLACK: f32 = 0.6;

/// Cuts every merged line of the page into its column lines and reorders each run of
/// merged lines column by column. A page with fewer than [`MIN_MERGED_LINES`] such
/// lines is returned as it was.
pub(super) fn split_merged_columns(lines: Vec<Line>) -> Vec<Line> {
    let Some(measure) = column_measure(&lines) else {
        return lines;
    };
    let cuts: Vec<Option<Vec<String>>> = lines
        .iter()
        .map(|line| {
            // Only a wide line with a space in it can hold two columns.
            (line.width > measure + SLACK && line.spaced_raw.is_some())
                .then(|| column_pieces(line.raw(), measure))
                .flatten()
        })
        .collect();
    if cuts.iter().flatten().count() < MIN_MERGED_LINES {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len() + cuts.len());
    let mut run: Vec<(Line, Vec<String>)> = Vec::new();
    for (line, cut) in lines.into_iter().zip(cuts) {
        if let Some(pieces) = cut {
            if run.first().is_some_and(|(_, p)| p.len() != pieces.len()) {
                flush(&mut run, &mut out);
            }
            run.push((line, pieces));
        } else {
            flush(&mut run, &mut out);
            out.push(line);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Emits a run of merged lines with the same number of columns, column by column.
fn flush<'a>(run: &mut Vec<(Line<'a>, Vec<String>)>, out: &mut Vec<Line<'a>>) {
    let Some(columns) = run.first().map(|(_, p)| p.len()) else {
        return;
    };
    for column in 0..columns {
        for (row, (line, pieces)) in run.iter().enumerate() {
            let blank = line.blank_before && (row == 0 || column == 0);
            out.push(Line::new(&pieces[column], line.src, blank).into_owned());
        }
    }
    run.clear();
}

/// The page's column measure in em: the commonest width, rounded, of lines of a
/// column's size without a gap between wide characters.
fn column_measure(lines: &[Line]) -> Option<f32> {
    let mut counts = [0usize; 41];
    for line in lines {
        // A line without a space (most) has no gap.
        let gapless = || line.spaced_raw.is_none() || gaps(line.raw()).next().is_none();
        if (8.0..=40.0).contains(&line.width) && gapless() {
            counts[line.width.round() as usize] += 1;
        }
    }
    let (width, &n) = counts.iter().enumerate().max_by_key(|&(w, &n)| (n, w))?;
    (n >= MIN_MERGED_LINES).then_some(width as f32)
}

/// Byte ranges of the spaces between two wide characters (Han or CJK marks) in `raw`:
/// where one column's text ends and the next begins. Spaces next to digits and Latin
/// words are the extractor's invented ones and never a gutter.
fn gaps(raw: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let wide = |c: char| is_han(c) || is_cjk_punct(c);
    spaces_between(raw.trim_space_end(), move |a, b| wide(a) && wide(b))
}

/// Byte ranges of the spaces in `raw` that may be a gutter: all but those between two
/// Latin words. Beside a digit a space may be either the extractor's invented one or
/// a gutter; the pieces' widths decide.
fn spaces(raw: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    spaces_between(raw, |a, b| {
        !(a.is_ascii_alphabetic() && b.is_ascii_alphabetic())
    })
}

/// Byte ranges of the runs of white space inside `raw` whose neighbours `a` and `b`
/// satisfy `keep(a, b)`.
fn spaces_between<'a>(
    raw: &'a str,
    keep: impl Fn(char, char) -> bool + 'a,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut prev: Option<char> = None;
    let mut start: Option<usize> = None;
    raw.char_indices().filter_map(move |(i, c)| {
        if c.is_whitespace() {
            if start.is_none() && prev.is_some() {
                start = Some(i);
            }
            return None;
        }
        let gap = start.take().filter(|_| prev.is_some_and(|p| keep(p, c)));
        prev = Some(c);
        gap.map(|s| (s, i))
    })
}

/// The column lines of a merged line: the text cut at every space, then neighbouring
/// pieces joined again while they fit one column (a dateline's space, a name's, the
/// spaces an extractor invents around a number). `None` unless two or more pieces
/// are left, each within a column and one of them filling most of it: a wider piece
/// is a headline's, never a column line. A cut beside a digit, where the space may be
/// one the extractor invented (`6 月 17 日`), must leave half a column on each side.
fn column_pieces(raw: &str, measure: f32) -> Option<Vec<String>> {
    let raw = raw.trim_space();
    let most = measure + SLACK;
    // The pieces, their widths, and whether the cut before each is beside a digit.
    let mut joined: Vec<(String, f32, bool)> = Vec::new();
    let mut from = 0;
    let mut beside_digit = false;
    for (start, end) in spaces(raw).chain(std::iter::once((raw.len(), raw.len()))) {
        let piece = &raw[from..start];
        let width = em_str(piece);
        if width > most {
            // Wider than a column: a headline's or a paragraph's line, not columns.
            return None;
        }
        match joined.last_mut() {
            Some((text, w, _)) if *w + width <= most => {
                text.push(' ');
                text.push_str(piece);
                *w += width;
            }
            _ => joined.push((piece.to_string(), width, beside_digit)),
        }
        let digit =
            |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
        beside_digit = digit(raw[..start].chars().next_back()) || digit(raw[end..].chars().next());
        from = end;
    }
    let half = 0.5 * measure;
    let weak_cuts_hold = joined
        .windows(2)
        .all(|w| !w[1].2 || (w[0].1 >= half && w[1].1 >= half));
    let full = joined.iter().any(|&(_, w, _)| w >= 0.6 * measure);
    (joined.len() >= 2 && full && weak_cuts_hold)
        .then(|| joined.into_iter().map(|(t, _, _)| t).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(text: &str) -> Vec<String> {
        let lines: Vec<Line> = text
            .lines()
            .enumerate()
            .map(|(i, l)| Line::new(l, i, false))
            .collect();
        split_merged_columns(lines)
            .into_iter()
            .map(|l| l.text.into_owned())
            .collect()
    }

    #[test]
    fn merged_run_is_read_column_by_column() {
        let text = "\
一二三四五六七八九十一二三
一二三四五六七八九十一二三
一二三四五六七八九十一二三
甲一二三四五六七八九十一二 乙一二三四五六七八九十一二
甲二二三四五六七八九十一二 乙二二三四五六七八九十一二
甲三二三四五六七八九十一二 乙三二三四五六七八九十一二
丙一二三四五六七八九十一二";
        assert_eq!(
            page(text),
            [
                "一二三四五六七八九十一二三",
                "一二三四五六七八九十一二三",
                "一二三四五六七八九十一二三",
                "甲一二三四五六七八九十一二",
                "甲二二三四五六七八九十一二",
                "甲三二三四五六七八九十一二",
                "乙一二三四五六七八九十一二",
                "乙二二三四五六七八九十一二",
                "乙三二三四五六七八九十一二",
                "丙一二三四五六七八九十一二",
            ]
        );
    }

    #[test]
    fn a_dateline_space_stays_inside_its_column() {
        let pieces = column_pieces("新华社北京4月9日电 国 的婚恋观、生育观、家庭观。", 13.0);
        assert_eq!(
            pieces.unwrap(),
            ["新华社北京4月9日电 国", "的婚恋观、生育观、家庭观。"]
        );
    }

    #[test]
    fn a_number_s_invented_spaces_do_not_cut_a_column_line() {
        assert_eq!(column_pieces("‘中国—中亚精神’。”6 月 17 日，", 11.0), None);
        // A gutter beside a number cuts where both sides are column lines.
        let pieces = column_pieces("中国经济网北京6月12日 2,868,642股（占魅视科技总", 13.0);
        assert_eq!(
            pieces.unwrap(),
            ["中国经济网北京6月12日", "2,868,642股（占魅视科技总"]
        );
    }

    #[test]
    fn spaces_at_digits_are_not_gutters() {
        assert_eq!(gaps("进军， 2024 年营收突破 600 年").count(), 0);
        assert_eq!(gaps("新闻 发布").count(), 1);
    }

    #[test]
    fn a_spaced_headline_alone_is_left_whole() {
        let text = "\
一二三四五六七八九十一二
奋力谱写中国式现代化新篇 推动高质量发展取得新成效
一二三四五六七八九十一二
一二三四五六七八九十一二";
        assert_eq!(page(text).len(), 4);
        assert!(page(text)[1].contains("新篇推动"));
    }
}
