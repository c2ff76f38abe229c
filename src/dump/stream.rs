//! A page serialised as its pages are parsed: the same JSON as the whole page's, with
//! each page's articles written as soon as it is parsed.

use std::cell::RefCell;
use std::ops::ControlFlow;

use serde::ser::{Error, Serialize, SerializeSeq, SerializeStruct, Serializer};

use crate::page::Page;

/// What hands the pages, in order, to the function it is given, until that says stop.
type Pages<'a> = Box<dyn FnOnce(&mut dyn FnMut(Page) -> ControlFlow<()>) + 'a>;

/// A page whose articles are serialised as its pages come: `source`, then the
/// articles page by page, then the unassigned text the pages left.
pub struct StreamedPage<'a> {
    source: &'a str,
    /// The pages, until they are written.
    pages: RefCell<Option<Pages<'a>>>,
    unassigned: RefCell<Vec<String>>,
}

impl<'a> StreamedPage<'a> {
    /// The page from `source` whose pages `pages` hands over.
    pub fn new(
        source: &'a str,
        pages: impl FnOnce(&mut dyn FnMut(Page) -> ControlFlow<()>) + 'a,
    ) -> Self {
        Self {
            source,
            pages: RefCell::new(Some(Box::new(pages))),
            unassigned: RefCell::new(Vec::new()),
        }
    }
}

impl Serialize for StreamedPage<'_> {
    /// The fields of [`Page`], in its order.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut page = serializer.serialize_struct("Page", 3)?;
        page.serialize_field("source", self.source)?;
        page.serialize_field("articles", &ArticlesOf(self))?;
        page.serialize_field("unassigned", &*self.unassigned.borrow())?;
        page.end()
    }
}

/// The articles of a streamed page's pages, their unassigned text kept aside.
struct ArticlesOf<'p, 'a>(&'p StreamedPage<'a>);

impl Serialize for ArticlesOf<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let pages = self.0.pages.borrow_mut().take();
        let pages = pages.ok_or_else(|| S::Error::custom("the pages were already written"))?;
        // An array of unknown length prints as one of known length does, `[]` if empty.
        let mut seq = serializer.serialize_seq(None)?;
        let mut failed = None;
        // Once a write fails (the output was closed), the other pages are not parsed.
        pages(&mut |page: Page| {
            failed = page
                .articles
                .iter()
                .try_for_each(|article| seq.serialize_element(article))
                .err();
            self.0.unassigned.borrow_mut().extend(page.unassigned);
            if failed.is_some() {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        match failed {
            Some(e) => Err(e),
            None => seq.end(),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::dump::{write_json, write_json_pages};
    use crate::page::{Article, Page};

    /// A page of `articles` articles titled `name` and one unassigned line.
    fn page(name: &str, articles: usize) -> Page {
        Page {
            source: "s.txt".into(),
            articles: (0..articles)
                .map(|k| Article {
                    title: format!("{name}{k}"),
                    ..Article::default()
                })
                .collect(),
            unassigned: vec![format!("{name}版")],
        }
    }

    /// The JSON of the pages written one by one, and of them put together first.
    fn both(pages: &[Page]) -> (String, String) {
        let mut streamed = Vec::new();
        write_json_pages(&mut streamed, "s.txt", |each| {
            for page in pages {
                let _ = each(page.clone());
            }
        })
        .expect("writes to memory");
        let mut whole = Page {
            source: "s.txt".into(),
            ..Page::default()
        };
        pages.iter().cloned().for_each(|p| whole.append(p));
        let mut written = Vec::new();
        write_json(&mut written, &whole).expect("writes to memory");
        let text = |b: Vec<u8>| String::from_utf8(b).expect("JSON is UTF-8");
        (text(streamed), text(written))
    }

    #[test]
    fn pages_written_one_by_one_make_the_whole_page_json() {
        let (streamed, whole) = both(&[page("甲", 2), page("乙", 0), page("丙", 1)]);
        assert_eq!(streamed, whole);
        assert!(streamed.contains("丙0") && streamed.contains("乙版"));
    }

    #[test]
    fn no_pages_or_no_articles_write_empty_arrays() {
        assert_eq!(both(&[]).0, both(&[]).1);
        let (streamed, whole) = both(&[page("甲", 0)]);
        assert_eq!(streamed, whole);
        assert!(streamed.contains("\"articles\": []"));
    }

    /// An output closed after `0` more bytes, as a pipe whose reader has gone.
    struct Closed(usize);

    impl std::io::Write for Closed {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            if self.0 == 0 {
                return Err(std::io::ErrorKind::BrokenPipe.into());
            }
            let n = bytes.len().min(self.0);
            self.0 -= n;
            Ok(n)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_output_stops_the_pages() {
        let mut handed = 0;
        let written = write_json_pages(&mut Closed(40), "s.txt", |each| {
            for _ in 0..100 {
                handed += 1;
                if each(page("甲", 3)).is_break() {
                    break;
                }
            }
        });
        let error = written.expect_err("the output is closed");
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe);
        assert_eq!(handed, 1, "no page is asked for after the write failed");
    }
}
