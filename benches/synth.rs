//! A large page made from the bundled seed page: its articles repeated in varied order,
//! with page headers between copies, so the engine sees many articles of every kind.

use std::fmt::Write as _;

/// Builds a page of at least `bytes` bytes from `seed`.
pub fn big_page(seed: &str, bytes: usize) -> String {
    let lines: Vec<&str> = seed.lines().collect();
    let mut out = String::with_capacity(bytes + seed.len());
    let mut copy = 0usize;
    while out.len() < bytes {
        let _ = write!(
            out,
            "2025年6月{}日 星期{}\n要闻\n第{}版\n责编：张 三 美编：李 四\n\n",
            copy % 28 + 1,
            "一二三四五六日".chars().nth(copy % 7).unwrap(),
            copy % 16 + 1
        );
        // Rotate the page so that each copy starts at a different article.
        let start = (copy * 131) % lines.len();
        let cut = (start..lines.len())
            .find(|&i| lines[i].is_empty())
            .unwrap_or(0);
        for line in lines[cut..].iter().chain(&lines[..cut]) {
            out.push_str(line);
            out.push('\n');
        }
        copy += 1;
    }
    out
}
