//! Load time, memory and find() throughput of the embedded gazetteer.
//!
//!     cargo run --release -p warta-geo --example geo_bench [TEXT_FILE]
//!
//! TEXT_FILE: sentences to run (one a line); defaults to the seed article in ../shared.

use std::time::Instant;
use warta_core::Lang;
use warta_geo::{Gazetteer, GeoContext};

fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

/// Nanoseconds this thread has run on a CPU (wall time is unreliable on a shared, busy machine).
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|v| v.parse().ok()))
        .unwrap_or(0)
}

fn main() {
    let before = rss_kb();
    let t = Instant::now();
    let c = cpu_ns();
    let g = Gazetteer::load().expect("gazetteer loads");
    let cpu = cpu_ns() - c;
    let load = t.elapsed();
    let after = rss_kb();
    println!(
        "entries {}, names {}, load {:.1} ms wall, {:.1} ms on CPU, RSS +{} MB",
        g.len(),
        g.name_count(),
        load.as_secs_f64() * 1e3,
        cpu as f64 / 1e6,
        (after - before) / 1024,
    );
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/eval/seed/antara-2015-11-18.txt"
        )
        .to_string()
    });
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| "Prancis dan Rusia membom Raqa di Suriah.".into());
    let sentences: Vec<&str> = text
        .split(['\n', '.'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let rounds = 2000;
    let t = Instant::now();
    let c = cpu_ns();
    let mut found = 0;
    for _ in 0..rounds {
        let mut ctx = GeoContext::default();
        for s in &sentences {
            found += g.find(s, &Lang::Id, &mut ctx).len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = (cpu_ns() - c) as f64 / 1e9;
    let n = (rounds * sentences.len()) as f64;
    println!(
        "find: {} sentences in {:.2} s wall ({:.2} s CPU) = {:.0} sentences/s per CPU-second ({} mentions per round)",
        n,
        secs,
        cpu,
        n / cpu.max(1e-9),
        found / rounds
    );
}
