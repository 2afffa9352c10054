//! Prints what the text stage makes of documents: `cargo run -p warta-text --example inspect -- FILE.jsonl|FILE.txt`.
//! JSONL lines need an `id` and a `text` field.

use std::io::Read;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "-".into());
    let mut raw = String::new();
    if path == "-" {
        std::io::stdin().read_to_string(&mut raw).expect("stdin");
    } else {
        raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    let docs: Vec<(String, String)> = if path.ends_with(".jsonl") {
        raw.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("json line");
                (
                    v["id"].as_str().unwrap_or("").to_string(),
                    v["text"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    } else {
        vec![(path.clone(), raw)]
    };
    for (id, text) in docs {
        let c = warta_text::clean(&text);
        let g = warta_text::detect_language(&c.body);
        println!(
            "=== {id} lang={} ({:.2}) meta={:?} credits={:?}",
            g.lang, g.confidence, c.meta, c.credits
        );
        for (i, s) in warta_text::segment(&c.body, &g.lang).iter().enumerate() {
            println!("[{i}] {}", s.text);
        }
    }
}
