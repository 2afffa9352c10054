//! Loading the actor dictionaries (built-in and user files) into one phrase table.
//!
//! Every file is a TSV whose header's first column names its format:
//! `country_code` (countries.tsv), `country_phrase` (countries_extra.tsv), `role_phrase`
//! (roles.tsv), `org_code` (orgs.tsv), `person` (people*.tsv), `word` (words.tsv).
//! Later files override earlier ones: a phrase defined again for the same language
//! replaces the earlier entries, a person named again replaces that person's terms.

use crate::norm::{phrase_units, Caps};
use std::collections::{HashMap as StdMap, HashSet as StdSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A small multiplicative hasher for the many short keys of the dictionaries (the
/// default SipHash is built for untrusted input and costs a third of the load time here).
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
    }
    fn finish(&self) -> u64 {
        // The table takes its bucket from the low bits, and a product's low bits depend only
        // on the key's low bits: for the automaton's (state, word) keys every state followed
        // by one common word fell into one bucket. The well-mixed high bits go low.
        self.0.rotate_left(26)
    }
}

pub type HashMap<K, V> = StdMap<K, V, BuildHasherDefault<Fx>>;
pub type HashSet<K> = StdSet<K, BuildHasherDefault<Fx>>;
use warta_core::{Date, DictError};

/// The most columns a dictionary row has (orgs: 9, with `start` and `end`); further fields are ignored.
const MAX_FIELDS: usize = 9;

/// One data row of a TSV file, its fields borrowed and held inline (the loader reads ~20,000
/// rows: a vector of fields per row was a tenth of the load time).
struct Row<'a> {
    line: usize,
    fields: [&'a str; MAX_FIELDS],
}

impl<'a> Row<'a> {
    /// Field `i`, trimmed; empty when absent.
    fn get(&self, i: usize) -> &'a str {
        self.fields.get(i).map_or("", |s| trim_field(s))
    }
    /// Field `i`, required to be non-empty.
    fn require(&self, file: &str, i: usize, name: &str) -> Result<&'a str, DictError> {
        warta_core::tsv::required(file, self.line, i, name, self.get(i))
    }
}

/// `s.trim()`, without decoding a character when both end bytes are ASCII and no space or
/// control character (nearly every field): `str::trim` looked at each end's character's
/// Unicode class, for every field read (a twentieth of the load time). Every byte that may begin
/// a whitespace character is a control character, a space, or not ASCII.
fn trim_field(s: &str) -> &str {
    match s.as_bytes() {
        [a, .., b] if (b'!'..0x80).contains(a) && (b'!'..0x80).contains(b) => s,
        [a] if (b'!'..0x80).contains(a) => s,
        _ => s.trim(),
    }
}

/// The data rows of `text` (as `warta_core::parse_tsv`: `#` comments, blank lines and the
/// header line skipped, at least `min_fields` fields, errors name file and line), lazily.
/// One pass over the bytes finds both the line ends and the tabs (with `lines` and `splitn`
/// every field was a search of its own: a fifth of the load time).
fn rows<'a>(
    file: &'a str,
    text: &'a str,
    header: &'a str,
    min_fields: usize,
) -> impl Iterator<Item = Result<Row<'a>, DictError>> + 'a {
    let bytes = text.as_bytes();
    let (mut pos, mut i) = (0usize, 0usize);
    std::iter::from_fn(move || loop {
        if pos >= bytes.len() {
            return None;
        }
        // Tab positions of the line, up to the last field (a note, whose tabs are its own).
        let mut tabs = [0usize; MAX_FIELDS - 1];
        let mut n_tabs = 0;
        let start = pos;
        let mut j = start;
        let end = loop {
            let k = next_tab_or_newline(bytes, j);
            if k >= bytes.len() || bytes[k] == b'\n' {
                break k.min(bytes.len());
            }
            if n_tabs < tabs.len() {
                tabs[n_tabs] = k;
                n_tabs += 1;
            }
            j = k + 1;
        };
        pos = end + 1;
        i += 1;
        // Both ends are at ASCII bytes (or the text's ends), so the slice is on char boundaries.
        let line = text[start..end].trim_end_matches('\r');
        // A line that begins with a plain ASCII character other than `#` is a row (nearly every
        // line); only others are trimmed to tell blank lines and comments.
        let plain_start = line
            .as_bytes()
            .first()
            .is_some_and(|&b| (b'!'..0x80).contains(&b) && b != b'#');
        if !plain_start && (line.trim().is_empty() || line.trim_start().starts_with('#')) {
            continue;
        }
        let mut fields = [""; MAX_FIELDS];
        let mut from = start;
        for (f, &t) in fields.iter_mut().zip(&tabs[..n_tabs]) {
            *f = &text[from..t];
            from = t + 1;
        }
        // The last field runs to the line's end (its trailing `\r`s trimmed).
        fields[n_tabs] = &text[from..start + line.len()];
        let n = n_tabs + 1;
        if trim_field(fields[0]) == header {
            continue;
        }
        if n < min_fields {
            return Some(Err(DictError::bad(
                file,
                i,
                format!("expected at least {min_fields} tab-separated fields, found {n}"),
            )));
        }
        return Some(Ok(Row { line: i, fields }));
    })
}

/// The position of the first `\t` or `\n` at or after `j` in `bytes`, or `bytes.len()`
/// (`memchr2` scans many bytes at a time: a byte loop was a tenth of the load time).
fn next_tab_or_newline(bytes: &[u8], j: usize) -> usize {
    let j = j.min(bytes.len());
    memchr::memchr2(b'\t', b'\n', &bytes[j..]).map_or(bytes.len(), |k| j + k)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangSel {
    Any,
    Id,
    En,
}

impl LangSel {
    fn parse(s: &str) -> Option<LangSel> {
        match s {
            "" | "*" => Some(LangSel::Any),
            "id" => Some(LangSel::Id),
            "en" => Some(LangSel::En),
            _ => None,
        }
    }
    pub fn accepts(self, lang: &warta_core::Lang) -> bool {
        match self {
            LangSel::Any => true,
            LangSel::Id => *lang == warta_core::Lang::Id,
            LangSel::En => *lang == warta_core::Lang::En,
        }
    }
}

/// How a country is named: its name, an adjective/demonym, a capital (metonym only when
/// not a place after a preposition).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Name,
    Adj,
    Capital,
}

/// Which side of a person, party or government a word like `supporters of` / `opponents of` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Follower,
    Opponent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    /// `mantan`, `former`: the following office holder is an ex-holder (…ELI).
    Former,
    /// Place prepositions (`di`, `in`): a capital after one is a place, not an actor.
    Locative,
    /// Words allowed between a role and its country (`jarak jauh`, `long-range`).
    Modifier,
    /// Titles and ranks before a name (`Jenderal`, `Mr`).
    Title,
    /// Coordination (`dan`, `and`, `serta`).
    Conj,
    /// `of` in `President of France`.
    Of,
    /// Capitalized words that are not part of a person's name (`Senin`, `The`, `Operasi`).
    NotName,
    /// Place words that may stand between a role and a name (`Gubernur Jawa Barat Ridwan Kamil`).
    Place,
    /// Name particles kept with a surname (`Le Drian`, `van Gaal`, `bin Salman`).
    Particle,
    /// `pro`, `anti` hyphened to a country (`pro-Rusia`, `anti-American`): the country names
    /// a side taken, not an actor.
    Stance,
    /// A phrase that names no actor though it holds an actor's word (`dolar AS`, `operasi
    /// militer`): matched as one unit, it hides the country or role inside.
    NoActor,
}

