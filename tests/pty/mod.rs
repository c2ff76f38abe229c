//! Drives the real `dubao` binary in a pseudo-terminal and reads its screen through a
//! vt100 parser, answering the cursor-position query a terminal would answer.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// How long to wait for the screen to show something.
pub const WAIT: Duration = Duration::from_secs(10);

/// How the fake terminal answers the ambiguous-width probe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    /// With the real cursor position (ambiguous characters are one cell in vt100).
    Honest,
    /// As a terminal that draws ambiguous characters two cells wide.
    Wide,
    /// Not at all, as a terminal without the query.
    Silent,
}

/// A running `dubao` in a pseudo-terminal.
pub struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    /// Every byte the program wrote.
    pub output: Arc<Mutex<Vec<u8>>>,
}

impl Session {
    /// Starts `dubao args` in a `cols`×`rows` terminal.
    pub fn start(args: &[&str], cols: u16, rows: u16, reply: Reply) -> Self {
        Self::start_with_env(args, cols, rows, reply, &[])
    }

    /// Starts `dubao args` with extra environment variables.
    pub fn start_with_env(
        args: &[&str],
        cols: u16,
        rows: u16,
        reply: Reply,
        env: &[(&str, &str)],
    ) -> Self {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("openpty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_dubao"));
        cmd.args(args);
        cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        for (key, value) in env {
            cmd.env(key, value);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn dubao");
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            nonzero(rows),
            nonzero(cols),
            0,
        )));
        let writer: Arc<Mutex<Box<dyn Write + Send>>> =
            Arc::new(Mutex::new(pty.master.take_writer().expect("writer")));
        let output = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pty.master.try_clone_reader().expect("reader");
        {
            let (parser, writer, output) = (
                Arc::clone(&parser),
                Arc::clone(&writer),
                Arc::clone(&output),
            );
            thread::spawn(move || {
                let mut buf = [0u8; 8192];
                while let Ok(n) = reader.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    output.lock().unwrap().extend_from_slice(&buf[..n]);
                    feed(&parser, &writer, &buf[..n], reply);
                }
            });
        }
        Self {
            parser,
            writer,
            child,
            master: pty.master,
            output,
        }
    }

    /// Sends bytes as if typed.
    pub fn send(&self, bytes: &[u8]) {
        let mut w = self.writer.lock().unwrap();
        w.write_all(bytes).unwrap();
        w.flush().unwrap();
    }

    /// The screen's text, row by row.
    pub fn rows(&self) -> Vec<String> {
        let p = self.parser.lock().unwrap();
        let (_, cols) = p.screen().size();
        p.screen().rows(0, cols.get()).collect()
    }

    /// The screen's text.
    pub fn contents(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// A copy of the screen.
    pub fn screen(&self) -> vt100::Screen {
        self.parser.lock().unwrap().screen().clone()
    }

    /// Waits until `test` holds for the screen; panics with the screen after [`WAIT`].
    pub fn wait_until(&self, what: &str, test: impl Fn(&str) -> bool) -> Duration {
        let start = Instant::now();
        loop {
            if test(&self.contents()) {
                return start.elapsed();
            }
            assert!(
                start.elapsed() < WAIT,
                "timed out waiting for {what}; screen:\n{}",
                self.contents()
            );
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits until the program's output (all of it, not just the screen) has `needle`
    /// and returns the output.
    pub fn wait_output(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let out = String::from_utf8_lossy(&self.output.lock().unwrap()).into_owned();
            if out.contains(needle) || start.elapsed() > WAIT {
                return out;
            }
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits until the program has written nothing for a while, so that the screen is
    /// a whole frame, not one half redrawn.
    pub fn settle(&self) {
        let start = Instant::now();
        let mut seen = self.output.lock().unwrap().len();
        loop {
            thread::sleep(Duration::from_millis(40));
            let now = self.output.lock().unwrap().len();
            if now == seen || start.elapsed() > WAIT {
                return;
            }
            seen = now;
        }
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&self, text: &str) -> Duration {
        self.wait_until(text, |s| s.contains(text))
    }

    /// Resizes the terminal (the program gets SIGWINCH). The screen model is resized
    /// first, so every frame drawn for the new size lands on a screen of that size.
    pub fn resize(&self, cols: u16, rows: u16) {
        self.parser
            .lock()
            .unwrap()
            .set_size(nonzero(rows), nonzero(cols));
        let size = PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        };
        self.master.resize(size).unwrap();
    }

    /// Waits for the program to exit and gives its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            assert!(
                start.elapsed() < WAIT,
                "dubao did not exit; screen:\n{}",
                self.contents()
            );
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// Closes the terminal, as when its window is closed: our ends of the pty are
    /// dropped and the program gets the SIGHUP the kernel sends on hang-up (the reader
    /// thread's copy of the master keeps the line itself open, so it is sent by hand).
    pub fn hang_up(&mut self) {
        let replacement = native_pty_system()
            .openpty(PtySize {
                rows: 1,
                cols: 1,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("openpty");
        drop(std::mem::replace(&mut self.master, replacement.master));
        *self.writer.lock().unwrap() = Box::new(std::io::sink());
        let status = std::process::Command::new("kill")
            .args(["-HUP", &self.pid().to_string()])
            .status()
            .expect("kill");
        assert!(status.success());
    }

    /// The exit code, if the program has ended.
    pub fn try_exit(&mut self) -> Option<u32> {
        self.child.try_wait().unwrap().map(|s| s.exit_code())
    }

    /// The process id, for sending signals.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("pid")
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// Feeds program output to the parser, answering cursor-position queries on the way.
fn feed(
    parser: &Mutex<vt100::Parser>,
    writer: &Mutex<Box<dyn Write + Send>>,
    mut bytes: &[u8],
    reply: Reply,
) {
    const QUERY: &[u8] = b"\x1b[6n";
    while let Some(at) = bytes.windows(QUERY.len()).position(|w| w == QUERY) {
        let (before, rest) = bytes.split_at(at + QUERY.len());
        let mut p = parser.lock().unwrap();
        p.process(before);
        let (row, col) = p.screen().cursor_position();
        drop(p);
        let answer = match reply {
            Reply::Honest => Some(format!("\x1b[{};{}R", row + 1, col + 1)),
            Reply::Wide => Some(format!("\x1b[{};{}R", row + 1, col + 2)),
            Reply::Silent => None,
        };
        if let Some(answer) = answer {
            let mut w = writer.lock().unwrap();
            let _ = w.write_all(answer.as_bytes());
            let _ = w.flush();
        }
        bytes = rest;
    }
    parser.lock().unwrap().process(bytes);
}

/// A size as vt100 wants it.
fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n.max(1)).unwrap()
}
