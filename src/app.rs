//! The reader's state and the one place it changes: [`App::update`] applies an
//! [`Action`]; [`App::on_event`] turns terminal events into actions. Rendering
//! (`crate::ui`) only reads the state.

mod events;
mod list;
mod prompt;
mod reader;
mod search;

use std::collections::HashMap;

use ratatui::layout::Rect;

use crate::action::Action;
use crate::keymap::Context;
use crate::layout::{Ambiguous, Anchor};
use crate::page::Page;
use crate::ui::geometry::{Panes, text_column};
use crate::ui::list::{RESULT_ROWS, entry_height};

pub use list::ListView;
pub use prompt::LineEditor;
pub use reader::Reader;
pub use search::{ArticleSearch, PageHit, PageResults, Prompt, PromptKind};

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    /// The article list.
    #[default]
    List,
    /// The article pane.
    Article,
}

/// How the reader lays text out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The widest text column, in cells (`--width`).
    pub measure: usize,
    /// How the terminal draws East Asian Ambiguous characters.
    pub amb: Ambiguous,
    /// Whether search lets Traditional and Simplified forms match each other.
    pub variants: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            measure: 80,
            amb: Ambiguous::Narrow,
            variants: false,
        }
    }
}

/// The whole state of the reader.
#[derive(Debug)]
pub struct App {
    /// The page being read.
    pub page: Page,
    /// Layout options.
    pub options: Options,
    /// The terminal's size.
    pub area: Rect,
    /// Which pane has the keyboard.
    pub focus: Focus,
    /// The article list's selection and scroll.
    pub list: ListView,
    /// The selected article, laid out; `None` on a page without articles.
    pub reader: Option<Reader>,
    /// Where each article visited was left.
    anchors: HashMap<usize, Anchor>,
    /// The search in the open article.
    pub search: Option<ArticleSearch>,
    /// The search prompt, while it is open.
    pub prompt: Option<Prompt>,
    /// Page-wide search results, shown in place of the list.
    pub results: Option<PageResults>,
    /// The help overlay's scroll, while it is open.
    pub help: Option<usize>,
    /// A one-off message for the status line, cleared by the next action.
    pub notice: Option<String>,
    /// A lasting remark about the page (for example, bytes that could not be decoded).
    pub remark: Option<String>,
    /// Set when the reader should close.
    pub quit: bool,
    /// Set when the whole screen should be repainted, not just what changed.
    pub redraw: bool,
    /// While a text of many pages is read in the background: bytes read and in all.
    pub loading: Option<(usize, usize)>,
}

impl App {
    /// A reader for `page`, its list focused on the first article.
    pub fn new(page: Page, options: Options) -> Self {
        Self::sized(page, options, 80, 24)
    }

    /// The reader on `page`, laid out for a terminal of `width`×`height` from the start
    /// (the first article is wrapped once, at the width it is shown).
    pub fn sized(page: Page, options: Options, width: u16, height: u16) -> Self {
        let mut app = Self {
            page,
            options,
            area: Rect::new(0, 0, width, height),
            focus: Focus::List,
            list: ListView::default(),
            reader: None,
            anchors: HashMap::new(),
            search: None,
            prompt: None,
            results: None,
            help: None,
            notice: None,
            remark: None,
            quit: false,
            redraw: false,
            loading: None,
        };
        app.open_article(0, None);
        app
    }

    /// Takes the next page of a text read in the background, which ends at byte `end`
    /// of the text.
    pub fn append(&mut self, page: Page, end: usize) {
        self.page.append(page);
        if let Some((read, _)) = &mut self.loading {
            *read = end;
        }
        if self.reader.is_none() {
            self.open_article(0, None);
        }
    }

    /// The background reading is over.
    pub fn loaded(&mut self) {
        self.loading = None;
    }

    /// Where the keyboard is: decides which bindings apply.
    pub fn context(&self) -> Context {
        if self.prompt.is_some() {
            Context::Prompt
        } else if self.help.is_some() {
            Context::Help
        } else if self.focus == Focus::Article && self.reader.is_some() {
            Context::Article
        } else if self.results.is_some() {
            Context::Results
        } else {
            Context::List
        }
    }

    /// The screen areas for the current size and focus.
    pub fn panes(&self) -> Panes {
        Panes::new(self.area, self.focus)
    }

    /// The column the article is laid out in, for the current size.
    fn column(&self) -> (usize, usize) {
        let pane = Panes::new(self.area, Focus::Article)
            .article
            .unwrap_or_default();
        let column = text_column(pane, self.options.measure);
        (usize::from(column.width), usize::from(column.height))
    }

