use super::*;
use crate::page::{Article, Block, BlockKind, parse};
use crate::source::BUNDLED;

fn app() -> App {
    let mut app = App::new(parse("seed", BUNDLED), Options::default());
    app.resize(100, 30);
    app
}

fn type_query(app: &mut App, action: Action, query: &str) {
    app.update(action);
    app.type_text(query);
    app.update(Action::Accept);
}

#[test]
fn the_list_selects_and_the_article_follows() {
    let mut app = app();
    assert_eq!(app.context(), Context::List);
    app.update(Action::Down);
    assert_eq!(app.list.selected, 1);
    assert_eq!(app.reader.as_ref().unwrap().article, 1);
    app.update(Action::Open);
    assert_eq!(app.context(), Context::Article);
    app.update(Action::ShowList);
    assert_eq!(app.context(), Context::List);
    app.update(Action::Bottom);
    assert_eq!(app.list.selected, app.page.articles.len() - 1);
}

#[test]
fn scrolling_and_article_steps() {
    let mut app = app();
    app.update(Action::Open);
    app.update(Action::PageDown);
    let top = app.reader.as_ref().unwrap().top;
    assert!(top > 0);
    app.update(Action::Up);
    assert_eq!(app.reader.as_ref().unwrap().top, top - 1);
    app.update(Action::NextArticle);
    assert_eq!(app.reader.as_ref().unwrap().article, 1);
    assert_eq!(app.list.selected, 1, "the list follows the open article");
    app.update(Action::PrevArticle);
    let reader = app.reader.as_ref().unwrap();
    assert_eq!(reader.article, 0);
    assert_eq!(reader.top, top - 1, "an article reopens where it was left");
    app.update(Action::PrevArticle);
    assert!(app.notice.is_some(), "the first article says so");
}

#[test]
fn resizing_keeps_the_reading_position() {
    let mut app = app();
    app.update(Action::Open);
    for _ in 0..3 {
        app.update(Action::PageDown);
    }
    let anchor = app.reader.as_ref().unwrap().anchor;
    for (w, h) in [(61, 20), (40, 50), (200, 60), (1, 1), (0, 0), (100, 30)] {
        app.resize(w, h);
        let r = app.reader.as_ref().unwrap();
        assert!(r.top <= r.max_top());
    }
    let r = app.reader.as_ref().unwrap();
    let row = &r.layout.rows[r.top];
    assert_eq!(row.piece, anchor.piece);
    assert!(row.range.contains(&anchor.offset));
}

#[test]
fn search_finds_steps_and_wraps() {
    let mut app = app();
    app.update(Action::Open);
    type_query(&mut app, Action::Search, "中亚");
    let s = app.search.as_ref().unwrap();
    let n = s.matches.len();
    assert!(n > 10);
    assert_eq!(s.current, Some(0));
    app.update(Action::NextMatch);
    assert_eq!(app.search.as_ref().unwrap().current, Some(1));
    app.update(Action::PrevMatch);
    app.update(Action::PrevMatch);
    assert_eq!(app.search.as_ref().unwrap().current, Some(n - 1));
    assert!(app.notice.as_deref().unwrap().contains("search wrapped"));
    let r = app.reader.as_ref().unwrap();
    let last = &app.search.as_ref().unwrap().matches[n - 1];
    let row = r.layout.row_of(crate::layout::Anchor {
        piece: last.piece,
        offset: last.range.start,
    });
    assert!(
        row >= r.top && row < r.top + r.height,
        "the current match is on screen"
    );
}

#[test]
fn escape_restores_the_view_and_the_old_search() {
    let mut app = app();
    app.update(Action::Open);
    app.update(Action::PageDown);
    let top = app.reader.as_ref().unwrap().top;
    app.update(Action::Search);
    app.type_text("哈萨克斯坦");
    assert!(
        app.search.as_ref().unwrap().current.is_some(),
        "matches as you type"
    );
    app.update(Action::Back);
    assert!(app.search.is_none());
    assert_eq!(app.reader.as_ref().unwrap().top, top);
}

#[test]
fn a_query_that_is_not_there_says_so() {
    let mut app = app();
    app.update(Action::Open);
    type_query(&mut app, Action::Search, "不存在的词语");
    let s = app.search.as_ref().unwrap();
    assert!(s.matches.is_empty() && s.current.is_none());
    app.update(Action::NextMatch);
    assert!(app.notice.as_deref().unwrap().contains("未找到"));
}

#[test]
fn page_search_lists_articles_and_opens_one_with_the_search() {
    let mut app = app();
    type_query(&mut app, Action::SearchPage, "记者");
    let res = app.results.as_ref().expect("results");
    assert!(res.hits.len() >= 2);
    assert_eq!(app.context(), Context::Results);
    app.update(Action::Down);
    let article = app.results.as_ref().unwrap().hits[1].article;
    app.update(Action::Open);
    assert_eq!(app.context(), Context::Article);
    assert_eq!(app.reader.as_ref().unwrap().article, article);
    assert_eq!(app.search.as_ref().unwrap().current, Some(0));
    app.update(Action::ShowList);
    assert_eq!(app.context(), Context::Results);
    app.update(Action::Back);
    assert_eq!(app.context(), Context::List);
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut app = app();
    app.update(Action::ToggleHelp);
    assert_eq!(app.context(), Context::Help);
    app.update(Action::Down);
    assert_eq!(app.help, Some(1));
    app.update(Action::Back);
    assert_eq!(app.context(), Context::List);
}

#[test]
fn a_page_without_articles_is_calm() {
    let mut app = App::new(Page::default(), Options::default());
    app.resize(80, 24);
    for action in [
        Action::Down,
        Action::Open,
        Action::Search,
        Action::NextArticle,
        Action::Bottom,
    ] {
        app.update(action);
    }
    assert!(app.reader.is_none());
    assert_eq!(app.context(), Context::List);
}

#[test]
fn quit_from_anywhere() {
    let mut app = app();
    app.update(Action::Quit);
    assert!(app.quit);
    let mut app = App::new(
        Page {
            articles: vec![Article {
                title: "题".into(),
                blocks: vec![Block::new(BlockKind::Paragraph, "文。")],
                ..Article::default()
            }],
            ..Page::default()
        },
        Options::default(),
    );
    app.update(Action::Open);
    app.update(Action::Search);
    app.update(Action::Quit);
    assert!(app.quit);
}

#[test]
fn traditional_queries_find_simplified_text_when_asked() {
    let mut app = app();
    app.update(Action::Open);
    app.update(Action::Search);
    app.type_text("中國");
    assert!(app.search.as_ref().unwrap().matches.is_empty());
    app.update(Action::ToggleVariants);
    assert!(app.options.variants);
    let found = app.search.as_ref().unwrap().matches.len();
    assert!(found > 5, "{found}");
    app.update(Action::Accept);
    assert_eq!(app.search.as_ref().unwrap().current, Some(0));
}
