//! Normalized "units" of a sentence or a dictionary phrase: lower-cased word parts, split at
//! inner hyphens, with reduplication collapsed (`Bomber-bomber` ~ `bomber`,
//! `pesawat tempur-pesawat tempur` ~ `pesawat tempur`), a trailing full stop and an English
//! possessive `'s` removed. Matching runs over the units joined by single spaces, so a
//! dictionary phrase and a sentence normalize the same way whatever the tokenizer did with
//! hyphens and dots.

use warta_core::{Sentence, TokenKind};

/// How a dictionary word constrains the case of the text word it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseRule {
    Any,
    /// First letter upper case (proper names).
    Capital,
    /// Every letter upper case (short acronyms that are also words: `AS`, `IS`, `UN`).
    AllCaps,
}

#[derive(Debug, Clone)]
pub struct Unit {
    pub norm: String,
    /// Byte span of the unit's surface in the sentence text.
    pub b0: usize,
    pub b1: usize,
    /// Token span covering the unit.
    pub t0: usize,
    pub t1: usize,
    /// Joined to the previous unit by a hyphen (same written word).
    pub hyph_before: bool,
    /// Carried an English possessive (`China's`).
    pub poss: bool,
    pub case: WordCase,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordCase {
    pub capital: bool,
    pub all_caps: bool,
}

impl WordCase {
    pub fn of(s: &str) -> WordCase {
        let mut letters = s.chars().filter(|c| c.is_alphabetic());
        // A capital inside a word written in mixed case (`iSrael`, a slip of the keyboard) marks a name too.
        let capital = s.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase)
            || s.chars().skip(1).any(char::is_uppercase) && s.chars().any(char::is_lowercase);
        let all_caps = letters.clone().next().is_some() && letters.all(|c| !c.is_lowercase());
        WordCase { capital, all_caps }
    }
    pub fn satisfies(self, rule: CaseRule) -> bool {
        match rule {
            CaseRule::Any => true,
            CaseRule::Capital => self.capital,
            CaseRule::AllCaps => self.all_caps,
        }
    }
}

impl CaseRule {
    /// The rule a dictionary word sets: short all-capital acronyms must be written so,
    /// capitalized words must be capitalized, lower-case words match any case.
    pub fn of_dict_word(w: &str) -> CaseRule {
        let (mut n, mut lower, mut first_upper) = (0usize, false, None);
        for ch in w.chars() {
            if ch.is_alphabetic() {
                first_upper.get_or_insert(ch.is_uppercase());
                n += 1;
                lower |= ch.is_lowercase();
            } else if ch.is_numeric() {
                first_upper.get_or_insert(false);
            }
        }
        let c = WordCase {
            capital: first_upper == Some(true),
            all_caps: n > 0 && !lower,
        };
        if c.all_caps && n <= 3 && n > 0 {
            CaseRule::AllCaps
        } else if c.capital {
            CaseRule::Capital
        } else {
            CaseRule::Any
        }
    }
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_glue_punct(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}" | "." | "'" | "\u{2019}")
}

/// Splits one written word (`Bomber-bomber`, `U.S.`, `China's`) at byte offset `base` into
/// parts `(norm, b0, b1, hyph_before, poss)`.
fn word_parts(word: &str, base: usize, out: &mut Vec<(String, usize, usize, bool, bool)>) {
    let mut w = word;
    let mut poss = false;
    for suf in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if w.len() > suf.len() + 1 && w.ends_with(suf) {
            w = &w[..w.len() - suf.len()];
            poss = true;
            break;
        }
    }
    // `Comoros'`, `the Philippines'`: the apostrophe alone marks the possessive of an -s word.
    let quoted = word.starts_with(['\'', '\u{2018}', '\u{2019}']);
    if !poss && !quoted && w.len() > 3 && (w.ends_with("s'") || w.ends_with("s\u{2019}")) {
        w = w.trim_end_matches(['\'', '\u{2019}']);
        poss = true;
    }
    // A final full stop belongs to the sentence unless the word is an abbreviation (`U.S.`).
    if let Some(stem) = w.strip_suffix('.') {
        if !stem.contains('.') {
            w = stem;
        }
    }
    let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let w = &w[lead..];
    let w = w.trim_end_matches(|c: char| is_hyphen(c) || c == '\'' || c == '\u{2019}');
    let first = out.len();
    let mut start = 0;
    let mut hyph = false;
    // A token may hold spaces (the text stage joins `Le Drian` and spans a phrase
    // reduplication `tempur-pesawat tempur` with one token): spaces split parts too.
    for (i, c) in w.char_indices().chain(std::iter::once((w.len(), ' '))) {
        if i == w.len() || is_hyphen(c) || c.is_whitespace() {
            if i > start {
                out.push((
                    w[start..i].to_lowercase(),
                    base + lead + start,
                    base + lead + i,
                    hyph,
                    false,
                ));
            }
            hyph = is_hyphen(c);
            start = i + c.len_utf8();
        }
    }
    if poss && out.len() > first {
        if let Some(last) = out.last_mut() {
            last.4 = true;
        }
    }
}

