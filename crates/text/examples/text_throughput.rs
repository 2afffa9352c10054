//! Throughput of the text stage on real articles:
//! `cargo run --release -p warta-text --example text_throughput -- [FILE.jsonl] [MB]`
//! (default: the shared dev set, repeated to 50 MB). Prints MB/s of CPU time for clean, detect_language, segment and
//! clean+segment, and for html_to_text on the same texts wrapped in paragraphs.

use std::time::Instant;

/// CPU time of this thread in seconds (Linux `/proc/thread-self/schedstat`), so that the figure holds on a busy
/// machine; falls back to wall-clock time elsewhere.
struct Clock(Instant, Option<u64>);

fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

impl Clock {
    fn now() -> Clock {
        Clock(Instant::now(), cpu_ns())
    }
    fn secs(&self) -> f64 {
        match (self.1, cpu_ns()) {
            (Some(a), Some(b)) => (b - a) as f64 / 1e9,
            _ => self.0.elapsed().as_secs_f64(),
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/eval/dev/input.jsonl").to_string());
    let target_mb: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(50.0);
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let texts: Vec<String> = raw
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    assert!(!texts.is_empty(), "no texts in {path}");
    let one: usize = texts.iter().map(String::len).sum();
    let reps = ((target_mb * 1e6) / one as f64).ceil() as usize;
    let docs: Vec<&str> = (0..reps).flat_map(|_| texts.iter().map(String::as_str)).collect();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "{} documents, {:.1} MB ({} distinct, {} bytes)",
        docs.len(),
        mb,
        texts.len(),
        one
    );

    let t = Clock::now();
    let cleaned: Vec<warta_text::CleanText> = docs.iter().map(|d| warta_text::clean(d)).collect();
    let s = t.secs();
    println!("clean:            {:8.1} MB/s", mb / s);

    let t = Clock::now();
    let langs: Vec<warta_core::Lang> = cleaned
        .iter()
        .map(|c| warta_text::detect_language(&c.body).lang)
        .collect();
    let s = t.secs();
    println!(
        "detect_language:  {:8.1} MB/s  ({:.0} docs/s)",
        mb / s,
        docs.len() as f64 / s
    );

    let t = Clock::now();
    let mut n_sent = 0usize;
    let mut n_tok = 0usize;
    for (c, l) in cleaned.iter().zip(&langs) {
        let sents = warta_text::segment(&c.body, l);
        n_sent += sents.len();
        n_tok += sents.iter().map(|s| s.tokens.len()).sum::<usize>();
    }
    let s = t.secs();
    println!(
        "segment:          {:8.1} MB/s  ({n_sent} sentences, {n_tok} tokens)",
        mb / s
    );

    let t = Clock::now();
    let mut n = 0usize;
    for d in &docs {
        let c = warta_text::clean(d);
        let l = warta_text::detect_language(&c.body).lang;
        n += warta_text::segment(&c.body, &l).len();
    }
    let s = t.secs();
    println!(
        "clean+lang+segment: {:6.1} MB/s  ({:.0} docs/s, {n} sentences)",
        mb / s,
        docs.len() as f64 / s
    );

    let html: Vec<String> = texts
        .iter()
        .map(|t| {
            let body: String = t.split('\n').map(|p| format!("<p class=\"x\">{p} &amp; co</p>\n")).collect();
            format!("<html><head><title>t</title><script>var a = 1 < 2;</script></head><body><nav>menu</nav>{body}</body></html>")
        })
        .collect();
    let hdocs: Vec<&str> = (0..reps).flat_map(|_| html.iter().map(String::as_str)).collect();
    let hmb = hdocs.iter().map(|d| d.len()).sum::<usize>() as f64 / 1e6;
    let t = Clock::now();
    let total: usize = hdocs.iter().map(|d| warta_text::html_to_text(d).len()).sum();
    let s = t.secs();
    println!("html_to_text:     {:8.1} MB/s  ({total} bytes out)", hmb / s);
}
