//! Compiles `dictionaries/verbs/en_words.tsv` (the English coder's function words) into one
//! constant slice per class, so the coder's many membership tests cost what a literal list does.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dictionaries/verbs/en_words.tsv");
    println!("cargo:rerun-if-changed={}", src.display());
    let text = std::fs::read_to_string(&src).expect("dictionaries/verbs/en_words.tsv");
    let mut classes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((class, word)) = line.split_once('\t') else {
            panic!("en_words.tsv:{}: expected class<TAB>word", n + 1);
        };
        if class.is_empty() || word.is_empty() || !class.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            panic!("en_words.tsv:{}: bad class or word", n + 1);
        }
        classes.entry(class.to_string()).or_default().push(word.to_string());
    }
    let mut out = String::new();
    for (class, words) in &classes {
        let _ = writeln!(out, "const EN_{}: &[&str] = &{:?};", class.to_ascii_uppercase(), words);
    }
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("en_words.rs");
    std::fs::write(dest, out).expect("write en_words.rs");
}
