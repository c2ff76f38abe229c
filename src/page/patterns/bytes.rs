//! Byte-level tests that spare the pattern checks decoding: most lines are told
//! from their first bytes.

/// The first three bytes of `bytes` as one number, if it has three: a character of
/// three bytes at the start is compared with a set of such characters in one step.
pub(super) fn key_of_three(bytes: &[u8]) -> Option<u32> {
    bytes
        .first_chunk::<3>()
        .map(|&[a, b, c]| u32::from_be_bytes([0, a, b, c]))
}

/// Keys (see [`key_of_three`]) of the characters of `chars`, each three bytes long.
pub(super) const fn three_byte_keys<const N: usize>(chars: &str) -> [u32; N] {
    let b = chars.as_bytes();
    assert!(b.len() == 3 * N);
    let mut keys = [0; N];
    let mut i = 0;
    while i < N {
        keys[i] = u32::from_be_bytes([0, b[3 * i], b[3 * i + 1], b[3 * i + 2]]);
        i += 1;
    }
    keys
}

/// The character that `bytes` open with if its first byte is E4 to E9 (U+4000 to
/// U+9FFF, which hold every CJK Unified Ideograph and no white space), decoded
/// straight from its three bytes.
pub(super) fn leading_han(bytes: &[u8]) -> Option<char> {
    match *bytes.first_chunk::<3>()? {
        [a @ 0xE4..=0xE9, b, c] => char::from_u32(
            (u32::from(a & 0x0F) << 12) | (u32::from(b & 0x3F) << 6) | u32::from(c & 0x3F),
        ),
        _ => None,
    }
}

/// Does the text of `bytes` hold 报 (E6 8A A5) or 社 (E7 A4 BE)? Their last bytes
/// are searched for with [`memchr::memchr2_iter`], a vector search, and each hit is
/// checked with the two bytes before it.
pub(super) fn holds_bao_or_she(bytes: &[u8]) -> bool {
    memchr::memchr2_iter(0xA5, 0xBE, bytes)
        .any(|at| at >= 2 && matches!(bytes[at - 2..=at], [0xE6, 0x8A, 0xA5] | [0xE7, 0xA4, 0xBE]))
}

