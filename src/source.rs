//! Reading a page: from a file, standard input or the bundled page, in UTF-8 (with or
//! without BOM), UTF-16 with BOM, GB18030/GBK or any encoding chardetng recognises,
//! or the one named on the command line. Invalid bytes decode lossily and are counted.

use std::borrow::Cow;
use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use encoding_rs::Encoding;

mod head;

pub use head::{HEAD_BYTES, Rest, load_head};

/// The page shipped inside the binary: the real page dubao is made for.
pub const BUNDLED_NAME: &str = "content/000_93aa3b5d04f4e9a6.txt";
/// Its text.
pub const BUNDLED: &str = include_str!("../content/000_93aa3b5d04f4e9a6.txt");

/// Largest page accepted, in bytes.
pub const MAX_BYTES: u64 = 200 * 1024 * 1024;

/// Where a page comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The bundled page.
    Bundled,
    /// Standard input (`-`).
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Origin {
    /// From a command-line argument: none means the bundled page, `-` standard input.
    pub fn from_arg(arg: Option<&Path>) -> Self {
        match arg {
            None => Self::Bundled,
            Some(p) if p.as_os_str() == "-" => Self::Stdin,
            Some(p) => Self::File(p.to_path_buf()),
        }
    }

    /// The name shown to the user and written as the page's source.
    pub fn name(&self) -> String {
        match self {
            Self::Bundled => BUNDLED_NAME.to_string(),
            Self::Stdin => "-".to_string(),
            Self::File(p) => p.display().to_string(),
        }
    }
}

/// A page's text, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The decoded text.
    pub text: String,
    /// Name of the encoding used.
    pub encoding: &'static str,
    /// How many malformed byte sequences were replaced with U+FFFD.
    pub replaced: usize,
}

/// Why a page could not be read. Each names the path and says what is wrong in one line.
#[derive(Debug)]
pub enum LoadError {
    /// The file does not exist.
    Missing(String),
    /// The path is a directory.
    Directory(String),
    /// The file holds binary data, not text.
    NotText(String),
    /// The file is larger than [`MAX_BYTES`].
    TooLarge(String, u64),
    /// The encoding named with `--encoding` is unknown.
    UnknownEncoding(String),
    /// Any other I/O error (permissions, a vanished terminal, …).
    Io(String, io::Error),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing(p) => write!(f, "{p}: no such file"),
            Self::Directory(p) => write!(f, "{p}: is a directory, not a page"),
            Self::NotText(p) => write!(f, "{p}: not a text file (binary data)"),
            Self::TooLarge(p, n) => {
                write!(
                    f,
                    "{p}: {} MB is more than the {} MB a page may have",
                    n >> 20,
                    MAX_BYTES >> 20
                )
            }
            Self::UnknownEncoding(e) => write!(
                f,
                "unknown encoding: {e} (try utf-8, gb18030, gbk, big5, utf-16le)"
            ),
            Self::Io(p, e) => write!(f, "{p}: {e}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// Reads and decodes the page from `origin`. `encoding` forces an encoding by its
/// WHATWG label (`gbk`, `utf-16le` …).
pub fn load(origin: &Origin, encoding: Option<&str>) -> Result<Text, LoadError> {
    let forced = forced_encoding(encoding)?;
    let name = origin.name();
    match read_bytes(origin)? {
        Cow::Borrowed(_) => Ok(Text {
            text: BUNDLED.to_string(),
            encoding: "UTF-8",
            replaced: 0,
        }),
        Cow::Owned(bytes) => decode_owned(bytes, forced).ok_or(LoadError::NotText(name)),
    }
}

/// Reads the page from `origin` and calls `f` with its text, decoded as [`load`]
/// decodes it. Valid UTF-8, the usual case, is checked in place by SIMD and never
/// copied: the text is the bytes read.
pub fn with_text<R>(
    origin: &Origin,
    encoding: Option<&str>,
    f: impl FnOnce(&str) -> R,
) -> Result<R, LoadError> {
    let forced = forced_encoding(encoding)?;
    let bytes = read_bytes(origin)?;
    if let Some(text) = plain_utf8(&bytes, forced) {
        return Ok(f(text));
    }
    let text = decode(&bytes, forced).ok_or_else(|| LoadError::NotText(origin.name()))?;
    Ok(f(&text.text))
}

/// The encoding named by `label`, if one is given.
fn forced_encoding(label: Option<&str>) -> Result<Option<&'static Encoding>, LoadError> {
    label
        .map(|label| {
            Encoding::for_label(label.as_bytes())
                .ok_or_else(|| LoadError::UnknownEncoding(label.to_string()))
        })
        .transpose()
}

/// The bytes of the page from `origin` (the bundled page's are borrowed).
fn read_bytes(origin: &Origin) -> Result<Cow<'static, [u8]>, LoadError> {
    let name = origin.name();
    match origin {
        Origin::Bundled => Ok(Cow::Borrowed(BUNDLED.as_bytes())),
        Origin::Stdin => {
            let mut buf = Vec::new();
            io::stdin()
                .take(MAX_BYTES + 1)
                .read_to_end(&mut buf)
                .map_err(|e| LoadError::Io(name.clone(), e))?;
            if buf.len() as u64 > MAX_BYTES {
                return Err(LoadError::TooLarge(name, buf.len() as u64));
            }
            Ok(Cow::Owned(buf))
        }
        Origin::File(path) => read_file(path, &name).map(Cow::Owned),
    }
}

