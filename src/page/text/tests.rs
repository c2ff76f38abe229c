//! Tests of the text helpers: spaces, widths, marks and titles.

use super::*;

#[test]
fn squash_removes_invented_spaces() {
    assert_eq!(squash_spaces("6 月 17 日，"), "6月17日，");
    assert_eq!(squash_spaces("“ 微 改 造 ”撬 动"), "“微改造”撬动");
    assert_eq!(squash_spaces("GDP 5.2% 增长"), "GDP 5.2%增长");
    assert_eq!(
        squash_spaces(" 山西开展“ 重大项目建设年” 行动"),
        "山西开展“重大项目建设年”行动"
    );
    assert_eq!(squash_spaces("New  York"), "New York");
}

#[test]
fn tidy_keeps_real_separators() {
    assert_eq!(tidy_spaces("本报记者 王彦雨  摄"), "本报记者 王彦雨 摄");
    assert_eq!(
        tidy_spaces("“ 微 改 造 ”撬 动“ 大 民 生 ”"),
        "“微改造”撬动“大民生”"
    );
    assert_eq!(tidy_spaces("诚 信 经 营  服 务 万 家"), "诚信经营 服务万家");
    assert_eq!(
        tidy_spaces("从“ 首个” 到“ 之最” （人民论坛）"),
        "从“首个”到“之最”（人民论坛）"
    );
    assert_eq!(tidy_spaces("上涨 贵金属"), "上涨 贵金属");
}

#[test]
fn sentence_ends() {
    assert!(ends_sentence("了清晰路径。"));
    assert!(ends_sentence("既干净又敞亮。”"));
    assert!(ends_sentence("复工开工……"));
    assert!(!ends_sentence("习近平总书记强调："));
    assert!(!ends_sentence("优化消费环境"));
}

#[test]
fn widths_in_em() {
    assert!((em_str("6月17日") - 3.8).abs() < 0.01);
    assert!((em_str("中国—中亚") - 5.0).abs() < 0.01);
}

#[test]
fn letter_spacing() {
    assert!(is_letter_spaced("“ 微 改 造 ”撬 动“ 大 民 生 ”"));
    assert!(!is_letter_spaced("6 月 17 日，习近平主席在哈萨克斯坦"));
    assert!(is_letter_spaced("诚 信 经 营  服 务 万 家"));
}

#[test]
fn white_space_is_told_from_the_bytes() {
    for c in (0..=0x0010_FFFF).filter_map(char::from_u32) {
        let alone = c.to_string();
        assert_eq!(starts_with_space(&alone), is_space(c), "{c:?}");
        assert_eq!(ends_with_space(&alone), is_space(c), "{c:?}");
        assert_eq!(starts_with_space(&format!("{c}中")), is_space(c), "{c:?}");
        assert_eq!(ends_with_space(&format!("中{c}")), is_space(c), "{c:?}");
    }
    assert!(!starts_with_space("") && !ends_with_space(""));
    assert_eq!(" \u{3000}中国 \u{a0}".trim_space(), "中国");
    assert_eq!("中国。\u{3000}".trim_space_end(), "中国。");
    assert_eq!("\u{3000}“中国”".trim_space_start(), "“中国”");
    assert_eq!("  ".trim_space(), "");
}

#[test]
fn glyphs_tell_han_by_the_first_bytes() {
    // Every character from U+4E00 to U+9FFF, and none other, is told undecoded.
    for c in (0..=0x0010_FFFF).filter_map(char::from_u32) {
        let told = glyphs(c.encode_utf8(&mut [0; 4])).next();
        let han = ('\u{4E00}'..='\u{9FFF}').contains(&c);
        assert_eq!(told, Some(if han { Glyph::Han } else { Glyph::Char(c) }));
    }
    let read: Vec<Glyph> = glyphs("a䷀中，").collect();
    assert_eq!(
        read,
        [
            Glyph::Char('a'),
            Glyph::Char('䷀'),
            Glyph::Han,
            Glyph::Char('，')
        ]
    );
}

/// [`is_letter_spaced`] as first written, decoding every character.
fn letter_spaced_by_chars(s: &str) -> bool {
    let (mut pairs, mut spaced) = (0, 0);
    let mut last_cjk: Option<char> = None;
    let mut gap = false;
    for c in s.chars() {
        if is_space(c) {
            gap = true;
            continue;
        }
        if is_han(c) || is_cjk_punct(c) {
            if last_cjk.is_some_and(|p| is_han(p) || is_han(c)) {
                pairs += 1;
                spaced += usize::from(gap);
            }
            last_cjk = Some(c);
        } else {
            last_cjk = None;
        }
        gap = false;
    }
    pairs >= 3 && spaced * 10 >= pairs * 7
}

proptest::proptest! {
    #[test]
    fn quick_tests_agree_with_decoding(s in "[a1中国〇㐀，。” \u{3000}]{0,12}") {
        proptest::prop_assert_eq!(is_letter_spaced(&s), letter_spaced_by_chars(&s));
        let last = s.chars().rev().find(|&c| !is_space(c) && !is_closing(c));
        proptest::prop_assert_eq!(ends_sentence(&s), last.is_some_and(is_sentence_final));
    }

    #[test]
    fn tidy_without_inner_spaces_only_trims(s in "[a中，。 \u{3000}]{0,10}") {
        proptest::prop_assert_eq!(tidy_spaces(&s), tidy_inner_spaces(&s, s.trim_space()));
    }
}
