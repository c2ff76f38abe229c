//! Drawing the reader: `impl Widget for &App`, one helper per screen area. Rendering
//! reads the state and never changes it.

pub mod article;
pub mod cells;
pub mod geometry;
pub mod help;
pub mod list;
pub mod status;
pub mod theme;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::App;
use crate::layout::Ambiguous;
use cells::{fill, put_clipped};
use theme::THEME;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < 2 {
            // No Chinese character fits: say there is more than can be shown.
            cells::put(
                buf,
                area.x,
                area.y,
                area.right(),
                "…",
                THEME.status,
                Ambiguous::Narrow,
            );
            return;
        }
        let panes = geometry::Panes::new(area, self.focus);
        if let Some(title) = panes.title {
            render_title(self, title, buf);
        }
        if let Some(list) = panes.list {
            list::render(self, list, buf);
        }
        if let Some(gutter) = panes.gutter {
            fill(buf, gutter, THEME.gutter);
        }
        if let Some(pane) = panes.article {
            article::render(self, pane, buf);
        }
        if let Some(status) = panes.status {
            status::render(self, status, buf);
        }
        if self.help.is_some() {
            help::render(self, area, buf);
        }
    }
}

/// The title bar: the reader's name, the page and its article count.
fn render_title(app: &App, area: Rect, buf: &mut Buffer) {
    fill(buf, area, THEME.title_bar);
    let source = app.page.source.rsplit('/').next().unwrap_or_default();
    let text = format!(
        " 读报  {}  共 {} 篇",
        crate::sanitize::visible(source),
        app.page.articles.len()
    );
    put_clipped(
        buf,
        area.x,
        area.y,
        area.right(),
        &text,
        THEME.title_bar,
        app.options.amb,
    );
}
