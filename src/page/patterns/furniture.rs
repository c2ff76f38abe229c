//! Patterns of page furniture: the page date, folio, editors' credits, section names,
//! advertisement labels, contact lines and publishers.

use super::super::text::{TrimSpace, is_cjk_punct, is_han, is_space, visible_len};
use super::scan;

/// The longest folio line: 第12版：国际新闻 (a folio and a label of up to eight).
const FOLIO_MAX_CHARS: usize = 16;

/// Section names printed in a page header (版名).
const SECTIONS: &[&str] = &[
    "要闻",
    "评论",
    "综合",
    "经济",
    "国际",
    "国内",
    "文化",
    "体育",
    "社会",
    "理论",
    "副刊",
    "地方",
    "专题",
    "视点",
    "时评",
    "观察",
    "民生",
    "科技",
    "教育",
    "健康",
    "法治",
    "政治",
    "财经",
    "产经",
    "军事",
    "生态",
    "读书",
    "旅游",
    "农村",
    "城市",
    "金融",
    "证券",
    "综合新闻",
    "新闻",
    "本地",
    "特别报道",
    "深度",
    "人物",
    "调查",
    "文艺",
    "公告",
    "周刊",
    "专版",
    "党建",
    "区域",
    "时政",
    "市场",
    "产业",
    "环球",
    "两会",
    "聚焦",
    "关注",
];

/// The kinds of page furniture a line can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Furniture {
    /// Page date, folio, editors' credits.
    Header,
    /// A section name such as 要闻.
    Section,
    /// The label of an advertisement (广告).
    AdLabel,
    /// A contact line (热线, 电话 …).
    Contact,
}

/// Classifies a line as page furniture by its own text.
pub fn furniture(line: &str) -> Option<Furniture> {
    furniture_counted(line, line.contains(['：', ':']), visible_len(line))
}

/// [`furniture`], given what the caller has counted and most lines are told by:
/// whether the line holds a colon (`：` or `:`), as editors' credits and contact lines
/// do, and how many of its characters are not white space.
pub fn furniture_counted(line: &str, colon: bool, visible: usize) -> Option<Furniture> {
    // The header patterns are anchored: a date or folio opens with a digit (or 第, or
    // a letter), editors' credits with one of a few characters.
    let first = line.trim_space_start().chars().next();
    // No Han character or full-width mark is a decimal digit: most lines need no
    // table lookup.
    let digit = |c: char| {
        c.is_ascii_digit() || (!c.is_ascii() && !is_han(c) && !is_cjk_punct(c) && c.is_numeric())
    };
    // A line opening with a Han character other than 第 or the first of an editor's
    // role is no header: most lines are told so without the digit tests.
    let plain_han = first.is_some_and(|c| is_han(c) && !EDITOR_OPENERS.contains(&c) && c != '第');
    let header = !plain_han
        && ((first.is_some_and(digit)
            && line.contains('年')
            && line.contains('日')
            && scan::page_date(line))
            || (first.is_some_and(|c| c == '第' || c.is_ascii_uppercase() || digit(c))
                && line.contains('版')
                && line.trim_space().chars().count() <= FOLIO_MAX_CHARS
                && scan::folio(line))
            || (first.is_some_and(|c| EDITOR_OPENERS.contains(&c)) && scan::editors(line)));
    if header {
        return Some(Furniture::Header);
    }
    if colon && scan::contact(line) {
        return Some(Furniture::Contact);
    }
    // Labels and section names are a few characters at most.
    if visible > 6 {
        return None;
    }
    let mut buf = [0; SQUASHED_MAX];
    // A longer line is neither a label nor a section name.
    let squashed = squash_into(line, &mut buf)?;
    if squashed == "广告" {
        Some(Furniture::AdLabel)
    } else if SECTIONS.contains(&squashed) {
        Some(Furniture::Section)
    } else {
        None
    }
}

/// The characters an editors' credit line can open with (本版, 责编, 美编 …).
const EDITOR_OPENERS: [char; 9] = ['本', '责', '编', '美', '校', '版', '制', '图', '视'];

/// The most bytes of a label or section name without its spaces: four Han characters.
const SQUASHED_MAX: usize = 12;

/// `line` without white space, written into `buf`; `None` when it does not fit, as
/// no label or section name would. Kept on the stack: most short lines are neither.
fn squash_into<'a>(line: &str, buf: &'a mut [u8; SQUASHED_MAX]) -> Option<&'a str> {
    let mut n = 0;
    for c in line.chars().filter(|&c| !is_space(c)) {
        let end = n + c.len_utf8();
        c.encode_utf8(buf.get_mut(n..end)?);
        n = end;
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// A publisher line closing a notice or advertisement (本报发行部, 某某公司).
pub fn is_publisher(line: &str) -> bool {
    if line.chars().filter(|&c| !is_space(c)).nth(12).is_some() {
        return false;
    }
    let s: String = line.chars().filter(|&c| !is_space(c)).collect();
    let n = s.chars().count();
    (3..=12).contains(&n)
        && s.chars().all(is_han)
        && ["部", "社", "公司", "中心", "集团", "委员会", "办公室"]
            .iter()
            .any(|t| s.ends_with(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines() {
        assert_eq!(furniture("2025年4月10日 星期四"), Some(Furniture::Header));
        assert_eq!(furniture("第5版"), Some(Furniture::Header));
        assert_eq!(
            furniture("责编：曹 树 美编：王 哲"),
            Some(Furniture::Header)
        );
        assert_eq!(furniture("广 告"), Some(Furniture::AdLabel));
        assert_eq!(
            furniture("订报热线：010-65363547"),
            Some(Furniture::Contact)
        );
        assert_eq!(furniture("要闻"), Some(Furniture::Section));
        assert_eq!(furniture("要闻一览表"), None);
        assert!(is_publisher("本报发行部"));
    }

    #[test]
    fn every_label_fits_the_squashing_buffer() {
        assert!(
            SECTIONS
                .iter()
                .chain(&["广告"])
                .all(|s| s.len() <= SQUASHED_MAX)
        );
    }

    #[test]
    fn squashing_agrees_with_collecting() {
        for line in [
            "广 告",
            " 综合新闻 ",
            "要闻一览表",
            "",
            "a b\u{3000}c",
            "特别报道x",
            "ABCDEFGHIJKL M",
        ] {
            let plain: String = line.chars().filter(|&c| !is_space(c)).collect();
            let mut buf = [0; SQUASHED_MAX];
            let fits = (plain.len() <= SQUASHED_MAX).then_some(plain.as_str());
            assert_eq!(squash_into(line, &mut buf), fits, "{line}");
        }
    }
}
