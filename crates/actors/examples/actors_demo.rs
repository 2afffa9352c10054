//! Prints the actors of sentences given as arguments: `cargo run -p warta-actors --example
//! actors_demo -- id 2015-11-18 "Presiden Prancis Francois Hollande ..." ...`. All sentences
//! share one article context.
use warta_actors::{simple_sentence, ActorContext, ActorDict};
use warta_core::{parse_date, Lang};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: actors_demo LANG DATE SENTENCE...");
        return;
    }
    let t = std::time::Instant::now();
    let d = ActorDict::embedded();
    eprintln!("load {:?}", t.elapsed());
    let lang = Lang::parse(&args[0]);
    let date = parse_date(&args[1]);
    let mut ctx = ActorContext::default();
    if std::env::var_os("EXPLAIN").is_some() {
        for s in &args[2..] {
            let e = d.explain(s, &lang, date);
            println!("{s}: {:?}", e.mention.map(|m| m.code));
            for st in e.steps {
                println!("  {st}");
            }
        }
        return;
    }
    for s in &args[2..] {
        let sent = simple_sentence(s);
        let r = d.find(&sent, &lang, date, &mut ctx);
        println!("== {s}");
        for (m, i) in r.mentions.iter().zip(&r.info) {
            println!("  {:<12} {:<40} {:?} {:?}", m.code, m.text, m.name, i.kind);
        }
        for e in &r.entities {
            println!("  ENT {:?} {} {:?}", e.kind, e.text, e.actor);
        }
    }
}
