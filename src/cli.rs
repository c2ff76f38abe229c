//! The command line, defined with clap.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};

/// 读报 dubao: read a Chinese newspaper page, as a PDF extractor gives its text, as
/// articles with headlines, bylines and reflowed paragraphs.
#[derive(Debug, Parser)]
#[command(name = "dubao", version, about, long_about = None, after_help = AFTER_HELP)]
pub struct Cli {
    /// The page to read: a text file, `-` for standard input; none opens the bundled page.
    #[arg(value_name = "PAGE")]
    pub page: Option<PathBuf>,

    /// Print the page's structure instead of opening the reader.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub dump: Option<DumpFormat>,

    /// Width of the text column in terminal cells (a Han character takes two).
    #[arg(long, value_name = "N", default_value_t = 80, value_parser = clap::value_parser!(u16).range(2..=1000))]
    pub width: u16,

    /// Decode the page with this encoding instead of detecting it (utf-8, gb18030, gbk, big5, utf-16le …).
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,

    /// In searches, let Traditional and Simplified forms match each other (中國 finds
    /// 中国); Ctrl-t in the search prompt turns it on and off.
    #[arg(long)]
    pub variants: bool,

    /// How the terminal draws “ ” — … · (East Asian Ambiguous width): ask it, or say.
    #[arg(long, value_enum, value_name = "MODE", default_value_t = AmbiguousArg::Auto)]
    pub ambiguous: AmbiguousArg,
}

/// Output formats of `--dump`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DumpFormat {
    /// The structure as JSON (articles, blocks, unassigned text).
    Json,
    /// The articles as Markdown, one section each.
    Markdown,
    /// The articles reflowed and wrapped to `--width` columns.
    Text,
}

/// Choices for `--ambiguous`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AmbiguousArg {
    /// Ask the terminal (one short probe at start-up); narrow if it does not answer.
    Auto,
    /// One cell.
    Narrow,
    /// Two cells.
    Wide,
}

const AFTER_HELP: &str = "\
Examples:
  dubao                       open the bundled page
  dubao page.txt              open a page
  pdftotext -enc UTF-8 p.pdf - | dubao -
  dubao --dump json page.txt  print the structure
  dubao --dump text --width 60 page.txt

In the reader, press ? for the keys.";
