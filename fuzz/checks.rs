//! The properties the fuzz target asserts, shared with `tests/fuzz_regressions.rs`
//! (both include this file with `#[path]`).
//!
//! Bytes are decoded as a file would be (`source::decode`, no forced encoding), parsed,
//! and every article laid out at two widths taken from the input, in both ambiguous
//! modes. Checked:
//! - conservation: every non-whitespace character of the decoded text appears in the
//!   page (kickers, titles, subtitles, bylines, blocks, unassigned) exactly as often;
//! - wrapping, on every piece and on the article layout: lines join back to the text,
//!   no line wider than its room (but a lone grapheme wider than the line), the width
//!   reported is the width measured;
//! - the clreq break rules where they can be kept (see [`Para::rule_break`]);
//! - the dumps never panic, and text and Markdown carry no control character but `\n`.
//!
//! A panic anywhere is a failure too: the fuzzer reports it, the test fails.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::fmt::Write;

use dubao::dump;
use dubao::layout::article::{Align, INDENT, INDENT_CELLS};
use dubao::layout::wrap::{is_no_end, is_no_start, is_word_char, is_word_joiner};
use dubao::layout::{Ambiguous, ArticleLayout, Piece, PieceKind, WrappedLine, pieces, wrap};
use dubao::page::{Page, parse};
use dubao::sanitize::{is_unsafe, visible};
use dubao::source::decode;
use unicode_segmentation::UnicodeSegmentation;

/// Defects of `src` the fuzzing found (all fixed), each told apart from other failures so
/// that a return of one is reported by name (see `fuzz/README.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    /// A headline part is balanced (`layout::article::balanced`) at a width narrower than
    /// one of its unbreakable runs, so the run is cut though it fits the column.
    BalancedCut,
    /// `wrap` with an indent cuts every unit wider than the first line's room, also
    /// on later lines, where it would fit.
    IndentCut,
    /// A line's width is summed over its graphemes or units, but unicode-width measures
    /// some sequences as a whole narrower (Arabic lam-alef `لا` is one cell), so the
    /// width a line says is more than the cells it takes.
    SummedWidth,
    /// A byline with no headline (a page of only `本报记者 张三`) makes an article whose
    /// title is empty, which `Article::title` says never happens.
    EmptyTitle,
}

/// Known defects still open, tolerated by the fuzz target unless `DUBAO_FUZZ_STRICT` is
/// set. None: the five the fuzzing found are fixed and their inputs are regression tests;
/// a defect found later can be listed here while its fix is under way.
pub const ALL_KNOWN: &[Known] = &[];

/// Runs the checks on one input at the widths [`widths`] takes from it. `tolerated`
/// defects are not reported.
pub fn check(data: &[u8], tolerated: &[Known]) -> Result<(), String> {
    check_at(data, &widths(data), tolerated)
}

/// Runs the checks on one input at `widths`.
pub fn check_at(data: &[u8], widths: &[usize], tolerated: &[Known]) -> Result<(), String> {
    let Some(decoded) = decode(data, None) else {
        return Ok(());
    };
    let text = decoded.text;
    let plain = std::str::from_utf8(data).ok();
    if plain.is_some_and(|s| s != text && !s.starts_with('\u{FEFF}')) {
        return Err("valid UTF-8 without BOM did not decode to itself".into());
    }
    let page = parse("fuzz", &text);
    conserved(&text, &page)?;
    if page.articles.iter().any(|a| a.title.is_empty()) && !tolerated.contains(&Known::EmptyTitle) {
        return Err("[EmptyTitle] an article has an empty title".into());
    }
    let _ = dump::json(&page);
    clean("markdown", &dump::markdown(&page))?;
    let articles: Vec<Vec<Piece>> = page.articles.iter().map(pieces).collect();
    let texts: Vec<Vec<Para>> = articles
        .iter()
        .map(|a| a.iter().map(|p| Para::new(&p.text)).collect())
        .collect();
    let unassigned: Vec<String> = page.unassigned.iter().map(|u| visible(u).into()).collect();
    for &width in widths {
        for amb in [Ambiguous::Narrow, Ambiguous::Wide] {
            let c = Checker {
                tolerated,
                width,
                amb,
            };
            for (n, (pieces, texts)) in articles.iter().zip(&texts).enumerate() {
                c.article(pieces, texts)
                    .map_err(|e| format!("article {n}, width {width}, {amb:?}: {e}"))?;
            }
            for u in &unassigned {
                let t = Para::new(u);
                c.lines(&t, 0, &wrap(u, width, 0, amb), false)
                    .map_err(|e| format!("unassigned, width {width}, {amb:?}: {e}"))?;
            }
            text_dump(&page, width, amb)?;
        }
    }
    Ok(())
}

