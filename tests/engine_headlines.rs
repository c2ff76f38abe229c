//! The engine's rules for headlines as extractions print them: a title with its
//! subtitle or kicker, a kicker known by its verb of saying, a subtitle under a wide
//! title, and the titles of two articles printed one after the other.

mod typeset;

use dubao::page::BlockKind;
use dubao::page::blocks::build_units;
use dubao::page::lines::read_lines;
use typeset::{
    P1, P2, Q1, Q2, apart, body, column, has_title, kickers_and_titles, page, with_body,
};

#[test]
fn a_title_with_a_subtitle_under_it_ends_the_paragraph_before() {
    let mut lines = column(P1, 14);
    // The column ends mid-word; the headline of the next article follows.
    lines.pop();
    lines.push(String::new());
    lines.push("轻工业数字化转型实施方案印发".to_string());
    lines.push("到2027年关键工序数控化率达75%左右".to_string());
    lines.push(String::new());
    lines.extend(body(&[Q1, Q2]));
    let p = page(&lines);
    let a = p
        .articles
        .iter()
        .find(|a| a.title == "轻工业数字化转型实施方案印发")
        .expect("the title stands on its own");
    // The second line carries the figures: the subtitle, not the title.
    assert_eq!(
        a.subtitle.as_deref(),
        Some("到2027年关键工序数控化率达75%左右")
    );
    assert_eq!(a.kicker, None);
}

#[test]
fn a_line_ending_in_a_verb_of_saying_is_a_kicker() {
    let p = with_body(vec![
        "总书记在参加代表团审议时强调".to_string(),
        "大省要挑大梁".to_string(),
    ]);
    let a = &p.articles[0];
    assert_eq!(a.kicker.as_deref(), Some("总书记在参加代表团审议时强调"));
    assert_eq!(a.title, "大省要挑大梁");
}

#[test]
fn a_kicker_saying_what_figures_show_stays_a_kicker() {
    let p = with_body(vec![
        "国家统计局数据显示".to_string(),
        "前5月工业增加值增长6.3%".to_string(),
    ]);
    let a = &p.articles[0];
    assert_eq!(a.kicker.as_deref(), Some("国家统计局数据显示"));
    assert_eq!(a.title, "前5月工业增加值增长6.3%");
}

#[test]
fn a_dash_line_under_a_wide_title_is_its_subtitle_not_its_tail() {
    let mut lines = apart(&[
        "全国专项行动暨传媒监管电视电话会议在京召开",
        "——消费新亮点 发展新赛道③",
    ]);
    lines.extend(body(&[P1, P2]));
    // The subtitle is a part of its own, free to join the article it names when
    // extraction printed it under another title.
    let text = lines.join("\n");
    let units = build_units(&read_lines(&text));
    let dash = units
        .iter()
        .find(|u| u.text.starts_with("——"))
        .expect("a unit");
    assert!(dash.is_display() && !dash.wraps_prev, "{dash:?}");
    let a = &page(&lines).articles[0];
    assert_eq!(a.title, "全国专项行动暨传媒监管电视电话会议在京召开");
    assert_eq!(a.subtitle.as_deref(), Some("——消费新亮点 发展新赛道③"));
}

#[test]
fn a_title_with_a_series_tag_before_another_headline_is_an_article_of_its_own() {
    let mut lines = apart(&[
        "湖南大力实施产业育新培强攻坚（坚定信心，打开改革发展新天地）",
        "李强签署国务院令",
        "公布修订后的《婚姻登记条例》",
        "本报记者 吴齐强 颜 珂",
    ]);
    let lead = "新华社北京4月9日电 国务院总理李强日前签署国务院令，公布修订后的《婚姻登记条例》，条例自5月10日起施行。";
    lines.extend(body(&[lead, P2]));
    let p = page(&lines);
    let titles = kickers_and_titles(&p);
    assert_eq!(
        titles[..2],
        [
            (
                None,
                "湖南大力实施产业育新培强攻坚（坚定信心，打开改革发展新天地）"
            ),
            (Some("李强签署国务院令"), "公布修订后的《婚姻登记条例》"),
        ],
        "{titles:?}"
    );
    // The body has its source in its dateline lead: the byline is the first title's.
    assert_eq!(
        p.articles[0].byline.as_deref(),
        Some("本报记者 吴齐强 颜 珂")
    );
    assert_eq!(p.articles[1].byline, None);
}

