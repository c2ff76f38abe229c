//! Interaction costs: one frame of the reader drawn into a `TestBackend` at 200×60,
//! scrolling one line, and one search keystroke (search plus highlight layout) in a
//! 1 MB article.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use dubao::action::Action;
use dubao::app::{App, Options};
use dubao::page::{Article, Block, BlockKind, Page, parse};
use dubao::source::BUNDLED;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The reader on the bundled page, article open, at `w`×`h`.
fn seed_app(w: u16, h: u16) -> App {
    let mut app = App::new(parse("seed", BUNDLED), Options::default());
    app.resize(w, h);
    app.update(Action::Open);
    app
}

/// One article of about `bytes` bytes: the seed's paragraphs over and over.
fn big_article(bytes: usize) -> Page {
    let seed = parse("seed", BUNDLED);
    let paragraphs: Vec<&Block> = seed.articles.iter().flat_map(|a| &a.blocks).collect();
    let mut blocks = Vec::new();
    let mut size = 0;
    for block in paragraphs.iter().cycle() {
        if size >= bytes {
            break;
        }
        size += block.text.len();
        blocks.push(Block::new(BlockKind::Paragraph, block.text.clone()));
    }
    Page {
        source: "big".into(),
        articles: vec![Article {
            title: "一篇很长的文章".into(),
            blocks,
            ..Article::default()
        }],
        unassigned: Vec::new(),
    }
}

fn interaction(c: &mut Criterion) {
    let app = seed_app(200, 60);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    c.bench_function("frame_200x60", |b| {
        b.iter(|| {
            terminal
                .draw(|f| f.render_widget(black_box(&app), f.area()))
                .unwrap();
        });
    });

    let mut app = seed_app(200, 60);
    c.bench_function("scroll_one_line_200x60", |b| {
        let mut down = true;
        b.iter(|| {
            // Down then up, so the view never runs into the end.
            app.update(if down { Action::Down } else { Action::Up });
            down = !down;
            terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        });
    });

    let mut app = App::new(big_article(1 << 20), Options::default());
    app.resize(200, 60);
    app.update(Action::Open);
    let start = Instant::now();
    app.update(Action::Search);
    eprintln!("folding the 1 MB article for search: {:?}", start.elapsed());
    app.type_text("中");
    c.bench_function("search_keystroke_1mb", |b| {
        // Time typing 亚 after 中 (search, jump, draw); Backspace is outside the timing.
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let t = Instant::now();
                app.type_text("亚");
                terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
                total += t.elapsed();
                app.update(Action::DeleteBack);
            }
            total
        });
    });
    let matches = app.search.as_ref().map_or(0, |s| s.matches.len());
    eprintln!("matches of 中 in the 1 MB article: {matches}");
}

criterion_group!(benches, interaction);
criterion_main!(benches);
