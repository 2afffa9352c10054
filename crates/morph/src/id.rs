//! Indonesian affix analysis: a Nazief–Adriani-style search over all segmentations
//! `prefix* root suffix? possessive? particle?`, with recoding of nasal-deleted initials, where the
//! root lexicon (and its hunspell-id affix flags) chooses among the candidates.

use crate::{Analysis, Voice};
use rustc_hash::{FxHashMap, FxHashSet};
use warta_core::{parse_tsv, DictError};

const ROOTS: &str = include_str!("../../../dictionaries/morph/roots_id.txt");
const ROOTS_EXTRA: &str = include_str!("../../../dictionaries/morph/roots_extra_id.txt");
const NOT_ROOTS: &str = include_str!("../../../dictionaries/morph/not_roots_id.txt");
const FLAGS: &str = include_str!("../../../dictionaries/morph/hunspell_flags_id.tsv");
const TER_STATIVE: &str = include_str!("../../../dictionaries/morph/ter_stative_id.txt");
const BOUND: &str = include_str!("../../../dictionaries/morph/bound_prefixes_id.txt");

/// Longest word analysed (bytes); longer strings are returned as they are.
const MAX_LEN: usize = 48;
/// Shortest root accepted under an affix (`bom`, `cat`); two-letter entries are mostly noise.
const MIN_ROOT: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum P {
    Me = 1,
    Di,
    Ber,
    Ter,
    Pe,
    Per,
    Ke,
    Se,
    /// menge- before a (monosyllabic) root: `mengebom`. Output as `me`.
    Menge,
    /// penge-: `pengeboman`. Output as `pe`.
    Penge,
}

