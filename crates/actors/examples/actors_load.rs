//! Measures loading the built-in actor dictionaries: `cargo run --release -p warta-actors
//! --example actors_load [N]` builds them N times (default 10) and prints the mean time.
use warta_actors::ActorDict;

fn main() {
    let n: u32 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(10);
    let t = std::time::Instant::now();
    let mut phrases = 0;
    for _ in 0..n {
        let d = ActorDict::with_user_files(&[]).expect("built-in dictionaries load");
        phrases = d.phrase_count();
    }
    let d = ActorDict::with_user_files(&[]).expect("built-in dictionaries load");
    let (people, terms) = d.person_counts();
    println!(
        "{phrases} phrases, {people} people, {terms} terms; mean load {:?} over {n} runs",
        t.elapsed() / n
    );
}
