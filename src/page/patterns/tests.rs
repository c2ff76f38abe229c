//! Examples of the house-style patterns.

use super::*;

#[test]
fn verbs_of_saying_end_kickers_but_nouns_do_not() {
    assert!(ends_with_speech_verb("习近平在参加江苏代表团审议时强调"));
    assert!(ends_with_speech_verb("外交部发言人表示 "));
    assert!(ends_with_speech_verb("国家统计局数据显示"));
    assert!(!ends_with_speech_verb("落实中央八项规定精神的新要求"));
    assert!(!ends_with_speech_verb("降息之后房贷怎么还？专家怎么说"));
}

#[test]
fn reported_speech_opens_running_text() {
    assert!(opens_reported_speech("会议强调，今年是“十四五”"));
    assert!(opens_reported_speech("习近平指出，科技创新和"));
    // A verb of saying far in, or without its comma, opens nothing.
    assert!(!opens_reported_speech(
        "国务院新闻办公室发布会上有关负责人表示，"
    ));
    assert!(!opens_reported_speech("习近平在参加江苏代表团审议时强调"));
    assert!(!opens_reported_speech("强调，"));
}

#[test]
fn leads_and_credits() {
    assert_eq!(
        lead_byline_len("本报讯（记者 李品萦）今年以来"),
        Some("本报讯（记者 李品萦）".len())
    );
    assert_eq!(
        lead_byline_len("本报北京4月9日电（记者王政、刘温馨）近日"),
        Some("本报北京4月9日电（记者王政、刘温馨）".len())
    );
    assert_eq!(lead_byline_len("新华社北京2月28日电 2月28日，"), None);
    assert!(starts_with_lead("新华社北京2月28日电"));
    assert!(starts_with_lead("中国经济网北京6月12日讯"));
    assert!(!starts_with_lead("本报记者 张三"));
}

#[test]
fn bylines() {
    assert!(is_byline("本报记者 吴齐强 颜 珂"));
    assert!(is_byline("新华社记者 张斌"));
    assert!(is_byline("本报评论员"));
    assert!(is_byline("新华社记者 张京品 张思洁 耿鹏宇"));
    assert!(!is_byline("记者手记"));
    assert!(!is_byline("本报记者 王彦雨 摄"));
    assert!(!is_byline("本报记者深入一线，调研了解到，"));
    assert!(is_byline("■ 本报记者 张斌"));
    assert!(!is_byline("■ 他是记者"));
    assert!(may_open_credit(" 新华社记者 张斌 本报讯"));
    assert!(may_open_credit("何 娟 本报讯"));
    assert!(may_open_credit("欧阳修 本报讯"));
    assert!(!may_open_credit("手记"));
    assert!(!may_open_credit("他们在本报讯"));
    assert!(is_signature("何 娟"));
    assert!(is_signature("石羚"));
    assert!(!is_signature("记者手记"));
    assert!(!is_signature("穆虹等参加。"));
    assert!(is_signature("欧阳 修"));
    assert!(is_signature("司马相如"));
    assert!(!is_signature("王小二三"));
    assert!(!is_signature("王"));
}

#[test]
fn glued_bylines() {
    let line = "新华社记者 张京品 张思洁 耿鹏宇 本报讯（记者 邢国徽";
    let at = glued_lead_offset(line).unwrap();
    assert_eq!(&line[at..], "本报讯（记者 邢国徽");
    assert_eq!(glued_lead_offset("本报讯（记者 李品萦）"), None);
}

#[test]
fn datelines_and_captions() {
    assert!(is_end_dateline("（新华社阿斯塔纳6月22日电）"));
    assert!(!is_end_dateline("（签约一批、开工一批、投产一批）"));
    assert!(ends_with_photo_credit("新华社记者 燕 雁摄"));
    assert!(ends_with_photo_credit(
        "工人们在小区施工。 本报记者 王彦雨 摄"
    ));
    assert!(ends_with_photo_credit("雁摄"));
    assert!(!ends_with_photo_credit("他们正在现场拍摄"));
    assert!(is_chart_title("A股市场板块涨跌幅排行"));
    assert!(!is_chart_title("午评：三大指数早盘集体上涨"));
}