#[derive(Debug, Clone)]
pub enum Kind {
    Country {
        code: Box<str>,
        form: Form,
    },
    /// An organization or seat of power with a full code; `entity` = ORG entity span.
    Org {
        code: Box<str>,
        name: Box<str>,
        entity: bool,
        /// Index into `Dict::org_offices` + 1 (0: the organization's offices are not looked
        /// up, e.g. a UN agency that shares the code IGOUNO with the UN itself).
        offices: u32,
        /// Index into `Dict::org_cues` + 1 (0: none): words of the sentence that choose this
        /// reading of a name several organizations share (`Dewan Eropa`).
        cues: u32,
        /// A seat of power named by its building (`White House`, `Kremlin`): after `at`/`di` a place.
        seat: bool,
        /// orgs.tsv kind `vessel`: the prefix of a ship's name (`KRI`, `KN`), an actor only
        /// before the name, which it spans (`KRI Usman Harun`), of the row's fixed code.
        vessel: bool,
        /// orgs.tsv kind `mission`: an embassy or consulate named by its acronym (`KBRI`,
        /// `KJRI`), which spans the town named right after it (`KBRI Kuala Lumpur`): the town
        /// says where the mission sits, not whose it is.
        mission: bool,
        /// The row's validity span (orgs.tsv columns `start`, `end`; open when `None`): outside
        /// it the row is not used (`Taliban` is AFGREB until 2021-08-14, AFGGOV from 2021-08-15).
        from: Option<Date>,
        until: Option<Date>,
    },
    /// A CAMEO agent noun; `office` links it to office holders in people.tsv; `org` marks
    /// institutions (`Angkatan Udara`) whose capitalized phrase is an ORG entity.
    Role {
        agent: Box<str>,
        office: Option<Box<str>>,
        org: bool,
        /// Flag `igo`: an actor only next to an organization with indexed offices
        /// (`chief`, `kepala`, `Director-General`); alone it is no role.
        igo: bool,
        /// Flag `foreign`: people from elsewhere (`warga asing`, `foreigners`): named alone,
        /// the role never takes the article's home country.
        foreign: bool,
        /// Flag `named`: an actor only with a country or organization in its phrase
        /// (`North Korean leader`, `Hamas leader`); alone (`party leader`) it is no role.
        named: bool,
        /// Flag `bare`: the word for a government itself (`pemerintah`, `junta`): named alone in an
        /// Indonesian text with no dateline, it is the government just named, else Indonesia's.
        bare: bool,
    },
    Person {
        pid: u32,
    },
    Word(WordKind),
}

/// A region or city whose offices have holders (words.tsv kind `region`).
#[derive(Debug, Clone)]
pub struct Region {
    pub lang: LangSel,
    pub caps: Caps,
    /// The country code (`IDN`) and the key its office keys end with (`jawa_barat`:
    /// `governor_jawa_barat`).
    pub country: Box<str>,
    pub key: Box<str>,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub kind: Kind,
    pub lang: LangSel,
    pub caps: Caps,
    /// Index into `Dict::sources` and the line there.
    pub src: u32,
    pub line: u32,
}

impl Entry {
    /// Whether the entry may be used at `date`: an organization row with a validity span
    /// only inside it; with no date known, only a row whose span is still open (today's
    /// reading: plain `Taliban` is the government). Every other entry always.
    pub fn valid_at(&self, date: Option<Date>) -> bool {
        match self.kind {
            Kind::Org { from, until, .. } => match date {
                Some(d) => from.is_none_or(|f| f <= d) && until.is_none_or(|u| d <= u),
                None => until.is_none(),
            },
            _ => true,
        }
    }

    /// The validity span of a dated organization row (`2021-08-15–…`), if it has one.
    pub fn span(&self) -> Option<String> {
        match self.kind {
            Kind::Org { from, until, .. } if from.is_some() || until.is_some() => Some(format!(
                "{}–{}",
                from.map_or("…".into(), |d| d.to_string()),
                until.map_or("…".into(), |d| d.to_string())
            )),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Term {
    pub code: Sym,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub role: Sym,
    pub src: u32,
    pub line: u32,
}

/// An interned string (codes and office names repeat thousands of times).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sym(pub u32);

#[derive(Default)]
pub struct Interner {
    strings: Vec<String>,
    index: HashMap<String, u32>,
}

impl Interner {
    pub fn intern(&mut self, s: &str) -> Sym {
        if let Some(&i) = self.index.get(s) {
            return Sym(i);
        }
        let i = self.strings.len() as u32;
        let owned = s.to_string();
        self.strings.push(owned.clone());
        self.index.insert(owned, i);
        Sym(i)
    }
    pub fn get(&self, s: Sym) -> &str {
        &self.strings[s.0 as usize]
    }
    /// The symbol of `s` if it was interned (no allocation).
    pub fn lookup(&self, s: &str) -> Option<Sym> {
        self.index.get(s).map(|&i| Sym(i))
    }
}

/// `syms.intern(s)`, or the symbol in `last` when `s` is its string; `last` becomes `s`'s.
fn intern_again<'a>(syms: &mut Interner, last: &mut Option<(&'a str, Sym)>, s: &'a str) -> Sym {
    match *last {
        Some((l, sym)) if l == s => sym,
        _ => {
            let sym = syms.intern(s);
            *last = Some((s, sym));
            sym
        }
    }
}

/// The actor an office belongs to: the country of a state code (`FRAGOV` → `FRA`), the
/// whole code of an IGO or other group (`IGOUNO`, `IGOUNOHLHWHO`).
pub fn office_actor(code: &str) -> &str {
    match code.get(..3) {
        Some(c) if !GROUPS.contains(&c) => c,
        _ => code,
    }
}

/// Code prefixes that are not countries.
pub const GROUPS: &[&str] = &["IGO", "NGO", "IMG", "MNC", "NGM", "INT", "MED", "---"];

#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    /// What tells this person from a homonym (`Colombia` in `Pedro Sánchez (Colombia)`);
    /// empty for most people. Not matched, not output.
    pub qualifier: Box<str>,
    pub terms: Vec<Term>,
    /// Column `match` = `office`: a name too common to match alone (`Rudini`, `Abdul Sattar`),
    /// matched only right after an office the person held (`Mendagri Rudini`), and then as a
    /// short form in the rest of the article.
    pub office_only: bool,
    /// Hash of the normalized name: tells the person's own name entry in `Dict::phrases`
    /// from other people's aliases of the same form (no second map of names to people).
    key_hash: u64,
}

fn key_hash(key: &str) -> u64 {
    use std::hash::BuildHasher;
    BuildHasherDefault::<Fx>::default().hash_one(key)
}

/// `Pedro Sánchez (Colombia)` → (`Pedro Sánchez`, `Colombia`): a trailing parenthesized
/// qualifier makes another person of the same name (a homonym), not more terms of the first.
fn split_qualifier(field: &str) -> (&str, &str) {
    let parts = field
        .strip_suffix(')')
        .and_then(|s| s.rfind(" (").map(|i| (s[..i].trim(), s[i + 2..].trim())));
    match parts {
        Some((name, q)) if !name.is_empty() && !q.is_empty() => (name, q),
        _ => (field, ""),
    }
}

/// Offices of a head of state or government: the better-known of two homonyms holds one.
const HEAD_OFFICES: &[&str] = &[
    "president",
    "prime_minister",
    "chancellor",
    "king",
    "queen",
    "emir",
    "supreme_leader",
    "crown_prince",
];

