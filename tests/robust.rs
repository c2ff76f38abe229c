//! Robustness: hostile text, encodings, errors, signals, panics, odd terminals. The
//! terminal cases drive the real binary in a pseudo-terminal.

mod pty;

use std::process::Command;

use pty::{Reply, Session};

const HOSTILE: &str = "标题\x1b]0;PWNED\x07危险\x1b[2J\u{9b}31m\u{202e}反转\x08退格\n\n本报讯（记者 张三）正文内容在这里。\x1b]8;;http://evil.example/\x1b\\链接\x1b]8;;\x1b\\结束。\n";

fn dubao(args: &[&str], stdin: Option<&[u8]>) -> std::process::Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_dubao"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn temp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dubao-robust-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Every error is one line on stderr that names the path, and a non-zero status.
fn assert_one_line_error(args: &[&str], path: &str) {
    let out = dubao(args, None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{args:?}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(path), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
}

#[test]
fn bad_paths_give_one_line_errors() {
    assert_one_line_error(&["/nonexistent/page.txt"], "/nonexistent/page.txt");
    let dir = std::env::temp_dir();
    let dir = dir.to_str().unwrap();
    assert_one_line_error(&["--dump", "json", dir], dir);
    let png = temp(
        "page.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0",
    );
    assert_one_line_error(
        &["--dump", "text", png.to_str().unwrap()],
        png.to_str().unwrap(),
    );
    // Readable to its owner (even root) yet failing on read.
    assert_one_line_error(&["--dump", "json", "/proc/self/mem"], "/proc/self/mem");
    let out = dubao(&["--encoding", "klingon", "--dump", "json"], None);
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);
    assert_ne!(out.status.code(), Some(0));
}

#[test]
fn dumps_never_pass_control_sequences() {
    for format in ["text", "markdown"] {
        let out = dubao(&["--dump", format, "-"], Some(HOSTILE.as_bytes()));
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            !text.contains('\x1b') && !text.contains('\x07') && !text.contains('\x08'),
            "{format}: {text:?}"
        );
        assert!(
            !text.contains('\u{9b}') && !text.contains('\u{202e}'),
            "{format}: {text:?}"
        );
        assert!(text.contains('␛'), "{format}: escapes are shown: {text}");
    }
}

#[test]
fn encodings_are_detected_and_decode_alike() {
    let utf8 = "新华社北京6月22日电 中国同中亚国家的合作不断深化，各领域交流日益密切。\n";
    let expected = dubao(&["--dump", "text", "-"], Some(utf8.as_bytes())).stdout;
    let (gb, _, _) = encoding_rs::GB18030.encode(utf8);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(utf8.encode_utf16().flat_map(u16::to_le_bytes));
    let mut bom8 = b"\xEF\xBB\xBF".to_vec();
    bom8.extend(utf8.as_bytes());
    let crlf = utf8.replace('\n', "\r\n");
    for (name, bytes) in [
        ("gb18030", gb.to_vec()),
        ("utf-16", utf16),
        ("bom", bom8),
        ("crlf", crlf.into_bytes()),
    ] {
        let out = dubao(&["--dump", "text", "-"], Some(&bytes));
        assert!(out.status.success(), "{name}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&expected),
            "{name}"
        );
    }
    let forced = dubao(&["--encoding", "gbk", "--dump", "text", "-"], Some(&gb));
    assert_eq!(forced.stdout, expected);
}

