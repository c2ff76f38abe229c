//! The engine's rules, each on a small page typeset the way extractors print
//! newspaper columns: 14-em lines, paragraphs whose first line is two em short.

mod typeset;

use dubao::page::{BlockKind, parse};
use typeset::{P1, P2, Q1, body, column, page, texts};

const P3: &str = "回望历史，早在两千多年前，汉代使者张骞出使西域，开启了中国同中亚友好交往的大门。";

#[test]
fn short_last_lines_end_paragraphs_and_lines_join_without_spaces() {
    let mut lines = vec!["中国中亚合作开创区域新局面".to_string()];
    lines.extend(body(&[P1, P2]));
    let p = page(&lines);
    assert_eq!(p.articles.len(), 1);
    assert_eq!(
        texts(&p.articles[0]),
        [(BlockKind::Paragraph, P1), (BlockKind::Paragraph, P2)]
    );
}

#[test]
fn headline_printed_after_its_body_moves_to_the_top() {
    let mut lines = body(&[P1, P2]);
    lines.push("共筑中国—中亚命运共同体，谱写合作共赢新华章".to_string());
    lines.push("新华社记者 张斌".to_string());
    let p = page(&lines);
    assert_eq!(p.articles.len(), 1);
    let a = &p.articles[0];
    assert_eq!(a.title, "共筑中国—中亚命运共同体，谱写合作共赢新华章");
    assert_eq!(a.byline.as_deref(), Some("新华社记者 张斌"));
    assert_eq!(a.blocks.len(), 2);
}

#[test]
fn kicker_title_subtitle_and_byline_before_the_body() {
    let mut lines = vec![
        "习近平在参加江苏代表团审议时强调".to_string(),
        "经济大省要挑大梁为全国发展大局作贡献".to_string(),
        "——解读二十届中央纪委四次全会工作报告".to_string(),
        "本报记者 赵 成".to_string(),
    ];
    lines.extend(body(&[P1]));
    let a = &page(&lines).articles[0];
    assert_eq!(
        a.kicker.as_deref(),
        Some("习近平在参加江苏代表团审议时强调")
    );
    assert_eq!(a.title, "经济大省要挑大梁为全国发展大局作贡献");
    assert_eq!(
        a.subtitle.as_deref(),
        Some("——解读二十届中央纪委四次全会工作报告")
    );
    assert_eq!(a.byline.as_deref(), Some("本报记者 赵 成"));
}

#[test]
fn two_articles_bylines_glued_on_one_line_are_split() {
    let mut lines = body(&[P1]);
    lines.push("共筑中国—中亚命运共同体新篇章，书写合作共赢".to_string());
    // The next article's first line is printed after the byline on the same line.
    let q = column(&format!("本报讯（记者 邢国徽 魏利军）{Q1}"), 14);
    lines.push(format!("新华社记者 张京品 张思洁 {}", q[0]));
    lines.extend(q[1..].iter().cloned());
    lines.push("我市持续推动老旧小区整治工作让居民幸福感升温".to_string());
    let p = page(&lines);
    assert_eq!(p.articles.len(), 2, "{p:#?}");
    assert_eq!(
        p.articles[0].byline.as_deref(),
        Some("新华社记者 张京品 张思洁")
    );
    assert_eq!(
        p.articles[1].byline.as_deref(),
        Some("本报讯（记者邢国徽魏利军）")
    );
    assert_eq!(p.articles[1].blocks.len(), 1);
    assert_eq!(p.articles[1].blocks[0].text, Q1);
}

#[test]
fn blank_lines_inside_sentences_are_soft() {
    let mut lines = vec!["中国中亚合作开创区域新局面".to_string()];
    let mut b = body(&[P1, P2]);
    b.insert(2, String::new());
    b.insert(6, String::new());
    lines.extend(b);
    let p = page(&lines);
    assert_eq!(
        texts(&p.articles[0]),
        [(BlockKind::Paragraph, P1), (BlockKind::Paragraph, P2)]
    );
}

#[test]
fn spaces_invented_around_digits_go() {
    let lines = [
        "中国中亚合作开创区域新局面",
        "6 月 17 日，习近平主席在",
        "哈萨克斯坦出席峰会，宣布了中",
        "国中亚精神。",
    ];
    let p = page(&lines.map(String::from));
    assert_eq!(
        p.articles[0].blocks[0].text,
        "6月17日，习近平主席在哈萨克斯坦出席峰会，宣布了中国中亚精神。"
    );
}