#[derive(Default)]
pub struct Dict {
    pub sources: Vec<String>,
    /// Normalized phrase → entries.
    pub phrases: HashMap<String, Vec<Entry>>,
    pub people: Vec<Person>,
    /// (actor, office) → people holding it at some time; the actor is a country code or an
    /// IGO's full code (see [`office_actor`]), both interned: a lookup allocates nothing.
    pub offices: HashMap<(Sym, Sym), Vec<u32>>,
    /// Per organization row with offices: (word office → office key) pairs, e.g. the UN's
    /// `head` → `secretary_general`, the European Commission's `president` → `commission_president`.
    pub org_offices: Vec<Vec<(Box<str>, Box<str>)>>,
    /// Per organization row with cues (orgs.tsv column 7): normalized words and phrases.
    pub org_cues: Vec<Vec<String>>,
    pub country_names: HashMap<String, String>,
    /// ISO 3166-1 alpha-2 → CAMEO country code (`FR` → `FRA`).
    pub alpha2: HashMap<String, String>,
    /// Name particles (`le`, `bin`), kept with a surname when remembering short forms.
    pub particles: HashSet<String>,
    /// Little words a headline keeps in lower case (`ke`, `di`, `of`, `the`): not counted when
    /// telling a title-case line from running text.
    pub headline_lower: HashSet<String>,
    /// Prepositions of a place someone is sent to (`to`, `ke`): residents named before one are
    /// not located there (`expelled three dissidents to Spain`).
    pub destinations: HashSet<String>,
    /// A company's legal form before its name (`PT`, `CV`): a role of workers right before it
    /// is of the company after it (`buruh PT Sritex`).
    pub legal_forms: HashSet<String>,
    /// Words naming a government (`pemerintah`, `junta`): forces named with one are the
    /// government's of wherever they are.
    pub government_words: Vec<String>,
    /// The acronyms of orgs.tsv rows of kind `mission` (`kbri`, `kjri`), lower-cased: a town
    /// inside such a mention is where the mission sits.
    pub mission_words: Vec<String>,
    /// Words for the followers (`pendukung`, `supporters of`) or opponents (`penentang`,
    /// `opponents of`) of a person, a party or a government, lower-cased word sequences, with the
    /// agent they are: followers are civilians of that country (CVL), opponents its opposition (OPP).
    pub followers: Vec<(Vec<String>, Side)>,
    /// Regions and cities whose offices have holders (words.tsv kind `region`): normalized
    /// name (`jawa barat`, `west java`, `jabar`) → readings. A regional office (roles.tsv office
    /// `governor_*`) next to one names the holder of `governor_<key>` of its country.
    pub regions: HashMap<String, Vec<Region>>,
    /// The most words a region's name has.
    pub region_len: usize,
    /// Words that may stand between a regional office and its region (words.tsv kind
    /// `region_prefix`: `Provinsi`, `Kota`, `of`).
    pub region_prefixes: HashSet<String>,
    pub syms: Interner,
    /// Sources from this index on are user files (they override built-in entries).
    user_from: u32,
}

/// The words of one kind in the built-in words.tsv, read without building a dictionary (the
/// normalizer needs them before any dictionary exists).
pub fn embedded_words_of_kind(kind: &str) -> impl Iterator<Item = &'static str> + '_ {
    include_str!("../../../dictionaries/actors/words.tsv")
        .lines()
        .filter_map(move |l| {
            let mut f = l.split('\t');
            let w = f.next()?.trim();
            (!w.starts_with('#') && f.nth(1).map(str::trim) == Some(kind)).then_some(w)
        })
}

pub const BUILTIN: &[(&str, &str)] = &[
    (
        "countries.tsv",
        include_str!("../../../dictionaries/actors/countries.tsv"),
    ),
    (
        "countries_extra.tsv",
        include_str!("../../../dictionaries/actors/countries_extra.tsv"),
    ),
    ("roles.tsv", include_str!("../../../dictionaries/actors/roles.tsv")),
    ("orgs.tsv", include_str!("../../../dictionaries/actors/orgs.tsv")),
    ("words.tsv", include_str!("../../../dictionaries/actors/words.tsv")),
    (
        "people_phoenix.tsv",
        include_str!("../../../dictionaries/actors/people_phoenix.tsv"),
    ),
    (
        "people_offices_west.tsv",
        include_str!("../../../dictionaries/actors/people_offices_west.tsv"),
    ),
    (
        "people_offices_rest.tsv",
        include_str!("../../../dictionaries/actors/people_offices_rest.tsv"),
    ),
    (
        "people_offices_interior.tsv",
        include_str!("../../../dictionaries/actors/people_offices_interior.tsv"),
    ),
    (
        "people_offices_defence.tsv",
        include_str!("../../../dictionaries/actors/people_offices_defence.tsv"),
    ),
    (
        "people_offices_history.tsv",
        include_str!("../../../dictionaries/actors/people_offices_history.tsv"),
    ),
    (
        "people_fill_africa.tsv",
        include_str!("../../../dictionaries/actors/people_fill_africa.tsv"),
    ),
    (
        "people_fill_europe.tsv",
        include_str!("../../../dictionaries/actors/people_fill_europe.tsv"),
    ),
    (
        "people_fill_asia_americas.tsv",
        include_str!("../../../dictionaries/actors/people_fill_asia_americas.tsv"),
    ),
    (
        "people_fill_oceania.tsv",
        include_str!("../../../dictionaries/actors/people_fill_oceania.tsv"),
    ),
    (
        "people_fill_americas.tsv",
        include_str!("../../../dictionaries/actors/people_fill_americas.tsv"),
    ),
    ("people.tsv", include_str!("../../../dictionaries/actors/people.tsv")),
    (
        "people_igo.tsv",
        include_str!("../../../dictionaries/actors/people_igo.tsv"),
    ),
];

/// The first column name of a file's header line, if any.
fn header_of(text: &str) -> Option<&str> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .and_then(|l| l.split('\t').next())
        .map(str::trim)
}

/// A term's date. A year or a month alone stands for its first day as a start and its last day as
/// an end (`1994 1994` is the whole year, not one day).
fn parse_date_field(file: &str, line: usize, s: &str, end: bool) -> Result<Option<Date>, DictError> {
    if s.is_empty() {
        return Ok(None);
    }
    // The digits of bytes a..b as a number (at most four: no overflow), without `str::parse`.
    let num = |a: usize, b: usize| {
        s.as_bytes()
            .get(a..b)?
            .iter()
            .try_fold(0i16, |n, &c| c.is_ascii_digit().then(|| n * 10 + i16::from(c - b'0')))
    };
    let sep = |i: usize| s.as_bytes().get(i) == Some(&b'-');
    // A partial end date (a year or a month) is read as its last month, then its last day.
    let partial_end = end && s.len() < 10;
    let parsed = match s.len() {
        4 => num(0, 4).map(|y| (y, if end { 12 } else { 1 }, 1)),
        7 if sep(4) => num(0, 4).zip(num(5, 7)).map(|(y, m)| (y, m, 1)),
        10 if sep(4) && sep(7) => num(0, 4).zip(num(5, 7)).zip(num(8, 10)).map(|((y, m), d)| (y, m, d)),
        _ => None,
    };
    parsed
        .and_then(|(y, m, d)| Date::new(y, m as i8, d as i8).ok())
        .map(|d| if partial_end { d.last_of_month() } else { d })
        .map(Some)
        .ok_or_else(|| DictError::bad(file, line, format!("bad date `{s}` (want YYYY-MM-DD)")))
}

fn valid_code(code: &str) -> bool {
    (code.len() >= 3) && code.len() <= 15 && code.chars().all(|c| c.is_ascii_uppercase() || c == '-')
}

