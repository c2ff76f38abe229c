//! `--dump`: the page's structure as JSON (the evaluation schema), as Markdown, or as
//! plain text reflowed and wrapped to a width. Markdown and text escape control
//! characters; JSON escapes them by its own rules.

use std::fmt::Write;

use crate::layout::article::INDENT;
use crate::layout::{Ambiguous, ArticleLayout, pieces, wrap};
use crate::page::{BlockKind, Page};
use crate::sanitize::visible;

mod stream;

/// The page as one pretty-printed JSON object.
pub fn json(page: &Page) -> String {
    serde_json::to_string_pretty(page).expect("the page model always serialises")
}

/// Writes the page as [`json`] does, and a line end, straight to `out` (a big page's
/// JSON is never held in memory whole).
pub fn write_json(out: &mut impl std::io::Write, page: &Page) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, page).map_err(std::io::Error::from)?;
    out.write_all(b"\n")
}

/// Writes, as [`write_json`] does, the page from `source` whose pages `pages` hands
/// one by one, in order, to the function it is given: each page's articles are
/// written as soon as it comes, while the pages after it are still being parsed, and
/// then let go; the unassigned text of them all follows at the end. The function says
/// stop once a write has failed.
pub fn write_json_pages(
    out: &mut impl std::io::Write,
    source: &str,
    pages: impl FnOnce(&mut dyn FnMut(Page) -> std::ops::ControlFlow<()>),
) -> std::io::Result<()> {
    let streamed = stream::StreamedPage::new(source, pages);
    serde_json::to_writer_pretty(&mut *out, &streamed).map_err(std::io::Error::from)?;
    out.write_all(b"\n")
}

/// The page as Markdown: one section per article, unassigned text at the end.
pub fn markdown(page: &Page) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md_escape(&page.source));
    for article in &page.articles {
        if let Some(k) = &article.kicker {
            let _ = writeln!(out, "*{}*\n", md_escape(k));
        }
        let _ = writeln!(out, "## {}\n", md_escape(&article.title));
        if let Some(s) = &article.subtitle {
            let _ = writeln!(out, "### {}\n", md_escape(s));
        }
        if let Some(b) = &article.byline {
            let _ = writeln!(out, "**{}**\n", md_escape(b));
        }
        for block in &article.blocks {
            let text = md_escape(&block.text);
            let _ = match block.kind {
                BlockKind::Paragraph => writeln!(out, "{text}\n"),
                BlockKind::Heading => writeln!(out, "#### {text}\n"),
                BlockKind::Caption => writeln!(out, "> {text}\n"),
                BlockKind::Dateline => writeln!(out, "<p align=\"right\">{text}</p>\n"),
            };
        }
        out.push_str("---\n\n");
    }
    if !page.unassigned.is_empty() {
        out.push_str("## 未归属文字\n\n");
        for u in &page.unassigned {
            let _ = writeln!(out, "- {}", md_escape(u));
        }
    }
    out
}

/// Escapes control characters and the Markdown marks that would change the meaning.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in visible(s).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The page as plain text wrapped to `width` cells: headlines centred, paragraphs
/// indented two ideographic spaces, datelines to the right, articles separated by a rule.
pub fn text(page: &Page, width: usize, amb: Ambiguous) -> String {
    let rule = "－".repeat((width / 2).max(1));
    let mut out = String::new();
    for (n, article) in page.articles.iter().enumerate() {
        if n > 0 {
            let _ = writeln!(out, "\n{rule}\n");
        }
        let pieces = pieces(article);
        let layout = ArticleLayout::new(&pieces, width, amb);
        for (row, r) in layout.rows.iter().enumerate() {
            let (indent, text) = layout.row_text(&pieces, row);
            let indent = if indent { INDENT } else { "" };
            let _ = writeln!(out, "{}{indent}{text}", " ".repeat(r.pad));
        }
    }
    if !page.unassigned.is_empty() {
        let _ = writeln!(out, "\n{rule}\n");
        for u in &page.unassigned {
            let u = visible(u);
            for line in wrap(&u, width, 0, amb) {
                let _ = writeln!(out, "{}", u[line.range].trim_end());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{Article, Block};

    fn page() -> Page {
        Page {
            source: "t.txt".into(),
            articles: vec![Article {
                title: "标题".into(),
                byline: Some("本报记者 张三".into()),
                blocks: vec![
                    Block::new(BlockKind::Paragraph, "一二三四五六七八九十。"),
                    Block::new(BlockKind::Dateline, "（新华社北京电）"),
                ],
                ..Article::default()
            }],
            unassigned: vec!["第5版".into()],
        }
    }

    #[test]
    fn text_indents_and_wraps() {
        let t = text(&page(), 16, Ambiguous::Narrow);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines[0], "      标题");
        assert!(lines.contains(&"\u{3000}\u{3000}一二三四五六"));
        assert!(
            lines.iter().all(|l| Ambiguous::Narrow.width(l) <= 16),
            "{lines:?}"
        );
        assert!(lines.iter().any(|l| l.ends_with("（新华社北京电）")));
    }

    #[test]
    fn markdown_has_a_section_per_article() {
        let md = markdown(&page());
        assert!(md.contains("## 标题"));
        assert!(md.contains("**本报记者 张三**"));
        assert!(md.contains("- 第5版"));
    }

    #[test]
    fn dumps_escape_control_characters() {
        let mut p = page();
        p.articles[0].title = "坏\x1b]0;标题\x07".into();
        assert!(!text(&p, 40, Ambiguous::Narrow).contains('\x1b'));
        assert!(!markdown(&p).contains('\x1b'));
        assert!(json(&p).contains("\\u001b"));
    }
}
