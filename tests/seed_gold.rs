//! The bundled seed page must come out exactly as its hand-checked structure
//! (`tests/fixtures/seed.gold.json`), compared as the evaluation compares: texts with
//! whitespace removed, dateline and paragraph blocks alike.

use dubao::page::{BlockKind, parse};
use dubao::source::BUNDLED;
use serde_json::Value;

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn field(v: &Value, key: &str) -> String {
    squash(v.get(key).and_then(Value::as_str).unwrap_or(""))
}

#[test]
fn seed_structure_equals_gold() {
    let gold: Value = serde_json::from_str(include_str!("fixtures/seed.gold.json")).unwrap();
    let page = parse("seed", BUNDLED);
    let gold_articles = gold["articles"].as_array().unwrap();
    assert_eq!(page.articles.len(), gold_articles.len(), "article count");
    for (got, want) in page.articles.iter().zip(gold_articles) {
        let title = squash(&got.title);
        assert_eq!(
            squash(got.kicker.as_deref().unwrap_or("")),
            field(want, "kicker"),
            "kicker of {title}"
        );
        assert_eq!(title, field(want, "title"));
        assert_eq!(
            squash(got.subtitle.as_deref().unwrap_or("")),
            field(want, "subtitle"),
            "subtitle of {title}"
        );
        assert_eq!(
            squash(got.byline.as_deref().unwrap_or("")),
            field(want, "byline"),
            "byline of {title}"
        );
        let want_blocks = want["blocks"].as_array().unwrap();
        assert_eq!(
            got.blocks.len(),
            want_blocks.len(),
            "block count of {title}"
        );
        for (b, w) in got.blocks.iter().zip(want_blocks) {
            let kind = match b.kind {
                BlockKind::Paragraph => "paragraph",
                BlockKind::Heading => "heading",
                BlockKind::Caption => "caption",
                BlockKind::Dateline => "dateline",
            };
            assert_eq!(
                kind,
                w["kind"].as_str().unwrap(),
                "kind of block {:?}",
                b.text
            );
            assert_eq!(squash(&b.text), field(w, "text"));
        }
    }
}
