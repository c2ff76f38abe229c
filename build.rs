//! Links the GCC unwinder statically on GNU/Linux, so that the reader does not load
//! `libgcc_s.so` at start-up: that is about a tenth of a millisecond of every launch,
//! against a first frame of about four (see `scripts/bench.sh`). Panics and backtraces
//! unwind as before, with the same unwinder, taken from `libgcc_eh.a` (what
//! `gcc -static-libgcc` does). Where the archive cannot be found, nothing changes.

use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=CC");
    let is = |key: &str, value: &str| env::var(key).is_ok_and(|v| v == value);
    let static_crt =
        env::var("CARGO_CFG_TARGET_FEATURE").is_ok_and(|f| f.split(',').any(|f| f == "crt-static"));
    if !(is("CARGO_CFG_TARGET_OS", "linux") && is("CARGO_CFG_TARGET_ENV", "gnu")) || static_crt {
        return;
    }
    if let Some(dir) = gcc_eh_dir() {
        println!("cargo:rustc-link-search=native={}", dir.display());
        println!("cargo:rustc-link-lib=static=gcc_eh");
    }
}

/// The directory of the C compiler's `libgcc_eh.a`, if it has one.
fn gcc_eh_dir() -> Option<PathBuf> {
    let cc = env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let out = Command::new(cc)
        .arg("-print-file-name=libgcc_eh.a")
        .output()
        .ok()?;
    let path = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    // Without the archive the compiler prints the bare name back.
    (out.status.success() && path.is_absolute() && path.is_file())
        .then(|| path.parent().map(PathBuf::from))
        .flatten()
}
