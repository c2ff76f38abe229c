//! decode → parse → pieces, article layout and `wrap` at two widths in both ambiguous
//! modes → dumps, with the checks of `fuzz/checks.rs` (shared with
//! `tests/fuzz_regressions.rs`). A failed check panics, which the fuzzer records.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

#[path = "../checks.rs"]
mod checks;

/// Defects of `src` already kept as ignored regression tests are tolerated, so that the
/// fuzzer looks for new ones; `DUBAO_FUZZ_STRICT=1` reports them too (to check a fix,
/// or to minimise with `cargo fuzz tmin`).
fn tolerated() -> &'static [checks::Known] {
    static TOLERATED: OnceLock<&'static [checks::Known]> = OnceLock::new();
    TOLERATED.get_or_init(|| {
        if std::env::var_os("DUBAO_FUZZ_STRICT").is_some_and(|v| v != "0") {
            &[]
        } else {
            checks::ALL_KNOWN
        }
    })
}

fuzz_target!(|data: &[u8]| {
    if let Err(e) = checks::check(data, tolerated()) {
        panic!("{e}");
    }
});
