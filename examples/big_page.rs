//! Writes a large page made from the bundled seed page to standard output, for
//! benchmarks: `cargo run --release --example big_page -- 10 > big.txt` (size in MB).

use std::io::Write;

#[path = "../benches/synth.rs"]
mod synth;

fn main() {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10);
    let page = synth::big_page(dubao::source::BUNDLED, mb * 1024 * 1024);
    std::io::stdout()
        .lock()
        .write_all(page.as_bytes())
        .expect("write the page");
}
