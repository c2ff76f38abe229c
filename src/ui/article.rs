//! The article pane: the visible slice of the article's cached rows in a centred
//! column, headline parts centred and bold, paragraphs indented, search matches marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::cells::put;
use super::geometry::text_column;
use super::theme::THEME;
use crate::app::{App, Reader};
use crate::layout::article::INDENT;
use crate::search::in_row;

/// Draws the article pane.
pub fn render(app: &App, pane: Rect, buf: &mut Buffer) {
    let column = text_column(pane, app.options.measure);
    let Some(reader) = &app.reader else {
        return render_empty(app, column, buf);
    };
    for (slot, row) in (reader.top..reader.rows())
        .take(usize::from(column.height))
        .enumerate()
    {
        render_row(
            app,
            reader,
            row,
            column.x,
            column.y + slot as u16,
            column.right(),
            buf,
        );
    }
}

/// Draws row `row` of the article at `y`, its search matches highlighted.
fn render_row(
    app: &App,
    reader: &Reader,
    row: usize,
    x: u16,
    y: u16,
    right: u16,
    buf: &mut Buffer,
) {
    let amb = app.options.amb;
    let r = &reader.layout.rows[row];
    if r.is_blank() {
        return;
    }
    let piece = &reader.pieces[r.piece];
    let style = THEME.piece(piece.kind);
    let mut x = x + u16::try_from(r.pad).unwrap_or(u16::MAX);
    if r.indent {
        x = put(buf, x, y, right, INDENT, style, amb);
    }
    let end = r.range.start + piece.text[r.range.clone()].trim_end().len();
    let mut at = r.range.start;
    if let Some(search) = &app.search {
        let shown = r.range.start..end;
        for (index, hit) in in_row(&search.matches, r.piece, &shown) {
            x = put(buf, x, y, right, &piece.text[at..hit.start], style, amb);
            let mark = if search.current == Some(index) {
                THEME.current
            } else {
                THEME.found
            };
            x = put(
                buf,
                x,
                y,
                right,
                &piece.text[hit.clone()],
                style.patch(mark),
                amb,
            );
            at = hit.end;
        }
    }
    put(buf, x, y, right, &piece.text[at..end], style, amb);
}

/// The screen of a page in which no article was found.
fn render_empty(app: &App, column: Rect, buf: &mut Buffer) {
    let lines = [
        "这一版没有识别出文章。".to_string(),
        if app.page.unassigned.is_empty() {
            "（页面是空的）".to_string()
        } else {
            format!(
                "（另有 {} 段不属于任何文章的文字，可用 --dump text 查看）",
                app.page.unassigned.len()
            )
        },
    ];
    let top = column.y + column.height / 3;
    for (n, line) in lines.iter().enumerate() {
        let y = top + n as u16;
        if y < column.bottom() {
            put(
                buf,
                column.x,
                y,
                column.right(),
                line,
                THEME.list_meta,
                app.options.amb,
            );
        }
    }
}
