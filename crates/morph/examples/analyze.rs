//! Prints the analysis of each argument (or of each line on stdin): `cargo run -p warta-morph --example analyze -- menyerang`.
use std::io::BufRead;
use warta_morph::{lemma_en, Morph};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "--stats") {
        println!("lexicon: {} roots", Morph::indonesian().lexicon_size());
        return;
    }
    let en = args.first().is_some_and(|a| a == "--en");
    let words: Vec<String> = if args.len() > usize::from(en) {
        args.into_iter().skip(usize::from(en)).collect()
    } else {
        std::io::stdin().lock().lines().map_while(Result::ok).collect()
    };
    let m = Morph::indonesian();
    for w in words {
        if en {
            println!("{w}\t{}", lemma_en(&w));
        } else {
            let a = m.analyze(&w);
            println!(
                "{w}\t{}\t{:?}\t{}\t{}\t{}\t{:?}\t{}",
                a.root,
                a.voice,
                a.prefixes.join("+"),
                a.suffixes.join("+"),
                a.clitics.join("+"),
                a.known,
                if a.reduplicated { "redup" } else { "" },
            );
        }
    }
}
