//! The README documents what the program does: its key table is the program's.

#[test]
fn the_readme_key_table_is_the_programs() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("<!-- keys -->")
        .expect("a <!-- keys --> marker")
        + "<!-- keys -->".len();
    let end = readme
        .find("<!-- /keys -->")
        .expect("a <!-- /keys --> marker");
    let table = readme[start..end].trim();
    let expected = dubao::keymap::markdown_table();
    assert_eq!(
        table,
        expected.trim(),
        "README's key table differs from src/keymap.rs; paste this between the markers:\n{expected}"
    );
}

#[test]
fn the_readme_starts_with_the_two_commands() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let first_block = &readme[readme.find("```").unwrap()..];
    let first_block = &first_block[..first_block[3..].find("```").unwrap()];
    assert!(first_block.contains("cargo run --release"));
    assert!(first_block.contains("cargo test"));
}