/// Words whose reduplication is a word of its own, not a plural (`mata-mata` "spy" is not
/// `mata` "eye", as in `gas air mata`): kept whole on both sides of the match.
static LEXICAL_REDUPLICATION: std::sync::LazyLock<std::collections::HashSet<String>> = std::sync::LazyLock::new(|| {
    crate::dict::embedded_words_of_kind("redup")
        .map(|w| w.split('-').next().unwrap_or(w).to_lowercase())
        .collect()
});

/// Whether a repeat of `k` units starting with `first` is collapsed.
fn collapses(k: usize, first: &str) -> bool {
    k > 1 || !LEXICAL_REDUPLICATION.contains(first)
}

/// Collapses reduplication across a hyphen: `bomber-bomber` → `bomber`, and a repeated run of
/// up to three units (`pesawat tempur-pesawat tempur` → `pesawat tempur`).
fn collapse(units: &mut Vec<Unit>) {
    let mut j = 1;
    while j < units.len() {
        if units[j].hyph_before {
            let mut done = false;
            for k in (1..=3usize).rev() {
                if j >= k
                    && j + k <= units.len()
                    && (0..k).all(|x| units[j - k + x].norm == units[j + x].norm)
                    && collapses(k, &units[j].norm)
                {
                    let (b1, t1, poss) = (units[j + k - 1].b1, units[j + k - 1].t1, units[j + k - 1].poss);
                    units.drain(j..j + k);
                    units[j - 1].b1 = b1;
                    units[j - 1].t1 = units[j - 1].t1.max(t1);
                    units[j - 1].poss |= poss;
                    done = true;
                    break;
                }
            }
            if done {
                continue;
            }
        }
        j += 1;
    }
}

/// Units of a tokenized sentence.
pub fn sentence_units(s: &Sentence) -> Vec<Unit> {
    let toks = &s.tokens;
    let mut units: Vec<Unit> = Vec::with_capacity(toks.len());
    let mut parts = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if toks[i].kind == TokenKind::Punct && !is_glue_punct(&toks[i].text) || toks[i].kind == TokenKind::Symbol {
            i += 1;
            continue;
        }
        // An English possessive the tokenizer split off (`Iran` `'s`) marks the word before it.
        // So does a bare apostrophe after a plural-looking name (`Comoros'`, `the Philippines'`).
        let bare = matches!(toks[i].norm.as_str(), "'" | "\u{2019}")
            && i > 0
            && toks[i - 1].text.ends_with(['s', 'S'])
            && toks.get(i + 1).is_none_or(|n| n.start > toks[i].end)
            // not the closing half of a quoted word (`'rebels'`)
            && !(i >= 2
                && matches!(toks[i - 2].text.as_str(), "'" | "\u{2018}" | "\u{2019}")
                && toks[i - 2].end == toks[i - 1].start);
        if (bare || matches!(toks[i].norm.as_str(), "'s" | "\u{2019}s")) && i > 0 && toks[i].start == toks[i - 1].end {
            if let Some(last) = units.last_mut() {
                last.poss = true;
                last.t1 = i + 1;
            }
            i += 1;
            continue;
        }
        // A written word: tokens glued without spaces through hyphens, dots and apostrophes.
        let mut j = i + 1;
        while j < toks.len() && toks[j].start == toks[j - 1].end {
            let glue = |t: &warta_core::Token| t.kind != TokenKind::Punct || is_glue_punct(&t.text);
            if !glue(&toks[j]) || (toks[j].kind != TokenKind::Punct && toks[j - 1].kind != TokenKind::Punct) {
                break;
            }
            j += 1;
        }
        let (b0, b1) = (toks[i].start, toks[j - 1].end);
        let Some(word) = s.text.get(b0..b1) else {
            i = j;
            continue;
        };
        parts.clear();
        word_parts(word, b0, &mut parts);
        for (norm, p0, p1, hyph, poss) in parts.drain(..) {
            let t0 = (i..j).find(|&t| toks[t].end > p0).unwrap_or(i);
            // A possessive's `'s` tokens belong to the word's span.
            let t1 = if poss {
                j
            } else {
                (i..j).rev().find(|&t| toks[t].start < p1).map_or(j, |t| t + 1)
            };
            let case = WordCase::of(&s.text[p0..p1]);
            units.push(Unit {
                norm,
                b0: p0,
                b1: p1,
                t0,
                t1: t1.max(t0 + 1),
                hyph_before: hyph,
                poss,
                case,
            });
        }
        i = j;
    }
    collapse(&mut units);
    units
}

