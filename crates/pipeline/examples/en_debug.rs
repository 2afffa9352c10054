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
            let spans: Vec<warta_petrarch::ActorMention> = f
                .mentions
                .iter()
                .map(|m| warta_petrarch::ActorMention {
                    code: m.code.clone(),
                    text: m.text.clone(),
                    start: s.tokens[m.start].start,
                    end: s.tokens[m.end - 1].end,
                    inferred: false,
                })
                .collect();
            println!(
                "  spans: {:?}",
                spans.iter().map(|m| (m.start, m.end, &m.code)).collect::<Vec<_>>()
            );
            let ev = warta_petrarch::PetrarchDicts::english().code_sentence_with_actors(
                &s.text,
                None,
                &spans,
                &Default::default(),
            );
            for e in ev {
                println!(
                    "  EVENT {} {} {} ({})",
                    e.source,
                    e.target,
                    e.code,
                    &s.text[e.verb.0..e.verb.1]
                );
            }
        }
    }
}
