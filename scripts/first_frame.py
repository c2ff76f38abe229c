#!/usr/bin/env python3
"""Time from spawn to the first complete frame of a full-screen program in a pseudo-terminal.

usage: first_frame.py [--cols 100] [--rows 30] [--quiet-ms 100] [--timeout 60]
                      [--dump FILE] [--verbose] --marker TEXT -- COMMAND [ARG...]

Prints one number: milliseconds from just before fork() to the last byte of the first
complete frame. Exit status 1 (and a message on stderr) if no frame came in time.

The child gets a new session with the pty as its controlling terminal (pty.fork), the
window size COLSxROWS, TERM=xterm-256color and LANG=C.UTF-8.

What "the first complete frame" is, for every program alike:
  * the screen text is the output with escape sequences taken out;
  * the frame is complete when MARKER has appeared in that text; the time reported is
    that of the read that brought it;
  * choose a MARKER that the program writes at the very end of a full redraw: the last
    words of its bottom line. ratatui redraws row by row, top to bottom, so when dubao's
    status line (the last row) ends with its last key hint, the whole frame is on the
    screen; less writes its lines top to bottom and then its prompt on the last row.
    (Waiting for the output to go quiet instead would not do: while a big page is read
    in the background dubao keeps updating its status line, so it is never quiet.)
  * with --quiet-ms, the old definition instead: the last byte before QUIET_MS of
    silence after the marker.

Like a real terminal, the harness answers a cursor position request (CSI 6n) at once,
with the row and column the cursor is in: it follows cursor moves (CSI row;col H) and
counts the cells of what was printed since, a narrow terminal's way (East Asian Wide and
Fullwidth characters two cells, everything else, ambiguous “ included, one). dubao's
width probe prints “ at 1;1 and asks, so it gets ESC[1;2R: a narrow terminal. Without an
answer dubao would wait its 200 ms probe timeout for nothing.

Afterwards the harness types q, waits up to 5 s for the program to exit, and kills it
(its own child, by pid) if it did not.
"""

import argparse
import os
import pty
import re
import select
import signal
import struct
import sys
import time
import unicodedata

import fcntl
import termios

CSI = re.compile(rb"\x1b\[([0-9;?<=>]*)([ -/]*)([@-~])")
OTHER_ESC = re.compile(rb"\x1b[\]P_^][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()*+#][0-9A-Za-z]|\x1b[=>78cDEHMNOZ]")


def cells(text):
    """Cells a narrow terminal gives text: W and F two, other printables one."""
    n = 0
    for ch in text:
        if unicodedata.combining(ch) or ord(ch) < 32 or ch == "\x7f":
            continue
        n += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return n


class Screen:
    """Just enough terminal to answer CSI 6n and find the marker in the text."""

    def __init__(self, cols, rows):
        self.cols, self.rows = cols, rows
        self.row, self.col = 1, 1
        self.pending = b""  # an escape sequence cut by a read
        self.text = []  # printed text, escape sequences taken out

    def feed(self, data):
        """Feeds output; returns the replies the terminal would send."""
        data = self.pending + data
        self.pending = b""
        replies = []
        i = 0
        while i < len(data):
            j = data.find(b"\x1b", i)
            chunk = data[i:] if j < 0 else data[i:j]
            self._print(chunk)
            if j < 0:
                break
            m = CSI.match(data, j)
            if m:
                params, final = m.group(1), m.group(3)
                if final == b"H" or final == b"f":
                    parts = [p for p in params.split(b";")]
                    r = int(parts[0]) if parts and parts[0] else 1
                    c = int(parts[1]) if len(parts) > 1 and parts[1] else 1
                    self.row, self.col = r, c
                elif final == b"n" and params == b"6":
                    replies.append(b"\x1b[%d;%dR" % (self.row, self.col))
                i = m.end()
                continue
            m = OTHER_ESC.match(data, j)
            if m:
                i = m.end()
                continue
            # An incomplete sequence at the end of this read: keep it for the next one.
            if len(data) - j < 64:
                self.pending = data[j:]
                break
            i = j + 1
        return replies

    def _print(self, chunk):
        if not chunk:
            return
        s = chunk.decode("utf-8", "ignore")
        if "\r" in s or "\n" in s:
            self.col = 1 + cells(re.split(r"[\r\n]", s)[-1])
        else:
            self.col = min(self.cols + 1, self.col + cells(s))
        self.text.append(s)

    def has(self, marker):
        return marker in "".join(self.text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cols", type=int, default=100)
    ap.add_argument("--rows", type=int, default=30)
    ap.add_argument("--quiet-ms", type=float, default=0)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--marker", required=True)
    ap.add_argument("--dump", help="write everything the program printed to this file")
    ap.add_argument("--verbose", action="store_true",
                    help="also tell on stderr when the marker came and how many bytes")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.command[1:] if a.command[:1] == ["--"] else a.command
    if not cmd:
        ap.error("no command")

    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8",
               LESS="", LESSHISTFILE="-", COLUMNS=str(a.cols), LINES=str(a.rows))
    winsize = struct.pack("HHHH", a.rows, a.cols, 0, 0)

    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, winsize)
            os.execvpe(cmd[0], cmd, env)
        finally:
            os._exit(127)

    screen = Screen(a.cols, a.rows)
    raw = bytearray()
    seen_at = None  # when the marker first showed
    last = None  # time of the last byte read
    deadline = t0 + a.timeout
    result = None
    eof = False
    while True:
        now = time.perf_counter()
        if now > deadline:
            break
        wait = deadline - now
        if seen_at is not None:
            wait = min(wait, max(0.0, last + a.quiet_ms / 1000 - now))
        r, _, _ = select.select([fd], [], [], wait)
        if not r:
            if seen_at is not None and time.perf_counter() >= last + a.quiet_ms / 1000:
                result = last - t0
                break
            continue
        try:
            data = os.read(fd, 65536)
        except OSError:
            data = b""
        if not data:
            eof = True
            break
        last = time.perf_counter()
        raw += data
        for reply in screen.feed(data):
            os.write(fd, reply)
        if seen_at is None and screen.has(a.marker):
            seen_at = last
            if a.quiet_ms <= 0:
                result = seen_at - t0
                break

    # Quit politely, then make sure.
    try:
        if not eof:
            os.write(fd, b"q")
        end = time.perf_counter() + 5
        while time.perf_counter() < end:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                try:
                    if not os.read(fd, 65536):
                        pass
                except OSError:
                    pass
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)

    if a.dump:
        with open(a.dump, "wb") as f:
            f.write(bytes(raw))
    if result is None:
        why = "exited" if eof else "timed out"
        print(f"first_frame: {why} before the marker {a.marker!r}: {' '.join(cmd)}",
              file=sys.stderr)
        sys.exit(1)
    if a.verbose:
        print(f"first_frame: marker at {(seen_at - t0) * 1000:.2f} ms, frame done at "
              f"{result * 1000:.2f} ms, {len(raw)} bytes", file=sys.stderr)
    print(f"{result * 1000:.2f}")


if __name__ == "__main__":
    main()
