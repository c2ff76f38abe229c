//! A text of many pages — a whole issue run through an extractor — is cut at each
//! page's header (section name, date, folio), so that pages are parsed one by one: in
//! parallel for `--dump`, the first one first for the reader.

use std::collections::BTreeMap;
use std::ops::{ControlFlow, Range};
use std::sync::{LazyLock, Mutex, mpsc};

use memchr::memmem::Finder;

use super::lines::{line_around, line_before};
use super::patterns::{Furniture, furniture};
use super::text::TrimSpace;
use super::{Page, parse};

mod progressive;

pub use progressive::{Loaded, Progressive, RestOfText, parse_progressive};

/// Texts shorter than this are read as one page, whatever they hold: a single page
/// may print its header twice (top and bottom), and cutting it would part articles.
pub const SPLIT_MIN_BYTES: usize = 256 * 1024;

/// Pages shorter than this are read together with the next one.
const PAGE_MIN_BYTES: usize = 4 * 1024;

/// Header lines a page may print before its date: section name, folio, editors.
const HEADER_LOOKBACK: usize = 3;

/// The byte ranges of the pages of `text`, in order; together they cover all of it.
pub fn split(text: &str) -> Vec<Range<usize>> {
    Pages::new(text).collect()
}

/// The pages of a text, found one by one as the text is scanned, so that the first
/// page of a big text is known without reading the rest.
pub struct Pages<'a> {
    text: &'a str,
    /// Where the search for the next date line resumes; `None` once the text is not
    /// to be cut any further.
    resume: Option<usize>,
    /// Where the page being scanned starts; `None` once the last page is given.
    start: Option<usize>,
}

impl<'a> Pages<'a> {
    /// The pages of `text`; a text under [`SPLIT_MIN_BYTES`] is one page.
    pub fn new(text: &'a str) -> Self {
        Self::scan(text, text.len() >= SPLIT_MIN_BYTES)
    }

    /// The pages of `text`, looked for whatever its length if `scan`: the rest of a
    /// text already found to be long.
    fn scan(text: &'a str, scan: bool) -> Self {
        Self {
            text,
            resume: scan.then_some(0),
            start: Some(0),
        }
    }

    /// The next line from byte `from` on that is a page's date, as a byte range. Only
    /// a line holding 年 can be one: the text is searched for that character, and
    /// only the lines holding it are read.
    fn next_date_line(&self, from: usize) -> Option<Range<usize>> {
        static YEAR: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("年"));
        let mut from = from;
        loop {
            let at = from + YEAR.find(&self.text.as_bytes()[from..])?;
            let line = line_around(self.text, at);
            if page_header(&self.text[line.clone()]) == Some(Header::Date) {
                return Some(line);
            }
            from = line.end;
        }
    }

    /// Where the page whose date line starts at `offset` starts: step back over the
    /// section name, folio and editors printed above the date, and the blank lines
    /// between them, looking at no more than [`RECENT_LINES`] lines.
    fn header_start(&self, offset: usize) -> usize {
        let mut start = offset;
        let mut looked = 0;
        let mut line_start = offset;
        for _ in 0..RECENT_LINES {
            let Some(before) = line_before(self.text, line_start) else {
                break;
            };
            line_start = before.start;
            let line = &self.text[before];
            if line.trim_space().is_empty() {
                continue;
            }
            if looked == HEADER_LOOKBACK || page_header(line).is_none() {
                break;
            }
            looked += 1;
            start = line_start;
        }
        start
    }
}

/// How many lines back a page header is looked for.
const RECENT_LINES: usize = 8;

impl Iterator for Pages<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let last = self.start?;
        while let Some(from) = self.resume {
            let Some(date) = self.next_date_line(from) else {
                break;
            };
            self.resume = Some(date.end);
            let start = self.header_start(date.start);
            if start > last && start - last >= PAGE_MIN_BYTES {
                self.start = Some(start);
                return Some(last..start);
            }
        }
        self.resume = None;
        self.start = None;
        Some(last..self.text.len())
    }
}

/// Parses every page of `text` (see [`split`]), `threads` at a time, and puts their
/// articles together in page order.
pub fn parse_all(source: &str, text: &str, threads: usize) -> Page {
    let mut all = Page {
        source: source.to_string(),
        ..Page::default()
    };
    parse_each(source, text, threads, |page| {
        all.append(page);
        ControlFlow::Continue(())
    });
    all
}

/// Parses every page of `text` (see [`split`]), `threads` at a time, and hands each
/// to `each` in page order as soon as it and those before it are parsed, so that the
/// caller's work on them (writing them out, say) overlaps the parsing of the others.
/// Parsing stops when `each` says so (the output was closed, say).
pub fn parse_each(
    source: &str,
    text: &str,
    threads: usize,
    mut each: impl FnMut(Page) -> ControlFlow<()>,
) {
    if text.len() < SPLIT_MIN_BYTES || threads <= 1 {
        for range in Pages::new(text) {
            if each(parse(source, &text[range])).is_break() {
                return;
            }
        }
        return;
    }
    // The workers take the pages as they are found: the cutting is shared among them
    // and overlaps the parsing.
    let pages = Mutex::new(Pages::new(text).enumerate());
    let (sender, parsed) = mpsc::channel::<(usize, Page)>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let (pages, sender) = (&pages, sender.clone());
            scope.spawn(move || {
                loop {
                    let next = pages.lock().expect("no worker panics holding it").next();
                    let Some((i, range)) = next else { break };
                    if sender.send((i, parse(source, &text[range]))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        // A page parsed before those ahead of it waits for them. Once `each` says stop,
        // the channel closes and the workers stop after the page in hand.
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        for (i, page) in parsed {
            waiting.insert(i, page);
            while let Some(page) = waiting.remove(&next) {
                if each(page).is_break() {
                    return;
                }
                next += 1;
            }
        }
    });
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
mod tests;
