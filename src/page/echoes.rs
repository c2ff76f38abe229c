//! Pull quotes that extraction wove into running text. A pull quote (or a ■ summary
//! box) repeats a sentence of its article in large type beside the columns; pdftotext,
//! ordering by position, can print its lines between the lines of the column next to
//! it, one or a few at a time. Such lines give themselves away: each is found word for
//! word elsewhere on the page, and one line's repeated text goes on where the
//! previous line's stopped. Followed that way, they come back in order as one
//! paragraph, and the column they were woven into reads on without them.

use rustc_hash::FxHashMap;

use super::lines::Line;
use super::units::{Unit, UnitKind, join_lines};

/// Fewest characters a line needs for its repeat elsewhere to mean anything.
const MIN_CHARS: usize = 6;
/// Fewest lines a woven pull quote has: two lines may repeat a stock phrase.
const MIN_LINES: usize = 3;
/// Bits of the filter that most positions of the page fail.
const FILTER_BITS: u32 = 16;

/// Takes the lines of woven pull quotes out of `lines`: the lines left, and a
/// paragraph for each quote, its text in order.
pub fn take_woven_quotes(lines: Vec<Line<'_>>) -> (Vec<Line<'_>>, Vec<Unit>) {
    let quotes = woven_quotes(&lines);
    if quotes.is_empty() {
        return (lines, Vec::new());
    }
    let mut taken = vec![false; lines.len()];
    let units = quotes
        .iter()
        .map(|quote| {
            let text = join_lines(quote.iter().map(|&i| &*lines[i].text));
            let src = quote.iter().map(|&i| lines[i].src).min().unwrap_or(0);
            let mut unit = Unit::new(UnitKind::Paragraph, text, src);
            unit.pull_quote = true;
            unit.width = lines[quote[0]].width;
            for &i in quote {
                taken[i] = true;
            }
            unit
        })
        .collect();
    let left = lines
        .into_iter()
        .zip(taken)
        .filter_map(|(line, taken)| (!taken).then_some(line))
        .collect();
    (left, units)
}

/// The pull quotes woven into `lines`: for each, the indices of its lines in the
/// order of the text they repeat. Lines of a quote printed together, one after
/// another, are not woven and are left where they are.
pub fn woven_quotes(lines: &[Line]) -> Vec<Vec<usize>> {
    let repeats = find_repeats(lines);
    if repeats.iter().all(Vec::is_empty) {
        return Vec::new();
    }
    // Lines by where a repeat of theirs starts, to find the line that goes on from
    // another.
    let mut starting_at: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (i, found) in repeats.iter().enumerate() {
        for &at in found {
            starting_at.entry(at).or_default().push(i);
        }
    }
    // Every line that repeats what follows one of a line's repeats; the nearest
    // pairs are linked first, each line to one line before and one after.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (a, found) in repeats.iter().enumerate() {
        let len = quoted(&lines[a].text).len();
        for at in found {
            let Some(bs) = starting_at.get(&(at + len)) else {
                continue;
            };
            pairs.extend(bs.iter().filter(|&&b| b != a).map(|&b| (a, b)));
        }
    }
    pairs.sort_unstable_by_key(|&(a, b)| (a.abs_diff(b), a, b));
    let mut next = vec![None; lines.len()];
    let mut has_prev = vec![false; lines.len()];
    for (a, b) in pairs {
        if next[a].is_none() && !has_prev[b] {
            next[a] = Some(b);
            has_prev[b] = true;
        }
    }
    // Each line has one link in and one out at most, so a chain from a line with no
    // link in never comes back on itself.
    let mut quotes = Vec::new();
    for start in (0..lines.len()).filter(|&i| next[i].is_some() && !has_prev[i]) {
        let mut chain = vec![start];
        let mut at = start;
        while let Some(b) = next[at] {
            chain.push(b);
            at = b;
        }
        if chain.len() >= MIN_LINES && is_woven(&chain) {
            quotes.push(chain);
        }
    }
    quotes
}

/// The text of a line that a quote repeats: without a lead-in mark (■, ●), which
/// the quote adds.
fn quoted(text: &str) -> &str {
    text.trim_start_matches(['■', '□', '●', '◆', '▲', ' ', '\u{3000}'])
}

/// Most lines apart that two lines of one woven stretch of a quote stand.
const WEAVE_GAP: usize = 4;

/// Are the lines of `chain` woven between other lines: in some stretch of three or
/// more of them printed near each other, do other lines stand between them (a third
/// as many at least)? A quote printed whole has its lines one after another; a line
/// of it repeated far away does not make it woven.
fn is_woven(chain: &[usize]) -> bool {
    let mut sorted = chain.to_vec();
    sorted.sort_unstable();
    let mut start = 0;
    for k in 1..=sorted.len() {
        if k == sorted.len() || sorted[k] - sorted[k - 1] > WEAVE_GAP {
            let stretch = &sorted[start..k];
            let others = stretch[stretch.len() - 1] - stretch[0] + 1 - stretch.len();
            if stretch.len() >= MIN_LINES && others * 3 >= stretch.len() {
                return true;
            }
            start = k;
        }
    }
    false
}

/// Most places a line's text is found again, besides the line itself, for it to be a
/// quote's: text printed more often is stock (a slogan, a page repeated in a file).
const MAX_REPEATS: usize = 4;

/// One text that lines print, and where on the page it was found.
#[derive(Default)]
struct Printed<'a> {
    /// The text (see [`quoted`]).
    text: &'a str,
    /// The lines that print it.
    lines: Vec<usize>,
    /// Where it was found, the lines' own places included.
    found: Vec<usize>,
    /// Found more often than a quote's text is.
    stock: bool,
}

