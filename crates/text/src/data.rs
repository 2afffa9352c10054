//! The text stage's data files (dictionaries/text/), compiled in and parsed once.

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;
use warta_core::{parse_tsv, DictError};

/// FxHash (as in rustc): word look-ups run once per token, where SipHash's DoS resistance buys nothing (the keys
/// are our own compiled-in lists).
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub(crate) type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

macro_rules! data_file {
    ($name:literal) => {
        ($name, include_str!(concat!("../../../dictionaries/text/", $name)))
    };
}

const AGENCIES: (&str, &str) = data_file!("agencies.tsv");
const BOILERPLATE: (&str, &str) = data_file!("boilerplate_lines.tsv");
const ABBR_ID: (&str, &str) = data_file!("abbreviations_id.txt");
const ABBR_EN: (&str, &str) = data_file!("abbreviations_en.txt");
const STARTERS: (&str, &str) = data_file!("sentence_starters.txt");
const STOP_ID: (&str, &str) = data_file!("stopwords_id.txt");
const STOP_EN: (&str, &str) = data_file!("stopwords_en.txt");
const MARK_MS: (&str, &str) = data_file!("markers_ms.txt");
const MARK_ID: (&str, &str) = data_file!("markers_id.txt");
const HEAD_ID: (&str, &str) = data_file!("headline_words_id.txt");
const HEAD_EN: (&str, &str) = data_file!("headline_words_en.txt");
const PLACES: (&str, &str) = data_file!("dateline_places.txt");
const NOT_PLACES: (&str, &str) = data_file!("dateline_not_places.txt");
const PARTICLES: (&str, &str) = data_file!("name_particles.txt");
const GLUED: (&str, &str) = data_file!("glued_prepositions.tsv");
const CHAR_MAP: (&str, &str) = data_file!("char_map.tsv");
const ISO639: (&str, &str) = data_file!("iso639.tsv");
/// The time stage's weekday names: a dateline's `KABUL, Wednesday (Reuters)` is its date.
const WEEKDAYS: (&str, &str) = (
    "../time/weekdays.tsv",
    include_str!("../../../dictionaries/time/weekdays.tsv"),
);

/// What a boilerplate line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    Related,
    Editor,
    Credit,
    Copyright,
    Attribution,
    Drop,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ColonRule {
    Required,
    Optional,
    Exact,
}

#[derive(Debug, Clone)]
pub(crate) struct LinePattern {
    pub prefix: &'static str,
    pub kind: LineKind,
    pub colon: ColonRule,
    pub max_chars: usize,
    /// Order in the file (editor roles are ranked by it).
    pub rank: usize,
}

/// Whether an abbreviation may end a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrClass {
    /// Never ends a sentence (`Jl.`, `Mr.`).
    Title,
    /// Ends one when the next word is capitalized (`dll.`, `Nov.`).
    Any,
}

#[derive(Debug, Default)]
pub(crate) struct Abbreviations {
    /// Entries with a capital letter: their spelling and its all-capitals form.
    cased: HashMap<&'static str, AbbrClass>,
    cased_upper: HashMap<String, AbbrClass>,
    /// All-lower-case entries: matched case-insensitively.
    lower: HashMap<&'static str, AbbrClass>,
}

impl Abbreviations {
    fn add(&mut self, file: &str, text: &'static str) -> Result<(), DictError> {
        for r in parse_tsv(file, text, "abbr", 2)? {
            let abbr = r.require(file, 0, "abbr")?;
            let class = match r.require(file, 1, "class")? {
                "title" => AbbrClass::Title,
                "any" => AbbrClass::Any,
                other => {
                    return Err(DictError::bad(
                        file,
                        r.line,
                        format!("field `class`: expected `title` or `any`, found `{other}`"),
                    ))
                }
            };
            if abbr.chars().any(char::is_uppercase) {
                self.cased.entry(abbr).or_insert(class);
                self.cased_upper.entry(abbr.to_uppercase()).or_insert(class);
            } else {
                self.lower.entry(abbr).or_insert(class);
            }
        }
        Ok(())
    }

    /// The class of `word` (without its final dot), if it is a listed abbreviation.
    pub fn get(&self, word: &str) -> Option<AbbrClass> {
        if word.is_empty() || word.len() > 16 {
            return None;
        }
        if let Some(c) = self.cased.get(word).or_else(|| self.cased_upper.get(word)) {
            return Some(*c);
        }
        with_ascii_lower(word, |w| self.lower.get(w).copied())
    }
}

/// Runs `f` on the ASCII-lower-cased `word` without allocating (words up to 32 bytes; longer or non-ASCII words
/// are lower-cased through an allocation).
pub(crate) fn with_ascii_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let b = word.as_bytes();
    if b.len() <= 32 && word.is_ascii() {
        let mut buf = [0u8; 32];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        // ASCII in, ASCII out: always valid UTF-8.
        match std::str::from_utf8(&buf[..b.len()]) {
            Ok(s) => f(s),
            Err(_) => f(&word.to_lowercase()),
        }
    } else {
        f(&word.to_lowercase())
    }
}

