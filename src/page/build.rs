//! From an assembly plan to the page model: headline lines become kicker, title and
//! subtitle, the byline is taken from its own line or from the body's dateline lead,
//! and the remaining units become body blocks.

use std::mem::take;

use super::assemble::ArticlePlan;
use super::model::{Article, Block, BlockKind};
use super::patterns::{ends_with_speech_verb, lead_byline_len};
use super::text::{em_str, is_latin_word};
use super::units::{Unit, UnitKind, join_lines};

/// Builds the article of one plan, taking the texts of its units (each unit belongs
/// to one plan).
pub fn build_article(units: &mut [Unit], plan: &ArticlePlan) -> Article {
    let mut article = Article::default();
    let (kicker, title, subtitle) = split_headline(&headline_parts(units, &plan.headline));
    article.kicker = kicker;
    article.title = title;
    article.subtitle = subtitle;

    // Pull quotes are read first, under the headline, as the page prints them.
    let (quotes, rest): (Vec<usize>, Vec<usize>) =
        plan.units.iter().partition(|&&i| units[i].pull_quote);
    let order = &[quotes, rest].concat();
    let first_p = order
        .iter()
        .copied()
        .find(|&i| units[i].is_paragraph() && !units[i].pull_quote);
    // Positions in the article's order of its first and last paragraph.
    let is_p = |&i: &usize| units[i].is_paragraph() && !units[i].pull_quote;
    let (first_at, last_at) = (order.iter().position(is_p), order.iter().rposition(is_p));
    let inside = |at: usize| matches!((first_at, last_at), (Some(f), Some(l)) if f < at && at < l);
    let byline_unit = order
        .iter()
        .enumerate()
        .find(|&(at, &i)| units[i].kind == UnitKind::Byline && !inside(at))
        .map(|(_, &i)| i);
    let mut lead_taken = None;
    if let Some(b) = byline_unit {
        article.byline = Some(take(&mut units[b].text));
    } else if let Some((p, len)) =
        first_p.and_then(|p| lead_byline_len(&units[p].text).map(|len| (p, len)))
    {
        article.byline = Some(units[p].text[..len].to_string());
        lead_taken = Some((p, len));
    }

    let mut k = 0;
    while k < order.len() {
        let i = order[k];
        k += 1;
        if plan.headline.contains(&i) || Some(i) == byline_unit {
            continue;
        }
        let kind = units[i].kind;
        let mut text = take(&mut units[i].text);
        let kind = match kind {
            UnitKind::Paragraph => {
                // The dateline lead that gave the byline is not repeated in the body.
                if let Some((_, len)) = lead_taken.filter(|&(p, _)| p == i) {
                    text.drain(..len);
                    let space = text.len() - text.trim_start().len();
                    text.drain(..space);
                }
                // A paragraph a column break cut, whose rest was printed elsewhere
                // and joined this article as a piece, is one paragraph again.
                let mut open = units[i].open_end || units[i].full_end;
                let mut at = i;
                while open
                    && k < order.len()
                    && order[k] != at + 1
                    && units[order[k]].is_paragraph()
                    && units[order[k]].continues
                {
                    at = order[k];
                    text = join_lines([text.as_str(), units[at].text.as_str()]);
                    units[at].text.clear();
                    open = units[at].open_end || units[at].full_end;
                    k += 1;
                }
                BlockKind::Paragraph
            }
            UnitKind::Display if plan.captions.contains(&i) => BlockKind::Caption,
            UnitKind::Display => {
                while k < order.len()
                    && units[order[k]].is_display()
                    && units[order[k]].wraps_prev
                    && !plan.headline.contains(&order[k])
                    && !plan.captions.contains(&order[k])
                {
                    text = join_lines([text.as_str(), units[order[k]].text.as_str()]);
                    k += 1;
                }
                BlockKind::Heading
            }
            UnitKind::Caption => BlockKind::Caption,
            UnitKind::Dateline => BlockKind::Dateline,
            UnitKind::Byline => BlockKind::Paragraph,
        };
        if !text.is_empty() {
            article.blocks.push(Block::new(kind, text));
        }
    }
    if article.title.is_empty() {
        promote_first_clause(&mut article);
    }
    article
}

/// One part of a headline: a line with the lines that wrap from it.
#[derive(Debug, Clone, PartialEq)]
struct Part {
    text: String,
    /// Set in large tracked type: the title.
    tracked: bool,
}

/// Headline lines grouped into parts: a wrapped line joins the line it wraps, and a
/// line as wide as a tracked title line under it is the title's second line.
fn headline_parts(units: &mut [Unit], headline: &[usize]) -> Vec<Part> {
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
fn split_headline(parts: &[Part]) -> (Option<String>, String, Option<String>) {
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

/// An article found without any headline line takes the first clause of its first
/// paragraph as its title, so that every article has one and no text is invented.
fn promote_first_clause(article: &mut Article) {
    let Some(block) = article
        .blocks
        .iter_mut()
        .find(|b| b.kind == BlockKind::Paragraph)
    else {
        if let Some(block) = article.blocks.first_mut() {
            article.title = std::mem::take(&mut block.text);
            article.blocks.remove(0);
        } else if let Some(byline) = article.byline.take() {
            // Nothing but a signature: it is all the article has to show.
            article.title = byline;
        }
        return;
    };
    let cut = block
        .text
        .char_indices()
        .take(24)
        .find(|&(_, c)| matches!(c, '，' | '。' | '：' | '；' | '！' | '？'))
        .map_or_else(
            || {
                block.text.len().min(
                    block
                        .text
                        .char_indices()
                        .nth(24)
                        .map_or(block.text.len(), |(i, _)| i),
                )
            },
            |(i, c)| i + c.len_utf8(),
        );
    article.title = block.text[..cut].to_string();
    block.text = block.text[cut..].to_string();
    article.blocks.retain(|b| !b.text.is_empty());
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn untitled_article_takes_its_first_clause() {
        let mut a = Article {
            blocks: vec![Block::new(BlockKind::Paragraph, "今年以来，市委推进改造。")],
            ..Article::default()
        };
        promote_first_clause(&mut a);
        assert_eq!(a.title, "今年以来，");
        assert_eq!(a.blocks[0].text, "市委推进改造。");
    }
}