#[test]
fn page_furniture_is_unassigned() {
    let mut lines: Vec<String> = [
        "2025年4月10日 星期四",
        "评论",
        "第5版",
        "责编：曹 树 美编：王 哲",
        "中国中亚合作开创区域新局面",
    ]
    .map(String::from)
    .to_vec();
    lines.extend(body(&[P1, P2, P3]));
    lines.extend(
        [
            "广 告",
            "诚 信 经 营  服 务 万 家",
            "订报热线：010-65363547",
            "本报发行部",
        ]
        .map(String::from),
    );
    let p = page(&lines);
    assert_eq!(p.unassigned.len(), 8);
    assert_eq!(p.articles.len(), 1);
    assert_eq!(p.articles[0].blocks.len(), 3);
}

#[test]
fn section_heading_stays_inside_its_article() {
    let mut lines = vec!["共筑中国—中亚命运共同体，谱写合作共赢新华章".to_string()];
    lines.extend(body(&[P1, P2]));
    lines.push("中国中亚合作蕴含巨大机遇".to_string());
    lines.extend(body(&[P3, P1]));
    let p = page(&lines);
    assert_eq!(p.articles.len(), 1);
    let kinds: Vec<BlockKind> = p.articles[0].blocks.iter().map(|b| b.kind).collect();
    assert_eq!(kinds[2], BlockKind::Heading);
    assert_eq!(p.articles[0].blocks[2].text, "中国中亚合作蕴含巨大机遇");
}

#[test]
fn photo_caption_and_closing_dateline() {
    let mut lines = vec!["共筑中国—中亚命运共同体，谱写合作共赢新华章".to_string()];
    lines.push("工人们在我的家园小区进行门市房台阶修复工作。 本报记者 王彦雨 摄".to_string());
    lines.extend(body(&[P1]));
    lines.push("（新华社阿斯塔纳6月22日电）".to_string());
    let a = &page(&lines).articles[0];
    assert_eq!(a.blocks[0].kind, BlockKind::Caption);
    assert!(a.blocks[0].text.ends_with("本报记者 王彦雨 摄"));
    assert_eq!(a.blocks.last().unwrap().kind, BlockKind::Dateline);
}

#[test]
fn dateline_lead_with_credit_is_the_byline_and_without_stays() {
    let mut lines = vec!["我市持续推动老旧小区整治工作让居民幸福感升温".to_string()];
    lines.extend(column(&format!("本报讯（记者 李品萦）{Q1}"), 14));
    lines.push("中国中亚合作开创区域新局面，书写合作共赢篇章".to_string());
    lines.extend(column(&format!("新华社北京2月28日电 {P3}"), 14));
    let p = page(&lines);
    assert_eq!(p.articles.len(), 2);
    assert_eq!(
        p.articles[0].byline.as_deref(),
        Some("本报讯（记者李品萦）")
    );
    assert_eq!(p.articles[0].blocks[0].text, Q1);
    assert_eq!(p.articles[1].byline, None);
    assert_eq!(
        p.articles[1].blocks[0].text,
        format!("新华社北京2月28日电 {P3}")
    );
}

#[test]
fn drop_cap_number_returns_to_its_paragraph() {
    let mut lines = vec![
        "从首个到之最，创新发展开辟新赛道".to_string(),
        "石 羚".to_string(),
        String::new(),
    ];
    let mut b = column(
        "年前，我国首辆电动汽车诞生；如今，年产突破千万辆，我国成为世界上最大的新能源汽车生产国。",
        14,
    );
    b.push("30".to_string());
    lines.extend(b);
    let a = &page(&lines).articles[0];
    assert!(a.blocks[0].text.starts_with("30年前，"), "{:?}", a.blocks);
}

#[test]
fn headline_wedged_inside_a_sentence_is_lifted() {
    let mut lines = vec!["石 羚".to_string()];
    // An extractor that orders text by position prints the headline as a block of its
    // own between the lines of a sentence.
    let mut b = body(&[P1, P2]);
    b.splice(
        3..3,
        [
            String::new(),
            "从“首个”到“之最”（人民论坛）".to_string(),
            String::new(),
        ],
    );
    lines.extend(b);
    let p = page(&lines);
    assert_eq!(p.articles.len(), 1);
    assert_eq!(p.articles[0].title, "从“首个”到“之最”（人民论坛）");
    assert_eq!(
        texts(&p.articles[0]),
        [(BlockKind::Paragraph, P1), (BlockKind::Paragraph, P2)]
    );
}