/// Case rules of a phrase's units, two bits each (up to 32 units).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Caps {
    bits: u64,
    pub len: u8,
}

impl Caps {
    fn push(&mut self, r: CaseRule) {
        if self.len < 32 {
            let v = match r {
                CaseRule::Any => 0,
                CaseRule::Capital => 1,
                CaseRule::AllCaps => 2,
            };
            self.bits |= v << (2 * self.len as u64);
            self.len += 1;
        }
    }
    pub fn get(self, i: usize) -> CaseRule {
        match (self.bits >> (2 * i as u64)) & 3 {
            1 => CaseRule::Capital,
            2 => CaseRule::AllCaps,
            _ => CaseRule::Any,
        }
    }
    pub fn rules(self) -> impl Iterator<Item = CaseRule> {
        (0..self.len as usize).map(move |i| self.get(i))
    }
}

/// Normalized form of a dictionary phrase and the case rule of each of its units.
/// (Called for every phrase of the dictionaries at load time: it writes into one string.)
pub fn phrase_units(phrase: &str) -> (String, Caps) {
    // Most phrases (nine in ten names) are ASCII letters and digits between single spaces:
    // each word is one unit, with no possessive, stop, hyphen or reduplication to look for.
    plain_phrase_units(phrase).unwrap_or_else(|| general_phrase_units(phrase))
}

/// Classes of the bytes a plain phrase may hold (0: any other byte).
const PLAIN_DIGIT: u8 = 1;
const PLAIN_LOWER: u8 = 2;
const PLAIN_UPPER: u8 = 4;
static PLAIN_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_digit() {
            PLAIN_DIGIT
        } else if b.is_ascii_lowercase() {
            PLAIN_LOWER
        } else if b.is_ascii_uppercase() {
            PLAIN_UPPER
        } else {
            0
        };
        c += 1;
    }
    t
};

/// [`phrase_units`] of a phrase of ASCII letters, digits and spaces, from one pass over its
/// bytes (a table look-up each) without the general path's per-character Unicode work;
/// `None` for any other phrase.
fn plain_phrase_units(phrase: &str) -> Option<(String, Caps)> {
    let mut caps = Caps::default();
    // Single spaces between words and none at the ends: the normal form is the phrase in lower case.
    let mut tidy = true;
    // The word being read: its letters, the classes of its bytes or'ed, its first byte's class.
    let mut word: Option<(usize, u8, u8)> = None;
    for &c in phrase.as_bytes() {
        if c == b' ' {
            match word.take() {
                Some(w) => caps.push(plain_word_rule(w)),
                None => tidy = false,
            }
            continue;
        }
        let class = PLAIN_CLASS[c as usize];
        if class == 0 {
            return None;
        }
        let w = word.get_or_insert((0, 0, class));
        w.0 += usize::from(class != PLAIN_DIGIT);
        w.1 |= class;
    }
    match word {
        Some(w) => caps.push(plain_word_rule(w)),
        None => tidy = false,
    }
    let norm = if tidy {
        phrase.to_ascii_lowercase()
    } else {
        // Rare: spaces doubled or at an end (the words are joined by single spaces).
        let mut n = String::with_capacity(phrase.len());
        for w in phrase.split_ascii_whitespace() {
            if !n.is_empty() {
                n.push(' ');
            }
            n.push_str(w);
        }
        n.make_ascii_lowercase();
        n
    };
    Some((norm, caps))
}

