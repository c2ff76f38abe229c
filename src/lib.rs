//! dubao (读报): a terminal reader for Chinese newspaper pages as a PDF extractor gives
//! them. The page engine ([`page`]) rebuilds articles and paragraphs; the reader UI
//! stands on it.

pub mod page;
