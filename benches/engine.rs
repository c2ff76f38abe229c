//! Page engine throughput: parse and reflow of a 10 MB page generated from the seed,
//! read as one page and as the pages it is cut into.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dubao::page::pages::parse_all;
use dubao::page::parse;
use dubao::source::BUNDLED;

#[path = "synth.rs"]
mod synth;

fn engine(c: &mut Criterion) {
    let page = synth::big_page(BUNDLED, 10 * 1024 * 1024);
    let mut group = c.benchmark_group("engine");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(page.len() as u64));
    group.bench_function("parse_10mb", |b| b.iter(|| parse("big", black_box(&page))));
    // As `--dump` reads a big file: cut at its page headers, the pages parsed one by one
    // (here on one thread).
    group.bench_function("parse_10mb_by_pages", |b| {
        b.iter(|| parse_all("big", black_box(&page), 1));
    });
    group.finish();
    let mut group = c.benchmark_group("engine_seed");
    group.throughput(Throughput::Bytes(BUNDLED.len() as u64));
    group.bench_function("parse_seed", |b| {
        b.iter(|| parse("seed", black_box(BUNDLED)));
    });
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
