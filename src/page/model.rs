//! The structure of a newspaper page: articles with their headline parts, byline and
//! body blocks, plus the page text that belongs to no article.

use serde::Serialize;

/// One page as the engine reconstructs it (see `SCHEMA.md` of the evaluation set).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Page {
    /// Where the page came from: a path, `-` for standard input, or the bundled name.
    pub source: String,
    /// Articles in the order a reader meets them on the page.
    pub articles: Vec<Article>,
    /// Page text that belongs to no article: header, folio, advertisements.
    pub unassigned: Vec<String>,
}

/// One article: headline parts, byline and body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Article {
    /// 引题: the line printed above the title.
    pub kicker: Option<String>,
    /// The title; never empty.
    pub title: String,
    /// 副题: the line printed below the title, often starting with ——.
    pub subtitle: Option<String>,
    /// Reporter credit or commentary signature (本报讯（记者 …）, 新华社记者 …, 本报评论员).
    pub byline: Option<String>,
    /// The body in reading order.
    pub blocks: Vec<Block>,
}

/// A block of an article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The reflowed text: column lines joined, invented spaces removed.
    pub text: String,
}

/// The kinds of body block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// Running text.
    Paragraph,
    /// A section heading inside the article.
    Heading,
    /// A photo or chart caption, often ending in 摄.
    Caption,
    /// The closing dateline: （新华社阿斯塔纳6月22日电）.
    Dateline,
}

impl Block {
    /// A block of the given kind.
    pub fn new(kind: BlockKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
        }
    }
}

impl Page {
    /// Adds the articles and unassigned text of another page of the same source.
    pub fn append(&mut self, other: Page) {
        self.articles.extend(other.articles);
        self.unassigned.extend(other.unassigned);
    }
}

impl Article {
    /// The headline parts that are present, in print order (kicker, title, subtitle).
    pub fn headline_parts(&self) -> impl Iterator<Item = &str> {
        [
            self.kicker.as_deref(),
            Some(self.title.as_str()),
            self.subtitle.as_deref(),
        ]
        .into_iter()
        .flatten()
    }

    /// Number of paragraph blocks.
    pub fn paragraph_count(&self) -> usize {
        self.blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .count()
    }
}
