//! Tests of reading and decoding pages.

use super::*;

#[test]
fn utf8_with_and_without_bom() {
    assert_eq!(decode("读报".as_bytes(), None).unwrap().text, "读报");
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice("读报".as_bytes());
    assert_eq!(decode(&bom, None).unwrap().text, "读报");
}

#[test]
fn only_text_that_needs_no_decoding_is_used_in_place() {
    let text = "读报".as_bytes();
    assert_eq!(plain_utf8(text, None), Some("读报"));
    assert_eq!(plain_utf8(text, Some(encoding_rs::GBK)), None);
    assert_eq!(plain_utf8(b"\xEF\xBB\xBF\xE8\xAF\xBB", None), None);
    assert_eq!(plain_utf8(b"\xE8\xAF", None), None);
    assert_eq!(plain_utf8(b"%PDF-1.7", None), None);
}

#[test]
fn utf16_with_bom() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in "读报".encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let t = decode(&bytes, None).unwrap();
    assert_eq!(t.text, "读报");
    assert_eq!(t.encoding, "UTF-16LE");
}

#[test]
fn gbk_is_detected() {
    let text = "新华社北京2月28日电 中共中央政治局2月28日召开会议，讨论国务院拟提请第十四届全国人民代表大会第三次会议审议的《政府工作报告》稿。";
    let (bytes, _, _) = encoding_rs::GBK.encode(text);
    let t = decode(&bytes, None).unwrap();
    assert_eq!(t.text, text);
    assert_eq!(t.replaced, 0);
}

#[test]
fn damaged_utf8_stays_utf8() {
    let mut bytes = "新华社北京2月28日电 中共中央政治局召开会议，讨论政府工作报告。"
        .repeat(4)
        .into_bytes();
    bytes.insert(20, 0xFF);
    let t = decode(&bytes, None).unwrap();
    assert_eq!(t.encoding, "UTF-8");
    assert_eq!(t.replaced, 1);
}

#[test]
fn invalid_bytes_are_counted() {
    let t = decode(b"ok \xFF\xFE\xFD end", Some(encoding_rs::UTF_8)).unwrap();
    assert!(t.replaced >= 1);
    assert!(t.text.contains('\u{FFFD}'));
}

#[test]
fn binary_is_refused() {
    assert!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None).is_none());
    assert!(decode(&[0u8; 64], None).is_none());
}