#[test]
fn a_headline_after_a_tagged_title_is_the_next_article_s() {
    let p = with_body(apart(&[
        "在现代化建设中挺膺担当",
        "山西开展重大项目建设年行动（坚定信心，打开改革发展新天地）",
        "广东加快绿色能源基础设施建设",
    ]));
    let last = p.articles.last().expect("articles");
    assert_eq!(last.title, "广东加快绿色能源基础设施建设");
    assert_eq!(last.kicker, None);
    assert!(
        p.articles.iter().any(|a| a.title.starts_with("山西开展")),
        "{p:#?}"
    );
}

#[test]
fn a_kicker_printed_around_another_headline_s_line_is_taken_out_whole() {
    let p = with_body(apart(&[
        "中共中央政治局召开会议",
        "习近平在参加江苏代表团审议",
        "讨论政府工作报告",
        "时强调",
        "中共中央总书记习近平主持会议",
    ]));
    let a = &p.articles[0];
    assert_eq!(a.kicker.as_deref(), Some("中共中央政治局召开会议"));
    assert_eq!(a.title, "讨论政府工作报告");
    assert_eq!(a.subtitle.as_deref(), Some("中共中央总书记习近平主持会议"));
    // The kicker, whole, stands on its own: its title was printed elsewhere.
    assert!(has_title(&p, "习近平在参加江苏代表团审议时强调"), "{p:#?}");
}

#[test]
fn a_series_title_takes_no_statement_kicker() {
    // A series tag stands in for a kicker: a headline printed just before the series
    // title is another article's (pdftotext prints the headlines of a band together).
    let p = with_body(apart(&[
        "在现代化建设中挺膺担当",
        "山西开展重大项目建设年行动（坚定信心，打开改革发展新天地）",
    ]));
    let titles = kickers_and_titles(&p);
    assert_eq!(
        titles,
        [
            (None, "在现代化建设中挺膺担当"),
            (
                None,
                "山西开展重大项目建设年行动（坚定信心，打开改革发展新天地）"
            ),
        ]
    );
}

#[test]
fn a_kicker_leading_into_a_series_title_stays_its_kicker() {
    let p = with_body(apart(&[
        "伍映方代表——",
        "为规范非遗市场不断探索（代表委员履职故事）",
    ]));
    assert_eq!(p.articles.len(), 1, "{p:#?}");
    assert_eq!(p.articles[0].kicker.as_deref(), Some("伍映方代表——"));
    assert_eq!(
        p.articles[0].title,
        "为规范非遗市场不断探索（代表委员履职故事）"
    );
}

#[test]
fn a_title_in_two_balanced_lines_wedged_into_reported_speech_is_lifted_out() {
    let mut lines = vec!["中国中亚合作开创区域新局面".to_string(), String::new()];
    lines.extend(body(&[P1]));
    // Reported speech cut by the column's end: running text, though it ends no
    // sentence before the title set in the band below.
    lines.push(String::new());
    lines.push("会议强调，今年是收官之年，".to_string());
    lines.push("做好政府工作，要在中亚合作".to_string());
    lines.push(String::new());
    lines.push("经济大省要挑大梁为".to_string());
    lines.push("全国发展大局作贡献".to_string());
    lines.push(String::new());
    lines.push("的新局面下推动合作走深走实。".to_string());
    lines.push(String::new());
    lines.extend(body(&[
        "经济大省要挑大梁，为全国发展大局作出更大贡献，这是对经济大省的殷切期望。",
        Q2,
    ]));
    let p = page(&lines);
    // The sentence is whole again, as running text.
    assert!(
        p.articles.iter().flat_map(|a| &a.blocks).any(|b| b.kind == BlockKind::Paragraph
            && b.text
                == "会议强调，今年是收官之年，做好政府工作，要在中亚合作的新局面下推动合作走深走实。"),
        "{p:#?}"
    );
    assert!(
        has_title(&p, "经济大省要挑大梁为全国发展大局作贡献"),
        "{p:#?}"
    );
}

#[test]
fn a_line_short_of_the_column_does_not_wrap_into_the_next() {
    // A kicker longer than its title: the title is its own part, not the kicker's tail.
    let p = with_body(apart(&["中共中央政治局召开会议", "讨论政府工作报告"]));
    let parts: Vec<&str> = p.articles[0].headline_parts().collect();
    assert_eq!(parts, ["中共中央政治局召开会议", "讨论政府工作报告"]);
}