/// Two widths in 2..120 from the last bytes of the input: the fuzzer steers them.
pub fn widths(data: &[u8]) -> [usize; 2] {
    let byte = |k: usize| {
        data.len()
            .checked_sub(k)
            .map_or(0, |i| usize::from(data[i]))
    };
    [2 + byte(1) % 118, 2 + (byte(2) + data.len()) % 118]
}

fn counts(pieces: &[&str]) -> BTreeMap<char, usize> {
    let mut m = BTreeMap::new();
    for c in pieces
        .iter()
        .flat_map(|s| s.chars())
        .filter(|c| !c.is_whitespace())
    {
        *m.entry(c).or_insert(0) += 1;
    }
    m
}

/// Every non-whitespace character of the text is in the page as often as in the text.
fn conserved(text: &str, page: &Page) -> Result<(), String> {
    let mut out: Vec<&str> = Vec::new();
    for a in &page.articles {
        out.extend(a.kicker.as_deref());
        out.push(&a.title);
        out.extend(a.subtitle.as_deref());
        out.extend(a.byline.as_deref());
        out.extend(a.blocks.iter().map(|b| b.text.as_str()));
    }
    out.extend(page.unassigned.iter().map(String::as_str));
    let (input, output) = (counts(&[text]), counts(&out));
    if input == output {
        return Ok(());
    }
    let mut diff = String::new();
    for c in input.keys().chain(output.keys()) {
        let (i, o) = (input.get(c), output.get(c));
        if i != o && !diff.contains(&format!("{c:?}:")) {
            let _ = write!(
                diff,
                " {c:?}: {} in, {} out;",
                i.unwrap_or(&0),
                o.unwrap_or(&0)
            );
        }
    }
    Err(format!("characters not conserved:{diff}"))
}

/// A dump shows no control character but `\n`.
fn clean(name: &str, out: &str) -> Result<(), String> {
    match out.chars().find(|&c| c != '\n' && is_unsafe(c)) {
        Some(c) => Err(format!("{name} dump holds control character {c:?}")),
        None => Ok(()),
    }
}

/// The text dump: no control character, no line wider than the width but one holding a
/// lone grapheme, or, at widths up to the indent's, an indented first line holding one
/// cell (`wrap` leaves a first line at least one cell, however wide the indent).
fn text_dump(page: &Page, width: usize, amb: Ambiguous) -> Result<(), String> {
    let txt = dump::text(page, width, amb);
    clean("text", &txt)?;
    for line in txt.lines() {
        let content = line.trim_start_matches([' ', '\u{3000}']).trim_end();
        let lone = content.graphemes(true).nth(1).is_none();
        let tiny = width <= INDENT_CELLS && line.starts_with(INDENT) && amb.width(content) <= 1;
        if amb.width(line) > width && !lone && !tiny {
            return Err(format!("text dump line {line:?} wider than {width}"));
        }
    }
    Ok(())
}

/// A text to wrap: its graphemes, and for each ambiguous mode, measured when first
/// needed, the widths of its first and of its widest unbreakable run.
struct Para<'t> {
    text: &'t str,
    graphemes: Vec<(usize, &'t str)>,
    runs: [OnceCell<(usize, usize)>; 2],
}

impl<'t> Para<'t> {
    fn new(text: &'t str) -> Self {
        Self {
            text,
            graphemes: text.grapheme_indices(true).collect(),
            runs: [OnceCell::new(), OnceCell::new()],
        }
    }

