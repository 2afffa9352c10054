//! Checks on the shared seed and dev articles. They stay in /work/shared (read-only); each test prints a message and
//! passes when the files are absent.

use std::path::PathBuf;
use warta_core::Lang;
use warta_text::{clean, detect_language, is_phrase_reduplication, segment};

fn shared() -> PathBuf {
    std::env::var_os("WARTA_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

fn read(rel: &str) -> Option<String> {
    let p = shared().join(rel);
    match std::fs::read_to_string(&p) {
        Ok(s) => Some(s),
        Err(_) => {
            println!("SKIP: {} not found", p.display());
            None
        }
    }
}

#[test]
fn seed_article() {
    let Some(raw) = read("eval/seed/antara-2015-11-18.txt") else {
        return;
    };
    let c = clean(&raw);
    assert_eq!(c.meta.datelines, ["Brussels", "Paris"]);
    assert_eq!(c.meta.agency.as_deref(), Some("ANTARA News"));
    assert_eq!(c.meta.editor.as_deref(), Some("Jafar M Sidik"));
    assert_eq!(c.meta.copyright.as_deref(), Some("Copyright \u{00A9} ANTARA 2015"));
    assert_eq!(c.meta.attribution, ["Reuters"]);
    assert!(c.body.starts_with("Prancis dan Rusia membom"), "{}", &c.body[..60]);
    assert!(c.body.ends_with("demikian Reuters."));
    assert!(!c.body.contains("Editor") && !c.body.contains("Copyright"));
    // 11 paragraphs; the fifth holds two sentences.
    assert_eq!(c.body.matches('\n').count() + 1, 11);
    let g = detect_language(&c.body);
    assert_eq!(g.lang, Lang::Id);
    let sents = segment(&c.body, &g.lang);
    assert_eq!(
        sents.len(),
        12,
        "{:#?}",
        sents.iter().map(|s| &s.text).collect::<Vec<_>>()
    );
    assert_eq!(sents[5].text, "Rusia memperlakukan Prancis sebagai sekutunya.");
    assert!(sents[6].text.starts_with("\"Kita perlu") && sents[6].text.ends_with("panglima militernya."));

    // Tokens the later stages rely on.
    let s1 = &sents[1];
    let norms: Vec<&str> = s1.tokens.iter().map(|t| t.norm.as_str()).collect();
    assert!(norms.contains(&"bomber-bomber") && norms.contains(&"posisi-posisi"));
    let k = norms.iter().position(|&n| n == "pesawat").expect("pesawat");
    assert_eq!(norms[k + 1], "tempur");
    assert!(is_phrase_reduplication(&s1.tokens[k + 1]));
    assert_eq!(norms[k + 2], "prancis");
    let s7: Vec<&str> = sents[7].tokens.iter().map(|t| t.text.as_str()).collect();
    assert!(s7.contains(&"Jean-Yves") && s7.contains(&"Le Drian"), "{s7:?}");
    let s10: Vec<&str> = sents[10].tokens.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(&s10[..3], ["Di", "Brussels", ","]);
    assert!(s10.contains(&"2009"));
    for s in &sents {
        assert_eq!(&c.body[s.start..s.start + s.text.len()], s.text);
        for t in &s.tokens {
            assert_eq!(&s.text[t.start..t.end], t.text);
        }
    }
}

#[test]
fn dev_articles() {
    let Some(raw) = read("eval/dev/input.jsonl") else {
        return;
    };
    let (mut docs, mut with_dateline) = (0, 0);
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("jsonl");
        let id = v["id"].as_str().unwrap_or("?");
        let text = v["text"].as_str().unwrap_or("");
        let c = clean(text);
        docs += 1;
        if !c.meta.datelines.is_empty() || c.meta.agency.is_some() {
            with_dateline += 1;
        }
        if let Some(want) = v["lang"].as_str() {
            assert_eq!(detect_language(&c.body).lang, Lang::parse(want), "{id}");
        }
        let sents = segment(&c.body, &Lang::parse(v["lang"].as_str().unwrap_or("id")));
        assert!(sents.len() >= 3, "{id}: {} sentences", sents.len());
        for s in &sents {
            // A dateline left in the body would open a sentence with `(ANTARA)` / `KOMPAS.com -`.
            assert!(
                !s.text.contains("(ANTARA") && !s.text.contains(", KOMPAS.com"),
                "{id}: {}",
                s.text
            );
            assert!(s.text.len() <= 2000);
        }
    }
    assert_eq!(docs, 30);
    // Most of the pages carry a dateline; the rest (features, live pages, bylined English pages) do not.
    assert!(with_dateline >= 22, "datelines found in {with_dateline}/30");
}
