//! Loading the gazetteer files: the GeoNames-derived `gazetteer.tsv.gz`, then `extra.tsv` (new
//! entries), `aliases.tsv` (names and corrections), `words.tsv` and `stop.tsv`.

use crate::fold::fold_key;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::io::Read;
use warta_core::{parse_tsv, DictError};

pub const GAZETTEER_GZ: &[u8] = include_bytes!("../../../dictionaries/geo/gazetteer.tsv.gz");
pub const EXTRA: &str = include_str!("../../../dictionaries/geo/extra.tsv");
pub const ALIASES: &str = include_str!("../../../dictionaries/geo/aliases.tsv");
pub const WORDS: &str = include_str!("../../../dictionaries/geo/words.tsv");
pub const STOP: &str = include_str!("../../../dictionaries/geo/stop.tsv");

/// What an entry is; decides its prior weight and where it may be named without a preposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Country,
    Continent,
    /// Seas, oceans, gulfs, straits, peninsulas, regions, island groups, canals.
    Feature,
    Island,
    Adm1,
    Adm2,
    Capital,
    City,
    District,
    Town,
}

/// Kind labels the data may use.
const KIND_LABELS: [&str; 15] = [
    "country",
    "continent",
    "region",
    "sea",
    "ocean",
    "gulf",
    "strait",
    "peninsula",
    "canal",
    "island",
    "adm1",
    "adm2",
    "capital",
    "city",
    "district",
];

impl Kind {
    /// The static label of a kind name (`town` included).
    pub fn label(s: &str) -> Option<&'static str> {
        KIND_LABELS.iter().copied().chain(["town"]).find(|l| *l == s)
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "country" => Kind::Country,
            "continent" => Kind::Continent,
            "region" | "sea" | "ocean" | "gulf" | "strait" | "peninsula" | "canal" => Kind::Feature,
            "island" => Kind::Island,
            "adm1" => Kind::Adm1,
            "adm2" => Kind::Adm2,
            "capital" => Kind::Capital,
            "city" => Kind::City,
            "district" => Kind::District,
            "town" => Kind::Town,
            _ => return None,
        })
    }
    pub fn is_settlement(self) -> bool {
        matches!(
            self,
            Kind::Capital | Kind::City | Kind::District | Kind::Town | Kind::Adm2
        )
    }
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub gid: u64,
    /// Display name (English GeoNames form).
    pub name: String,
    pub kind: Kind,
    /// Kind as written in the data (`sea`, `strait`, …), for output.
    pub kind_label: &'static str,
    pub cc: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub pop: u64,
}

