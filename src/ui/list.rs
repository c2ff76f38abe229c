//! The list pane: each article's title (wrapped to at most three lines), then its byline
//! and paragraph count dimmed; or, after a page-wide search, each article with hits, its
//! hit count and a snippet around the first hit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::cells::{fill, put, put_clipped};
use super::theme::THEME;
use crate::app::{App, Focus, ListView, PageResults};
use crate::layout::{Ambiguous, WrappedLine, wrap};
use crate::page::Article;
use crate::sanitize::visible;

/// Most lines a title takes in the list; a longer one ends in `…`.
const TITLE_LINES: usize = 3;
/// Rows an entry of the page-wide search results takes.
pub const RESULT_ROWS: usize = 2;

/// The lines of a title in a list `width` cells wide, at most [`TITLE_LINES`].
fn title_lines(title: &str, width: usize, amb: Ambiguous) -> Vec<WrappedLine> {
    let mut lines = wrap(title, width.max(1), 0, amb);
    lines.truncate(TITLE_LINES);
    lines
}

/// Rows the entry of `article` takes in a list `width` cells wide: its title, then a
/// line of byline and paragraph count.
pub fn entry_height(article: &Article, width: usize, amb: Ambiguous) -> usize {
    title_lines(&visible(&article.title), width, amb)
        .len()
        .max(1)
        + 1
}

/// Draws the list pane.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if let Some(results) = &app.results {
        return render_results(app, results, area, buf);
    }
    let amb = app.options.amb;
    if app.page.articles.is_empty() {
        put(
            buf,
            area.x + 1,
            area.y,
            area.right(),
            "（本版没有文章）",
            THEME.list_meta,
            amb,
        );
        return;
    }
    let (x, right) = margins(area);
    let width = usize::from(right.saturating_sub(x));
    let count = app.page.articles.len();
    let height = |i: usize| entry_height(&app.page.articles[i], width, amb);
    entries(
        app,
        &app.list,
        count,
        area,
        buf,
        height,
        |buf, i, rows, style| {
            let article = &app.page.articles[i];
            let title = visible(&article.title);
            let lines = title_lines(&title, width, amb);
            let more = lines.last().map_or(0, |l| l.range.end) < title.trim_end().len();
            for (n, (line, &y)) in lines.iter().zip(rows).enumerate() {
                let text = title[line.range.clone()].trim_end();
                let style = style.patch(THEME.list_title);
                if more && n + 1 == lines.len() {
                    put_clipped(
                        buf,
                        x,
                        y,
                        right,
                        &format!("{text}{}", &title[line.range.end..]),
                        style,
                        amb,
                    );
                } else {
                    put(buf, x, y, right, text, style, amb);
                }
            }
            let byline = article.byline.as_deref().map(visible).unwrap_or_default();
            let meta = if byline.is_empty() {
                format!("{} 段", article.paragraph_count())
            } else {
                format!("{} 段  {byline}", article.paragraph_count())
            };
            if let Some(&y) = rows.get(lines.len().max(1)) {
                put_clipped(buf, x, y, right, &meta, style.patch(THEME.list_meta), amb);
            }
        },
    );
}

/// Draws the page-wide search results.
fn render_results(app: &App, results: &PageResults, area: Rect, buf: &mut Buffer) {
    let amb = app.options.amb;
    let (x, right) = margins(area);
    let count = results.hits.len();
    entries(
        app,
        &results.view,
        count,
        area,
        buf,
        |_| RESULT_ROWS,
        |buf, i, rows, style| {
            let hit = &results.hits[i];
            let title = visible(&app.page.articles[hit.article].title);
            let after = put(
                buf,
                x,
                rows[0],
                right,
                &format!("{} ", hit.count),
                style.patch(THEME.current),
                amb,
            );
            put_clipped(buf, after, rows[0], right, &title, style, amb);
            if let Some(&y) = rows.get(1) {
                let [before, found, after] = &hit.snippet;
                // Keep the match in view: drop context before it if the line is short.
                let room = usize::from(right.saturating_sub(x));
                let keep = room.saturating_sub(amb.width(found) + 4);
                let before = tail(before, keep, amb);
                let at = put(buf, x, y, right, before, style.patch(THEME.list_meta), amb);
                let at = put(buf, at, y, right, found, style.patch(THEME.found), amb);
                put_clipped(buf, at, y, right, after, style.patch(THEME.list_meta), amb);
            }
        },
    );
}

/// The columns text may take in the list: a cell of margin each side when there is
/// room for it.
pub fn margins(area: Rect) -> (u16, u16) {
    if area.width > 4 {
        (area.x + 1, area.right() - 1)
    } else {
        (area.x, area.right())
    }
}

/// The end of `text` that fits in `room` cells.
fn tail(text: &str, room: usize, amb: Ambiguous) -> &str {
    let mut start = text.len();
    let mut used = 0;
    for (i, c) in text.char_indices().rev() {
        used += amb.width(c.encode_utf8(&mut [0; 4]));
        if used > room {
            break;
        }
        start = i;
    }
    &text[start..]
}

/// Draws the visible entries of a list of `count`, entry `i` taking `height(i)` rows,
/// the selected one highlighted; `draw(buf, index, rows, style)` writes one entry on the
/// screen rows it was given (those of its rows that are on screen).
fn entries(
    app: &App,
    view: &ListView,
    count: usize,
    area: Rect,
    buf: &mut Buffer,
    height: impl Fn(usize) -> usize,
    mut draw: impl FnMut(&mut Buffer, usize, &[u16], Style),
) {
    let mut y = area.y;
    for i in view.top..count {
        if y >= area.bottom() {
            break;
        }
        let rows: Vec<u16> = (y..area.bottom()).take(height(i)).collect();
        let style = if i != view.selected {
            Style::new()
        } else if app.focus == Focus::List {
            THEME.selected
        } else {
            THEME.selected_idle
        };
        fill(
            buf,
            Rect {
                y,
                height: rows.len() as u16,
                ..area
            },
            style,
        );
        draw(buf, i, &rows, style);
        y += rows.len() as u16;
    }
}
