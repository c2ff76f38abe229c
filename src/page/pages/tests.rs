//! Tests of cutting a text into pages and parsing them.

use std::fmt::Write as _;

use super::*;

fn page(n: usize, pdftotext: bool) -> String {
    let body = "中国同中亚国家的合作不断深化，各领域交流日益密切。\n".repeat(300);
    if pdftotext {
        format!("要闻\n\n2025年3月{n}日 星期四\n\n第{n}版\n\n标题\n\n{body}")
    } else {
        format!("2025年3月{n}日 星期四\n要闻\n第{n}版\n标题\n{body}")
    }
}

#[test]
fn small_texts_are_one_page() {
    let text = page(1, false) + &page(2, false);
    assert_eq!(
        split(&text),
        std::iter::once(0..text.len()).collect::<Vec<_>>()
    );
}

#[test]
fn many_pages_are_cut_at_their_headers() {
    for pdftotext in [false, true] {
        let pages: Vec<String> = (1..=20).map(|n| page(n, pdftotext)).collect();
        let text = pages.concat();
        let ranges = split(&text);
        assert_eq!(ranges.len(), 20, "pdftotext: {pdftotext}");
        for (range, page) in ranges.iter().zip(&pages) {
            assert_eq!(&text[range.clone()], page.as_str());
        }
    }
}

#[test]
fn pages_are_cut_alike_whatever_the_line_endings() {
    let text: String = (1..=20).map(|n| page(n, true)).collect();
    let lf = split(&text);
    assert_eq!(lf.len(), 20);
    for ending in ["\r\n", "\r"] {
        let other = text.replace('\n', ending);
        let cuts: Vec<&str> = split(&other).into_iter().map(|r| &other[r]).collect();
        let expected: Vec<String> = lf
            .iter()
            .map(|r| text[r.clone()].replace('\n', ending))
            .collect();
        assert_eq!(cuts, expected, "{ending:?}");
    }
}

#[test]
fn pages_parse_alike_in_parallel_and_one_by_one() {
    let text: String = (1..=12).map(|n| page(n, true)).collect();
    let parallel = parse_all("t", &text, 3);
    let mut serial = Page {
        source: "t".into(),
        ..Page::default()
    };
    for range in split(&text) {
        serial.append(parse("t", &text[range]));
    }
    assert_eq!(parallel, serial);
    let split_ends: Vec<usize> = split(&text).iter().map(|r| r.end).collect();
    // Read whole, and read head first with the rest after, cut inside a line.
    let cut = text.floor_char_boundary(split_ends[1] + 1000);
    let (head, tail) = (text[..cut].to_string(), text[cut..].to_string());
    let more: RestOfText = Box::new(move || Ok((tail, 0)));
    for (head, more) in [(text.clone(), None), (head, Some(more))] {
        let mut progressive = parse_progressive("t", head, more, text.len());
        assert_eq!(progressive.first_end, split_ends[0]);
        progressive.start();
        let mut read = std::mem::take(&mut progressive.first);
        let mut ends = vec![progressive.first_end];
        for loaded in progressive.rest.take().unwrap() {
            let Loaded::Page(page, end) = loaded else {
                panic!("{loaded:?}")
            };
            read.append(page);
            ends.push(end);
        }
        assert_eq!(read, serial);
        assert_eq!(ends, split_ends);
    }
}

#[test]
fn trouble_reading_the_rest_before_the_first_page_is_reported() {
    // The head ends inside the first page: the rest is read before anything shows.
    let text: String = (1..=2).map(|n| page(n, true)).collect();
    let head = text[..text.floor_char_boundary(100)].to_string();
    let tail = text[head.len()..].to_string();
    let lossy: RestOfText = Box::new(move || Ok((tail, 3)));
    let progressive = parse_progressive("t", head.clone(), Some(lossy), text.len());
    assert!(matches!(progressive.notices[..], [Loaded::Lossy(3)]));
    assert!(!progressive.first.articles.is_empty());
    let failed: RestOfText = Box::new(|| Err("t: gone".to_string()));
    let progressive = parse_progressive("t", head, Some(failed), text.len());
    assert!(matches!(&progressive.notices[..], [Loaded::Failed(e)] if e == "t: gone"));
}

#[test]
fn a_date_in_running_text_does_not_cut() {
    let body = "会议于2025年3月1日召开，各方达成共识。\n".repeat(20_000);
    assert_eq!(split(&body).len(), 1);
}

#[test]
fn pages_come_in_order_from_many_workers_until_told_to_stop() {
    // Big enough to be cut into pages and parsed on several threads.
    let page = crate::source::BUNDLED;
    let mut text = String::new();
    let mut copy = 0;
    while text.len() < 2 * SPLIT_MIN_BYTES {
        let _ = write!(
            text,
            "2025年6月{}日 星期一\n要闻\n第{}版\n\n",
            copy % 28 + 1,
            copy % 8 + 1
        );
        text.push_str(page);
        copy += 1;
    }
    let one = parse_all("x", &text, 1);
    for threads in [1, 3] {
        let mut calls = 0;
        parse_each("x", &text, threads, |_| {
            calls += 1;
            ControlFlow::Break(())
        });
        assert_eq!(
            calls, 1,
            "told to stop, the parse stops ({threads} threads)"
        );
    }
    let mut titles = Vec::new();
    parse_each("x", &text, 3, |p| {
        titles.extend(p.articles.into_iter().map(|a| a.title));
        ControlFlow::Continue(())
    });
    assert!(one.articles.len() > copy);
    assert_eq!(
        titles,
        one.articles
            .iter()
            .map(|a| a.title.clone())
            .collect::<Vec<_>>()
    );
}
