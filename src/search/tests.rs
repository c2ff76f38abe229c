use super::*;
use crate::layout::{Ambiguous, ArticleLayout, PieceKind};

fn pieces(texts: &[&str]) -> Vec<Piece> {
    texts
        .iter()
        .map(|t| Piece {
            kind: PieceKind::Paragraph,
            text: (*t).to_string(),
        })
        .collect()
}

fn found<'a>(p: &'a [Piece], query: &str) -> Vec<&'a str> {
    SearchIndex::new(p, false)
        .find(p, query)
        .into_iter()
        .map(|m| &p[m.piece].text[m.range])
        .collect()
}

#[test]
fn finds_every_match_in_reading_order() {
    let p = pieces(&["中亚峰会在阿斯塔纳举行。", "中国—中亚合作，中亚国家"]);
    let idx = SearchIndex::new(&p, false);
    let m = idx.find(&p, "中亚");
    assert_eq!(m.len(), 3);
    assert_eq!(
        m[0],
        Match {
            piece: 0,
            range: 0..6
        }
    );
    assert_eq!(m[1].piece, 1);
    assert!(
        m.windows(2)
            .all(|w| (w[0].piece, w[0].range.start) < (w[1].piece, w[1].range.start))
    );
}

#[test]
fn folds_width_case_space_and_radicals() {
    let p = pieces(&[
        "ＧＤＰ增长５．２％",
        "6 月 17 日",
        "⽇本⼤学",
        "Ａpple and APPLE",
    ]);
    assert_eq!(found(&p, "gdp增长5.2%"), ["ＧＤＰ增长５．２％"]);
    assert_eq!(found(&p, "6月17日"), ["6 月 17 日"]);
    assert_eq!(found(&p, "日本大学"), ["⽇本⼤学"]);
    assert_eq!(found(&p, "apple"), ["Ａpple", "APPLE"]);
    assert_eq!(
        found(&p, "APPLE"),
        ["APPLE"],
        "a capital makes the search case-sensitive"
    );
}

#[test]
fn a_match_never_spans_two_pieces() {
    let p = pieces(&["合作", "共赢"]);
    assert!(found(&p, "作共").is_empty());
}

#[test]
fn empty_and_space_queries_find_nothing() {
    let p = pieces(&["中 亚"]);
    assert!(found(&p, "").is_empty());
    assert!(found(&p, "  ").is_empty());
}

#[test]
fn a_match_over_two_wrapped_rows_is_split_between_them() {
    let p = pieces(&["一二三四五六七八九十"]);
    let layout = ArticleLayout::new(&p, 10, Ambiguous::Narrow);
    let matches = SearchIndex::new(&p, false).find(&p, "三四五");
    // Row 0 holds the indent and 一二三, row 1 四五六七八.
    let row0: Vec<_> = in_row(&matches, 0, &layout.rows[0].range).collect();
    let row1: Vec<_> = in_row(&matches, 0, &layout.rows[1].range).collect();
    assert_eq!(row0, [(0, 6..9)]);
    assert_eq!(row1, [(0, 9..15)]);
    assert_eq!(&p[0].text[6..9], "三");
    assert_eq!(&p[0].text[9..15], "四五");
}

#[test]
fn traditional_and_simplified_match_when_asked() {
    let p = pieces(&["中国同中亚国家的合作", "發展中國家"]);
    let on = SearchIndex::new(&p, true);
    let off = SearchIndex::new(&p, false);
    assert_eq!(on.find(&p, "中國").len(), 2);
    assert_eq!(on.find(&p, "发展").len(), 1);
    assert_eq!(off.find(&p, "中國").len(), 1);
    let m = &on.find(&p, "發展中国")[0];
    assert_eq!(&p[m.piece].text[m.range.clone()], "發展中國");
}
