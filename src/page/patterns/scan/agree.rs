//! Each scanner agrees with the regular expression it spells out, on generated lines
//! made of the pieces the expressions look for.

use std::sync::LazyLock;

use proptest::prelude::*;
use regex::Regex;

use super::*;

/// The Han class of the expressions.
const H: &str = r"[\x{4E00}-\x{9FFF}\x{3400}-\x{4DBF}\x{F900}-\x{FAFF}\x{2E80}-\x{2FDF}\x{20000}-\x{3134F}〇々]";
const D: &str = "[0-9０-９]";

fn agency() -> String {
    AGENCIES.join("|")
}

fn compile(pattern: &str) -> Regex {
    Regex::new(&pattern.replace('D', D).replace('H', H)).unwrap()
}

/// Lines of pieces that the patterns open, close and separate with.
fn line() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "本报",
        "本报讯",
        "新华社",
        "中国经济网",
        "据新华社",
        "人民日报",
        "人民网",
        "记者",
        "通讯员",
        "评论员",
        "实习生",
        "特约",
        "首席",
        "特约记者",
        "摄",
        "摄影",
        "（",
        "）",
        "(",
        ")",
        "电",
        "讯",
        "报道",
        "消息",
        "完",
        "专",
        "年",
        "月",
        "日",
        "星期",
        "周",
        "礼拜",
        "六",
        "天",
        "农历",
        "第",
        "版",
        "A",
        "：",
        ":",
        "本版",
        "责编",
        "编辑",
        "版式",
        "设计",
        "图片",
        "热线",
        "电话",
        "订报",
        "010-",
        "6536",
        "-",
        "—",
        " ",
        "  ",
        "\u{3000}",
        "\t",
        "、",
        "，",
        ",",
        "张",
        "王",
        "李",
        "三",
        "·",
        "图",
        "为",
        "上",
        "中",
        "资料图片）",
        "图片由",
        "1",
        "2",
        "12",
        "１２",
        "2025",
        "北京",
        "■",
        "x",
        "。",
        "\u{20001}",
    ]);
    prop::collection::vec(pieces, 0..14).prop_map(|v| v.concat())
}