impl Dict {
    /// Loads `files` in order; those from index `user_from` on are user files.
    pub fn load_with_user(files: &[(String, &str)], user_from: usize) -> Result<Dict, DictError> {
        let mut d = Dict {
            user_from: user_from as u32,
            ..Dict::default()
        };
        // Room for every line's phrases up front (rehashing was a tenth of the load time).
        let lines: usize = files.iter().map(|(_, t)| t.len() / 48).sum();
        d.phrases.reserve(lines);
        let timing = std::env::var_os("WARTA_ACTORS_TIMING").is_some();
        for (name, text) in files {
            let t = std::time::Instant::now();
            d.add_file(name, text)?;
            if timing {
                eprintln!("actors: {name} in {:?}", t.elapsed());
            }
        }
        d.index_offices();
        Ok(d)
    }

    #[cfg(test)]
    pub fn load(files: &[(String, String)]) -> Result<Dict, DictError> {
        let files: Vec<(String, &str)> = files.iter().map(|(n, t)| (n.clone(), t.as_str())).collect();
        Dict::load_with_user(&files, usize::MAX >> 33)
    }

    fn add_file(&mut self, file: &str, text: &str) -> Result<(), DictError> {
        let src = self.sources.len() as u32;
        self.sources.push(file.to_string());
        let header = header_of(text).unwrap_or("");
        match header {
            "country_code" => self.add_countries(file, text, src),
            "country_phrase" => self.add_country_phrases(file, text, src),
            "role_phrase" => self.add_roles(file, text, src),
            "org_code" => self.add_orgs(file, text, src),
            "person" => self.add_people(file, text, src),
            "word" => self.add_words(file, text, src),
            other => Err(DictError::bad(
                file,
                1,
                format!(
                    "unknown dictionary format: header starts with `{other}` (expected one of country_code, \
                     country_phrase, role_phrase, org_code, person, word)"
                ),
            )),
        }
    }

    /// Adds `phrase` → `kind`; an entry of a later source for the same phrase and language
    /// replaces the earlier ones.
    fn add_phrase(&mut self, phrase: &str, lang: LangSel, kind: Kind, src: u32, line: usize) {
        let (norm, caps) = phrase_units(phrase);
        self.add_norm(norm, caps, lang, kind, src, line);
    }

    fn add_norm(&mut self, norm: String, caps: Caps, lang: LangSel, kind: Kind, src: u32, line: usize) {
        if norm.is_empty() {
            return;
        }
        let user_from = self.user_from;
        // Most phrases have one entry: room for exactly one (the default would be four).
        let list = self.phrases.entry(norm).or_insert_with(|| Vec::with_capacity(1));
        if src >= user_from {
            // A user's entry replaces the built-in ones for the same phrase and language.
            list.retain(|e| !(e.src < user_from && (e.lang == lang || lang == LangSel::Any)));
        }
        list.push(Entry {
            kind,
            lang,
            caps,
            src,
            line: line as u32,
        });
    }

    fn add_countries(&mut self, file: &str, text: &str, src: u32) -> Result<(), DictError> {
        for r in rows(file, text, "country_code", 4) {
            let r = r?;
            let code = r.require(file, 0, "country_code")?;
            if !valid_code(code) {
                return Err(DictError::bad(file, r.line, format!("bad CAMEO code `{code}`")));
            }
            let names = [(2, LangSel::Any), (3, LangSel::Any), (4, LangSel::En), (5, LangSel::Id)];
            for (i, lang) in names {
                let n = r.get(i);
                if !n.is_empty() {
                    self.add_phrase(
                        n,
                        lang,
                        Kind::Country {
                            code: code.into(),
                            form: Form::Name,
                        },
                        src,
                        r.line,
                    );
                }
            }
            let en = r.get(2);
            self.country_names.insert(code.to_string(), en.to_string());
            let a2 = r.get(1);
            if !a2.is_empty() {
                self.alpha2.insert(a2.to_ascii_uppercase(), code.to_string());
            }
        }
        Ok(())
    }

    fn add_country_phrases(&mut self, file: &str, text: &str, src: u32) -> Result<(), DictError> {
        for r in rows(file, text, "country_phrase", 4) {
            let r = r?;
            let phrase = r.require(file, 0, "country_phrase")?;
            let lang = LangSel::parse(r.get(1))
                .ok_or_else(|| DictError::bad(file, r.line, format!("bad lang `{}` (id, en or *)", r.get(1))))?;
            let code = r.require(file, 2, "code")?;
            if !valid_code(code) {
                return Err(DictError::bad(file, r.line, format!("bad CAMEO code `{code}`")));
            }
            let kind = match r.get(3) {
                "name" => Kind::Country {
                    code: code.into(),
                    form: Form::Name,
                },
                "adj" => Kind::Country {
                    code: code.into(),
                    form: Form::Adj,
                },
                "capital" => Kind::Country {
                    code: code.into(),
                    form: Form::Capital,
                },
                "seat" | "palace" => Kind::Org {
                    code: code.into(),
                    name: phrase.into(),
                    entity: r.get(3) == "seat",
                    offices: 0,
                    cues: 0,
                    seat: true,
                    vessel: false,
                    mission: false,
                    from: None,
                    until: None,
                },
                other => {
                    return Err(DictError::bad(
                        file,
                        r.line,
                        format!("bad kind `{other}` (name, adj, capital, seat or palace)"),
                    ))
                }
            };
            self.add_phrase(phrase, lang, kind, src, r.line);
        }
        Ok(())
    }

    fn add_roles(&mut self, file: &str, text: &str, src: u32) -> Result<(), DictError> {
        for r in rows(file, text, "role_phrase", 3) {
            let r = r?;
            let phrase = r.require(file, 0, "role_phrase")?;
            let lang = LangSel::parse(r.get(1))
                .ok_or_else(|| DictError::bad(file, r.line, format!("bad lang `{}`", r.get(1))))?;
            let agent = r.require(file, 2, "agent")?;
            if agent.len() != 3 || !valid_code(agent) {
                return Err(DictError::bad(
                    file,
                    r.line,
                    format!("bad agent `{agent}` (three capitals, e.g. GOV)"),
                ));
            }
            let office = Some(r.get(3)).filter(|s| !s.is_empty()).map(Into::into);
            let flag = |x: &str| r.get(4).split(',').any(|f| f.trim() == x);
            let (org, igo, foreign, named, bare) =
                (flag("org"), flag("igo"), flag("foreign"), flag("named"), flag("bare"));
            self.add_phrase(
                phrase,
                lang,
                Kind::Role {
                    agent: agent.into(),
                    office,
                    org,
                    igo,
                    foreign,
                    named,
                    bare,
                },
                src,
                r.line,
            );
        }
        Ok(())
    }

