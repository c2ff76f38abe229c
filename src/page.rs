//! The page engine: from the text a PDF extractor gives for one newspaper page to
//! articles with kicker, title, subtitle, byline and reflowed paragraphs.
//!
//! The stages, each in its own module:
//! 1. [`lines`]: split into lines, fold blank lines, repair extraction damage;
//! 2. [`furniture`]: take out the page header, advertisements and notices;
//! 3. [`blocks`]: recognise bylines, captions and datelines, join running text into
//!    paragraphs ([`reflow`], measured against the local column [`measure`]) and keep
//!    the lines that stand apart as display lines ([`units`]);
//! 4. [`assemble`]: cut the units into articles, each headline joined to its body
//!    whichever side it was printed on ([`affinity`] weighs the words they share);
//!    Pieces of articles cut up by extraction order are joined again ([`fragments`]);
//! 5. [`build`]: name the headline parts, take the byline, emit body blocks; a
//!    headline left without a body takes the untitled body that uses its words
//!    ([`orphans`]).
//!
//! Nothing is lost: every non-space character of the input appears in the output as
//! often as in the input.

pub mod affinity;
pub mod assemble;
pub mod blocks;
pub mod build;
pub mod fragments;
pub mod furniture;
pub mod kickers;
pub mod lines;
pub mod measure;
pub mod model;
pub mod orphans;
pub mod pages;
pub mod patterns;
pub mod reflow;
pub mod text;
pub mod units;

pub use model::{Article, Block, BlockKind, Page};

/// Parses the text of one page. `source` names where it came from.
pub fn parse(source: &str, text: &str) -> Page {
    let timing = std::env::var_os("DUBAO_TIMING").is_some();
    let start = std::time::Instant::now();
    let lap = |stage: &str| {
        if timing {
            eprintln!("{stage:10} {:?}", start.elapsed());
        }
    };
    let lines = lines::read_lines(text);
    lap("lines");
    let (content, unassigned) = furniture::take_furniture(lines);
    lap("furniture");
    let units = blocks::build_units(&content);
    lap("units");
    let mut lifted = fragments::lift_wedged(units);
    let (vocabulary, bigrams) =
        affinity::Vocabulary::sets_of(lifted.units.iter().map(|u| u.text.as_str()));
    lap("bigrams");
    let main = lifted.main;
    let plans = assemble::assemble(&lifted.units[..main], &bigrams[..main]);
    lap("assemble");
    let plans = fragments::join_pieces(
        &lifted.units,
        &vocabulary,
        &bigrams,
        plans,
        &lifted.floating,
        &lifted.hosts,
    );
    lap("pieces");
    let mut articles = plans
        .iter()
        .flat_map(|plan| build::build_articles(&mut lifted.units, plan))
        .collect();
    orphans::free_series_titles(&mut articles);
    orphans::adopt_bodies(&mut articles);
    for article in articles.iter_mut().filter(|a| a.title.is_empty()) {
        build::promote_first_clause(article);
    }
    kickers::pair_lone_kickers(&mut articles);
    lap("build");
    Page {
        source: source.to_string(),
        articles,
        unassigned,
    }
}