/// Length in bytes of the UTF-8 character that `lead`, its first byte, opens (a scan
/// that stands on character boundaries steps by it).
pub(super) fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{
        ends_with_photo_credit, glued_lead_offset, is_byline, may_lead, may_open_credit, names,
        opens_caption, scan,
    };
    use super::*;
    use crate::page::text::{HanSet, TrimSpace, is_space};
    use proptest::prelude::*;

    /// [`may_lead`] as first written: the first character decoded and compared.
    fn may_lead_plain(text: &str) -> bool {
        text.starts_with([
            '本', '新', '中', '人', '央', '经', '光', '工', '科', '法', '据',
        ])
    }

    /// [`may_open_credit`] as first written: white space always trimmed.
    fn may_open_credit_plain(text: &str) -> bool {
        let openers = HanSet::new(
            super::super::BYLINE_OPENERS
                .into_iter()
                .chain(names::surname_firsts()),
        );
        text.trim_space_start()
            .chars()
            .next()
            .is_some_and(|c| matches!(c, '■' | '□' | '◆' | '●') || openers.contains(c))
    }

    /// [`is_byline`] as first written: no byte test before the trim.
    fn is_byline_plain(line: &str) -> bool {
        let t = line.trim_space();
        let opening = match t.chars().next() {
            Some('■' | '□' | '◆' | '●') => t
                .trim_start_matches(['■', '□', '◆', '●'])
                .trim_space_start()
                .starts_with(super::super::opens_byline),
            first => first.is_some_and(super::super::opens_byline),
        };
        opening
            && ["记者", "评论员", "通讯员"].iter().any(|w| t.contains(w))
            && t.chars().count() <= 40
            && !t.ends_with('摄')
            && scan::byline(t)
    }

    /// [`opens_caption`] as first written: no byte test before the trim.
    fn opens_caption_plain(line: &str) -> bool {
        let t = line.trim_space_start();
        t.starts_with(['图', '上', '下', '左', '右', '中', '（']) && scan::caption_opener(t)
    }

    /// [`ends_with_photo_credit`] as first written: always trimmed.
    fn photo_credit_plain(line: &str) -> bool {
        let t = line
            .trim_space_end()
            .trim_end_matches(['）', ')'])
            .trim_space_end();
        t.ends_with('摄') && scan::photo_credit(line.trim_space_end())
    }

    /// [`glued_lead_offset`] as first written: every byte looked at.
    fn glued_lead_offset_plain(text: &str) -> Option<usize> {
        let squash_prefix = |s: &str| s.chars().filter(|&c| !is_space(c)).collect::<String>();
        let after_first = text.chars().next()?.len_utf8();
        let bytes = text.as_bytes();
        (after_first..bytes.len()).find(|&i| {
            matches!(bytes[i], 0xE4 | 0xE6)
                && ["本报", "新华社", "中新社"]
                    .iter()
                    .any(|name| bytes[i..].starts_with(name.as_bytes()))
                && scan::lead(&squash_prefix(&text[i..])).is_some()
        })
    }

    #[test]
    fn leading_han_decodes_the_first_character() {
        assert_eq!(leading_han("本报".as_bytes()), Some('本'));
        assert_eq!(leading_han("鿿".as_bytes()), Some('鿿'));
        assert_eq!(leading_han("㐀".as_bytes()), None);
        assert_eq!(leading_han(" 本".as_bytes()), None);
        assert_eq!(leading_han(b"ab"), None);
    }

    #[test]
    fn keys_are_the_characters_bytes() {
        const KEYS: [u32; 2] = three_byte_keys("本中");
        assert_eq!(key_of_three("本报".as_bytes()), Some(KEYS[0]));
        assert_eq!(key_of_three("中".as_bytes()), Some(KEYS[1]));
        assert_eq!(key_of_three(b"ab"), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5_000))]

        #[test]
        fn leading_han_is_the_first_character(c in any::<char>(), rest in "[a中]{0,2}") {
            let text = format!("{c}{rest}");
            let first = text.as_bytes()[0];
            let want = (0xE4..=0xE9).contains(&first).then_some(c);
            prop_assert_eq!(leading_han(text.as_bytes()), want);
        }

        #[test]
        fn holds_bao_or_she_is_contains(text in "[报社本中华a 　¥¾]{0,8}") {
            let want = text.contains('报') || text.contains('社');
            prop_assert_eq!(holds_bao_or_she(text.as_bytes()), want);
        }

        #[test]
        fn utf8_len_is_the_characters_length(c in any::<char>()) {
            let mut buf = [0; 4];
            let s = c.encode_utf8(&mut buf);
            prop_assert_eq!(utf8_len(s.as_bytes()[0]), c.len_utf8());
        }

        #[test]
        fn fast_tests_agree_with_plain_ones(
            text in "[本新中人央经光工科法据王何欧阳报华社讯北京月日电记者 　■a1（）a-z一-龥]{0,16}|[ 　]?(本报|新华社|中新社)[北京上海]{0,3}[1-9]月[1-9]日电|[■ 　]{0,2}(本报|新华社|特约|首席)?(记者|评论员|通讯员) ?[王何张 ]{0,6}摄?[）) ]?|[图上中（] ?为?[王何张 ]{0,6}"
        ) {
            prop_assert_eq!(may_lead(&text), may_lead_plain(&text));
            prop_assert_eq!(is_byline(&text), is_byline_plain(&text));
            prop_assert_eq!(opens_caption(&text), opens_caption_plain(&text));
            prop_assert_eq!(ends_with_photo_credit(&text), photo_credit_plain(&text));
            prop_assert_eq!(may_open_credit(&text), may_open_credit_plain(&text));
            prop_assert_eq!(glued_lead_offset(&text), glued_lead_offset_plain(&text));
            let glued = format!("王 {text}");
            prop_assert_eq!(glued_lead_offset(&glued), glued_lead_offset_plain(&glued));
        }
    }
}
