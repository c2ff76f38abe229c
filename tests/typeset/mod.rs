//! Small pages typeset the way extractors print newspaper columns, for the engine's
//! rule tests.

#![allow(dead_code)]

use dubao::page::text::em_width;
use dubao::page::{Article, BlockKind, Page, parse};

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

/// Parses lines as one page.
pub fn page(lines: &[String]) -> Page {
    parse("test", &lines.join("\n"))
}

/// The kinds and texts of an article's blocks.
pub fn texts(a: &Article) -> Vec<(BlockKind, &str)> {
    a.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
}
