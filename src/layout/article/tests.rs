use super::*;
use crate::page::Block;

fn article() -> Article {
    Article {
        kicker: Some("引题".into()),
        title: "标题文字".into(),
        subtitle: Some("——副题".into()),
        byline: Some("本报记者 张三".into()),
        blocks: vec![
            Block::new(BlockKind::Paragraph, "一二三四五六七八九十。"),
            Block::new(BlockKind::Heading, "小标题"),
            Block::new(BlockKind::Paragraph, "甲乙丙。"),
            Block::new(BlockKind::Dateline, "（新华社电）"),
        ],
    }
}

fn texts(layout: &ArticleLayout, pieces: &[Piece]) -> Vec<String> {
    (0..layout.rows.len())
        .map(|r| {
            let (indent, text) = layout.row_text(pieces, r);
            let pad = " ".repeat(layout.rows[r].pad);
            format!("{pad}{}{text}", if indent { INDENT } else { "" })
        })
        .collect()
}

#[test]
fn pieces_come_in_reading_order() {
    let kinds: Vec<PieceKind> = pieces(&article()).iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            PieceKind::Kicker,
            PieceKind::Title,
            PieceKind::Subtitle,
            PieceKind::Byline,
            PieceKind::Paragraph,
            PieceKind::Heading,
            PieceKind::Paragraph,
            PieceKind::Dateline,
        ]
    );
}

#[test]
fn headline_centred_body_indented_dateline_right() {
    let pieces = pieces(&article());
    let layout = ArticleLayout::new(&pieces, 16, Ambiguous::Narrow);
    let got = texts(&layout, &pieces);
    assert_eq!(
        got,
        [
            "      引题",
            "    标题文字",
            "     ——副题",
            " 本报记者 张三",
            "",
            "\u{3000}\u{3000}一二三四五六",
            "七八九十。",
            "",
            "小标题",
            "\u{3000}\u{3000}甲乙丙。",
            "    （新华社电）",
        ]
    );
    assert!(layout.rows.iter().all(|r| r.pad + r.width <= 16));
}

#[test]
fn control_characters_are_shown_not_sent() {
    let mut a = article();
    a.title = "坏\x1b[2J".into();
    let p = pieces(&a);
    assert_eq!(p[1].text, "坏␛[2J");
}

#[test]
fn anchors_survive_rewrapping() {
    let pieces = pieces(&article());
    let wide = ArticleLayout::new(&pieces, 16, Ambiguous::Narrow);
    let narrow = ArticleLayout::new(&pieces, 8, Ambiguous::Narrow);
    // The row that starts with 七 at width 16.
    let row = wide
        .rows
        .iter()
        .position(|r| pieces[r.piece].text[r.range.clone()].starts_with('七'))
        .unwrap();
    let anchor = wide.anchor_of(row);
    let there = narrow.row_of(anchor);
    let r = &narrow.rows[there];
    assert_eq!(r.piece, anchor.piece);
    assert!(r.range.start <= anchor.offset && anchor.offset < r.range.end);
}

#[test]
fn blank_rows_anchor_to_the_next_text() {
    let pieces = pieces(&article());
    let layout = ArticleLayout::new(&pieces, 16, Ambiguous::Narrow);
    let blank = layout.rows.iter().position(Row::is_blank).unwrap();
    let anchor = layout.anchor_of(blank);
    assert_eq!(layout.row_of(anchor), blank + 1);
}

#[test]
fn every_anchor_maps_to_its_own_row() {
    let pieces = pieces(&article());
    for width in [1, 2, 3, 5, 8, 13, 40] {
        let layout = ArticleLayout::new(&pieces, width, Ambiguous::Narrow);
        for (n, row) in layout.rows.iter().enumerate() {
            if !row.is_blank() {
                assert_eq!(
                    layout.row_of(layout.anchor_of(n)),
                    n,
                    "width {width} row {n}"
                );
            }
        }
    }
}

#[test]
fn long_headlines_wrap_into_even_lines() {
    let mut a = article();
    a.title = "一二三四五六七八九十甲乙丙".into();
    let pieces = pieces(&a);
    let layout = ArticleLayout::new(&pieces, 24, Ambiguous::Narrow);
    let title_rows: Vec<usize> = layout
        .rows
        .iter()
        .filter(|r| r.piece == 1)
        .map(|r| r.width)
        .collect();
    assert_eq!(title_rows, [14, 12]);
}
