//! Everything a reader can ask dubao to do. Keys map to actions in [`crate::keymap`];
//! [`crate::app::App::update`] is the one place actions change state.

/// A user intent, independent of the key that asked for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Leave dubao.
    Quit,
    /// Show or hide the key help.
    ToggleHelp,
    /// Repaint the whole screen (after another program scribbled on it).
    Redraw,
    /// Close whatever overlay or search is open, or go back to the article list.
    Back,
    /// Move focus to the other pane.
    SwitchPane,
    /// Open the selected article (focus the article pane).
    Open,
    /// Focus the article list.
    ShowList,
    /// One line (article) or one entry (list) up.
    Up,
    /// One line (article) or one entry (list) down.
    Down,
    /// One screen up.
    PageUp,
    /// One screen down.
    PageDown,
    /// Half a screen up.
    HalfPageUp,
    /// Half a screen down.
    HalfPageDown,
    /// To the start of the article, or the first entry.
    Top,
    /// To the end of the article, or the last entry.
    Bottom,
    /// The previous article, from inside an article.
    PrevArticle,
    /// The next article, from inside an article.
    NextArticle,
    /// Open the search prompt for the current article.
    Search,
    /// Search every article of the page and list the hits.
    SearchPage,
    /// The next match of the search.
    NextMatch,
    /// The previous match of the search.
    PrevMatch,
    /// Prompt: keep the query and close the prompt.
    Accept,
    /// Prompt: delete the character before the cursor.
    DeleteBack,
    /// Prompt: move the cursor one character left.
    CursorLeft,
    /// Prompt: move the cursor one character right.
    CursorRight,
    /// Prompt: move the cursor to the start.
    CursorHome,
    /// Prompt: move the cursor to the end.
    CursorEnd,
    /// Prompt: clear the query.
    ClearQuery,
    /// Prompt: let Traditional and Simplified forms match each other, or stop.
    ToggleVariants,
}