/// Which languages a name is matched in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameLang {
    Any,
    Id,
    En,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NameRef {
    pub entry: u32,
    pub primary: bool,
    pub lang: NameLang,
    /// Matched only when the text has exactly this form (acronyms such as `AS`, `RI`).
    pub exact: Option<String>,
    /// The name is warta's own (extra.tsv, aliases.tsv) or the entry's main name, not one of
    /// GeoNames' many alternate names (which include common words: `Nanti`, `Besar`, `Hamas`).
    pub curated: bool,
    /// An uncurated alternate name that another country's place bears as a curated name (`Bethlehem`
    /// of Belém beside Bethlehem in Palestine, `Victoria` of Hong Kong beside Australia's state).
    pub stray: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordRole {
    Loc,
    Skip,
    Class,
    Facility,
    Title,
    After,
    /// A street word (`Jalan Medan Merdeka`): the name after it is a street's, not a place.
    Street,
    /// `berinisial AS`: the capital letters after it are a person's initials.
    Initials,
    /// `membahas`, `discuss`: places after it in its clause are what is talked about, not
    /// where something happens.
    Topic,
    /// `asal`: the place right after it is where someone comes from.
    Origin,
    /// `perundingan`, `KTT`: a place after it (and a locative preposition) is where a meeting
    /// is held, not the home of those who meet there.
    Venue,
    /// `border`, `port` (English): may stand before a place word in a locative phrase (`near
    /// the border town of Paju`), not elsewhere (`near the border with Thailand`).
    PlaceAdj,
    /// `utara`, `selatan` (Indonesian): a compass word that may follow a name in lower case
    /// (`Lebanon selatan` names `Lebanon Selatan`).
    Compass,
    /// `northern`, `camp`, `kamp`: a word that may stand in lower case first or last in a name
    /// the gazetteer has (`in northern Syria` names the region Northern Syria, `in Zamzam camp`,
    /// `di kamp Zamzam` the camp); first, only for warta's own rows and regions.
    Lower,
    /// `Lebanese`, `Spanish` (English, capitalized; `cc` its country): before a place word (`the
    /// Syrian capital of Damascus`) it may stand in a locative phrase, and before a place word or a
    /// home noun (`Lebanese troops`, `Spanish police`) its country pulls an ambiguous town of the
    /// sentence to it.
    Demonym,
    /// `police`, `troops`, `authorities` (English): after a demonym, the forces of a country, who
    /// act at home unless the sentence says otherwise.
    HomeNoun,
    /// `north`, `south-east` (English): a bearing after a name and a comma (`Mirebalais, north of
    /// Port-au-Prince`) makes the name a place with no preposition before it.
    Bearing,
    /// `km`, `miles`: a unit of a distance told before such a bearing (`Kupiansk, 40 km east of …`).
    DistanceUnit,
    /// `ibu kota` (Indonesian): a country named right after it (`ibu kota Ukraina`) is its capital
    /// city, not the country.
    CapitalOf,
    /// `road`, `highway` (English): after a name and before `on the` (`on the Kfar Tebnit road`),
    /// the name is where, as after a locative preposition (`on` alone is none: `on Monday`).
    Road,
}

#[derive(Debug, Clone)]
pub struct WordInfo {
    pub role: WordRole,
    pub lang: NameLang,
    pub kind: Option<Kind>,
    pub join: bool,
    /// The word is used only for places of this country.
    pub cc: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Never a place alone, but may continue a name (`Agung`, `Jaya`).
    Word,
    /// A person's name too: a place only after a preposition.
    Name,
    /// Weekdays, months, directions: never a place, and not part of a name before them.
    Time,
}

pub struct Data {
    pub entries: Vec<Entry>,
    /// Folded name -> entries it may refer to.
    pub names: HashMap<String, Vec<NameRef>>,
    /// Folded phrases that are skipped whole.
    pub blocks: HashSet<String>,
    /// Blocked phrases written in lower case (`dolar AS`): blocked however they start.
    pub lower_blocks: HashSet<String>,
    /// Their first words as written, where a span may start in lower case (a few: a list is
    /// cheaper to scan than a hash per word).
    pub lower_block_starts: Vec<String>,
    pub stops: HashMap<String, Stop>,
    /// Folded word or two-word phrase -> roles.
    pub words: HashMap<String, Vec<WordInfo>>,
}

fn parse_names(field: &str) -> impl Iterator<Item = (&str, NameLang, bool)> + '_ {
    field.split('|').filter_map(|raw| {
        let mut n = raw.trim();
        let mut exact = false;
        let mut lang = NameLang::Any;
        loop {
            if let Some(r) = n.strip_prefix('=') {
                exact = true;
                n = r;
            } else if let Some(r) = n.strip_prefix("id:") {
                lang = NameLang::Id;
                n = r;
            } else if let Some(r) = n.strip_prefix("en:") {
                lang = NameLang::En;
                n = r;
            } else {
                break;
            }
        }
        (!n.is_empty()).then_some((n, lang, exact))
    })
}

fn num<T: std::str::FromStr>(file: &str, line: usize, field: &str, v: &str) -> Result<T, DictError> {
    v.parse()
        .map_err(|_| DictError::bad(file, line, format!("field `{field}`: `{v}` is not a number")))
}

impl Data {
    pub fn load() -> Result<Data, DictError> {
        let mut text = String::new();
        flate2::read::GzDecoder::new(GAZETTEER_GZ)
            .read_to_string(&mut text)
            .map_err(|e| DictError::Io {
                file: "gazetteer.tsv.gz".into(),
                message: e.to_string(),
            })?;
        let mut d = Data {
            entries: Vec::with_capacity(50_000),
            names: HashMap::with_capacity_and_hasher(100_000, Default::default()),
            blocks: HashSet::default(),
            lower_blocks: HashSet::default(),
            lower_block_starts: Vec::new(),
            stops: HashMap::default(),
            words: HashMap::default(),
        };
        d.add_entries("gazetteer.tsv.gz", &text, false)?;
        d.add_entries("extra.tsv", EXTRA, true)?;
        d.add_aliases("aliases.tsv", ALIASES)?;
        d.add_words("words.tsv", WORDS)?;
        d.add_stops("stop.tsv", STOP)?;
        d.mark_strays();
        Ok(d)
    }