/// Lines made slot by slot, each slot one of its choices: near misses and matches of
/// one pattern.
fn slots(choices: &[&[&'static str]]) -> BoxedStrategy<String> {
    let slots: Vec<BoxedStrategy<&'static str>> = choices
        .iter()
        .map(|c| prop::sample::select(c.to_vec()).boxed())
        .collect();
    slots.prop_map(|v| v.concat()).boxed()
}

fn dates() -> BoxedStrategy<String> {
    slots(&[
        &["", " ", "\u{3000}"],
        &["2025", "202", "20255", "２０２５"],
        &["", " "],
        &["年", "月"],
        &["", " "],
        &["3", "12", "123", ""],
        &["月"],
        &["1", "01", "１"],
        &["日", ""],
        &["", " "],
        &["", "（", "("],
        &["星期", "周", "礼拜", ""],
        &["六", "天", "八", ""],
        &["", "）", ")"],
        &["", " "],
        &["", "农历", "农历二月初一", "农历 二月"],
        &["", " ", "x"],
    ])
}

fn folios() -> BoxedStrategy<String> {
    slots(&[
        &["", " "],
        &["第", "", "A", "AB"],
        &["", " "],
        &["5", "12", "123", "1234", ""],
        &["", " "],
        &["版", ""],
        &["", " "],
        &["", "：", ":"],
        &["", " "],
        &["", "要闻", "要 闻"],
        &["", " "],
    ])
}

fn contacts() -> BoxedStrategy<String> {
    slots(&[
        &["", "订报", "热线", "电话"],
        &["", "号码", " "],
        &["", " "],
        &["：", ":", ""],
        &["", "  ", "\u{3000} ", " \u{3000}"],
        &["010-6536", "12345", "123456", "—— ——"],
        &["", "3547", " 1"],
    ])
}

fn datelines() -> BoxedStrategy<String> {
    slots(&[
        &["（", "(", ""],
        &["新华社", "据新华社", "本报", "", "完"],
        &["北京", "阿斯塔纳6月22日", "（", "", ")"],
        &["电", "讯", "报道", "消息", ""],
        &["）", ")", ""],
        &["", "x"],
    ])
}

fn credits() -> BoxedStrategy<String> {
    slots(&[
        &["", " "],
        &["（", "(", ""],
        &["", " "],
        &["", "本报", "新华社"],
        &["", "特约"],
        &["记者", "通讯员", "实习生", ""],
        &["", " 张三", "王五、李四", "（"],
        &["）", ")", ""],
        &["", "今年"],
    ])
}

fn bylines() -> BoxedStrategy<String> {
    slots(&[
        &["", "■"],
        &["", " "],
        &["本报", "新华社", "", "中国经济网"],
        &["", "特约", "首席"],
        &["记者", "评论员", "通讯员", ""],
        &["", " ", "\u{3000}"],
        &["张三", "王 五", "李四五六七", "·"],
        &["", "、", "，", ", ", " "],
        &["", "本报", "记者", "特约记者"],
        &["", " "],
        &["", "王五", "六七八九十"],
        &["", " ", "、"],
    ])
}

fn photos() -> BoxedStrategy<String> {
    slots(&[
        &["", "新华社记者", "通讯员", "摄影", "（"],
        &["", " "],
        &["燕", "燕 雁", "王彦雨", "欧阳王彦雨"],
        &["", " "],
        &["摄", ""],
        &["", " "],
        &["", "）", ")"],
    ])
}

fn leads() -> BoxedStrategy<String> {
    slots(&[
        &[
            "本报讯",
            "本报",
            "新华社",
            "中国经济网",
            "人民日报",
            "人民网",
        ],
        &["", "北京", "北京北京北京北京北京北京北京"],
        &["3", "12", "123", ""],
        &["月"],
        &["5", "05", ""],
        &["日"],
        &["", "专", "快"],
        &["电", "讯", ""],
        &["", "（记者 张三）"],
    ])
}

/// Any of the lines above.
fn lines() -> impl Strategy<Value = String> {
    prop_oneof![
        line(),
        dates(),
        folios(),
        contacts(),
        datelines(),
        credits(),
        bylines(),
        photos(),
        leads()
    ]
}

/// The expressions the scanners spell out, compiled once.
struct Expressions {
    date: Regex,
    folio: Regex,
    editors: Regex,
    contact: Regex,
    lead: Regex,
    credit: Regex,
    dateline: Regex,
    byline: Regex,
    photo: Regex,
    caption: Regex,
}

static EXPRESSIONS: LazyLock<Expressions> = LazyLock::new(|| Expressions {
    date: compile(
        r"^\s*D{4}\s*年\s*D{1,2}\s*月\s*D{1,2}\s*日\s*(?:[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?\s*(?:农历\S*)?\s*$",
    ),
    folio: compile(r"^\s*(?:第\s*D{1,3}\s*版|[A-Z]?D{1,2}\s*版)\s*(?:[：:]\s*\S+)?\s*$"),
    editors: compile(
        r"^\s*(?:本版)?(?:责编|责任编辑|编辑|美编|校对|版式设计|版式|制图|图片编辑|视觉设计|图表)\s*[：:]",
    ),
    contact: compile(
        r"(?:热线|电话|订阅|订报|传真|邮编|邮箱|网址|客服)[^\s：:]*\s*[：:]\s*[0-9０-９\-—－ ]{6,}",
    ),
    lead: compile(&format!(
        r"^(?:本报讯|(?:{})H{{0,12}}?D{{1,2}}月D{{1,2}}日(?:专|快)?(?:电|讯))",
        agency()
    )),
    credit: compile(
        r"^\s*[（(]\s*(?:本报|新华社)?(?:特约)?(?:记者|通讯员|实习生)([^（）()]+)[）)]",
    ),
    dateline: compile(&format!(
        r"^[（(](?:(?:{})([^（）()]*?)(?:电|讯|报道|消息)|完)[）)]$",
        agency()
    )),
    byline: compile(&format!(
        r"^[■□◆●]?\s*(?:(?:{})(?:特约|首席)?(?:记者|通讯员|评论员)|本报(?:特约)?评论员|(?:特约|首席)?(?:记者|通讯员)\s)(?:\s*[H·]{{1,4}})*(?:[\s、，,]+(?:本报)?(?:通讯员|实习生|记者|特约记者)?\s*[H·]{{1,4}})*\s*$",
        agency()
    )),
    photo: compile(r"(?:记者|通讯员|摄影|^|[\s（(])\s*[H·]{1,4}(?:\s+[H·]{1,3})?\s*摄\s*[）)]?$"),
    caption: compile(r"^(?:图为|[上下左右中]图[：:]|图[：:]|（资料图片）|（图片由)"),
});

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn furniture_scanners_agree(l in lines()) {
        let e = &*EXPRESSIONS;
        prop_assert_eq!(page_date(&l), e.date.is_match(&l), "date {:?}", l);
        prop_assert_eq!(folio(&l), e.folio.is_match(&l), "folio {:?}", l);
        prop_assert_eq!(editors(&l), e.editors.is_match(&l), "editors {:?}", l);
        prop_assert_eq!(contact(&l), e.contact.is_match(&l), "contact {:?}", l);
    }

    #[test]
    fn credit_scanners_agree(l in lines()) {
        let e = &*EXPRESSIONS;
        prop_assert_eq!(lead(&l), e.lead.find(&l).map(|m| m.end()), "lead {:?}", l);
        let want = e.credit.captures(&l).map(|c| (c[0].len(), c.get(1).unwrap().as_str()));
        prop_assert_eq!(lead_credit(&l), want, "credit {:?}", l);
        let want = e.dateline.captures(&l).map(|c| c.get(1).map_or("", |m| m.as_str()));
        prop_assert_eq!(end_dateline(&l), want, "dateline {:?}", l);
        prop_assert_eq!(byline(&l), e.byline.is_match(&l), "byline {:?}", l);
        prop_assert_eq!(photo_credit(&l), e.photo.is_match(&l), "photo {:?}", l);
        prop_assert_eq!(caption_opener(&l), e.caption.is_match(&l), "caption {:?}", l);
    }
}
