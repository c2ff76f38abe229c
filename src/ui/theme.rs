//! Every style the reader draws with, in one place. Plain ANSI colours and attributes,
//! so the reader looks right on dark and light terminals alike.

use ratatui::style::{Color, Modifier, Style};

use crate::layout::PieceKind;

/// The reader's styles.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// The title bar: the paper's name in red, as a masthead.
    pub title_bar: Style,
    /// The status line.
    pub status: Style,
    /// Key names in the status line's hints.
    pub hint_key: Style,
    /// The column between the panes.
    pub gutter: Style,
    /// An article title in the list.
    pub list_title: Style,
    /// Byline and paragraph count under a title in the list.
    pub list_meta: Style,
    /// The selected list entry while the list has the keyboard.
    pub selected: Style,
    /// The selected list entry while the article has the keyboard.
    pub selected_idle: Style,
    /// Every search match.
    pub found: Style,
    /// The current search match.
    pub current: Style,
    /// A hit count in the page-wide search results.
    pub hint_count: Style,
    /// A message in the status line.
    pub notice: Style,
    /// The help overlay.
    pub help: Style,
    /// Section headings in the help overlay.
    pub help_heading: Style,
}

/// The one theme.
pub const THEME: Theme = Theme {
    title_bar: Style::new()
        .fg(Color::White)
        .bg(Color::Red)
        .add_modifier(Modifier::BOLD),
    status: Style::new().add_modifier(Modifier::REVERSED),
    hint_key: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
    gutter: Style::new().bg(Color::DarkGray),
    list_title: Style::new(),
    list_meta: Style::new().add_modifier(Modifier::DIM),
    selected: Style::new().fg(Color::White).bg(Color::Blue),
    selected_idle: Style::new().add_modifier(Modifier::REVERSED),
    found: Style::new().fg(Color::Black).bg(Color::Yellow),
    hint_count: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    current: Style::new()
        .fg(Color::Black)
        .bg(Color::LightRed)
        .add_modifier(Modifier::BOLD),
    notice: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
    help: Style::new().fg(Color::White).bg(Color::Blue),
    help_heading: Style::new()
        .fg(Color::Yellow)
        .bg(Color::Blue)
        .add_modifier(Modifier::BOLD),
};

impl Theme {
    /// The style of an article piece.
    pub fn piece(&self, kind: PieceKind) -> Style {
        match kind {
            PieceKind::Title => Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            PieceKind::Kicker | PieceKind::Subtitle | PieceKind::Heading => {
                Style::new().add_modifier(Modifier::BOLD)
            }
            PieceKind::Caption => Style::new().add_modifier(Modifier::DIM),
            PieceKind::Byline | PieceKind::Paragraph | PieceKind::Dateline => Style::new(),
        }
    }
}
