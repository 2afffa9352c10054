//! Codes the actors of articles in a JSONL file (`{"id", "text", "published", "lang"}` per
//! line) with the text stage's sentences and prints, per article, one line per mention and
//! entity: `cargo run -p warta-actors --example actors_article -- input.jsonl`.
use warta_actors::{ActorContext, ActorDict};
use warta_core::{parse_date, Lang};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: actors_article FILE.jsonl");
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let dict = ActorDict::embedded();
    for line in text.lines() {
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let lang = Lang::parse(doc["lang"].as_str().unwrap_or("id"));
        let date = doc["published"].as_str().and_then(parse_date);
        let cleaned = warta_text::clean(doc["text"].as_str().unwrap_or(""));
        let mut ctx = ActorContext::default();
        println!("== {}", doc["id"].as_str().unwrap_or("?"));
        for (i, s) in warta_text::segment(&cleaned.body, &lang).iter().enumerate() {
            let r = dict.find(s, &lang, date, &mut ctx);
            for m in &r.mentions {
                println!("M\t{i}\t{}\t{}", m.code, m.text);
            }
            for e in &r.entities {
                println!(
                    "E\t{i}\t{:?}\t{}\t{}",
                    e.kind,
                    e.actor.as_deref().unwrap_or("-"),
                    e.text
                );
            }
        }
    }
}