#[test]
fn hostile_text_reaches_the_screen_as_symbols() {
    let page = temp("hostile.txt", HOSTILE.as_bytes());
    let mut s = Session::start(&[page.to_str().unwrap()], 100, 30, Reply::Honest);
    s.wait_for("␛");
    s.send(b"\r");
    s.wait_for("结束");
    let out = s.output.lock().unwrap().clone();
    let out = String::from_utf8_lossy(&out);
    assert!(
        !out.contains("PWNED\x07") && !out.contains("\x1b]0;"),
        "an OSC title got through"
    );
    assert!(!out.contains("\x1b]8;"), "an OSC 8 link got through");
    assert!(
        !out.contains('\u{202e}') && !out.contains('\x08'),
        "bidi override or backspace got through"
    );
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn invalid_bytes_are_replaced_and_the_status_line_says_so() {
    let mut bytes = "中国同中亚国家的合作不断深化。\n".as_bytes().to_vec();
    bytes.extend([0xFF, 0xFE, 0xFD]);
    bytes.extend("各领域交流日益密切。\n".as_bytes());
    // Mostly UTF-8: decoded as UTF-8 with the bad bytes replaced.
    let page = temp("lossy.txt", &bytes);
    let mut s = Session::start(&[page.to_str().unwrap()], 100, 30, Reply::Honest);
    s.wait_for("无法解码");
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn an_empty_page_opens_on_a_clear_screen() {
    let page = temp("empty.txt", b"");
    let mut s = Session::start(&[page.to_str().unwrap()], 80, 24, Reply::Honest);
    s.wait_for("没有识别出文章");
    s.send(b"j\r/x\x1b]G");
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn standard_input_is_a_page() {
    let out = dubao(
        &["--dump", "json", "-"],
        Some("标题\n\n正文。\n".as_bytes()),
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"source\": \"-\""));
}

/// After the program ends, the terminal is back: main screen, cursor shown, no mouse.
fn assert_restored(s: &Session) {
    // The last bytes may still be on their way through the pty after the exit.
    let out = s.wait_output("\x1b[?1049l");
    let left = out.rfind("\x1b[?1049l").expect("left the alternate screen");
    let entered = out.rfind("\x1b[?1049h").unwrap();
    assert!(left > entered);
    assert!(out[entered..].contains("\x1b[?25h"), "cursor shown again");
    assert!(out.contains("\x1b[?1000l"), "mouse capture off");
    assert!(out.contains("\x1b[?2004l"), "bracketed paste off");
}

#[test]
fn signals_restore_the_terminal() {
    for signal in ["TERM", "HUP", "INT"] {
        let mut s = Session::start(&[], 100, 30, Reply::Honest);
        s.wait_for("文章 1/4");
        let status = Command::new("kill")
            .args([&format!("-{signal}"), &s.pid().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        s.wait_exit();
        assert_restored(&s);
    }
}

#[test]
fn a_panic_restores_the_terminal() {
    let pty = {
        // The hook panics right after the first frame.
        unsafe_free_env_session()
    };
    let mut s = pty;
    let code = s.wait_exit();
    assert_ne!(code, 0);
    assert_restored(&s);
    let out = s.wait_output("panicking on purpose");
    let after = &out[out.rfind("\x1b[?1049l").unwrap()..];
    assert!(
        after.contains("panicking on purpose"),
        "the panic message is printed on the main screen"
    );
}

/// A session with `DUBAO_TEST_PANIC` set.
fn unsafe_free_env_session() -> Session {
    Session::start_with_env(&[], 100, 30, Reply::Honest, &[("DUBAO_TEST_PANIC", "1")])
}

#[test]
fn losing_the_terminal_ends_the_program() {
    let mut s = Session::start(&[], 100, 30, Reply::Honest);
    s.wait_for("文章 1/4");
    s.hang_up();
    s.wait_exit();
    assert_restored(&s);
}

#[test]
fn a_one_cell_terminal_is_survived() {
    let mut s = Session::start(&[], 1, 1, Reply::Honest);
    s.wait_until("something drawn", |screen| !screen.trim().is_empty());
    s.send(b"j\r ?");
    s.send(b"q");
    // Help is open: q still quits.
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn the_ambiguous_width_probe_sets_the_layout() {
    // A terminal that draws “ two cells wide: dubao leaves a cell after each quote.
    let mut s = Session::start(&[], 100, 30, Reply::Wide);
    s.wait_for("文章 1/4");
    s.send(b"jj");
    s.wait_for("文章 3/4");
    s.wait_for("“ 微改造” 撬动");
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
    // An honest narrow terminal, and one that never answers, get the narrow layout.
    for reply in [Reply::Honest, Reply::Silent] {
        let mut s = Session::start(&[], 100, 30, reply);
        s.wait_for("文章 1/4");
        s.send(b"jj");
        s.wait_for("“微改造”撬动");
        s.send(b"q");
        assert_eq!(s.wait_exit(), 0);
    }
}

#[test]
fn forced_ambiguous_modes_skip_the_probe() {
    let mut s = Session::start(&["--ambiguous", "wide"], 100, 30, Reply::Silent);
    s.wait_for("“ 微改造” 撬动");
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
    let out = String::from_utf8_lossy(&s.output.lock().unwrap()).into_owned();
    assert!(!out.contains("\x1b[6n"), "no probe when the mode is given");
}
