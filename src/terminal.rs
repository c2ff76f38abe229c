//! The terminal while the reader runs: raw mode and the alternate screen as ratatui's
//! init sets them, its restore on exit and in a panic hook, plus the mouse and
//! bracketed paste, the ambiguous-width probe, and a clean exit on SIGTERM, SIGHUP,
//! SIGINT or when the terminal goes away.

mod backend;
pub mod probe;

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use color_eyre::eyre::{Result, WrapErr};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use ratatui::Terminal;

use backend::FrameBackend;

use crate::app::{App, Options};
use crate::layout::Ambiguous;
use crate::page::pages::{Loaded, Progressive};

/// How often the event loop looks for a signal while it waits for input.
const SIGNAL_CHECK: Duration = Duration::from_millis(100);
/// How often it looks for pages read in the background.
const LOADING_CHECK: Duration = Duration::from_millis(50);

/// Runs the reader on the page that arrives on `page`, parsed on another thread (its
/// first page comes first, the rest as they are read), until the user quits, a signal
/// arrives or the terminal goes away; the terminal is restored in every case, panics
/// included. `amb` of `None` asks the terminal. The page comes on a channel rather than
/// from joining its thread: the first frame need not wait for the thread to wind down.
pub fn run(
    page: &Receiver<Progressive>,
    mut options: Options,
    amb: Option<Ambiguous>,
    remark: Option<String>,
) -> Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    register_signals(&stop)?;
    let mut terminal = init()?;
    install_panic_cleanup();
    let result = (|| {
        execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste)
            .wrap_err("enabling the mouse")?;
        options.amb = match amb {
            Some(a) => a,
            None => probe::measure(&mut io::stdout()),
        };
        // Set up the drawing code while the page is still being parsed.
        let parsed = page.try_recv().or_else(|_| {
            warm_up(&terminal, options);
            page.recv()
        });
        let mut page = parsed.map_err(|_| color_eyre::eyre::eyre!("reading the page failed"))?;
        let rest = page.rest.take();
        let size = terminal.size().wrap_err("reading the terminal size")?;
        let mut app = App::sized(
            std::mem::take(&mut page.first),
            options,
            size.width,
            size.height,
        );
        app.remark = remark;
        for notice in page.notices.drain(..) {
            take_news(&mut app, notice);
        }
        if rest.is_some() {
            app.loading = Some((page.first_end, page.len));
        }
        // The other pages are read once the first screen is out.
        event_loop(&mut terminal, &mut app, rest.as_ref(), &stop, || {
            page.start();
        })
    })();
    restore();
    result
}

/// Draws, waits for events and applies them, until the app or a signal says stop.
/// Pages read in the background arrive on `rest` and are added between events.
fn event_loop(
    terminal: &mut Screen,
    app: &mut App,
    mut rest: Option<&Receiver<Loaded>>,
    stop: &AtomicBool,
    mut drawn: impl FnMut(),
) -> Result<()> {
    loop {
        if let Some(pages) = rest {
            loop {
                match pages.try_recv() {
                    Ok(news) => take_news(app, news),
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => {
                        app.loaded();
                        rest = None;
                        break;
                    }
                }
            }
        }
        let size = terminal.size().wrap_err("reading the terminal size")?;
        if (size.width, size.height) != (app.area.width, app.area.height) {
            app.resize(size.width, size.height);
        }
        if std::mem::take(&mut app.redraw) {
            terminal.clear().wrap_err("clearing the screen")?;
        }
        terminal
            .draw(|frame| {
                frame.render_widget(&*app, frame.area());
                if let Some(at) = crate::ui::status::cursor_position(app, frame.area()) {
                    frame.set_cursor_position(at);
                }
            })
            .wrap_err("drawing the screen")?;
        drawn();
        if app.quit {
            return Ok(());
        }
        // A test hook: panic with the reader up, to prove the terminal is restored.
        assert!(
            std::env::var_os("DUBAO_TEST_PANIC").is_none(),
            "DUBAO_TEST_PANIC is set: panicking on purpose"
        );
        // While pages are still arriving, look up often enough to show them.
        let wait = if rest.is_some() {
            LOADING_CHECK
        } else {
            SIGNAL_CHECK
        };
        let mut input = false;
        while !input {
            input = event::poll(wait).wrap_err("waiting for input")?;
            if stop.load(Ordering::Relaxed) || (!input && hung_up()) {
                return Ok(());
            }
            if rest.is_some() {
                break;
            }
        }
        if !input {
            continue;
        }
        // Apply everything already queued (a burst of resizes, a paste) before drawing.
        loop {
            let event = event::read().wrap_err("reading input")?;
            app.on_event(&event);
            if app.quit || !event::poll(Duration::ZERO).wrap_err("reading input")? {
                break;
            }
        }
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
    }
}