    fn add_orgs(&mut self, file: &str, text: &str, src: u32) -> Result<(), DictError> {
        for r in rows(file, text, "org_code", 3) {
            let r = r?;
            let code = r.require(file, 0, "org_code")?;
            if !valid_code(code) {
                return Err(DictError::bad(file, r.line, format!("bad CAMEO code `{code}`")));
            }
            let name = r.require(file, 1, "name")?;
            let lang = LangSel::parse(r.get(3))
                .ok_or_else(|| DictError::bad(file, r.line, format!("bad lang `{}`", r.get(3))))?;
            let entity = r.get(4) != "noentity";
            let mut map = Vec::new();
            for pair in r.get(5).split('|').map(str::trim).filter(|p| !p.is_empty()) {
                let Some((word, office)) = pair.split_once('=') else {
                    return Err(DictError::bad(
                        file,
                        r.line,
                        format!("bad offices `{pair}` (want WORD_OFFICE=OFFICE, e.g. head=secretary_general)"),
                    ));
                };
                map.push((word.trim().into(), office.trim().into()));
            }
            let offices = if map.is_empty() {
                0
            } else {
                self.org_offices.push(map);
                self.org_offices.len() as u32
            };
            // Cue words and phrases, normalized as sentence units are (lower case, split at hyphens).
            let cue_list: Vec<String> = r
                .get(6)
                .split('|')
                .map(|c| phrase_units(c.trim()).0)
                .filter(|c| !c.is_empty())
                .collect();
            let cues = if cue_list.is_empty() {
                0
            } else {
                self.org_cues.push(cue_list);
                self.org_cues.len() as u32
            };
            // The validity span (columns 8 and 9, dates as in the people files).
            let date_field = |i: usize, field: &str, end: bool| {
                parse_date_field(file, r.line, r.get(i), end).map_err(|e| match e {
                    DictError::Bad { file, line, message } => DictError::Bad {
                        file,
                        line,
                        message: format!("field `{field}` (column {}): {message}", i + 1),
                    },
                    other => other,
                })
            };
            let (from, until) = (date_field(7, "start", false)?, date_field(8, "end", true)?);
            if let (Some(a), Some(b)) = (from, until) {
                if b < a {
                    return Err(DictError::bad(
                        file,
                        r.line,
                        format!("field `end` (column 9): the row ends ({b}) before it starts ({a})"),
                    ));
                }
            }
            let kind = Kind::Org {
                code: code.into(),
                name: name.into(),
                entity,
                offices,
                cues,
                seat: false,
                vessel: r.get(4) == "vessel",
                mission: r.get(4) == "mission",
                from,
                until,
            };
            self.add_phrase(name, lang, kind.clone(), src, r.line);
            for a in r.get(2).split('|').map(str::trim).filter(|a| !a.is_empty()) {
                self.add_phrase(a, lang, kind.clone(), src, r.line);
                if r.get(4) == "mission" {
                    self.mission_words.push(a.to_lowercase());
                }
            }
        }
        Ok(())
    }

    fn add_people(&mut self, file: &str, text: &str, src: u32) -> Result<(), DictError> {
        let mut seen_here: HashSet<u32> = HashSet::default();
        // The person and alias fields of the row before, and its person: a person's terms are
        // consecutive rows, whose name and aliases need no second look-up (a third of loading).
        let mut last: Option<(&str, &str, u32)> = None;
        // The previous row's code and role with their symbols: most rows repeat them (nine codes
        // in ten, three roles in four), and a symbol never changes once interned.
        let (mut last_code, mut last_role) = (None, None);
        for r in rows(file, text, "person", 3) {
            let r = r?;
            let raw_name = r.require(file, 0, "person")?;
            let (name, qualifier) = split_qualifier(raw_name);
            let code = r.require(file, 2, "code")?;
            if !valid_code(code) {
                return Err(DictError::bad(file, r.line, format!("bad CAMEO code `{code}`")));
            }
            let start = parse_date_field(file, r.line, r.get(3), false)?;
            let end = parse_date_field(file, r.line, r.get(4), true)?;
            if let (Some(a), Some(b)) = (start, end) {
                if b < a {
                    return Err(DictError::bad(
                        file,
                        r.line,
                        format!("term ends ({b}) before it starts ({a})"),
                    ));
                }
            }
            let same_person = last.filter(|l| l.0 == raw_name);
            let pid = match same_person {
                Some(l) => l.2,
                None => self.person_of_row(name, qualifier, src, r.line, &mut seen_here),
            };
            if same_person.is_none_or(|l| l.1 != r.get(1)) {
                for a in r.get(1).split('|').map(str::trim).filter(|a| !a.is_empty()) {
                    let (norm, caps) = phrase_units(a);
                    self.add_person_phrase(norm, caps, pid, src, r.line);
                }
            }
            last = Some((raw_name, r.get(1), pid));
            match r.get(7) {
                "" => {}
                "office" => self.people[pid as usize].office_only = true,
                other => {
                    return Err(DictError::bad(
                        file,
                        r.line,
                        format!("bad match `{other}` (want `office` or nothing)"),
                    ))
                }
            }
            let code = intern_again(&mut self.syms, &mut last_code, code);
            let role = intern_again(&mut self.syms, &mut last_role, r.get(5));
            self.people[pid as usize].terms.push(Term {
                code,
                start,
                end,
                role,
                src,
                line: r.line as u32,
            });
        }
        Ok(())
    }

    /// The person a row names (an earlier one of the same name and qualifier, whose terms a
    /// first row in a later file replaces, or a new one), with the name's phrase added.
    fn person_of_row(
        &mut self,
        name: &str,
        qualifier: &str,
        src: u32,
        line: usize,
        seen_here: &mut HashSet<u32>,
    ) -> u32 {
        let (key, caps) = phrase_units(name);
        // A homonym's identity is its name and its qualifier.
        let hash = if qualifier.is_empty() {
            key_hash(&key)
        } else {
            key_hash(&format!("{key}\u{1}{}", qualifier.to_lowercase()))
        };
        let known = self.phrases.get(&key).and_then(|l| {
            l.iter().find_map(|e| match e.kind {
                Kind::Person { pid } if self.people[pid as usize].key_hash == hash => Some(pid),
                _ => None,
            })
        });
        match known {
            Some(p) => {
                // A person named again in a later file replaces the earlier terms and
                // spelling (`Moon Jae In` → `Moon Jae-in`, with its own case rules).
                if seen_here.insert(p) {
                    self.people[p as usize].terms.clear();
                    self.people[p as usize].name = name.to_string();
                    self.add_person_phrase(key, caps, p, src, line);
                }
                p
            }
            None => {
                let p = self.people.len() as u32;
                self.people.push(Person {
                    name: name.to_string(),
                    qualifier: qualifier.into(),
                    terms: Vec::new(),
                    office_only: false,
                    key_hash: hash,
                });
                seen_here.insert(p);
                self.add_norm(key, caps, LangSel::Any, Kind::Person { pid: p }, src, line);
                p
            }
        }
    }

    /// Adds a name or alias of person `pid` unless the same form is already there.
    fn add_person_phrase(&mut self, norm: String, caps: Caps, pid: u32, src: u32, line: usize) {
        let dup = self.phrases.get(&norm).is_some_and(|l| {
            l.iter()
                .any(|e| e.caps == caps && matches!(e.kind, Kind::Person { pid: p } if p == pid))
        });
        if !dup {
            self.add_norm(norm, caps, LangSel::Any, Kind::Person { pid }, src, line);
        }
    }

    fn add_words(&mut self, file: &str, text: &str, src: u32) -> Result<(), DictError> {
        for r in rows(file, text, "word", 3) {
            let r = r?;
            let w = r.require(file, 0, "word")?;
            let lang = LangSel::parse(r.get(1))
                .ok_or_else(|| DictError::bad(file, r.line, format!("bad lang `{}`", r.get(1))))?;
            let k = match r.get(2) {
                "former" => WordKind::Former,
                "locative" => WordKind::Locative,
                "modifier" => WordKind::Modifier,
                "title" => WordKind::Title,
                "conj" => WordKind::Conj,
                "of" => WordKind::Of,
                "notname" => WordKind::NotName,
                "place" => WordKind::Place,
                "particle" => {
                    self.particles.insert(phrase_units(w).0);
                    WordKind::Particle
                }
                "stance" => WordKind::Stance,
                "government" => {
                    self.government_words.push(w.to_lowercase());
                    continue;
                }
                "headline" => {
                    self.headline_lower.insert(w.to_lowercase());
                    continue;
                }
                "destination" => {
                    self.destinations.insert(w.to_lowercase());
                    continue;
                }
                "legal_form" => {
                    self.legal_forms.insert(w.to_lowercase());
                    continue;
                }
                "noactor" => WordKind::NoActor,
                "follower" | "opponent" => {
                    let side = if r.get(2) == "follower" {
                        Side::Follower
                    } else {
                        Side::Opponent
                    };
                    self.followers
                        .push((w.split_whitespace().map(str::to_lowercase).collect(), side));
                    continue;
                }
                // Read by the normalizer from the embedded file (see `embedded_words_of_kind`).
                "redup" => continue,
                "region" => {
                    self.add_region(file, &r, w, lang, src)?;
                    continue;
                }
                "region_prefix" => {
                    self.region_prefixes.insert(phrase_units(w).0);
                    continue;
                }
                other => return Err(DictError::bad(file, r.line, format!("bad word kind `{other}`"))),
            };
            self.add_phrase(w, lang, Kind::Word(k), src, r.line);
        }
        Ok(())
    }

