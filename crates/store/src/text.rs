//! Words and their roots for the second full-text column: Indonesian words by their
//! morphological root (`menyerang`, `diserang`, `serangan` → `serang`), English words by lemma.

use std::cell::RefCell;
use std::collections::HashMap;
use warta_core::Lang;

/// Root cache per thread: news vocabulary repeats, and analysis costs more than a lookup.
const CACHE_MAX: usize = 200_000;

thread_local! {
    static CACHE: RefCell<HashMap<(u8, String), String>> = RefCell::new(HashMap::new());
}

/// The words of a text: runs of letters and digits, lower-cased.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// The root a word is indexed under in a document of `lang`.
pub fn root(word: &str, lang: &Lang) -> String {
    let lw = word.to_lowercase();
    let tag = match lang {
        Lang::Id => 0u8,
        Lang::En => 1,
        Lang::Other(_) => return lw,
    };
    if lw.chars().any(|c| c.is_ascii_digit()) {
        return lw;
    }
    CACHE.with(|c| {
        let key = (tag, lw);
        if let Some(r) = c.borrow().get(&key) {
            return r.clone();
        }
        let r = match tag {
            0 => warta_morph::Morph::indonesian().analyze(&key.1).root,
            _ => warta_morph::lemma_en(&key.1),
        };
        let r = if r.is_empty() { key.1.clone() } else { r.to_lowercase() };
        let mut m = c.borrow_mut();
        if m.len() >= CACHE_MAX {
            m.clear();
        }
        m.insert(key, r.clone());
        r
    })
}

/// Appends the roots of `text`'s words, space-separated.
pub fn push_roots(out: &mut String, text: &str, lang: &Lang) {
    for w in words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&root(w, lang));
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
}
