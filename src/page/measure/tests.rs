//! Tests of the column measure.

use super::*;

fn lines(texts: &[&str]) -> Vec<LineWidth> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| LineWidth::from(&Line::new(t, i, false)))
        .collect()
}

proptest::proptest! {
    #[test]
    fn round_to_int_is_round_then_cast(em in proptest::num::f32::ANY) {
        proptest::prop_assert_eq!(round_to_int(em), em.round() as i32);
    }
}

#[test]
fn round_to_int_at_the_edges() {
    for em in [
        0.5,
        -0.5,
        0.499_999_97,
        -0.499_999_97,
        1.5,
        2.5,
        -2.5,
        8_388_607.5,
    ] {
        assert_eq!(round_to_int(em), em.round() as i32, "{em}");
    }
    for em in [
        f32::NAN,
        f32::INFINITY,
        f32::NEG_INFINITY,
        3.0e9,
        -3.0e9,
        -0.0,
    ] {
        assert_eq!(round_to_int(em), em.round() as i32, "{em}");
    }
}

#[test]
fn measure_ignores_a_wide_headline() {
    let ls = lines(&[
        "一二三四五六七八九十一二",
        "一二三四五六七八九十一二三四",
        "一二三四五六七八九十一二三四",
        "一二三四五六七八九十一二三四五六七八九十一二三四五六",
        "一二三四五六七八九十一二三四",
        "一二三四。",
    ]);
    let m = measures(&ls, &[true; 6]).at;
    assert!(m.iter().all(|&w| (w - 14.0).abs() < 0.01), "{m:?}");
}

#[test]
fn narrow_box_keeps_its_own_measure() {
    let mut texts = vec!["一二三四五六七八九十"; 6];
    texts.extend(["一二三四五六七八九十一二三四五六"; 12]);
    let ls = lines(&texts);
    let m = measures(&ls, &vec![true; ls.len()]).at;
    assert!((m[0] - 10.0).abs() < 0.01);
    assert!((m[17] - 16.0).abs() < 0.01);
}