/// The bytes as text when they need no decoding: no encoding forced, no BOM, not
/// binary, and valid UTF-8.
fn plain_utf8<'b>(bytes: &'b [u8], forced: Option<&'static Encoding>) -> Option<&'b str> {
    if forced.is_some() || Encoding::for_bom(bytes).is_some() || looks_binary(bytes) {
        return None;
    }
    simdutf8::basic::from_utf8(bytes).ok()
}

/// [`decode`] of bytes it may keep: valid UTF-8, the usual case, is not copied.
pub fn decode_owned(bytes: Vec<u8>, forced: Option<&'static Encoding>) -> Option<Text> {
    if forced.is_none() && Encoding::for_bom(&bytes).is_none() && !looks_binary(&bytes) {
        match String::from_utf8(bytes) {
            Ok(text) => {
                return Some(Text {
                    text,
                    encoding: "UTF-8",
                    replaced: 0,
                });
            }
            Err(e) => return decode(e.as_bytes(), forced),
        }
    }
    decode(&bytes, forced)
}

/// Reads a file, with the errors a user can act on told apart.
fn read_file(path: &Path, name: &str) -> Result<Vec<u8>, LoadError> {
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => LoadError::Missing(name.to_string()),
        _ => LoadError::Io(name.to_string(), e),
    })?;
    if meta.is_dir() {
        return Err(LoadError::Directory(name.to_string()));
    }
    if meta.len() > MAX_BYTES {
        return Err(LoadError::TooLarge(name.to_string(), meta.len()));
    }
    fs::read(path).map_err(|e| LoadError::Io(name.to_string(), e))
}

/// Decodes page bytes: a BOM wins, then a forced encoding, then valid UTF-8, then the
/// encoding chardetng guesses. `None` when the bytes are binary data.
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Option<Text> {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        return Some(decode_with(enc, &bytes[bom..]));
    }
    if looks_binary(bytes) {
        return None;
    }
    if let Some(enc) = forced {
        return Some(decode_with(enc, bytes));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some(Text {
            text: text.to_string(),
            encoding: "UTF-8",
            replaced: 0,
        });
    }
    // UTF-8 with a few damaged bytes stays UTF-8.
    let errors = utf8_errors(bytes);
    if errors * 200 <= bytes.len() {
        return Some(decode_with(encoding_rs::UTF_8, bytes));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
    Some(decode_with(enc, bytes))
}

/// Decodes with one encoding, counting replaced sequences.
fn decode_with(enc: &'static Encoding, bytes: &[u8]) -> Text {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    let replaced = if enc == encoding_rs::UTF_8 {
        utf8_errors(bytes)
    } else {
        text.chars().filter(|&c| c == '\u{FFFD}').count()
    };
    Text {
        text: text.into_owned(),
        encoding: enc.name(),
        replaced,
    }
}

/// Number of malformed sequences in UTF-8 bytes.
fn utf8_errors(mut bytes: &[u8]) -> usize {
    let mut n = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(_) => return n,
            Err(e) => {
                n += 1;
                let skip = e.valid_up_to() + e.error_len().unwrap_or(bytes.len() - e.valid_up_to());
                bytes = &bytes[skip.min(bytes.len())..];
            }
        }
    }
}

/// Binary data: NUL bytes or many control bytes in the first 8 KiB, or the signature
/// of a common binary format.
fn looks_binary(bytes: &[u8]) -> bool {
    const SIGNATURES: &[&[u8]] = &[
        b"\x89PNG",
        b"%PDF",
        b"\xFF\xD8\xFF",
        b"GIF8",
        b"PK\x03\x04",
        b"\x7FELF",
    ];
    if SIGNATURES.iter().any(|s| bytes.starts_with(s)) {
        return true;
    }
    let head = &bytes[..bytes.len().min(8192)];
    #[allow(clippy::naive_bytecount)] // a short head: a crate would not pay
    let nul = head.iter().filter(|&&b| b == 0).count();
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1B))
        .count();
    nul * 100 > head.len().max(1) || control * 10 > head.len().max(1)
}

#[cfg(test)]
mod tests;
