//! Page furniture: the header (date, folio, section name, editors), advertisements and
//! notices. It is taken out before paragraphs are built, so a paragraph cut by a
//! furniture line joins again, and it is kept, in page order, as unassigned text.

use super::lines::Line;
use super::patterns::{
    Furniture, furniture_counted, is_byline, is_publisher, is_signature, starts_with_lead,
};
use super::text::TrimSpace;

/// How many lines at the top of a page can belong to the page header.
const HEADER_ZONE: usize = 6;

/// Splits furniture lines from content lines. Returns the content lines and the raw
/// text of the furniture, in page order.
pub fn take_furniture(lines: Vec<Line<'_>>) -> (Vec<Line<'_>>, Vec<String>) {
    let mut is_furniture = vec![false; lines.len()];
    let mut in_header = true;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        let kind = kind(line);
        match kind {
            Some(Furniture::AdLabel) => {
                is_furniture[i] = true;
                i = take_advertisement(&lines, i + 1, &mut is_furniture);
                continue;
            }
            Some(Furniture::Contact) => {
                is_furniture[i] = true;
                if lines.get(i + 1).is_some_and(|l| is_publisher(l.raw())) {
                    is_furniture[i + 1] = true;
                    i += 1;
                }
            }
            Some(_) => is_furniture[i] = true,
            None if in_header && i < HEADER_ZONE && is_header_name(line) => is_furniture[i] = true,
            None => in_header = false,
        }
        i += 1;
    }
    // The content lines are the others, kept in place.
    let mut content = lines;
    let mut removed = Vec::new();
    let mut blank_pending = false;
    let mut kept = 0;
    let mut marks = is_furniture.into_iter();
    content.retain_mut(|line| {
        if marks.next().unwrap_or(false) {
            removed.push(line.raw().trim_space().to_string());
            blank_pending = true;
            false
        } else {
            line.blank_before |= blank_pending && kept == 0;
            blank_pending = false;
            kept += 1;
            true
        }
    });
    (content, removed)
}

/// What furniture the line is, by its own text (see [`super::patterns::furniture`]).
fn kind(line: &Line) -> Option<Furniture> {
    furniture_counted(line.raw(), line.colon, line.visible)
}

/// A short unpunctuated line in the page header: the section or paper name.
fn is_header_name(line: &Line) -> bool {
    let n = line.visible;
    (2..=4).contains(&n)
        && line.text.chars().all(super::text::is_han)
        && !is_signature(line.raw())
        && !is_byline(line.raw())
}

/// Marks the lines of an advertisement after its label: a slogan, contact lines and
/// the advertiser. Returns the index of the first line after it.
fn take_advertisement(lines: &[Line], start: usize, marks: &mut [bool]) -> usize {
    let mut i = start;
    while i < lines.len() && i < start + 4 {
        let line = &lines[i];
        let ad_like = line.letter_spaced
            || kind(line).is_some_and(|k| k == Furniture::Contact)
            || is_publisher(line.raw())
            || (i == start
                && closes_advertisement(lines, i + 1)
                && line.visible <= 12
                && !line.ends_sentence
                && !line.text.contains(['，', '。', '、'])
                && !starts_with_lead(&line.text)
                && !is_byline(line.raw()));
        if !ad_like {
            break;
        }
        marks[i] = true;
        i += 1;
    }
    i
}

/// Is line `i` the end of the page or furniture, as what follows an advertisement's
/// slogan is (`诚信经营服务万家` / `订报热线：…`)? A short line followed by more short
/// lines is a headline set under the advertisement, not its slogan.
fn closes_advertisement(lines: &[Line], i: usize) -> bool {
    lines
        .get(i)
        .is_none_or(|l| kind(l).is_some() || is_publisher(l.raw()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::lines::{Line, read_lines};

    #[test]
    fn header_and_advertisement_go() {
        let page = "2025年4月10日 星期四\n评论\n第5版\n责编：曹 树 美编：王 哲\n\n何 娟\n正文第一行。\n广 告\n诚 信 经 营  服 务 万 家\n订报热线：010-65363547\n本报发行部\n正文又一行。";
        let (content, removed) = take_furniture(read_lines(page));
        let texts: Vec<&str> = content.iter().map(Line::raw).collect();
        assert_eq!(texts, ["何 娟", "正文第一行。", "正文又一行。"]);
        assert_eq!(removed.len(), 8);
        assert_eq!(removed[1], "评论");
    }

    #[test]
    fn a_slogan_goes_with_its_advertisement_but_a_headline_under_it_stays() {
        let page = "正文一行。\n广告\n\n诚信经营服务万家\n订报热线：010-65363547\n正文又一行。";
        let (content, _) = take_furniture(read_lines(page));
        let texts: Vec<&str> = content.iter().map(Line::raw).collect();
        assert_eq!(texts, ["正文一行。", "正文又一行。"]);
        let page = "正文一行。\n广告\n\n中共中央政治局召开会议\n\n讨论政府工作报告\n正文又一行。";
        let (content, _) = take_furniture(read_lines(page));
        let texts: Vec<&str> = content.iter().map(Line::raw).collect();
        assert_eq!(
            texts,
            [
                "正文一行。",
                "中共中央政治局召开会议",
                "讨论政府工作报告",
                "正文又一行。"
            ]
        );
    }

    #[test]
    fn kicker_after_the_date_stays() {
        let page = "2025年3月1日 星期六\n中共中央政治局召开会议\n讨论政府工作报告";
        let (content, _) = take_furniture(read_lines(page));
        assert_eq!(content.len(), 2);
    }
}
