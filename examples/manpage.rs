//! Prints dubao's man page, generated from the clap definition of its command line:
//! `cargo run --example manpage > dubao.1 && man ./dubao.1`.

use clap::CommandFactory;

fn main() -> std::io::Result<()> {
    let cmd = dubao::cli::Cli::command();
    clap_mangen::Man::new(cmd).render(&mut std::io::stdout().lock())
}
