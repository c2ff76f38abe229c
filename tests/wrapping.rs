//! Properties of the line breaker over random Chinese and Latin text at widths 2..200:
//! no line wider than the width, no forbidden start or end, the lines join back to
//! exactly the paragraph.

use dubao::layout::Ambiguous;
use dubao::layout::wrap::{is_no_end, is_no_start, wrap};
use proptest::prelude::*;

/// A token of running text: a Han word, a Latin word, a number, a mark.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[中国亚合作经济发展城市居民记者报告新华社北京日月年的了在和与]{1,6}",
        1 => "[A-Za-z]{1,10}",
        1 => "[0-9]{1,4}(\\.[0-9]{1,2})?%?",
        2 => prop::sample::select(vec!["，", "。", "、", "：", "；", "！", "？", "……", "——", "·"]).prop_map(String::from),
        1 => prop::sample::select(vec!["“", "”", "《", "》", "（", "）", "「", "」", "‘", "’"]).prop_map(String::from),
        1 => Just(" ".to_string()),
    ]
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 1..80).prop_map(|t| t.concat())
}

fn amb() -> impl Strategy<Value = Ambiguous> {
    prop_oneof![Just(Ambiguous::Narrow), Just(Ambiguous::Wide)]
}

/// Width of the widest grapheme-free run a line cannot be broken in: an upper bound on
/// the units the wrapper glues (words, numbers, marks glued to their neighbours).
const SAFE_WIDTH: usize = 40;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn lines_fit_join_back_and_break_by_the_rules(text in paragraph(), width in 2usize..200, amb in amb()) {
        let lines = wrap(&text, width, 0, amb);
        let mut joined = String::new();
        for (n, line) in lines.iter().enumerate() {
            let s = &text[line.range.clone()];
            joined.push_str(s);
            prop_assert!(amb.width(s.trim_end()) <= width, "line {n} {s:?} wider than {width}");
            prop_assert_eq!(amb.width(s.trim_end()), line.width);
            if width >= SAFE_WIDTH {
                if n > 0 {
                    let first = s.chars().next().unwrap();
                    prop_assert!(!is_no_start(first), "line {} starts with {:?}: {:?}", n, first, s);
                }
                if n + 1 < lines.len() {
                    let last = s.trim_end().chars().next_back().unwrap();
                    prop_assert!(!is_no_end(last), "line {} ends with {:?}: {:?}", n, last, s);
                    prop_assert!(!(s.trim_end().ends_with('—') && text[line.range.end..].starts_with('—')), "—— split");
                    prop_assert!(!(s.trim_end().ends_with('…') && text[line.range.end..].starts_with('…')), "…… split");
                }
            }
        }
        prop_assert_eq!(joined, text);
    }

    #[test]
    fn numbers_and_words_are_never_split(words in prop::collection::vec("[a-z]{1,8}|[0-9]{1,6}", 1..20), width in 10usize..60) {
        let text = words.join("中");
        for line in wrap(&text, width, 0, Ambiguous::Narrow) {
            let (start, end) = (line.range.start, line.range.end);
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            let inside_word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            prop_assert!(!(inside_word(before) && text[start..].starts_with(|c: char| c.is_ascii_alphanumeric())), "split before {start}");
            prop_assert!(!(inside_word(after) && text[..end].ends_with(|c: char| c.is_ascii_alphanumeric())), "split at {end}");
        }
    }
}
