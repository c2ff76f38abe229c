//! The reader's way through a big text: the first page parsed at once, the rest read
//! and parsed on a thread of its own once the first screen is out.

use std::sync::mpsc;

use super::super::{Page, parse};
use super::{Pages, SPLIT_MIN_BYTES};

/// What the background reader sends.
#[derive(Debug)]
pub enum Loaded {
    /// The next page, and the byte offset where it ends in the whole text.
    Page(Page, usize),
    /// The rest of the file held bytes that are not UTF-8; this many sequences were
    /// replaced with U+FFFD.
    Lossy(usize),
    /// The rest of the file could not be read.
    Failed(String),
}

/// The text after the head, read when the reader asks for it.
pub type RestOfText = Box<dyn FnOnce() -> Result<(String, usize), String> + Send>;

/// A page being read in the background: the first page is parsed at once, the others
/// arrive on `rest` one by one, in order, once `start` is called.
pub struct Progressive {
    /// The first page.
    pub first: Page,
    /// The other pages as they are parsed; `None` when the text is one page.
    pub rest: Option<mpsc::Receiver<Loaded>>,
    /// Where the first page ends, in bytes.
    pub first_end: usize,
    /// The length of the whole text in bytes, as far as it is known.
    pub len: usize,
    /// What went wrong reading the rest of the text when it had to be read before the
    /// first page ([`Loaded::Lossy`], [`Loaded::Failed`]); otherwise such news comes
    /// on `rest`.
    pub notices: Vec<Loaded>,
    /// Tells the background reader to begin.
    go: Option<mpsc::Sender<()>>,
}

impl Progressive {
    /// Lets the other pages be read. The reader calls this once its first screen is
    /// out, so that the background work does not compete with it.
    pub fn start(&mut self) {
        if let Some(go) = self.go.take() {
            // The reader thread only ends after it has been told to go.
            let _ = go.send(());
        }
    }
}

/// Parses the first page of `head` now and the rest on a thread of its own, so that
/// the reader can show the first screen before a big text is read: the cost of the
/// first screen grows with the first page, not with the text. `more`, if given, reads
/// the text after `head` (text and replaced sequences); it is called on that thread
/// unless `head` holds no whole first page.
pub fn parse_progressive(
    source: &str,
    head: String,
    more: Option<RestOfText>,
    len: usize,
) -> Progressive {
    // The head's last line may be cut short; a page is never taken to end in it.
    let whole_lines = match &more {
        Some(_) => head.rfind('\n').map_or(0, |i| i + 1),
        None => head.len(),
    };
    let first_range = Pages::scan(
        &head[..whole_lines],
        head.len() >= SPLIT_MIN_BYTES || more.is_some(),
    )
    .next()
    .unwrap_or(0..whole_lines);
    let more = match more {
        Some(more) if first_range.end == whole_lines => {
            // No page ends in the head: read it all now.
            let mut head = head;
            let notice = match more() {
                Ok((rest, replaced)) => {
                    head.push_str(&rest);
                    (replaced > 0).then_some(Loaded::Lossy(replaced))
                }
                Err(e) => Some(Loaded::Failed(e)),
            };
            let len = head.len();
            let mut progressive = parse_progressive(source, head, None, len);
            progressive.notices.extend(notice);
            return progressive;
        }
        more => more,
    };
    let len = len.max(head.len());
    let first = parse(source, &head[first_range.clone()]);
    let first_end = first_range.end;
    if first_end == head.len() && more.is_none() {
        return Progressive {
            first,
            rest: None,
            first_end,
            len,
            notices: Vec::new(),
            go: None,
        };
    }
    let (sender, receiver) = mpsc::channel();
    let (go, wait) = mpsc::channel::<()>();
    let source = source.to_string();
    std::thread::spawn(move || {
        if wait.recv().is_err() {
            return; // The reader closed before it asked for more.
        }
        let mut text = head;
        if let Some(more) = more {
            match more() {
                Ok((rest, replaced)) => {
                    text.push_str(&rest);
                    if replaced > 0 && sender.send(Loaded::Lossy(replaced)).is_err() {
                        return;
                    }
                }
                Err(e) => {
                    let _ = sender.send(Loaded::Failed(e));
                }
            }
        }
        let rest = &text[first_end..];
        for range in Pages::scan(rest, true) {
            let page = parse(&source, &rest[range.clone()]);
            if sender
                .send(Loaded::Page(page, first_end + range.end))
                .is_err()
            {
                break; // The reader has closed.
            }
        }
    });
    Progressive {
        first,
        rest: Some(receiver),
        first_end,
        len,
        notices: Vec::new(),
        go: Some(go),
    }
}