pub(crate) const LW_STOP_ID: u8 = 1;
pub(crate) const LW_STOP_EN: u8 = 2;
pub(crate) const LW_MARK_MS: u8 = 4;
pub(crate) const LW_MARK_ID: u8 = 8;
pub(crate) const LW_HEAD_ID: u8 = 16;
pub(crate) const LW_HEAD_EN: u8 = 32;

#[derive(Debug)]
pub(crate) struct Agency {
    /// Canonical name (`DocMeta.attribution`).
    pub name: &'static str,
    /// A spelling (the name or a variant), as written in the data file.
    pub spelling: &'static str,
    /// Only trusted inside a closing tag like `(ant)`.
    pub tag_only: bool,
}

#[derive(Debug)]
pub(crate) struct Data {
    pub agencies: Vec<Agency>,
    /// Lower-cased spelling → canonical name, every scope.
    pub agency_any: HashMap<String, &'static str>,
    /// Lower-cased spelling → canonical name, scope `all`.
    pub agency_all: HashMap<String, &'static str>,
    pub lines: Vec<LinePattern>,
    pub abbr_id: Abbreviations,
    pub abbr_en: Abbreviations,
    pub starters: HashSet<&'static str>,
    /// Language evidence of a lower-cased word: bit flags `LW_*`.
    pub lang_words: HashMap<&'static str, u8>,
    /// Lower-cased known dateline places.
    pub places: HashSet<String>,
    /// Lower-cased labels that look like datelines (`VIDEO`, `FOTO`).
    pub not_places: HashSet<String>,
    pub particles_cap: HashSet<&'static str>,
    pub particles_low: HashSet<&'static str>,
    pub glue_prefixes: Vec<&'static str>,
    pub glue_except: HashSet<&'static str>,
    pub char_map: HashMap<char, String>,
    pub iso639: HashMap<&'static str, &'static str>,
    /// Lower-cased full weekday names (`rabu`, `wednesday`).
    pub weekdays: HashSet<&'static str>,
}

