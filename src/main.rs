//! The `dubao` command: parse the command line, read the page, then print it
//! (`--dump`) or open the reader.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use dubao::cli::{AmbiguousArg, Cli, DumpFormat};
use dubao::layout::Ambiguous;
use dubao::source::{Origin, load};
use dubao::{dump, page};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let origin = Origin::from_arg(cli.page.as_deref());
    let text = match load(&origin, cli.encoding.as_deref()) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("dubao: {e}");
            return ExitCode::from(2);
        }
    };
    let page = page::parse(&origin.name(), &text.text);
    let Some(format) = cli.dump else {
        eprintln!("dubao: the reader is not built yet; use --dump");
        return ExitCode::from(2);
    };
    let amb = match cli.ambiguous {
        AmbiguousArg::Wide => Ambiguous::Wide,
        AmbiguousArg::Auto | AmbiguousArg::Narrow => Ambiguous::Narrow,
    };
    let out = match format {
        DumpFormat::Json => dump::json(&page) + "\n",
        DumpFormat::Markdown => dump::markdown(&page),
        DumpFormat::Text => dump::text(&page, usize::from(cli.width), amb),
    };
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dubao: writing output: {e}");
            ExitCode::FAILURE
        }
    }
}