    /// A `region` row: `NAME lang region COUNTRY KEY`. A one-word name the phrase table lacks
    /// is also a place word (`Jabar`, `NTB`: `Gubernur Jabar Dedi Mulyadi` reaches the name).
    fn add_region(&mut self, file: &str, r: &Row, w: &str, lang: LangSel, src: u32) -> Result<(), DictError> {
        let country = r.require(file, 3, "country")?;
        if !valid_code(country) || country.len() != 3 {
            return Err(DictError::bad(
                file,
                r.line,
                format!("field `country` (column 4): bad country code `{country}`"),
            ));
        }
        let key = r.require(file, 4, "key")?;
        if !key
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
        {
            return Err(DictError::bad(
                file,
                r.line,
                format!("field `key` (column 5): bad region key `{key}` (lower case, digits, `_`)"),
            ));
        }
        let (norm, caps) = phrase_units(w);
        if norm.is_empty() {
            return Ok(());
        }
        let words = norm.split(' ').count();
        self.region_len = self.region_len.max(words);
        if words == 1 && !self.phrases.contains_key(&norm) {
            self.add_norm(norm.clone(), caps, lang, Kind::Word(WordKind::Place), src, r.line);
        }
        self.regions.entry(norm).or_default().push(Region {
            lang,
            caps,
            country: country.into(),
            key: key.into(),
        });
        Ok(())
    }

    fn index_offices(&mut self) {
        self.offices.clear();
        // The actor symbol of each code symbol, computed once per distinct code.
        let mut actor_of: HashMap<Sym, Sym> = HashMap::default();
        for pid in 0..self.people.len() {
            for ti in 0..self.people[pid].terms.len() {
                let t = &self.people[pid].terms[ti];
                let (code, role) = (t.code, t.role);
                if self.syms.get(role).is_empty() || self.syms.get(code).len() < 3 {
                    continue;
                }
                let actor = match actor_of.get(&code) {
                    Some(&a) => a,
                    None => {
                        let a = office_actor(self.syms.get(code)).to_string();
                        let a = self.syms.intern(&a);
                        actor_of.insert(code, a);
                        a
                    }
                };
                let v = self.offices.entry((actor, role)).or_default();
                if !v.contains(&(pid as u32)) {
                    v.push(pid as u32);
                }
            }
        }
    }

    /// Whether the `offices` map number `offices` (an organization's, 1-based; 0 is none) maps
    /// the role word `word` (`chair` → `golkar_chair`).
    pub fn org_maps(&self, offices: u32, word: &str) -> bool {
        offices > 0
            && self
                .org_offices
                .get(offices as usize - 1)
                .is_some_and(|m| m.iter().any(|(w, _)| &**w == word))
    }

    /// Whether anyone ever held `office` of `actor` (a country code or an IGO's code).
    pub fn has_office(&self, actor: &str, office: &str) -> bool {
        match (self.syms.lookup(actor), self.syms.lookup(office)) {
            (Some(a), Some(o)) => self.offices.contains_key(&(a, o)),
            _ => false,
        }
    }

    /// A former holder's code: the country's elite (`USAGOV` → `USAELI`). Someone who led an
    /// IGO is, like a former national officer, the elite of their own country: the country
    /// of their latest national term (`Ban Ki-moon` in 2020 → KORELI), else of a dateless
    /// row, else unknown (`---ELI`); the IGO's code is not kept.
    pub fn former_code(&self, pid: Option<u32>, code: &str) -> String {
        if let Some(c) = code.get(..3).filter(|c| !GROUPS.contains(c)) {
            return format!("{c}ELI");
        }
        let national = |t: &&Term| {
            let c = self.syms.get(t.code);
            c.len() >= 3 && !GROUPS.contains(&&c[..3])
        };
        let country = pid.and_then(|p| {
            let terms = &self.people[p as usize].terms;
            terms
                .iter()
                .filter(national)
                .max_by_key(|t| (t.start.is_some() || t.end.is_some(), t.end.or(t.start)))
                .map(|t| &self.syms.get(t.code)[..3])
        });
        format!("{}ELI", country.unwrap_or("---"))
    }

    /// A person's code at `date`, the term used, and whether it is a former-holder code.
    pub fn code(&self, s: Sym) -> &str {
        self.syms.get(s)
    }

    pub fn person_code(&self, pid: u32, date: Option<Date>) -> (String, Option<&Term>) {
        let p = &self.people[pid as usize];
        let code = |t: &Term| self.syms.get(t.code).to_string();
        let dated = |t: &&Term| t.start.is_some() || t.end.is_some();
        let Some(d) = date else {
            // No date: the latest term.
            let t = p.terms.iter().filter(dated).max_by_key(|t| t.start).or(p.terms.first());
            return (t.map_or("---".into(), code), t);
        };
        let within = p
            .terms
            .iter()
            .filter(dated)
            .filter(|t| t.start.is_none_or(|s| s <= d) && t.end.is_none_or(|e| d <= e))
            // The most specific term: the latest start, and an office over a mere elite status.
            .max_by_key(|t| (!self.syms.get(t.code).ends_with("ELI"), t.start));
        if let Some(t) = within {
            return (code(t), Some(t));
        }
        if let Some(t) = p.terms.iter().find(|t| !dated(t)) {
            return (code(t), Some(t));
        }
        // After a term ended: a former office holder is elite, not government.
        if let Some(t) = p
            .terms
            .iter()
            .filter(|t| t.end.is_some_and(|e| e < d))
            .max_by_key(|t| t.end)
        {
            return (self.former_code(Some(pid), &code(t)), Some(t));
        }
        // Before the first term: the country's elite.
        let t = p.terms.iter().min_by_key(|t| t.start);
        (t.map_or("---".into(), |t| self.former_code(Some(pid), &code(t))), t)
    }

    /// Whether a person holds a non-elite office at `date`.
    pub fn person_active(&self, pid: u32, date: Option<Date>) -> bool {
        let (code, _) = self.person_code(pid, date);
        !code.ends_with("ELI")
    }

    /// How much person `pid` is in office at `date`, to choose among homonyms: 2 for a dated
    /// term (not elite) covering the date, 1 for a dateless row (the person's default), 0 for
    /// someone out of office.
    pub fn activity(&self, pid: u32, date: Option<Date>) -> u8 {
        let p = &self.people[pid as usize];
        let office = |t: &&Term| !self.syms.get(t.code).ends_with("ELI");
        let dated = |t: &&Term| t.start.is_some() || t.end.is_some();
        let covers = |t: &&Term| date.is_some_and(|d| t.start.is_none_or(|s| s <= d) && t.end.is_none_or(|e| d <= e));
        if p.terms.iter().filter(office).filter(dated).any(|t| covers(&t)) {
            2
        } else if p.terms.iter().filter(office).any(|t| !dated(&t)) {
            1
        } else {
            0
        }
    }

