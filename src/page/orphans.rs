//! Headlines and bodies that extraction order left apart. pdftotext prints the
//! headlines of a band of articles together, or a side column's headline inside
//! another article, away from its columns; once such a headline is told apart, it can
//! stand without a body while its body, elsewhere on the page, stands without a
//! headline. Neither is an article: the headline takes the untitled body nearest it
//! that uses its words.

use super::affinity::Bigrams;
use super::model::{Article, Block, BlockKind};
use super::text::{is_tagged_title, without_series_tag};

/// How many articles on each side of a lone headline are looked at for its body.
const REACH: usize = 16;
/// Share of the headline's words the body must use.
const MIN_COVERAGE: f32 = 0.5;

/// Takes every series title (see [`is_tagged_title`]) out of the body it was read
/// into as a section heading: a section heading never carries a series tag, so it is
/// another article's headline, printed away from its columns. It stands as an article
/// of its own, after the one it was in, until [`adopt_bodies`] finds its body.
pub fn free_series_titles(articles: &mut Vec<Article>) {
    let is_series_heading = |b: &Block| b.kind == BlockKind::Heading && is_tagged_title(&b.text);
    let mut i = 0;
    while i < articles.len() {
        // A body that is nothing but the title stays as it is: it is the article.
        if let Some(at) = articles[i]
            .blocks
            .iter()
            .position(is_series_heading)
            .filter(|_| articles[i].blocks.len() > 1)
        {
            let title = articles[i].blocks.remove(at).text;
            articles.insert(
                i + 1,
                Article {
                    title,
                    ..Article::default()
                },
            );
        }
        i += 1;
    }
}

/// Gives every headline without a body the untitled body within [`REACH`] that uses
/// the largest share (at least [`MIN_COVERAGE`]) of its words (see [`best_body`] for
/// ties). Untitled articles are those with an empty title (not yet given their first
/// clause as one).
pub fn adopt_bodies(articles: &mut Vec<Article>) {
    let mut h = 0;
    while h < articles.len() {
        if is_lone_headline(&articles[h])
            && let Some(u) = best_body(articles, h)
        {
            let body = articles.remove(u);
            let h = if u < h { h - 1 } else { h };
            let headline = &mut articles[h];
            if let Some(byline) = body.byline {
                if headline.byline.is_none() {
                    headline.byline = Some(byline);
                } else {
                    // Kept as text: nothing is lost.
                    headline
                        .blocks
                        .push(Block::new(BlockKind::Paragraph, byline));
                }
            }
            headline.blocks.extend(body.blocks);
        }
        h += 1;
    }
}

/// A headline printed without any text under it.
fn is_lone_headline(a: &Article) -> bool {
    a.blocks.is_empty() && !a.title.is_empty()
}

/// An article with a body and no headline line at all.
fn is_untitled(a: &Article) -> bool {
    a.title.is_empty() && a.kicker.is_none() && a.subtitle.is_none() && !a.blocks.is_empty()
}

/// The untitled article near `h` whose body uses the most of its headline's words;
/// on a tie, the one that uses them most often (paragraph by paragraph), then the
/// nearer.
fn best_body(articles: &[Article], h: usize) -> Option<usize> {
    // The series tag names the series, not the article: its words are not looked for.
    let headline: Vec<&str> = articles[h]
        .headline_parts()
        .map(without_series_tag)
        .collect();
    let words = Bigrams::of(&headline.join("\n"));
    if words.is_empty() {
        return None;
    }
    let reach = h.saturating_sub(REACH)..(h + REACH + 1).min(articles.len());
    reach
        .filter(|&u| is_untitled(&articles[u]))
        .filter_map(|u| {
            let (coverage, uses) = use_of(&words, &articles[u]);
            (coverage >= MIN_COVERAGE).then_some((u, coverage, uses))
        })
        .max_by(|a, b| {
            a.1.total_cmp(&b.1)
                .then(a.2.cmp(&b.2))
                .then_with(|| b.0.abs_diff(h).cmp(&a.0.abs_diff(h)))
        })
        .map(|(u, _, _)| u)
}

