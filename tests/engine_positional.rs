//! The engine's rules for extractions ordered by position on the page (pdftotext):
//! columns printed on one line, side headlines set a few characters to the line, a
//! headline alone between two rows of columns, justified lines, paragraphs cut by a
//! column's end.

mod typeset;

use dubao::page::BlockKind;
use typeset::{P1, P2, Q1, Q2, body, column, page, texts};

#[test]
fn columns_printed_on_one_line_are_read_column_by_column() {
    let mut lines = vec!["中国中亚合作开创区域新局面".to_string()];
    lines.extend(body(&[P1, P2]));
    lines.push(String::new());
    lines.push("老旧小区改造惠及四万余户".to_string());
    // Two columns of the second article share each line.
    let (left, right) = (body(&[Q1]), body(&[Q2]));
    for (l, r) in left.iter().zip(&right) {
        lines.push(format!("{l} {r}"));
    }
    lines.extend(right[left.len()..].iter().cloned());
    let p = page(&lines);
    let blocks: Vec<&str> = p
        .articles
        .iter()
        .flat_map(|a| &a.blocks)
        .map(|b| b.text.as_str())
        .collect();
    assert!(blocks.contains(&Q1), "{blocks:?}");
    assert!(blocks.contains(&Q2), "{blocks:?}");
}

#[test]
fn a_narrow_side_headline_is_not_the_tail_of_the_paragraph_before() {
    let mut lines = vec!["中国中亚合作开创区域新局面".to_string()];
    lines.extend(body(&[P1, P2]));
    // The column stops mid-sentence; a side headline set seven to the line follows.
    lines.pop();
    lines.push(String::new());
    lines.extend(
        [
            "湖南大力实施产",
            "业育新培强攻坚",
            "（坚定信心，打",
            "开改革发展新天",
            "地）",
        ]
        .map(String::from),
    );
    lines.push(String::new());
    lines.extend(body(&[Q1, Q2]));
    let p = page(&lines);
    let first = &p.articles[0];
    let last = first.blocks.last().expect("a body");
    assert!(!last.text.contains("湖南"), "{last:?}");
    let titled = p
        .articles
        .iter()
        .any(|a| a.title.starts_with("湖南大力实施产业育新培强攻坚"));
    let heading = p.articles.iter().flat_map(|a| &a.blocks).any(|b| {
        b.kind == BlockKind::Heading && b.text.starts_with("湖南大力实施产业育新培强攻坚")
    });
    assert!(titled || heading, "{p:#?}");
}

#[test]
fn a_headline_alone_in_the_band_between_columns_is_not_running_text() {
    let mut lines = vec!["中国中亚合作开创区域新局面".to_string()];
    lines.extend(body(&[P1, P2]));
    // The column stops mid-sentence; a headline wider than the column, without a
    // mark of running text, stands between blank lines.
    lines.pop();
    lines.push(String::new());
    lines.push("在中国式现代化新征程上挺膺担当".to_string());
    lines.push(String::new());
    lines.extend(body(&[Q1, Q2]));
    let p = page(&lines);
    let first = p.articles[0].blocks.last().expect("a body");
    assert!(!first.text.contains("挺膺担当"), "{first:?}");
    // It stands apart: a title, or a heading where assembly cannot tell.
    let apart = p.articles.iter().any(|a| {
        a.title == "在中国式现代化新征程上挺膺担当"
            || texts(a).contains(&(BlockKind::Heading, "在中国式现代化新征程上挺膺担当"))
    });
    assert!(apart, "{p:#?}");
}

#[test]
fn a_justified_line_of_running_text_is_not_large_type() {
    let mut lines = vec!["中国中亚合作开创区域新局面".to_string()];
    let mut text = column(P1, 14);
    // Justification spread the line around a number; a blank line follows the one
    // before it, as pdftotext prints at column breaks.
    text[2] = "幅 1.56%； 深 证 成 指 数 上 涨".to_string();
    text.insert(2, String::new());
    lines.extend(text);
    lines.extend(body(&[P2]));
    let p = page(&lines);
    assert_eq!(p.articles.len(), 1, "{p:#?}");
    let blocks = texts(&p.articles[0]);
    assert!(
        blocks.iter().all(|(kind, _)| *kind == BlockKind::Paragraph),
        "{blocks:?}"
    );
    assert!(
        blocks[0].1.contains("幅1.56%；深证成指数上涨"),
        "{blocks:?}"
    );
}

#[test]
fn a_sentence_ending_at_a_full_line_goes_on_where_the_column_resumes() {
    // The first sentence fills the first line and the second exactly.
    let first = "报告认为中国与中亚成为好邻居，在亚欧大陆开创新局面。";
    let rest = "中国同中亚国家经贸合作潜力不断释放，中亚好邻居共享合作新机遇，开创区域合作新局面。";
    let whole = format!("{first}{rest}");
    let typeset = column(&whole, 14);
    assert_eq!(typeset[1].chars().last(), Some('。'), "{typeset:?}");
    let mut lines = vec!["中国中亚合作开创区域新局面".to_string()];
    lines.extend(body(&[P1]));
    lines.extend(typeset[..2].iter().cloned());
    // Another article stands between the column's end and the rest of the paragraph.
    lines.push(String::new());
    lines.push("老旧小区改造惠及全市四万余户居民".to_string());
    lines.extend(body(&[Q1, Q2]));
    lines.push(String::new());
    lines.extend(typeset[2..].iter().cloned());
    let p = page(&lines);
    let a = p
        .articles
        .iter()
        .find(|a| a.title == "中国中亚合作开创区域新局面")
        .expect("the first article");
    assert!(
        texts(a).contains(&(BlockKind::Paragraph, whole.as_str())),
        "{:?}",
        texts(a)
    );
}