    /// How well-known person `pid` is, to choose among homonyms: 2 for a head of state or
    /// government ([`HEAD_OFFICES`]), 1 for another office, 0 for none; counted over the
    /// terms at `date` if any covers it, else over all terms.
    pub fn prominence(&self, pid: u32, date: Option<Date>) -> u8 {
        let terms = &self.people[pid as usize].terms;
        let rank = |t: &Term| match self.syms.get(t.role) {
            "" => 0,
            r if HEAD_OFFICES.contains(&r) => 2,
            _ => 1,
        };
        let covers = |t: &Term| date.is_some_and(|d| t.start.is_some_and(|s| s <= d) && t.end.is_none_or(|e| d <= e));
        let now = terms.iter().filter(|t| covers(t)).map(rank).max();
        now.unwrap_or_else(|| terms.iter().map(rank).max().unwrap_or(0))
    }

    /// The latest start of a term of person `pid` by `date` (of any term without a date):
    /// between two equally known homonyms the one in office more recently is meant.
    pub fn latest_start(&self, pid: u32, date: Option<Date>) -> Option<Date> {
        let terms = &self.people[pid as usize].terms;
        terms
            .iter()
            .filter_map(|t| t.start)
            .filter(|s| date.is_none_or(|d| *s <= d))
            .max()
    }

    /// How well person `pid` fits an actor (a country code or an IGO's code) and an office
    /// named in the same phrase (`Menteri Pertahanan Kolombia …`): 2 for a term of that actor
    /// in that office at `date` (or of that actor at `date` when no office is named), 1 for
    /// a term of that actor at another time, or (no actor named) for that office at `date`.
    pub fn phrase_fit(&self, pid: u32, actor: Option<&str>, office: Option<&str>, date: Option<Date>) -> u8 {
        let terms = &self.people[pid as usize].terms;
        let covers = |t: &Term| date.is_some_and(|d| t.start.is_none_or(|s| s <= d) && t.end.is_none_or(|e| d <= e));
        let of_actor = |t: &Term| actor.is_some_and(|a| office_actor(self.syms.get(t.code)) == a);
        let in_office = |t: &Term| office.is_none_or(|o| self.syms.get(t.role) == o);
        match actor {
            Some(_) if terms.iter().any(|t| of_actor(t) && in_office(t) && covers(t)) => 2,
            Some(_) if terms.iter().any(of_actor) => 1,
            None if office.is_some() && terms.iter().any(|t| in_office(t) && covers(t)) => 1,
            _ => 0,
        }
    }

    /// Whether person `pid` held `office` at some time.
    pub fn ever_held(&self, pid: u32, office: &str) -> bool {
        let Some(o) = self.syms.lookup(office) else {
            return false;
        };
        self.people
            .get(pid as usize)
            .is_some_and(|p| p.terms.iter().any(|t| t.role == o))
    }

    /// Whether person `pid` holds `office` (anywhere) at `date`.
    pub fn holds_office(&self, pid: u32, office: &str, date: Option<Date>) -> bool {
        let (Some(d), Some(o)) = (date, self.syms.lookup(office)) else {
            return false;
        };
        self.people.get(pid as usize).is_some_and(|p| {
            p.terms
                .iter()
                .any(|t| t.role == o && t.start.is_some_and(|s| s <= d) && t.end.is_none_or(|e| d <= e))
        })
    }

    /// Who holds `office` of `actor` (a country code such as `FRA`, or an IGO's code such as
    /// `IGOUNO`) at `date`.
    pub fn office_holder(&self, actor: &str, office: &str, date: Option<Date>) -> Option<(u32, &Term)> {
        let d = date?;
        let (a, o) = (self.syms.lookup(actor)?, self.syms.lookup(office)?);
        let pids = self.offices.get(&(a, o))?;
        pids.iter()
            .flat_map(|&p| self.people[p as usize].terms.iter().map(move |t| (p, t)))
            .filter(|(_, t)| t.role == o && office_actor(self.syms.get(t.code)) == actor)
            .filter(|(_, t)| t.start.is_some_and(|s| s <= d) && t.end.is_none_or(|e| d <= e))
            .max_by_key(|(_, t)| t.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_or_month_alone_ends_on_its_last_day() {
        let d = |s: &str, end: bool| parse_date_field("p.tsv", 1, s, end).unwrap().unwrap().to_string();
        assert_eq!(d("1994", false), "1994-01-01");
        assert_eq!(d("1994", true), "1994-12-31");
        assert_eq!(d("2008-02", false), "2008-02-01");
        assert_eq!(d("2008-02", true), "2008-02-29");
        assert_eq!(d("2008-02-10", true), "2008-02-10");
        // Bad dates stay errors: a month 13, a letter, a short month, other digits, a sign.
        for bad in [
            "2015-13-01",
            "19x4",
            "2008-2-10",
            "2008-02-1x",
            "\u{661}\u{669}\u{669}\u{664}",
            "+994",
            "2008-02-30",
        ] {
            assert!(parse_date_field("p.tsv", 1, bad, false).is_err(), "{bad}");
        }
        // A term within one month or year loads.
        let t = "person\taliases\tcode\tstart\tend\trole\nA B\t\tFRAGOV\t2008-02\t2008\t\n";
        assert!(Dict::load(&[("p.tsv".into(), t.into())]).is_ok());
    }

    #[test]
    fn rows_read_lines_and_fields_as_lines_and_splitn_did() {
        // CRLF ends, a comment, a blank line, the header again, a last field that keeps its
        // tabs, a short row (its line number), no final newline.
        let text = "h\tx\r\n# note\ta\n\n  \t \r\nh\ty\na\t b \tc\r\r\n1\t2\t3\t4\t5\t6\t7\t8\t9\t10\n\u{a0}\n   # indented\nshort";
        let got: Vec<_> = rows("f.tsv", text, "h", 2)
            .map(|r| {
                r.map(|r| {
                    (
                        r.line,
                        r.fields.iter().filter(|f| !f.is_empty()).count(),
                        r.get(1),
                        r.fields[8],
                    )
                })
            })
            .collect();
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].as_ref().ok(), Some(&(6, 3, "b", "")));
        assert_eq!(got[1].as_ref().ok(), Some(&(7, 9, "2", "9\t10")));
        let e = got[2].as_ref().err().map(ToString::to_string).unwrap_or_default();
        assert!(e.starts_with("f.tsv:10: expected at least 2"), "{e}");
        // Kept: a row's last field ends before its `\r`.
        let r = rows("f.tsv", "a\tb\r\n", "h", 2).next();
        assert_eq!(r.and_then(Result::ok).map(|r| r.fields[1]), Some("b"));
    }

    #[test]
    fn the_word_scan_finds_the_first_tab_or_newline() {
        // Against a byte loop, at every start, on bytes around the separators (0x08, 0x0b,
        // 0x89, 0x8a: a borrow or a high bit must not flag them) and multi-byte characters.
        let text = "ab\u{8}\u{b}é\tc\u{89}\u{8a}x\n\n\t\t12345678901234567\tü\u{2009}\nend";
        let bytes = text.as_bytes();
        for j in 0..=bytes.len() {
            let slow = (j..bytes.len())
                .find(|&k| matches!(bytes[k], b'\t' | b'\n'))
                .unwrap_or(bytes.len());
            assert_eq!(next_tab_or_newline(bytes, j), slow, "from {j}");
        }
        assert_eq!(next_tab_or_newline(b"", 0), 0);
    }

