//! Searching, as less does it: a prompt on the bottom line that highlights and jumps as
//! you type, Enter to keep, Esc to put everything back; `n`/`N` step through matches and
//! wrap around. A page-wide search lists every article with hits.

use std::rc::Rc;

use super::{App, Focus, LineEditor, ListView};
use crate::action::Action;
use crate::layout::{Anchor, pieces};
use crate::search::{Match, SearchIndex};
use crate::ui::list::RESULT_ROWS;

/// What the prompt searches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    /// The open article (`/`).
    Article,
    /// Every article of the page (`s`).
    Page,
}

/// The search prompt, with what to restore if it is cancelled.
#[derive(Debug)]
pub struct Prompt {
    /// What it searches.
    pub kind: PromptKind,
    /// The query being typed.
    pub editor: LineEditor,
    /// Where the article was when the prompt opened.
    saved_anchor: Option<Anchor>,
    /// The search that was active when the prompt opened.
    saved_search: Option<ArticleSearch>,
    /// The open article's folded text, made when the prompt opens so that every
    /// keystroke is only a scan.
    index: Option<Rc<SearchIndex>>,
}

/// A search in the open article.
#[derive(Debug, Clone)]
pub struct ArticleSearch {
    /// The query as typed.
    pub query: String,
    /// The article's folded text.
    index: Rc<SearchIndex>,
    /// Every match, in reading order.
    pub matches: Vec<Match>,
    /// The match the reader is on.
    pub current: Option<usize>,
}

/// One article with hits in a page-wide search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageHit {
    /// Index of the article.
    pub article: usize,
    /// Number of matches in it.
    pub count: usize,
    /// Text around the first match: before, the match, after.
    pub snippet: [String; 3],
}

/// The result of a page-wide search, listed in place of the articles.
#[derive(Debug, Clone)]
pub struct PageResults {
    /// The query.
    pub query: String,
    /// Articles with hits, in page order.
    pub hits: Vec<PageHit>,
    /// Selection and scroll.
    pub view: ListView,
}

/// Characters of context on each side of a snippet's match.
const SNIPPET_CONTEXT: usize = 12;

impl App {
    /// Opens the search prompt.
    pub(super) fn open_prompt(&mut self, kind: PromptKind) {
        let index = match (kind, &self.reader, &self.search) {
            (PromptKind::Article, None, _) => return,
            (PromptKind::Article, Some(_), Some(s))
                if s.index.variants() == self.options.variants =>
            {
                Some(Rc::clone(&s.index))
            }
            (PromptKind::Article, Some(r), _) => {
                Some(Rc::new(SearchIndex::new(&r.pieces, self.options.variants)))
            }
            (PromptKind::Page, ..) => None,
        };
        self.prompt = Some(Prompt {
            kind,
            editor: LineEditor::default(),
            saved_anchor: self.reader.as_ref().map(|r| r.anchor),
            saved_search: self.search.clone(),
            index,
        });
    }

    /// Inserts typed or pasted text into the prompt and searches again.
    pub fn type_text(&mut self, text: &str) {
        if let Some(p) = &mut self.prompt {
            p.editor.insert(text);
            self.prompt_edited();
        }
    }

    /// Actions while the prompt is open.
    pub(super) fn update_prompt(&mut self, action: Action) {
        let Some(prompt) = &mut self.prompt else {
            return;
        };
        let editor = &mut prompt.editor;
        match action {
            Action::DeleteBack => editor.delete_back(),
            Action::CursorLeft => editor.left(),
            Action::CursorRight => editor.right(),
            Action::CursorHome => editor.home(),
            Action::CursorEnd => editor.end(),
            Action::ClearQuery => editor.clear(),
            Action::ToggleVariants => {
                self.options.variants = !self.options.variants;
                if let Some(r) = &self.reader {
                    prompt.index = (prompt.kind == PromptKind::Article)
                        .then(|| Rc::new(SearchIndex::new(&r.pieces, self.options.variants)));
                }
                self.notice = Some(
                    if self.options.variants {
                        "繁简通搜：开"
                    } else {
                        "繁简通搜：关"
                    }
                    .into(),
                );
            }
            Action::Accept => return self.accept_prompt(),
            Action::Back => return self.cancel_prompt(),
            Action::Quit => self.quit = true,
            _ => return,
        }
        if matches!(
            action,
            Action::DeleteBack | Action::ClearQuery | Action::ToggleVariants
        ) {
            self.prompt_edited();
        }
    }

    /// Searches the article again after the query changed, jumping to the first match
    /// at or after where the reader was when the prompt opened.
    fn prompt_edited(&mut self) {
        let Some(prompt) = &self.prompt else {
            return;
        };
        let Some(index) = prompt.index.clone() else {
            return;
        };
        let query = prompt.editor.text().to_string();
        let from = prompt.saved_anchor.unwrap_or_default();
        let Some(reader) = &mut self.reader else {
            return;
        };
        let matches = index.find(&reader.pieces, &query);
        let current = (!matches.is_empty()).then(|| {
            matches
                .iter()
                .position(|m| (m.piece, m.range.start) >= (from.piece, from.offset))
                .unwrap_or(0)
        });
        match current {
            Some(i) => reader.reveal(reader.layout.row_of(anchor_at(&matches[i]))),
            None => reader.scroll_to(reader.layout.row_of(from)),
        }
        self.search = Some(ArticleSearch {
            query,
            index,
            matches,
            current,
        });
    }

