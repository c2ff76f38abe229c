//! From an assembly plan to the page model: headline lines become kicker, title and
//! subtitle, the byline is taken from its own line or from the body's dateline lead,
//! and the remaining units become body blocks.

use std::mem::take;

use super::assemble::ArticlePlan;
use super::model::{Article, Block, BlockKind};
use super::patterns::{ends_with_speech_verb, lead_byline_len};
use super::text::{TrimSpace, is_tagged_title};
use super::units::{Unit, UnitKind, join_lines};

mod headline;

use headline::{Part, headline_parts, split_headline};

/// Builds the article of one plan, taking the texts of its units (each unit belongs
/// to one plan). A headline part that is a whole title of a series (see
/// [`is_tagged_title`]) stands alone in its headline: the parts before it and those
/// after it are other articles' headlines, each an article of its own before the
/// plan's.
pub fn build_articles(units: &mut [Unit], plan: &ArticlePlan) -> Vec<Article> {
    let split = take_split_kicker(units, &plan.headline);
    let headline = split.as_ref().map_or(&plan.headline[..], |(rest, _)| rest);
    let mut parts = headline_parts(units, headline);
    let mut articles = Vec::with_capacity(1);
    while let Some(end) = series_title_cut(&parts) {
        let rest = parts.split_off(end);
        let (kicker, title, subtitle) = split_headline(&parts);
        articles.push(Article {
            kicker,
            title,
            subtitle,
            ..Article::default()
        });
        parts = rest;
    }
    let mut article = build_article(units, plan, &parts);
    // A body that opens with its own dateline lead (新华社北京…电) has its source there:
    // the byline printed after the headlines is the title's before them.
    if let Some(before) = articles
        .last_mut()
        .filter(|_| byline_before_lead(units, plan))
    {
        before.byline = article.byline.take();
    }
    articles.push(article);
    // Its title was printed elsewhere: the kicker stands alone, after the headline it
    // was printed inside.
    articles.extend(split.map(|(_, title)| Article {
        title,
        ..Article::default()
    }));
    articles
}

/// Where headline `parts` must be cut around a series title (`…（人民时评）`,
/// `…（坚定信心，打开改革发展新天地）`): its series tag stands in for a statement
/// kicker, so what is printed before it is another article's headline unless it
/// leads into the title (`伍映方代表——`, `…：`); and it is whole, so what follows is
/// another headline too, unless it is a subtitle (——…). Returns where the second
/// piece starts.
fn series_title_cut(parts: &[Part]) -> Option<usize> {
    let leads_in = |p: &Part| p.text.ends_with(['—', '：', ':']);
    (0..parts.len()).find_map(|k| {
        if !is_tagged_title(&parts[k].text) {
            None
        } else if k > 0 && !leads_in(&parts[k - 1]) {
            Some(k)
        } else {
            parts
                .get(k + 1)
                .filter(|next| !next.text.starts_with("——"))
                .map(|_| k + 1)
        }
    })
}

/// Does the plan's body open with a dateline lead, after a byline on its own line?
fn byline_before_lead(units: &[Unit], plan: &ArticlePlan) -> bool {
    plan.units
        .iter()
        .position(|&i| units[i].is_paragraph())
        .is_some_and(|at| {
            units[plan.units[at]].lead
                && plan.units[..at]
                    .iter()
                    .any(|&i| units[i].kind == UnitKind::Byline)
        })
}

/// A kicker of the form `……在……时强调` (a verb of saying) whose two lines pdftotext
/// printed around a line of the headline beside it: `习近平在参加江苏代表团审议` /
/// `讨论政府工作报告` / `时强调`. A line that is only `时` and the verb cannot start a
/// headline part; it ends the nearest line before it, not next to it, that names
/// where (`在`). Returns the headline without those two lines, and the kicker, if
/// there is one.
fn take_split_kicker(units: &mut [Unit], headline: &[usize]) -> Option<(Vec<usize>, String)> {
    let ends_kicker =
        |t: &str| t.starts_with('时') && ends_with_speech_verb(t) && t.chars().count() <= 4;
    let k = (2..headline.len()).find(|&k| ends_kicker(&units[headline[k]].text))?;
    let names_where =
        |t: &str| t.contains('在') && !ends_with_speech_verb(t) && !t.starts_with("——");
    let i = (0..k - 1)
        .rev()
        .find(|&i| names_where(&units[headline[i]].text))?;
    let mut kicker = take(&mut units[headline[i]].text);
    kicker.push_str(&take(&mut units[headline[k]].text));
    // The line after the first half no longer wraps it.
    units[headline[i + 1]].wraps_prev = false;
    let rest = headline
        .iter()
        .enumerate()
        .filter(|&(at, _)| at != i && at != k)
        .map(|(_, &d)| d)
        .collect();
    Some((rest, kicker))
}

/// Builds the article of one plan from its headline `parts`.
fn build_article(units: &mut [Unit], plan: &ArticlePlan, parts: &[Part]) -> Article {
    let mut article = Article::default();
    let (kicker, title, subtitle) = split_headline(parts);
    article.kicker = kicker;
    article.title = title;
    article.subtitle = subtitle;

    let order = &plan.units;
    let first_p = order.iter().copied().find(|&i| units[i].is_paragraph());
    // Positions in the article's order of its first and last paragraph.
    let is_p = |&i: &usize| units[i].is_paragraph();
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
                    let space = text.len() - text.trim_space_start().len();
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
    article
}

/// An article found without any headline line takes the first clause of its first
/// paragraph as its title, so that every article has one and no text is invented.
pub fn promote_first_clause(article: &mut Article) {
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
