//! Personal names: the common surnames that open a bare signature (何 娟, 石羚).

use super::super::text::{is_han, is_space};

/// Common Chinese surnames, single and compound, for spotting a bare signature (何 娟).
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文施洪辛柯庄葛宗单阎鲁牛祝邢岳齐聂季耿鲍安包焦童左滕关房颜柏谷商倪纪桂沙翟卓丛连芦牟蒲景凌路尚甘申温栾骆苗艾阮伍晏隋詹植燕仇宁褚裴霍卫皮迟籍娄殷宫席冉池全鞠邬占荣冷应臧车原屈穆蓝盛秋钮瞿匡寇靳华丰";
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐", "夏侯",
    "端木",
];

/// The first characters of the common surnames, single and compound (some more than
/// once).
pub(super) fn surname_firsts() -> impl Iterator<Item = char> {
    let compound = COMPOUND_SURNAMES.iter().filter_map(|s| s.chars().next());
    SURNAMES.chars().chain(compound)
}

/// A bare signature: a two- or three-character name with a common surname, often set
/// letter-spaced (何 娟, 石羚), as under commentaries.
pub fn is_signature(line: &str) -> bool {
    // At most four characters, spaces aside, all Han: no more than five are read.
    let mut name = ['\0'; 4];
    let mut n = 0;
    for c in line.chars().filter(|&c| !is_space(c)) {
        if n == name.len() || !is_han(c) {
            return false;
        }
        name[n] = c;
        n += 1;
    }
    let single = || SURNAMES.contains(name[0]);
    let compound = || {
        COMPOUND_SURNAMES
            .iter()
            .any(|s| s.chars().eq(name[..2].iter().copied()))
    };
    match n {
        2 => single(),
        3 => single() || compound(),
        4 => compound(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_open_names() {
        let firsts: Vec<char> = surname_firsts().collect();
        for c in ['王', '丰', '欧', '司', '令'] {
            assert!(firsts.contains(&c), "{c}");
        }
        assert!(!firsts.contains(&'的'));
    }
}
