//! Codes a PETRARCH gold JSONL (`id`, `text`, `date`, optional `config`) with a directory of
//! TABARI/PETRARCH dictionaries and writes FORMAT.md JSONL (`{"id","events":[…]}`).
//!
//! cargo run -p warta-petrarch --release --example code_records -- --dicts DIR --records FILE.jsonl [--bench N]

use std::io::{BufRead, Write};
use warta_petrarch::{CodeOptions, PetrarchDicts};

fn options(cfg: Option<&serde_json::Value>) -> CodeOptions {
    let mut o = CodeOptions::default();
    for (k, v) in cfg.and_then(|c| c.as_object()).into_iter().flatten() {
        if let Some(v) = v.as_str() {
            if let Err(e) = o.set(k, v) {
                eprintln!("config: {e}");
            }
        }
    }
    o
}

/// A Treebank parse with unbalanced brackets is bad input: PETRARCH codes nothing for it.
fn parse_is_bad(parse: Option<&str>) -> bool {
    let Some(p) = parse else { return false };
    let mut depth: i64 = 0;
    for c in p.chars() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth < 0 {
                    return true;
                }
            }
            _ => {}
        }
    }
    depth != 0
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let get = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let dicts = get("--dicts").ok_or("--dicts DIR is required")?;
    let records = get("--records").ok_or("--records FILE.jsonl is required")?;
    let bench: usize = get("--bench").and_then(|s| s.parse().ok()).unwrap_or(0);
    // `--mentions`: write the actor phrases found instead of events.
    let mentions = args.iter().any(|a| a == "--mentions");
    let t0 = std::time::Instant::now();
    let d = PetrarchDicts::load_dir(&dicts)?;
    eprintln!(
        "loaded dictionaries in {:.3}s: {} actor entries, {} agent forms, {} verb blocks, {} bad lines skipped",
        t0.elapsed().as_secs_f64(),
        d.actors.entries.len(),
        d.agents.phrases.len(),
        d.verbs.blocks.len(),
        d.warnings.len()
    );
    for w in d.warnings.iter().take(5) {
        eprintln!("  warning: {w}");
    }
    let file = std::io::BufReader::new(std::fs::File::open(&records)?);
    let mut recs = Vec::new();
    for (i, line) in file.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).map_err(|e| format!("{records}:{}: {e}", i + 1))?;
        recs.push(v);
    }
    let prepared: Vec<(String, String, Option<warta_core::Date>, CodeOptions, bool)> = recs
        .iter()
        .map(|r| {
            let id = r["id"].as_str().unwrap_or("").to_string();
            let text = r["text"].as_str().unwrap_or("").to_string();
            let date = r["date"].as_str().and_then(warta_core::parse_date);
            let bad = parse_is_bad(r.get("parse").and_then(|p| p.as_str()));
            (id, text, date, options(r.get("config")), bad)
        })
        .collect();
    let out = std::io::stdout();
    let mut out = out.lock();
    for (id, text, date, opts, bad) in &prepared {
        if mentions {
            let ms: Vec<serde_json::Value> = d
                .actors_in(text, *date)
                .iter()
                .map(|m| serde_json::json!({"code": m.code, "text": m.text}))
                .collect();
            writeln!(out, "{}", serde_json::json!({"id": id, "actors": ms}))?;
            continue;
        }
        let events = if *bad {
            Vec::new()
        } else {
            d.code_sentence_with(text, *date, opts)
        };
        let evs: Vec<serde_json::Value> = events
            .iter()
            .map(|e| {
                serde_json::json!({"source": e.source, "target": e.target, "code": e.code,
                    "source_text": e.source_text, "target_text": e.target_text})
            })
            .collect();
        writeln!(out, "{}", serde_json::json!({"id": id, "events": evs}))?;
    }
    if bench > 0 {
        let t = std::time::Instant::now();
        let mut n = 0usize;
        let mut ev = 0usize;
        for _ in 0..bench {
            for (_, text, date, opts, _) in &prepared {
                ev += d.code_sentence_with(text, *date, opts).len();
                n += 1;
            }
        }
        let s = t.elapsed().as_secs_f64();
        eprintln!(
            "coded {n} sentences ({ev} events) in {s:.3}s: {:.0} sentences/s",
            n as f64 / s
        );
    }
    Ok(())
}
