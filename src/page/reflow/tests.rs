//! Tests of the paragraph rules.

use super::*;

fn line(t: &str) -> Line<'_> {
    Line::new(t, 0, false)
}

#[test]
fn quick_tests_agree_with_decoding() {
    for t in [
        "中国",
        "中",
        "中，",
        "㐀中",
        "中㐀",
        "…",
        "……",
        "。……",
        ".……",
        "…中",
        "■中",
        "本报讯",
        "",
    ] {
        let lead_mark = t.starts_with(['■', '□', '●', '◆', '▲', '★']);
        assert_eq!(opens_block(t), lead_mark || starts_with_lead(t), "{t}");
        let first_two_han = t.chars().take(2).filter(|&c| is_han(c)).count() == 2;
        if first_two_han {
            let first = em_width(t.chars().next().unwrap());
            assert_eq!(first_unit_width(t).to_bits(), first.to_bits());
        }
        let ellipsis = !t.is_empty()
            && t.chars().all(|c| matches!(c, '…' | '⋯' | '.' | '。'))
            && t.matches(['…', '⋯']).count() >= 2;
        assert_eq!(is_ellipsis(t), ellipsis, "{t}");
    }
}

#[test]
fn units() {
    assert!((first_unit_width("大，关系着") - 2.0).abs() < 0.01);
    assert!((first_unit_width("“我们") - 2.0).abs() < 0.01);
    assert!((first_unit_width("2024年") - 2.4).abs() < 0.01);
    assert!((first_unit_width("年，") - 2.0).abs() < 0.01);
}

#[test]
fn short_last_line_ends_paragraph() {
    let l = line("划了清晰路径。");
    let n = line("6 月 22 日，新华社国家高端");
    assert!(paragraph_ends(&Pair::new(&l, &n, 14.0)));
}

#[test]
fn full_line_with_full_stop_goes_on() {
    let l = line("这是中国—中亚经贸合作的一。");
    let n = line("个缩影。2023年首届中国—中");
    assert!(!paragraph_ends(&Pair::new(&l, &n, 14.0)));
}

#[test]
fn full_line_then_indented_line_ends() {
    let l = line("展作出贡献中国同中亚各国。");
    let n = line("报告提出，中国与中亚国家");
    assert!(paragraph_ends(&Pair::new(&l, &n, 14.0)));
}

#[test]
fn pushed_out_line_goes_on() {
    let l = line("进入大众生活。绿色消费潜力");
    let n = line("大，关系着经济社会转型发展。");
    assert!(!paragraph_ends(&Pair::new(&l, &n, 14.0)));
}

#[test]
fn first_line_is_measured_with_its_indent() {
    let l = line("——基础设施建设深化互联");
    let n = line("互通，为中国—中亚深化合作奠");
    assert!(!paragraph_ends(&Pair {
        indent: INDENT,
        first_of_block: true,
        ..Pair::new(&l, &n, 14.0)
    }));
}

#[test]
fn heading_before_indented_line() {
    let l = line("坚持以改革创新精神推进工作");
    let n = line("改革创新是完善治理体系、提");
    assert!(paragraph_ends(&Pair {
        indent: INDENT,
        first_of_block: true,
        ..Pair::new(&l, &n, 15.0)
    }));
}
