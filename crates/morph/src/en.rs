//! English lemmas: irregular forms from a data file, regular -s/-ed/-ing rules checked against
//! the SCOWL stem list (whose S/G/D flags say which endings a stem takes).

use rustc_hash::FxHashMap;
use std::sync::LazyLock;
use warta_core::parse_tsv;

const WORDS: &str = include_str!("../../../dictionaries/morph/words_en.txt");
const IRREGULAR: &str = include_str!("../../../dictionaries/morph/irregular_en.tsv");

const F_S: u8 = 1;
const F_G: u8 = 2;
const F_D: u8 = 4;

struct English {
    /// stem → S/G/D flags.
    words: FxHashMap<&'static str, u8>,
    irregular: FxHashMap<&'static str, &'static str>,
}

static ENGLISH: LazyLock<English> = LazyLock::new(|| {
    let mut words = FxHashMap::default();
    for r in parse_tsv("dictionaries/morph/words_en.txt", WORDS, "", 1).expect("words_en.txt is valid") {
        let flags = r.get(1).bytes().fold(0u8, |f, c| match c {
            b'S' => f | F_S,
            b'G' => f | F_G,
            b'D' => f | F_D,
            _ => f,
        });
        words.insert(r.get(0), flags);
    }
    let mut irregular = FxHashMap::default();
    for r in parse_tsv("dictionaries/morph/irregular_en.tsv", IRREGULAR, "form", 2).expect("irregular_en.tsv is valid")
    {
        irregular.insert(r.get(0), r.get(1));
    }
    English { words, irregular }
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

    fn lemma(&self, lw: &str) -> String {
        if let Some(l) = self.irregular.get(lw) {
            return (*l).to_string();
        }
        let b = lw.as_bytes();
        let n = b.len();
        if n <= 3 || !b.iter().all(|c| c.is_ascii_lowercase()) {
            return lw.to_string();
        }
        let found = if lw.ends_with("ing") && n >= 5 {
            self.verb_stem(&lw[..n - 3], F_G)
        } else if lw.ends_with("ed") && n >= 4 {
            self.ed(lw)
        } else if lw.ends_with('s') && !lw.ends_with("ss") {
            self.plural(lw)
        } else {
            None
        };
        found.unwrap_or_else(|| lw.to_string())
    }

    /// Stem of a word with -ing (or -ed) removed: `stem+e`, `stem`, or the undoubled stem.
    fn verb_stem(&self, stem: &str, flag: u8) -> Option<String> {
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
        // Stems listed without the flag (their forms are separate entries: `hoped`).
        if self.flags(&with_e).is_some() && !stem.ends_with('e') {
            return Some(with_e);
        }
        if self.flags(stem).is_some() {
            return Some(stem.to_string());
        }
        None
    }

    fn ed(&self, lw: &str) -> Option<String> {
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
        self.verb_stem(&lw[..n - 2], F_D)
    }

    fn plural(&self, lw: &str) -> Option<String> {
        let n = lw.len();
        // A listed word ending in s (`news`, `series`, `politics`) stays as it is.
        if self.flags(lw).is_some() || lw.ends_with("us") || lw.ends_with("is") {
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
        // Unknown words (names, new loans): the regular plural rules alone.
        if lw.ends_with("ies") && n >= 5 {
            return Some(format!("{}y", &lw[..n - 3]));
        }
        if lw.ends_with("sses") || lw.ends_with("xes") || lw.ends_with("ches") || lw.ends_with("shes") {
            return Some(lw[..n - 2].to_string());
        }
        None
    }
}

/// Lemma of an English word (`attacked` → `attack`, `went` → `go`, `troops` → `troop`).
pub fn lemma_en(word: &str) -> String {
    let mut lw = word.trim().to_lowercase();
    // Possessive `Israel's`: the noun.
    for poss in ["'s", "\u{2019}s"] {
        if lw.len() > poss.len() + 1 && lw.ends_with(poss) {
            lw.truncate(lw.len() - poss.len());
        }
    }
    ENGLISH.lemma(&lw)
}