    /// Takes the terminal's new size: rewraps the article, keeping its first visible
    /// character on screen.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.area = Rect::new(0, 0, width, height);
        let (w, h) = self.column();
        if let Some(r) = &mut self.reader {
            r.resize(w, h, self.options.amb);
        }
        let (rows, width) = self.list_area();
        let (page, amb) = (&self.page, self.options.amb);
        self.list
            .keep_visible(rows, |i| entry_height(&page.articles[i], width, amb));
        if let Some(res) = &mut self.results {
            res.view.keep_visible(rows, |_| RESULT_ROWS);
        }
    }

    /// The list pane's height and the width of its text.
    pub fn list_area(&self) -> (usize, usize) {
        let pane = Panes::new(self.area, Focus::List).list.unwrap_or_default();
        (
            usize::from(pane.height),
            usize::from(pane.width.saturating_sub(2)),
        )
    }

    /// Rows entry `i` of the article list takes.
    pub fn entry_height(&self, i: usize) -> usize {
        let (_, width) = self.list_area();
        self.page
            .articles
            .get(i)
            .map_or(1, |a| entry_height(a, width, self.options.amb))
    }

    /// Entries of the article list on one screen, from its top.
    fn list_page(&self) -> usize {
        let (rows, _) = self.list_area();
        self.list
            .fitting(self.page.articles.len(), rows, |i| self.entry_height(i))
    }

    /// Opens article `index` in the article pane at `at`, or where the reader left it.
    fn open_article(&mut self, index: usize, at: Option<Anchor>) {
        let Some(article) = self.page.articles.get(index) else {
            return;
        };
        if let Some(r) = &self.reader {
            if r.article == index && at.is_none() {
                return;
            }
            self.anchors.insert(r.article, r.anchor);
        }
        let anchor = at
            .or_else(|| self.anchors.get(&index).copied())
            .unwrap_or_default();
        let (w, h) = self.column();
        self.reader = Some(Reader::new(index, article, anchor, w, h, self.options.amb));
        self.search = None;
        let (rows, width) = self.list_area();
        let (page, amb) = (&self.page, self.options.amb);
        self.list
            .select(index, rows, |i| entry_height(&page.articles[i], width, amb));
    }

    /// Applies one action. The only place the state changes.
    pub fn update(&mut self, action: Action) {
        self.notice = None;
        if action == Action::Redraw {
            self.redraw = true;
            return;
        }
        match self.context() {
            Context::Prompt => self.update_prompt(action),
            Context::Help => self.update_help(action),
            Context::List => self.update_list(action),
            Context::Results => self.update_results(action),
            Context::Article => self.update_article(action),
        }
    }

    /// Actions every context shares.
    fn update_common(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::ToggleHelp => self.help = Some(0),
            Action::SearchPage => self.open_prompt(PromptKind::Page),
            _ => {}
        }
    }

    /// Actions on the help overlay.
    fn update_help(&mut self, action: Action) {
        let top = self.help.unwrap_or(0);
        let page = usize::from(self.area.height.saturating_sub(4)).max(1);
        self.help = match action {
            Action::ToggleHelp | Action::Back => None,
            Action::Quit => {
                self.quit = true;
                None
            }
            Action::Down => Some(top + 1),
            Action::Up => Some(top.saturating_sub(1)),
            Action::PageDown | Action::HalfPageDown => Some(top + page / 2),
            Action::PageUp | Action::HalfPageUp => Some(top.saturating_sub(page / 2)),
            Action::Top => Some(0),
            Action::Bottom => Some(usize::MAX / 2),
            _ => Some(top),
        }
        .map(|t| t.min(crate::ui::help::max_scroll(self.area)));
    }

    /// Actions on the article list.
    fn update_list(&mut self, action: Action) {
        let page = self.list_page();
        let count = self.page.articles.len();
        let target = match action {
            Action::Open | Action::SwitchPane if self.reader.is_some() => {
                self.focus = Focus::Article;
                None
            }
            _ => self.list.target(action, count, page),
        };
        match target {
            Some(i) => self.open_article(i, None),
            None => self.update_common(action),
        }
    }

    /// Actions in the article pane.
    fn update_article(&mut self, action: Action) {
        let Some(r) = &mut self.reader else {
            return;
        };
        let page = r.height.saturating_sub(1).max(1) as isize;
        match action {
            Action::Up => r.scroll_by(-1),
            Action::Down => r.scroll_by(1),
            Action::PageUp => r.scroll_by(-page),
            Action::PageDown => r.scroll_by(page),
            Action::HalfPageUp => r.scroll_by(-(page / 2).max(1)),
            Action::HalfPageDown => r.scroll_by((page / 2).max(1)),
            Action::Top => r.scroll_to(0),
            Action::Bottom => r.scroll_to(usize::MAX),
            Action::ShowList | Action::SwitchPane => self.focus = Focus::List,
            Action::PrevArticle | Action::NextArticle => {
                let here = r.article;
                let next = if action == Action::NextArticle {
                    here + 1
                } else {
                    here.wrapping_sub(1)
                };
                if next < self.page.articles.len() {
                    self.open_article(next, None);
                } else {
                    self.notice = Some(if action == Action::NextArticle {
                        "已是最后一篇".into()
                    } else {
                        "已是第一篇".into()
                    });
                }
            }
            Action::Search => self.open_prompt(PromptKind::Article),
            Action::NextMatch => self.step_match(true),
            Action::PrevMatch => self.step_match(false),
            _ => self.update_common(action),
        }
    }
}

#[cfg(test)]
mod tests;
