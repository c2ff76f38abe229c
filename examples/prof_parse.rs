#[path = "../benches/synth.rs"]
mod synth;
fn main() {
    let page = synth::big_page(dubao::source::BUNDLED, 2 * 1024 * 1024);
    let p = dubao::page::parse("big", &page);
    std::hint::black_box(p);
}
