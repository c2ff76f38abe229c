//! Small pages typeset the way extractors print newspaper columns, for the engine's
//! rule tests.

#![allow(dead_code)]

use dubao::page::text::em_width;
use dubao::page::{Article, BlockKind, Page, parse};

/// Paragraphs of one article (about Central Asia), for the rule tests' pages.
pub const P1: &str = "报告认为，在新的时代，中国与中亚成为命运与共的好邻居、好朋友、好伙伴、好兄弟，在亚欧大陆开创了睦邻安邻富邻的新局面。";
pub const P2: &str = "这是中国与中亚经贸合作的一个缩影。首届峰会举办以来，中国同中亚国家共建一带一路走深走实，经贸合作潜力不断释放。";
/// Paragraphs of another article (about old housing estates), sharing no words with P.
pub const Q1: &str = "今年以来，市委市政府以解决居民实际生活需求为目的，从细微处着手，用小而美的改造，提升城市品质。";
pub const Q2: &str = "老旧小区改造是重大民生工程，也是发展工程。全市今年计划改造小区一百余个，惠及居民四万余户，工程已全面开工。";

/// Typesets a paragraph into a column `width` em wide, first line indented two em.
pub fn column(paragraph: &str, width: usize) -> Vec<String> {
    let chars: Vec<char> = paragraph.chars().collect();
    let mut lines = Vec::new();
    let mut i = 0;
    let mut room = width as f32 - 2.0;
    while i < chars.len() {
        let mut end = i;
        let mut used = 0.0;
        while end < chars.len() && used + em_width(chars[end]) <= room + 0.01 {
            used += em_width(chars[end]);
            end += 1;
        }
        // Keep a closing mark off the start of the next line, as typesetters do.
        if end < chars.len() && "，。、；：！？”）》".contains(chars[end]) {
            end -= 1;
        }
        lines.push(chars[i..end].iter().collect::<String>().trim().to_string());
        i = end;
        room = width as f32;
    }
    lines
}

/// Typesets paragraphs one after another into 14-em column lines.
pub fn body(paragraphs: &[&str]) -> Vec<String> {
    paragraphs.iter().flat_map(|p| column(p, 14)).collect()
}

/// Lines printed apart, each followed by a blank line (as pdftotext prints headlines).
pub fn apart(texts: &[&str]) -> Vec<String> {
    texts
        .iter()
        .flat_map(|t| [t.to_string(), String::new()])
        .collect()
}

/// Each article's kicker and title, in page order.
pub fn kickers_and_titles(page: &Page) -> Vec<(Option<&str>, &str)> {
    page.articles
        .iter()
        .map(|a| (a.kicker.as_deref(), a.title.as_str()))
        .collect()
}

/// Does some article of the page have this title?
pub fn has_title(page: &Page, title: &str) -> bool {
    page.articles.iter().any(|a| a.title == title)
}

/// Parses the lines followed by a two-paragraph article body (P1, P2) as one page.
pub fn with_body(mut lines: Vec<String>) -> Page {
    lines.extend(body(&[P1, P2]));
    page(&lines)
}

/// Parses lines as one page.
pub fn page(lines: &[String]) -> Page {
    parse("test", &lines.join("\n"))
}

/// The kinds and texts of an article's blocks.
pub fn texts(a: &Article) -> Vec<(BlockKind, &str)> {
    a.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
}
