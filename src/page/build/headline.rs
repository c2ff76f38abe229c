//! Headline lines into kicker, title and subtitle: lines grouped into parts (a line
//! with the lines that wrap from it), then the parts named by their form.

use std::mem::take;

use super::super::patterns::ends_with_speech_verb;
use super::super::text::{em_str, is_latin_word};
use super::super::units::Unit;

/// One part of a headline: a line with the lines that wrap from it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Part {
    /// The lines joined.
    pub(super) text: String,
    /// Set in large tracked type: the title.
    tracked: bool,
}

/// Headline lines grouped into parts: a wrapped line joins the line it wraps, and a
/// line as wide as a tracked title line under it is the title's second line.
pub(super) fn headline_parts(units: &mut [Unit], headline: &[usize]) -> Vec<Part> {
    let mut parts: Vec<Part> = Vec::new();
    let mut last_width = 0.0;
    for &d in headline {
        let u = &mut units[d];
        match parts.last_mut() {
            Some(last) if u.wraps_prev && !u.text.starts_with("——") => {
                let sep = if last.text.chars().next_back().is_some_and(is_latin_word)
                    && u.text.chars().next().is_some_and(is_latin_word)
                {
                    " "
                } else {
                    ""
                };
                last.text.push_str(sep);
                last.text.push_str(&u.text);
            }
            Some(last)
                if last.tracked
                    && (u.width - last_width).abs() <= 1.5
                    && !u.text.starts_with("——") =>
            {
                last.text.push(' ');
                last.text.push_str(&u.text);
            }
            _ => parts.push(Part {
                text: take(&mut u.text),
                tracked: u.letter_spaced,
            }),
        }
        last_width = u.width;
    }
    parts
}

/// Kicker, title and subtitle from the headline parts in print order. A tracked part
/// is the title, with the parts before it the kicker and those after it the subtitle.
/// Otherwise a part opening with —— starts the subtitle; of two plain parts the
/// shorter first one, or one ending in —— or a colon, is the kicker.
pub(super) fn split_headline(parts: &[Part]) -> (Option<String>, String, Option<String>) {
    let join = |ps: &[Part]| {
        (!ps.is_empty()).then(|| {
            ps.iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    if let Some(t) = parts.iter().position(|p| p.tracked) {
        return (
            join(&parts[..t]),
            parts[t].text.clone(),
            join(&parts[t + 1..]),
        );
    }
    let texts: Vec<String> = parts.iter().map(|p| p.text.clone()).collect();
    let dash = texts
        .iter()
        .position(|p| p.starts_with("——"))
        .filter(|&k| k > 0);
    let (main, sub) = match dash {
        Some(k) => (&texts[..k], Some(texts[k..].join(" "))),
        None => (&texts[..], None),
    };
    match (main, sub) {
        ([], sub) => (None, sub.unwrap_or_default(), None),
        ([title], sub) => (None, title.clone(), sub),
        ([first, second], None) => {
            // A second line with the figures the first lacks is a subtitle giving the
            // details (`轻工业数字化转型实施方案印发` / `到2027年…达75%左右`).
            let has_digits = |s: &str| s.contains(|c: char| c.is_ascii_digit());
            let details = has_digits(second) && !has_digits(first);
            let kicker_like = first.ends_with("——")
                || first.ends_with('：')
                || ends_with_speech_verb(first)
                || (em_str(first) < em_str(second) && !details);
            if kicker_like {
                (Some(first.clone()), second.clone(), None)
            } else {
                (None, first.clone(), Some(second.clone()))
            }
        }
        ([first, rest @ ..], Some(sub)) => (Some(first.clone()), rest.join(" "), Some(sub)),
        ([first, second, rest @ ..], None) => {
            (Some(first.clone()), second.clone(), Some(rest.join(" ")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::text::is_tagged_title;

    fn parts(p: &[&str]) -> Vec<Part> {
        p.iter()
            .map(|s| Part {
                text: (*s).to_string(),
                tracked: false,
            })
            .collect()
    }

    #[test]
    fn headline_parts_become_kicker_title_subtitle() {
        assert_eq!(
            split_headline(&parts(&["标题"])),
            (None, "标题".into(), None)
        );
        assert_eq!(
            split_headline(&parts(&["共筑命运共同体", "——智库报告解析"])),
            (None, "共筑命运共同体".into(), Some("——智库报告解析".into()))
        );
        assert_eq!(
            split_headline(&parts(&[
                "李强签署国务院令",
                "公布修订后的《婚姻登记条例》"
            ])),
            (
                Some("李强签署国务院令".into()),
                "公布修订后的《婚姻登记条例》".into(),
                None
            )
        );
        assert_eq!(
            split_headline(&parts(&[
                "中共中央政治局召开会议",
                "讨论政府工作报告",
                "习近平主持会议"
            ])),
            (
                Some("中共中央政治局召开会议".into()),
                "讨论政府工作报告".into(),
                Some("习近平主持会议".into())
            )
        );
    }

    #[test]
    fn a_tagged_title_is_a_whole_title() {
        assert!(is_tagged_title(
            "山西开展“重大项目建设年”行动（坚定信心，打开改革发展新天地）"
        ));
        assert!(is_tagged_title("从以旧换新看绿色消费（人民时评）"));
        assert!(!is_tagged_title("（人民时评）"));
        assert!(!is_tagged_title("李强签署国务院令"));
        assert!(!is_tagged_title("公布修订后的《婚姻登记条例》"));
        // Figures or a single word in brackets are no series tag.
        assert!(!is_tagged_title("基本情况（2024年）"));
        assert!(!is_tagged_title("改革故事（上）"));
    }
}
