//! Tags every document of a JSONL file (`id`, `text`, `published`, `lang`) and writes
//! `{"id", "times": [{"text", "value", "type"}]}` lines for `score.py`.
//!
//! cargo run -p warta-time --example tag_jsonl -- [--timeml] IN.jsonl > OUT.jsonl

use std::io::{BufRead, Write};
use warta_core::{parse_date, Lang};
use warta_time::{Style, Tagger, TimeContext};

/// Crude sentence split: line ends, and `.`/`!`/`?` before a space and a capital or quote.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.split('\n') {
        let b = line.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < b.len() {
            if matches!(b[i], b'.' | b'!' | b'?') && i + 2 < b.len() && b[i + 1] == b' ' {
                let c = b[i + 2];
                if c.is_ascii_uppercase() || c == b'"' {
                    out.push(&line[start..=i]);
                    start = i + 2;
                }
            }
            i += 1;
        }
        if start < line.len() {
            out.push(&line[start..]);
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let timeml = args.iter().any(|a| a == "--timeml");
    let path = args.iter().find(|a| !a.starts_with("--")).expect("input JSONL");
    let tagger = Tagger::with_style(if timeml { Style::TimeMl } else { Style::Warta });
    let f = std::io::BufReader::new(std::fs::File::open(path).expect("open input"));
    let mut out = std::io::stdout().lock();
    for line in f.lines() {
        let line = line.expect("read");
        if line.trim().is_empty() {
            continue;
        }
        let doc: serde_json::Value = serde_json::from_str(&line).expect("json");
        let text = doc["text"].as_str().unwrap_or("");
        let published = doc["published"].as_str().and_then(parse_date);
        let lang = Lang::parse(doc["lang"].as_str().unwrap_or("id"));
        let mut ctx = TimeContext::default();
        let mut times = Vec::new();
        for s in sentences(text) {
            for m in tagger.tag(s, &lang, published, &mut ctx) {
                times.push(serde_json::json!({"text": m.text, "value": m.value, "type": m.kind}));
            }
        }
        let o = serde_json::json!({"id": doc["id"], "times": times});
        writeln!(out, "{o}").expect("write");
    }
}