/// Lays out and draws a small made-up page off screen, while the real one is still
/// being parsed on another thread: the first frame then finds the wrapping and drawing
/// code and its tables in memory instead of faulting them in.
fn warm_up(terminal: &Screen, options: Options) {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::widgets::Widget;

    use crate::page::{Article, Block, BlockKind, Page};

    let Ok(size) = terminal.size() else { return };
    let text =
        "新华社北京电 记者从会上获悉，今年以来，各地“以旧换新”政策持续发力，消费潜力不断释放。";
    let article = Article {
        title: "读报".to_string(),
        blocks: vec![Block::new(BlockKind::Paragraph, text.repeat(8))],
        ..Article::default()
    };
    let page = Page {
        articles: vec![article.clone(), article],
        ..Page::default()
    };
    let app = App::sized(page, options, size.width, size.height);
    let area = Rect::new(0, 0, size.width, size.height);
    let mut buf = Buffer::empty(area);
    (&app).render(area, &mut buf);
}

/// Applies what the background reading reports: a page, or a note on the status line.
fn take_news(app: &mut App, news: Loaded) {
    match news {
        Loaded::Page(page, end) => app.append(page, end),
        Loaded::Lossy(replaced) => {
            app.remark = Some(format!("{replaced} 处无法解码的字节已显示为 �"));
        }
        Loaded::Failed(e) => app.remark = Some(format!("读取中断：{e}")),
    }
}

/// Whether the terminal has gone away (its window closed) without a SIGHUP reaching
/// us: asking a hung-up terminal its size fails.
#[cfg(unix)]
fn hung_up() -> bool {
    rustix::termios::tcgetwinsize(io::stdout()).is_err()
}

#[cfg(not(unix))]
fn hung_up() -> bool {
    false
}

/// The reader's terminal.
type Screen = Terminal<FrameBackend>;

/// Puts the terminal in raw mode on the alternate screen, as `ratatui::init` does, with
/// the reader's backend (see [`backend`]).
fn init() -> Result<Screen> {
    crossterm::terminal::enable_raw_mode().wrap_err("entering raw mode")?;
    execute!(io::stdout(), crossterm::terminal::EnterAlternateScreen)
        .wrap_err("entering the alternate screen")?;
    Terminal::new(FrameBackend::new()).wrap_err("starting the terminal")
}

/// Turns off what ratatui's restore does not know about, then restores the terminal.
fn restore() {
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    let _ = io::stdout().flush();
}

/// Restores the terminal (mouse and paste modes, raw mode, alternate screen) before a
/// panic's message is printed.
fn install_panic_cleanup() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        ratatui::restore();
        previous(info);
    }));
}

/// Makes SIGTERM, SIGHUP, SIGINT and SIGQUIT set `stop` instead of killing the process
/// with the terminal still in raw mode.
#[cfg(unix)]
fn register_signals(stop: &Arc<AtomicBool>) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
        signal_hook::flag::register(signal, Arc::clone(stop))
            .wrap_err("installing signal handlers")?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn register_signals(_stop: &Arc<AtomicBool>) -> Result<()> {
    Ok(())
}
