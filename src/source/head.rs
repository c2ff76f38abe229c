//! Reading a big UTF-8 file in two steps for the reader: its head at once, the rest
//! when the first screen is out, so that opening a big file costs what the first page
//! costs, not what the file does.

use std::fs::File;
use std::io::{self, Read};

use super::{LoadError, Origin, Text, decode_with, load, looks_binary};

/// How much of a big file is read first. A page of a newspaper is 20–60 KB of text;
/// the head holds the first page, with room to spare, of any text whose pages have
/// headers (a text with none is read whole before its first screen).
pub const HEAD_BYTES: usize = 256 << 10;

/// The rest of a file whose head has been read.
pub struct Rest {
    file: File,
    /// Bytes left to read, as the file's size said.
    len: usize,
    /// The bytes of a character the head's end cut in two.
    carry: Vec<u8>,
    name: String,
}

impl Rest {
    /// Reads and decodes the rest; invalid bytes decode lossily, and the result tells
    /// how many sequences were replaced.
    pub fn read(mut self) -> io::Result<Text> {
        let mut bytes = self.carry;
        self.file.read_to_end(&mut bytes)?;
        Ok(match String::from_utf8(bytes) {
            Ok(text) => Text {
                text,
                encoding: "UTF-8",
                replaced: 0,
            },
            Err(e) => decode_with(encoding_rs::UTF_8, e.as_bytes()),
        })
    }

    /// How many bytes are left to read, as the file's size said when the head was read.
    pub fn remaining(&self) -> usize {
        self.len
    }

    /// The file's name, for messages.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// Reads the page from `origin` as [`load`] does, except that of a big file with no
/// forced encoding whose head is UTF-8 only the head is read: the [`Rest`] reads the
/// remainder later.
pub fn load_head(
    origin: &Origin,
    encoding: Option<&str>,
) -> Result<(Text, Option<Rest>), LoadError> {
    let Origin::File(path) = origin else {
        return load(origin, encoding).map(|t| (t, None));
    };
    let name = origin.name();
    let io_error = |e| LoadError::Io(name.clone(), e);
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    if encoding.is_some() || size <= HEAD_BYTES as u64 || size > super::MAX_BYTES {
        return load(origin, encoding).map(|t| (t, None));
    }
    let mut file = File::open(path).map_err(io_error)?;
    let mut head = Vec::with_capacity(HEAD_BYTES);
    (&mut file)
        .take(HEAD_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(io_error)?;
    // A character cut by the head's end is carried over to the rest; the head is
    // checked once, as it becomes a string.
    let carry = head.split_off(char_cut(&head));
    let text = if encoding_rs::Encoding::for_bom(&head).is_some() || looks_binary(&head) {
        None
    } else {
        String::from_utf8(head).ok()
    };
    let Some(text) = text else {
        // Not plain UTF-8: read and decode the whole file.
        return load(origin, None).map(|t| (t, None));
    };
    let len = usize::try_from(size).unwrap_or(usize::MAX) - text.len();
    let head = Text {
        text,
        encoding: "UTF-8",
        replaced: 0,
    };
    Ok((
        head,
        Some(Rest {
            file,
            len,
            carry,
            name,
        }),
    ))
}

/// Where the last, unfinished character of `bytes` starts (its length if the last
/// character is whole): the lead byte among the last three tells how long it is.
fn char_cut(bytes: &[u8]) -> usize {
    for back in 1..=bytes.len().min(3) {
        let at = bytes.len() - back;
        let b = bytes[at];
        if b & 0xC0 != 0x80 {
            let needs = match b {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            };
            return if needs > back { at } else { bytes.len() };
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("dubao-head-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    #[test]
    fn a_big_file_is_read_head_first_and_whole_after() {
        // Three-byte characters, so that the head's end cuts one in two.
        let text = "读报。\n".repeat(HEAD_BYTES / 5);
        let path = temp("big.txt", text.as_bytes());
        let (head, rest) = load_head(&Origin::File(path), None).unwrap();
        assert!(head.text.len() <= HEAD_BYTES && text.starts_with(&head.text));
        let rest = rest.expect("a big file leaves a rest").read().unwrap();
        assert_eq!(head.text + &rest.text, text);
        assert_eq!(rest.replaced, 0);
    }

    #[test]
    fn only_an_unfinished_last_character_is_carried() {
        let text = "读报a";
        assert_eq!(char_cut(text.as_bytes()), text.len());
        for cut in 1..3 {
            let bytes = &"读报".as_bytes()[..3 + cut];
            assert_eq!(char_cut(bytes), 3);
        }
        assert_eq!(char_cut(b""), 0);
    }

    #[test]
    fn small_and_non_utf8_files_are_read_whole() {
        let path = temp("small.txt", "读报".as_bytes());
        let (text, rest) = load_head(&Origin::File(path), None).unwrap();
        assert!(rest.is_none());
        assert_eq!(text.text, "读报");
        let page = "读报，新闻。\n".repeat(HEAD_BYTES / 8);
        let (gbk, _, _) = encoding_rs::GBK.encode(&page);
        let path = temp("gbk.txt", &gbk);
        let (text, rest) = load_head(&Origin::File(path), None).unwrap();
        assert!(rest.is_none());
        assert_eq!(text.encoding, "GBK");
    }

    #[test]
    fn damage_in_the_rest_is_counted() {
        let mut bytes = "读报。\n".repeat(HEAD_BYTES / 5).into_bytes();
        bytes.extend_from_slice(b"\xFF tail");
        let path = temp("damaged.txt", &bytes);
        let (_, rest) = load_head(&Origin::File(path), None).unwrap();
        assert_eq!(rest.unwrap().read().unwrap().replaced, 1);
    }
}