    /// Enter: keeps the search (article) or runs it over the page.
    fn accept_prompt(&mut self) {
        let Some(prompt) = self.prompt.take() else {
            return;
        };
        let query = prompt.editor.text().to_string();
        match prompt.kind {
            PromptKind::Article if query.trim().is_empty() => self.search = None,
            PromptKind::Article => {}
            PromptKind::Page => self.search_page(&query),
        }
    }

    /// Esc: puts the view and the previous search back.
    fn cancel_prompt(&mut self) {
        let Some(prompt) = self.prompt.take() else {
            return;
        };
        if prompt.kind == PromptKind::Article {
            self.search = prompt.saved_search;
            if let (Some(r), Some(a)) = (&mut self.reader, prompt.saved_anchor) {
                r.scroll_to(r.layout.row_of(a));
            }
        }
    }

    /// `n` and `N`: the next or previous match, wrapping around the article's ends. From
    /// a match on screen, the neighbour; otherwise the first match past the screen's top.
    pub(super) fn step_match(&mut self, forward: bool) {
        let (Some(s), Some(r)) = (&mut self.search, &mut self.reader) else {
            self.notice = Some("没有搜索：按 / 开始".into());
            return;
        };
        if s.matches.is_empty() {
            self.notice = Some(format!("未找到：{}", s.query));
            return;
        }
        let n = s.matches.len();
        let row_of = |m: &Match| r.layout.row_of(anchor_at(m));
        let on_screen = |row: usize| row >= r.top && row < r.top + r.height.max(1);
        let here = s.current.filter(|&i| on_screen(row_of(&s.matches[i])));
        let (next, wrapped) = match (here, forward) {
            (Some(i), true) => ((i + 1) % n, i + 1 == n),
            (Some(i), false) => ((i + n - 1) % n, i == 0),
            (None, true) => s
                .matches
                .iter()
                .position(|m| row_of(m) >= r.top)
                .map_or((0, true), |i| (i, false)),
            (None, false) => s
                .matches
                .iter()
                .rposition(|m| row_of(m) < r.top)
                .map_or((n - 1, true), |i| (i, false)),
        };
        s.current = Some(next);
        r.reveal(row_of(&s.matches[next]));
        if wrapped {
            self.notice = Some(
                if forward {
                    "已绕回开头 (search wrapped)"
                } else {
                    "已绕回末尾 (search wrapped)"
                }
                .into(),
            );
        }
    }

    /// Searches every article for `query` and lists those with hits.
    fn search_page(&mut self, query: &str) {
        if query.trim().is_empty() {
            return;
        }
        let mut hits = Vec::new();
        for (article, a) in self.page.articles.iter().enumerate() {
            let pieces = pieces(a);
            let matches = SearchIndex::new(&pieces, self.options.variants).find(&pieces, query);
            if let Some(first) = matches.first() {
                let text = &pieces[first.piece].text;
                let before: String = text[..first.range.start]
                    .chars()
                    .rev()
                    .take(SNIPPET_CONTEXT)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let after: String = text[first.range.end..]
                    .chars()
                    .take(SNIPPET_CONTEXT * 2)
                    .collect();
                hits.push(PageHit {
                    article,
                    count: matches.len(),
                    snippet: [before, text[first.range.clone()].to_string(), after],
                });
            }
        }
        if hits.is_empty() {
            self.notice = Some(format!("全版未找到：{query}"));
            return;
        }
        self.results = Some(PageResults {
            query: query.to_string(),
            hits,
            view: ListView::default(),
        });
        self.focus = Focus::List;
        self.show_hit();
    }

    /// Shows the selected result's article with the search active on its first match.
    pub(super) fn show_hit(&mut self) {
        let Some(res) = &self.results else {
            return;
        };
        let hit = &res.hits[res.view.selected];
        let (article, query) = (hit.article, res.query.clone());
        let focus = self.focus;
        self.open_article(article, Some(Anchor::default()));
        self.open_prompt(PromptKind::Article);
        self.type_text(&query);
        self.accept_prompt();
        self.focus = focus;
    }

    /// Actions on the page-wide search results.
    pub(super) fn update_results(&mut self, action: Action) {
        let (rows, _) = self.list_area();
        let Some(res) = &mut self.results else {
            return;
        };
        let page = res.view.fitting(res.hits.len(), rows, |_| RESULT_ROWS);
        if let Some(i) = res.view.target(action, res.hits.len(), page) {
            res.view.select(i, rows, |_| RESULT_ROWS);
            self.show_hit();
            return;
        }
        match action {
            Action::Back => self.results = None,
            Action::Open | Action::SwitchPane => {
                self.focus = Focus::Article;
            }
            _ => self.update_common(action),
        }
    }
}

/// Where a match starts, as an anchor.
fn anchor_at(m: &Match) -> Anchor {
    Anchor {
        piece: m.piece,
        offset: m.range.start,
    }
}
