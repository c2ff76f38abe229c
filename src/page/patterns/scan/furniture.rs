//! Scanners of page furniture: the page date, folio, editors' credits and contact
//! lines.

use super::{char_in, digits, is_digit, one_of, run, ws};

/// Page date: `^\s*D{4}\s*年\s*D{1,2}\s*月\s*D{1,2}\s*日\s*(?:[（(]?(?:星期|周|礼拜)
/// [一二三四五六日天][）)]?)?\s*(?:农历\S*)?\s*$`.
pub fn page_date(line: &str) -> bool {
    let date = || {
        let s = ws(digits(ws(line), 4, 4)?).strip_prefix('年')?;
        let s = ws(digits(ws(s), 1, 2)?).strip_prefix('月')?;
        ws(digits(ws(s), 1, 2)?).strip_prefix('日')
    };
    let Some(s) = date().map(ws) else {
        return false;
    };
    let weekday = || {
        let t = char_in(s, &['（', '(']).unwrap_or(s);
        let t = one_of(t, &["星期", "周", "礼拜"])?;
        let t = char_in(t, &['一', '二', '三', '四', '五', '六', '日', '天'])?;
        Some(char_in(t, &['）', ')']).unwrap_or(t))
    };
    let s = ws(weekday().unwrap_or(s));
    let s = s
        .strip_prefix("农历")
        .map_or(s, |t| t.trim_start_matches(|c: char| !c.is_whitespace()));
    ws(s).is_empty()
}

/// Folio: `^\s*(?:第\s*D{1,3}\s*版|[A-Z]?D{1,2}\s*版)\s*(?:[：:]\s*\S+)?\s*$`.
pub fn folio(line: &str) -> bool {
    let s = ws(line);
    let numbered = || ws(digits(ws(s.strip_prefix('第')?), 1, 3)?).strip_prefix('版');
    let lettered = || {
        let t = s
            .strip_prefix(|c: char| c.is_ascii_uppercase())
            .unwrap_or(s);
        ws(digits(t, 1, 2)?).strip_prefix('版')
    };
    let Some(s) = numbered().or_else(lettered).map(ws) else {
        return false;
    };
    let s = match char_in(s, &['：', ':']) {
        Some(label) => {
            let (rest, n) = run(ws(label), |c| !c.is_whitespace());
            if n == 0 {
                return false;
            }
            rest
        }
        None => s,
    };
    ws(s).is_empty()
}

/// Editors' credits: `^\s*(?:本版)?(?:责编|责任编辑|编辑|美编|校对|版式设计|版式|制图|
/// 图片编辑|视觉设计|图表)\s*[：:]`.
pub fn editors(line: &str) -> bool {
    const ROLES: [&str; 11] = [
        "责编",
        "责任编辑",
        "编辑",
        "美编",
        "校对",
        "版式设计",
        "版式",
        "制图",
        "图片编辑",
        "视觉设计",
        "图表",
    ];
    let s = ws(line);
    let s = s.strip_prefix("本版").unwrap_or(s);
    ROLES.iter().any(|r| {
        s.strip_prefix(r)
            .is_some_and(|t| ws(t).starts_with(['：', ':']))
    })
}

/// Contact line: `(?:热线|电话|订阅|订报|传真|邮编|邮箱|网址|客服)[^\s：:]*\s*[：:]\s*
/// [0-9０-９\-—－ ]{6,}`, anywhere in the line.
pub fn contact(line: &str) -> bool {
    const WORDS: [&str; 9] = [
        "热线", "电话", "订阅", "订报", "传真", "邮编", "邮箱", "网址", "客服",
    ];
    let dialable = |c: char| is_digit(c) || matches!(c, '-' | '—' | '－' | ' ');
    line.char_indices().any(|(i, _)| {
        let Some(s) = one_of(&line[i..], &WORDS) else {
            return false;
        };
        let s = s.trim_start_matches(|c: char| !c.is_whitespace() && c != '：' && c != ':');
        let Some(number) = char_in(ws(s), &['：', ':']) else {
            return false;
        };
        // The spaces before the number may be part of it; other white space may not.
        let lead = number.len() - ws(number).len();
        let from = number[..lead]
            .char_indices()
            .rfind(|&(_, c)| c != ' ')
            .map_or(0, |(k, c)| k + c.len_utf8());
        run(&number[from..], dialable).1 >= 6
    })
}
