//! Prints the place mentions warta-geo finds in documents (JSONL with `id`, `text`, `lang`),
//! or the candidates of names given with `--explain NAME…`.
//!
//!     cargo run -p warta-geo --example geo_find -- ../shared/eval/dev/input.jsonl
//!     cargo run -p warta-geo --example geo_find -- --explain Raqa Georgia

use warta_core::Lang;
use warta_geo::{Gazetteer, GeoContext};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let g = Gazetteer::embedded();
    if args.first().map(String::as_str) == Some("--explain") {
        for name in &args[1..] {
            println!("{name}:");
            for c in g.explain(name, &GeoContext::default()) {
                println!(
                    "  {:6.2}  {} ({}, {:?}) {:.2},{:.2}  {}",
                    c.score,
                    c.geo.name,
                    c.geo.country.as_deref().unwrap_or("-"),
                    c.geo.kind.as_deref().unwrap_or("-"),
                    c.geo.lat,
                    c.geo.lon,
                    c.reasons.join("; ")
                );
            }
        }
        return;
    }
    for path in &args {
        let text = std::fs::read_to_string(path).expect("readable input");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let doc: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            let lang = Lang::parse(doc["lang"].as_str().unwrap_or("id"));
            let mut ctx = GeoContext::default();
            println!("== {}", doc["id"].as_str().unwrap_or("?"));
            for l in doc["text"].as_str().unwrap_or("").lines() {
                for m in g.find(l, &lang, &mut ctx) {
                    println!(
                        "  {}{} -> {} ({}) {:.2},{:.2}",
                        m.text,
                        if m.locative { " [loc]" } else { "" },
                        m.geo.name,
                        m.geo.country.as_deref().unwrap_or("-"),
                        m.geo.lat,
                        m.geo.lon
                    );
                }
            }
        }
    }
}
