//! Whole screens rendered into ratatui's `TestBackend`, kept as insta snapshots.

mod common;

use common::{app, render, screen};
use dubao::action::Action;
use insta::assert_snapshot;
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

#[test]
fn first_frame_100x30() {
    assert_snapshot!(screen(&app(100, 30)));
}

#[test]
fn second_article_open_100x30() {
    let mut app = app(100, 30);
    app.update(Action::Down);
    app.update(Action::Open);
    assert_snapshot!(screen(&app));
}

#[test]
fn help_overlay_100x30() {
    let mut app = app(100, 30);
    app.update(Action::ToggleHelp);
    assert_snapshot!(screen(&app));
}

#[test]
fn list_50x20() {
    assert_snapshot!(screen(&app(50, 20)));
}

#[test]
fn article_50x20() {
    let mut app = app(50, 20);
    app.update(Action::Open);
    app.update(Action::PageDown);
    assert_snapshot!(screen(&app));
}

#[test]
fn every_row_is_exactly_the_screen_wide() {
    for (w, h) in [(100, 30), (50, 20), (61, 9), (13, 5)] {
        let mut app = app(w, h);
        for action in [Action::Down, Action::Open, Action::PageDown] {
            app.update(action);
            for line in screen(&app).lines() {
                assert_eq!(line.width(), usize::from(w), "{w}x{h}: {line:?}");
            }
        }
    }
}

#[test]
fn the_title_is_bold_and_the_selection_marked() {
    let mut app = app(100, 30);
    app.update(Action::Open);
    let buf = render(&app);
    let panes = app.panes();
    let article = panes.article.unwrap();
    // The first text cell of the article pane is the title's.
    let title_cell = (article.top()..article.bottom())
        .flat_map(|y| (article.left()..article.right()).map(move |x| (x, y)))
        .map(|at| &buf[at])
        .find(|c| c.symbol() != " ")
        .unwrap();
    assert!(title_cell.modifier.contains(Modifier::BOLD));
    let list = panes.list.unwrap();
    assert_eq!(
        buf[(list.x, list.y)].modifier,
        Modifier::REVERSED,
        "selected entry of an idle list"
    );
    assert_ne!(buf[(list.x, list.y + 2)].bg, Color::Blue);
}

#[test]
fn tiny_screens_draw_without_panicking() {
    for w in 0..8 {
        for h in 0..6 {
            let mut app = app(w, h);
            for action in [
                Action::Open,
                Action::PageDown,
                Action::ToggleHelp,
                Action::Back,
                Action::SearchPage,
            ] {
                app.update(action);
                let _ = render(&app);
            }
        }
    }
}

#[test]
fn search_highlights_every_match_and_the_current_one() {
    let mut app = app(100, 30);
    app.update(Action::Open);
    app.update(Action::Search);
    app.type_text("中亚精神");
    app.update(Action::Accept);
    app.update(Action::NextMatch);
    assert_snapshot!(common::marked(&render(&app)));
}

#[test]
fn a_match_split_over_two_rows_is_marked_on_both() {
    let mut app = app(100, 30);
    app.update(Action::Open);
    app.update(Action::Search);
    // Printed as 宣布“中 / 国—中亚精神” over a line break at this width.
    app.type_text("宣布“中国");
    app.update(Action::Accept);
    let screen = common::marked(&render(&app));
    assert!(screen.contains("{宣布“中}"), "{screen}");
    assert!(screen.contains("{国}"), "{screen}");
}

#[test]
fn the_prompt_shows_the_query_and_the_count() {
    let mut app = app(100, 30);
    app.update(Action::Open);
    app.update(Action::Search);
    app.type_text("哈萨克斯坦");
    let last = screen(&app).lines().last().unwrap().to_string();
    assert!(last.starts_with("/哈萨克斯坦"), "{last}");
    assert!(last.trim_end().ends_with(']'), "{last}");
    let cursor = dubao::ui::status::cursor_position(&app, app.area).unwrap();
    assert_eq!(
        (cursor.x, cursor.y),
        (11, 29),
        "after five characters and the slash"
    );
}

#[test]
fn page_search_results_list_hits_and_snippets() {
    let mut app = app(100, 30);
    app.update(Action::SearchPage);
    app.type_text("记者");
    app.update(Action::Accept);
    assert_snapshot!(common::marked(&render(&app)));
}
