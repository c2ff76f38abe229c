//! Every input in `tests/fixtures/fuzz/` (the hostile inputs the fuzz corpus was seeded
//! with and every failure the fuzzer found) through the checks of the fuzz target
//! `fuzz/fuzz_targets/pipeline.rs`: conservation, wrapping and the break rules where
//! they can be kept, control-free dumps, no panic.

use std::fs;
use std::path::{Path, PathBuf};

#[path = "../fuzz/checks.rs"]
mod checks;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/fuzz");

fn files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(DIR)
        .expect("tests/fixtures/fuzz")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn run(path: &Path) -> Result<(), String> {
    let data = fs::read(path).expect("fixture");
    checks::check(&data, &[]).map_err(|e| format!("{}: {e}", path.display()))
}

#[test]
fn every_fixture_passes_the_fuzz_checks() {
    let files = files();
    assert!(files.len() >= 8, "fixtures missing from {DIR}");
    let failures: Vec<String> = files.iter().filter_map(|p| run(p).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every fixture at every narrow width, where the breaker is pressed, and at a few wide
/// ones, not only at the two the fuzz target takes from its last bytes.
#[test]
fn every_fixture_passes_at_many_widths() {
    let widths: Vec<usize> = (2..=40).chain([60, 80, 120]).collect();
    let failures: Vec<String> = files()
        .iter()
        .filter_map(|p| {
            let data = fs::read(p).expect("fixture");
            checks::check_at(&data, &widths, checks::ALL_KNOWN)
                .err()
                .map(|e| format!("{}: {e}", p.display()))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A fixed defect's input passes the checks, with no defect tolerated.
fn fixed(name: &str) {
    if let Err(e) = run(&Path::new(DIR).join(name)) {
        panic!("{e}");
    }
}

/// Fixed, was `[BalancedCut]`: the title `;pwned␇` at width 5 wraps first-fit into `;`, `pwned`,
/// `␇`; `layout::article::balanced` then narrows the width to 3 because the line count
/// stays 3, and the word is cut: `;`, `pwn`, `ed␇`.
#[test]
fn balanced_headline_cuts_a_word_that_fits() {
    fixed("fixed-balanced-cuts-word.txt");
}

/// Fixed, was `[BalancedCut]` at a common width: the title `中方会见InternationalCooperation代表`
/// at width 26 is set `中方会见` / `InternationalC` / `ooperation代表`, though
/// first-fit gives `中方会见` / `InternationalCooperation` / `代表`.
#[test]
fn balanced_title_cuts_an_english_word() {
    fixed("fixed-balanced-cuts-title-word.txt");
}

/// Fixed, was `[IndentCut]`: the paragraph `台阶。2，` at width 6 with the 4-cell indent leaves the
/// first line 2 cells; `wrap` cuts every unit wider than 2, also on the second line,
/// where `2，` would fit, so a line starts with `，`: `台`, `阶。2`, `，`.
#[test]
fn indent_cuts_units_on_later_lines() {
    fixed("fixed-indent-cuts-unit.txt");
}

/// Fixed, was `[SummedWidth]`: `لا` (lam-alef) is one cell to unicode-width as a string, two as
/// its graphemes. The title `ᄀلا`, one word of 3 cells, is cut at width 2 into `ᄀ` and
/// `لا`, and `wrap` says 2 for the second line, summed over its graphemes, though it
/// takes 1: the row is centred one cell off.
#[test]
fn line_width_is_measured_not_summed() {
    fixed("fixed-summed-width-lam-alef.txt");
}

/// Fixed, was `[IndentCut]` at a common width: at width 31 the first line of a paragraph has 27
/// cells, so `stats.gov.cn/sj/zxfb/t202.htm，` (31 cells) is cut into 27 + 4 even on a
/// later line: `为stats.gov.cn/sj/zxfb/t202.h` / `tm，欢迎查阅。…`.
#[test]
fn indent_cuts_a_url_that_fits_a_full_line() {
    fixed("fixed-indent-cuts-url.txt");
}

/// Fixed, was `[EmptyTitle]`, found by the fuzzer: a page that is only a byline (`\n\n本报评论员\r`;
/// `本报记者 张三` alone does the same) parses to one article with that byline and an
/// empty title, which `Article::title` says never happens and `tests/conservation.rs`
/// asserts for any page with text.
#[test]
fn a_byline_alone_makes_no_untitled_article() {
    fixed("fixed-empty-title-byline-only.txt");
}
