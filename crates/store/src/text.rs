//! Words and their roots for the second full-text column: Indonesian words by their
//! morphological root (`menyerang`, `diserang`, `serangan` → `serang`), English words by lemma.

use std::cell::RefCell;
use std::collections::HashMap;
use warta_core::Lang;

/// Root cache per thread and language: news vocabulary repeats, and analysis costs more than a lookup.
const CACHE_MAX: usize = 200_000;

thread_local! {
    static CACHE: RefCell<[HashMap<String, String>; 2]> = RefCell::new([HashMap::new(), HashMap::new()]);
    /// The lower-cased word being looked up (reused: no allocation per word).
    static LOWER: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The words of a text: runs of letters and digits, lower-cased.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// The root a word is indexed under in a document of `lang`.
pub fn root(word: &str, lang: &Lang) -> String {
    let mut out = String::new();
    push_root(&mut out, word, lang);
    out
}

/// Appends the root of `word` to `out`.
fn push_root(out: &mut String, word: &str, lang: &Lang) {
    LOWER.with(|l| {
        let mut lw = l.borrow_mut();
        lw.clear();
        if word.is_ascii() {
            lw.push_str(word);
            lw.make_ascii_lowercase();
        } else {
            // Not char by char: `to_lowercase` knows a word-final sigma.
            lw.push_str(&word.to_lowercase());
        }
        let tag = match lang {
            Lang::Id => 0,
            Lang::En => 1,
            Lang::Other(_) => {
                out.push_str(&lw);
                return;
            }
        };
        if lw.bytes().any(|b| b.is_ascii_digit()) {
            out.push_str(&lw);
            return;
        }
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            let m = &mut c[tag];
            if let Some(r) = m.get(lw.as_str()) {
                out.push_str(r);
                return;
            }
            let r = match tag {
                0 => warta_morph::Morph::indonesian().analyze(&lw).root,
                _ => warta_morph::lemma_en(&lw),
            };
            let r = if r.is_empty() { lw.clone() } else { r.to_lowercase() };
            out.push_str(&r);
            if m.len() >= CACHE_MAX {
                m.clear();
            }
            m.insert(lw.clone(), r);
        })
    })
}

/// Appends the roots of `text`'s words, space-separated.
pub fn push_roots(out: &mut String, text: &str, lang: &Lang) {
    for w in words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        push_root(out, w, lang);
    }
}

/// The roots a query word may stand for: its Indonesian root and its English lemma.
pub fn query_roots(word: &str) -> Vec<String> {
    let mut v = vec![root(word, &Lang::Id)];
    let en = root(word, &Lang::En);
    if !v.contains(&en) {
        v.push(en);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_punctuation() {
        let w: Vec<_> = words("Jakarta (ANTARA) - Polisi, 12 orang.").collect();
        assert_eq!(w, vec!["Jakarta", "ANTARA", "Polisi", "12", "orang"]);
    }

    #[test]
    fn roots_are_lowercase_and_one_per_word() {
        let mut s = String::new();
        push_roots(&mut s, "Polisi MENANGKAP 3 orang", &Lang::Id);
        assert_eq!(s.split(' ').count(), 4);
        assert_eq!(s, s.to_lowercase());
        let mut o = String::new();
        push_roots(&mut o, "Bonjour", &Lang::Other("fr".into()));
        assert_eq!(o, "bonjour");
    }

    #[test]
    fn cached_roots_equal_fresh_ones() {
        // A word-final capital sigma lowers to the final form, as `str::to_lowercase` does.
        assert_eq!(root("ΟΔΟΣ", &Lang::Other("el".into())), "οδος".replace('σ', "ς"));
        let mut a = String::new();
        push_roots(
            &mut a,
            "Pasukan MENYERANG kota; serangan itu diserang balik.",
            &Lang::Id,
        );
        let mut b = String::new();
        push_roots(
            &mut b,
            "Pasukan MENYERANG kota; serangan itu diserang balik.",
            &Lang::Id,
        );
        assert_eq!(a, b);
        let fresh: Vec<String> = words("Pasukan MENYERANG kota; serangan itu diserang balik.")
            .map(|w| root(w, &Lang::Id))
            .collect();
        assert_eq!(a, fresh.join(" "));
        assert_eq!(root("Serangan", &Lang::Id), root("serangan", &Lang::Id));
        assert_ne!(root("serangan", &Lang::Id), "serangan", "the root, not the word");
    }
}
