//! Measures the actor stage: `cargo run --release -p warta-actors --example actors_load [N]`
//! builds the built-in dictionaries N times (default 10) and prints the mean load time, then
//! matches a few sentences many times and prints the mean time per sentence.
use warta_actors::{simple_sentence, ActorContext, ActorDict};
use warta_core::{parse_date, Lang};

fn main() {
    let n: u32 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(10);
    let t = std::time::Instant::now();
    let mut phrases = 0;
    for _ in 0..n {
        let d = ActorDict::with_user_files(&[]).expect("built-in dictionaries load");
        phrases = d.phrase_count();
    }
    let load = t.elapsed() / n;
    let d = ActorDict::with_user_files(&[]).expect("built-in dictionaries load");
    let (people, terms) = d.person_counts();
    println!("{phrases} phrases, {people} people, {terms} terms; mean load {load:?} over {n} runs");
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
