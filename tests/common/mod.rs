//! Helpers shared by the screen tests.

#![allow(dead_code)]

use dubao::app::{App, Options};
use dubao::page::parse;
use dubao::source::BUNDLED;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

/// The reader on the bundled page at `width`×`height`.
pub fn app(width: u16, height: u16) -> App {
    let mut app = App::new(
        parse("content/000_93aa3b5d04f4e9a6.txt", BUNDLED),
        Options::default(),
    );
    app.resize(width, height);
    app
}

/// Renders `app` into a buffer of its size.
pub fn render(app: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The buffer as text, one line per row, as a terminal shows it: a wide character's
/// hidden second cell is left out, trailing spaces are kept so columns line up.
pub fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in buf.area.top()..buf.area.bottom() {
        let mut x = buf.area.left();
        while x < buf.area.right() {
            let cell = &buf[(x, y)];
            out.push_str(cell.symbol());
            x += u16::try_from(cell.symbol().width().max(1)).unwrap();
        }
        out.push('\n');
    }
    out
}

/// The screen of `app` as text.
pub fn screen(app: &App) -> String {
    text(&render(app))
}

/// The buffer as text with search highlights marked: `[…]` around matches, `{…}` around
/// the current one.
pub fn marked(buf: &Buffer) -> String {
    use ratatui::style::Color;
    let mut out = String::new();
    for y in buf.area.top()..buf.area.bottom() {
        let mut x = buf.area.left();
        let mut open: Option<char> = None;
        while x < buf.area.right() {
            let cell = &buf[(x, y)];
            let mark = match cell.bg {
                Color::Yellow => Some(('[', ']')),
                Color::LightRed => Some(('{', '}')),
                _ => None,
            };
            if open != mark.map(|m| m.1) {
                if let Some(close) = open {
                    out.push(close);
                }
                if let Some((o, _)) = mark {
                    out.push(o);
                }
                open = mark.map(|m| m.1);
            }
            out.push_str(cell.symbol());
            x += u16::try_from(cell.symbol().width().max(1)).unwrap();
        }
        if let Some(close) = open {
            out.push(close);
        }
        out.push('\n');
    }
    out
}
