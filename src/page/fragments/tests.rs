//! Tests of joining article pieces: subtitles, headline lines, cut paragraphs.

use super::home::waits_for_continuation;
use super::*;
use crate::page::units::UnitKind;

fn paragraph(text: &str, src: usize, open_end: bool) -> Unit {
    let mut unit = Unit::new(UnitKind::Paragraph, text.to_string(), src);
    unit.open_end = open_end;
    unit
}

#[test]
fn a_subtitle_printed_away_from_its_title_joins_it() {
    let unit = |kind, text: &str, src| Unit::new(kind, text.to_string(), src);
    let units = [
        unit(UnitKind::Display, "中国中亚合作开创区域新局面", 0),
        paragraph(
            "中国与中亚成为命运与共的好邻居，在亚欧大陆开创了新局面。",
            1,
            false,
        ),
        unit(UnitKind::Display, "老旧小区改造惠及四万余户", 5),
        paragraph(
            "今年以来，市委市政府从细微处着手改造老旧小区，提升城市品质。",
            6,
            false,
        ),
        unit(UnitKind::Display, "——中亚观察之三", 10),
        unit(UnitKind::Byline, "张斌", 11),
        paragraph(
            "中国同中亚国家经贸合作潜力不断释放，中亚好邻居共享新局面。",
            12,
            false,
        ),
    ];
    let (vocabulary, bigrams) = Vocabulary::sets_of(units.iter().map(|u| u.text.as_str()));
    let plan = |headline: usize, body: &[usize]| ArticlePlan {
        units: [headline].iter().chain(body).copied().collect(),
        headline: vec![headline],
        ..ArticlePlan::default()
    };
    let plans = vec![plan(0, &[1]), plan(2, &[3]), plan(4, &[5, 6])];
    let plans = join_pieces(&units, &vocabulary, &bigrams, plans, &[], &[]);
    assert_eq!(plans.len(), 2);
    // The subtitle joins the title it shares words with; the byline stands with
    // them, before the body.
    assert_eq!(plans[0].headline, [0, 4]);
    assert_eq!(plans[0].units, [0, 4, 5, 1, 6]);
    assert_eq!(plans[1].units, [2, 3]);
}

#[test]
fn a_headline_line_moves_with_the_line_that_wraps_from_it() {
    let display = |text: &str, src, wraps_prev| {
        let mut unit = Unit::new(UnitKind::Display, text.to_string(), src);
        unit.wraps_prev = wraps_prev;
        unit
    };
    let units = [
        display("甲地召开工作推进会", 0, false),
        // Another article's title printed with this headline, wrapped in two.
        display("乙地开展重大项目建设年行动（坚定", 1, false),
        display("信心，创造新奇迹）", 2, true),
        paragraph(
            "甲地召开工作推进会，部署全年工作。甲地工作推进会要求抓好落实。",
            3,
            false,
        ),
        paragraph(
            "乙地开展重大项目建设年行动，重大项目建设年行动全面铺开。",
            9,
            false,
        ),
    ];
    let (_, bigrams) = Vocabulary::sets_of(units.iter().map(|u| u.text.as_str()));
    let mut plans = vec![
        ArticlePlan {
            units: vec![0, 1, 2, 3],
            headline: vec![0, 1, 2],
            ..ArticlePlan::default()
        },
        ArticlePlan {
            units: vec![4],
            ..ArticlePlan::default()
        },
    ];
    rehome_headline_lines(&units, &bigrams, &mut plans);
    assert_eq!(plans[0].headline, [0]);
    assert_eq!(plans[1].headline, [1, 2]);
    assert_eq!(plans[1].units, [1, 2, 4]);
}

#[test]
fn an_article_cut_mid_sentence_waits_for_what_follows() {
    let units = [
        paragraph("甲地推进合作发展，各方", 0, true),
        paragraph("乙地推进合作发展。", 5, false),
        paragraph("纷纷点赞。", 9, false),
    ];
    let plan = |i: usize| ArticlePlan {
        units: vec![i],
        ..ArticlePlan::default()
    };
    // The first article stops mid-sentence before the piece; the second is whole.
    assert!(waits_for_continuation(&units, Some(&plan(0)), 9));
    assert!(!waits_for_continuation(&units, Some(&plan(1)), 9));
    // A piece printed before the cut paragraph does not continue it.
    assert!(!waits_for_continuation(&units, Some(&plan(0)), 0));
    assert!(!waits_for_continuation(&units, None, 9));
}

#[test]
fn a_number_set_apart_from_its_sentence_goes_back_into_it() {
    let display = |text: &str, src| Unit::new(UnitKind::Display, text.to_string(), src);
    let mut next = paragraph("工企业数字化研发设计工具普及率达到九成。", 3, false);
    next.continues = true;
    let units = vec![
        paragraph("工业和信息化部印发实施方案，提出到", 0, true),
        display("2027", 1),
        display("年，重点轻", 2),
        next,
    ];
    let lifted = lift_wedged(units);
    assert!(lifted.floating.is_empty());
    assert_eq!(lifted.main, 1);
    assert_eq!(
        lifted.units[0].text,
        "工业和信息化部印发实施方案，提出到2027年，重点轻工企业数字化研发设计工具普及率达到九成。"
    );
    assert!(!lifted.units[0].open_end);
}