impl P {
    fn base(self) -> &'static str {
        match self {
            P::Me | P::Menge => "me",
            P::Di => "di",
            P::Ber => "ber",
            P::Ter => "ter",
            P::Pe | P::Penge => "pe",
            P::Per => "per",
            P::Ke => "ke",
            P::Se => "se",
        }
    }
    fn parse(s: &str) -> Option<P> {
        Some(match s {
            "me" => P::Me,
            "di" => P::Di,
            "ber" => P::Ber,
            "ter" => P::Ter,
            "pe" => P::Pe,
            "per" => P::Per,
            "ke" => P::Ke,
            "se" => P::Se,
            "menge" => P::Menge,
            "penge" => P::Penge,
            _ => return None,
        })
    }
    /// Whether `next` may follow `self` inside a prefix chain (`memper-`, `diper-`, `keber-`…).
    fn allows(self, next: P) -> bool {
        use P::*;
        match self {
            Me | Menge => matches!(next, Per | Pe | Ber),
            Di => matches!(next, Per | Pe | Ber | Ke | Se),
            Ke => matches!(next, Ber | Ter | Pe | Penge | Se | Me | Per),
            Pe | Penge => matches!(next, Ber | Per | Ter),
            Ber => matches!(next, Pe | Penge | Ke | Se | Per),
            Se => matches!(next, Ber | Pe | Penge | Ke | Per | Ter),
            Ter => matches!(next, Ber | Ke | Per),
            Per => matches!(next, Pe | Se),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Suf {
    None = 0,
    I = 1,
    Kan = 2,
    An = 3,
}

impl Suf {
    fn text(self) -> &'static str {
        match self {
            Suf::None => "",
            Suf::I => "i",
            Suf::Kan => "kan",
            Suf::An => "an",
        }
    }
    fn parse(s: &str) -> Option<Suf> {
        Some(match s {
            "-" => Suf::None,
            "i" => Suf::I,
            "kan" => Suf::Kan,
            "an" => Suf::An,
            _ => return None,
        })
    }
}

/// A prefix chain of up to three prefixes, packed 4 bits each (outermost lowest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Chain(u16);

impl Chain {
    fn len(self) -> usize {
        (0..3).take_while(|i| (self.0 >> (4 * i)) & 0xf != 0).count()
    }
    fn get(self, i: usize) -> Option<P> {
        let v = ((self.0 >> (4 * i)) & 0xf) as u8;
        PREFIXES.iter().copied().find(|p| *p as u8 == v)
    }
    fn push(self, p: P) -> Chain {
        Chain(self.0 | ((p as u16) << (4 * self.len())))
    }
    fn last(self) -> Option<P> {
        self.len().checked_sub(1).and_then(|i| self.get(i))
    }
    fn contains(self, p: P) -> bool {
        (0..self.len()).any(|i| self.get(i).map(|q| q.base()) == Some(p.base()))
    }
    /// License key: chain and suffix.
    fn key(self, s: Suf) -> u32 {
        ((self.0 as u32) << 2) | s as u32
    }
}

const PREFIXES: [P; 10] = [
    P::Me,
    P::Di,
    P::Ber,
    P::Ter,
    P::Pe,
    P::Per,
    P::Ke,
    P::Se,
    P::Menge,
    P::Penge,
];

struct Entry {
    /// (chain, suffix) keys the root's hunspell flags license, sorted.
    licenses: Box<[u32]>,
    /// A project addition without flags: every affixation counts as licensed.
    open: bool,
    /// Takes bare di- (hunspell D0): ter- on it is an agentless passive.
    transitive: bool,
}

impl Entry {
    fn licenses(&self, key: u32) -> bool {
        self.open || self.licenses.binary_search(&key).is_ok()
    }
}

pub(crate) struct Lexicon {
    roots: FxHashMap<Box<str>, Entry>,
    ter_stative: FxHashSet<Box<str>>,
    /// pasca-, antar-, non-…: bound forms before a whole word.
    bound: Vec<Box<str>>,
}

fn words(file: &str, text: &str) -> Result<Vec<(String, String, usize)>, DictError> {
    Ok(parse_tsv(file, text, "", 1)?
        .into_iter()
        .map(|r| (r.get(0).to_lowercase(), r.get(1).to_string(), r.line))
        .collect())
}

impl Lexicon {
    pub(crate) fn load() -> Result<Lexicon, DictError> {
        let flag_file = "dictionaries/morph/hunspell_flags_id.tsv";
        let mut flag_map: FxHashMap<&str, u32> = FxHashMap::default();
        for r in parse_tsv(flag_file, FLAGS, "flag", 3)? {
            let mut chain = Chain::default();
            let prefixes = r.require(flag_file, 1, "prefixes")?;
            if prefixes != "-" {
                for p in prefixes.split('+') {
                    let p = P::parse(p)
                        .ok_or_else(|| DictError::bad(flag_file, r.line, format!("unknown prefix `{p}`")))?;
                    chain = chain.push(p);
                }
            }
            let suffix = r.get(2);
            let s = Suf::parse(suffix)
                .ok_or_else(|| DictError::bad(flag_file, r.line, format!("unknown suffix `{suffix}`")))?;
            flag_map.insert(r.get(0), chain.key(s));
        }
        let di_key = Chain::default().push(P::Di).key(Suf::None);
        let mut roots: FxHashMap<Box<str>, Entry> = FxHashMap::default();
        let mut add = |file: &str, text: &str, open_if_bare: bool| -> Result<(), DictError> {
            for (w, flags, line) in words(file, text)? {
                if flags.len() % 2 != 0 {
                    return Err(DictError::bad(
                        file,
                        line,
                        format!("flags `{flags}` are not two-letter flags"),
                    ));
                }
                let mut keys: Vec<u32> = (0..flags.len() / 2)
                    .filter_map(|i| flags.get(2 * i..2 * i + 2).and_then(|f| flag_map.get(f).copied()))
                    .collect();
                let new = !roots.contains_key(w.as_str());
                let e = roots.entry(w.into_boxed_str()).or_insert(Entry {
                    licenses: Box::new([]),
                    open: false,
                    transitive: false,
                });
                keys.extend_from_slice(&e.licenses);
                keys.sort_unstable();
                keys.dedup();
                e.transitive = keys.binary_search(&di_key).is_ok();
                e.licenses = keys.into_boxed_slice();
                e.open |= open_if_bare && new && flags.is_empty();
            }
            Ok(())
        };
        add("dictionaries/morph/roots_id.txt", ROOTS, false)?;
        add("dictionaries/morph/roots_extra_id.txt", ROOTS_EXTRA, true)?;
        for (w, _, _) in words("dictionaries/morph/not_roots_id.txt", NOT_ROOTS)? {
            roots.remove(w.as_str());
        }
        let ter_stative = words("dictionaries/morph/ter_stative_id.txt", TER_STATIVE)?
            .into_iter()
            .map(|(w, _, _)| w.into_boxed_str())
            .collect();
        let bound = words("dictionaries/morph/bound_prefixes_id.txt", BOUND)?
            .into_iter()
            .map(|(w, _, _)| w.into_boxed_str())
            .collect();
        Ok(Lexicon {
            roots,
            ter_stative,
            bound,
        })
    }

    pub(crate) fn len(&self) -> usize {
        self.roots.len()
    }

    pub(crate) fn contains(&self, root: &str) -> bool {
        self.roots.contains_key(root)
    }
}

/// One way to read a word.
#[derive(Clone, Copy)]
struct Cand<'w> {
    chain: Chain,
    /// Recoded initial (`p` of `pukul` in `memukul`), then the rest of the root from the word.
    initial: Option<u8>,
    rest: &'w str,
    suffix: Suf,
    possessive: &'static str,
    particle: &'static str,
    /// Sort key: lower is better.
    rank: (u8, u8, u8, u8),
}

