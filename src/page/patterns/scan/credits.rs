//! Scanners of credits: dateline leads and their reporter credits, closing datelines,
//! bylines, photo credits and caption openers.

use super::super::super::text::{TrimSpace, is_han};
use super::{AGENCIES, char_in, digits, is_name, last_run, one_of, run, ws};

/// Dateline lead: `^(?:本报讯|(?:AGENCY)H{0,12}?D{1,2}月D{1,2}日(?:专|快)?(?:电|讯))`.
/// Returns the lead's length in bytes.
pub fn lead(text: &str) -> Option<usize> {
    if text.starts_with("本报讯") {
        return Some("本报讯".len());
    }
    // Every agency's name is longer than three bytes: its first three bytes are
    // compared before the whole name.
    let head = text.as_bytes().first_chunk::<3>()?;
    AGENCIES.iter().find_map(|agency| {
        if agency.as_bytes().first_chunk::<3>() != Some(head) {
            return None;
        }
        let s = text.strip_prefix(agency)?;
        let (s, place) = run(s, is_han);
        if place > 12 {
            return None;
        }
        let s = digits(s, 1, 2)?.strip_prefix('月')?;
        let s = digits(s, 1, 2)?.strip_prefix('日')?;
        let s = char_in(s, &['专', '快']).unwrap_or(s);
        let s = char_in(s, &['电', '讯'])?;
        Some(text.len() - s.len())
    })
}

/// Reporter credit after a lead: `^\s*[（(]\s*(?:本报|新华社)?(?:特约)?(?:记者|通讯员|
/// 实习生)([^（）()]+)[）)]`. Returns the credit's length in bytes and the names.
pub fn lead_credit(text: &str) -> Option<(usize, &str)> {
    let s = ws(char_in(ws(text), &['（', '('])?);
    let s = one_of(s, &["本报", "新华社"]).unwrap_or(s);
    let s = s.strip_prefix("特约").unwrap_or(s);
    let names = one_of(s, &["记者", "通讯员", "实习生"])?;
    let (rest, n) = run(names, |c| !matches!(c, '（' | '）' | '(' | ')'));
    let end = char_in(rest, &['）', ')']).filter(|_| n > 0)?;
    Some((text.len() - end.len(), &names[..names.len() - rest.len()]))
}

/// Closing dateline: `^[（(](?:(?:AGENCY)([^（）()]*?)(?:电|讯|报道|消息)|完)[）)]$`.
/// Returns the place and date between agency and 电 (empty for （完）).
pub fn end_dateline(t: &str) -> Option<&str> {
    let inner = char_in(t, &['（', '('])?;
    let inner = inner.strip_suffix(['）', ')'])?;
    if inner == "完" {
        return Some("");
    }
    // The words that close it end differently: at most one is the inner text's end.
    let body = ["电", "讯", "报道", "消息"]
        .iter()
        .find_map(|k| inner.strip_suffix(k))?;
    AGENCIES.iter().find_map(|a| {
        body.strip_prefix(a)
            .filter(|place| !place.contains(['（', '）', '(', ')']))
    })
}

/// Byline on its own line: `^[■□◆●]?\s*(?:(?:AGENCY)(?:特约|首席)?(?:记者|通讯员|评论员)|
/// 本报(?:特约)?评论员|(?:特约|首席)?(?:记者|通讯员)\s)(?:\s*[H·]{1,4})*(?:[\s、，,]+
/// (?:本报)?(?:通讯员|实习生|记者|特约记者)?\s*[H·]{1,4})*\s*$`.
pub fn byline(line: &str) -> bool {
    let s = line.strip_prefix(['■', '□', '◆', '●']).unwrap_or(line);
    let s = ws(s);
    let roles = |s: &'_ str, roles: &[&str]| -> Vec<usize> {
        roles
            .iter()
            .filter_map(|r| s.strip_prefix(r))
            .map(str::len)
            .collect()
    };
    // Every way the opening can end, as the length of what follows it.
    let mut rests: Vec<usize> = Vec::new();
    for agency in AGENCIES {
        if let Some(t) = s.strip_prefix(agency) {
            for t in [Some(t), one_of(t, &["特约", "首席"])]
                .into_iter()
                .flatten()
            {
                rests.extend(roles(t, &["记者", "通讯员", "评论员"]));
            }
        }
    }
    if let Some(t) = s.strip_prefix("本报") {
        let t = t.strip_prefix("特约").unwrap_or(t);
        rests.extend(roles(t, &["评论员"]));
    }
    for t in [Some(s), one_of(s, &["特约", "首席"])]
        .into_iter()
        .flatten()
    {
        for rest in roles(t, &["记者", "通讯员"]) {
            let after = &t[t.len() - rest..];
            if let Some(c) = after.chars().next().filter(|c| c.is_whitespace()) {
                rests.push(rest - c.len_utf8());
            }
        }
    }
    rests.into_iter().any(|n| byline_names(&s[s.len() - n..]))
}

