//! Throughput of `Morph::analyze`, single-threaded:
//! `cargo run --release -p warta-morph --example bench [FILE.jsonl|FILE.txt] [id|en]`.
//! (With `id` or `en` only that half runs, so `/usr/bin/time` can give its CPU time.)
//! Words come from the given file (JSONL `text` fields or plain text), else from
//! `$WARTA_SHARED/eval/dev/input.jsonl`, else from a built-in sentence.
use std::time::Instant;
use warta_morph::{lemma_en, Morph};

const FALLBACK: &str = "Pasukan pemerintah menyerang posisi-posisi pemberontak dan menewaskan sedikitnya \
    dua puluh orang, kata juru bicara militer yang membantah tuduhan bahwa warga sipil menjadi sasaran \
    pengeboman. Presiden mengecam serangan itu dan menyerukan perundingan damai.";

fn main() {
    let only = std::env::args().nth(2).unwrap_or_default();
    let path = std::env::args().nth(1).filter(|p| !p.is_empty()).or_else(|| {
        let shared = std::env::var("WARTA_SHARED").unwrap_or_else(|_| "../shared".into());
        Some(format!("{shared}/eval/dev/input.jsonl"))
    });
    let raw = path.and_then(|p| std::fs::read_to_string(p).ok()).unwrap_or_default();
    // JSONL documents: their `text` fields; anything else: the file as plain text.
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    let text = match (texts.is_empty(), raw.is_empty()) {
        (false, _) => texts.join("\n"),
        (true, false) => raw,
        (true, true) => FALLBACK.to_string(),
    };
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty() && w.len() < 40)
        .collect();
    let m = Morph::indonesian();
    let _ = m.analyze("menyerang"); // load the lexicon outside the timing
    let _ = lemma_en("attacked");
    let target = 3_000_000usize;
    let mut n = 0usize;
    let mut known = 0usize;
    let t = Instant::now();
    while n < target && only != "en" {
        for w in &words {
            known += usize::from(m.analyze(w).known);
        }
        n += words.len();
    }
    let dt = t.elapsed().as_secs_f64();
    println!(
        "analyze: {n} words ({} tokens of text, repeated) in {dt:.3} s = {:.2} M words/s; {:.1}% known",
        words.len(),
        n as f64 / dt / 1e6,
        100.0 * known as f64 / n as f64
    );
    let t = Instant::now();
    let mut m2 = 0usize;
    while m2 < target && only != "id" {
        for w in &words {
            std::hint::black_box(lemma_en(w));
        }
        m2 += words.len();
    }
    let dt = t.elapsed().as_secs_f64();
    println!(
        "lemma_en: {m2} words in {dt:.3} s = {:.2} M words/s",
        m2 as f64 / dt / 1e6
    );
}