const PARTICLES: [&str; 4] = ["lah", "kah", "tah", "pun"];
const POSSESSIVES: [&str; 3] = ["nya", "ku", "mu"];

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Confixes Indonesian does not form (Nazief–Adriani's disallowed pairs), unless the flags say so.
fn bad_confix(outer: Option<P>, s: Suf) -> bool {
    matches!(
        (outer, s),
        (Some(P::Ber), Suf::I)
            | (Some(P::Di), Suf::An)
            | (Some(P::Ke), Suf::I | Suf::Kan)
            | (Some(P::Me | P::Menge), Suf::An)
            | (Some(P::Se), Suf::I | Suf::Kan)
            | (Some(P::Ter), Suf::An)
    )
}

/// `an`, `kannya`, `nyalah`: the endings after a root, if `tail` is only that.
fn split_tail(tail: &str) -> Option<(Suf, &'static str, &'static str)> {
    if tail.is_empty() {
        return None;
    }
    for particle in std::iter::once("").chain(PARTICLES) {
        let Some(t1) = tail.strip_suffix(particle) else {
            continue;
        };
        for possessive in std::iter::once("").chain(POSSESSIVES) {
            let Some(t2) = t1.strip_suffix(possessive) else {
                continue;
            };
            for suffix in [Suf::None, Suf::Kan, Suf::An, Suf::I] {
                if t2 == suffix.text() {
                    return Some((suffix, possessive, particle));
                }
            }
        }
    }
    None
}

struct Search<'l, 'w> {
    lex: &'l Lexicon,
    /// Capitalised word: a derived reading needs the lexicon's licence (keeps `Kediri` a name).
    strict: bool,
    best: Option<Cand<'w>>,
    buf: [u8; MAX_LEN + 1],
}

impl<'w> Search<'_, 'w> {
    fn root_str<'a>(&'a mut self, initial: Option<u8>, rest: &'a str) -> &'a str {
        match initial {
            None => rest,
            Some(c) => {
                let n = rest.len();
                self.buf[0] = c;
                self.buf[1..=n].copy_from_slice(rest.as_bytes());
                // The word was checked to be ASCII.
                std::str::from_utf8(&self.buf[..=n]).unwrap_or("")
            }
        }
    }

    fn consider(&mut self, mut c: Cand<'w>) {
        let lex = self.lex;
        let nmorph = c.chain.len()
            + (c.suffix != Suf::None) as usize
            + (!c.possessive.is_empty()) as usize
            + (!c.particle.is_empty()) as usize;
        let root_len = c.rest.len() + c.initial.is_some() as usize;
        if nmorph > 0 && root_len < MIN_ROOT {
            return;
        }
        let (initial, rest) = (c.initial, c.rest);
        let Some(e) = lex.roots.get(self.root_str(initial, rest)) else {
            return;
        };
        let licensed = c.chain.len() == 0 && c.suffix == Suf::None || e.licenses(c.chain.key(c.suffix));
        if !licensed && bad_confix(c.chain.get(0), c.suffix) {
            return;
        }
        if self.strict && !licensed {
            return;
        }
        c.rank = (
            !licensed as u8,
            nmorph as u8,
            c.chain.len() as u8,
            c.initial.is_some() as u8,
        );
        if self.best.as_ref().is_none_or(|b| c.rank < b.rank) {
            self.best = Some(c);
        }
    }

    /// Every reading of `stem` as prefixes + root, given the chain stripped so far.
    fn prefixes(&mut self, stem: &'w str, chain: Chain, proto: Cand<'w>) {
        self.consider(Cand {
            chain,
            initial: None,
            rest: stem,
            ..proto
        });
        if chain.len() >= 3 || stem.len() < 4 {
            return;
        }
        let b = stem.as_bytes();
        let allowed = |p: P| chain.last().is_none_or(|l| l.allows(p)) && !chain.contains(p);
        let v = |i: usize| b.get(i).is_some_and(|&c| is_vowel(c));
        let at = |i: usize| b.get(i).copied().unwrap_or(0);
        let emit = |s: &mut Self, p: P, skip: usize, initial: Option<u8>| {
            if skip >= stem.len() {
                return;
            }
            let rest = &stem[skip..];
            match initial {
                None => s.prefixes(rest, chain.push(p), proto),
                Some(_) => s.consider(Cand {
                    chain: chain.push(p),
                    initial,
                    rest,
                    ..proto
                }),
            }
        };
        // meN- and pe(N)- share their nasal allomorphs.
        for (nasal, base, geng) in [("me", P::Me, P::Menge), ("pe", P::Pe, P::Penge)] {
            if !stem.starts_with(nasal) || !allowed(base) {
                continue;
            }
            let k = 2;
            match (at(k), at(k + 1), at(k + 2)) {
                (b'n', b'g', b'e') if allowed(geng) => {
                    // menge- + monosyllable (mengebom); also meng- + e-initial root or k-deleted.
                    emit(self, geng, k + 3, None);
                    emit(self, base, k + 2, None);
                    emit(self, base, k + 2, Some(b'k'));
                }
                (b'n', b'g', c) if is_vowel(c) => {
                    emit(self, base, k + 2, None);
                    emit(self, base, k + 2, Some(b'k'));
                }
                (b'n', b'g', b'g' | b'h' | b'k') => emit(self, base, k + 2, None),
                (b'n', b'y', c) if is_vowel(c) => {
                    emit(self, base, k + 2, Some(b's'));
                    // me- + ny-initial root (menyanyi).
                    emit(self, base, k, None);
                }
                (b'n', c, _) if is_vowel(c) => {
                    emit(self, base, k, None);
                    emit(self, base, k + 1, Some(b't'));
                }
                (b'n', b'd' | b'c' | b'j' | b'z' | b's' | b't', _) => emit(self, base, k + 1, None),
                (b'm', c, _) if is_vowel(c) => {
                    emit(self, base, k, None);
                    emit(self, base, k + 1, Some(b'p'));
                }
                (b'm', b'b' | b'f' | b'v' | b'p', _) => emit(self, base, k + 1, None),
                (b'l' | b'r' | b'w' | b'y' | b'm' | b'n', _, _) => emit(self, base, k, None),
                _ => {
                    // pe- without nasal before any consonant: pekerja, petani.
                    if base == P::Pe && !v(k) {
                        emit(self, base, k, None);
                    }
                }
            }
        }
        // ber-, ter-, per- and their be-/te-/pe- (before r and -er- syllables) and bel-/pel- (ajar).
        for (full, p) in [("ber", P::Ber), ("ter", P::Ter), ("per", P::Per)] {
            if !allowed(p) || !stem.starts_with(&full[..2]) {
                continue;
            }
            if stem.starts_with(full) {
                emit(self, p, 3, None);
            }
            let r_syllable = at(2) == b'r' || (!v(2) && at(3) == b'e' && at(4) == b'r');
            if r_syllable {
                emit(self, p, 2, None);
            }
            if p != P::Ter && at(2) == b'l' && stem[3..].starts_with("ajar") {
                emit(self, p, 3, None);
            }
        }
        for (pre, p) in [("di", P::Di), ("ke", P::Ke), ("se", P::Se)] {
            if stem.starts_with(pre) && allowed(p) {
                emit(self, p, 2, None);
            }
        }
    }
}