/// The names after a byline's opening: `(?:\s*[H·]{1,4})*` then
/// `(?:[\s、，,]+(?:本报)?(?:通讯员|实习生|记者|特约记者)?\s*[H·]{1,4})*\s*$`.
fn byline_names(r: &str) -> bool {
    // The first part is white space and names ending in a name; the second starts at
    // any point after one of its names, or at the start.
    let mut starts = vec![0];
    for (i, c) in r.char_indices() {
        if is_name(c) {
            starts.push(i + c.len_utf8());
        } else if !c.is_whitespace() {
            break;
        }
    }
    starts.into_iter().any(|i| more_names(&r[i..]))
}

/// `(?:[\s、，,]+(?:本报)?(?:通讯员|实习生|记者|特约记者)?\s*[H·]{1,4})*\s*$`.
fn more_names(r: &str) -> bool {
    if ws(r).is_empty() {
        return true;
    }
    let (s, n) = run(r, |c| c.is_whitespace() || matches!(c, '、' | '，' | ','));
    if n == 0 {
        return false;
    }
    let heads = [Some(s), s.strip_prefix("本报")].into_iter().flatten();
    heads
        .flat_map(|h| {
            let role = one_of(h, &["通讯员", "实习生", "记者"]);
            let special = h.strip_prefix("特约记者");
            [Some(ws(h)), role.map(ws), special.map(ws)]
        })
        .flatten()
        .any(|t| {
            let (rest, n) = run(t, is_name);
            (1..=4).contains(&n) && more_names(rest)
        })
}

/// Photo credit: `(?:记者|通讯员|摄影|^|[\s（(])\s*[H·]{1,4}(?:\s+[H·]{1,3})?\s*摄\s*
/// [）)]?$`, anywhere in the line.
pub fn photo_credit(line: &str) -> bool {
    let s = line
        .strip_suffix(['）', ')'])
        .unwrap_or(line)
        .trim_space_end();
    let Some(names) = s.strip_suffix('摄').map(str::trim_end) else {
        return false;
    };
    // What may stand before the name: a credit word, the start, a space or a bracket.
    let opens = |before: &str| {
        let b = before.trim_space_end();
        b.len() < before.len()
            || b.is_empty()
            || b.ends_with(['（', '('])
            || ["记者", "通讯员", "摄影"].iter().any(|w| b.ends_with(w))
    };
    // The name's last part, then a first part before white space if there is one.
    let tail: Vec<usize> = name_ends(names, 4).collect();
    let single = tail.iter().any(|&k| opens(&names[..k]));
    single || {
        let (first, n) = last_run(names, is_name);
        let spaced = first.trim_space_end();
        (1..=3).contains(&n)
            && spaced.len() < first.len()
            && name_ends(spaced, 4).any(|k| opens(&spaced[..k]))
    }
}

/// Where a name of 1 to `max` name characters at the end of `s` can start.
fn name_ends(s: &str, max: usize) -> impl Iterator<Item = usize> + '_ {
    s.char_indices()
        .rev()
        .take_while(|&(_, c)| is_name(c))
        .take(max)
        .map(|(i, _)| i)
}

/// Caption opener: `^(?:图为|[上下左右中]图[：:]|图[：:]|（资料图片）|（图片由)`.
pub fn caption_opener(t: &str) -> bool {
    let placed = t.strip_prefix(['上', '下', '左', '右', '中']).unwrap_or(t);
    t.starts_with("图为")
        || placed
            .strip_prefix('图')
            .is_some_and(|r| r.starts_with(['：', ':']))
        || t.starts_with("（资料图片）")
        || t.starts_with("（图片由")
}