    /// Why a line may not break before grapheme `k`, if it may not:
    /// - the next line would start with a space, or with a mark that may not start one;
    /// - the line would end (spaces aside) with an opening mark;
    /// - the break would split a dash or ellipsis run (`——`, `……`, `⸺⸺`);
    /// - the break would split a word or number: letters and digits, and the joiners
    ///   `.,:/'-+_&@#` between two of them.
    fn forbidden(&self, k: usize) -> Option<&'static str> {
        let g = &self.graphemes;
        let lead = |i: usize| g.get(i).and_then(|g| g.1.chars().next());
        let next = lead(k)?;
        if g[k].1.chars().all(char::is_whitespace) {
            return Some("starts a line with a space");
        }
        if is_no_start(next) {
            return Some("starts a line with a closing mark");
        }
        let before = self.text[..g[k].0].trim_end();
        if before.chars().next_back().is_some_and(is_no_end) {
            return Some("ends a line with an opening mark");
        }
        let prev = k.checked_sub(1).and_then(lead)?;
        if matches!(prev, '—' | '…' | '⋯' | '⸺') && next == prev {
            return Some("splits a dash or ellipsis");
        }
        let word = |i: Option<usize>| i.and_then(lead).is_some_and(is_word_char);
        let joiner = |i: usize| lead(i).is_some_and(is_word_joiner);
        if (word(Some(k - 1)) && word(Some(k)))
            || (word(Some(k - 1)) && joiner(k) && word(Some(k + 1)))
            || (joiner(k - 1) && word(k.checked_sub(2)) && word(Some(k)))
        {
            return Some("splits a word or number");
        }
        None
    }

    /// The first break between `lines` that the rules forbid: its byte and why.
    fn rule_break(&self, lines: &[WrappedLine]) -> Option<(usize, &'static str)> {
        for line in lines.iter().skip(1) {
            let at = line.range.start;
            let Ok(k) = self.graphemes.binary_search_by_key(&at, |g| g.0) else {
                return Some((at, "splits a grapheme"));
            };
            if let Some(why) = self.forbidden(k) {
                return Some((at, why));
            }
        }
        None
    }

    /// Widths of the first and the widest run between the places the rules allow a
    /// break, trailing spaces not counted: if the first fits the first line and every
    /// other a line, some breaking keeps every rule. A run is measured both whole and
    /// grapheme by grapheme and the larger taken, so that no way of measuring finds it
    /// wider.
    fn runs(&self, amb: Ambiguous) -> (usize, usize) {
        *self.runs[usize::from(amb == Ambiguous::Wide)].get_or_init(|| {
            let mut cuts: Vec<usize> = (1..self.graphemes.len())
                .filter(|&k| self.forbidden(k).is_none())
                .collect();
            cuts.insert(0, 0);
            cuts.push(self.graphemes.len());
            let widths: Vec<usize> = cuts
                .windows(2)
                .map(|w| {
                    let mut run = &self.graphemes[w[0]..w[1]];
                    while let [rest @ .., last] = run
                        && last.1.chars().all(char::is_whitespace)
                    {
                        run = rest;
                    }
                    let shown: String = run.iter().map(|g| g.1).collect();
                    let by_grapheme: usize = run.iter().map(|g| amb.width(g.1)).sum();
                    amb.width(&shown).max(by_grapheme)
                })
                .collect();
            (
                widths.first().copied().unwrap_or(0),
                widths.iter().copied().max().unwrap_or(0),
            )
        })
    }
}

/// The checks at one width and ambiguous mode.
struct Checker<'a> {
    tolerated: &'a [Known],
    width: usize,
    amb: Ambiguous,
}

