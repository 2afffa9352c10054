//! Reads `lang<TAB>ref-date<TAB>text` lines on stdin and prints, for each, the values of the
//! expressions found (`|`-separated; empty when none). Used by scripts/time/compare_dateparser.py.
//!
//! cargo run -p warta-time --example normalize < lines.tsv

use std::io::{BufRead, Write};
use warta_core::{parse_date, Lang};
use warta_time::{Style, Tagger, TimeContext};

fn main() {
    let warta = Tagger::new();
    let timeml = Tagger::with_style(Style::TimeMl);
    let mut out = std::io::stdout().lock();
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("read stdin");
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 3 {
            writeln!(out).expect("write");
            continue;
        }
        let tagger = if f.get(3) == Some(&"timeml") { &timeml } else { &warta };
        let mut ctx = TimeContext::default();
        let vals: Vec<String> = tagger
            .tag(f[2], &Lang::parse(f[0]), parse_date(f[1]), &mut ctx)
            .into_iter()
            .map(|m| m.value.unwrap_or_default())
            .collect();
        writeln!(out, "{}", vals.join("|")).expect("write");
    }
}