fn word_set(file: &str, text: &'static str) -> Result<HashSet<&'static str>, DictError> {
    Ok(parse_tsv(file, text, "", 1)?
        .iter()
        .map(|r| r.get(0))
        .filter(|w| !w.is_empty())
        .collect())
}

fn load() -> Result<Data, DictError> {
    let (file, text) = AGENCIES;
    let mut agencies = Vec::new();
    for r in parse_tsv(file, text, "name", 1)? {
        let name = r.require(file, 0, "name")?;
        let tag_only = match r.get(2) {
            "" | "all" => false,
            "tag" => true,
            other => {
                return Err(DictError::bad(
                    file,
                    r.line,
                    format!("field `scope`: expected `all` or `tag`, found `{other}`"),
                ))
            }
        };
        if !tag_only {
            agencies.push(Agency {
                name,
                spelling: name,
                tag_only,
            });
        }
        for v in r.get(1).split(',').map(str::trim).filter(|v| !v.is_empty()) {
            agencies.push(Agency {
                name,
                spelling: v,
                tag_only,
            });
        }
    }
    let mut agency_any = HashMap::default();
    let mut agency_all = HashMap::default();
    for a in &agencies {
        agency_any.entry(a.spelling.to_lowercase()).or_insert(a.name);
        if !a.tag_only {
            agency_all.entry(a.spelling.to_lowercase()).or_insert(a.name);
        }
    }

    let (file, text) = BOILERPLATE;
    let mut lines = Vec::new();
    for (rank, r) in parse_tsv(file, text, "prefix", 4)?.into_iter().enumerate() {
        let kind = match r.require(file, 1, "kind")? {
            "related" => LineKind::Related,
            "editor" => LineKind::Editor,
            "credit" => LineKind::Credit,
            "copyright" => LineKind::Copyright,
            "attribution" => LineKind::Attribution,
            "drop" => LineKind::Drop,
            other => {
                return Err(DictError::bad(
                    file,
                    r.line,
                    format!("field `kind`: unknown kind `{other}`"),
                ))
            }
        };
        let colon = match r.require(file, 2, "colon")? {
            "yes" => ColonRule::Required,
            "no" => ColonRule::Optional,
            "exact" => ColonRule::Exact,
            other => {
                return Err(DictError::bad(
                    file,
                    r.line,
                    format!("field `colon`: expected yes/no/exact, found `{other}`"),
                ))
            }
        };
        let max_chars = r
            .require(file, 3, "max_len")?
            .parse()
            .map_err(|_| DictError::bad(file, r.line, "field `max_len`: not a number"))?;
        lines.push(LinePattern {
            prefix: r.require(file, 0, "prefix")?,
            kind,
            colon,
            max_chars,
            rank,
        });
    }
    // Longest prefix first, so `Related news` wins over `Related`.
    lines.sort_by_key(|p| std::cmp::Reverse(p.prefix.len()));

    let mut abbr_id = Abbreviations::default();
    abbr_id.add(ABBR_ID.0, ABBR_ID.1)?;
    let mut abbr_en = Abbreviations::default();
    abbr_en.add(ABBR_EN.0, ABBR_EN.1)?;

    let (file, text) = PARTICLES;
    let mut particles_cap = HashSet::default();
    let mut particles_low = HashSet::default();
    for w in word_set(file, text)? {
        if w.chars().next().is_some_and(char::is_uppercase) {
            particles_cap.insert(w);
        } else {
            particles_low.insert(w);
        }
    }

    let (file, text) = GLUED;
    let mut glue_prefixes = Vec::new();
    let mut glue_except = HashSet::default();
    for r in parse_tsv(file, text, "word", 2)? {
        let w = r.require(file, 0, "word")?;
        match r.require(file, 1, "kind")? {
            "prefix" => glue_prefixes.push(w),
            "except" => {
                glue_except.insert(w);
            }
            other => {
                return Err(DictError::bad(
                    file,
                    r.line,
                    format!("field `kind`: unknown kind `{other}`"),
                ))
            }
        }
    }
    glue_prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));

    let (file, text) = CHAR_MAP;
    let mut char_map = HashMap::default();
    for r in parse_tsv(file, text, "code", 1)? {
        let code = r.require(file, 0, "code")?;
        let c = u32::from_str_radix(code, 16)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| DictError::bad(file, r.line, format!("field `code`: `{code}` is not a hex code point")))?;
        // Raw field (not trimmed): a replacement may be a quote or empty.
        let rep = r
            .fields
            .get(1)
            .copied()
            .unwrap_or("")
            .replace("\\s", " ")
            .replace("\\n", "\n");
        char_map.insert(c, rep);
    }

    let (file, text) = ISO639;
    let mut iso639 = HashMap::default();
    for r in parse_tsv(file, text, "iso3", 2)? {
        iso639.insert(r.require(file, 0, "iso3")?, r.require(file, 1, "iso1")?);
    }

    let mut lang_words: HashMap<&'static str, u8> = HashMap::default();
    for ((file, text), flag) in [
        (STOP_ID, LW_STOP_ID),
        (STOP_EN, LW_STOP_EN),
        (MARK_MS, LW_MARK_MS),
        (MARK_ID, LW_MARK_ID),
        (HEAD_ID, LW_HEAD_ID),
        (HEAD_EN, LW_HEAD_EN),
    ] {
        for w in word_set(file, text)? {
            *lang_words.entry(w).or_default() |= flag;
        }
    }

    Ok(Data {
        agencies,
        agency_any,
        agency_all,
        lines,
        abbr_id,
        abbr_en,
        starters: word_set(STARTERS.0, STARTERS.1)?,
        lang_words,
        places: word_set(PLACES.0, PLACES.1)?
            .into_iter()
            .map(str::to_lowercase)
            .collect(),
        not_places: word_set(NOT_PLACES.0, NOT_PLACES.1)?
            .into_iter()
            .map(str::to_lowercase)
            .collect(),
        particles_cap,
        particles_low,
        glue_prefixes,
        glue_except,
        char_map,
        iso639,
        // (Abbreviations count only before a date: not alone in a dateline.)
        weekdays: parse_tsv(WEEKDAYS.0, WEEKDAYS.1, "word", 2)?
            .iter()
            .filter(|r| r.get(2).is_empty())
            .map(|r| r.get(0))
            .collect(),
    })
}

/// The parsed data. The files are compiled in and checked by the unit tests, so a failure here is a build defect.
pub(crate) static DATA: LazyLock<Data> = LazyLock::new(|| load().unwrap_or_else(|e| panic!("warta-text data: {e}")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_file_parses() {
        let d = load().expect("data files parse");
        assert!(d.agency_all.contains_key("antara news"));
        assert_eq!(d.agency_any.get("ant"), Some(&"ANTARA"));
        assert!(
            !d.agency_all.contains_key("ant"),
            "tag-only spellings stay out of datelines"
        );
        assert_eq!(d.abbr_id.get("Jl"), Some(AbbrClass::Title));
        assert_eq!(d.abbr_id.get("JL"), Some(AbbrClass::Title));
        assert_eq!(
            d.abbr_id.get("jl"),
            None,
            "a capitalized entry does not match lower case"
        );
        assert_eq!(d.abbr_id.get("Dll"), Some(AbbrClass::Any));
        assert_eq!(d.abbr_en.get("Gen"), Some(AbbrClass::Title));
        assert_eq!(d.char_map.get(&'\u{201C}').map(String::as_str), Some("\""));
        assert_eq!(d.char_map.get(&'\u{200B}').map(String::as_str), Some(""));
        assert_eq!(d.iso639.get("fra"), Some(&"fr"));
        assert!(d.places.contains("kuala lumpur"));
    }

    #[test]
    fn a_bad_abbreviation_class_names_file_and_line() {
        let mut a = Abbreviations::default();
        let err = a.add("abbr.txt", "# c\nJl\ttitle\nKec\tsometimes\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "abbr.txt:3: field `class`: expected `title` or `any`, found `sometimes`"
        );
    }
}