impl Checker<'_> {
    /// `e`, unless it is a known defect that is tolerated.
    fn known(&self, k: Known, e: &str) -> Result<(), String> {
        if self.tolerated.contains(&k) {
            Ok(())
        } else {
            Err(format!("[{k:?}] {e}"))
        }
    }

    /// `lines` wrapped from `t` with `indent` (or, `balanced`, the rows the article
    /// layout made of a headline part) cover it, fit, say their width and keep the rules
    /// wherever they can be kept.
    fn lines(
        &self,
        t: &Para,
        indent: usize,
        lines: &[WrappedLine],
        balanced: bool,
    ) -> Result<(), String> {
        let first_room = self.width.saturating_sub(indent).max(1);
        let room = self.width.max(1);
        self.fitted(t.text, lines, first_room, room)?;
        let Some((at, why)) = t.rule_break(lines) else {
            return Ok(());
        };
        let (first_run, widest) = t.runs(self.amb);
        if first_run > first_room || widest > room {
            return Ok(()); // No breaking keeps the rules: a run is wider than its line.
        }
        let e = format!("break at byte {at} {why} in {:?}, indent {indent}", t.text);
        if balanced {
            // Balanced at a narrower width: the widest row tells how narrow at least.
            let narrowed = lines.iter().map(|l| l.width).max().unwrap_or(0);
            if widest > narrowed {
                return self.known(Known::BalancedCut, &e);
            }
        } else if widest > first_room {
            return self.known(Known::IndentCut, &e);
        }
        Err(e)
    }

    /// The layout of one article: rows cover their pieces, fit and say their width; a
    /// headline part's balanced rows keep the rules, a body piece's rows are its `wrap`;
    /// each piece's own `wrap`, with and without indent, keeps the rules.
    fn article(&self, pieces: &[Piece], texts: &[Para]) -> Result<(), String> {
        let (width, amb) = (self.width, self.amb);
        let layout = ArticleLayout::new(pieces, width, amb);
        for (i, (piece, t)) in pieces.iter().zip(texts).enumerate() {
            let indent = if piece.kind == PieceKind::Paragraph {
                INDENT_CELLS
            } else {
                0
            };
            let mut rows = Vec::new();
            for (r, row) in layout.rows.iter().enumerate() {
                if row.piece != i || row.is_blank() {
                    continue;
                }
                let (indented, shown) = layout.row_text(pieces, r);
                let indent_cells = if indented { INDENT_CELLS } else { 0 };
                let said = row.width.saturating_sub(indent_cells);
                self.measured(shown, said, || format!("row {r} {shown:?}"))?;
                if row.pad + row.width > width.max(row.width) {
                    return Err(format!("row {r} {shown:?} padded past the width"));
                }
                if indented != (indent > 0 && rows.is_empty()) {
                    return Err(format!("row {r} {shown:?} indented wrongly"));
                }
                rows.push(WrappedLine {
                    range: row.range.clone(),
                    width: said,
                });
            }
            let kind = piece.kind;
            let flat = wrap(t.text, width, 0, amb);
            if kind.align() == Align::Centre {
                self.lines(t, 0, &rows, true)
                    .map_err(|e| format!("{kind:?} rows: {e}"))?;
            } else if indent == 0 && rows != flat {
                return Err(format!("{kind:?} rows are not its wrap"));
            }
            self.lines(t, 0, &flat, false)
                .map_err(|e| format!("{kind:?} wrap: {e}"))?;
            if indent > 0 {
                let indented = wrap(t.text, width, indent, amb);
                if rows != indented {
                    return Err(format!("{kind:?} rows are not its wrap with indent"));
                }
                self.lines(t, indent, &indented, false)
                    .map_err(|e| format!("{kind:?} wrap with indent: {e}"))?;
            }
        }
        Ok(())
    }

    /// The lines cover `text` in order, each fits its room (the first `first_room`, the
    /// others `room`) but a lone grapheme wider than it, and says its own width.
    fn fitted(
        &self,
        text: &str,
        lines: &[WrappedLine],
        first_room: usize,
        room: usize,
    ) -> Result<(), String> {
        let mut at = 0;
        for (n, line) in lines.iter().enumerate() {
            if line.range.start != at || line.range.end <= at || line.range.end > text.len() {
                return Err(format!(
                    "line {n} {:?} does not follow byte {at}",
                    line.range
                ));
            }
            let Some(s) = text.get(line.range.clone()) else {
                return Err(format!("line {n} {:?} cuts a character", line.range));
            };
            at = line.range.end;
            let shown = s.trim_end();
            self.measured(shown, line.width, || format!("line {n} {s:?}"))?;
            let cells = self.amb.width(shown);
            let fits = if n == 0 { first_room } else { room };
            if cells > fits && shown.graphemes(true).nth(1).is_some() {
                return Err(format!(
                    "line {n} {s:?} is {cells} cells, wider than {fits}"
                ));
            }
        }
        if at != text.len() {
            return Err(format!("lines end at byte {at} of {}", text.len()));
        }
        Ok(())
    }

    /// The width `said` of `shown` is the cells it takes. A mismatch is
    /// [`Known::SummedWidth`] if `said` lies between the width of the whole and the sum
    /// of its graphemes' widths.
    fn measured(&self, shown: &str, said: usize, what: impl Fn() -> String) -> Result<(), String> {
        let whole = self.amb.width(shown);
        if whole == said {
            return Ok(());
        }
        let e = format!("{} is {whole} cells, says {said}", what());
        let by_grapheme: usize = shown.graphemes(true).map(|g| self.amb.width(g)).sum();
        if (whole.min(by_grapheme)..=whole.max(by_grapheme)).contains(&said) {
            self.known(Known::SummedWidth, &e)
        } else {
            Err(e)
        }
    }
}
