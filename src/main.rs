//! The `dubao` command: parse the command line, read the page, then print it
//! (`--dump`) or open the reader.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use dubao::app::Options;
use dubao::cli::{AmbiguousArg, Cli, DumpFormat};
use dubao::layout::Ambiguous;
use dubao::source::{Origin, Rest, load_head, with_text};
use dubao::{dump, page, terminal};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let origin = Origin::from_arg(cli.page.as_deref());
    let amb = match cli.ambiguous {
        AmbiguousArg::Auto => None,
        AmbiguousArg::Narrow => Some(Ambiguous::Narrow),
        AmbiguousArg::Wide => Some(Ambiguous::Wide),
    };
    let Some(format) = cli.dump else {
        // A big file's head is read now, the rest once the first screen is out.
        let (text, rest) = match load_head(&origin, cli.encoding.as_deref()) {
            Ok(loaded) => loaded,
            Err(e) => return fail(&e),
        };
        if !std::io::stdout().is_terminal() {
            return fail(&"standard output is not a terminal; use --dump json, markdown or text");
        }
        let options = Options {
            measure: usize::from(cli.width),
            amb: amb.unwrap_or_default(),
            variants: cli.variants,
        };
        let remark = (text.replaced > 0).then(|| {
            format!(
                "{} 处无法解码的字节已显示为 �（{}）",
                text.replaced, text.encoding
            )
        });
        // Parse beside setting up the terminal and asking it about ambiguous widths.
        let name = origin.name();
        let len = text.text.len() + rest.as_ref().map_or(0, Rest::remaining);
        let more = rest.map(|rest| -> page::pages::RestOfText {
            Box::new(move || {
                let name = rest.name().to_string();
                rest.read()
                    .map(|t| (t.text, t.replaced))
                    .map_err(|e| format!("{name}: {e}"))
            })
        });
        let (sender, page) = std::sync::mpsc::sync_channel(1);
        std::thread::spawn(move || {
            // The reader may have gone (the terminal failed): nobody to tell then.
            let _ = sender.send(page::pages::parse_progressive(&name, text.text, more, len));
        });
        return match terminal::run(&page, options, amb, remark) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&format!("{e:#}")),
        };
    };
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let name = origin.name();
    let written = with_text(&origin, cli.encoding.as_deref(), |text| {
        let parse_all = || page::pages::parse_all(&name, text, threads);
        let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        match format {
            // Each page is written as soon as it is parsed, while the others are parsed.
            DumpFormat::Json => dump::write_json_pages(&mut stdout, &name, |each| {
                page::pages::parse_each(&name, text, threads, each);
            }),
            DumpFormat::Markdown => stdout.write_all(dump::markdown(&parse_all()).as_bytes()),
            DumpFormat::Text => {
                let page = parse_all();
                let text = dump::text(&page, usize::from(cli.width), amb.unwrap_or_default());
                stdout.write_all(text.as_bytes())
            }
        }
        .and_then(|()| stdout.flush())
    });
    let written = match written {
        Ok(written) => written,
        Err(e) => return fail(&e),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("writing output: {e}")),
    }
}

/// Prints a one-line error and gives the failure status.
fn fail(message: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("dubao: {message}");
    ExitCode::from(2)
}
