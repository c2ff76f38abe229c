//! The list pane: each article's title, then its byline and paragraph count dimmed; or,
//! after a page-wide search, each article with hits, its hit count and a snippet.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::cells::{fill, put, put_clipped};
use super::geometry::LIST_ENTRY_ROWS;
use super::theme::THEME;
use crate::app::{App, Focus, ListView, PageResults};
use crate::sanitize::visible;

/// Draws the list pane.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if let Some(results) = &app.results {
        return render_results(app, results, area, buf);
    }
    if app.page.articles.is_empty() {
        put(
            buf,
            area.x + 1,
            area.y,
            area.right(),
            "（本版没有文章）",
            THEME.list_meta,
            app.options.amb,
        );
        return;
    }
    entries(
        app,
        &app.list,
        app.page.articles.len(),
        area,
        buf,
        |buf, i, y, style| {
            let article = &app.page.articles[i];
            let x = area.x + 1;
            let right = area.right().saturating_sub(1);
            put_clipped(
                buf,
                x,
                y,
                right,
                &visible(&article.title),
                style.patch(THEME.list_title),
                app.options.amb,
            );
            let byline = article.byline.as_deref().map(visible).unwrap_or_default();
            let meta = if byline.is_empty() {
                format!("{} 段", article.paragraph_count())
            } else {
                format!("{byline} · {} 段", article.paragraph_count())
            };
            if y + 1 < area.bottom() {
                put_clipped(
                    buf,
                    x,
                    y + 1,
                    right,
                    &meta,
                    style.patch(THEME.list_meta),
                    app.options.amb,
                );
            }
        },
    );
}

/// Draws the page-wide search results.
fn render_results(app: &App, results: &PageResults, area: Rect, buf: &mut Buffer) {
    entries(
        app,
        &results.view,
        results.hits.len(),
        area,
        buf,
        |buf, i, y, style| {
            let hit = &results.hits[i];
            let x = area.x + 1;
            let right = area.right().saturating_sub(1);
            let title = visible(&app.page.articles[hit.article].title);
            let x = put(
                buf,
                x,
                y,
                right,
                &format!("{} ", hit.count),
                style.patch(THEME.current),
                app.options.amb,
            );
            put_clipped(buf, x, y, right, &title, style, app.options.amb);
            if y + 1 < area.bottom() {
                let [before, found, after] = &hit.snippet;
                let x = put(
                    buf,
                    area.x + 1,
                    y + 1,
                    right,
                    before,
                    style.patch(THEME.list_meta),
                    app.options.amb,
                );
                let x = put(
                    buf,
                    x,
                    y + 1,
                    right,
                    found,
                    style.patch(THEME.found),
                    app.options.amb,
                );
                put_clipped(
                    buf,
                    x,
                    y + 1,
                    right,
                    after,
                    style.patch(THEME.list_meta),
                    app.options.amb,
                );
            }
        },
    );
}

/// Draws the visible entries of a list of `count`, two rows each, the selected one
/// highlighted; `draw(buf, index, y, style)` writes one entry.
fn entries(
    app: &App,
    view: &ListView,
    count: usize,
    area: Rect,
    buf: &mut Buffer,
    mut draw: impl FnMut(&mut Buffer, usize, u16, Style),
) {
    let rows = usize::from(area.height / LIST_ENTRY_ROWS).max(1);
    for (slot, i) in (view.top..count).take(rows).enumerate() {
        let y = area.y + slot as u16 * LIST_ENTRY_ROWS;
        let style = if i != view.selected {
            Style::new()
        } else if app.focus == Focus::List {
            THEME.selected
        } else {
            THEME.selected_idle
        };
        let height = LIST_ENTRY_ROWS.min(area.bottom() - y);
        fill(buf, Rect { y, height, ..area }, style);
        draw(buf, i, y, style);
    }
}