    #[test]
    fn fields_trim_as_str_trim_does() {
        for f in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\u{b}a",
            "a\u{c}",
            "\u{a0}Joko\u{a0}",
            "\u{2009}x",
            "x\u{3000}",
            "é",
            "é ",
            "ab",
            "a b",
            "\u{85}a",
            "~",
            "\u{7f}",
            "a\u{7f}",
        ] {
            assert_eq!(trim_field(f), f.trim(), "{f:?}");
        }
    }

    #[test]
    fn a_repeated_string_keeps_its_symbol() {
        let mut syms = Interner::default();
        let mut last = None;
        let a = intern_again(&mut syms, &mut last, "FRAGOV");
        assert_eq!(intern_again(&mut syms, &mut last, "FRAGOV"), a);
        let b = intern_again(&mut syms, &mut last, "DEUGOV");
        assert_ne!(a, b);
        // Kept: the same symbols as interning anew.
        assert_eq!((syms.intern("FRAGOV"), syms.intern("DEUGOV")), (a, b));
        assert_eq!(intern_again(&mut syms, &mut last, "FRAGOV"), a);
    }

    #[test]
    fn unknown_header_is_an_error() {
        let e = Dict::load(&[("x.tsv".into(), "foo\tbar\n".into())]).err().unwrap();
        assert!(e.to_string().starts_with("x.tsv:1: unknown dictionary format"), "{e}");
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let t = "person\taliases\tcode\tstart\tend\trole\nA B\t\tFRAGOV\t2015-13-01\t\t\n";
        let e = Dict::load(&[("p.tsv".into(), t.into())]).err().unwrap();
        assert_eq!(e.to_string(), "p.tsv:2: bad date `2015-13-01` (want YYYY-MM-DD)");
        let t = "role_phrase\tlang\tagent\noops\tid\tgov\n";
        let e = Dict::load(&[("r.tsv".into(), t.into())]).err().unwrap();
        assert!(e.to_string().starts_with("r.tsv:2: bad agent"), "{e}");
    }

    #[test]
    fn short_rows_and_bad_offices_name_the_line() {
        let t = "# c\nperson\taliases\tcode\nA B\n";
        let e = Dict::load(&[("p.tsv".into(), t.into())]).err().unwrap();
        assert_eq!(
            e.to_string(),
            "p.tsv:3: expected at least 3 tab-separated fields, found 1"
        );
        let t = "org_code\tname\taliases\tlang\tkind\toffices\nIGOXYZ\tXyz\t\t*\tigo\thead\n";
        let e = Dict::load(&[("o.tsv".into(), t.into())]).err().unwrap();
        assert!(e.to_string().starts_with("o.tsv:2: bad offices `head`"), "{e}");
    }

    #[test]
    fn igo_offices_and_former_igo_leaders() {
        let t = "person\taliases\tcode\tstart\tend\trole\n\
                 Ann Example\t\tFRAGOV\t2001-01-01\t2004-12-31\tforeign_minister\n\
                 Ann Example\t\tIGOXYZ\t2010-01-01\t2012-12-31\tsecretary_general\n\
                 Bo Example\t\tIGOXYZ\t2013-01-01\t2014-12-31\tsecretary_general\n\
                 Cy Example\t\tIGOXYZ\t2015-01-01\t\tsecretary_general\n\
                 Cy Example\t\tPERELI\t\t\t\n";
        let d = Dict::load(&[("p.tsv".into(), t.into())]).unwrap();
        let day = |s: &str| Some(s.parse().unwrap());
        let holder = |s: &str| d.office_holder("IGOXYZ", "secretary_general", day(s)).map(|h| h.0);
        assert_eq!(holder("2012-12-31"), Some(0));
        assert_eq!(holder("2013-01-01"), Some(1));
        assert_eq!(holder("2020-01-01"), Some(2));
        assert_eq!(holder("2005-01-01"), None);
        // The IGO's office is not the country's, and an IGO's code is indexed whole.
        assert!(d.office_holder("IGO", "secretary_general", day("2011-01-01")).is_none());
        assert_eq!(
            d.office_holder("FRA", "foreign_minister", day("2002-01-01"))
                .map(|h| h.0),
            Some(0)
        );
        let at = |p: u32, s: &str| d.person_code(p, day(s)).0;
        // A former IGO leader: the country of the latest national term, else a dateless row, else unknown.
        assert_eq!(at(0, "2011-01-01"), "IGOXYZ");
        assert_eq!(at(0, "2020-01-01"), "FRAELI");
        assert_eq!(at(0, "2006-01-01"), "FRAELI");
        assert_eq!(at(1, "2020-01-01"), "---ELI");
        assert_eq!(at(2, "2010-01-01"), "PERELI");
    }

    #[test]
    fn a_qualifier_makes_a_homonym_and_a_later_file_replaces_only_its_namesake() {
        let a = "person\taliases\tcode\tstart\tend\trole\n\
                 Ann Example\t\tFRAGOV\t2010-01-01\t\tprime_minister\n\
                 Ann Example (Peru)\t\tPERGOV\t2012-01-01\t\tdefence_minister\n\
                 Ann Example (Peru)\t\tPERELI\t\t\t\n";
        let b = "person\taliases\tcode\tstart\tend\trole\n\
                 Ann Example\t\tFRAGOV\t2011-01-01\t\tpresident\n";
        let d = Dict::load(&[("a.tsv".into(), a.into()), ("b.tsv".into(), b.into())]).unwrap();
        assert_eq!(d.people.len(), 2);
        let (fr, pe) = (&d.people[0], &d.people[1]);
        assert_eq!((fr.name.as_str(), &*fr.qualifier), ("Ann Example", ""));
        assert_eq!((pe.name.as_str(), &*pe.qualifier), ("Ann Example", "Peru"));
        // b.tsv replaced the French person's terms, not the Peruvian's.
        assert_eq!(fr.terms.len(), 1);
        assert_eq!(pe.terms.len(), 2);
        let day = Some("2013-01-01".parse().unwrap());
        assert_eq!((d.prominence(0, day), d.prominence(1, day)), (2, 1));
        assert_eq!((d.activity(0, day), d.activity(1, day)), (2, 2));
        assert_eq!(d.phrase_fit(1, Some("PER"), Some("defence_minister"), day), 2);
        assert_eq!(d.phrase_fit(0, Some("PER"), None, day), 0);
        assert_eq!(d.phrase_fit(1, None, Some("defence_minister"), day), 1);
        assert_eq!(split_qualifier("Ann (Peru)"), ("Ann", "Peru"));
        assert_eq!(split_qualifier("(Peru)"), ("(Peru)", ""));
        assert_eq!(split_qualifier("Ann ()"), ("Ann ()", ""));
    }

    #[test]
    fn terms_and_former_holders() {
        let t = "person\taliases\tcode\tstart\tend\trole\n\
                 Ann Example\tExample\tFRAGOV\t2010-01-01\t2012-12-31\tpresident\n";
        let d = Dict::load(&[("p.tsv".into(), t.into())]).unwrap();
        let at = |s: &str| d.person_code(0, Some(s.parse().unwrap())).0;
        assert_eq!(at("2011-06-01"), "FRAGOV");
        assert_eq!(at("2012-12-31"), "FRAGOV");
        assert_eq!(at("2013-01-01"), "FRAELI");
        assert_eq!(at("2000-01-01"), "FRAELI");
        assert_eq!(
            d.office_holder("FRA", "president", Some("2011-01-01".parse().unwrap()))
                .unwrap()
                .0,
            0
        );
        assert!(d
            .office_holder("FRA", "president", Some("2013-01-01".parse().unwrap()))
            .is_none());
    }
}
