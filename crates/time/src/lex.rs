//! The word lists under `dictionaries/time/`, compiled in and parsed once.

use crate::tok::tokenize;
use std::collections::{HashMap as StdMap, HashSet as StdSet};

/// FxHash (as in rustc, from `rustc-hash`): the keys are short words, looked up for every
/// token, where SipHash's DoS resistance buys nothing and costs time. (It reads eight bytes at
/// a time; the byte-at-a-time Fx this replaced cost several instructions per byte.) No map here
/// is iterated in an order that reaches the output: only `starters` is built from their keys.
pub type HashMap<K, V> = StdMap<K, V, rustc_hash::FxBuildHasher>;
pub type HashSet<K> = StdSet<K, rustc_hash::FxBuildHasher>;
use std::sync::LazyLock;
use warta_core::{parse_tsv, DictError};

macro_rules! dict {
    ($name:literal) => {
        (
            concat!("dictionaries/time/", $name),
            include_str!(concat!("../../../dictionaries/time/", $name)),
        )
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    S,
    Mi,
    H,
    D,
    W,
    M,
    Y,
    De,
    Ce,
}

impl Unit {
    fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "S" => Unit::S,
            "MI" => Unit::Mi,
            "H" => Unit::H,
            "D" => Unit::D,
            "W" => Unit::W,
            "M" => Unit::M,
            "Y" => Unit::Y,
            "DE" => Unit::De,
            "CE" => Unit::Ce,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct UnitWord {
    pub unit: Unit,
    pub count: Option<u32>,
    pub vague: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    N,
    Teen,
    Tens,
    Hundred,
    /// A count that carries its own "times" (`twice`, `sekali`): frequencies.
    Times,
    /// An ordinal or Roman numeral naming a part of a year (`ketiga`, `third`, `III`).
    Ord,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Phrase {
    Day(i64, Option<String>),
    /// The anchor day plus N days, maybe with a part of the day (`malam harinya`, `that night`).
    Anchor(i64, Option<String>),
    Ref(String),
    Dur(String),
    Season(String),
    /// A season word tagged only with the year after it (`summer 2014`, `the summer of 2014`).
    SeasonYear(String),
    Holiday(i8, i8),
    /// A feast whose Gregorian date moves (`Idul Fitri`, `Imlek`, `Easter`).
    Feast(crate::feasts::Feast),
    /// A month-long Islamic feast (`Ramadhan`, `bulan puasa`; `month` in the part column): its
    /// value is the first day, and it names the span of the Hijri month.
    FeastMonth(crate::feasts::Feast),
    /// A feast named by a word that needs a cue in its sentence (`Hari Raya`: Idul Fitri when
    /// a `feast_cue` word such as `mudik` is there; `cued` in the part column).
    FeastCued(crate::feasts::Feast),
    Weekend(i64),
    Set(String),
    /// A clock time said in words (`noon`, `tengah malam`).
    Clock(u8, u8),
    /// Words that contain a time word but are not a time (`Tahun Baru Imlek` is not 1 January).
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Past,
    Next,
    This,
    That,
    Later,
    Earlier,
    After,
    Before,
    Span,
    PrePrev,
    PreNext,
    PreThis,
    Pos,
    Approx,
    Vague,
    Future,
    SincePast,
    PastTense,
    Report,
    Local,
    NoYearBefore,
    NoYearAfter,
    MonthPrep,
    Clock,
    Link,
    /// Before a weekday or a count of units: a recurring time (`setiap`, `every`).
    Every,
    /// After a frequency count: `kali`, `times`.
    Times,
    /// Between a frequency and its unit: `a`, `per`, `dalam` (`twice a week`).
    Per,
    /// A quarter or half of a year (`kuartal`, `quarter`: Q; `semester`, `half`: H).
    Quarter,
    Half,
    /// Before `N menit/detik`: an angle, so the minutes are not a duration (`derajat`, `degrees`).
    Angle,
    /// Before `N units`: someone's age, not a time (`berusia`, `aged`).
    Age,
    /// A noun of a person right before `N units` (English with `of` between): the count is the
    /// person's age (`seorang pria 40 tahun`, `a boy of 10 years`).
    Person,
    /// A preposition opening a phrase or a weekday (`pada`, `on`): matched, left out of the span.
    Prep,
    /// Opens an infinitive (`to`): a bare month after it may lie ahead though the sentence is past.
    Infinitive,
    /// A word of the fasting month and its feast (`mudik`, `puasa`, `takbiran`): a bare `Hari
    /// Raya` in the same sentence is Idul Fitri.
    FeastCue,
}

impl Role {
    fn parse(s: &str) -> Option<Role> {
        Some(match s {
            "past" => Role::Past,
            "next" => Role::Next,
            "this" => Role::This,
            "that" => Role::That,
            "later" => Role::Later,
            "earlier" => Role::Earlier,
            "after" => Role::After,
            "before" => Role::Before,
            "span" => Role::Span,
            "pre_prev" => Role::PrePrev,
            "pre_next" => Role::PreNext,
            "pre_this" => Role::PreThis,
            "pos" => Role::Pos,
            "approx" => Role::Approx,
            "vague" => Role::Vague,
            "future" => Role::Future,
            "sincepast" => Role::SincePast,
            "pasttense" => Role::PastTense,
            "report" => Role::Report,
            "local" => Role::Local,
            "noyear_before" => Role::NoYearBefore,
            "noyear_after" => Role::NoYearAfter,
            "month_prep" => Role::MonthPrep,
            "clock" => Role::Clock,
            "link" => Role::Link,
            "every" => Role::Every,
            "times" => Role::Times,
            "per" => Role::Per,
            "quarter" => Role::Quarter,
            "half" => Role::Half,
            "angle" => Role::Angle,
            "age" => Role::Age,
            "person" => Role::Person,
            "prep" => Role::Prep,
            "feast_cue" => Role::FeastCue,
            "infinitive" => Role::Infinitive,
            _ => return None,
        })
    }
}

/// Multi-word entries keyed by their first lower-cased token, longest first.
#[derive(Debug)]
pub struct PhraseSet<T> {
    map: HashMap<String, Vec<(Vec<String>, T)>>,
}

impl<T: Clone> PhraseSet<T> {
    fn new() -> Self {
        PhraseSet {
            map: HashMap::default(),
        }
    }
    fn add(&mut self, phrase: &str, v: T) {
        let toks: Vec<String> = tokenize(phrase).iter().map(|t| t.low.to_string()).collect();
        if toks.is_empty() {
            return;
        }
        let e = self.map.entry(toks[0].clone()).or_default();
        e.push((toks[1..].to_vec(), v));
        e.sort_by_key(|x| std::cmp::Reverse(x.0.len()));
    }
    /// The longest entry at `i` whose value passes `keep`, with the index after it.
    pub fn find_by(&self, low: &[&str], i: usize, keep: impl Fn(&T) -> bool) -> Option<(usize, &T)> {
        let cands = self.map.get(*low.get(i)?)?;
        let rest = &low[i + 1..];
        cands
            .iter()
            .find(|(tail, v)| tail.len() <= rest.len() && tail.iter().zip(rest).all(|(a, b)| a == b) && keep(v))
            .map(|(tail, v)| (i + 1 + tail.len(), v))
    }
    pub fn longest(&self, low: &[&str], i: usize) -> Option<(usize, &T)> {
        self.find_by(low, i, |_| true)
    }
}

#[derive(Debug)]
pub struct Lexicon {
    pub months: HashMap<String, (u8, bool)>,
    pub weekdays: HashMap<String, (u8, bool)>,
    pub numbers: HashMap<String, (u32, NumKind)>,
    pub units: HashMap<String, UnitWord>,
    pub dayparts: PhraseSet<String>,
    /// Parts of the day that are also names (`Fajar`, the paper `Dawn`): capitalized, a name.
    pub daypart_names: HashSet<String>,
    pub zones: PhraseSet<()>,
    pub phrases: PhraseSet<Phrase>,
    pub cues: PhraseSet<Role>,
    /// Every word that can begin an expression; other words are skipped at once.
    pub starters: HashSet<String>,
}

fn bad(file: &str, line: usize, m: impl Into<String>) -> DictError {
    DictError::bad(file, line, m)
}

fn num<T: std::str::FromStr>(file: &str, line: usize, s: &str, what: &str) -> Result<T, DictError> {
    s.parse().map_err(|_| bad(file, line, format!("bad {what} `{s}`")))
}

pub fn load() -> Result<Lexicon, DictError> {
    let mut lx = Lexicon {
        months: HashMap::default(),
        weekdays: HashMap::default(),
        numbers: HashMap::default(),
        units: HashMap::default(),
        dayparts: PhraseSet::new(),
        daypart_names: HashSet::default(),
        zones: PhraseSet::new(),
        phrases: PhraseSet::new(),
        cues: PhraseSet::new(),
        starters: HashSet::default(),
    };
    let (f, t) = dict!("months.tsv");
    for r in parse_tsv(f, t, "word", 2)? {
        let m: u8 = num(f, r.line, r.get(1), "month")?;
        if !(1..=12).contains(&m) {
            return Err(bad(f, r.line, "month out of 1..12"));
        }
        lx.months.insert(r.get(0).to_lowercase(), (m, r.get(2) == "1"));
    }
    let (f, t) = dict!("weekdays.tsv");
    for r in parse_tsv(f, t, "word", 2)? {
        let d: u8 = num(f, r.line, r.get(1), "day")?;
        if !(1..=7).contains(&d) {
            return Err(bad(f, r.line, "day out of 1..7"));
        }
        lx.weekdays.insert(r.get(0).to_lowercase(), (d, r.get(2) == "1"));
    }
    let (f, t) = dict!("numbers.tsv");
    for r in parse_tsv(f, t, "word", 3)? {
        let v: u32 = num(f, r.line, r.get(1), "value")?;
        let k = match r.get(2) {
            "n" => NumKind::N,
            "teen" => NumKind::Teen,
            "tens" => NumKind::Tens,
            "hundred" => NumKind::Hundred,
            "times" => NumKind::Times,
            "ord" => NumKind::Ord,
            o => return Err(bad(f, r.line, format!("unknown kind `{o}`"))),
        };
        lx.numbers.insert(r.get(0).to_lowercase(), (v, k));
    }
    let (f, t) = dict!("units.tsv");
    for r in parse_tsv(f, t, "word", 2)? {
        let unit = Unit::parse(r.get(1)).ok_or_else(|| bad(f, r.line, format!("unknown unit `{}`", r.get(1))))?;
        let count = if r.get(2).is_empty() {
            None
        } else {
            Some(num(f, r.line, r.get(2), "count")?)
        };
        let vague = Some(r.get(3).to_string()).filter(|s| !s.is_empty());
        lx.units
            .insert(r.get(0).to_lowercase(), UnitWord { unit, count, vague });
    }
    let (f, t) = dict!("dayparts.tsv");
    for r in parse_tsv(f, t, "word", 2)? {
        lx.dayparts.add(r.get(0), r.require(f, 1, "code")?.to_string());
        if r.get(2) == "1" {
            lx.daypart_names.insert(r.get(0).to_lowercase());
        }
    }
    let (f, t) = dict!("zones.tsv");
    for r in parse_tsv(f, t, "word", 1)? {
        lx.zones.add(r.get(0), ());
    }
    let (f, t) = dict!("phrases.tsv");
    for r in parse_tsv(f, t, "phrase", 3)? {
        let arg = r.require(f, 2, "arg")?;
        let p = match r.get(1) {
            "day" => Phrase::Day(
                num(f, r.line, arg, "offset")?,
                Some(r.get(3).to_string()).filter(|s| !s.is_empty()),
            ),
            "anchor" => Phrase::Anchor(
                num(f, r.line, arg, "offset")?,
                Some(r.get(3).to_string()).filter(|s| !s.is_empty()),
            ),
            "ref" => Phrase::Ref(arg.to_string()),
            "dur" => Phrase::Dur(arg.to_string()),
            "season" => Phrase::Season(arg.to_string()),
            "season_y" => Phrase::SeasonYear(arg.to_string()),
            "holiday" => {
                let (m, d) = arg
                    .split_once('-')
                    .ok_or_else(|| bad(f, r.line, "holiday wants MM-DD"))?;
                Phrase::Holiday(num(f, r.line, m, "month")?, num(f, r.line, d, "day")?)
            }
            "feast" => {
                let feast = crate::feasts::Feast::parse(arg).ok_or_else(|| {
                    bad(
                        f,
                        r.line,
                        format!("bad feast `{arg}` (hijri:MM-DD, chinese:MM-DD, easter:N, nyepi, waisak)"),
                    )
                })?;
                match (r.get(3), feast) {
                    ("month", crate::feasts::Feast::Hijri(_, 1)) => Phrase::FeastMonth(feast),
                    ("month", _) => return Err(bad(f, r.line, "`month` is for a hijri:MM-01 feast")),
                    ("cued", _) => Phrase::FeastCued(feast),
                    _ => Phrase::Feast(feast),
                }
            }
            "weekend" => Phrase::Weekend(num(f, r.line, arg, "offset")?),
            "set" => Phrase::Set(arg.to_string()),
            "not" => Phrase::Not,
            "clock" => {
                let (h, m) = arg.split_once(':').ok_or_else(|| bad(f, r.line, "clock wants HH:MM"))?;
                Phrase::Clock(num(f, r.line, h, "hour")?, num(f, r.line, m, "minute")?)
            }
            o => return Err(bad(f, r.line, format!("unknown kind `{o}`"))),
        };
        lx.phrases.add(r.get(0), p);
    }
    let (f, t) = dict!("cues.tsv");
    for r in parse_tsv(f, t, "word", 2)? {
        let role = Role::parse(r.get(1)).ok_or_else(|| bad(f, r.line, format!("unknown role `{}`", r.get(1))))?;
        lx.cues.add(r.get(0), role);
    }
    let mut st: HashSet<String> = HashSet::default();
    st.extend(lx.months.keys().cloned());
    st.extend(lx.weekdays.keys().cloned());
    // (a part of the day before its weekday: `dawn on Wednesday`)
    st.extend(lx.dayparts.map.keys().cloned());
    st.extend(lx.numbers.keys().cloned());
    st.extend(lx.units.keys().cloned());
    st.extend(lx.phrases.map.keys().cloned());
    for (k, v) in &lx.cues.map {
        use Role::*;
        if v.iter().any(|(_, r)| {
            matches!(
                r,
                Approx | Pos | PrePrev | PreNext | PreThis | Clock | Vague | Every | Quarter | Half
            )
        }) {
            st.insert(k.clone());
        }
    }
    // words that open an expression in the rule code: tahun 2007, tanggal 24, bulan Maret,
    // hari Senin, on Monday, abad ke-20, Q3 2015
    for w in [
        "tahun", "year", "tanggal", "tgl", "bulan", "hari", "on", "abad", "q1", "q2", "q3", "q4", "h1", "h2",
        "setengah",
    ] {
        st.insert(w.to_string());
    }
    lx.starters = st;
    Ok(lx)
}

pub static LEX: LazyLock<Lexicon> = LazyLock::new(|| match load() {
    Ok(l) => l,
    // The dictionaries are compiled in, so a bad file is a build defect caught by the tests.
    Err(e) => panic!("time dictionaries: {e}"),
});

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn dictionaries_load() {
        let lx = load().unwrap();
        assert_eq!(lx.months["oktorber"], (10, false));
        assert_eq!(lx.weekdays["jum'at"].0, 5);
        assert!(lx.units["sehari"].count == Some(1));
    }
}