/// [`CaseRule::of_dict_word`] of a word of ASCII letters and digits, from its count of
/// letters, its bytes' classes or'ed and its first byte's class.
fn plain_word_rule((letters, classes, first): (usize, u8, u8)) -> CaseRule {
    if letters > 0 && classes & PLAIN_LOWER == 0 && letters <= 3 {
        CaseRule::AllCaps
    } else if first == PLAIN_UPPER {
        CaseRule::Capital
    } else {
        CaseRule::Any
    }
}

/// [`phrase_units`] of any phrase.
fn general_phrase_units(phrase: &str) -> (String, Caps) {
    let mut norm = String::with_capacity(phrase.len());
    // Byte range in `norm` and hyphen-before flag of each unit, and its case rule; held on
    // the stack (no allocation but `norm`): a phrase has at most 32 units with case rules.
    let mut buf = [(0usize, 0usize, false, CaseRule::Any); 32];
    let mut n = 0;
    for w in phrase.split_whitespace() {
        let cleaned = w.trim_matches(|c: char| matches!(c, ',' | ';' | '"' | '(' | ')'));
        word_parts_ranges(cleaned, |p0, p1, hyph| {
            if !norm.is_empty() {
                norm.push(' ');
            }
            let a = norm.len();
            let part = &cleaned[p0..p1];
            if part.is_ascii() {
                norm.push_str(part);
                norm[a..].make_ascii_lowercase();
            } else {
                for c in part.chars() {
                    norm.extend(c.to_lowercase());
                }
            }
            if n < buf.len() {
                buf[n] = (a, norm.len(), hyph, CaseRule::of_dict_word(part));
                n += 1;
            }
        });
    }
    let units = &buf[..n];
    let same =
        |x: &(usize, usize, bool, CaseRule), y: &(usize, usize, bool, CaseRule)| norm[x.0..x.1] == norm[y.0..y.1];
    let mut dup: Option<(usize, usize)> = None;
    for j in 1..units.len() {
        if units[j].2 {
            if let Some(k) = (1..=3usize).rev().find(|&k| {
                j >= k
                    && j + k <= units.len()
                    && (0..k).all(|x| same(&units[j - k + x], &units[j + x]))
                    && collapses(k, &norm[units[j].0..units[j].1])
            }) {
                dup = Some((j, k));
                break;
            }
        }
    }
    let mut caps = Caps::default();
    match dup {
        None => {
            for u in units {
                caps.push(u.3);
            }
            (norm, caps)
        }
        Some(_) => {
            // Rare (reduplicated dictionary words): rebuild with repeats dropped.
            let mut keep = [true; 32];
            let mut j = 1;
            while j < units.len() {
                if units[j].2 {
                    if let Some(k) = (1..=3usize).rev().find(|&k| {
                        j >= k
                            && j + k <= units.len()
                            && (0..k).all(|x| same(&units[j - k + x], &units[j + x]))
                            && collapses(k, &norm[units[j].0..units[j].1])
                    }) {
                        keep[j..j + k].iter_mut().for_each(|x| *x = false);
                        j += k;
                        continue;
                    }
                }
                j += 1;
            }
            let mut out = String::with_capacity(norm.len());
            for (u, _) in units.iter().zip(&keep).filter(|(_, k)| **k) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&norm[u.0..u.1]);
                caps.push(u.3);
            }
            (out, caps)
        }
    }
}

