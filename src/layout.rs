//! Terminal layout of articles, free of any UI library: display widths and the clreq
//! line breaker.

pub mod article;
pub mod width;
pub mod wrap;

pub use article::{Anchor, ArticleLayout, Piece, PieceKind, Row, pieces};
pub use width::Ambiguous;
pub use wrap::{WrappedLine, wrap};
