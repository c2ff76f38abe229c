//! Patterns of mainland newspaper house style: datelines, bylines, photo credits and
//! page furniture. Each is a general convention of Chinese papers, not of one page.

use std::sync::LazyLock;

use memchr::memmem::Finder;

mod bytes;
mod furniture;
mod names;
mod scan;

use bytes::{holds_bao_or_she, key_of_three, leading_han, three_byte_keys, utf8_len};

pub use furniture::{Furniture, furniture, furniture_counted, is_publisher};
pub use names::is_signature;

use super::text::is_space;
use super::text::{HanSet, TrimSpace, ends_with_han};

/// The longest list of names a reporter credit holds.
const CREDIT_MAX_CHARS: usize = 48;

/// The longest place and date a closing dateline holds.
const DATELINE_PLACE_MAX_CHARS: usize = 30;

/// How the title of a chart or table ends: 板块涨跌幅排行, 近五年进出口走势图.
const CHART_ENDINGS: &[&str] = &[
    "排行",
    "排名",
    "走势",
    "走势图",
    "示意图",
    "分布",
    "分布图",
    "统计",
    "统计表",
    "一览",
    "一览表",
    "对比",
    "对比图",
    "变化",
    "变化图",
    "构成",
    "构成图",
    "柱状图",
    "折线图",
    "数据图",
    "图表",
];

/// Does `t` name a chart or table: a chart ending, or a unit note （单位：亿元）?
fn names_chart(t: &str) -> bool {
    CHART_ENDINGS.iter().any(|e| t.ends_with(e)) || t.contains("（单位：") || t.contains("（单位:")
}

/// Can `text` open with a dateline lead at all: does it open with the first character
/// of an agency's name (a cheap test before the scanner)?
fn may_lead(text: &str) -> bool {
    // Each of these characters is three bytes long: the text's first three bytes are
    // compared as one number, undecoded (most lines open with a Han character that is
    // not one of them).
    const FIRSTS: [u32; 11] = three_byte_keys("本新中人央经光工科法据");
    key_of_three(text.as_bytes()).is_some_and(|k| FIRSTS.contains(&k))
}

/// Length in bytes of a dateline lead with a reporter credit at the start of `text`
/// (本报讯（记者 李品萦）), which makes the byline; `None` without a credit.
pub fn lead_byline_len(text: &str) -> Option<usize> {
    if !may_lead(text) {
        return None;
    }
    let lead = scan::lead(text)?;
    let (credit, names) = scan::lead_credit(&text[lead..])?;
    (names.chars().count() <= CREDIT_MAX_CHARS).then_some(lead + credit)
}

/// Does `text` open with a dateline lead (本报讯, 新华社北京2月28日电 …)?
pub fn starts_with_lead(text: &str) -> bool {
    may_lead(text) && scan::lead(text).is_some()
}

/// Length in bytes of the dateline lead at the start of `text`, if any.
pub fn lead_len(text: &str) -> Option<usize> {
    if !may_lead(text) {
        return None;
    }
    scan::lead(text)
}

/// Byte offset in `text` (a raw line) where a dateline lead begins after other text,
/// as when two articles' bylines are glued on one line.
pub fn glued_lead_offset(text: &str) -> Option<usize> {
    // One pass over the bytes, after the first character: an agency's name is looked
    // at only where the first byte of 本, 新 or 中 (E6, E6, E4) stands; where a name
    // matches, that byte opens a character.
    // The scan steps whole characters, and looks further only where the first two
    // bytes are those of 本 (E6 9C), 新 (E6 96) or 中 (E4 B8).
    let squash_prefix = |s: &str| s.chars().filter(|&c| !is_space(c)).collect::<String>();
    let bytes = text.as_bytes();
    // Every name goes on with 报 or 社: most lines hold neither, and one vector search
    // tells so.
    if !holds_bao_or_she(bytes) {
        return None;
    }
    let mut i = utf8_len(*bytes.first()?);
    while i < bytes.len() {
        if matches!(
            (bytes[i], bytes.get(i + 1)),
            (0xE6, Some(0x9C | 0x96)) | (0xE4, Some(0xB8))
        ) && ["本报", "新华社", "中新社"]
            .iter()
            .any(|name| bytes[i..].starts_with(name.as_bytes()))
            && scan::lead(&squash_prefix(&text[i..])).is_some()
        {
            return Some(i);
        }
        i += utf8_len(bytes[i]);
    }
    None
}

