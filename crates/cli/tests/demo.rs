//! `warta demo` codes the bundled article.

mod common;
use common::*;

#[test]
fn demo_prints_tables() {
    let out = run(&["demo"], b"");
    assert!(out.status.success());
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("EVENTS ("), "{s}");
    assert!(s.contains("TIMES ("), "{s}");
    assert!(s.contains("ENTITIES ("), "{s}");
}

#[test]
fn demo_json_is_one_document() {
    let out = run(&["demo", "--json"], b"");
    assert!(out.status.success());
    let docs = jsonl(&out.stdout);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "warta-demo");
    assert_eq!(docs[0]["lang"], "id");
}