/// The parts of a dictionary word as byte ranges `f(start, end, hyphen_before)`, as
/// [`word_parts`] splits it.
fn word_parts_ranges(word: &str, mut f: impl FnMut(usize, usize, bool)) {
    let mut w = word;
    for suf in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if w.len() > suf.len() + 1 && w.ends_with(suf) {
            w = &w[..w.len() - suf.len()];
            break;
        }
    }
    if let Some(stem) = w.strip_suffix('.') {
        if !stem.contains('.') {
            w = stem;
        }
    }
    let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let body = w[lead..].trim_end_matches(|c: char| is_hyphen(c) || c == '\'' || c == '\u{2019}');
    let mut start = 0;
    let mut hyph = false;
    for (i, c) in body.char_indices().chain(std::iter::once((body.len(), ' '))) {
        if i == body.len() || is_hyphen(c) {
            if i > start {
                f(lead + start, lead + i, hyph);
            }
            hyph = true;
            start = i + c.len_utf8();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(text: &str) -> Sentence {
        crate::simple_sentence(text)
    }

    fn norms(text: &str) -> Vec<String> {
        sentence_units(&sent(text)).into_iter().map(|u| u.norm).collect()
    }

    #[test]
    fn reduplication_collapses() {
        assert_eq!(norms("Kapal-kapal perang"), ["kapal", "perang"]);
        assert_eq!(norms("jet tempur-jet tempur Jerman"), ["jet", "tempur", "jerman"]);
        assert_eq!(norms("TNI-Polri"), ["tni", "polri"]);
    }

    #[test]
    fn abbreviations_possessives_and_stops() {
        assert_eq!(norms("U.S. troops"), ["u.s.", "troops"]);
        assert_eq!(norms("Japan's navy."), ["japan", "navy"]);
        let u = sentence_units(&sent("Japan's navy"));
        assert!(u[0].poss);
        assert_eq!((u[0].t0, u[0].t1), (0, 3));
        let u = sentence_units(&sent("the Comoros' navy"));
        assert_eq!(u[1].norm, "comoros");
        assert!(u[1].poss);
        // A closing quote after a plural is no possessive.
        assert!(!sentence_units(&sent("the 'rebels' fled"))[1].poss);
    }

    #[test]
    fn phrases_normalize_like_sentences() {
        assert_eq!(phrase_units("Jean-Yves Le Drian").0, "jean yves le drian");
        assert_eq!(phrase_units("U.S.").0, "u.s.");
        let (n, r) = phrase_units("Menteri AS");
        assert_eq!(n, "menteri as");
        assert_eq!(r.rules().collect::<Vec<_>>(), [CaseRule::Capital, CaseRule::AllCaps]);
        assert_eq!(phrase_units("Bomber-bomber").0, "bomber");
    }

    #[test]
    fn the_plain_ascii_path_gives_the_general_units() {
        let tricky = [
            "Jean-Yves Le Drian",
            "José Ramos-Horta",
            "Ngozi Okonjo-Iweala",
            "O'Brien",
            "China's",
            "U.S. Navy",
            "Jr.",
            "ÉLYSÉE",
            "Ángel Gurría",
            "Menteri AS",
            "AS",
            "MENTERI",
            "g20",
            "G20",
            "3rd Fleet",
            "iPhone",
            "mata-mata",
            "Bomber-bomber",
            "kapal  perang",
            " Joko Widodo ",
            "Joko\u{a0}Widodo",
            "Joko\u{2009}Widodo",
            "Joko\tWidodo",
            "Abu Bakr al-Baghdadi",
            "Jean\u{2010}Yves Le\u{2011}Drian",
            "the Comoros'",
            "AS'",
            "\"Hamas\"",
            "(PBB)",
            "",
            " ",
        ];
        for p in tricky {
            assert_eq!(phrase_units(p), general_phrase_units(p), "{p:?}");
        }
        // Every name, alias and word of the built-in files, split at `|`.
        let mut plain = 0;
        for (_, text) in crate::dict::BUILTIN {
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                for p in line.split(['\t', '|']).map(str::trim) {
                    plain += usize::from(p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' '));
                    assert_eq!(phrase_units(p), general_phrase_units(p), "{p:?}");
                }
            }
        }
        assert!(plain > 30_000, "{plain}");
        // Kept: the case rules of a plain phrase.
        let (n, r) = phrase_units("Menteri AS g20 NATO");
        assert_eq!(n, "menteri as g20 nato");
        let rules: Vec<_> = r.rules().collect();
        assert_eq!(
            rules,
            [CaseRule::Capital, CaseRule::AllCaps, CaseRule::Any, CaseRule::Capital]
        );
    }

    #[test]
    fn lexical_reduplication_stays_whole() {
        // `mata-mata` (spy) is a word of its own: `gas air mata` (tear gas) must not match it.
        assert_eq!(phrase_units("mata-mata").0, "mata mata");
        assert_eq!(norms("dua mata-mata asing"), ["dua", "mata", "mata", "asing"]);
        assert_eq!(norms("gas air mata"), ["gas", "air", "mata"]);
    }
}
