//! Kickers printed away from their titles. An extractor that orders text by position
//! prints a kicker (引题) at its own height: set over a title two lines high, it can
//! come out far from the title, and the title then follows the kicker of the article
//! beside it. A headline that is only a kicker cannot stand alone; it takes that title
//! back, and the kicker the title was standing with moves on to the next article with
//! a title and no kicker. A kicker printed alone, without even a body, heads the
//! nearest kickerless title whose body uses its words.

use super::affinity::Bigrams;
use super::model::{Article, Block, BlockKind};
use super::orphans::use_of;
use super::patterns::ends_with_speech_verb;

/// How many articles after a lone kicker are looked at for a lent title, and on each
/// side for a title without a kicker.
const REACH: usize = 4;
/// Share of a lone kicker's words that the body of its title must use.
const MIN_COVERAGE: f32 = 0.5;

/// Pairs every lone kicker on the page with its title (see the module documentation).
/// Nothing changes unless both the title to take and a home for the displaced kicker
/// are found.
pub fn pair_lone_kickers(articles: &mut Vec<Article>) {
    let mut i = 0;
    while i < articles.len() {
        if is_lone_kicker(&articles[i])
            && let Some(j) =
                (i + 1..articles.len().min(i + 1 + REACH)).find(|&j| lends_title(&articles[j]))
            && let Some(l) =
                (j + 1..articles.len().min(j + 1 + REACH)).find(|&l| wants_kicker(&articles[l]))
        {
            let lender = articles.remove(j);
            let l = l - 1;
            articles[l].kicker = lender.kicker;
            let a = &mut articles[i];
            a.kicker = Some(std::mem::replace(&mut a.title, lender.title));
            a.subtitle = lender.subtitle;
            if a.byline.is_none() {
                a.byline = lender.byline;
            } else if let Some(byline) = lender.byline {
                // Kept, as text: nothing is lost.
                a.blocks.push(Block::new(BlockKind::Paragraph, byline));
            }
            a.blocks.extend(lender.blocks);
        } else if is_lone_kicker(&articles[i])
            && articles[i].blocks.is_empty()
            && articles[i].byline.is_none()
            && let Some(j) = kickerless_title_for(articles, i)
        {
            // Printed alone, without a body: the kicker of the titled article nearby
            // whose body tells what it says (`习近平在参加江苏代表团审议时强调` over
            // `经济大省要挑大梁…`, with the body that reports the review).
            let kicker = articles.remove(i).title;
            let j = if j > i { j - 1 } else { j };
            articles[j].kicker = Some(kicker);
            continue;
        }
        i += 1;
    }
}

/// The titled article without kicker or subtitle nearest the lone kicker `i` (within
/// [`REACH`]) whose body uses at least [`MIN_COVERAGE`] of the kicker's words: a
/// kicker is printed by its title.
fn kickerless_title_for(articles: &[Article], i: usize) -> Option<usize> {
    let words = Bigrams::of(&articles[i].title);
    let near = i.saturating_sub(REACH)..(i + REACH + 1).min(articles.len());
    near.filter(|&j| j != i && wants_kicker(&articles[j]) && !articles[j].blocks.is_empty())
        .map(|j| (j, use_of(&words, &articles[j]).0))
        .filter(|&(_, c)| c >= MIN_COVERAGE)
        .min_by(|a, b| {
            a.0.abs_diff(i)
                .cmp(&b.0.abs_diff(i))
                .then_with(|| b.1.total_cmp(&a.1))
        })
        .map(|(j, _)| j)
}

/// A headline whose only part ends with a verb of saying: the words it introduces are
/// missing.
fn is_lone_kicker(a: &Article) -> bool {
    a.kicker.is_none() && a.subtitle.is_none() && ends_with_speech_verb(&a.title)
}

/// A headline with a kicker that is a statement of its own, which can stand with
/// another title.
fn lends_title(a: &Article) -> bool {
    a.kicker
        .as_deref()
        .is_some_and(|k| !ends_with_speech_verb(k) && !k.ends_with(['：', '—']))
        && !ends_with_speech_verb(&a.title)
}

/// A titled article without a kicker or subtitle.
fn wants_kicker(a: &Article) -> bool {
    a.kicker.is_none() && a.subtitle.is_none() && !a.title.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(kicker: Option<&str>, title: &str, body: &str) -> Article {
        Article {
            kicker: kicker.map(String::from),
            title: title.to_string(),
            blocks: vec![Block::new(BlockKind::Paragraph, body.to_string())],
            ..Article::default()
        }
    }

    #[test]
    fn a_lone_kicker_takes_its_title_back() {
        let mut articles = vec![
            article(None, "总书记在代表团审议时强调", "一"),
            article(Some("总理签署国务院令"), "大省要挑大梁", "二"),
            article(None, "公布修订后的条例", "三"),
        ];
        pair_lone_kickers(&mut articles);
        assert_eq!(articles.len(), 2);
        assert_eq!(
            articles[0].kicker.as_deref(),
            Some("总书记在代表团审议时强调")
        );
        assert_eq!(articles[0].title, "大省要挑大梁");
        assert_eq!(articles[0].blocks.len(), 2);
        assert_eq!(articles[1].kicker.as_deref(), Some("总理签署国务院令"));
        assert_eq!(articles[1].title, "公布修订后的条例");
    }

    #[test]
    fn a_kicker_printed_alone_heads_the_nearest_title_whose_body_tells_it() {
        let mut articles = vec![
            article(None, "讨论政府工作报告", "会议听取了政府工作报告。"),
            Article {
                title: "习近平在参加江苏代表团审议时强调".to_string(),
                ..Article::default()
            },
            article(None, "老旧小区改造惠及万户", "今年以来，市委推进改造。"),
            article(
                None,
                "经济大省要挑大梁",
                "习近平在参加江苏代表团审议时强调，经济大省要挑大梁。",
            ),
            article(
                None,
                "江苏代表团审议侧记",
                "习近平参加江苏代表团审议，强调要挑大梁。",
            ),
        ];
        pair_lone_kickers(&mut articles);
        assert_eq!(articles.len(), 4);
        assert_eq!(
            articles[2].kicker.as_deref(),
            Some("习近平在参加江苏代表团审议时强调")
        );
        assert_eq!(articles[2].title, "经济大省要挑大梁");
        assert_eq!(articles[3].kicker, None);
    }

    #[test]
    fn without_a_home_for_the_other_kicker_nothing_moves() {
        let mut articles = vec![
            article(None, "总书记在代表团审议时强调", "一"),
            article(Some("总理签署国务院令"), "大省要挑大梁", "二"),
        ];
        let before = articles.clone();
        pair_lone_kickers(&mut articles);
        assert_eq!(articles, before);
    }
}
