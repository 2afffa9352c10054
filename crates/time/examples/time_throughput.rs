//! Sentences per second of `Tagger::tag` over the sentences of JSONL files (crude split).
//!
//! cargo run --release -p warta-time --example time_throughput -- FILE.jsonl...

use std::time::Instant;
use warta_core::{parse_date, Lang};
use warta_time::{Tagger, TimeContext};

/// CPU seconds used by this process (Linux /proc; None elsewhere), so that the figure does not
/// depend on how busy the machine is.
fn cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() {
    let mut docs = Vec::new();
    for path in std::env::args().skip(1) {
        for line in std::fs::read_to_string(&path).expect("read").lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let text = v["text"].as_str().unwrap_or("").to_string();
            let sents: Vec<String> = text
                .split(['\n', '.'])
                .filter(|s| !s.trim().is_empty())
                .map(str::to_string)
                .collect();
            docs.push((
                Lang::parse(v["lang"].as_str().unwrap_or("id")),
                v["published"].as_str().and_then(parse_date),
                sents,
            ));
        }
    }
    let tagger = Tagger::new();
    let n_sent: usize = docs.iter().map(|d| d.2.len()).sum();
    let bytes: usize = docs.iter().flat_map(|d| d.2.iter()).map(String::len).sum();
    let rounds = 200;
    let mut found = 0usize;
    let c0 = cpu_secs();
    let t0 = Instant::now();
    for _ in 0..rounds {
        for (lang, published, sents) in &docs {
            let mut ctx = TimeContext::default();
            for s in sents {
                found += tagger.tag(s, lang, *published, &mut ctx).len();
            }
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    if let (Some(a), Some(b)) = (c0, cpu_secs()) {
        let cpu = b - a;
        println!(
            "CPU time {cpu:.2}s (wall {secs:.2}s): {:.0} sentences per CPU-second, {:.0} docs per CPU-second",
            (n_sent * rounds) as f64 / cpu,
            (docs.len() * rounds) as f64 / cpu
        );
    }
    let total = (n_sent * rounds) as f64;
    println!(
        "{} docs, {n_sent} sentences ({} bytes) x {rounds}: {:.0} sentences/s, {:.1} MB/s, {:.0} docs/s ({found} expressions)",
        docs.len(),
        bytes,
        total / secs,
        (bytes * rounds) as f64 / secs / 1e6,
        (docs.len() * rounds) as f64 / secs
    );
}