#[test]
fn empty_page_has_no_articles() {
    let p = parse("empty", "");
    assert!(p.articles.is_empty());
    assert!(p.unassigned.is_empty());
    let p = parse("blank", "\n\n  \n");
    assert!(p.articles.is_empty());
}

/// A page holding nothing but a signature still gives an article with a title.
#[test]
fn a_lone_signature_is_a_title() {
    let p = parse("t", "华读");
    assert!(p.articles.iter().all(|a| !a.title.is_empty()));
}

/// pdftotext prints a headline that spans columns where it stands on the page: inside
/// the first column's text. The lifted headline is its article's own, even when a
/// display line after the body could have titled it.
#[test]
fn a_headline_printed_inside_its_body_titles_that_body() {
    let mut lines = vec!["本报评论员".to_string()];
    let mut text = body(&[P1, P2]);
    // The headline cuts P2 between two of its lines.
    text.insert(
        text.len() - 3,
        "在中国式现代化建设中挺膺担当前行".to_string(),
    );
    lines.extend(text);
    lines.push(String::new());
    lines.push("习近平在参加江苏代表团审议时强调".to_string());
    lines.push(String::new());
    let lead = format!("本报北京3月5日电 {Q1}");
    lines.extend(body(&[&lead, P3]));
    let p = page(&lines);
    let first = &p.articles[0];
    assert_eq!(first.title, "在中国式现代化建设中挺膺担当前行");
    assert_eq!(
        texts(first),
        [(BlockKind::Paragraph, P1), (BlockKind::Paragraph, P2)]
    );
    assert!(p.articles.iter().any(|a| {
        a.headline_parts()
            .any(|h| h == "习近平在参加江苏代表团审议时强调")
    }));
}

/// A column that ends mid-paragraph leaves an indented first line and full lines
/// without a sentence end: running text, not a headline, whatever follows.
#[test]
fn a_paragraph_cut_by_the_column_end_is_not_a_headline() {
    let mut lines = vec!["中国中亚合作开创区域新局面".to_string()];
    lines.extend(body(&[P1]));
    let cut: Vec<String> = column(Q1, 14).into_iter().take(2).collect();
    lines.extend(cut.clone());
    lines.push(String::new());
    lines.push("午评：三大指数早盘集体上涨 贵金属板块领涨".to_string());
    lines.push(String::new());
    lines.extend(body(&[P3]));
    let p = page(&lines);
    let cut_text: String = cut.concat();
    assert!(
        p.articles
            .iter()
            .flat_map(|a| &a.blocks)
            .any(|b| b.kind == BlockKind::Paragraph && b.text == cut_text),
        "{p:#?}"
    );
    assert!(
        !p.articles
            .iter()
            .any(|a| a.headline_parts().any(|h| cut_text.starts_with(h)))
    );
}

#[test]
fn a_heading_of_two_lines_after_a_finished_sentence_is_not_running_text() {
    // The paragraph's last line is full: nothing in its width says it ends there.
    let report = "工作报告通篇贯穿党的自我革命的重要思想，贯彻落实全会讲话精神，对今年工作作部署。";
    let mut lines = vec!["中国中亚合作开创区域新局面".to_string()];
    lines.extend(body(&[P1]));
    lines.extend(
        [
            "工作报告通篇贯穿党的自我",
            "革命的重要思想，贯彻落实全会",
            "讲话精神，对今年工作作部署。",
            "突出“两个维护”，强化政治",
            "监督",
        ]
        .map(String::from),
    );
    lines.extend(body(&[P2, P3]));
    let p = page(&lines);
    assert_eq!(p.articles.len(), 1);
    assert_eq!(
        texts(&p.articles[0]),
        [
            (BlockKind::Paragraph, P1),
            (BlockKind::Paragraph, report),
            (BlockKind::Heading, "突出“两个维护”，强化政治监督"),
            (BlockKind::Paragraph, P2),
            (BlockKind::Paragraph, P3),
        ]
    );
}