#[test]
fn a_headline_wedged_into_a_sentence_is_lifted_out() {
    let display = |text: &str, src| Unit::new(UnitKind::Display, text.to_string(), src);
    let mut next = paragraph("设计工具普及率达到九成。", 2, false);
    next.continues = true;
    let units = vec![
        paragraph("工业和信息化部印发实施方案，提出重点轻工企业", 0, true),
        display("轻工业数字化转型实施方案印发", 1),
        next,
    ];
    let lifted = lift_wedged(units);
    assert_eq!(lifted.floating, [vec![1]]);
    assert_eq!(lifted.hosts, [0]);
    assert_eq!(
        lifted.units[0].text,
        "工业和信息化部印发实施方案，提出重点轻工企业设计工具普及率达到九成。"
    );
}

/// A commentary titled `从“首个”到“之最”` and a brief whose text is followed by the
/// commentary's later columns; `cut` makes one of those stop mid-sentence.
fn band_page(cut: bool) -> (Vec<Unit>, Vec<ArticlePlan>) {
    let display = |text: &str, src| Unit::new(UnitKind::Display, text.to_string(), src);
    let units = vec![
        display("从“首个”到“之最”（人民论坛）", 0),
        paragraph("时间坐标轴连接起“首个”与“之最”，就是发展史。", 1, false),
        display("轻工业数字化转型实施方案印发", 10),
        paragraph("轻工业是我国国民经济的传统优势产业。", 11, false),
        paragraph("保持锐意进取，于无路处闯新路，永无止境。", 20, false),
        paragraph("同样，“首个”与“之最”持续涌现，离不开良好生态", 21, cut),
        paragraph("培土施肥，才会有万木竞秀。", 30, false),
    ];
    let plans = vec![
        ArticlePlan {
            units: vec![0, 1],
            headline: vec![0],
            ..ArticlePlan::default()
        },
        ArticlePlan {
            units: vec![2, 3, 4, 5, 6],
            headline: vec![2],
            ..ArticlePlan::default()
        },
    ];
    (units, plans)
}

#[test]
fn another_article_s_columns_read_onto_an_article_s_end_go_back() {
    let (units, plans) = band_page(true);
    let (vocabulary, bigrams) = Vocabulary::sets_of(units.iter().map(|u| u.text.as_str()));
    let plans = join_pieces(&units, &vocabulary, &bigrams, plans, &[], &[]);
    assert_eq!(plans[0].units, [0, 1, 4, 5, 6]);
    assert_eq!(plans[1].units, [2, 3]);
}

#[test]
fn an_article_s_last_paragraphs_stay_without_a_column_break() {
    let (units, plans) = band_page(false);
    let (vocabulary, bigrams) = Vocabulary::sets_of(units.iter().map(|u| u.text.as_str()));
    let before = plans.clone();
    let plans = join_pieces(&units, &vocabulary, &bigrams, plans, &[], &[]);
    assert_eq!(plans, before);
}

/// A meeting report followed, after its last sentence, by another article's byline
/// and opening lines; that article's text, untitled, comes after. `finished` tells
/// whether the report's last paragraph ends its sentence.
fn byline_page(finished: bool) -> (Vec<Unit>, Vec<ArticlePlan>) {
    let display = |text: &str, src| Unit::new(UnitKind::Display, text.to_string(), src);
    let byline = Unit::new(UnitKind::Byline, "本报记者 吴齐强".to_string(), 3);
    let units = vec![
        display("中共中央政治局召开会议", 0),
        paragraph("会议讨论了政府工作报告。", 1, false),
        paragraph("会议还研究了其他事项。", 2, !finished),
        byline,
        display("加快传统产业升级的步伐——取向硅钢是变压器铁芯的重要材料", 4),
        paragraph(
            "湖南涟钢电磁材料有限公司的取向硅钢生产线正加快调试。",
            10,
            false,
        ),
        paragraph(
            "硅钢产业是湖南传统产业升级的缩影，电磁材料订单饱满。",
            11,
            false,
        ),
    ];
    let plans = vec![
        ArticlePlan {
            units: vec![0, 1, 2, 3, 4],
            headline: vec![0],
            ..ArticlePlan::default()
        },
        ArticlePlan {
            units: vec![5, 6],
            ..ArticlePlan::default()
        },
    ];
    (units, plans)
}

#[test]
fn a_byline_after_an_article_s_last_sentence_opens_the_article_whose_words_follow() {
    let (units, plans) = byline_page(true);
    let (vocabulary, bigrams) = Vocabulary::sets_of(units.iter().map(|u| u.text.as_str()));
    let plans = join_pieces(&units, &vocabulary, &bigrams, plans, &[], &[]);
    assert_eq!(plans[0].units, [0, 1, 2]);
    assert_eq!(plans[1].units, [3, 4, 5, 6]);
}

#[test]
fn a_byline_inside_a_sentence_stays() {
    let (units, plans) = byline_page(false);
    let (vocabulary, bigrams) = Vocabulary::sets_of(units.iter().map(|u| u.text.as_str()));
    let plans = join_pieces(&units, &vocabulary, &bigrams, plans, &[], &[]);
    assert_eq!(plans[0].units, [0, 1, 2, 3, 4]);
}
