//! English lemmas: irregular forms from a data file, regular -s/-ed/-ing rules checked against
//! the SCOWL stem list (whose S/G/D flags say which endings a stem takes).

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;
use warta_core::parse_tsv;

const WORDS: &str = include_str!("../../../dictionaries/morph/words_en.txt");
const WORDS_EXTRA: &str = include_str!("../../../dictionaries/morph/words_extra_en.txt");
const IRREGULAR: &str = include_str!("../../../dictionaries/morph/irregular_en.tsv");
const KEEP: &str = include_str!("../../../dictionaries/morph/keep_en.txt");

const F_S: u8 = 1;
const F_G: u8 = 2;
const F_D: u8 = 4;

struct English {
    /// stem → S/G/D flags.
    words: FxHashMap<&'static str, u8>,
    irregular: FxHashMap<&'static str, &'static str>,
    /// Words ending in -s that are not plurals (`news`, `politics`).
    keep: FxHashSet<&'static str>,
}

static ENGLISH: LazyLock<English> = LazyLock::new(|| {
    let mut words = FxHashMap::default();
    for (file, text) in [
        ("dictionaries/morph/words_en.txt", WORDS),
        ("dictionaries/morph/words_extra_en.txt", WORDS_EXTRA),
    ] {
        for r in parse_tsv(file, text, "", 1).unwrap_or_else(|e| panic!("shipped English data is invalid: {e}")) {
            let flags = r.get(1).bytes().fold(0u8, |f, c| match c {
                b'S' => f | F_S,
                b'G' => f | F_G,
                b'D' => f | F_D,
                _ => f,
            });
            *words.entry(r.get(0)).or_insert(0) |= flags;
        }
    }
    let keep = parse_tsv("dictionaries/morph/keep_en.txt", KEEP, "", 1)
        .unwrap_or_else(|e| panic!("shipped English data is invalid: {e}"))
        .into_iter()
        .map(|r| r.get(0))
        .collect();
    let mut irregular = FxHashMap::default();
    for r in parse_tsv("dictionaries/morph/irregular_en.tsv", IRREGULAR, "form", 2)
        .unwrap_or_else(|e| panic!("shipped English data is invalid: {e}"))
    {
        irregular.insert(r.get(0), r.get(1));
    }
    English { words, irregular, keep }
});

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Consonant-vowel-consonant ending (`hop`, `us`): a stem that doubles its consonant or takes a
/// silent e, so `hoping` is `hope`, not `hop` (which would have been `hopping`).
fn ends_cvc(s: &[u8]) -> bool {
    let n = s.len();
    n >= 2
        && !is_vowel(s[n - 1])
        && !matches!(s[n - 1], b'w' | b'x' | b'y')
        && is_vowel(s[n - 2])
        && (n < 3 || !is_vowel(s[n - 3]))
}

impl English {
    fn flags(&self, w: &str) -> Option<u8> {
        self.words.get(w).copied()
    }
    fn has(&self, w: &str, flag: u8) -> bool {
        self.flags(w).is_some_and(|f| f & flag != 0)
    }

    /// `proper`: the word was capitalised, so an unknown one is a name and keeps its ending.
    /// (`lw` is returned itself when it is its own lemma: no second string per token.)
    fn lemma(&self, lw: String, proper: bool) -> String {
        if let Some(l) = self.irregular.get(lw.as_str()) {
            return (*l).to_string();
        }
        let b = lw.as_bytes();
        let n = b.len();
        if n <= 3 || !b.iter().all(|c| c.is_ascii_lowercase()) {
            return lw;
        }
        if self.keep.contains(lw.as_str()) {
            return lw;
        }
        // A listed word (`morning`, `during`) loses its ending only to a stem that regularly takes it.
        let strict = self.flags(&lw).is_some();
        let found = if lw.ends_with("ing") && n >= 5 {
            self.verb_stem(&lw[..n - 3], F_G, strict)
        } else if lw.ends_with("ed") && n >= 4 {
            self.ed(&lw, strict)
        } else if lw.ends_with('s') && !lw.ends_with("ss") {
            self.plural(&lw)
        } else {
            None
        };
        match found {
            Some(l) => l,
            None if !strict && !proper => guess(&lw),
            None => lw,
        }
    }

