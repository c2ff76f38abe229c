//! End-to-end: the real binary in a pseudo-terminal, driven by keys, read off a vt100
//! screen.

mod pty;

use std::fmt::Write as _;

use dubao::app::Focus;
use dubao::layout::wrap::{is_no_end, is_no_start};
use dubao::page::parse;
use dubao::source::BUNDLED;
use dubao::ui::geometry::Panes;
use pty::{Reply, Session};
use ratatui::layout::Rect;

const DOWN: &[u8] = b"\x1b[B";

fn titles() -> Vec<String> {
    parse("seed", BUNDLED)
        .articles
        .into_iter()
        .map(|a| a.title)
        .collect()
}

/// The text of columns `x..x+width` of every row, wide characters once.
fn columns(s: &Session, x: u16, width: u16) -> Vec<String> {
    s.screen().rows(x, width).collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn first_frame_shows_the_four_titles() {
    let s = Session::start(&[], 100, 30, Reply::Honest);
    s.wait_for("文章 1/4");
    let list = Panes::new(Rect::new(0, 0, 100, 30), Focus::List)
        .list
        .unwrap();
    let text = squeeze(&columns(&s, list.x, list.width).concat());
    let titles = titles();
    assert_eq!(titles.len(), 4);
    for title in titles {
        assert!(
            text.contains(&squeeze(&title)),
            "{title} not in the list:\n{}",
            s.contents()
        );
    }
}

#[test]
fn down_shows_the_second_article() {
    let s = Session::start(&[], 100, 30, Reply::Honest);
    s.wait_for("文章 1/4");
    s.send(DOWN);
    s.wait_for("文章 2/4");
    let pane = Panes::new(Rect::new(0, 0, 100, 30), Focus::List)
        .article
        .unwrap();
    let second = squeeze(&titles()[1]);
    s.wait_until("the second title in the article pane", |_| {
        squeeze(&columns(&s, pane.x, pane.width).concat()).contains(&second)
    });
}

#[test]
fn every_article_row_obeys_the_line_breaking_rules() {
    let s = Session::start(&[], 100, 30, Reply::Honest);
    s.wait_for("文章 1/4");
    s.send(b"\r");
    let pane = Panes::new(Rect::new(0, 0, 100, 30), Focus::Article)
        .article
        .unwrap();
    let pieces: Vec<String> = parse("seed", BUNDLED)
        .articles
        .iter()
        .flat_map(|a| {
            dubao::layout::pieces(a)
                .into_iter()
                .map(|p| squeeze(&p.text))
        })
        .collect();
    let mut checked = 0;
    for article in 1..=4 {
        s.wait_for(&format!("文章 {article}/4"));
        loop {
            // Rows are checked on a whole frame, never on one being redrawn.
            s.settle();
            let screen = s.contents();
            for row in
                &columns(&s, pane.x, pane.width)[usize::from(pane.y)..usize::from(pane.bottom())]
            {
                let text = row.trim().trim_start_matches('\u{3000}');
                let (Some(first), Some(last)) = (text.chars().next(), text.chars().next_back())
                else {
                    continue;
                };
                // A piece may itself begin with —— (a subtitle) or end with an opening
                // mark; only a break inside a piece must not put them there.
                let whole = squeeze(text);
                let starts_piece = pieces.iter().any(|p| p.starts_with(&whole));
                let ends_piece = pieces.iter().any(|p| p.ends_with(&whole));
                assert!(
                    !is_no_start(first) || starts_piece,
                    "row starts with {first}: {row:?}\n{screen}"
                );
                assert!(
                    !is_no_end(last) || ends_piece,
                    "row ends with {last}: {row:?}\n{screen}"
                );
                checked += 1;
            }
            if screen.contains("100%") {
                break;
            }
            s.send(b" ");
            s.wait_until("the page to turn", |now| now != screen);
        }
        s.send(b"]");
    }
    assert!(checked > 100, "only {checked} rows checked");
}

#[test]
fn q_quits_with_status_zero_and_restores_the_terminal() {
    let mut s = Session::start(&[], 100, 30, Reply::Honest);
    s.wait_for("文章 1/4");
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
    let out = s.wait_output("\x1b[?1049l");
    let tail = &out[out.rfind("\x1b[?1049l").expect("left the alternate screen")..];
    assert!(out.contains("\x1b[?1049h"), "entered the alternate screen");
    assert!(
        out.contains("\x1b[?1000l") || out.contains("\x1b[?1003l"),
        "mouse capture off"
    );
    assert!(
        tail.contains("\x1b[?25h") || out.contains("\x1b[?25h"),
        "cursor shown"
    );
}

#[test]
fn search_in_an_article_counts_matches() {
    let s = Session::start(&[], 100, 30, Reply::Honest);
    s.wait_for("文章 1/4");
    s.send(b"\r/");
    s.send("中亚".as_bytes());
    s.wait_for("[1/");
    s.send(b"\r");
    s.send(b"n");
    s.wait_for("[2/");
    let status = s.rows().last().unwrap().clone();
    let (_, after) = status.split_once("[2/").unwrap();
    let total: usize = after.split(']').next().unwrap().parse().unwrap();
    assert!(total > 2, "{status}");
}

#[test]
fn the_mouse_wheel_scrolls_and_a_click_selects() {
    let s = Session::start(&[], 100, 30, Reply::Honest);
    s.wait_for("文章 1/4");
    let panes = Panes::new(Rect::new(0, 0, 100, 30), Focus::List);
    let (list, article) = (panes.list.unwrap(), panes.article.unwrap());
    // SGR mouse reports: wheel down over the article pane, 1-based coordinates.
    let wheel = format!("\x1b[<65;{};{}M", article.x + 10, article.y + 5);
    s.send(wheel.as_bytes());
    s.wait_until("the article to scroll", |screen| {
        !screen.contains("文章 1/4 22%") && screen.contains("文章 1/4")
    });
    // A click on the last entry of the list selects the fourth article.
    let before = s.contents();
    let last_row = (list.y..list.bottom())
        .rev()
        .find(|&y| {
            !columns(&s, list.x, list.width)[usize::from(y)]
                .trim()
                .is_empty()
        })
        .unwrap();
    let click = format!(
        "\x1b[<0;{};{}M\x1b[<0;{};{}m",
        list.x + 3,
        last_row + 1,
        list.x + 3,
        last_row + 1
    );
    s.send(click.as_bytes());
    s.wait_until("the click to select", |screen| {
        screen != before && screen.contains("文章 4/4")
    });
}

#[test]
fn resizing_rewraps_and_a_storm_of_resizes_is_survived() {
    let mut s = Session::start(&[], 100, 30, Reply::Honest);
    s.wait_for("文章 1/4");
    s.send(b"\r   ");
    for i in 0..50u16 {
        s.resize(40 + i * 2, 10 + i % 20);
    }
    s.resize(1, 1);
    s.resize(50, 20);
    s.wait_until("the one-pane layout", |screen| {
        screen.contains("文章 1/4") && screen.lines().count() <= 20
    });
    s.resize(100, 30);
    // The screen model here cannot order resizes and output as a terminal does, so
    // ask for a repaint, as a user would with less.
    s.send(b"\x0c");
    s.wait_for("换篇");
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_text_of_many_pages_opens_at_once_and_fills_in() {
    // Over a megabyte: the reader reads the file's head first and the rest after.
    const PAGES: usize = 130;
    let body = "中国同中亚国家的合作不断深化，各领域交流日益密切。\n".repeat(120);
    let mut page = String::new();
    for n in 1..=PAGES {
        let day = n % 28 + 1;
        let _ = writeln!(
            page,
            "2025年3月{day}日 星期四\n要闻\n第{n}版\n第{n}版的新闻标题\n本报记者 张三\n{body}"
        );
    }
    let dir = std::env::temp_dir().join(format!("dubao-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("issue.txt");
    std::fs::write(&path, &page).unwrap();
    let mut s = Session::start(&[path.to_str().unwrap()], 100, 30, Reply::Honest);
    s.wait_for("第1版的新闻标题");
    s.wait_until("every page read", |screen| {
        !screen.contains("载入中") && screen.contains(&format!("文章 1/{PAGES}"))
    });
    s.send(b"G");
    s.wait_for(&format!("文章 {PAGES}/{PAGES}"));
    s.wait_for(&format!("第{PAGES}版的新闻标题"));
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
}
