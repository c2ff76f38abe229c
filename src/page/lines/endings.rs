//! Line endings: `\n`, `\r\n` and a lone `\r` each end a line. Texts are split into
//! lines forwards, and a line's neighbours are found backwards from it, with the same
//! reading of the endings either way.

use std::ops::Range;

/// Iterates the lines of `s`, accepting `\n`, `\r\n` and a lone `\r` as line ends.
/// Most texts hold no `\r`: one search of the whole text tells, and their lines are
/// then cut at each `\n` with the cheaper one-byte search.
pub fn split_line_endings(s: &str) -> impl Iterator<Item = &str> {
    let has_cr = memchr::memchr(b'\r', s.as_bytes()).is_some();
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let s = rest?;
        let bytes = s.as_bytes();
        let end = if has_cr {
            memchr::memchr2(b'\n', b'\r', bytes)
        } else {
            memchr::memchr(b'\n', bytes)
        };
        if let Some(i) = end {
            let skip = if bytes[i..].starts_with(b"\r\n") {
                2
            } else {
                1
            };
            rest = Some(&s[i + skip..]);
            Some(&s[..i])
        } else {
            rest = None;
            (!s.is_empty()).then_some(s)
        }
    })
}

/// At most how many lines `s` holds: its line-end bytes, plus one for a last line
/// without an ending.
pub fn max_lines(s: &str) -> usize {
    let bytes = s.as_bytes();
    memchr::memchr_iter(b'\n', bytes).count() + memchr::memchr_iter(b'\r', bytes).count() + 1
}

/// The byte range of the line of `s` that holds byte `at`, its ending left out.
pub fn line_around(s: &str, at: usize) -> Range<usize> {
    let bytes = s.as_bytes();
    let start = memchr::memrchr2(b'\n', b'\r', &bytes[..at]).map_or(0, |i| i + 1);
    let end = memchr::memchr2(b'\n', b'\r', &bytes[at..]).map_or(s.len(), |i| at + i);
    start..end
}

/// The byte range of the line of `s` before the one that starts at `start` (just
/// after a line ending), its ending left out; `None` for the first line.
pub fn line_before(s: &str, start: usize) -> Option<Range<usize>> {
    let bytes = &s.as_bytes()[..start];
    let end = if bytes.ends_with(b"\r\n") {
        start - 2
    } else {
        start.checked_sub(1)?
    };
    let begin = memchr::memrchr2(b'\n', b'\r', &bytes[..end]).map_or(0, |i| i + 1);
    Some(begin..end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The lines of `s` with their byte ranges, read one character at a time.
    fn plain_lines(s: &str) -> Vec<Range<usize>> {
        let mut lines = Vec::new();
        let mut start = 0;
        let mut i = 0;
        let bytes = s.as_bytes();
        while i < bytes.len() {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    lines.push(start..i);
                    i += 2;
                    start = i;
                }
                b'\n' | b'\r' => {
                    lines.push(start..i);
                    i += 1;
                    start = i;
                }
                _ => i += 1,
            }
        }
        if start < s.len() {
            lines.push(start..s.len());
        }
        lines
    }

    #[test]
    fn endings_of_every_kind() {
        let got: Vec<&str> = split_line_endings("甲\n\n乙\r\n丙\r丁\r\r\n").collect();
        assert_eq!(got, ["甲", "", "乙", "丙", "丁", ""]);
        assert_eq!(split_line_endings("").count(), 0);
        assert_eq!(max_lines("a\r\nb\nc"), 4);
        let s = "甲\r\n乙丙\n";
        assert_eq!(line_around(s, 5), 5..11);
        assert_eq!(line_before(s, 5), Some(0..3));
        assert_eq!(line_before(s, 0), None);
    }

    proptest! {
        #[test]
        fn lines_agree_with_a_plain_reading(s in "[a年\r\n ]{0,40}") {
            let plain = plain_lines(&s);
            let split: Vec<&str> = split_line_endings(&s).collect();
            let expected: Vec<&str> = plain.iter().map(|r| &s[r.clone()]).collect();
            prop_assert_eq!(split, expected);
            prop_assert!(max_lines(&s) >= plain.len());
            for (k, line) in plain.iter().enumerate() {
                let before = k.checked_sub(1).map(|j| plain[j].clone());
                prop_assert_eq!(line_before(&s, line.start), before);
                for at in line.clone() {
                    prop_assert_eq!(line_around(&s, at), line.clone());
                }
            }
        }
    }
}
