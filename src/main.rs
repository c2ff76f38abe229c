//! The `dubao` command.

use std::io::Read;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args.last().cloned().unwrap_or_default();
    let mut text = String::new();
    if path == "-" {
        std::io::stdin().read_to_string(&mut text).unwrap();
    } else {
        text = std::fs::read_to_string(&path).unwrap();
    }
    let page = dubao::page::parse(&path, &text);
    println!("{}", serde_json::to_string_pretty(&page).unwrap());
}