/// For each line, where on the page (byte offsets into the lines' texts laid end to
/// end) its text (see [`quoted`]) is found again, away from the line itself.
///
/// The page is looked at every [`STEP`] bytes only: each text is keyed by its bytes
/// at each of the first [`STEP`] offsets, so that any occurrence of it has one of its
/// keys at a position looked at.
fn find_repeats(lines: &[Line]) -> Vec<Vec<usize>> {
    let mut page = String::with_capacity(lines.iter().map(|l| l.text.len()).sum());
    let mut starts = Vec::with_capacity(lines.len());
    for line in lines {
        starts.push(page.len());
        page.push_str(&line.text);
    }
    // Each text once, however many lines print it.
    let mut ids: FxHashMap<&str, usize> = FxHashMap::default();
    let mut texts: Vec<Printed> = Vec::new();
    let mut keyed: FxHashMap<u64, Vec<(usize, usize)>> = FxHashMap::default();
    let mut filter = vec![0u64; 1 << (FILTER_BITS - 6)];
    for (i, line) in lines.iter().enumerate() {
        let text = quoted(&line.text);
        if text.len() < STEP + KEY_BYTES || text.chars().count() < MIN_CHARS {
            continue;
        }
        let id = *ids.entry(text).or_insert_with(|| {
            for offset in 0..STEP {
                let key = key_at(text.as_bytes(), offset);
                keyed.entry(key).or_default().push((texts.len(), offset));
                let bit = filter_bit(key);
                filter[bit / 64] |= 1 << (bit % 64);
            }
            texts.push(Printed {
                text,
                ..Printed::default()
            });
            texts.len() - 1
        });
        texts[id].lines.push(i);
    }
    let mut repeats = vec![Vec::new(); lines.len()];
    if texts.is_empty() {
        return repeats;
    }
    let bytes = page.as_bytes();
    for pos in (0..bytes.len().saturating_sub(KEY_BYTES - 1)).step_by(STEP) {
        let key = key_at(bytes, pos);
        let bit = filter_bit(key);
        if filter[bit / 64] & (1 << (bit % 64)) == 0 {
            continue;
        }
        let Some(candidates) = keyed.get(&key) else {
            continue;
        };
        for &(id, offset) in candidates {
            let Some(from) = pos.checked_sub(offset) else {
                continue;
            };
            let entry = &mut texts[id];
            if !entry.stock && bytes[from..].starts_with(entry.text.as_bytes()) {
                entry.found.push(from);
                entry.stock = entry.found.len() > MAX_REPEATS + 1;
            }
        }
    }
    for entry in texts.iter().filter(|t| !t.stock) {
        for &i in &entry.lines {
            let (own, own_end) = (starts[i], starts[i] + lines[i].text.len());
            repeats[i] = entry
                .found
                .iter()
                .copied()
                .filter(|&from| from >= own_end || from + entry.text.len() <= own)
                .collect();
        }
    }
    repeats
}

/// Bytes a key is made of.
const KEY_BYTES: usize = 8;
/// Bytes between the page positions looked at.
const STEP: usize = 8;

/// The key of the [`KEY_BYTES`] bytes at `at`.
fn key_at(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; KEY_BYTES];
    word.copy_from_slice(&bytes[at..at + KEY_BYTES]);
    u64::from_le_bytes(word)
}

/// The filter bit of a key.
fn filter_bit(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<Line<'static>> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Line::new(Box::leak(t.to_string().into_boxed_str()), i, false))
            .collect()
    }

    #[test]
    fn a_quote_woven_into_a_column_comes_back_in_order() {
        let page = lines(&[
            "今年以来，各地推动消费品",
            "政策支持贵在精准发力。", // the quote's second line
            "以旧换新，市场活力不断释",
            "政策支持不是大水漫灌，", // its first line
            "放，消费新风扑面而来。",
            "既要瞄准真实需求，", // its third line
            "其中绿色家电卖得最好。",
            // The sentence the quote repeats, in the next column.
            "放。政策支持不是大水漫灌，",
            "政策支持贵在精准发力。既要瞄",
            "准真实需求，找准着力点。",
        ]);
        assert_eq!(woven_quotes(&page), vec![vec![3, 1, 5]]);
    }

    #[test]
    fn a_quote_printed_whole_stays_and_stock_phrases_are_no_quote() {
        let page = lines(&[
            "政策支持不是大水漫灌，",
            "政策支持贵在精准发力。",
            "既要瞄准真实需求。",
            "放。政策支持不是大水漫灌，",
            "政策支持贵在精准发力。既要瞄",
            "准真实需求，找准着力点。",
        ]);
        assert!(woven_quotes(&page).is_empty());
        // Two lines repeating a phrase, with a line between: too few to be a quote.
        let page = lines(&[
            "新时代中国特色社会",
            "各地推进改革",
            "主义思想为指导",
            "坚持新时代中国特色社会主义思想为指导",
        ]);
        assert!(woven_quotes(&page).is_empty());
    }

    proptest::proptest! {
        /// Taking quotes out loses and adds nothing, whatever repeats the lines hold
        /// (a small alphabet makes repeats and chains common).
        #[test]
        fn taking_quotes_conserves_the_text(texts in proptest::collection::vec("[政策支持发力，。]{0,12}", 0..40)) {
            let page = lines(&texts.iter().map(String::as_str).collect::<Vec<_>>());
            let count = |s: &str| {
                let mut chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
                chars.sort_unstable();
                chars
            };
            let before = count(&texts.concat());
            let (left, quotes) = take_woven_quotes(page);
            let after: String = left
                .iter()
                .map(|l| l.text.to_string())
                .chain(quotes.iter().map(|u| u.text.clone()))
                .collect();
            proptest::prop_assert_eq!(count(&after), before);
        }
    }
}
