//! A text of many pages — a whole issue run through an extractor — is cut at each
//! page's header (section name, date, folio), so that pages are parsed one by one: in
//! parallel for `--dump`, the first one first for the reader.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};

use super::lines::split_line_endings;
use super::patterns::{Furniture, furniture};
use super::{Page, parse};

/// Texts shorter than this are read as one page, whatever they hold: a single page
/// may print its header twice (top and bottom), and cutting it would part articles.
pub const SPLIT_MIN_BYTES: usize = 256 * 1024;

/// Pages shorter than this are read together with the next one.
const PAGE_MIN_BYTES: usize = 4 * 1024;

/// Header lines a page may print before its date: section name, folio, editors.
const HEADER_LOOKBACK: usize = 3;

/// The byte ranges of the pages of `text`, in order; together they cover all of it.
pub fn split(text: &str) -> Vec<Range<usize>> {
    if text.len() < SPLIT_MIN_BYTES {
        return std::iter::once(0..text.len()).collect();
    }
    let mut starts = vec![0];
    // (offset, is a header line, is blank) of the last few lines.
    let mut recent: Vec<(usize, bool, bool)> = Vec::new();
    for line in split_line_endings(text) {
        let offset = line.as_ptr() as usize - text.as_ptr() as usize;
        let blank = line.trim().is_empty();
        let kind = if blank { None } else { page_header(line) };
        if kind == Some(Header::Date) {
            // A page starts at its header: step back over the section name, folio and
            // editors printed above the date, and the blank lines between them.
            let mut start = offset;
            let mut looked = 0;
            for &(at, header, blank) in recent.iter().rev() {
                if blank {
                    continue;
                }
                if !header || looked == HEADER_LOOKBACK {
                    break;
                }
                looked += 1;
                start = at;
            }
            let last = *starts.last().unwrap_or(&0);
            if start > last && start - last >= PAGE_MIN_BYTES {
                starts.push(start);
            }
        }
        recent.push((offset, kind.is_some(), blank));
        if recent.len() > 8 {
            recent.remove(0);
        }
    }
    starts.push(text.len());
    starts.windows(2).map(|w| w[0]..w[1]).collect()
}

/// Parses every page of `text` (see [`split`]), `threads` at a time, and puts their
/// articles together in page order.
pub fn parse_all(source: &str, text: &str, threads: usize) -> Page {
    let ranges = split(text);
    if ranges.len() == 1 {
        return parse(source, text);
    }
    let next = AtomicUsize::new(0);
    let parsed: Vec<Mutex<Option<Page>>> = ranges.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads.clamp(1, ranges.len()) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(range) = ranges.get(i) else { break };
                    let page = parse(source, &text[range.clone()]);
                    *parsed[i].lock().expect("no worker panics holding it") = Some(page);
                }
            });
        }
    });
    let mut all = Page {
        source: source.to_string(),
        ..Page::default()
    };
    for slot in parsed {
        if let Some(page) = slot.into_inner().expect("no worker panicked") {
            all.append(page);
        }
    }
    all
}

/// A page being read in the background: the first page is parsed at once, the others
/// arrive on `rest` one by one, in order.
pub struct Progressive {
    /// The first page.
    pub first: Page,
    /// The other pages, as they are parsed; `None` when the text is one page.
    pub rest: Option<mpsc::Receiver<Page>>,
    /// How many pages there are in all.
    pub pages: usize,
}

/// Parses the first page of `text` now and the rest on a thread of its own, so that the
/// reader can show the first screen before a big text is read.
pub fn parse_progressive(source: &str, text: Arc<String>) -> Progressive {
    let ranges = split(&text);
    let first = parse(source, &text[ranges[0].clone()]);
    let pages = ranges.len();
    if pages == 1 {
        return Progressive {
            first,
            rest: None,
            pages,
        };
    }
    let (sender, receiver) = mpsc::channel();
    let source = source.to_string();
    std::thread::spawn(move || {
        for range in &ranges[1..] {
            let page = parse(&source, &text[range.clone()]);
            if sender.send(page).is_err() {
                // The reader has closed.
                break;
            }
        }
    });
    Progressive {
        first,
        rest: Some(receiver),
        pages,
    }
}

/// What kind of page-header line a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Header {
    /// The page's date: 2025年3月1日 星期六.
    Date,
    /// Another header line: section name, folio, editors.
    Other,
}

/// The header kind of `line`, if it is one.
fn page_header(line: &str) -> Option<Header> {
    match furniture(line)? {
        Furniture::Header if line.contains('年') && line.contains('日') => Some(Header::Date),
        Furniture::Header | Furniture::Section => Some(Header::Other),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
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
        let progressive = parse_progressive("t", Arc::new(text.clone()));
        let mut read = progressive.first;
        for page in progressive.rest.unwrap() {
            read.append(page);
        }
        assert_eq!(read, serial);
        assert_eq!(progressive.pages, 12);
    }

    #[test]
    fn a_date_in_running_text_does_not_cut() {
        let body = "会议于2025年3月1日召开，各方达成共识。\n".repeat(20_000);
        assert_eq!(split(&body).len(), 1);
    }
}
