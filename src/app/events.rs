//! Terminal events into actions: keys through the key table, typed and pasted text into
//! the prompt, the mouse wheel and clicks by the pane under the pointer, resizes.

use crossterm::event::{Event, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::{App, Focus};
use crate::action::Action;
use crate::keymap::{self, Context};
use crate::ui::list::RESULT_ROWS;

/// Rows the mouse wheel scrolls an article by.
const WHEEL_ROWS: isize = 3;

impl App {
    /// Handles one terminal event.
    pub fn on_event(&mut self, event: &Event) {
        match event {
            Event::Key(key) if key.is_press() || key.is_repeat() => self.on_key(key),
            Event::Paste(text) => self.type_text(text),
            Event::Resize(w, h) => self.resize(*w, *h),
            Event::Mouse(mouse) => self.on_mouse(*mouse),
            _ => {}
        }
    }

    /// A key: its action in the current context, or text for the prompt.
    pub fn on_key(&mut self, key: &KeyEvent) {
        let context = self.context();
        if let Some(action) = keymap::action_for(context, key) {
            self.update(action);
        } else if context == Context::Prompt
            && !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
            && let Some(c) = key.code.as_char()
        {
            self.type_text(c.encode_utf8(&mut [0; 4]));
        }
    }

    /// The wheel scrolls the pane under the pointer; a click selects an article (a second
    /// click opens it) or focuses the article pane.
    fn on_mouse(&mut self, mouse: MouseEvent) {
        if self.prompt.is_some() || self.help.is_some() {
            return;
        }
        let at = Position::new(mouse.column, mouse.row);
        let panes = self.panes();
        let in_list = panes.list.filter(|r| r.contains(at));
        let in_article = panes.article.is_some_and(|r| r.contains(at));
        self.notice = None;
        match mouse.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let down = mouse.kind == MouseEventKind::ScrollDown;
                if in_list.is_some() {
                    self.with_context(Context::List, if down { Action::Down } else { Action::Up });
                } else if in_article && let Some(r) = &mut self.reader {
                    r.scroll_by(if down { WHEEL_ROWS } else { -WHEEL_ROWS });
                }
            }
            MouseEventKind::Down(MouseButton::Left) => {
                if let Some(list) = in_list {
                    self.click_list(list, at);
                } else if in_article && self.reader.is_some() {
                    self.focus = Focus::Article;
                }
            }
            _ => {}
        }
    }

    /// A click on the list: selects the entry under it, or opens it if selected.
    fn click_list(&mut self, list: Rect, at: Position) {
        let dy = usize::from(at.y - list.y);
        let (rows, _) = self.list_area();
        if let Some(res) = &mut self.results {
            if let Some(i) = res.view.entry_at(dy, res.hits.len(), |_| RESULT_ROWS) {
                if res.view.selected == i {
                    self.update_results(Action::Open);
                } else {
                    res.view.select(i, rows, |_| RESULT_ROWS);
                    self.show_hit();
                }
            }
            return;
        }
        let count = self.page.articles.len();
        if let Some(i) = self.list.entry_at(dy, count, |i| self.entry_height(i)) {
            if self.list.selected == i && self.focus == Focus::List {
                self.focus = Focus::Article;
            } else {
                self.open_article(i, None);
                self.focus = Focus::List;
            }
        }
    }

    /// Applies `action` as if the list had the keyboard, leaving the focus where it is.
    fn with_context(&mut self, context: Context, action: Action) {
        let focus = self.focus;
        if context == Context::List {
            self.focus = Focus::List;
            if self.results.is_some() {
                self.update_results(action);
            } else {
                self.update_list(action);
            }
        }
        self.focus = focus;
    }
}
