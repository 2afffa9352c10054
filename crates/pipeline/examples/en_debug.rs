use std::io::BufRead;
use warta_actors::{ActorContext, ActorDict};
use warta_core::Lang;
fn main() {
    let d = ActorDict::embedded();
    for line in std::io::stdin().lock().lines() {
        let line = line.unwrap();
        let sents = warta_text::segment(&line, &Lang::En);
        for s in &sents {
            let mut ctx = ActorContext::default();
            let f = d.find(s, &Lang::En, warta_core::parse_date("2015-06-09"), &mut ctx);
            let ms: Vec<_> = f.mentions.iter().map(|m| format!("{}[{}]", m.text, m.code)).collect();
            println!("{}\n  actors: {:?}", s.text, ms);
        }
    }
}