    /// Marks the uncurated alternate names that a curated name of another country's entry shares.
    fn mark_strays(&mut self) {
        let entries = &self.entries;
        for list in self.names.values_mut() {
            if list.len() < 2 {
                continue;
            }
            let curated: Vec<Option<String>> = list
                .iter()
                .filter(|r| r.curated)
                .map(|r| entries[r.entry as usize].cc.clone())
                .collect();
            for r in list.iter_mut().filter(|r| !r.curated) {
                let cc = &entries[r.entry as usize].cc;
                r.stray = curated.iter().any(|c| c != cc);
            }
        }
    }

    fn add_name(&mut self, name: &str, entry: u32, primary: bool, lang: NameLang, exact: bool, curated: bool) {
        let key = fold_key(name);
        if key.chars().count() < 2 {
            return;
        }
        let exact = exact.then(|| name.to_string());
        let list = match self.names.get_mut(&key) {
            Some(l) => l,
            None => self.names.entry(key).or_default(),
        };
        if let Some(r) = list.iter_mut().find(|r| r.entry == entry) {
            // one reference per entry and name; keep the most permissive form
            r.primary |= primary;
            r.curated |= curated;
            if exact.is_none() {
                r.exact = None;
            }
            if lang != r.lang {
                r.lang = NameLang::Any;
            }
            return;
        }
        list.push(NameRef {
            entry,
            primary,
            lang,
            exact,
            curated: curated || primary,
            stray: false,
        });
    }