/// Searchers for `words`, compiled once: a line is searched for each without the
/// set-up that [`str::contains`] makes at every call.
fn finders(words: &[&'static str]) -> Vec<Finder<'static>> {
    words.iter().map(|w| Finder::new(w.as_bytes())).collect()
}

/// Does `text` hold any of the words of `finders`?
fn holds_any(text: &str, finders: &[Finder]) -> bool {
    finders.iter().any(|f| f.find(text.as_bytes()).is_some())
}

/// The characters that open a byline (after a bullet and spaces): the first character
/// of an agency or paper, 本报, 特约, 首席, 记者 or 通讯员.
const BYLINE_OPENERS: [char; 15] = [
    '本', '新', '中', '人', '央', '经', '光', '工', '科', '法', '据', '特', '首', '记', '通',
];

/// Does `c` open a byline (see [`BYLINE_OPENERS`])?
fn opens_byline(c: char) -> bool {
    BYLINE_OPENERS.contains(&c)
}

/// Can a byline or a signature open `text`: is its first visible character one that
/// opens either (see [`is_byline`], [`is_signature`])? A cheap test that spares most
/// lines the search for a glued dateline lead; the characters are looked up in one
/// set, built once.
pub fn may_open_credit(text: &str) -> bool {
    static OPENERS: LazyLock<HanSet> =
        LazyLock::new(|| HanSet::new(BYLINE_OPENERS.into_iter().chain(names::surname_firsts())));
    // A line opening with a Han character (its first byte E4 to E9) has no white
    // space to trim: that character is decoded from its three bytes.
    if let Some(c) = leading_han(text.as_bytes()) {
        return OPENERS.contains(c);
    }
    text.trim_space_start()
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '■' | '□' | '◆' | '●') || OPENERS.contains(c))
}

/// A byline on its own line (本报记者 X, 新华社记者 X, 本报评论员), not a photo credit.
pub fn is_byline(line: &str) -> bool {
    // Most lines hold none of these words: the compiled searches reject them.
    static ROLES: LazyLock<Vec<Finder>> = LazyLock::new(|| finders(&["记者", "评论员", "通讯员"]));
    // Most lines open with a Han character (no white space to trim) that opens no
    // byline: it is decoded from its bytes and the line rejected before any trimming.
    if leading_han(line.as_bytes()).is_some_and(|c| !opens_byline(c)) {
        return false;
    }
    let t = line.trim_space();
    let opening = match t.chars().next() {
        Some('■' | '□' | '◆' | '●') => t
            .trim_start_matches(['■', '□', '◆', '●'])
            .trim_space_start()
            .starts_with(opens_byline),
        first => first.is_some_and(opens_byline),
    };
    opening
        && holds_any(t, &ROLES)
        && t.chars().count() <= 40
        && !t.ends_with('摄')
        && scan::byline(t)
}

/// A closing dateline line: （新华社阿斯塔纳6月22日电）.
pub fn is_end_dateline(line: &str) -> bool {
    let t = line.trim_space();
    t.starts_with(['（', '(']) && t.ends_with(['）', ')']) && {
        scan::end_dateline(t).is_some_and(|place| place.chars().count() <= DATELINE_PLACE_MAX_CHARS)
    }
}

/// Verbs that introduce what someone said or what figures show (`…审议时强调`,
/// `…数据显示`): a headline line ending in one is a kicker (引题) leading into the
/// title, which gives the words. Verbs that also end titles as nouns or questions
/// (要求, 提出, 寄语, 怎么说) are left out.
const SPEECH_VERBS: [&str; 5] = ["强调", "指出", "表示", "致信", "显示"];

/// Does a headline line end with a verb of saying, so that the title must follow?
pub fn ends_with_speech_verb(line: &str) -> bool {
    let line = line.trim_space_end();
    SPEECH_VERBS.iter().any(|v| line.ends_with(v))
}

/// Does the line open with reported speech, a short subject and a verb of saying
/// before a comma (`会议强调，…`, `习近平指出，…`)? Running text opens so; a headline
/// never does.
pub fn opens_reported_speech(line: &str) -> bool {
    let line = line.trim_space_start();
    line.char_indices()
        .take(9)
        .find(|&(_, c)| c == '，')
        .is_some_and(|(at, _)| {
            let before = &line[..at];
            before.chars().count() >= 3 && ends_with_speech_verb(before)
        })
}

/// Does the line end with a photo credit (… 摄)?
pub fn ends_with_photo_credit(line: &str) -> bool {
    // A line ending with a Han character, as most do, has nothing to trim at its end.
    if ends_with_han(line) {
        return line.ends_with('摄') && scan::photo_credit(line);
    }
    let t = line
        .trim_space_end()
        .trim_end_matches(['）', ')'])
        .trim_space_end();
    t.ends_with('摄') && scan::photo_credit(line.trim_space_end())
}

/// Does the line name a chart or table (…涨跌幅排行, …走势图)?
pub fn is_chart_title(line: &str) -> bool {
    let t = line.trim_space();
    // The pattern ends the line with one of these characters, or holds （单位.
    names_chart(t)
}

/// Does the line open a caption (图为 …)?
pub fn opens_caption(line: &str) -> bool {
    // A line opening with a Han character, as most do, is told from its bytes.
    if leading_han(line.as_bytes())
        .is_some_and(|c| !matches!(c, '图' | '上' | '下' | '左' | '右' | '中'))
    {
        return false;
    }
    let t = line.trim_space_start();
    t.starts_with(['图', '上', '下', '左', '右', '中', '（']) && scan::caption_opener(t)
}

#[cfg(test)]
mod tests;