/// How an article's body uses `words`: the share of them found in any block, and the
/// number of uses (one per word and block).
pub(super) fn use_of(words: &Bigrams, article: &Article) -> (f32, usize) {
    let sets: Vec<Bigrams> = article
        .blocks
        .iter()
        .map(|b| Bigrams::of(&b.text))
        .collect();
    let refs: Vec<&Bigrams> = sets.iter().collect();
    let uses = sets.iter().map(|set| words.shared(set)).sum();
    (words.coverage_by_any(&refs), uses)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, byline: Option<&str>, body: &[&str]) -> Article {
        Article {
            title: title.to_string(),
            byline: byline.map(String::from),
            blocks: body
                .iter()
                .map(|t| Block::new(BlockKind::Paragraph, *t))
                .collect(),
            ..Article::default()
        }
    }

    #[test]
    fn a_lone_headline_takes_the_untitled_body_that_uses_its_words() {
        let mut articles = vec![
            article("在现代化建设中挺膺担当", None, &[]),
            article(
                "广东加快能源建设",
                None,
                &["南方电网今年在广东打造示范工程。"],
            ),
            article("", None, &["今年以来，各地推进项目建设。"]),
            article(
                "",
                Some("本报评论员"),
                &["在现代化建设中找准定位、挺膺担当，关键在于结合实际。"],
            ),
        ];
        adopt_bodies(&mut articles);
        assert_eq!(articles.len(), 3);
        assert_eq!(articles[0].title, "在现代化建设中挺膺担当");
        assert_eq!(articles[0].byline.as_deref(), Some("本报评论员"));
        assert_eq!(articles[0].blocks.len(), 1);
        // A titled body is never taken, and an untitled one without the words stays.
        assert_eq!(articles[1].title, "广东加快能源建设");
        assert_eq!(articles[2].title, "");
    }

    #[test]
    fn without_a_body_using_its_words_a_lone_headline_stays_alone() {
        let mut articles = vec![
            article("在现代化建设中挺膺担当", None, &[]),
            article("", None, &["今年以来，各地推进项目建设。"]),
        ];
        let before = articles.clone();
        adopt_bodies(&mut articles);
        assert_eq!(articles, before);
    }

    #[test]
    fn a_series_title_read_as_a_heading_is_another_article_s_headline() {
        let mut host = article(
            "会议讨论政府工作报告",
            None,
            &["会议指出，过去一年成绩显著。"],
        );
        host.blocks.push(Block::new(
            BlockKind::Heading,
            "湖南实施产业攻坚（坚定信心，打开改革发展新天地）",
        ));
        host.blocks
            .push(Block::new(BlockKind::Heading, "加快传统产业升级"));
        let mut articles = vec![
            host,
            article("", None, &["湖南推进产业攻坚，培育新兴产业。"]),
        ];
        free_series_titles(&mut articles);
        adopt_bodies(&mut articles);
        assert_eq!(articles.len(), 2);
        // A plain section heading stays where it is.
        assert_eq!(articles[0].blocks.len(), 2);
        assert_eq!(
            articles[1].title,
            "湖南实施产业攻坚（坚定信心，打开改革发展新天地）"
        );
        assert_eq!(
            articles[1].blocks[0].text,
            "湖南推进产业攻坚，培育新兴产业。"
        );
    }

    #[test]
    fn two_bylines_are_both_kept() {
        let mut articles = vec![
            article(
                "",
                Some("本报记者 张斌"),
                &["挺膺担当的现代化建设正在各地展开。"],
            ),
            article("在现代化建设中挺膺担当", Some("本报评论员"), &[]),
        ];
        adopt_bodies(&mut articles);
        assert_eq!(articles.len(), 1);
        assert_eq!(articles[0].byline.as_deref(), Some("本报评论员"));
        assert_eq!(articles[0].blocks[0].text, "本报记者 张斌");
    }
}