    /// Reads entry lines (`gid name kind cc lat lon pop names`). Not `parse_tsv`: this file has
    /// ~50,000 lines and is read at every start, so fields are split without collecting them.
    fn add_entries(&mut self, file: &str, text: &str, curated: bool) -> Result<(), DictError> {
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') || line.starts_with("gid\t") {
                continue;
            }
            let n = i + 1;
            let mut f = line.split('\t');
            let mut next = |name: &str| -> Result<&str, DictError> {
                f.next()
                    .map(str::trim)
                    .ok_or_else(|| DictError::bad(file, n, format!("missing field `{name}`")))
            };
            let gid = next("gid")?;
            let name = next("name")?;
            let kind_s = next("kind")?;
            let cc = next("cc")?;
            let lat = next("lat")?;
            let lon = next("lon")?;
            let pop = next("pop")?;
            let names = next("names").unwrap_or("");
            if name.is_empty() {
                return Err(DictError::bad(file, n, "empty field `name`"));
            }
            let (kind, kind_label) = Kind::parse(kind_s)
                .zip(Kind::label(kind_s))
                .ok_or_else(|| DictError::bad(file, n, format!("unknown kind `{kind_s}`")))?;
            let e = Entry {
                gid: num(file, n, "gid", gid)?,
                name: name.to_string(),
                kind,
                kind_label,
                cc: (!cc.is_empty()).then(|| cc.to_string()),
                lat: num(file, n, "lat", lat)?,
                lon: num(file, n, "lon", lon)?,
                pop: if pop.is_empty() { 0 } else { num(file, n, "pop", pop)? },
            };
            let idx = self.entries.len() as u32;
            self.entries.push(e);
            self.add_name(name, idx, true, NameLang::Any, false, curated);
            if !names.is_empty() {
                for (alt, lang, exact) in parse_names(names) {
                    // names from the GeoNames side of countries and divisions are few and tidy
                    let tidy = curated || !matches!(kind, Kind::City | Kind::Capital | Kind::Town);
                    self.add_name(alt, idx, false, lang, exact, tidy);
                }
            }
        }
        Ok(())
    }

    /// The entry a reference of aliases.tsv names.
    fn find_ref(&self, file: &str, line: usize, r: &str) -> Result<u32, DictError> {
        let found = if r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()) {
            self.entries
                .iter()
                .position(|e| e.kind == Kind::Country && e.cc.as_deref() == Some(r))
                .map(|i| i as u32)
        } else if r.bytes().all(|b| b.is_ascii_digit()) {
            let gid: u64 = num(file, line, "ref", r)?;
            self.entries.iter().position(|e| e.gid == gid).map(|i| i as u32)
        } else {
            let (name, rest) = r
                .split_once('@')
                .ok_or_else(|| DictError::bad(file, line, format!("ref `{r}`: expected CC, id or Name@CC")))?;
            let (cc, kind) = match rest.split_once('/') {
                Some((c, k)) => (c, Some(k)),
                None => (rest, None),
            };
            // the entries whose main name this is: primary references of the name index
            self.names
                .get(&fold_key(name))
                .into_iter()
                .flatten()
                .filter(|nr| nr.primary)
                .map(|nr| nr.entry)
                .filter(|&i| {
                    let e = &self.entries[i as usize];
                    e.cc.as_deref() == Some(cc) && kind.is_none_or(|k| e.kind_label == k)
                })
                .max_by_key(|&i| {
                    let e = &self.entries[i as usize];
                    (e.kind.is_settlement(), e.pop)
                })
        };
        found.ok_or_else(|| DictError::bad(file, line, format!("ref `{r}` names no entry")))
    }

    fn add_aliases(&mut self, file: &str, text: &str) -> Result<(), DictError> {
        let records = parse_tsv(file, text, "ref", 1)?;
        // resolve every reference first, so that names added here do not change what a later ref means
        let refs = records
            .iter()
            .map(|r| self.find_ref(file, r.line, r.require(file, 0, "ref")?))
            .collect::<Result<Vec<u32>, DictError>>()?;
        for (r, idx) in records.iter().zip(refs) {
            for raw in r.get(1).split('|') {
                // `-Name` takes a name away from the entry (`Congo` is the DR Congo's in the news).
                if let Some(n) = raw.trim().strip_prefix('-') {
                    if let Some(list) = self.names.get_mut(&fold_key(n)) {
                        list.retain(|x| x.entry != idx);
                    }
                    continue;
                }
                for (n, lang, exact) in parse_names(raw) {
                    self.add_name(n, idx, false, lang, exact, true);
                }
            }
            let e = &mut self.entries[idx as usize];
            if !r.get(2).is_empty() {
                e.name = r.get(2).to_string();
            }
            if !r.get(3).is_empty() {
                e.lat = num(file, r.line, "lat", r.get(3))?;
                e.lon = num(file, r.line, "lon", r.require(file, 4, "lon")?)?;
            }
        }
        Ok(())
    }

    fn add_words(&mut self, file: &str, text: &str) -> Result<(), DictError> {
        for r in parse_tsv(file, text, "word", 3)? {
            let role = match r.get(2) {
                "loc" => WordRole::Loc,
                "skip" => WordRole::Skip,
                "class" => WordRole::Class,
                "facility" => WordRole::Facility,
                "title" => WordRole::Title,
                "after" => WordRole::After,
                "street" => WordRole::Street,
                "initials" => WordRole::Initials,
                "topic" => WordRole::Topic,
                "origin" => WordRole::Origin,
                "venue" => WordRole::Venue,
                "place_adj" => WordRole::PlaceAdj,
                "compass" => WordRole::Compass,
                "lower" => WordRole::Lower,
                "demonym" => WordRole::Demonym,
                "home_noun" => WordRole::HomeNoun,
                "bearing" => WordRole::Bearing,
                "distance_unit" => WordRole::DistanceUnit,
                "capital_of" => WordRole::CapitalOf,
                "road" => WordRole::Road,
                other => return Err(DictError::bad(file, r.line, format!("unknown role `{other}`"))),
            };
            let lang = match r.get(1) {
                "id" => NameLang::Id,
                "en" => NameLang::En,
                _ => NameLang::Any,
            };
            let kind = match r.get(3) {
                "" => None,
                k => Some(Kind::parse(k).ok_or_else(|| DictError::bad(file, r.line, format!("unknown kind `{k}`")))?),
            };
            let word = r.get(0).trim_end_matches('.');
            // Roles are matched case-insensitively; Class/Facility/Title words are checked for a capital
            // letter where it matters (the `skip` `kota` and the `class` `Kota` share one key).
            self.words.entry(fold_key(word)).or_default().push(WordInfo {
                role,
                lang,
                kind,
                join: r.get(4) == "join",
                cc: (!r.get(5).is_empty()).then(|| r.get(5).to_string()),
            });
        }
        Ok(())
    }

    fn add_stops(&mut self, file: &str, text: &str) -> Result<(), DictError> {
        for r in parse_tsv(file, text, "phrase", 2)? {
            let key = fold_key(r.get(0));
            match r.get(1) {
                "word" => {
                    self.stops.insert(key, Stop::Word);
                }
                "name" => {
                    self.stops.insert(key, Stop::Name);
                }
                "time" => {
                    self.stops.insert(key, Stop::Time);
                }
                "block" => {
                    if r.get(0).starts_with(char::is_lowercase) {
                        self.lower_blocks.insert(key.clone());
                        let first = r.get(0).split_whitespace().next().unwrap_or_default();
                        if !self.lower_block_starts.iter().any(|x| x == first) {
                            self.lower_block_starts.push(first.to_string());
                        }
                    }
                    self.blocks.insert(key);
                }
                other => return Err(DictError::bad(file, r.line, format!("unknown kind `{other}`"))),
            }
        }
        Ok(())
    }
}
