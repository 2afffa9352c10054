//! Measures the actor stage: `cargo run --release -p warta-actors --example actors_load [N]`
//! builds the built-in dictionaries N times (default 10) and prints the mean load time (freeing
//! apart) and the peak memory, then
//! matches a few sentences many times and prints the mean time per sentence.
use warta_actors::{simple_sentence, ActorContext, ActorDict};
use warta_core::{parse_date, Lang};

fn main() {
    let n: u32 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(10);
    // Loading is timed apart from freeing: the built-in dictionary is built once and never
    // freed in a run, so freeing is no part of its load time (printed apart).
    // Extra dictionary files (e.g. synthetic rows to see how loading grows): env ACTORS_LOAD_EXTRA.
    let extra: Vec<std::path::PathBuf> = std::env::var_os("ACTORS_LOAD_EXTRA")
        .map(|v| std::env::split_paths(&v).collect())
        .unwrap_or_default();
    let (mut load, mut free) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
    // The fastest run too: on a busy machine the mean mostly measures the other processes.
    let mut fastest = std::time::Duration::MAX;
    let mut phrases = 0;
    for _ in 0..n.max(1) {
        let t = std::time::Instant::now();
        let d = ActorDict::with_user_files(&extra).expect("built-in dictionaries load");
        load += t.elapsed();
        fastest = fastest.min(t.elapsed());
        phrases = d.phrase_count();
        let t = std::time::Instant::now();
        drop(d);
        free += t.elapsed();
    }
    let (load, free) = (load / n.max(1), free / n.max(1));
    let d = ActorDict::with_user_files(&extra).expect("built-in dictionaries load");
    let (people, terms) = d.person_counts();
    // Peak resident memory of the process so far (Linux), for the memory budget.
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l[6..].trim().to_string())
        })
        .unwrap_or_else(|| "?".into());
    println!(
        "{phrases} phrases, {people} people, {terms} terms; mean load {load:?} (fastest {fastest:?}; freeing {free:?}) over {n} runs; peak memory {peak}"
    );
    let sents: Vec<_> = [
        "Bomber-bomber jarak jauh dan peluru kendali Rusia menerjang posisi-posisi ISIS di Raqa, Selasa.",
        "Presiden Prancis Francois Hollande telah menyerukan kampanye global melawan para radikal.",
        "Israeli troops and Hezbollah fighters exchanged fire near the border, the UN said on Tuesday.",
        "Menteri Luar Negeri Retno Marsudi bertemu Menlu AS John Kerry di Washington.",
    ]
    .iter()
    .map(|s| simple_sentence(s))
    .collect();
    let date = parse_date("2015-11-18");
    let reps = 20_000u32;
    let t = std::time::Instant::now();
    let mut found = 0;
    for i in 0..reps {
        let mut ctx = ActorContext::default();
        let s = &sents[i as usize % sents.len()];
        let lang = if i % 4 == 2 { Lang::En } else { Lang::Id };
        found += d.find(s, &lang, date, &mut ctx).mentions.len();
    }
    println!(
        "{:?} per sentence ({found} mentions in {reps} sentences)",
        t.elapsed() / reps
    );
}