impl Lexicon {
    /// Best reading of a lower-case ASCII word, if any has a known root.
    fn search<'w>(&self, w: &'w str, strict: bool) -> Option<Cand<'w>> {
        let mut s = Search {
            lex: self,
            strict,
            best: None,
            buf: [0; MAX_LEN + 1],
        };
        let proto = Cand {
            chain: Chain::default(),
            initial: None,
            rest: w,
            suffix: Suf::None,
            possessive: "",
            particle: "",
            rank: (0, 0, 0, 0),
        };
        // The word itself is a root: nothing ranks better (licensed, no morpheme stripped).
        if self.roots.contains_key(w) {
            return Some(proto);
        }
        for particle in std::iter::once("").chain(PARTICLES) {
            // A capitalised word keeps endings that are often part of names (Mekkah, Situ): only
            // -nya is split off it.
            if strict && !particle.is_empty() {
                continue;
            }
            let Some(w1) = w.strip_suffix(particle) else { continue };
            for possessive in std::iter::once("").chain(POSSESSIVES) {
                if strict && !matches!(possessive, "" | "nya") {
                    continue;
                }
                let Some(w2) = w1.strip_suffix(possessive) else {
                    continue;
                };
                if w2.len() < 2 {
                    continue;
                }
                for suffix in [Suf::None, Suf::Kan, Suf::An, Suf::I] {
                    let Some(stem) = w2.strip_suffix(suffix.text()) else {
                        continue;
                    };
                    if stem.len() < 2 {
                        continue;
                    }
                    s.prefixes(
                        stem,
                        Chain::default(),
                        Cand {
                            suffix,
                            possessive,
                            particle,
                            ..proto
                        },
                    );
                }
            }
        }
        s.best
    }

    /// Analysis of a lower-case word without hyphens.
    fn analyze_simple(&self, w: &str, strict: bool) -> Analysis {
        let unknown = || Analysis {
            root: w.to_string(),
            ..Analysis::default()
        };
        if w.len() > MAX_LEN || !w.bytes().all(|c| c.is_ascii_lowercase()) {
            return unknown();
        }
        let Some(c) = self.search(w, strict) else {
            // pascapembakaran, antarnegara: a bound form before a word the lexicon knows.
            for b in &self.bound {
                if let Some(rest) = w.strip_prefix(&**b).filter(|r| r.len() > MIN_ROOT) {
                    let mut a = self.analyze_simple(rest, strict);
                    if a.known {
                        a.prefixes.insert(0, b.to_string());
                        return a;
                    }
                }
            }
            return unknown();
        };
        let mut root = String::with_capacity(c.rest.len() + 1);
        if let Some(i) = c.initial {
            root.push(i as char);
        }
        root.push_str(c.rest);
        let prefixes: Vec<String> = (0..c.chain.len())
            .filter_map(|i| c.chain.get(i))
            .map(|p| p.base().to_string())
            .collect();
        let suffixes = match c.suffix {
            Suf::None => Vec::new(),
            s => vec![s.text().to_string()],
        };
        let clitics = [c.possessive, c.particle]
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let voice = self.voice(c.chain.get(0), c.suffix, &root);
        Analysis {
            root,
            prefixes,
            suffixes,
            clitics,
            voice,
            reduplicated: false,
            known: true,
        }
    }

    fn voice(&self, outer: Option<P>, suffix: Suf, root: &str) -> Voice {
        match outer {
            Some(P::Me | P::Menge) => Voice::Active,
            Some(P::Di) => Voice::Passive,
            Some(P::Ber) => Voice::Stative,
            Some(P::Ter) => {
                // tertembak (shot, by no named agent) vs terbesar, tertidur, terdapat.
                let transitive = self.roots.get(root).is_some_and(|e| e.transitive);
                if (suffix != Suf::None || transitive) && !self.ter_stative.contains(root) {
                    Voice::Passive
                } else {
                    Voice::Stative
                }
            }
            Some(P::Ke) if suffix == Suf::An => Voice::Stative,
            _ => Voice::None,
        }
    }

    pub(crate) fn analyze(&self, word: &str) -> Analysis {
        let word = word.trim();
        let strict = word.chars().next().is_some_and(char::is_uppercase);
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let all_caps = letters > 1 && word.chars().all(|c| !c.is_lowercase());
        let lw = if word.bytes().any(|c| c.is_ascii_uppercase()) || !word.is_ascii() {
            word.to_lowercase()
        } else {
            word.to_string()
        };
        // Acronyms (TNI, PBB, DPR) are names, not affixed words.
        if all_caps && letters <= 5 {
            return Analysis {
                root: lw,
                ..Analysis::default()
            };
        }
        if lw.contains('-') {
            return self.analyze_hyphenated(&lw, strict);
        }
        let mut a = self.analyze_simple(&lw, strict);
        if !a.known && lw.len() == a.root.len() {
            a.root = lw;
        }
        a
    }

    /// `posisi-posisi`, `anak-anaknya`, `tembak-menembak`, `bermain-main`, `di-PHK`, `aba-aba`.
    fn analyze_hyphenated(&self, lw: &str, strict: bool) -> Analysis {
        let itself = || Analysis {
            root: lw.to_string(),
            known: self.contains(lw),
            ..Analysis::default()
        };
        if lw.len() > 2 * MAX_LEN {
            return itself();
        }
        let Some((a, b)) = lw.split_once('-') else {
            return itself();
        };
        if a.is_empty() || b.is_empty() || b.contains('-') {
            return itself();
        }
        // A prefix written with a hyphen before a name or acronym: di-PHK, me-reshuffle.
        let prefix = match a {
            "di" => Some(P::Di),
            "me" | "meng" | "mem" | "men" | "meny" | "menge" => Some(P::Me),
            "ber" | "be" => Some(P::Ber),
            "ter" => Some(P::Ter),
            "pe" | "peng" | "pem" | "pen" | "peny" | "penge" => Some(P::Pe),
            "ke" => Some(P::Ke),
            "se" => Some(P::Se),
            _ => None,
        };
        if let Some(p) = prefix {
            let inner = self.analyze_simple(b, false);
            let mut prefixes = vec![p.base().to_string()];
            prefixes.extend(inner.prefixes.iter().cloned());
            let suffix = match inner.suffixes.first().map(String::as_str) {
                Some("i") => Suf::I,
                Some("kan") => Suf::Kan,
                Some("an") => Suf::An,
                _ => Suf::None,
            };
            return Analysis {
                voice: self.voice(Some(p), suffix, &inner.root),
                prefixes,
                ..inner
            };
        }
        if self.bound.iter().any(|p| **p == *a) {
            let mut inner = self.analyze_simple(b, strict);
            inner.prefixes.insert(0, a.to_string());
            return inner;
        }
        let ra = self.analyze_simple(a, strict);
        let mut rb = self.analyze_simple(b, false);
        // besar-besaran, anak-anaknya: the second half is the first plus suffix/clitics, even where
        // the lexicon lists the suffixed form (`besaran`) as a word of its own.
        if rb.root != ra.root && ra.known {
            if let Some((suffix, possessive, particle)) = b.strip_prefix(a).and_then(split_tail) {
                rb = Analysis {
                    root: ra.root.clone(),
                    suffixes: [suffix.text()]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .map(|s| s.to_string())
                        .collect(),
                    clitics: [possessive, particle]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .map(|s| s.to_string())
                        .collect(),
                    ..Analysis::default()
                };
            }
        }
        // Lexicalised hyphenated entries (`tembak-menembak`, `aba-aba`) still read as reduplication
        // of their root; other hyphenated words (`anti-israel`) stay whole.
        if ra.root != rb.root || !(ra.known || a == b) {
            return itself();
        }
        // tembak-menembak: bare root + meN- form = reciprocal action, no agent-patient transfer.
        let reciprocal = ra.prefixes.is_empty() && rb.prefixes.first().is_some_and(|p| p == "me");
        let prefixes = if ra.prefixes.is_empty() {
            rb.prefixes.clone()
        } else {
            ra.prefixes.clone()
        };
        let suffixes = if rb.suffixes.is_empty() {
            ra.suffixes.clone()
        } else {
            rb.suffixes.clone()
        };
        let voice = if reciprocal {
            Voice::Stative
        } else {
            let suffix = match suffixes.first().map(String::as_str) {
                Some("i") => Suf::I,
                Some("kan") => Suf::Kan,
                Some("an") => Suf::An,
                _ => Suf::None,
            };
            self.voice(prefixes.first().and_then(|p| P::parse(p)), suffix, &ra.root)
        };
        Analysis {
            root: ra.root,
            prefixes,
            suffixes,
            clitics: rb.clitics,
            voice,
            reduplicated: true,
            known: ra.known || self.contains(lw),
        }
    }
}