    /// Stem of a word with -ing (or -ed) removed: `stem+e`, `stem`, or the undoubled stem.
    fn verb_stem(&self, stem: &str, flag: u8, strict: bool) -> Option<String> {
        let sb = stem.as_bytes();
        if sb.is_empty() || !sb.iter().any(|&c| is_vowel(c) || c == b'y') {
            return None;
        }
        let with_e = format!("{stem}e");
        // Both `hop` and `hope` are words: a CVC stem that did not double takes back its e.
        if ends_cvc(sb) && self.flags(&with_e).is_some() {
            return Some(with_e);
        }
        if self.has(&with_e, flag) && !self.has(stem, flag) {
            return Some(with_e);
        }
        if self.has(stem, flag) {
            return Some(stem.to_string());
        }
        let n = sb.len();
        if n >= 3 && sb[n - 1] == sb[n - 2] && !is_vowel(sb[n - 1]) && self.flags(&stem[..n - 1]).is_some() {
            return Some(stem[..n - 1].to_string());
        }
        if strict {
            return None;
        }
        // Stems listed without the flag (their forms are separate entries: `hoped`).
        if self.flags(&with_e).is_some() && !stem.ends_with('e') {
            return Some(with_e);
        }
        if self.flags(stem).is_some() {
            return Some(stem.to_string());
        }
        None
    }

    fn ed(&self, lw: &str, strict: bool) -> Option<String> {
        let n = lw.len();
        if lw.ends_with("ied") && n >= 5 {
            let y = format!("{}y", &lw[..n - 3]);
            if self.flags(&y).is_some() {
                return Some(y);
            }
        }
        // `freed`, `agreed`: the stem already ends in e.
        if lw.ends_with("eed") && self.has(&lw[..n - 1], F_D) && !self.has(&lw[..n - 2], F_D) {
            return Some(lw[..n - 1].to_string());
        }
        self.verb_stem(&lw[..n - 2], F_D, strict)
    }

    fn plural(&self, lw: &str) -> Option<String> {
        let n = lw.len();
        if lw.ends_with("us") || lw.ends_with("is") {
            return None;
        }
        if lw.ends_with("ies") && n >= 5 {
            let y = format!("{}y", &lw[..n - 3]);
            if self.has(&y, F_S) {
                return Some(y);
            }
        }
        if lw.ends_with("es") {
            let stem = &lw[..n - 2];
            if matches!(stem.as_bytes().last(), Some(b's' | b'x' | b'z' | b'h')) && self.has(stem, F_S) {
                return Some(stem.to_string());
            }
        }
        let stem = &lw[..n - 1];
        if self.flags(stem).is_some() {
            return Some(stem.to_string());
        }
        None
    }
}

/// The regular rules alone, for a lower-case word the word list lacks (`tweeted`, `drones`).
fn guess(lw: &str) -> String {
    let n = lw.len();
    let b = lw.as_bytes();
    let undouble = |stem: &str| -> String {
        let s = stem.as_bytes();
        let k = s.len();
        if k >= 3 && s[k - 1] == s[k - 2] && !is_vowel(s[k - 1]) && !matches!(s[k - 1], b'l' | b's' | b'z' | b'f') {
            stem[..k - 1].to_string()
        } else if matches!(s.last(), Some(b'c' | b'v' | b'u')) {
            // English words do not end in c/v/u before a dropped e: displac(e), argu(e).
            format!("{stem}e")
        } else {
            stem.to_string()
        }
    };
    let has_vowel = |s: &str| s.bytes().any(|c| is_vowel(c) || c == b'y');
    if lw.ends_with("ing") && n >= 6 && has_vowel(&lw[..n - 3]) {
        return undouble(&lw[..n - 3]);
    }
    if lw.ends_with("ied") && n >= 5 {
        return format!("{}y", &lw[..n - 3]);
    }
    if lw.ends_with("ed") && n >= 5 && has_vowel(&lw[..n - 2]) {
        return undouble(&lw[..n - 2]);
    }
    if lw.ends_with("ies") && n >= 5 {
        return format!("{}y", &lw[..n - 3]);
    }
    if lw.ends_with("sses") || lw.ends_with("xes") || lw.ends_with("ches") || lw.ends_with("shes") {
        return lw[..n - 2].to_string();
    }
    if b[n - 1] == b's' && !lw.ends_with("ss") && !lw.ends_with("us") && !lw.ends_with("is") && n >= 4 {
        return lw[..n - 1].to_string();
    }
    lw.to_string()
}

/// Lemma of an English word (`attacked` → `attack`, `went` → `go`, `troops` → `troop`).
pub fn lemma_en(word: &str) -> String {
    let word = word.trim();
    let proper = word.chars().next().is_some_and(char::is_uppercase);
    let mut lw = word.to_lowercase();
    // Possessive `Israel's`: the noun.
    for poss in ["'s", "\u{2019}s"] {
        if lw.len() > poss.len() + 1 && lw.ends_with(poss) {
            lw.truncate(lw.len() - poss.len());
        }
    }
    ENGLISH.lemma(lw, proper)
}
