//! Time stage: finds time expressions in a sentence and normalizes them (TIMEX3 values).
//!
//! Public interface (used by `warta-pipeline`):
//! - [`Tagger::new`], [`Tagger::tag`]: expressions of one sentence, resolved against the
//!   publication date and the article's [`TimeContext`] (for anchored relatives such as
//!   `dua hari setelah …`, which refer to a date named earlier).
//!
//! The tagger is rule code over its own tokens ([`tok`]); every word it knows (month names and
//! their misspellings, weekdays, number words, units, relative words, zones) is a data file under
//! `dictionaries/time/`, compiled in and parsed once ([`lex`]).
//!
//! Resolution rules, in brief (the full list is in `crates/time/README.md`):
//! - a weekday alone is the most recent such day on or before publication, or the next on or
//!   after it when a future word (`akan`, `will`) comes shortly before it in the sentence;
//! - a day and month without year take the year that puts them nearest to publication, a day in
//!   the future counting double (news reports more past than future), unless `lalu`/`silam`/
//!   `since` (past) or `nanti`/`mendatang`/future words (future) decide;
//! - `N hari setelah/sebelum X` right after a named day (`26 November nanti atau dua hari setelah
//!   bertemu …`) names the day of X: the named day minus (after) or plus (before) N days;
//!   otherwise it is a duration. `N hari kemudian` is the last named day plus N days.
//!   Opening a sentence (`Sehari setelah aksi itu, …`) it stays a duration and gives
//!   [`TimeMatch::event_day`], the last day named before plus N, for event dating.
//! - nothing relative is resolved without a publication date (value `None`).

pub mod feasts;
mod lex;
pub mod tok;

use jiff::ToSpan;
use lex::{NumKind, Phrase, Role, Unit, LEX};
use tok::{tokenize, Kind, Tok};
use warta_core::{Date, Lang, TimeType};

/// One time expression found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeMatch {
    /// Byte offsets in the sentence.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// TIMEX3 value; `None` when relative and there is no publication date.
    pub value: Option<String>,
    pub kind: TimeType,
    /// The day the clause this expression opens happened, where the value itself is no day:
    /// `Sehari setelah aksi itu, …` / `Hours after the strike, …` opening a sentence count from
    /// the last day the article named (the happening just told), while the value stays the
    /// duration TimeML gives it (`P1D`, `PTXH`). For event dating only.
    pub event_day: Option<String>,
    /// For a span named as a whole whose value is its first day (`Ramadhan`: 1 Ramadhan), the
    /// last day. Such a value dates no act to one day; the span is a period (event dating).
    pub span_end: Option<String>,
}

impl TimeMatch {
    /// The calendar day this expression names, when it names exactly one.
    pub fn day(&self) -> Option<Date> {
        self.value
            .as_deref()
            .and_then(|v| v.get(..10))
            .and_then(|v| v.parse().ok())
    }
}

/// What the tagger remembers across the sentences of one article.
#[derive(Debug, Clone, Default)]
pub struct TimeContext {
    /// The last fully resolved day mentioned, for anchored relatives.
    pub last_day: Option<Date>,
    /// The first day the article named (its lead event), for clock times without a day.
    pub first_day: Option<Date>,
    /// The last day named, a telling's day too (`last_day` skips a telling's day when a
    /// happening's day came before it): `Dua hari kemudian` counts from it.
    pub last_told: Option<Date>,
    /// The day of the last clock time of the sentence before, when that sentence told the
    /// clock's day (`esok hari pada pukul 05.00 WIB`) or carried it on: a bare clock time of
    /// the next sentence (`Jam 06.00 WIB …`) goes on that day.
    pub clock_day: Option<Date>,
}

/// How values are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Style {
    /// warta's own convention (the seed and dev gold): a day with a part of the day or a clock
    /// time (`Selasa malam`, `Sabtu, 29 Januari 2022 10:47 WIB`) is the DATE of that day, so that
    /// events get a calendar date.
    #[default]
    Warta,
    /// TimeML/TIMEX3 as in the IndoTimex and TempEval gold: `Selasa malam` is the TIME
    /// `2015-11-17TNI`, a day with a clock time is `2015-11-17T10:00`.
    TimeMl,
}

#[derive(Debug, Default)]
pub struct Tagger {
    style: Style,
}

impl Tagger {
    pub fn new() -> Tagger {
        LazyInit::touch();
        Tagger { style: Style::Warta }
    }

    /// A tagger writing values in `style`.
    pub fn with_style(style: Style) -> Tagger {
        LazyInit::touch();
        Tagger { style }
    }

    /// Time expressions of `sentence`, left to right, not overlapping.
    pub fn tag(&self, sentence: &str, lang: &Lang, published: Option<Date>, ctx: &mut TimeContext) -> Vec<TimeMatch> {
        let toks = tokenize(sentence);
        if toks.is_empty() {
            return Vec::new();
        }
        let low: Vec<&str> = toks.iter().map(|t| t.low.as_ref()).collect();
        let mut sc = Scanner {
            toks: &toks,
            low: &low,
            pubd: published,
            en: *lang == Lang::En,
            style: self.style,
            anchor: ctx.last_day,
            told: ctx.last_told.or(ctx.last_day),
            first_day: ctx.first_day,
            sentence_day: None,
            clock_day: ctx.clock_day,
            found: Vec::new(),
        };
        // The day later sentences count from (`Dua hari sebelumnya`): the last day named, but a
        // day that only dates a telling (`mengatakan pada Minggu bahwa …`, `said on Tuesday
        // that …`) does not displace the day of a happening told before it.
        let mut kept = ctx.last_day;
        let mut i = 0;
        while i < toks.len() {
            match sc.best_at(i) {
                Some(f) if f.e > i => {
                    if let (Some(d), true) = (f.val.day(), f.anchors) {
                        sc.anchor = Some(d);
                        sc.told = Some(d);
                        sc.sentence_day = Some(d);
                        sc.first_day.get_or_insert(d);
                        if kept.is_none() || !sc.dates_a_telling(f.e) {
                            kept = Some(d);
                        }
                    }
                    i = f.e;
                    if f.val != Val::Skip {
                        sc.found.push(f);
                    }
                }
                _ => i += 1,
            }
        }
        // `Sehari setelah aksi di Makassar, Presiden bertemu …`: the day the clause happened.
        let opening = sc.found.first().and_then(|f| sc.count_after_opening(f, ctx.last_day));
        if let (Some(d), None) = (opening, sc.found.iter().find_map(|f| f.val.day().filter(|_| f.anchors))) {
            kept = Some(d);
            sc.told = Some(d);
        }
        ctx.last_day = kept;
        ctx.last_told = sc.told;
        ctx.first_day = sc.first_day;
        ctx.clock_day = sc.clock_day_told();
        sc.found
            .iter()
            .enumerate()
            .map(|(k, f)| {
                let (start, end) = (toks[f.s].start, toks[f.e - 1].end);
                let (value, kind) = f.val.render(self.style);
                TimeMatch {
                    start,
                    end,
                    text: sentence[start..end].to_string(),
                    value,
                    kind,
                    event_day: opening.filter(|_| k == 0).map(|d| d.to_string()),
                    span_end: match &f.val {
                        Val::Span(_, end) => Some(end.to_string()),
                        Val::Dur(_) if sc.up_to_now(f) => sc.pubd.map(|p| p.to_string()),
                        _ => None,
                    },
                }
            })
            .collect()
    }
}

struct LazyInit;
impl LazyInit {
    fn touch() {
        let _ = &LEX.months;
    }
}

/// A normalized value before it is written out.
#[derive(Debug, Clone, PartialEq)]
enum Val {
    /// A relative expression that could not be resolved (no publication date).
    Unres(TimeType),
    /// A day, maybe with a part of the day (`TNI`) or a clock time.
    Day(Date, Option<String>, Option<(u8, u8)>),
    /// A clock time alone, on the day it is taken to belong to.
    Clock(Option<Date>, u8, u8),
    Month(i16, i8),
    Year(i16),
    Decade(i16),
    Century(i16),
    Week(i16, i8),
    Weekend(i16, i8),
    Season(i16, String),
    /// A quarter (`Q3`) or half (`H1`) of a year.
    Part(i16, String),
    Dur(String),
    Ref(String),
    Set(String),
    /// A span of days named as a whole (`selama Ramadhan`): written as its first day, and
    /// [`TimeMatch::span_end`] gives the last.
    Span(Date, Date),
    /// Consumed but not a time expression (`Tahun Baru Imlek`).
    Skip,
}

impl Val {
    fn day(&self) -> Option<Date> {
        match self {
            Val::Day(d, ..) => Some(*d),
            _ => None,
        }
    }
    fn render(&self, style: Style) -> (Option<String>, TimeType) {
        let timeml = style == Style::TimeMl;
        match self {
            Val::Unres(k) => (None, *k),
            Val::Day(d, part, clock) => match (timeml, part, clock) {
                (true, _, Some((h, m))) => (Some(format!("{d}T{h:02}:{m:02}")), TimeType::Time),
                (true, Some(p), None) => (Some(format!("{d}{p}")), TimeType::Time),
                _ => (Some(d.to_string()), TimeType::Date),
            },
            Val::Clock(d, h, m) => (d.map(|d| format!("{d}T{h:02}:{m:02}")), TimeType::Time),
            Val::Month(y, m) => (Some(format!("{y:04}-{m:02}")), TimeType::Date),
            Val::Year(y) => (Some(format!("{y:04}")), TimeType::Date),
            Val::Decade(d) => (Some(format!("{d:03}")), TimeType::Date),
            Val::Century(c) => (Some(format!("{c:02}")), TimeType::Date),
            Val::Week(y, w) => (Some(format!("{y:04}-W{w:02}")), TimeType::Date),
            Val::Weekend(y, w) => (Some(format!("{y:04}-W{w:02}-WE")), TimeType::Date),
            Val::Season(y, s) => (Some(format!("{y:04}-{s}")), TimeType::Date),
            // warta style keeps the year: the pipeline reads `YYYY-..` values as calendar periods.
            Val::Part(y, p) if timeml => (Some(format!("{y:04}-{p}")), TimeType::Date),
            Val::Part(y, _) => (Some(format!("{y:04}")), TimeType::Date),
            Val::Dur(v) => (Some(v.clone()), TimeType::Duration),
            Val::Ref(v) => (Some(v.clone()), TimeType::Date),
            Val::Set(v) => (Some(v.clone()), TimeType::Set),
            Val::Span(d, _) => (Some(d.to_string()), TimeType::Date),
            Val::Skip => (None, TimeType::Date),
        }
    }
}

/// One expression: tokens `s..e`.
#[derive(Debug, Clone)]
struct Found {
    s: usize,
    e: usize,
    val: Val,
    /// Whether a day it names becomes the anchor of later relatives (not so for holidays).
    anchors: bool,
}

/// Which way an unanchored date leans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    None,
    Past,
    Future,
    /// Leaning past or future because of a word elsewhere in the sentence (`telah`, `akan`):
    /// a date a little on the other side of publication is still taken.
    PastSoft,
    /// A past-tense verb reaches the date with nothing between that opens what lies ahead
    /// (`halted the transit on January 1`): as `PastSoft`, but a date over a month ahead is
    /// not taken.
    PastPlain,
    FutureSoft,
    /// Strictly before publication (`Selasa lalu`, `last Tuesday`).
    PastStrict,
    /// Strictly after publication (`Selasa depan`, `next Tuesday`).
    NextStrict,
    /// In the current week / year (`Selasa ini`, `this Tuesday`).
    This,
}

/// A date as written, before its year is known.
#[derive(Debug, Clone, Copy)]
enum DateSpec {
    Full(Date),
    MonthDay(i8, i8),
    /// A range of days inside one month (`9-12 Juli 2023`): the month (year, month, first
    /// and last day).
    MonthOf(Option<i16>, i8, i8, i8),
}

struct Scanner<'a, 'b> {
    toks: &'b [Tok<'a>],
    low: &'b [&'b str],
    pubd: Option<Date>,
    en: bool,
    style: Style,
    /// The last day named (in this article, up to here; in earlier sentences, a telling's day
    /// only when no happening's day came before it).
    anchor: Option<Date>,
    /// The last day named, a telling's day too (for `Dua hari kemudian`).
    told: Option<Date>,
    first_day: Option<Date>,
    /// The last day named in this sentence.
    sentence_day: Option<Date>,
    /// The day of the sentence before's last clock time, when told there (`TimeContext::clock_day`).
    clock_day: Option<Date>,
    found: Vec<Found>,
}

fn date(y: i16, m: i8, d: i8) -> Option<Date> {
    Date::new(y, m, d).ok()
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.days()).ok()
}

fn add_months(y: i16, m: i8, k: i64) -> (i16, i8) {
    let t = y as i64 * 12 + (m as i64 - 1) + k;
    (t.div_euclid(12) as i16, (t.rem_euclid(12) + 1) as i8)
}

fn iso_week(d: Date) -> (i16, i8) {
    let w = d.iso_week_date();
    (w.year(), w.week())
}

fn weekday(d: Date) -> i64 {
    d.weekday().to_monday_one_offset() as i64
}

/// A day of month `m` (`d`), of year `y` when given, or a range of days up to `last`: the month.
fn day_spec(y: Option<i16>, m: i8, d: i8, last: Option<i8>) -> Option<DateSpec> {
    Some(match (last, y) {
        (Some(last), y) => DateSpec::MonthOf(y, m, d, last.max(d)),
        (None, Some(y)) => DateSpec::Full(date(y, m, d)?),
        (None, None) => DateSpec::MonthDay(m, d),
    })
}

/// Among the years around publication, the date (made by `mk`) nearest to it, a future one
/// counting double, or the one the tense asks for.
fn pick_year<F: Fn(i16) -> Option<Date>>(pubd: Date, tense: Tense, mk: F) -> Option<Date> {
    let y = pubd.year();
    let cands = [y - 1, y, y + 1].into_iter().filter_map(&mk);
    let cost = |d: Date| -> i64 {
        let diff = (d - pubd).get_days() as i64;
        match tense {
            Tense::Past | Tense::PastStrict => {
                if diff > 0 {
                    i64::MAX / 2 + diff
                } else {
                    -diff
                }
            }
            Tense::Future | Tense::NextStrict => {
                if diff < 0 {
                    i64::MAX / 2 - diff
                } else {
                    diff
                }
            }
            Tense::This => (d.year() != y) as i64 * 1000 + diff.abs(),
            Tense::PastPlain if diff > 30 => i64::MAX / 2 + diff,
            Tense::PastSoft | Tense::PastPlain => {
                if diff > 0 {
                    4 * diff
                } else {
                    -diff
                }
            }
            Tense::FutureSoft => {
                if diff < 0 {
                    -3 * diff
                } else {
                    diff
                }
            }
            Tense::None => {
                if diff > 0 {
                    2 * diff
                } else {
                    -diff
                }
            }
        }
    };
    cands.min_by_key(|d| cost(*d))
}

fn unit_dur(n: u32, u: Unit) -> String {
    match u {
        Unit::S => format!("PT{n}S"),
        Unit::Mi => format!("PT{n}M"),
        Unit::H => format!("PT{n}H"),
        Unit::D => format!("P{n}D"),
        Unit::W => format!("P{n}W"),
        Unit::M => format!("P{n}M"),
        Unit::Y => format!("P{n}Y"),
        Unit::De => format!("P{}Y", n * 10),
        Unit::Ce => format!("P{}Y", n * 100),
    }
}

fn vague_dur(u: Unit) -> &'static str {
    match u {
        Unit::S => "PTXS",
        Unit::Mi => "PTXM",
        Unit::H => "PTXH",
        Unit::D => "PXD",
        Unit::W => "PXW",
        Unit::M => "PXM",
        Unit::Y => "PXY",
        Unit::De => "PXDE",
        Unit::Ce => "PXCE",
    }
}

/// A clock time from a numeric token (`10.00`, `10:00`).
fn clock_of(t: &Tok) -> Option<(u8, u8, bool)> {
    if t.kind != Kind::Num {
        return None;
    }
    let colon = t.text.contains(':');
    let mut it = t.text.split(['.', ':']);
    let (h, m) = (it.next()?, it.next()?);
    if h.len() > 2 || m.len() != 2 || it.next().is_some() {
        return None;
    }
    let (h, m): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60).then_some((h % 24, m, colon))
}

impl<'a, 'b> Scanner<'a, 'b> {
    fn low(&self, i: usize) -> &str {
        self.low.get(i).copied().unwrap_or("")
    }
    fn role(&self, i: usize, r: Role) -> Option<usize> {
        LEX.cues.find_by(self.low, i, |x| *x == r).map(|(e, _)| e)
    }
    fn roles(&self, i: usize, rs: &[Role]) -> Option<(usize, Role)> {
        LEX.cues.find_by(self.low, i, |x| rs.contains(x)).map(|(e, r)| (e, *r))
    }
    fn is(&self, i: usize, w: &str) -> bool {
        self.low(i) == w
    }
    /// A sentence ends between tokens `a` and `b`.
    fn sentence_break(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| matches!(self.low(i), "." | "!" | "?" | ";"))
    }
    fn digits(&self, i: usize) -> Option<u32> {
        self.toks.get(i).and_then(Tok::digits)
    }
    fn digit_len(&self, i: usize) -> usize {
        self.toks.get(i).map_or(0, |t| t.text.len())
    }
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued_right)
    }
    fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Tok::is_cap)
    }
    /// The part of the day at `i` (`dayparts.tsv`) and the index after it; a capitalized one
    /// that is also a name (`Fajar`, `Dawn`) is the name.
    fn daypart_at(&self, i: usize) -> Option<(usize, &'static String)> {
        if self.cap(i) && LEX.daypart_names.contains(self.low(i)) {
            return None;
        }
        LEX.dayparts.longest(self.low, i)
    }
    fn unres(&self, k: TimeType) -> Val {
        Val::Unres(k)
    }
    fn anchor_day(&self) -> Option<Date> {
        self.anchor.or(self.pubd)
    }

    /// A day ending at token `e` dates a telling: `bahwa`/`that` follows it, maybe after a comma
    /// (`mengatakan pada Minggu bahwa …`, `said on Tuesday that …`).
    fn dates_a_telling(&self, e: usize) -> bool {
        let k = if self.is(e, ",") { e + 1 } else { e };
        matches!(self.low(k), "bahwa" | "that")
    }

    /// A future word shortly before `i` in the sentence.
    /// A future word shortly before `i`, not cut off by a reporting verb ("… akan tiba Kamis,
    /// kata juru bicara, Rabu": Rabu is the day of the statement).
    ///
    /// Eight words back; up to twelve within one stretch of words with no punctuation between
    /// (`Lebanon will file a complaint with the UN Security Council on Monday`).
    fn future_before(&self, i: usize) -> bool {
        let mut punct = false;
        for k in (i.saturating_sub(12)..i).rev() {
            punct |= self.toks.get(k).is_some_and(|t| t.kind == Kind::Punct);
            if i - k > 8 && punct {
                return false;
            }
            if self.role(k, Role::Report).is_some() {
                return false;
            }
            if self.role(k, Role::Future).is_some() {
                return true;
            }
        }
        false
    }
    /// Whether a weekend said on a weekday (`akhir pekan`, `this weekend`, `i..e`) is the coming
    /// one rather than the one just past: told ahead (`akan bertemu akhir pekan ini`, `will meet
    /// at the weekend`), or `ini`/`this` from Tuesday to Friday with no past word before it (on a
    /// Monday `this weekend` is most often the one just past).
    fn weekend_ahead(&self, i: usize, e: usize, p: Date) -> bool {
        match self.context_tense(i) {
            Tense::FutureSoft => true,
            Tense::None => {
                let this = self.is(i, "this") || (e > i + 1 && matches!(self.low(e - 1), "ini" | "this"));
                this && weekday(p) >= 2
            }
            _ => false,
        }
    }
    fn since_before(&self, i: usize) -> bool {
        (i.saturating_sub(6)..i).any(|k| self.role(k, Role::SincePast).is_some())
    }
    /// A past-tense word (`telah`, `was`, an English verb in -ed) shortly before `i`.
    fn past_before(&self, i: usize) -> bool {
        (i.saturating_sub(8)..i).any(|k| self.past_word(k))
    }
    /// A past-tense word: `telah`, `was` (role `pasttense`), or an English lower-case verb in -ed.
    fn past_word(&self, k: usize) -> bool {
        self.role(k, Role::PastTense).is_some()
            || (self.en
                && self.low(k).len() >= 5
                && self.low(k).ends_with("ed")
                && !self.cap(k)
                && self.toks[k].kind == Kind::Word)
    }
    /// Whether the past-tense word nearest before `i` reaches it with no infinitive between
    /// (`captured Goma in January`, not `agreed to meet in January`).
    fn plain_past_before(&self, i: usize) -> bool {
        for k in (i.saturating_sub(8)..i).rev() {
            let opens = self.role(k, Role::Infinitive).is_some()
                && k + 1 < i
                && self.toks[k + 1].kind == Kind::Word
                && !self.cap(k + 1);
            if opens {
                return false;
            }
            if self.past_word(k) {
                return true;
            }
        }
        false
    }
    fn context_tense(&self, i: usize) -> Tense {
        if self.since_before(i) {
            Tense::Past
        } else if self.future_before(i) {
            Tense::FutureSoft
        } else if self.plain_past_before(i) {
            Tense::PastPlain
        } else if self.past_before(i) {
            Tense::PastSoft
        } else {
            Tense::None
        }
    }

    fn best_at(&self, i: usize) -> Option<Found> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Num && !LEX.starters.contains(self.low(i)) {
            return None;
        }
        if let Some(k) = self.role(i, Role::Approx) {
            // A `not` phrase that starts with the approximation (`almost overnight`) wins.
            if let Some(f) = self.core_at(i).filter(|f| f.val == Val::Skip) {
                return Some(f);
            }
            if let Some(f) = self.core_at(k) {
                // "lebih dari seminggu yang lalu": an unspecified past time
                let more = matches!(self.low(i), "lebih" | "more" | "over");
                if more && f.e > k && self.role(f.e - 1, Role::Past).is_some() && !matches!(f.val, Val::Dur(_)) {
                    return Some(Found {
                        s: i,
                        e: f.e,
                        val: Val::Ref("PAST_REF".into()),
                        anchors: false,
                    });
                }
                return Some(Found { s: i, ..f });
            }
        }
        self.core_at(i)
    }

    fn core_at(&self, i: usize) -> Option<Found> {
        let t = self.toks.get(i)?;
        let mut best: Option<Found> = None;
        let mut take = |f: Option<Found>| {
            if let Some(f) = f {
                if best.as_ref().is_none_or(|b| f.e > b.e) {
                    best = Some(f);
                }
            }
        };
        // before the phrases: `setiap Minggu` is every Sunday, the phrase `setiap minggu` every week
        take(self.every_at(i));
        take(self.phrase_at(i).map(|f| self.without_prep(f)));
        take(self.nanti_at(i));
        take(self.plural_weekday_at(i));
        take(self.freq_at(i));
        take(self.quarter_at(i));
        take(self.part_of_at(i));
        take(self.daypart_day_at(i));
        take(self.fraction_at(i));
        take(self.weekday_at(i));
        take(self.pos_at(i));
        take(self.pre_at(i));
        take(self.clock_at(i).map(|(e, h, m)| self.clock_found(i, e, h, m)));
        if t.kind == Kind::Num {
            take(self.numeric_at(i));
            take(self.race_time_at(i));
        } else {
            take(self.month_at(i));
            take(self.unit_rel_at(i));
            take(self.century_at(i));
            take(self.year_word_at(i));
            take(self.tanggal_at(i));
        }
        if t.kind == Kind::Num {
            take(self.century_at(i));
        }
        take(self.count_at(i));
        best
    }

    // ----- phrases -------------------------------------------------------------------------

    fn phrase_at(&self, i: usize) -> Option<Found> {
        let (e, p) = LEX.phrases.longest(self.low, i)?;
        let val = match p {
            Phrase::Day(n, part) => match self.pubd.and_then(|d| add_days(d, *n)) {
                Some(d) => Val::Day(d, part.clone(), None),
                None => self.unres(TimeType::Date),
            },
            // `the day before` closing its clause counts from the last named day; before a word
            // it is `the day before the vote`, a day of something else.
            Phrase::Anchor(..)
                if matches!(self.low(e - 1), "before" | "after")
                    && self.toks.get(e).is_some_and(|t| t.kind != Kind::Punct) =>
            {
                return None
            }
            // A day after counts from a telling's day too, a day before from the happening.
            Phrase::Anchor(n, part) => match (if *n > 0 {
                self.told.or(self.pubd)
            } else {
                self.anchor_day()
            })
            .and_then(|d| add_days(d, *n))
            {
                Some(d) => Val::Day(d, part.clone(), None),
                None => self.unres(TimeType::Date),
            },
            // "in the past few days", "over the past 24 hours": `the past` opens a span of units
            // (pre_at), it is not the vague past.
            Phrase::Ref(_) if self.opens_count(e - 1) => return None,
            Phrase::Ref(v) => Val::Ref(v.clone()),
            Phrase::Dur(v) => Val::Dur(v.clone()),
            Phrase::Set(v) => Val::Set(v.clone()),
            Phrase::Not => Val::Skip,
            Phrase::Clock(h, m) => return Some(self.clock_found(i, e, *h, *m)),
            // "musim hujan 2014", "the summer of 2014": the season of the year written after it
            Phrase::Season(c) | Phrase::SeasonYear(c) if self.year_after(e).is_some() => {
                let (y, k) = self.year_after(e)?;
                return Some(Found {
                    s: i,
                    e: k,
                    val: Val::Season(y, c.clone()),
                    anchors: true,
                });
            }
            Phrase::SeasonYear(_) => return None,
            Phrase::Season(c) => match self.pubd {
                Some(d) => Val::Season(d.year(), c.clone()),
                None => self.unres(TimeType::Date),
            },
            Phrase::Holiday(m, d) => return Some(self.holiday_found(i, e, |y| date(y, *m, *d).into_iter().collect())),
            // `Ahmed Eid`: a one-word feast after a name inside the sentence is that name's part.
            Phrase::Feast(_)
                if e == i + 1 && i > 1 && self.cap(i - 1) && self.toks[i - 1].kind == Kind::Word && self.en =>
            {
                return None
            }
            Phrase::Feast(f) => {
                if let Some(found) = self.hijri_year_after(i, e, *f) {
                    return Some(found);
                }
                return Some(self.holiday_found(i, e, |y| f.in_year(y)));
            }
            Phrase::FeastCued(f) => {
                // Without a word of the fast or the feast in the sentence (`mudik`, `puasa`),
                // a bare `Hari Raya` may be any feast.
                if !(0..self.toks.len()).any(|k| self.role(k, Role::FeastCue).is_some()) {
                    return None;
                }
                if let Some(found) = self.hijri_year_after(i, e, *f) {
                    return Some(found);
                }
                return Some(self.holiday_found(i, e, |y| f.in_year(y)));
            }
            Phrase::FeastMonth(f) => {
                let found = self
                    .hijri_year_after(i, e, *f)
                    .unwrap_or_else(|| self.holiday_found(i, e, |y| f.in_year(y)));
                let val = match found.val {
                    Val::Day(d, ..) => {
                        feasts::hijri_month_end(d).map_or(Val::Day(d, None, None), |end| Val::Span(d, end))
                    }
                    v => v,
                };
                return Some(Found { val, ..found });
            }
            Phrase::Weekend(n) => match self.pubd {
                Some(p) => {
                    let back = if weekday(p) >= 6 || *n != 0 || self.weekend_ahead(i, e, p) {
                        0
                    } else {
                        7
                    };
                    let d = add_days(p, n * 7 - back)?;
                    let (y, w) = iso_week(d);
                    Val::Weekend(y, w)
                }
                None => self.unres(TimeType::Date),
            },
        };
        // `nanti` alone is vague; right before a clock time or day it is part of that one.
        if let Val::Day(d, part, None) = &val {
            if matches!(p, Phrase::Day(..) | Phrase::Anchor(..)) {
                return Some(self.finish_day(i, e, *d, part.clone(), true));
            }
        }
        Some(Found {
            s: i,
            e,
            val,
            anchors: true,
        })
    }

    /// A yearly holiday or feast at `i..e` whose days in a Gregorian year `days_in` gives. Its
    /// year: one written after it (`Lebaran 2015`, `Idul Fitri tahun 2015`), or `tahun
    /// lalu/ini/depan`, `last/this/next year` after it (`Lebaran tahun lalu`, `Easter last year`)
    /// counted from publication; else the occurrence nearest publication, leaning to the coming
    /// one after `menjelang`/`jelang`/`ahead of` and to the past one after `usai`/`setelah`/
    /// `since`/`after`, else as the sentence's tense leans.
    fn holiday_found(&self, i: usize, e: usize, days_in: impl Fn(i16) -> Vec<Date>) -> Found {
        let found = |e: usize, d: Option<Date>| Found {
            s: i,
            e,
            val: d.map_or(Val::Unres(TimeType::Date), |d| Val::Day(d, None, None)),
            anchors: false,
        };
        // Of a year's days (two in some years for an Islamic feast), the one nearest publication.
        let closest = |cands: Vec<Date>| match self.pubd {
            Some(p) => cands.into_iter().min_by_key(|d| (*d - p).get_days().abs()),
            None => cands.into_iter().next(),
        };
        if let Some((y, k)) = self.year_after(e) {
            return found(k, closest(days_in(y)));
        }
        let shift = match (self.low(e), self.low(e + 1)) {
            ("tahun", "lalu" | "kemarin" | "silam") | ("last", "year") => Some(-1),
            ("tahun", "ini") | ("this", "year") => Some(0),
            ("tahun", "depan" | "mendatang") | ("next", "year") => Some(1),
            _ => None,
        };
        if let Some(n) = shift {
            return found(e + 2, self.pubd.and_then(|p| closest(days_in(p.year() + n))));
        }
        let before = |k: usize| if i >= k { self.low(i - k) } else { "" };
        let tense = match (before(2), before(1)) {
            (_, "menjelang" | "jelang" | "menyambut" | "sambut") | ("ahead", "of") | ("run-up", "to") => Tense::Future,
            (_, "usai" | "seusai" | "setelah" | "sesudah" | "pasca" | "selepas" | "after") => Tense::PastSoft,
            (_, "sejak" | "since") => Tense::Past,
            _ => self.context_tense(i),
        };
        found(e, self.pubd.and_then(|p| pick_year(p, tense, |y| closest(days_in(y)))))
    }

    /// An Islamic feast with its Hijri year after it (`Idul Fitri 1445 H`, `Idul Adha tahun
    /// 1446 Hijriah`, `1 Ramadhan 1445`): the feast's day in that Islamic year. A year 1300–1600
    /// is Hijri without a mark (no Gregorian year of the news is); `H`, `Hijriah`, `Hijriyah`,
    /// `AH` after it are part of the span.
    fn hijri_year_after(&self, i: usize, e: usize, f: feasts::Feast) -> Option<Found> {
        let feasts::Feast::Hijri(..) = f else { return None };
        let k = if self.low(e) == "tahun" { e + 1 } else { e };
        let y = self.digits(k).filter(|_| self.digit_len(k) == 4)?;
        let mark = matches!(self.low(k + 1), "h" | "hijriah" | "hijriyah" | "hijri" | "ah");
        let hijri = (1300..=1600).contains(&y) || (mark && y <= 1700);
        if !hijri {
            return None;
        }
        let d = f.in_hijri_year(y as i32);
        Some(Found {
            s: i,
            e: k + 1 + usize::from(mark),
            val: d.map_or(Val::Unres(TimeType::Date), |d| Val::Day(d, None, None)),
            anchors: false,
        })
    }

    /// A year written right after `e` (`2014`, `of 2014`, `tahun 2014`): (year, index after it).
    fn year_after(&self, e: usize) -> Option<(i16, usize)> {
        let k = if matches!(self.low(e), "of" | "tahun") {
            e + 1
        } else {
            e
        };
        self.year_tok(k).map(|y| (y, k + 1))
    }

    // ----- days ----------------------------------------------------------------------------

    /// The expression `s..e` with the value a date spec resolved to: a day goes through
    /// `finish_day` (parts of day, clock times), anything else as it is, nothing as unresolved.
    fn found_spec(&self, s: usize, e: usize, v: Option<Val>, part: Option<String>) -> Found {
        match v {
            Some(Val::Day(d, ..)) => self.finish_day(s, e, d, part, false),
            Some(val) => Found {
                s,
                e,
                val,
                anchors: true,
            },
            None => Found {
                s,
                e,
                val: self.unres(TimeType::Date),
                anchors: true,
            },
        }
    }

    /// After a day: a part of the day, `waktu setempat`, a clock time, `kemarin`/`lalu`/`ini`.
    fn finish_day(&self, s: usize, mut e: usize, mut d: Date, mut part: Option<String>, relative: bool) -> Found {
        let mut clock = None;
        // "kemarin (17/11)", "hari ini (18/11/2015)": the written date is the value.
        if relative && self.is(e, "(") {
            if let Some((k, spec)) = self.explicit_date_at(e + 1, true) {
                if self.is(k, ")") {
                    if let Some(Val::Day(x, ..)) = self.resolve_spec(spec, Tense::None) {
                        d = x;
                        e = k + 1;
                    }
                }
            }
        }
        for _ in 0..3 {
            if part.is_none() && clock.is_none() {
                if let Some((k, p)) = self.daypart_at(e) {
                    part = Some(p.clone());
                    e = k;
                    continue;
                }
            }
            if let Some(k) = self.role(e, Role::Local) {
                e = k;
                continue;
            }
            if clock.is_none() {
                let mut k = e;
                if self.style == Style::Warta {
                    if let Some(l) = self.role(k, Role::Link) {
                        k = l;
                    }
                }
                if let Some((k2, h, m)) = self.clock_at(k).or_else(|| self.bare_clock_at(k)) {
                    // Only a clock time glued to the day, or across a dateline link in warta style.
                    clock = Some((h, m));
                    e = self.after_clock(k2);
                    continue;
                }
            }
            break;
        }
        if !relative {
            if let Some((k, _)) = self.roles(e, &[Role::Past, Role::This, Role::That]) {
                if k == e + 1 {
                    e = k;
                }
            } else if self.is(e, "tadi") || self.is(e, "nanti") || self.is(e, "mendatang") {
                e += 1;
            }
        }
        if part.is_some() && (self.is(e, "ini") || self.is(e, "itu") || self.is(e, "tadi")) {
            e += 1;
        }
        Found {
            s,
            e,
            val: Val::Day(d, part, clock),
            anchors: true,
        }
    }

    /// Two days with their dates in brackets, `Sabtu-Minggu (9-10/11)`, `Sabtu dan Minggu
    /// (9-10/11/2024)` (the first weekday's token ends before `k`): the month, as a range of
    /// days written out (`9-10 November`). Each weekday alone would be taken for the last one
    /// before publication.
    fn weekday_pair(&self, s: usize, k: usize) -> Option<Found> {
        if !matches!(self.low(k), "-" | "–" | "dan" | "hingga" | "sampai") {
            return None;
        }
        let w2 = k + 1;
        LEX.weekdays.get(self.low(w2))?;
        let j = w2 + 1;
        if !self.cap(w2) || !self.is(j, "(") || !matches!(self.low(j + 2), "-" | "–") {
            return None;
        }
        let first = self.day_tok(j + 1)?;
        let t = self.toks.get(j + 3).filter(|t| t.kind == Kind::Num)?;
        let parts: Vec<u32> = t.text.split('/').map(|p| p.parse().ok()).collect::<Option<_>>()?;
        let (last, m, y) = match parts[..] {
            [d, m] => (d, m, None),
            [d, m, y] if y < 100 || (1000..=2199).contains(&y) => (d, m, Some(if y < 100 { 2000 + y } else { y })),
            _ => return None,
        };
        if !self.is(j + 4, ")") || !(1..=12).contains(&m) || !(1..=31).contains(&last) || last as i8 <= first {
            return None;
        }
        let e = j + 5;
        let spec = DateSpec::MonthOf(y.map(|y| y as i16), m as i8, first, last as i8);
        let val = self.resolve_spec(spec, self.tense_after(e).unwrap_or(Tense::None))?;
        Some(Found {
            s,
            e,
            val,
            anchors: true,
        })
    }

    fn weekday_at(&self, i: usize) -> Option<Found> {
        let mut s = i;
        let mut k = i;
        if self.is(k, "hari") || self.is(k, "on") {
            k += 1;
        }
        // `on Friday`: the preposition is no part of the time (`hari Senin` is)
        if self.role(i, Role::Prep) == Some(k) {
            s = k;
        }
        let &(wd, abbr) = LEX.weekdays.get(self.low(k))?;
        if !self.cap(k) {
            return None;
        }
        let wtok = k;
        k += 1;
        if abbr && self.is(k, ".") {
            k += 1;
        }
        let is_minggu = self.low(wtok) == "minggu";
        // "Minggu lalu" at the start of a sentence is "last week", not "last Sunday".
        if is_minggu
            && (wtok == 0 || self.toks[wtok - 1].kind == Kind::Punct && self.low(wtok - 1) != ",")
            && self.roles(k, &[Role::Past, Role::Next, Role::This]).is_some()
        {
            return None;
        }
        if let Some(f) = self.weekday_pair(s, k) {
            return Some(f);
        }
        // An explicit date: "Rabu (18/11)", "Selasa, 8 September 2015", "Kamis malam (29/8)".
        let mut j = k;
        let mut part = None;
        if let Some((p, code)) = self.daypart_at(j) {
            if self.is(p, "(") {
                part = Some(code.clone());
                j = p;
            }
        }
        if self.is(j, ",") && self.is(j + 1, "(") {
            j += 1;
        }
        let paren = self.is(j, "(");
        let jj = if paren || self.is(j, ",") { j + 1 } else { j };
        if let Some((e, spec)) = self.explicit_date_at(jj, paren) {
            let e = if paren {
                if self.is(e, ")") {
                    e + 1
                } else {
                    return None;
                }
            } else {
                e
            };
            let d = self.resolve_spec(spec, self.tense_after(e).unwrap_or(Tense::None));
            return Some(self.found_spec(s, e, d, part));
        }
        if abbr {
            return None;
        }
        // A weekday alone, with what frames it.
        let mut tense = self.context_tense(i);
        let mut e = k;
        let mut week_shift: Option<i64> = None;
        if let Some((k2, _)) = self.daypart_at(e) {
            part = self.daypart_at(e).map(|(_, p)| p.clone());
            e = k2;
        }
        // "Tuesday last week", "Tuesday of next week": that weekday of the week named
        let of = if self.en && self.is(e, "of") { e + 1 } else { e };
        let pre_week = self
            .en
            .then(|| self.roles(of, &[Role::PrePrev, Role::PreNext, Role::PreThis]))
            .flatten()
            .filter(|(k2, _)| self.is(*k2, "week"));
        if let Some((k2, r)) = pre_week {
            week_shift = Some(match r {
                Role::PrePrev => -1,
                Role::PreNext => 1,
                _ => 0,
            });
            e = k2 + 1;
        } else if matches!(self.low(e), "pekan" | "minggu" | "week") {
            if let Some((k2, r)) = self.roles(e + 1, &[Role::Past, Role::Next, Role::This]) {
                week_shift = Some(match r {
                    Role::Past => -1,
                    Role::Next => 1,
                    _ => 0,
                });
                e = k2;
            }
        } else if let Some((k2, r)) = self.roles(e, &[Role::Past, Role::Next, Role::This, Role::That]) {
            let t = match r {
                Role::Past => Some(Tense::PastStrict),
                Role::Next if !self.is(e, "lagi") => Some(Tense::NextStrict),
                Role::This => Some(Tense::This),
                Role::That => Some(Tense::None),
                _ => None,
            };
            if let Some(t) = t {
                tense = t;
                e = k2;
            }
        }
        if i > 0 {
            match self.roles(i - 1, &[Role::PrePrev, Role::PreNext, Role::PreThis]) {
                Some((k2, Role::PrePrev)) if k2 == i => tense = Tense::PastStrict,
                Some((k2, Role::PreNext)) if k2 == i => tense = Tense::NextStrict,
                _ => {}
            }
        }
        let Some(p) = self.pubd else {
            return Some(Found {
                s,
                e,
                val: self.unres(TimeType::Date),
                anchors: true,
            });
        };
        let pw = weekday(p);
        let wd = wd as i64;
        let d = if let Some(shift) = week_shift {
            add_days(p, shift * 7 - (pw - 1) + (wd - 1))?
        } else {
            let back = (pw - wd).rem_euclid(7);
            let fwd = (wd - pw).rem_euclid(7);
            match tense {
                Tense::None | Tense::Past | Tense::PastSoft | Tense::PastPlain => add_days(p, -back)?,
                Tense::PastStrict => add_days(p, -(if back == 0 { 7 } else { back }))?,
                Tense::Future | Tense::FutureSoft => add_days(p, fwd)?,
                Tense::NextStrict => add_days(p, if fwd == 0 { 7 } else { fwd })?,
                Tense::This => add_days(p, wd - pw)?,
            }
        };
        Some(self.finish_day(s, e, d, part, true))
    }

    /// `lalu`/`silam`/`kemarin` (past) or `nanti`/`mendatang`/`depan` (future) right after `e`.
    fn tense_after(&self, e: usize) -> Option<Tense> {
        match self.roles(e, &[Role::Past, Role::Next])? {
            (_, Role::Past) => Some(Tense::Past),
            (_, Role::Next) if !self.is(e, "lagi") => Some(Tense::Future),
            _ => None,
        }
    }

    fn resolve_spec(&self, spec: DateSpec, tense: Tense) -> Option<Val> {
        match spec {
            DateSpec::Full(d) => Some(Val::Day(d, None, None)),
            DateSpec::MonthDay(m, d) => {
                let p = self.pubd?;
                pick_year(p, tense, |y| date(y, m, d)).map(|d| Val::Day(d, None, None))
            }
            DateSpec::MonthOf(Some(y), m, ..) => Some(Val::Month(y, m)),
            DateSpec::MonthOf(None, m, first, last) => {
                // The year is picked by the range's days: its last day when it is told as
                // ahead (`24-26 Februari mendatang` on 20 February is this month), its first
                // when told as past, its middle else.
                let p = self.pubd?;
                let day = match tense {
                    Tense::Future | Tense::FutureSoft | Tense::NextStrict => last,
                    Tense::Past | Tense::PastStrict | Tense::PastSoft | Tense::PastPlain => first,
                    Tense::None | Tense::This => (first + last) / 2,
                };
                let d = pick_year(p, tense, |y| date(y, m, day).or_else(|| date(y, m, 28)))?;
                Some(Val::Month(d.year(), m))
            }
        }
    }

    fn month_word(&self, i: usize) -> Option<(i8, usize)> {
        let &(m, abbr) = LEX.months.get(self.low(i))?;
        if !self.cap(i) {
            return None;
        }
        let mut e = i + 1;
        if abbr && self.is(e, ".") {
            e += 1;
        }
        Some((m as i8, e))
    }

    /// The index after a day number and its glued ordinal suffix (`8th`).
    fn skip_ordinal(&self, i: usize) -> usize {
        if self.glued(i) && matches!(self.low(i + 1), "th" | "st" | "nd" | "rd") {
            i + 2
        } else {
            i + 1
        }
    }

    fn year_tok(&self, i: usize) -> Option<i16> {
        let y = self.digits(i)?;
        (self.digit_len(i) == 4 && (1000..=2199).contains(&y)).then_some(y as i16)
    }

    fn day_tok(&self, i: usize) -> Option<i8> {
        let d = self.digits(i)?;
        (self.digit_len(i) <= 2 && (1..=31).contains(&d)).then_some(d as i8)
    }

    /// A date written out: `18/11/2015`, `18-11-2015`, `2015-11-18`, `2022.03.28`, `18 November 2015`,
    /// `November 18, 2015`, `18 Nov`, `9-12 Juli 2023`; `18/11` only when `dm` (inside parentheses).
    fn explicit_date_at(&self, i: usize, dm: bool) -> Option<(usize, DateSpec)> {
        let t = self.toks.get(i)?;
        if t.kind == Kind::Num {
            if t.text.contains('/') || t.text.matches('.').count() == 2 {
                let parts: Vec<&str> = t.text.split(['/', '.']).collect();
                let nums: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
                if nums.len() != parts.len() {
                    return None;
                }
                return match nums[..] {
                    [y, m, d] if parts[0].len() == 4 => {
                        date(y as i16, m as i8, d as i8).map(|d| (i + 1, DateSpec::Full(d)))
                    }
                    [a, b, y] if parts[2].len() == 4 || (parts[2].len() == 2 && t.text.contains('/')) => {
                        let y = if y < 100 { 2000 + y } else { y };
                        // English writes month/day/year, Indonesian day/month/year.
                        let (d, m) = if self.en && t.text.contains('/') && a <= 12 {
                            (b, a)
                        } else {
                            (a, b)
                        };
                        date(y as i16, m as i8, d as i8).map(|d| (i + 1, DateSpec::Full(d)))
                    }
                    [d, m] if dm && t.text.contains('/') && (1..=12).contains(&m) && (1..=31).contains(&d) => {
                        Some((i + 1, DateSpec::MonthDay(m as i8, d as i8)))
                    }
                    _ => None,
                };
            }
            // 18-11-2015 and 2015-11-18
            if self.is(i + 1, "-") && self.glued(i) && self.glued(i + 1) && self.is(i + 3, "-") && self.glued(i + 2) {
                let (a, b, c) = (self.digits(i)?, self.digits(i + 2)?, self.digits(i + 4)?);
                let (y, m, d) = if self.digit_len(i) == 4 { (a, b, c) } else { (c, b, a) };
                if self.digit_len(i) == 4 || self.digit_len(i + 4) == 4 {
                    if let Some(d) = date(y as i16, m as i8, d as i8) {
                        return Some((i + 5, DateSpec::Full(d)));
                    }
                }
            }
            // 18 November [2015]; 9-12 Juli [2023]; 8th October
            let d = self.day_tok(i)?;
            let mut k = self.skip_ordinal(i);
            let range = self.range_end(k);
            if range.is_some() {
                k += 2;
            }
            let (m, mut e) = self.month_word(k)?;
            let y = self.year_tok(e);
            if y.is_some() {
                e += 1;
            }
            return Some((e, day_spec(y, m, d, range)?));
        }
        // November 18[, 2015]
        let (m, k) = self.month_word(i)?;
        let d = self.day_tok(k)?;
        if self.is(k + 1, ":") || self.is(k + 1, "%") {
            return None;
        }
        let mut e = self.skip_ordinal(k);
        let range = self.range_end(e);
        if range.is_some() {
            e += 2;
        }
        let ye = if self.is(e, ",") { e + 1 } else { e };
        let y = self.year_tok(ye);
        if y.is_some() {
            e = ye + 1;
        }
        Some((e, day_spec(y, m, d, range)?))
    }

    /// The last day of a range of days that a range word at `k` opens (`9-12`, `9 hingga 12`,
    /// `9 to 12`).
    fn range_end(&self, k: usize) -> Option<i8> {
        if matches!(self.low(k), "-" | "–" | "hingga" | "sampai" | "to") {
            self.day_tok(k + 1)
        } else {
            None
        }
    }

    /// Numeric starts: dates, years, decades.
    fn numeric_at(&self, i: usize) -> Option<Found> {
        if let Some((e, spec)) = self.explicit_date_at(i, false) {
            let tense = self.tense_after(e).unwrap_or_else(|| self.context_tense(i));
            return Some(match self.resolve_spec(spec, tense) {
                Some(Val::Day(d, ..)) => self.finish_day(i, e, d, None, false),
                Some(v) => {
                    let e = if self.tense_after(e).is_some() { e + 1 } else { e };
                    Found {
                        s: i,
                        e,
                        val: v,
                        anchors: true,
                    }
                }
                None => Found {
                    s: i,
                    e,
                    val: self.unres(TimeType::Date),
                    anchors: true,
                },
            });
        }
        if let Some(f) = self.coordinated_day_at(i) {
            return Some(f);
        }
        self.year_at(i, i)
    }

    /// A day number joined to a written date (`2 dan 3 Desember`, `1, 2 dan 3 Maret 2016`): that
    /// day of the date's month and year.
    fn coordinated_day_at(&self, i: usize) -> Option<Found> {
        let dd = self.day_tok(i)?;
        let mut j = i + 1;
        for _ in 0..6 {
            if !matches!(self.low(j), "dan" | "and" | "," | "&" | "serta") {
                return None;
            }
            j += 1;
            if let Some((e, spec)) = self.explicit_date_at(j, false) {
                let v = match spec {
                    DateSpec::Full(x) => date(x.year(), x.month(), dd).map(|d| Val::Day(d, None, None)),
                    DateSpec::MonthDay(m, _) => {
                        let tense = self.tense_after(e).unwrap_or_else(|| self.context_tense(i));
                        self.resolve_spec(DateSpec::MonthDay(m, dd), tense)
                    }
                    DateSpec::MonthOf(..) => None,
                }?;
                return Some(Found {
                    s: i,
                    e: i + 1,
                    val: v,
                    anchors: true,
                });
            }
            self.day_tok(j)?;
            j += 1;
        }
        None
    }

    /// `tahun 2007`, `tahun 40-an`, `tahun ini/lalu/depan`.
    fn year_word_at(&self, i: usize) -> Option<Found> {
        if !matches!(self.low(i), "tahun" | "year") {
            return None;
        }
        if self.toks.get(i + 1)?.kind == Kind::Num {
            return self.year_at(i + 1, i);
        }
        None
    }

    fn year_at(&self, i: usize, s: usize) -> Option<Found> {
        let with_tahun = s != i;
        // `i` may be one past the last token (`tanggal` ending a sentence).
        let t = self.toks.get(i)?;
        let v = self.digits(i)?;
        let len = t.text.len();
        // Decades: 1990-an, 1990s, (tahun) 40-an
        let dec_e = if self.glued(i) && self.is(i + 1, "-") && self.is(i + 2, "an") {
            Some(i + 3)
        } else if self.glued(i) && (self.is(i + 1, "an") || self.is(i + 1, "s")) {
            Some(i + 2)
        } else {
            None
        };
        if let Some(e) = dec_e {
            let dec = match len {
                4 if v % 10 == 0 => Some(v / 10),
                2 if with_tahun && v % 10 == 0 => Some(190 + v / 10),
                _ => None,
            };
            if let Some(d) = dec {
                return Some(Found {
                    s,
                    e,
                    val: Val::Decade(d as i16),
                    anchors: true,
                });
            }
        }
        // The second year of "1957-58".
        if len == 2 && i >= 2 && self.is(i - 1, "-") && self.glued(i - 2) && self.glued(i - 1) {
            if let Some(y0) = self.year_tok(i - 2) {
                let y = (y0 / 100) * 100 + v as i16;
                if y > y0 {
                    return Some(Found {
                        s,
                        e: i + 1,
                        val: Val::Year(y),
                        anchors: true,
                    });
                }
            }
        }
        if len != 4 {
            return None;
        }
        let ok_range = if with_tahun { 1000..=2199 } else { 1900..=2099 };
        if !ok_range.contains(&v) {
            return None;
        }
        if !with_tahun {
            if i > 0
                && (self.role(i - 1, Role::NoYearBefore).is_some()
                    || self.toks[i - 1].glued_right && self.toks[i - 1].kind == Kind::Word)
            {
                return None;
            }
            if self.role(i + 1, Role::NoYearAfter).is_some() {
                return None;
            }
        }
        let mut e = i + 1;
        // 2024-2029: warta keeps one span (valued by its first year); TimeML tags both years.
        if self.style == Style::Warta && self.glued(i) && self.is(i + 1, "-") && self.year_tok(i + 2).is_some() {
            e = i + 3;
        }
        if let Some((k, _)) = self.roles(e, &[Role::Past, Role::This, Role::Next]) {
            if k == e + 1 && !self.is(e, "lagi") {
                e = k;
            }
        }
        Some(Found {
            s,
            e,
            val: Val::Year(v as i16),
            anchors: true,
        })
    }

    /// `abad ke-20`, `20th century`.
    fn century_at(&self, i: usize) -> Option<Found> {
        // 20th century
        if self.digits(i).is_some() && self.glued(i) && matches!(self.low(i + 1), "th" | "st" | "nd" | "rd") {
            let k = if self.is(i + 2, "-") { i + 3 } else { i + 2 };
            if self.is(k, "century") {
                return Some(Found {
                    s: i,
                    e: k + 1,
                    val: Val::Century(self.digits(i).filter(|c| (1..100).contains(c))? as i16 - 1),
                    anchors: true,
                });
            }
        }
        if self.is(i, "abad") && self.is(i + 1, "ke") {
            let k = if self.is(i + 2, "-") { i + 3 } else { i + 2 };
            let c = self.digits(k).filter(|c| (1..100).contains(c))?;
            return Some(Found {
                s: i,
                e: k + 1,
                val: Val::Century(c as i16 - 1),
                anchors: true,
            });
        }
        None
    }

    /// `tanggal 24 kemarin`, `tanggal 21 dan 22 September 2015`, `Tanggal 14 Juni 2014`.
    fn tanggal_at(&self, i: usize) -> Option<Found> {
        if !matches!(self.low(i), "tanggal" | "tgl") {
            return None;
        }
        if let Some(f) = self.numeric_at(i + 1) {
            if matches!(f.val, Val::Day(..) | Val::Month(..) | Val::Unres(_)) {
                return Some(Found { s: i, ..f });
            }
        }
        let d = self.day_tok(i + 1)?;
        let e = i + 2;
        // borrow the month of a date that follows ("tanggal 21 dan 22 September 2015")
        if matches!(self.low(e), "dan" | "," | "-" | "hingga" | "sampai") {
            if let Some((_, spec)) = self.explicit_date_at(e + 1, false) {
                let v = match spec {
                    DateSpec::Full(x) => date(x.year(), x.month(), d).map(|d| Val::Day(d, None, None)),
                    DateSpec::MonthDay(m, _) => self.resolve_spec(DateSpec::MonthDay(m, d), Tense::None),
                    DateSpec::MonthOf(..) => None,
                };
                if let Some(v) = v {
                    return Some(Found {
                        s: i,
                        e,
                        val: v,
                        anchors: true,
                    });
                }
            }
        }
        let tense = self.tense_after(e);
        let e2 = if tense.is_some() { e + 1 } else { e };
        let val = match self.pubd {
            Some(p) => {
                let mk = |k: i64| {
                    let (y, m) = add_months(p.year(), p.month(), k);
                    date(y, m, d)
                };
                let cands = [mk(-1), mk(0), mk(1)];
                let diff = |x: &Date| (*x - p).get_days() as i64;
                let pick = cands.iter().flatten().copied().min_by_key(|x| match tense {
                    Some(Tense::Past) if diff(x) > 0 => i64::MAX,
                    Some(Tense::Future) if diff(x) < 0 => i64::MAX,
                    _ if diff(x) > 0 => 2 * diff(x),
                    _ => -diff(x),
                });
                pick.map(|d| Val::Day(d, None, None))?
            }
            None => self.unres(TimeType::Date),
        };
        Some(Found {
            s: i,
            e: e2,
            val,
            anchors: true,
        })
    }

    /// Month names: `bulan Maret lalu`, `Oktober lalu`, `November 2014`, `in August`, `November 18, 2015`.
    fn month_at(&self, i: usize) -> Option<Found> {
        let s = i;
        let k = if self.is(i, "bulan") { i + 1 } else { i };
        if let Some((e, spec)) = self.explicit_date_at(k, false) {
            let tense = self.tense_after(e).unwrap_or_else(|| self.context_tense(i));
            return Some(self.found_spec(s, e, self.resolve_spec(spec, tense), None));
        }
        let (m, mut e) = self.month_word(k)?;
        if let Some(y) = self.year_tok(e) {
            return Some(Found {
                s,
                e: e + 1,
                val: Val::Month(y, m),
                anchors: true,
            });
        }
        // "Januari-Oktober 2015", "January to March 2015", "Januari dan Februari 2016": the first
        // month of a range or pair takes the year written after the second (the year before
        // when the range runs over New Year: "November-Februari 2016").
        if matches!(
            self.low(e),
            "-" | "–" | "hingga" | "sampai" | "to" | "through" | "until" | "and" | "dan" | "or" | "atau"
        ) {
            if let Some((m2, e2)) = self.month_word(e + 1) {
                if let Some(y2) = self.year_tok(e2) {
                    return Some(Found {
                        s,
                        e,
                        val: Val::Month(if m <= m2 { y2 } else { y2 - 1 }, m),
                        anchors: true,
                    });
                }
                // A range or pair of two bare months (`Januari-September`, `January to
                // March`, `Maret dan Oktober`) takes its year from the later one: that one's
                // year is picked as for a month alone, and the first takes it (the year before
                // over New Year), as with a written year.
                if let Some(Found {
                    val: Val::Month(y2, _), ..
                }) = self.month_at(e + 1).filter(|f| f.s == e + 1)
                {
                    return Some(Found {
                        s,
                        e,
                        val: Val::Month(if m <= m2 { y2 } else { y2 - 1 }, m),
                        anchors: true,
                    });
                }
            }
        }
        // A bare English month name needs a preposition or modifier before it ("in May"), or
        // another month joined to it ("in January and February").
        let joined = i >= 2
            && matches!(self.low(i - 1), "and" | "to" | "through" | "or" | "-")
            && (self.month_word(i - 2).is_some()
                || (i >= 3 && self.month_word(i - 3).is_some() && self.is(i - 2, ".")));
        if self.en
            && k == i
            && !joined
            && (i == 0 || (self.role(i - 1, Role::MonthPrep).is_none() && !self.is(i - 1, "-")))
        {
            return None;
        }
        // The second month of a pair continues the first one's year ("June and July").
        if let Some(&Found {
            e: fe,
            val: Val::Month(y1, m1),
            ..
        }) = self.found.last()
        {
            let bare = self
                .roles(e, &[Role::Past, Role::Next, Role::This, Role::PrePrev, Role::PreNext])
                .is_none()
                && !matches!(self.low(e), "tahun" | "year");
            if bare
                && fe + 1 == i
                && matches!(
                    self.low(i - 1),
                    "and" | "dan" | "to" | "hingga" | "sampai" | "-" | "or" | "atau"
                )
            {
                return Some(Found {
                    s,
                    e,
                    val: Val::Month(if m >= m1 { y1 } else { y1 + 1 }, m),
                    anchors: true,
                });
            }
        }
        let mut tense = self.context_tense(i);
        if i > 0 {
            match self.roles(i - 1, &[Role::PrePrev, Role::PreNext, Role::PreThis]) {
                Some((k2, Role::PrePrev)) if k2 == i => tense = Tense::PastStrict,
                Some((k2, Role::PreNext)) if k2 == i => tense = Tense::NextStrict,
                Some((k2, Role::PreThis)) if k2 == i => tense = Tense::This,
                _ => {}
            }
        }
        let mut yshift = None;
        // "March last year"
        if let Some((k2, r)) = self.roles(e, &[Role::PrePrev, Role::PreNext, Role::PreThis]) {
            if self.is(k2, "year") {
                yshift = Some(match r {
                    Role::PrePrev => -1,
                    Role::PreNext => 1,
                    _ => 0,
                });
                e = k2 + 1;
            }
        }
        if yshift.is_none() && matches!(self.low(e), "tahun" | "year") {
            if let Some((k2, r)) = self.roles(e + 1, &[Role::Past, Role::Next, Role::This]) {
                yshift = Some(match r {
                    Role::Past => -1,
                    Role::Next => 1,
                    _ => 0,
                });
                e = k2;
            }
        } else if let Some((k2, r)) = self.roles(e, &[Role::Past, Role::Next, Role::This]) {
            if !self.is(e, "lagi") {
                tense = match r {
                    Role::Past => Tense::PastStrict,
                    Role::Next => Tense::Future,
                    _ => Tense::This,
                };
                e = k2;
            }
        }
        let Some(p) = self.pubd else {
            return Some(Found {
                s,
                e,
                val: self.unres(TimeType::Date),
                anchors: true,
            });
        };
        let y = if let Some(sh) = yshift {
            p.year() + sh
        } else {
            match tense {
                Tense::PastStrict => {
                    if m < p.month() {
                        p.year()
                    } else {
                        p.year() - 1
                    }
                }
                Tense::NextStrict => {
                    if m > p.month() {
                        p.year()
                    } else {
                        p.year() + 1
                    }
                }
                Tense::This => p.year(),
                t => {
                    // A month told after a past-tense verb is behind publication: the soft lean
                    // that suits a day (one to four weeks off) is too weak at the scale of a year.
                    let t = if t == Tense::PastPlain { Tense::Past } else { t };
                    pick_year(p, t, |y| {
                        date(y, m, if (y, m) == (p.year(), p.month()) { p.day() } else { 15 })
                    })?
                    .year()
                }
            }
        };
        Some(Found {
            s,
            e,
            val: Val::Month(y, m),
            anchors: true,
        })
    }

    // ----- clock times ---------------------------------------------------------------------

    /// `pukul 10.00`, `jam 06.00`, `at 2pm`, `8 PM`, `10 a.m.`, `15:00 GMT`: (end, hour, minute).
    fn clock_at(&self, i: usize) -> Option<(usize, u8, u8)> {
        let mut k = i;
        let cue = self.role(i, Role::Clock);
        if let Some(c) = cue {
            k = c;
        }
        let t = self.toks.get(k)?;
        if t.kind != Kind::Num {
            return None;
        }
        // `0600 GMT`: four digits with a zone (not a year: `2000 GMT` is 20:00)
        if t.text.len() == 4 && t.text.bytes().all(|b| b.is_ascii_digit()) {
            let (h, m): (u8, u8) = (t.text[..2].parse().ok()?, t.text[2..].parse().ok()?);
            let z = LEX.zones.longest(self.low, k + 1).map(|(z, _)| z);
            if let (Some(z), true) = (z, h < 24 && m < 60) {
                return Some((z, h, m));
            }
        }
        let (mut h, m, colon, mut e) = if let Some((h, m, colon)) = clock_of(t) {
            (h, m, colon, k + 1)
        } else {
            let h = self.digits(k)?;
            if h > 24 || self.digit_len(k) > 2 {
                return None;
            }
            (h as u8, 0, false, k + 1)
        };
        // am / pm
        let ampm = match self.low(e) {
            "am" | "pm" => Some((self.low(e) == "pm", e + 1)),
            "a" | "p" if self.is(e + 1, ".") && self.is(e + 2, "m") => {
                let end = if self.is(e + 3, ".") { e + 4 } else { e + 3 };
                Some((self.low(e) == "p", end))
            }
            _ => None,
        };
        if let Some((pm, end)) = ampm {
            if h > 12 {
                return None;
            }
            if pm && h < 12 {
                h += 12;
            } else if !pm && h == 12 {
                h = 0;
            }
            e = end;
        }
        let zone = LEX.zones.longest(self.low, e).map(|(k2, _)| k2);
        // Indonesian gives the half of the day after the hour: `pukul 3 sore` is 15:00, `jam 8
        // malam` 20:00, `pukul 12 malam` midnight (before or after a zone: `pukul 7 WIB malam`).
        let part = (ampm.is_none() && !self.en)
            .then(|| self.daypart_at(e).or_else(|| self.daypart_at(zone?)))
            .flatten()
            .map(|(_, p)| p.as_str());
        match part {
            Some("TAF") if (1..=6).contains(&h) => h += 12,
            Some("TEV") if (1..=11).contains(&h) => h += 12,
            Some("TNI") if (6..=11).contains(&h) => h += 12,
            Some("TNI") if h == 12 => h = 0,
            _ => {}
        }
        let is_at = cue.is_some() && self.is(i, "at");
        let ok = match () {
            _ if ampm.is_some() => true,
            _ if cue.is_some() && !is_at => {
                self.is(i, "pukul") || self.is(i, "pkl") || m != 0 || t.text.contains(['.', ':']) || part.is_some()
            }
            _ => (colon || t.text.contains('.')) && zone.is_some() && t.text.len() >= 4,
        };
        if !ok || (is_at && ampm.is_none() && !colon) {
            return None;
        }
        if let Some(z) = zone {
            e = z;
        }
        Some((e, h, m))
    }

    /// A time taken, written as a three-part clock reading (`finishing in 3:07:35`, `dengan catatan
    /// waktu 2:05:30`): a duration, unless a clock cue comes before or a zone after it.
    fn race_time_at(&self, i: usize) -> Option<Found> {
        let t = self.toks.get(i)?;
        let parts: Vec<&str> = t.text.split(':').collect();
        let [h, m, sec] = parts[..] else {
            return None;
        };
        if h.is_empty() || h.len() > 2 || m.len() != 2 || sec.len() != 2 {
            return None;
        }
        let (h, m, sec): (u32, u32, u32) = (h.parse().ok()?, m.parse().ok()?, sec.parse().ok()?);
        if m >= 60 || sec >= 60 {
            return None;
        }
        if i > 0 && self.role(i - 1, Role::Clock).is_some() {
            return None;
        }
        if LEX.zones.longest(self.low, i + 1).is_some() || matches!(self.low(i + 1), "am" | "pm" | "a" | "p") {
            return None;
        }
        let mut v = String::from("PT");
        for (n, u) in [(h, 'H'), (m, 'M'), (sec, 'S')] {
            if n > 0 {
                v.push_str(&format!("{n}{u}"));
            }
        }
        if v.len() == 2 {
            return None;
        }
        Some(Found {
            s: i,
            e: i + 1,
            val: Val::Dur(v),
            anchors: false,
        })
    }

    /// A bare `HH:MM` after a dateline date.
    fn bare_clock_at(&self, i: usize) -> Option<(usize, u8, u8)> {
        let (h, m, colon) = clock_of(self.toks.get(i)?)?;
        if !colon {
            return None;
        }
        let e = LEX.zones.longest(self.low, i + 1).map_or(i + 1, |(k, _)| k);
        Some((e, h, m))
    }

    /// What may follow a clock time: a zone, a range end, a part of the day, `kemarin`/`tadi`.
    fn after_clock(&self, mut e: usize) -> usize {
        for _ in 0..3 {
            if let Some((k, _)) = LEX.zones.longest(self.low, e) {
                e = k;
            } else if let Some(k) = self.role(e, Role::Local) {
                e = k;
            } else if matches!(self.low(e), "hingga" | "sampai" | "-" | "to") && clock_of_any(self.toks.get(e + 1)) {
                e += 2;
            } else if self.daypart_at(e).is_some() {
                e = self.daypart_at(e).map(|(k, _)| k).unwrap_or(e);
            } else if matches!(self.low(e), "tadi" | "kemarin" | "kemudian" | "nanti" | "ini") {
                e += 1;
            } else {
                break;
            }
        }
        e
    }

    /// A clock time alone belongs to the day named earlier in its sentence, else to the first day
    /// the article named (news leads with the day of its event), else to the publication day.
    /// A weekday right after it is its day ("15:00 GMT Saturday").
    fn clock_found(&self, s: usize, e: usize, h: u8, m: u8) -> Found {
        let e = self.after_clock(e);
        if let Some(Found {
            e: e2,
            val: Val::Day(d, part, None),
            ..
        }) = self.weekday_at(e)
        {
            return Found {
                s,
                e: e2,
                val: Val::Day(d, part, Some((h, m))),
                anchors: true,
            };
        }
        let day = self.sentence_day.or(self.clock_day).or(self.first_day).or(self.pubd);
        let val = Val::Clock(day, h, m);
        Found {
            s,
            e,
            val,
            anchors: true,
        }
    }

    /// The day of this sentence's last clock time when the sentence told it (a day before the
    /// clock, or joined to it) or the clock carried it from the sentence before; None when the
    /// clock took the article's first day, or there is no clock.
    fn clock_day_told(&self) -> Option<Date> {
        let (k, f) = self
            .found
            .iter()
            .enumerate()
            .rfind(|(_, f)| matches!(f.val, Val::Clock(..) | Val::Day(_, _, Some(_))))?;
        match f.val {
            Val::Day(d, _, Some(_)) => Some(d),
            Val::Clock(d, ..) => {
                let told = self.found[..k].iter().any(|g| g.anchors && g.val.day().is_some());
                d.filter(|_| told || self.clock_day.is_some())
            }
            _ => None,
        }
    }

    /// A phrase row opening with a preposition (`pada saat yang sama`, `in the past`) needs it
    /// to match, but the time is what follows it.
    fn without_prep(&self, f: Found) -> Found {
        match self.role(f.s, Role::Prep) {
            Some(k) if k < f.e => Found { s: k, ..f },
            _ => f,
        }
    }

    /// Whether the count at `i` is someone's age: an age word right before it, or before an
    /// approximation before it (`berusia 6 bulan`, `aged about 30 years`, `the age of 5 years`);
    /// or a noun of a person right before it, in English with `of` between (`seorang pria 40
    /// tahun`, `a boy of 10 years`): a time is not told after a bare person noun.
    fn after_age(&self, i: usize) -> bool {
        let k = (i.saturating_sub(3)..i)
            .find(|&j| self.role(j, Role::Approx) == Some(i))
            .unwrap_or(i);
        let before = |at: usize, r: Role| (at.saturating_sub(3)..at).any(|j| self.role(j, r) == Some(at));
        let of = k.checked_sub(1).filter(|&j| self.en && self.is(j, "of"));
        before(k, Role::Age) || before(k, Role::Person) || of.is_some_and(|j| before(j, Role::Person))
    }

    // ----- modifiers before/around ---------------------------------------------------------

    /// `awal/akhir/pertengahan …`, `early/late …`: the value of the period itself.
    fn pos_at(&self, i: usize) -> Option<Found> {
        let k = self.role(i, Role::Pos)?;
        // "the end of the year", "awal bulan": the current week, month or year ("the end of the
        // day" is an idiom, not a time)
        let unit_here = |j: usize| {
            LEX.units
                .get(self.low(j))
                .filter(|u| u.count.is_none() && u.vague.is_none() && matches!(u.unit, Unit::W | Unit::M | Unit::Y))
                .map(|u| u.unit)
        };
        let inner = match self.core_at(k) {
            Some(f) => f,
            None => {
                // English with `the` (`the end of the year`), Indonesian bare (`akhir tahun`,
                // `awal bulan`; not `minggu`, also Sunday)
                let j = if self.is(k, "the") { k + 1 } else { k };
                let u = unit_here(j).filter(|_| {
                    if self.en {
                        j == k + 1
                    } else {
                        j == k && !self.is(j, "minggu")
                    }
                })?;
                Found {
                    s: k,
                    e: j + 1,
                    val: self.rel_unit(u, 0)?,
                    anchors: true,
                }
            }
        };
        match inner.val {
            Val::Month(..)
            | Val::Year(..)
            | Val::Week(..)
            | Val::Day(..)
            | Val::Decade(..)
            | Val::Century(..)
            | Val::Unres(_) => Some(Found { s: i, ..inner }),
            _ => None,
        }
    }

    /// `last/next/this` + unit or season: `last week`, `this month`, `next year`, `last summer`.
    fn pre_at(&self, i: usize) -> Option<Found> {
        let (mut k, r) = self.roles(i, &[Role::PrePrev, Role::PreNext, Role::PreThis])?;
        if matches!(self.low(k), "fiscal" | "financial" | "calendar") {
            k += 1;
        }
        let shift: i64 = match r {
            Role::PrePrev => -1,
            Role::PreNext => 1,
            _ => 0,
        };
        // "next Thursday", "last Friday night": the weekday with its cue in the span
        if LEX.weekdays.contains_key(self.low(k)) && self.roles(k - 1, &[r]).is_some_and(|(e, _)| e == k) {
            return self.weekday_at(k).map(|f| Found { s: i, ..f });
        }
        // "last June", "next March": the month with its cue in the span (month_at reads the cue
        // for the value)
        if self.en && self.month_word(k).is_some() && self.roles(k - 1, &[r]).is_some_and(|(e, _)| e == k) {
            return self.month_at(k).filter(|f| f.s == k).map(|f| Found { s: i, ..f });
        }
        // "the past two years", "the next few months": durations
        if let Some((n, k2)) = self.number_at(k) {
            if let Some(u) = LEX.units.get(self.low(k2)) {
                if r != Role::PreThis {
                    return Some(Found {
                        s: i,
                        e: k2 + 1,
                        val: Val::Dur(unit_dur(n, u.unit)),
                        anchors: true,
                    });
                }
            }
        }
        if let Some(k2) = self.role(k, Role::Vague) {
            if let Some(u) = LEX.units.get(self.low(k2)) {
                return Some(Found {
                    s: i,
                    e: k2 + 1,
                    val: Val::Dur(vague_dur(u.unit).into()),
                    anchors: true,
                });
            }
        }
        let season = match self.low(k) {
            "summer" => Some("SU"),
            "winter" => Some("WI"),
            "spring" => Some("SP"),
            "fall" | "autumn" => Some("FA"),
            _ => None,
        };
        if let Some(sz) = season {
            let val = match self.pubd {
                Some(p) => {
                    // `last spring` is the latest spring over before publication (in November:
                    // this year's), `next summer` the next to begin (northern months: spring
                    // March-May, summer June-August, fall September-November). Winter runs
                    // over New Year: the year counts as before.
                    let (first, last) = match sz {
                        "SP" => (3, 5),
                        "SU" => (6, 8),
                        "FA" => (9, 11),
                        _ => (0, 13),
                    };
                    let m = p.month();
                    let y = match shift {
                        -1 if last < m => p.year(),
                        1 if first > m => p.year(),
                        _ => p.year() + shift as i16,
                    };
                    Val::Season(y, sz.into())
                }
                None => self.unres(TimeType::Date),
            };
            return Some(Found {
                s: i,
                e: k + 1,
                val,
                anchors: true,
            });
        }
        let u = LEX.units.get(self.low(k))?;
        if u.count.is_some() {
            return None;
        }
        // "the last week of October", "the first month of the war": a unit of another time or
        // thing, not the one before publication
        if (self.is(i, "the") || (i > 0 && self.is(i - 1, "the"))) && self.is(k + 1, "of") {
            return None;
        }
        // "the coming days", "the past weeks"
        if let Some(v) = &u.vague {
            return Some(Found {
                s: i,
                e: k + 1,
                val: Val::Dur(v.clone()),
                anchors: true,
            });
        }
        if matches!(u.unit, Unit::De | Unit::Ce) {
            return Some(Found {
                s: i,
                e: k + 1,
                val: Val::Dur(unit_dur(1, u.unit)),
                anchors: true,
            });
        }
        // "the past week", "over the past year": the span up to now, not the calendar week before
        // ("last week")
        if r == Role::PrePrev && self.low(k - 1) == "past" {
            return Some(Found {
                s: i,
                e: k + 1,
                val: Val::Dur(unit_dur(1, u.unit)),
                anchors: true,
            });
        }
        let val = self.rel_unit(u.unit, shift)?;
        Some(Found {
            s: i,
            e: k + 1,
            val,
            anchors: true,
        })
    }

    /// The period `shift` units from publication: this week (0), last month (-1), ...
    fn rel_unit(&self, u: Unit, shift: i64) -> Option<Val> {
        let Some(p) = self.pubd else {
            return Some(self.unres(TimeType::Date));
        };
        Some(match u {
            Unit::D => Val::Day(add_days(p, shift)?, None, None),
            Unit::W => {
                let (y, w) = iso_week(add_days(p, shift * 7)?);
                Val::Week(y, w)
            }
            Unit::M => {
                let (y, m) = add_months(p.year(), p.month(), shift);
                Val::Month(y, m)
            }
            Unit::Y => Val::Year(p.year() + shift as i16),
            Unit::Ce => Val::Century(p.year() / 100 + shift as i16),
            _ => return None,
        })
    }

    /// A unit word with what follows: `pekan lalu`, `tahun ini`, `bulan depan`, `setahun`, `years`.
    fn unit_rel_at(&self, i: usize) -> Option<Found> {
        let u = LEX.units.get(self.low(i))?;
        if let Some(n) = u.count {
            return self.count_tail(i, i + 1, n, u.unit, false);
        }
        if let Some((k, r)) = self.roles(i + 1, &[Role::Past, Role::Next, Role::This]) {
            if matches!(u.unit, Unit::W | Unit::M | Unit::Y | Unit::Ce) && !self.is(i + 1, "lagi") {
                // "Minggu" capitalised mid-sentence is Sunday (handled by weekday_at).
                if self.low(i) == "minggu" && self.cap(i) && i > 0 {
                    return None;
                }
                let shift = match r {
                    Role::Past => -1,
                    Role::Next => 1,
                    _ => 0,
                };
                let val = self.rel_unit(u.unit, shift)?;
                return Some(Found {
                    s: i,
                    e: k,
                    val,
                    anchors: true,
                });
            }
        }
        // a plural right after a number is that count ("50 minutes"), never the vague plural, even
        // where the count is not a time (the minutes of an angle)
        if self.en && (i == 0 || self.toks[i - 1].kind != Kind::Num) {
            if let Some(v) = &u.vague {
                return Some(Found {
                    s: i,
                    e: i + 1,
                    val: Val::Dur(v.clone()),
                    anchors: true,
                });
            }
        }
        None
    }

    /// A number: digits or number words (`dua puluh lima`, `dua belas`, `twenty-one`).
    fn number_at(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(v) = self.digits(i) {
            return (self.digit_len(i) <= 4).then_some((v, i + 1));
        }
        let &(v0, k0) = LEX.numbers.get(self.low(i))?;
        if k0 != NumKind::N {
            return None;
        }
        let mut v = v0;
        let mut e = i + 1;
        if matches!(self.low(i), "a" | "an") {
            return Some((1, e));
        }
        loop {
            match LEX.numbers.get(self.low(e)) {
                Some(&(_, NumKind::Teen)) if v < 10 => {
                    v += 10;
                    e += 1;
                }
                Some(&(t, NumKind::Tens)) if v < 10 => {
                    v *= t;
                    e += 1;
                    if let Some(&(u, NumKind::N)) = LEX.numbers.get(self.low(e)) {
                        if u < 10 && !matches!(self.low(e), "a" | "an") {
                            v += u;
                            e += 1;
                        }
                    }
                }
                Some(&(h, NumKind::Hundred)) if v < 10 => {
                    v *= h;
                    e += 1;
                }
                _ => break,
            }
        }
        // twenty-one
        if v >= 20 && v % 10 == 0 && self.is(e, "-") {
            if let Some(&(u, NumKind::N)) = LEX.numbers.get(self.low(e + 1)) {
                if u < 10 {
                    v += u;
                    e += 2;
                }
            }
        }
        Some((v, e))
    }

    /// `N unit` with what follows: `dua hari lalu`, `three weeks later`, `selama tiga hari`, `48 jam`,
    /// `2-3 menit` (TimeML: the first number alone is a duration of the same unit).
    fn count_at(&self, i: usize) -> Option<Found> {
        if let Some(k) = self.role(i, Role::Vague) {
            let u = LEX.units.get(self.low(k))?;
            if u.count.is_some() {
                return None;
            }
            let mut e = k + 1;
            // "beberapa hari terakhir", "several days to come"... the span word belongs to it
            if let Some(k2) = self.role(e, Role::Span) {
                e = k2;
            }
            if let Some((k2, Role::Past)) = self.roles(e, &[Role::Past]) {
                return Some(Found {
                    s: i,
                    e: k2,
                    val: Val::Ref("PAST_REF".into()),
                    anchors: true,
                });
            }
            return Some(Found {
                s: i,
                e,
                val: Val::Dur(vague_dur(u.unit).into()),
                anchors: true,
            });
        }
        // "Nomor 12 Tahun 2011" is a law's number, not twelve years
        if i > 0 && self.role(i - 1, Role::NoYearBefore).is_some() {
            return None;
        }
        // "08 derajat 50 menit 43 detik": minutes and seconds of an angle (a position)
        if self.after_angle(i) {
            return None;
        }
        // "berusia 6 bulan", "aged 30 years": an age, not a time
        if self.after_age(i) {
            return None;
        }
        let (n, mut k) = self.number_at(i)?;
        // "2-3 menit": "2" is its own duration
        if self.toks[i].kind == Kind::Num && matches!(self.low(k), "-" | "–") {
            if let Some((_, k2)) = self.number_at(k + 1) {
                if let Some(u) = LEX.units.get(self.low(k2)) {
                    if u.count.is_none() && self.digit_len(i) <= 2 {
                        return Some(Found {
                            s: i,
                            e: i + 1,
                            val: Val::Dur(unit_dur(n, u.unit)),
                            anchors: true,
                        });
                    }
                }
            }
        }
        // "between 12 and 18 months": the first number is a duration of the same unit (TimeML)
        if self.en && matches!(self.low(k), "and" | "to" | "or") {
            if let Some((_, k2)) = self.number_at(k + 1) {
                if let Some(u) = LEX.units.get(self.low(k2)) {
                    if u.count.is_none() && !matches!(self.low(i), "a" | "an") {
                        return Some(Found {
                            s: i,
                            e: i + 1,
                            val: Val::Dur(unit_dur(n, u.unit)),
                            anchors: true,
                        });
                    }
                }
            }
        }
        let mut hyph = false;
        if self.is(k, "-") && self.glued(k - 1) {
            k += 1;
            hyph = true;
        }
        let u = LEX.units.get(self.low(k))?;
        if u.count.is_some() || (matches!(self.low(i), "a" | "an") && !self.en) {
            return None;
        }
        if n == 0 || (self.toks[i].kind == Kind::Num && self.digit_len(i) > 3) {
            return None;
        }
        // an age ("22-year-old"), not a time
        if self.is(k + 1, "old") || (self.is(k + 1, "-") && self.is(k + 2, "old")) {
            return None;
        }
        self.count_tail(i, k + 1, n, u.unit, hyph)
    }

    /// Whether the word at `i` is `the past` / `past` / `last` followed by a count or a unit,
    /// which `pre_at` reads as a span (`the past few days`, `the past year`).
    fn opens_count(&self, i: usize) -> bool {
        if self.role(i, Role::PrePrev).is_none() && !self.is(i, "past") {
            return false;
        }
        let k = i + 1;
        self.number_at(k)
            .is_some_and(|(_, k2)| LEX.units.contains_key(self.low(k2)))
            || self.role(k, Role::Vague).is_some()
            || LEX.units.get(self.low(k)).is_some_and(|u| u.count.is_none())
    }

    /// Whether the number at `i` continues an angle: `derajat`/`degrees` (and minutes) before it,
    /// with only numbers and minute words between (`08 derajat 50 menit 43 detik`).
    fn after_angle(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..4 {
            if k == 0 {
                return false;
            }
            k -= 1;
            if self.role(k, Role::Angle).is_some() {
                return true;
            }
            let minute = LEX.units.get(self.low(k)).is_some_and(|u| u.unit == Unit::Mi);
            if !(minute || self.toks[k].kind == Kind::Num) {
                return false;
            }
        }
        false
    }

    /// A recurring time: `setiap Jumat`, `every Friday night` (`XXXX-WXX-5`, TimeML SET), `setiap
    /// dua pekan`, `every four years` (`P2W`, `P4Y`). Fixed ones (`setiap hari`) are phrases.
    fn every_at(&self, i: usize) -> Option<Found> {
        let k = self.role(i, Role::Every)?;
        // A weekday is capitalised (`setiap minggu` is every week, a phrase).
        if let Some(&(wd, _)) = LEX.weekdays.get(self.low(k)).filter(|_| self.cap(k)) {
            let mut e = k + 1;
            let mut v = format!("XXXX-WXX-{wd}");
            if let Some((k2, p)) = self.daypart_at(e) {
                v.push_str(p);
                e = k2;
            }
            return Some(Found {
                s: i,
                e,
                val: Val::Set(v),
                anchors: false,
            });
        }
        let (n, k2) = self.number_at(k)?;
        let u = LEX.units.get(self.low(k2))?;
        if u.count.is_some() || n == 0 {
            return None;
        }
        Some(Found {
            s: i,
            e: k2 + 1,
            val: Val::Set(unit_dur(n, u.unit)),
            anchors: false,
        })
    }

    /// `on Fridays`: every Friday (TimeML SET `XXXX-WXX-5`).
    fn plural_weekday_at(&self, i: usize) -> Option<Found> {
        if !(self.en && self.is(i, "on")) {
            return None;
        }
        let w = self.low(i + 1).strip_suffix('s')?;
        let &(wd, abbr) = LEX.weekdays.get(w)?;
        if abbr || !self.cap(i + 1) {
            return None;
        }
        Some(Found {
            s: i + 1,
            e: i + 2,
            val: Val::Set(format!("XXXX-WXX-{wd}")),
            anchors: false,
        })
    }

    /// `Nanti` opening a sentence is "later (on)": the vague future (`FUTURE_REF`). After a time it
    /// is that time's tense (`26 November nanti`), before a part of the day a phrase (`nanti malam`).
    /// TimeML style only: warta's gold leaves this discourse adverb out (it dates nothing).
    fn nanti_at(&self, i: usize) -> Option<Found> {
        if self.style != Style::TimeMl {
            return None;
        }
        if !(self.is(i, "nanti") && self.cap(i) && (i == 0 || self.toks[i - 1].kind == Kind::Punct)) {
            return None;
        }
        if i > 0 && self.low(i - 1) == "," {
            return None;
        }
        Some(Found {
            s: i,
            e: i + 1,
            val: Val::Ref("FUTURE_REF".into()),
            anchors: false,
        })
    }

    /// A frequency: `dua kali sehari`, `tiga kali dalam sepekan`, `twice a week`, `three times a
    /// year`, `once per month` (TimeML SET `P1D`, `P1W`, ...: the period, the count is its freq).
    fn freq_at(&self, i: usize) -> Option<Found> {
        let k = match LEX.numbers.get(self.low(i)) {
            Some(&(_, NumKind::Times)) => i + 1,
            _ => {
                let (_, k) = self.number_at(i)?;
                self.role(k, Role::Times)?
            }
        };
        // "a week", "dalam sepekan", or a unit with its own one ("sehari", "seminggu")
        let per = self.role(k, Role::Per);
        let k = per.unwrap_or(k);
        let u = LEX.units.get(self.low(k))?;
        match u.count {
            Some(1) => {}
            // a singular unit after `a`/`per` ("twice days" is not a frequency)
            None if per.is_some() && u.vague.is_none() => {}
            _ => return None,
        }
        Some(Found {
            s: i,
            e: k + 1,
            val: Val::Set(unit_dur(1, u.unit)),
            anchors: false,
        })
    }

    /// `the morning of Nov. 12`, `the night of Tuesday`, `the early hours of Sunday`: that day with
    /// the part of the day (TimeML `2015-11-12TMO`; warta style: the day).
    fn part_of_at(&self, i: usize) -> Option<Found> {
        if !self.is(i, "the") {
            return None;
        }
        let (k, part) = if self.is(i + 1, "early") && self.is(i + 2, "hours") {
            (i + 3, "TMO".to_string())
        } else {
            let (k, p) = self.daypart_at(i + 1)?;
            (k, p.clone())
        };
        if !self.is(k, "of") {
            return None;
        }
        let inner = self.core_at(k + 1).filter(|f| f.s == k + 1)?;
        let Val::Day(d, None, clock) = inner.val else {
            return None;
        };
        Some(Found {
            s: i,
            e: inner.e,
            val: Val::Day(d, Some(part), clock),
            anchors: true,
        })
    }

    /// A part of the day before its weekday, as `midnight on Tuesday` is a clock time's
    /// (`dawn on Wednesday`, `morning on Friday`, `subuh Rabu (26/11)`, `subuh, Rabu (26/11)`):
    /// that day with the part
    /// (TimeML `2025-11-26TMO`; warta style: the day). In Indonesian only the morning's parts:
    /// `malam Minggu` is Saturday night, the night before the day named. A capitalized part is
    /// a name (`Fajar`, the paper `Dawn`).
    fn daypart_day_at(&self, i: usize) -> Option<Found> {
        if self.cap(i) {
            return None;
        }
        let (k, part) = self.daypart_at(i)?;
        if !self.en && part != "TMO" {
            return None;
        }
        // In Indonesian a comma may stand between (`saat subuh, Rabu (26/11)`), as it does
        // before a day told apart (`…, Rabu (26/11)`).
        let k = if !self.en && self.is(k, ",") { k + 1 } else { k };
        let day = self.weekday_at(k)?;
        let Val::Day(d, None, clock) = day.val else {
            return None;
        };
        Some(Found {
            s: i,
            e: day.e,
            val: Val::Day(d, Some(part.clone()), clock),
            anchors: true,
        })
    }

    /// A count with a half or a decimal: `setengah tahun`, `satu setengah tahun`, `1,5 tahun`
    /// (Indonesian decimal comma), `1.5 years`, `two and a half years`, `a year and a half (ago)`.
    /// The value is in the next smaller unit when that is whole (`P18M`, `PT36H`), else a decimal
    /// (`P1.5W`); with `lalu`/`ago` a point as for whole counts.
    fn fraction_at(&self, i: usize) -> Option<Found> {
        // (tenths, index of the unit word, index after the expression when it ends after the unit)
        let (tenths, ku, tail): (u32, usize, Option<usize>) = if matches!(self.low(i), "setengah")
            || (self.is(i, "half") && matches!(self.low(i + 1), "a" | "an"))
        {
            let k = if self.is(i, "half") { i + 2 } else { i + 1 };
            (5, k, None)
        } else if let Some((whole, frac)) = self.decimal(i) {
            if frac == 0 {
                return None;
            }
            (whole * 10 + frac, i + 1, None)
        } else {
            let (n, k) = self.number_at(i)?;
            if self.is(k, "setengah") && !self.en {
                (n * 10 + 5, k + 1, None)
            } else if self.en && self.is(k, "and") && matches!(self.low(k + 1), "a" | "one") && self.is(k + 2, "half") {
                (n * 10 + 5, k + 3, None)
            } else if self.en
                && LEX.units.contains_key(self.low(k))
                && self.is(k + 1, "and")
                && self.is(k + 2, "a")
                && self.is(k + 3, "half")
            {
                (n * 10 + 5, k, Some(k + 4))
            } else {
                return None;
            }
        };
        let u = LEX.units.get(self.low(ku))?;
        if u.count.is_some() || tenths == 0 {
            return None;
        }
        let e = tail.unwrap_or(ku + 1);
        let smaller = match u.unit {
            Unit::Y => Some((Unit::M, 12)),
            Unit::D => Some((Unit::H, 24)),
            Unit::H => Some((Unit::Mi, 60)),
            Unit::Mi => Some((Unit::S, 60)),
            Unit::W => Some((Unit::D, 7)),
            Unit::De => Some((Unit::Y, 10)),
            Unit::Ce => Some((Unit::Y, 100)),
            _ => None,
        };
        if let Some((su, f)) = smaller.filter(|(_, f)| (tenths * f) % 10 == 0) {
            return self.count_tail(i, e, tenths * f / 10, su, false);
        }
        let whole = unit_dur(tenths / 10, u.unit);
        let (head, letter) = whole.split_at(whole.len() - 1);
        Some(Found {
            s: i,
            e,
            val: Val::Dur(format!("{head}.{}{letter}", tenths % 10)),
            anchors: true,
        })
    }

    /// A decimal number token: `1,5` in Indonesian, `1.5` in English (one decimal digit).
    fn decimal(&self, i: usize) -> Option<(u32, u32)> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Num {
            return None;
        }
        let sep = if self.en { '.' } else { ',' };
        let (a, b) = t.text.split_once(sep)?;
        if a.is_empty() || a.len() > 3 || b.len() != 1 || !a.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        Some((a.parse().ok()?, b.parse().ok()?))
    }

    /// A quarter or half of a year: `kuartal III 2015`, `triwulan pertama tahun ini`, `semester I
    /// 2016`, `the third quarter of 2015`, `the first half of this year`, `Q3 2015` (TimeML
    /// `2015-Q3`, `2016-H1`; warta style: the year).
    fn quarter_at(&self, i: usize) -> Option<Found> {
        let mut k = if self.is(i, "the") { i + 1 } else { i };
        let ord = |j: usize| match LEX.numbers.get(self.low(j)) {
            Some(&(v, NumKind::Ord)) => Some(v),
            _ => self.digits(j).filter(|_| self.digit_len(j) == 1),
        };
        let mut worded = true;
        let (part, n) = match self.low(k).as_bytes() {
            [c @ (b'q' | b'h'), d @ b'1'..=b'4'] => {
                k += 1;
                worded = false;
                (if *c == b'q' { 'Q' } else { 'H' }, (d - b'0') as u32)
            }
            _ => {
                // "kuartal III", "the third quarter"
                if let Some(k2) = self
                    .roles(k, &[Role::Quarter, Role::Half])
                    .map(|(e, r)| (e, r == Role::Quarter))
                {
                    let n = ord(k2.0)?;
                    k = k2.0 + 1;
                    (if k2.1 { 'Q' } else { 'H' }, n)
                } else {
                    let n = ord(k)?;
                    let (k2, r) = self.roles(k + 1, &[Role::Quarter, Role::Half])?;
                    k = k2;
                    (if r == Role::Quarter { 'Q' } else { 'H' }, n)
                }
            }
        };
        if n == 0 || n > if part == 'Q' { 4 } else { 2 } {
            return None;
        }
        let bare = k;
        if matches!(self.low(k), "of" | "/" | "-" | ",") {
            k += 1;
        }
        let Some(year) = self.core_at(k).filter(|f| f.s == k) else {
            // `the first quarter of the match` is another thing's quarter
            let own = worded && part == 'Q' && k == bare;
            return if own { self.bare_quarter(i, bare, n) } else { None };
        };
        let Val::Year(y) = year.val else {
            return None;
        };
        Some(Found {
            s: i,
            e: year.e,
            val: Val::Part(y, format!("{part}{n}")),
            anchors: true,
        })
    }

    /// Whether a duration is a span reaching up to publication: `dua pekan terakhir`,
    /// `beberapa bulan belakangan`, `the past two weeks`, `the last 24 hours`, `recent weeks`
    /// (role `span` other than `ke depan`, `pre_prev` before it, or `recent`). An act over it is
    /// not one day's (event dating: [`TimeMatch::span_end`] is then the publication day and the
    /// value stays the duration).
    fn up_to_now(&self, f: &Found) -> bool {
        let ahead = |k: usize| self.is(k, "ke") && self.is(k + 1, "depan");
        let span_back = (f.s..f.e).any(|k| self.role(k, Role::Span).is_some() && !ahead(k));
        let before = self.role(f.s, Role::PrePrev).is_some()
            || (f.s + 1 < f.e && self.is(f.s, "in") && self.role(f.s + 1, Role::PrePrev).is_some());
        let recent = (f.s..f.e.min(f.s + 2)).any(|k| self.is(k, "recent"));
        span_back || before || recent
    }

    /// A quarter named in words without a year (`kuartal III`, `triwulan pertama`, `the fourth
    /// quarter`, `i..e`, quarter `n`): the quarter nearest publication, as a month alone (its
    /// middle month; ahead counts double; a future or past word, `mendatang`/`lalu` after it,
    /// lean it). A half without a year (`the first half`, `semester pertama`) is left: it is a
    /// match's or a school year's as often as a calendar year's.
    fn bare_quarter(&self, i: usize, e: usize, n: u32) -> Option<Found> {
        let mut e = e;
        let mut tense = self.context_tense(i);
        if let Some((k2, r)) = self.roles(e, &[Role::Past, Role::Next]) {
            if !self.is(e, "lagi") {
                tense = if r == Role::Past { Tense::Past } else { Tense::Future };
                e = k2;
            }
        }
        let val = match self.pubd {
            Some(p) => {
                let mid = (3 * n - 1) as i8;
                let d = pick_year(p, tense, |y| date(y, mid, 15))?;
                Val::Part(d.year(), format!("Q{n}"))
            }
            None => self.unres(TimeType::Date),
        };
        Some(Found {
            s: i,
            e,
            val,
            anchors: true,
        })
    }

    /// A count of days, weeks, hours or minutes and `setelah`/`sesudah`/`after` opening the
    /// sentence (`Sehari setelah aksi itu, …`, `Two days after the vote, …`, `Hours after the
    /// strike, …`): news tells the happening it counts from just before, so the clause's day is
    /// the last day the article named (`anchor`, from an earlier sentence; none, no day) plus
    /// the count. Hours and minutes keep the day; a vague count of days (`beberapa hari`) gives
    /// none.
    fn count_after_opening(&self, f: &Found, anchor: Option<Date>) -> Option<Date> {
        let anchor = anchor?;
        let Val::Dur(d) = &f.val else { return None };
        // `Pada`/`Only`/`Just` may open the sentence before the count.
        let opens = f.s == 0 || (f.s == 1 && matches!(self.low(0), "pada" | "only" | "just" | "barely" | "hanya"));
        if !opens || !matches!(self.low(f.e), "setelah" | "sesudah" | "seusai" | "after") {
            return None;
        }
        let days = if let Some(t) = d.strip_prefix("PT") {
            (t.ends_with('H') || t.ends_with('M')).then_some(0)?
        } else {
            let t = d.strip_prefix('P')?;
            let (n, unit) = t.split_at(t.len().checked_sub(1)?);
            let n: i64 = n.parse().ok()?;
            match unit {
                "D" => n,
                "W" => 7 * n,
                _ => return None,
            }
        };
        add_days(anchor, days)
    }

    fn count_tail(&self, s: usize, e: usize, n: u32, u: Unit, adjectival: bool) -> Option<Found> {
        let dur = Found {
            s,
            e,
            val: Val::Dur(unit_dur(n, u)),
            anchors: true,
        };
        if adjectival {
            return Some(dur);
        }
        let Some((k, r)) = self.roles(
            e,
            &[
                Role::Span,
                Role::Past,
                Role::Next,
                Role::Later,
                Role::Earlier,
                Role::After,
                Role::Before,
            ],
        ) else {
            return Some(dur);
        };
        let n = n as i64;
        let shifted = |base: Date, sign: i64| -> Option<Val> {
            Some(match u {
                Unit::D => Val::Day(add_days(base, sign * n)?, None, None),
                Unit::W => Val::Day(add_days(base, sign * 7 * n)?, None, None),
                Unit::M => {
                    let (y, m) = add_months(base.year(), base.month(), sign * n);
                    Val::Day(date(y, m, base.day().min(28)).or_else(|| date(y, m, 28))?, None, None)
                }
                Unit::Y => Val::Year(base.year() + (sign * n) as i16),
                _ => return None,
            })
        };
        match r {
            Role::Span => Some(Found { e: k, ..dur }),
            Role::Past | Role::Next => {
                // "mendatang" after a count reads as a coming span ("tiga pekan mendatang").
                if r == Role::Next && !matches!(self.low(e), "lagi" | "from") {
                    return Some(Found { e: k, ..dur });
                }
                let sign = if r == Role::Past { -1 } else { 1 };
                let Some(p) = self.pubd else {
                    return Some(Found {
                        s,
                        e: k,
                        val: self.unres(TimeType::Date),
                        anchors: true,
                    });
                };
                let val = match u {
                    Unit::D => Val::Day(add_days(p, sign * n)?, None, None),
                    Unit::W => {
                        let (y, w) = iso_week(add_days(p, sign * 7 * n)?);
                        Val::Week(y, w)
                    }
                    Unit::M => {
                        let (y, m) = add_months(p.year(), p.month(), sign * n);
                        Val::Month(y, m)
                    }
                    Unit::Y => Val::Year(p.year() + (sign * n) as i16),
                    Unit::De => Val::Year(p.year() + (sign * n * 10) as i16),
                    _ => return Some(Found { e: k, ..dur }),
                };
                Some(Found {
                    s,
                    e: k,
                    val,
                    anchors: true,
                })
            }
            Role::Later | Role::Earlier => {
                // "a month earlier than usual" compares, it does not date
                if self.is(k, "than") {
                    return Some(dur);
                }
                if matches!(u, Unit::S | Unit::Mi | Unit::H | Unit::De | Unit::Ce) {
                    return Some(Found { e: k, ..dur });
                }
                let sign = if r == Role::Later { 1 } else { -1 };
                // `Dua hari kemudian` counts from a day the article named: with none, publication
                // would give a day after it for an act already told, so the day is not known.
                // A telling's day counts forward (`mengatakan pada Selasa bahwa … Dua hari
                // kemudian, …`), not back: `sebelumnya` steps back from the happening told.
                let anchor = if r == Role::Later { self.told } else { self.anchor_day() };
                let val = match anchor {
                    Some(a) => shifted(a, sign)?,
                    None => self.unres(TimeType::Date),
                };
                Some(Found {
                    s,
                    e: k,
                    val,
                    anchors: true,
                })
            }
            Role::After | Role::Before => {
                // Coreferent with a day named just before ("26 November nanti atau dua hari
                // setelah bertemu …"): the day of the event is that day minus/plus N.
                // Also after a comma a few words on (`exchanged accusations on Tuesday over the
                // ceasefire, a day after Hamas released …`): the appended clause's day.
                let prev = self.found.last().filter(|f| {
                    f.val.day().is_some()
                        && s >= f.e
                        && ((s - f.e <= 1 && (s == f.e || matches!(self.low(f.e), "atau" | "or" | ",")))
                            || (s > 0 && s - f.e <= 8 && self.low(s - 1) == "," && !self.sentence_break(f.e, s)))
                });
                if let (Some(f), true) = (prev, matches!(u, Unit::D | Unit::W)) {
                    let sign = if r == Role::After { -1 } else { 1 };
                    let d = f.val.day()?;
                    return Some(Found {
                        s,
                        e: k,
                        val: shifted(d, sign)?,
                        anchors: true,
                    });
                }
                Some(dur)
            }
            _ => Some(dur),
        }
    }
}

fn clock_of_any(t: Option<&Tok>) -> bool {
    t.is_some_and(|t| clock_of(t).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date as d;

    fn tag(s: &str, lang: Lang, p: Option<Date>) -> Vec<(String, Option<String>)> {
        let t = Tagger::new();
        let mut ctx = TimeContext::default();
        t.tag(s, &lang, p, &mut ctx)
            .into_iter()
            .map(|m| (m.text, m.value))
            .collect()
    }

    #[test]
    fn seed_like_indonesian() {
        let p = Some(d(2015, 11, 18));
        let r = tag(
            "Serangan ke kota itu terjadi Jumat pekan lalu dan 31 Oktorber silam.",
            Lang::Id,
            p,
        );
        assert_eq!(r[0], ("Jumat pekan lalu".into(), Some("2015-11-13".into())));
        assert_eq!(r[1], ("31 Oktorber silam".into(), Some("2015-10-31".into())));
        let r = tag(
            "Ia akan datang 26 November nanti atau dua hari setelah rapat.",
            Lang::Id,
            p,
        );
        assert_eq!(r[0].1.as_deref(), Some("2015-11-26"));
        assert_eq!(r[1], ("dua hari setelah".into(), Some("2015-11-24".into())));
        // A clause appended after a comma dates its own event from the day named before it.
        let r = tag(
            "The two sides traded accusations on Wednesday over the truce, a day after the release.",
            Lang::En,
            p,
        );
        assert_eq!(r[0].1.as_deref(), Some("2015-11-18"));
        assert_eq!(r[1], ("a day after".into(), Some("2015-11-17".into())));
        // Not across a sentence.
        let r = tag(
            "The talks ended on Wednesday. A day after the summit, he left.",
            Lang::En,
            p,
        );
        assert_eq!(r[1].1.as_deref(), Some("P1D"));
    }

    #[test]
    fn unresolved_without_publication_date() {
        let r = tag("Rapat digelar kemarin dan Selasa lalu.", Lang::Id, None);
        assert_eq!(r.len(), 2);
        assert!(r.iter().all(|x| x.1.is_none()));
        let r = tag("The talks began on 18 November 2015.", Lang::En, None);
        assert_eq!(r[0].1.as_deref(), Some("2015-11-18"));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,80}", y in 1i16..9999, m in 1i8..13, dd in 1i8..29) {
            let t = Tagger::new();
            let mut ctx = TimeContext::default();
            for m in t.tag(&s, &Lang::Id, Some(d(y, m, dd)), &mut ctx) {
                assert!(m.start < m.end && m.end <= s.len());
            }
            let _ = t.tag(&s, &Lang::En, None, &mut ctx);
        }

        #[test]
        fn never_panics_on_date_like_text(s in "[0-9 ./:()-]{0,12}(Senin|Rabu|Nov|abad ke-|tahun|pukul|jam|lalu|depan|ago|th century| ){0,3}[0-9 ./:()-]{0,12}") {
            let t = Tagger::with_style(Style::TimeMl);
            let mut ctx = TimeContext::default();
            let _ = t.tag(&s, &Lang::Id, Some(d(2015, 11, 18)), &mut ctx);
            let _ = t.tag(&s, &Lang::En, Some(d(1, 1, 1)), &mut ctx);
        }
    }

    fn tag_ml(s: &str, lang: Lang, p: Option<Date>) -> Vec<(String, Option<String>)> {
        let t = Tagger::with_style(Style::TimeMl);
        let mut ctx = TimeContext::default();
        t.tag(s, &lang, p, &mut ctx)
            .into_iter()
            .map(|m| (m.text, m.value))
            .collect()
    }

    fn vals(r: &[(String, Option<String>)]) -> Vec<&str> {
        r.iter().filter_map(|x| x.1.as_deref()).collect()
    }

    #[test]
    fn angles_are_not_durations() {
        let p = Some(d(2016, 3, 9));
        // changes: the minutes and seconds of a position are no durations
        let r = tag(
            "Puing ditemukan pada 04 derajat 12 menit 30 detik lintang selatan.",
            Lang::Id,
            p,
        );
        assert!(r.is_empty(), "{r:?}");
        let r = tag("The buoy drifted to 12 degrees 40 minutes north.", Lang::En, p);
        assert!(r.is_empty(), "{r:?}");
        // does not change: minutes of a search
        let r = tag("Tim menyisir laut selama 40 menit.", Lang::Id, p);
        assert_eq!(vals(&r), ["PT40M"]);
    }

    #[test]
    fn an_age_is_no_duration() {
        let p = Some(d(2025, 11, 26));
        // changes: an age word before the count, maybe with an approximation between
        let r = tag(
            "Polisi menahan seorang pemuda berusia 19 tahun di Makassar.",
            Lang::Id,
            p,
        );
        assert!(r.is_empty(), "{r:?}");
        let r = tag("Ia meninggal pada usia sekitar 80 tahun.", Lang::Id, p);
        assert!(r.is_empty(), "{r:?}");
        let r = tag(
            "All children aged 6 months and older should be vaccinated.",
            Lang::En,
            p,
        );
        assert!(r.is_empty(), "{r:?}");
        // does not change: a detention and a sentence are durations
        let r = tag("Aktivis itu ditahan selama 6 bulan tanpa pengadilan.", Lang::Id, p);
        assert_eq!(vals(&r), ["P6M"]);
        let r = tag("The court sentenced him to 6 years in prison.", Lang::En, p);
        assert_eq!(vals(&r), ["P6Y"]);
    }

    #[test]
    fn a_count_after_a_person_noun_is_an_age() {
        let p = Some(d(2025, 11, 27));
        // changes: a person noun right before the count, in English with `of` (were P45Y, P9Y)
        let r = tag("Polisi menangkap seorang pria 45 tahun di Medan.", Lang::Id, p);
        assert!(r.is_empty(), "{r:?}");
        let r = tag("A girl of 9 years was wounded in Kharkiv.", Lang::En, p);
        assert!(r.is_empty(), "{r:?}");
        // does not change: a role noun (a defendant is sentenced to the years), a span after `for`
        let r = tag("Pengadilan memvonis terdakwa 10 tahun penjara.", Lang::Id, p);
        assert_eq!(vals(&r), ["P10Y"]);
        let r = tag("The man was held for 6 months.", Lang::En, p);
        assert_eq!(vals(&r), ["P6M"]);
    }

    #[test]
    fn a_part_of_the_day_before_its_weekday_is_one_time() {
        let p = Some(d(2025, 11, 27));
        // changes: `dawn`, `fajar` are parts of the day; one before its weekday joins it (was the
        // weekday alone)
        assert_eq!(
            tag_ml("Israeli troops raided the village at dawn on Wednesday.", Lang::En, p),
            [("dawn on Wednesday".to_string(), Some("2025-11-26TMO".to_string()))]
        );
        assert_eq!(
            tag("Israeli troops raided the village at dawn on Wednesday.", Lang::En, p),
            [("dawn on Wednesday".to_string(), Some("2025-11-26".to_string()))]
        );
        assert_eq!(
            tag_ml("Tim gabungan menyisir hutan itu subuh Rabu (26/11).", Lang::Id, p),
            [("subuh Rabu (26/11)".to_string(), Some("2025-11-26TMO".to_string()))]
        );
        assert_eq!(
            vals(&tag_ml(
                "Densus 88 menggerebek rumah itu pada Rabu (26/11) fajar.",
                Lang::Id,
                p
            )),
            ["2025-11-26TMO"]
        );
        // does not change: `malam Minggu` is Saturday night, not joined; a capitalized `Fajar` or
        // `Dawn` is a name; `midnight on Tuesday` as before
        assert_eq!(
            tag_ml("Warga memadati alun-alun pada malam Minggu (23/11).", Lang::Id, p),
            [("Minggu (23/11)".to_string(), Some("2025-11-23".to_string()))]
        );
        assert_eq!(
            tag_ml(
                "Hal itu disampaikan pada Rabu (26/11) Fajar kepada wartawan.",
                Lang::Id,
                p
            ),
            [("Rabu (26/11)".to_string(), Some("2025-11-26".to_string()))]
        );
        assert_eq!(
            tag_ml("Dawn reported on Wednesday that the talks had stalled.", Lang::En, p),
            [("Wednesday".to_string(), Some("2025-11-26".to_string()))]
        );
        assert_eq!(
            tag_ml("The attack began shortly after midnight on Tuesday.", Lang::En, p),
            [("midnight on Tuesday".to_string(), Some("2025-11-25T00:00".to_string()))]
        );
    }

    #[test]
    fn a_part_of_the_day_and_its_weekday_with_a_comma_between_are_one_time() {
        let p = Some(d(2025, 11, 28));
        // changes: `subuh, Rabu (26/11)` is one time (was `Rabu (26/11)` alone)
        assert_eq!(
            tag_ml(
                "Warga membakar pos polisi di Sorong saat subuh, Rabu (26/11).",
                Lang::Id,
                p
            ),
            [("subuh, Rabu (26/11)".to_string(), Some("2025-11-26TMO".to_string()))]
        );
        assert_eq!(
            vals(&tag("Warga membakar pos polisi saat subuh, Rabu (26/11).", Lang::Id, p)),
            ["2025-11-26"]
        );
        // does not change: an evening's part with a comma (`malam, Minggu`) stays apart; a comma
        // then another word
        assert_eq!(
            vals(&tag_ml(
                "Warga berkumpul pada malam, Minggu (23/11), di alun-alun.",
                Lang::Id,
                p
            )),
            ["2025-11-23"]
        );
        assert_eq!(
            vals(&tag_ml(
                "Mereka tiba subuh, lalu pada Rabu (26/11) berangkat.",
                Lang::Id,
                p
            )),
            ["2025-11-26"]
        );
    }

    #[test]
    fn a_clock_time_goes_on_the_day_of_the_clock_before() {
        let p = Some(d(2025, 11, 27));
        let t = Tagger::with_style(Style::TimeMl);
        let run = |sents: &[&str]| {
            let mut ctx = TimeContext::default();
            sents
                .iter()
                .flat_map(|s| t.tag(s, &Lang::Id, p, &mut ctx))
                .filter_map(|m| m.value)
                .collect::<Vec<_>>()
        };
        // changes: the clock after a sentence whose clock had its day takes that day (was the
        // article's first day, 11-25)
        assert_eq!(
            run(&[
                "Kapal itu tenggelam pada Selasa (25/11).",
                "Tim SAR melanjutkan pencarian esok hari pukul 05.00 WITA.",
                "Jam 07.00 WITA, kapal kedua diberangkatkan."
            ]),
            ["2025-11-25", "2025-11-28T05:00", "2025-11-28T07:00"]
        );
        // does not change: with no clock in the sentence before, the first day
        assert_eq!(
            run(&[
                "Kapal itu tenggelam pada Selasa (25/11).",
                "Tim SAR melanjutkan pencarian esok hari.",
                "Jam 07.00 WITA, kapal kedua diberangkatkan."
            ]),
            ["2025-11-25", "2025-11-28", "2025-11-25T07:00"]
        );
    }

    #[test]
    fn a_preposition_is_no_part_of_the_time_a_cue_is() {
        let p = Some(d(2025, 11, 26));
        let texts = |r: Vec<(String, Option<String>)>| r.into_iter().map(|x| x.0).collect::<Vec<_>>();
        // changes: the preposition before a phrase or a weekday is left out
        assert_eq!(
            texts(tag("Israel pada saat yang sama menembaki Lebanon.", Lang::Id, p)),
            ["saat yang sama"]
        );
        assert_eq!(
            texts(tag("Kedua negara akan berdamai di masa depan.", Lang::Id, p)),
            ["masa depan"]
        );
        assert_eq!(
            texts(tag("Protesters marched on Monday evening.", Lang::En, p)),
            ["Monday evening"]
        );
        assert_eq!(
            texts(tag("In the past, the government said no.", Lang::En, p)),
            ["the past"]
        );
        // changes: `last`/`next` and a position before a month are in its span (the value was
        // already theirs)
        let r = tag("Rebels have held the town since last June.", Lang::En, p);
        assert_eq!(r, [("last June".to_string(), Some("2025-06".to_string()))]);
        let r = tag("Fighting broke out in late last July.", Lang::En, p);
        assert_eq!(r, [("late last July".to_string(), Some("2025-07".to_string()))]);
        let r = tag("Talks will resume next March.", Lang::En, p);
        assert_eq!(r, [("next March".to_string(), Some("2026-03".to_string()))]);
        // does not change: `hari Senin`, `Juli lalu`, `in May`, the set `on Fridays` (already
        // without its preposition)
        let r = tag("Presiden menerima duta besar pada hari Senin.", Lang::Id, p);
        assert_eq!(r, [("hari Senin".to_string(), Some("2025-11-24".to_string()))]);
        assert_eq!(
            texts(tag("Polisi menangkapnya pada Juli lalu.", Lang::Id, p)),
            ["Juli lalu"]
        );
        assert_eq!(texts(tag("The vote was held in May.", Lang::En, p)), ["May"]);
        assert_eq!(texts(tag("They protest on Fridays.", Lang::En, p)), ["Fridays"]);
    }

    #[test]
    fn recurring_times_are_sets() {
        let p = Some(d(2016, 3, 9));
        let t = Tagger::new();
        let mut ctx = TimeContext::default();
        let m = t.tag(
            "Warga berdemo setiap Kamis sore di depan istana.",
            &Lang::Id,
            p,
            &mut ctx,
        );
        assert_eq!(
            (m[0].text.as_str(), m[0].value.as_deref()),
            ("setiap Kamis sore", Some("XXXX-WXX-4TAF"))
        );
        assert_eq!(m[0].kind, TimeType::Set);
        assert_eq!(vals(&tag("Patroli digelar empat kali sebulan.", Lang::Id, p)), ["P1M"]);
        assert_eq!(vals(&tag("Inspections happen once a month.", Lang::En, p)), ["P1M"]);
        assert_eq!(vals(&tag("Elections are held every six years.", Lang::En, p)), ["P6Y"]);
        // does not change: a single weekday, `every week` as a phrase, a plural after a count
        assert_eq!(vals(&tag("Warga berdemo Kamis sore.", Lang::Id, p)), ["2016-03-03"]);
        assert_eq!(vals(&tag("Setiap minggu warga berdemo.", Lang::Id, p)), ["P1W"]);
        assert_eq!(vals(&tag("He served two terms of four years.", Lang::En, p)), ["P4Y"]);
        assert!(tag("Ia sekali lagi gagal.", Lang::Id, p).is_empty());
    }

    #[test]
    fn quarters_and_halves() {
        let p = Some(d(2016, 3, 9));
        assert_eq!(
            vals(&tag_ml("Ekspor turun pada triwulan IV 2015.", Lang::Id, p)),
            ["2015-Q4"]
        );
        assert_eq!(
            vals(&tag_ml("Laba naik pada semester II tahun lalu.", Lang::Id, p)),
            ["2015-H2"]
        );
        assert_eq!(
            vals(&tag_ml("Sales fell in the fourth quarter of 2015.", Lang::En, p)),
            ["2015-Q4"]
        );
        assert_eq!(vals(&tag_ml("Sales fell in H2 2015.", Lang::En, p)), ["2015-H2"]);
        // warta style keeps the year
        assert_eq!(vals(&tag("Ekspor turun pada triwulan IV 2015.", Lang::Id, p)), ["2015"]);
        // does not change: a half without a year, a quarter in figures without one, a fifth
        // quarter, a quarter of a thing
        assert!(tag_ml("Sales fell in the first half.", Lang::En, p).is_empty());
        assert!(tag_ml("Ekspor turun pada semester pertama.", Lang::Id, p).is_empty());
        assert!(tag_ml("Sales fell in Q4.", Lang::En, p).is_empty());
        assert_eq!(vals(&tag_ml("Kuartal V 2015 tidak ada.", Lang::Id, p)), ["2015"]);
        assert_eq!(
            vals(&tag_ml("A quarter of voters in 2015 stayed home.", Lang::En, p)),
            ["2015"]
        );
    }

    #[test]
    fn a_quarter_without_a_year_is_the_nearest() {
        // changes (was untagged): the quarter nearest publication, ahead counting double
        let nov = Some(d(2025, 11, 19));
        let feb = Some(d(2025, 2, 10));
        assert_eq!(
            vals(&tag_ml("Sales fell in the fourth quarter.", Lang::En, nov)),
            ["2025-Q4"]
        );
        assert_eq!(
            vals(&tag_ml("Inflasi turun pada triwulan III.", Lang::Id, nov)),
            ["2025-Q3"]
        );
        assert_eq!(
            vals(&tag_ml("Ekonomi tumbuh pada kuartal IV.", Lang::Id, feb)),
            ["2024-Q4"]
        );
        assert_eq!(
            vals(&tag_ml("Ekonomi tumbuh pada kuartal pertama.", Lang::Id, feb)),
            ["2025-Q1"]
        );
        assert_eq!(
            vals(&tag_ml("Ekspor naik pada kuartal III lalu.", Lang::Id, feb)),
            ["2024-Q3"]
        );
        assert_eq!(
            vals(&tag_ml("Ekspor akan naik pada kuartal I mendatang.", Lang::Id, nov)),
            ["2026-Q1"]
        );
        // warta style writes the year
        assert_eq!(vals(&tag("Inflasi turun pada triwulan III.", Lang::Id, nov)), ["2025"]);
        // does not change: another thing's quarter, a quarter with its year
        assert!(tag_ml("He scored in the first quarter of the match.", Lang::En, nov).is_empty());
        assert_eq!(
            vals(&tag_ml("Ekspor turun pada triwulan IV 2023.", Lang::Id, nov)),
            ["2023-Q4"]
        );
    }

    #[test]
    fn a_weekend_told_ahead_or_this_weekend_is_the_coming_one() {
        let wed = Some(d(2025, 11, 19));
        let mon = Some(d(2025, 11, 17));
        // changes (were the weekend just past, 2025-W46-WE)
        assert_eq!(
            vals(&tag("Kedua pemimpin akan bertemu akhir pekan ini.", Lang::Id, wed)),
            ["2025-W47-WE"]
        );
        assert_eq!(
            vals(&tag("The leaders will meet at the weekend.", Lang::En, wed)),
            ["2025-W47-WE"]
        );
        assert_eq!(
            vals(&tag("Protests are due this weekend.", Lang::En, wed)),
            ["2025-W47-WE"]
        );
        // does not change: a weekend told as past, `this weekend` on a Monday, `last weekend`
        assert_eq!(
            vals(&tag("Rebels attacked two villages over the weekend.", Lang::En, wed)),
            ["2025-W46-WE"]
        );
        assert_eq!(
            vals(&tag("Ribuan orang berunjuk rasa akhir pekan ini.", Lang::Id, mon)),
            ["2025-W46-WE"]
        );
        assert_eq!(
            vals(&tag("Polisi telah menangkap mereka akhir pekan ini.", Lang::Id, wed)),
            ["2025-W46-WE"]
        );
        assert_eq!(
            vals(&tag("They will say what happened last weekend.", Lang::En, wed)),
            ["2025-W46-WE"]
        );
        // on a Saturday the weekend is the current one, as before
        assert_eq!(
            vals(&tag("Pasar ramai akhir pekan ini.", Lang::Id, Some(d(2025, 11, 22)))),
            ["2025-W47-WE"]
        );
    }

    #[test]
    fn a_duration_up_to_now_names_a_span_ending_at_publication() {
        let t = Tagger::new();
        let p = Some(d(2025, 11, 19));
        let ends = |text: &str, lang: Lang| {
            let mut ctx = TimeContext::default();
            t.tag(text, &lang, p, &mut ctx)
                .into_iter()
                .map(|m| (m.value.unwrap_or_default(), m.span_end))
                .collect::<Vec<_>>()
        };
        let now = Some("2025-11-19".to_string());
        // changes (had no span end): the value stays the duration
        assert_eq!(
            ends("Polisi menangkap 40 orang dalam dua pekan terakhir.", Lang::Id),
            [("P2W".into(), now.clone())]
        );
        assert_eq!(
            ends("Harga naik dalam beberapa bulan terakhir.", Lang::Id),
            [("PXM".into(), now.clone())]
        );
        assert_eq!(
            ends("Police arrested 30 people in the past two weeks.", Lang::En),
            [("P2W".into(), now.clone())]
        );
        assert_eq!(
            ends("Fighting has intensified in recent weeks.", Lang::En),
            [("PXW".into(), now.clone())]
        );
        // does not change: a duration of no span up to now, a span ahead
        assert_eq!(
            ends("Penerbangan ditutup selama tiga hari.", Lang::Id),
            [("P3D".into(), None)]
        );
        assert_eq!(
            ends("Harga akan naik dalam dua pekan ke depan.", Lang::Id),
            [("P2W".into(), None)]
        );
        assert_eq!(
            ends("The ceasefire collapsed within hours.", Lang::En),
            [("PTXH".into(), None)]
        );
    }

    #[test]
    fn last_and_next_season_are_the_nearest_over_or_to_come() {
        let nov = Some(d(2025, 11, 19));
        let apr = Some(d(2025, 4, 2));
        // changes (were 2024-SP, 2024-SU; 2026-SU)
        assert_eq!(
            vals(&tag("The offensive began last spring.", Lang::En, nov)),
            ["2025-SP"]
        );
        assert_eq!(vals(&tag("Talks stalled last summer.", Lang::En, nov)), ["2025-SU"]);
        assert_eq!(vals(&tag("Talks will resume next summer.", Lang::En, apr)), ["2025-SU"]);
        // does not change: a season not over yet, one begun, winter, this summer
        assert_eq!(vals(&tag("Talks stalled last fall.", Lang::En, nov)), ["2024-FA"]);
        assert_eq!(vals(&tag("Talks stalled last summer.", Lang::En, apr)), ["2024-SU"]);
        assert_eq!(vals(&tag("Talks will resume next spring.", Lang::En, apr)), ["2026-SP"]);
        assert_eq!(vals(&tag("Talks stalled last winter.", Lang::En, nov)), ["2024-WI"]);
        assert_eq!(vals(&tag("Talks will resume this summer.", Lang::En, apr)), ["2025-SU"]);
    }

    #[test]
    fn the_last_week_of_a_month_is_no_last_week() {
        let p = Some(d(2025, 11, 19));
        // changes (was also `last week` = 2025-W46)
        assert_eq!(
            vals(&tag("Clashes erupted in the last week of October.", Lang::En, p)),
            ["2025-10"]
        );
        assert!(vals(&tag("Prices rose in the last month of the war.", Lang::En, p)).is_empty());
        // does not change
        assert_eq!(vals(&tag("Clashes erupted last week.", Lang::En, p)), ["2025-W46"]);
        assert_eq!(
            vals(&tag("Clashes erupted in the last week.", Lang::En, p)),
            ["2025-W46"]
        );
        assert_eq!(
            vals(&tag("Clashes erupted on Tuesday of last week.", Lang::En, p)),
            ["2025-11-11"]
        );
    }

    #[test]
    fn anchored_parts_of_the_day() {
        let p = Some(d(2016, 3, 9));
        let t = Tagger::with_style(Style::TimeMl);
        let mut ctx = TimeContext::default();
        let _ = t.tag("Kapal berangkat Senin (7/3).", &Lang::Id, p, &mut ctx);
        let r = t.tag("Sore harinya kapal tiba.", &Lang::Id, p, &mut ctx);
        assert_eq!(r[0].value.as_deref(), Some("2016-03-07TAF"));
        assert_eq!(
            vals(&tag_ml("The ship left on the evening of March 2.", Lang::En, p)),
            ["2016-03-02TEV"]
        );
        assert_eq!(vals(&tag("Rapat digelar nanti malam.", Lang::Id, p)), ["2016-03-09"]);
        // does not change: a daypart without `of`, `hari itu`
        assert_eq!(vals(&tag_ml("The morning was cold.", Lang::En, p)), Vec::<&str>::new());
        assert_eq!(vals(&tag("Hari itu hujan.", Lang::Id, p)), ["2016-03-09"]);
    }

    #[test]
    fn halves_and_decimals_of_units() {
        let p = Some(d(2016, 3, 9));
        assert_eq!(vals(&tag("Ia dipenjara dua setengah tahun.", Lang::Id, p)), ["P30M"]);
        assert_eq!(vals(&tag("Ia dipenjara 2,5 tahun.", Lang::Id, p)), ["P30M"]);
        assert_eq!(vals(&tag("Ia pergi setengah tahun lalu.", Lang::Id, p)), ["2015-09"]);
        assert_eq!(vals(&tag("The siege lasted a day and a half.", Lang::En, p)), ["PT36H"]);
        assert_eq!(vals(&tag("The siege lasted 1.5 weeks.", Lang::En, p)), ["P1.5W"]);
        // does not change: a decimal that is not a duration, Indonesian thousands
        assert!(tag("Harga naik 2,5 persen.", Lang::Id, p).is_empty());
        assert!(tag("Candi itu berumur 1.500 tahun.", Lang::Id, p)
            .iter()
            .all(|x| x.1.as_deref() != Some("P1.5Y")));
    }

    #[test]
    fn past_span_and_seasons() {
        let p = Some(d(2016, 3, 9));
        assert_eq!(vals(&tag("In the past two days the river rose.", Lang::En, p)), ["P2D"]);
        assert_eq!(vals(&tag("Over the past month the river rose.", Lang::En, p)), ["P1M"]);
        assert_eq!(
            vals(&tag("Banjir datang pada musim dingin 2015.", Lang::Id, p)),
            ["2015-WI"]
        );
        assert_eq!(
            vals(&tag("The river rose by the end of the month.", Lang::En, p)),
            ["2016-03"]
        );
        assert_eq!(
            vals(&tag("The winner finished in 2:11:05.", Lang::En, p)),
            ["PT2H11M5S"]
        );
        // does not change: `in the past` alone, `last month`, a season without a year, a clock
        assert_eq!(vals(&tag("In the past, the river rose.", Lang::En, p)), ["PAST_REF"]);
        assert_eq!(vals(&tag("Last month the river rose.", Lang::En, p)), ["2016-02"]);
        assert!(tag("The winter was mild.", Lang::En, p).is_empty());
        assert!(tag("At the end of the day, he left.", Lang::En, p).is_empty());
        assert_eq!(
            vals(&tag("The quake struck at 10:30:15 GMT.", Lang::En, p)),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn a_bare_month_after_a_past_verb_is_behind_publication() {
        let p = Some(d(2026, 11, 20));
        // changes: a past verb puts the month in the year before (was January 2027, the nearer)
        assert_eq!(vals(&tag("Rebels captured Goma in January.", Lang::En, p)), ["2026-01"]);
        assert_eq!(vals(&tag("He was elected in January.", Lang::En, p)), ["2026-01"]);
        // unchanged: an infinitive or `would` after the past verb, or a future, still lean ahead
        assert_eq!(
            vals(&tag("The leaders agreed to meet in January.", Lang::En, p)),
            ["2027-01"]
        );
        assert_eq!(
            vals(&tag("Officials said talks would resume in January.", Lang::En, p)),
            ["2027-01"]
        );
        assert_eq!(
            vals(&tag("The summit will be held in January.", Lang::En, p)),
            ["2027-01"]
        );
        assert_eq!(vals(&tag("Israel attacked Gaza in October.", Lang::En, p)), ["2026-10"]);
        // A day of a month more than a month ahead is not taken after a plain past verb either;
        // a nearer one still is (the soft lean), and an infinitive keeps it ahead.
        assert_eq!(
            vals(&tag("The president pardoned 200 prisoners on January 1.", Lang::En, p)),
            ["2026-01-01"]
        );
        assert_eq!(
            vals(&tag("The talks resumed on December 3.", Lang::En, p)),
            ["2026-12-03"]
        );
        assert_eq!(
            vals(&tag("The leaders agreed to meet on January 10.", Lang::En, p)),
            ["2027-01-10"]
        );
    }

    #[test]
    fn month_ranges_share_their_year() {
        let p = Some(d(2016, 3, 9));
        // changes: the first month takes the second's year (the year before over New Year)
        assert_eq!(
            vals(&tag("Data Februari-Mei 2015 dirilis.", Lang::Id, p)),
            ["2015-02", "2015-05"]
        );
        assert_eq!(
            vals(&tag("Data Oktober hingga Januari 2015 dirilis.", Lang::Id, p)),
            ["2014-10", "2015-01"]
        );
        assert_eq!(
            vals(&tag("Exports fell from June to August 2014.", Lang::En, p)),
            ["2014-06", "2014-08"]
        );
        assert_eq!(
            vals(&tag("Exports dropped in June and July.", Lang::En, p)),
            ["2015-06", "2015-07"]
        );
        assert_eq!(
            vals(&tag("Ekspor naik pada November dan Januari.", Lang::Id, p)),
            ["2015-11", "2016-01"]
        );
        // does not change: a month with its own year, the verb `may`, a month alone
        assert_eq!(
            vals(&tag("Data Februari 2015 dan Mei 2016 dirilis.", Lang::Id, p)),
            ["2015-02", "2016-05"]
        );
        assert!(tag("Exports may fall and rise.", Lang::En, p).is_empty());
    }

    #[test]
    fn a_range_or_pair_of_bare_months_takes_the_year_of_its_end() {
        let nov = Some(d(2025, 11, 19));
        // changes: January alone is nearest in 2026 (ahead), but the range ends in September,
        // which is nearest in 2025 (were 2026-01, 2026-09)
        assert_eq!(
            vals(&tag("Selama periode Januari-September, inflasi rendah.", Lang::Id, nov)),
            ["2025-01", "2025-09"]
        );
        assert_eq!(
            vals(&tag("Exports rose from January to October.", Lang::En, nov)),
            ["2025-01", "2025-10"]
        );
        // changes: a pair too (March alone is nearest in 2026; were 2026-03, 2026-10)
        assert_eq!(
            vals(&tag("Ekspor naik pada Maret dan Oktober.", Lang::Id, nov)),
            ["2025-03", "2025-10"]
        );
        // does not change: a range over New Year, a pair, a range with its year
        assert_eq!(
            vals(&tag("Pendaftaran dibuka Oktober hingga Januari.", Lang::Id, nov)),
            ["2025-10", "2026-01"]
        );
        assert_eq!(
            vals(&tag("Ekspor naik pada Juni dan Juli.", Lang::Id, nov)),
            ["2025-06", "2025-07"]
        );
        assert_eq!(
            vals(&tag("Ekspor naik pada Januari-September 2024.", Lang::Id, nov)),
            ["2024-01", "2024-09"]
        );
    }

    #[test]
    fn days_joined_to_a_date() {
        let p = Some(d(2016, 3, 9));
        assert_eq!(
            vals(&tag("Sidang digelar 7 dan 8 Maret.", Lang::Id, p)),
            ["2016-03-07", "2016-03-08"]
        );
        assert_eq!(
            vals(&tag("Sidang digelar 3, 4 dan 5 Januari 2015.", Lang::Id, p)),
            ["2015-01-03", "2015-01-04", "2015-01-05"]
        );
        // does not change: numbers of people
        assert!(tag("Korban 7 dan 8 orang.", Lang::Id, p).is_empty());
    }

    #[test]
    fn indonesian_period_edges_and_anchored_days() {
        let p = Some(d(2016, 3, 9));
        assert_eq!(vals(&tag("Proyek selesai akhir tahun.", Lang::Id, p)), ["2016"]);
        assert_eq!(vals(&tag("Gaji dibayar awal bulan.", Lang::Id, p)), ["2016-03"]);
        // does not change: `akhir pekan` is the weekend, `akhir minggu` too
        assert_eq!(vals(&tag("Proyek selesai akhir pekan.", Lang::Id, p)), ["2016-W09-WE"]);
        let t = Tagger::new();
        let mut ctx = TimeContext::default();
        let _ = t.tag("Ia ditangkap Senin (7/3).", &Lang::Id, p, &mut ctx);
        let r = t.tag("Hari berikutnya ia dibebaskan.", &Lang::Id, p, &mut ctx);
        assert_eq!(r[0].value.as_deref(), Some("2016-03-08"));
    }

    #[test]
    fn clock_halves_of_the_day_and_military_times() {
        let p = Some(d(2016, 3, 9));
        // changes: the part of the day after an Indonesian hour sets its half
        assert_eq!(
            vals(&tag("Gempa terjadi jam 4 sore.", Lang::Id, p)),
            ["2016-03-09T16:00"]
        );
        assert_eq!(
            vals(&tag("Gempa terjadi pukul 9 malam.", Lang::Id, p)),
            ["2016-03-09T21:00"]
        );
        assert_eq!(
            vals(&tag("Gempa terjadi pukul 12 malam.", Lang::Id, p)),
            ["2016-03-09T00:00"]
        );
        assert_eq!(
            vals(&tag("The quake struck at 1845 GMT.", Lang::En, p)),
            ["2016-03-09T18:45"]
        );
        // does not change: a morning hour, an hour already past noon, a year, `jam` as hours
        assert_eq!(
            vals(&tag("Gempa terjadi pukul 9 pagi.", Lang::Id, p)),
            ["2016-03-09T09:00"]
        );
        assert_eq!(
            vals(&tag("Gempa terjadi pukul 19.30 WIB malam.", Lang::Id, p)),
            ["2016-03-09T19:30"]
        );
        assert_eq!(vals(&tag("The quake struck in 1945.", Lang::En, p)), ["1945"]);
        assert_eq!(vals(&tag("Gempa berlangsung 3 jam.", Lang::Id, p)), ["PT3H"]);
    }

    proptest::proptest! {
        #[test]
        fn feasts_never_panic_and_give_days(
            pre in proptest::sample::select(vec!["", "menjelang", "usai", "sejak", "ahead of", "after", "Ahmed", "pada"]),
            feast in proptest::sample::select(vec!["Lebaran", "Idul Fitri", "Eid", "Imlek", "Nyepi", "Waisak", "Easter", "Ramadhan", "Natal", "1 Muharram"]),
            post in proptest::sample::select(vec!["", "tahun lalu", "tahun depan", "last year", "next year", "2015", "tahun 1999", "2099", "lalu"]),
            y in 1990i16..2090, m in 1i8..13, dd in 1i8..29,
        ) {
            let text = format!("Warga pulang {pre} {feast} {post} ini.");
            for lang in [Lang::Id, Lang::En] {
                for m in tag(&text, lang.clone(), Some(d(y, m, dd))) {
                    if let Some(v) = m.1 {
                        proptest::prop_assert!(v.len() >= 4, "{}: {}", text, v);
                    }
                }
                let _ = tag(&text, lang, None);
            }
        }
    }

    #[test]
    fn feasts_with_moving_dates() {
        let p = Some(d(2024, 6, 1));
        // changes: Islamic feasts, Imlek, Nyepi, Waisak, Easter are days (were untagged or `not`)
        assert_eq!(
            tag("Arus mudik Lebaran tahun ini ramai.", Lang::Id, p),
            [("Lebaran tahun ini".to_string(), Some("2024-04-10".to_string()))]
        );
        assert_eq!(
            vals(&tag("Harga beras naik saat Idul Fitri.", Lang::Id, p)),
            ["2024-04-10"]
        );
        assert_eq!(
            vals(&tag("Warga bersiap menjelang Idul Adha.", Lang::Id, p)),
            ["2024-06-16"]
        );
        assert_eq!(
            vals(&tag("Pemudik pulang usai Lebaran tahun lalu.", Lang::Id, p)),
            ["2023-04-21"]
        );
        assert_eq!(
            vals(&tag("Pasar ramai menjelang Ramadhan.", Lang::Id, p)),
            ["2025-03-01"]
        );
        assert_eq!(
            vals(&tag("Ia ditangkap pada bulan puasa.", Lang::Id, p)),
            ["2024-03-11"]
        );
        assert_eq!(
            vals(&tag("Perayaan Tahun Baru Imlek berlangsung meriah.", Lang::Id, p)),
            ["2024-02-10"]
        );
        assert_eq!(vals(&tag("Bandara ditutup saat Nyepi.", Lang::Id, p)), ["2024-03-10"]);
        assert_eq!(
            vals(&tag("Umat Buddha merayakan Waisak di Borobudur.", Lang::Id, p)),
            ["2024-05-23"]
        );
        assert_eq!(
            vals(&tag("Libur Maulid Nabi tahun depan jatuh hari Senin.", Lang::Id, p))[0],
            "2025-09-04"
        );
        assert_eq!(
            vals(&tag("The market reopened after Eid.", Lang::En, p)),
            ["2024-04-10"]
        );
        assert_eq!(
            vals(&tag("Talks resumed after Easter last year.", Lang::En, p)),
            ["2023-04-09"]
        );
        assert_eq!(
            vals(&tag("Crowds gathered on Good Friday.", Lang::En, p)),
            ["2024-03-29"]
        );
        assert_eq!(vals(&tag("Ia pulang saat Lebaran 2015.", Lang::Id, p)), ["2015-07-17"]);
        assert_eq!(vals(&tag("Natal tahun lalu sepi.", Lang::Id, p)), ["2023-12-25"]);
        // does not change: names with a feast word, and no date without a publication day
        assert!(tag("Egyptian activist Ahmed Eid was freed.", Lang::En, p).is_empty());
        assert_eq!(vals(&tag("On Eid the markets closed.", Lang::En, p)), ["2024-04-10"]);
        assert!(tag("Ia terbang ke Easter Island.", Lang::En, p).is_empty());
        assert!(tag("Bupati Mandailing Natal hadir.", Lang::Id, p).is_empty());
        assert_eq!(tag("Harga naik saat Lebaran.", Lang::Id, None)[0].1, None);
    }

    #[test]
    fn weekday_of_a_named_week() {
        let p = Some(d(2016, 3, 9)); // a Wednesday
                                     // changes: the weekday of last/next week (was the most recent such day)
        assert_eq!(
            vals(&tag("He resigned on Monday last week.", Lang::En, p)),
            ["2016-02-29"]
        );
        assert_eq!(
            vals(&tag("He resigned on Monday of last week.", Lang::En, p)),
            ["2016-02-29"]
        );
        assert_eq!(
            vals(&tag("He will resign on Friday next week.", Lang::En, p)),
            ["2016-03-18"]
        );
        // does not change: a weekday and a separate `last week`, the Indonesian order
        assert_eq!(
            vals(&tag("He resigned on Monday, and last week he left.", Lang::En, p)),
            ["2016-03-07", "2016-W09"]
        );
        assert_eq!(vals(&tag("Ia mundur Senin pekan lalu.", Lang::Id, p)), ["2016-02-29"]);
    }

    #[test]
    fn near_future_and_earlier_in_the_day() {
        let p = Some(d(2016, 3, 9));
        assert_eq!(
            vals(&tag("Aturan itu akan terbit dalam waktu dekat.", Lang::Id, p)),
            ["FUTURE_REF"]
        );
        assert_eq!(
            vals(&tag("Earlier in the day, troops withdrew.", Lang::En, p)),
            ["2016-03-09"]
        );
        // does not change: `dalam` before a count
        assert_eq!(vals(&tag("Dalam sepekan ada dua serangan.", Lang::Id, p)), ["P1W"]);
    }

    proptest::proptest! {
        /// Any `HHMM GMT` with a valid hour and minute is that clock time.
        #[test]
        fn military_times(h in 0u8..24, m in 0u8..60) {
            let r = tag(&format!("Fighting resumed at {h:02}{m:02} GMT."), Lang::En, Some(d(2016, 3, 9)));
            let want = format!("2016-03-09T{h:02}:{m:02}");
            proptest::prop_assert_eq!(vals(&r), vec![want.as_str()]);
        }

        /// `N,5 tahun` is always 12N+6 months, `N setengah jam` 60N+30 minutes.
        #[test]
        fn halves_convert_to_the_smaller_unit(n in 1u32..200) {
            let p = Some(d(2016, 3, 9));
            let r = tag(&format!("Ia bekerja {n},5 tahun."), Lang::Id, p);
            let want = format!("P{}M", 12 * n + 6);
            proptest::prop_assert_eq!(vals(&r), vec![want.as_str()]);
            let r = tag(&format!("It took {n}.5 hours."), Lang::En, p);
            let want = format!("PT{}M", 60 * n + 30);
            proptest::prop_assert_eq!(vals(&r), vec![want.as_str()]);
        }

        /// A quarter with a year is that year's quarter in TimeML and the year in warta style.
        #[test]
        fn quarter_values(q in 1u32..5, y in 1950i16..2100) {
            let p = Some(d(2016, 3, 9));
            let roman = ["I", "II", "III", "IV"][q as usize - 1];
            let r = tag_ml(&format!("Pada kuartal {roman} {y} ekspor naik."), Lang::Id, p);
            let want = format!("{y}-Q{q}");
            proptest::prop_assert_eq!(vals(&r), vec![want.as_str()]);
            let r = tag(&format!("in Q{q} {y}"), Lang::En, p);
            let want = y.to_string();
            proptest::prop_assert_eq!(vals(&r), vec![want.as_str()]);
        }

        /// A quarter without a year: that quarter of the year before, of publication or after,
        /// never ahead of publication when told as past (`lalu`), never behind when `mendatang`.
        #[test]
        fn bare_quarters(q in 1u32..5, days in 0i64..3650) {
            let p = add_days(d(2016, 1, 1), days).unwrap();
            let roman = ["I", "II", "III", "IV"][q as usize - 1];
            let r = tag_ml(&format!("Ekspor naik pada kuartal {roman}."), Lang::Id, Some(p));
            let v = vals(&r);
            proptest::prop_assert_eq!(v.len(), 1);
            let y: i16 = v[0][..4].parse().unwrap();
            proptest::prop_assert!((p.year() - 1..=p.year() + 1).contains(&y));
            proptest::prop_assert_eq!(&v[0][4..], format!("-Q{q}"));
            let past = tag_ml(&format!("Ekspor naik pada kuartal {roman} lalu."), Lang::Id, Some(p));
            let yp: i16 = vals(&past)[0][..4].parse().unwrap();
            proptest::prop_assert!(d(yp, (3 * q - 1) as i8, 15) <= p);
            let ahead = tag_ml(&format!("Ekspor akan naik pada kuartal {roman} mendatang."), Lang::Id, Some(p));
            let ya: i16 = vals(&ahead)[0][..4].parse().unwrap();
            proptest::prop_assert!(d(ya, (3 * q - 1) as i8, 15) >= p);
        }

        /// A range or pair of two bare months: the first never in a later year than the second,
        /// and in the same year unless it runs over New Year.
        #[test]
        fn bare_month_ranges(m1 in 1usize..13, m2 in 1usize..13, days in 0i64..3650, sep in 0usize..3) {
            let names = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                "September", "Oktober", "November", "Desember"];
            let p = add_days(d(2016, 1, 1), days).unwrap();
            let sep = ["-", " hingga ", " dan "][sep];
            let r = tag(&format!("Ekspor naik pada {}{sep}{}.", names[m1 - 1], names[m2 - 1]), Lang::Id, Some(p));
            let v = vals(&r);
            proptest::prop_assert_eq!(v.len(), 2);
            let y1: i16 = v[0][..4].parse().unwrap();
            let y2: i16 = v[1][..4].parse().unwrap();
            proptest::prop_assert_eq!(y2 - y1, i16::from(m1 > m2));
        }

        /// Three-part readings: a duration of exactly the parts that are not zero; never a panic.
        #[test]
        fn race_times(h in 0u32..24, m in 0u32..60, s in 0u32..60) {
            let r = tag(&format!("She finished in {h}:{m:02}:{s:02}."), Lang::En, Some(d(2016, 3, 9)));
            if h + m + s == 0 {
                proptest::prop_assert!(r.is_empty());
            } else {
                let mut want = String::from("PT");
                for (n, u) in [(h, 'H'), (m, 'M'), (s, 'S')] {
                    if n > 0 {
                        want.push_str(&format!("{n}{u}"));
                    }
                }
                proptest::prop_assert_eq!(vals(&r), vec![want.as_str()]);
            }
        }

        #[test]
        fn never_panics_on_new_shapes(s in "(setiap|every|twice|dua kali|kuartal|the third|Q[0-9]|semester|setengah|the morning of|[0-9]{1,3}[.,:][0-9]{1,2}(:[0-9]{2})?| ){1,4}(Jumat|Friday|a|dalam|sehari|week|tahun|years|III|of|2015| ){0,4}") {
            let t = Tagger::with_style(Style::TimeMl);
            let mut ctx = TimeContext::default();
            for m in t.tag(&s, &Lang::Id, Some(d(2015, 11, 18)), &mut ctx) {
                proptest::prop_assert!(m.start < m.end && m.end <= s.len());
            }
            let _ = t.tag(&s, &Lang::En, Some(d(2015, 11, 18)), &mut ctx);
            let _ = t.tag(&s, &Lang::En, None, &mut ctx);
        }
    }

    #[test]
    fn timeml_day_parts() {
        let t = Tagger::with_style(Style::TimeMl);
        let mut ctx = TimeContext::default();
        let r = t.tag("Kapal tiba Selasa malam.", &Lang::Id, Some(d(2014, 12, 31)), &mut ctx);
        assert_eq!(r[0].value.as_deref(), Some("2014-12-30TNI"));
        assert_eq!(r[0].kind, TimeType::Time);
    }

    /// Tags `sentences` in order with one context (an article).
    fn article(sentences: &[&str], lang: Lang, p: Option<Date>) -> Vec<Vec<TimeMatch>> {
        let t = Tagger::new();
        let mut ctx = TimeContext::default();
        sentences.iter().map(|s| t.tag(s, &lang, p, &mut ctx)).collect()
    }

    #[test]
    fn a_count_after_opening_the_sentence_dates_its_clause() {
        let p = Some(d(2024, 10, 18));
        // changes: the clause's day is the last named day plus the count (the value stays P1D)
        let r = article(
            &[
                "Senin lalu, mahasiswa di Makassar menggelar aksi.",
                "Sehari setelah aksi itu, Presiden bertemu mahasiswa.",
            ],
            Lang::Id,
            p,
        );
        assert_eq!(r[1][0].value.as_deref(), Some("P1D"));
        assert_eq!(r[1][0].event_day.as_deref(), Some("2024-10-15"));
        let r = article(
            &[
                "Russian missiles struck Odesa early on Sunday.",
                "Hours after the strike, Zelensky called for air defences.",
            ],
            Lang::En,
            p,
        );
        assert_eq!(r[1][0].value.as_deref(), Some("PTXH"));
        assert_eq!(r[1][0].event_day.as_deref(), Some("2024-10-13"));
        let r = article(
            &[
                "Police raided the camp on Monday.",
                "Two days after the raid, the army withdrew.",
            ],
            Lang::En,
            p,
        );
        assert_eq!(r[1][0].event_day.as_deref(), Some("2024-10-16"));
        // does not change: no day named before, inside the sentence, a vague count of days,
        // `before`
        let r = article(&["Sehari setelah aksi itu, Presiden bertemu mahasiswa."], Lang::Id, p);
        assert_eq!(r[0][0].event_day, None);
        let r = article(
            &[
                "Senin lalu ada aksi.",
                "Presiden bertemu mahasiswa sehari setelah aksi itu.",
            ],
            Lang::Id,
            p,
        );
        assert!(r[1].iter().all(|m| m.event_day.is_none()), "{:?}", r[1]);
        let r = article(
            &[
                "Senin lalu ada aksi.",
                "Beberapa hari setelah aksi itu, Presiden bertemu mahasiswa.",
            ],
            Lang::Id,
            p,
        );
        assert!(r[1].iter().all(|m| m.event_day.is_none()), "{:?}", r[1]);
        let r = article(
            &[
                "Police raided the camp on Monday.",
                "Two days before the raid, the army withdrew.",
            ],
            Lang::En,
            p,
        );
        assert!(r[1].iter().all(|m| m.event_day.is_none()), "{:?}", r[1]);
    }

    #[test]
    fn the_day_before_closing_its_clause() {
        let p = Some(d(2024, 7, 5));
        // changes: `the day before` / `the day after` at the end of a clause count from the
        // last named day (were untagged)
        let r = article(
            &[
                "Drones hit a depot on Thursday.",
                "Russia accused Ukraine the day before.",
            ],
            Lang::En,
            p,
        );
        assert_eq!(r[1][0].value.as_deref(), Some("2024-07-03"));
        let r = article(
            &[
                "Drones hit a depot on Tuesday.",
                "Kyiv denied it the day after, officials said.",
            ],
            Lang::En,
            p,
        );
        assert_eq!(r[1][0].value.as_deref(), Some("2024-07-03"));
        // does not change: `the day before X`, `the day before yesterday`
        assert!(tag("He spoke the day before the vote.", Lang::En, p).is_empty());
        assert_eq!(
            vals(&tag("He spoke the day before yesterday.", Lang::En, p)),
            ["2024-07-03"]
        );
    }

    #[test]
    fn a_later_count_needs_a_named_day() {
        let p = Some(d(2024, 9, 18));
        // changes: with no day named, `Dua hari kemudian` is not publication + 2 (a future day
        // for an act already told)
        let r = article(
            &[
                "Macron bertemu Starmer pekan ini.",
                "Dua hari kemudian, Macron menelepon Biden.",
            ],
            Lang::Id,
            p,
        );
        assert_eq!(r[1][0].value, None);
        // does not change: after a named day; `earlier` still counts from publication
        let r = article(
            &[
                "Macron bertemu Starmer pada Senin.",
                "Dua hari kemudian, Macron menelepon Biden.",
            ],
            Lang::Id,
            p,
        );
        assert_eq!(r[1][0].value.as_deref(), Some("2024-09-18"));
        assert_eq!(
            vals(&tag("Dua hari sebelumnya, Macron menelepon Biden.", Lang::Id, p)),
            ["2024-09-16"]
        );
    }

    #[test]
    fn a_tellings_day_does_not_displace_the_happenings() {
        let p = Some(d(2024, 12, 2));
        // changes: `Dua hari sebelumnya` after `mengatakan pada Minggu bahwa …` counts from the
        // arrest told before (Saturday 11-30), not from the telling (was 11-29)
        let r = article(
            &[
                "Polisi menangkap tiga tersangka di Poso, Sabtu (30/11).",
                "Juru bicara polisi mengatakan pada Minggu bahwa mereka merencanakan serangan.",
                "Dua hari sebelumnya, polisi menggeledah rumah di Palu.",
            ],
            Lang::Id,
            p,
        );
        assert_eq!(r[2][0].value.as_deref(), Some("2024-11-28"));
        let r = article(
            &[
                "Police arrested three men on Saturday.",
                "A spokesman said on Sunday, that they had planned attacks.",
                "A day earlier, police searched a house.",
            ],
            Lang::En,
            p,
        );
        assert_eq!(r[2][0].value.as_deref(), Some("2024-11-29"));
        // does not change: a count inside the telling's sentence counts from it (`mengatakan,
        // Selasa (2/4), polisi menyita … dua hari sebelumnya`); a telling with no happening's
        // day before it is the anchor; a day not followed by `bahwa`/`that` is a happening's;
        // forward counts go on from the telling
        let r = article(
            &["Kapolda mengatakan pada Selasa (2/4) bahwa polisi menyita petasan dua hari sebelumnya."],
            Lang::Id,
            Some(d(2024, 4, 3)),
        );
        assert_eq!(r[0][1].value.as_deref(), Some("2024-03-31"));
        let r = article(
            &[
                "Retno mengatakan pada Selasa (9/7) bahwa Indonesia akan mengirim bantuan.",
                "Sehari sebelumnya, Retno bertemu Menteri Luar Negeri Yordania.",
            ],
            Lang::Id,
            Some(d(2024, 7, 10)),
        );
        assert_eq!(r[1][0].value.as_deref(), Some("2024-07-08"));
        let r = article(
            &[
                "Police arrested three men on Saturday.",
                "The United Nations condemned the arrests on Sunday.",
                "A day earlier, police searched a house.",
            ],
            Lang::En,
            p,
        );
        assert_eq!(r[2][0].value.as_deref(), Some("2024-11-30"));
        let r = article(
            &[
                "Jokowi bertemu Lee di Bogor pada Senin (17/6).",
                "Jokowi mengatakan pada Selasa bahwa kedua negara sepakat.",
                "Dua hari kemudian, Singapura menandatangani perjanjian.",
                "Keesokan harinya, Indonesia memuji perjanjian itu.",
            ],
            Lang::Id,
            Some(d(2024, 6, 21)),
        );
        assert_eq!(r[2][0].value.as_deref(), Some("2024-06-20"));
        assert_eq!(r[3][0].value.as_deref(), Some("2024-06-21"));
    }

    #[test]
    fn a_range_of_days_takes_its_year_by_its_days() {
        let p = Some(d(2024, 2, 20));
        // changes: a range ahead whose last day is still to come is this month (was 2025-02)
        assert_eq!(
            vals(&tag("Macron berkunjung pada 24-26 Februari mendatang.", Lang::Id, p)),
            ["2024-02"]
        );
        assert_eq!(
            vals(&tag("Macron will visit on February 24 to 26.", Lang::En, p)),
            ["2024-02"]
        );
        // does not change: a range over, told as past; a range with its year; a range ahead
        // in a later month
        assert_eq!(
            vals(&tag("Mereka bertemu pada 10-12 Februari lalu.", Lang::Id, p)),
            ["2024-02"]
        );
        assert_eq!(
            vals(&tag("Mereka bertemu pada 10-12 Februari 2023.", Lang::Id, p)),
            ["2023-02"]
        );
        assert_eq!(
            vals(&tag("Mereka akan bertemu pada 10-12 Januari mendatang.", Lang::Id, p)),
            ["2025-01"]
        );
        assert_eq!(
            vals(&tag("Mereka akan bertemu pada 10-12 Maret.", Lang::Id, p)),
            ["2024-03"]
        );
    }

    #[test]
    fn two_weekdays_with_their_dates_are_the_month() {
        let p = Some(d(2024, 11, 18));
        // changes: `Sabtu-Minggu (9-10/11)` was two weekdays of the last week (11-16, 11-17)
        assert_eq!(
            vals(&tag(
                "Prabowo bertemu Xi di Beijing, Sabtu-Minggu (9-10/11).",
                Lang::Id,
                p
            )),
            ["2024-11"]
        );
        assert_eq!(
            vals(&tag(
                "Prabowo bertemu Xi pada Sabtu dan Minggu (9-10/11/2024).",
                Lang::Id,
                p
            )),
            ["2024-11"]
        );
        assert_eq!(
            vals(&tag(
                "Prabowo akan bertemu Xi, Sabtu-Minggu (4-5/1).",
                Lang::Id,
                Some(d(2024, 12, 20))
            )),
            ["2025-01"]
        );
        // does not change: each weekday with its own date; a weekday pair without dates
        assert_eq!(
            vals(&tag(
                "Prabowo tiba Sabtu (9/11) dan pulang Minggu (10/11).",
                Lang::Id,
                p
            )),
            ["2024-11-09", "2024-11-10"]
        );
        assert_eq!(vals(&tag("Pasar ditutup Sabtu-Minggu.", Lang::Id, p)).len(), 2);
    }

    #[test]
    fn a_future_word_reaches_over_one_stretch_of_words() {
        let p = Some(d(2024, 11, 17));
        // changes: `will` ten words before `Monday`, no punctuation between: the coming Monday
        // (was the last one)
        assert_eq!(
            vals(&tag(
                "Lebanon will file a complaint with the UN Security Council on Monday.",
                Lang::En,
                p
            )),
            ["2024-11-18"]
        );
        // does not change: past a comma the reach stays eight words; a future word near
        assert_eq!(
            vals(&tag(
                "Lebanon said it would file a complaint, and officials met Hezbollah leaders in Beirut on Monday.",
                Lang::En,
                p
            )),
            ["2024-11-11"]
        );
        assert_eq!(
            vals(&tag("Lebanon will file a complaint on Monday.", Lang::En, p)),
            ["2024-11-18"]
        );
        assert_eq!(
            vals(&tag(
                "Lebanon filed a complaint with the UN Security Council on Monday.",
                Lang::En,
                p
            )),
            ["2024-11-11"]
        );
    }

    #[test]
    fn nights_before_and_after_a_named_day() {
        let p = Some(d(2024, 10, 2));
        // changes: `the previous night`, `the following morning` count from the last named day
        let r = article(
            &["Israel said on Tuesday it had begun an operation the previous night."],
            Lang::En,
            p,
        );
        assert_eq!(r[0][1].value.as_deref(), Some("2024-09-30"));
        let r = article(
            &[
                "Troops entered the town on Monday.",
                "The following morning, they left.",
            ],
            Lang::En,
            p,
        );
        assert_eq!(r[1][0].value.as_deref(), Some("2024-10-01"));
        let r = article(
            &[
                "Troops entered the town on Monday.",
                "Rebels had shelled it the night before.",
            ],
            Lang::En,
            p,
        );
        assert_eq!(r[1][0].value.as_deref(), Some("2024-09-29"));
        // does not change: `the night before the vote` is the night of something else
        assert!(vals(&tag("Troops arrived the night before the vote.", Lang::En, p)).is_empty());
    }

    #[test]
    fn overnight_is_last_night() {
        let p = Some(d(2024, 11, 27));
        // changes: `overnight` in a report is the night before publication (was untagged)
        assert_eq!(
            vals(&tag("Russia launched drones at Kyiv overnight.", Lang::En, p)),
            ["2024-11-26"]
        );
        assert_eq!(
            vals(&tag_ml("Russia launched drones at Kyiv overnight.", Lang::En, p)),
            ["2024-11-26TNI"]
        );
        // does not change: suddenness, an overnight stay
        assert!(tag("The town changed almost overnight.", Lang::En, p).is_empty());
        assert!(tag("It was an overnight success.", Lang::En, p).is_empty());
    }

    #[test]
    fn hijri_years_and_the_month_of_ramadhan() {
        let p = Some(d(2024, 4, 3));
        // changes: a Hijri year after an Islamic feast (was no value)
        let r = tag("Jalan tol ditutup menjelang Idul Fitri 1445 H.", Lang::Id, p);
        assert_eq!(r, [("Idul Fitri 1445 H".to_string(), Some("2024-04-10".to_string()))]);
        assert_eq!(
            vals(&tag("Shalat Idul Adha tahun 1446 Hijriah digelar.", Lang::Id, p)),
            ["2025-06-06"]
        );
        assert_eq!(
            vals(&tag("Puasa dimulai 1 Ramadhan 1446.", Lang::Id, p)),
            ["2025-03-01"]
        );
        // changes: Ramadhan names the month's span (its value stays the first day)
        let t = Tagger::new();
        let r = t.tag(
            "Polisi menangkap 25 orang selama Ramadhan.",
            &Lang::Id,
            p,
            &mut TimeContext::default(),
        );
        assert_eq!(r[0].value.as_deref(), Some("2024-03-11"));
        assert_eq!(r[0].span_end.as_deref(), Some("2024-04-09"));
        // does not change: a Gregorian year after a feast, 1 Ramadhan is one day, Idul Fitri
        // is no span
        assert_eq!(
            vals(&tag("Arus mudik Lebaran 2015 ramai.", Lang::Id, p)),
            ["2015-07-17"]
        );
        let r = t.tag("Puasa dimulai 1 Ramadhan.", &Lang::Id, p, &mut TimeContext::default());
        assert_eq!(r[0].span_end, None);
        let r = t.tag("Harga naik saat Idul Fitri.", &Lang::Id, p, &mut TimeContext::default());
        assert_eq!(r[0].span_end, None);
    }

    #[test]
    fn a_bare_hari_raya_needs_a_cue() {
        let p = Some(d(2024, 4, 3));
        // changes: with a word of the fast or the feast in the sentence, Idul Fitri
        assert_eq!(
            vals(&tag("Arus mudik menjelang Hari Raya mulai padat.", Lang::Id, p)),
            ["2024-04-10"]
        );
        assert_eq!(
            vals(&tag("Umat Islam berpuasa sebulan sebelum Hari Raya.", Lang::Id, p)),
            ["P1M", "2024-04-10"]
        );
        // changes: the Malay and other names of the two feasts
        assert_eq!(
            vals(&tag("Singapura merayakan Hari Raya Puasa.", Lang::Id, p)),
            ["2024-04-10"]
        );
        assert_eq!(
            vals(&tag("Warga menyembelih sapi pada Hari Raya Kurban.", Lang::Id, p)),
            ["2024-06-16"]
        );
        // does not change: no cue; the holiday pay; a Balinese feast; religious holidays
        assert!(tag("Toko tutup pada Hari Raya.", Lang::Id, p).is_empty());
        assert!(tag("Pemudik menerima Tunjangan Hari Raya.", Lang::Id, p).is_empty());
        assert!(tag("Umat Hindu merayakan Hari Raya Galungan, bukan mudik.", Lang::Id, p).is_empty());
        assert!(tag("Jadwal libur hari raya keagamaan dan mudik diumumkan.", Lang::Id, p).is_empty());
    }

    proptest::proptest! {
        /// Any Hijri year 1300–1700 after Idul Fitri gives 1 Syawal of that year, a day after
        /// the last day of its Ramadhan.
        #[test]
        fn hijri_years_after_feasts(hy in 1300i32..1700) {
            let p = Some(d(2024, 4, 3));
            let t = Tagger::new();
            let fitri = t.tag(&format!("Idul Fitri {hy} H tiba."), &Lang::Id, p, &mut TimeContext::default());
            let ramadhan = t.tag(&format!("Ramadhan {hy} H tiba."), &Lang::Id, p, &mut TimeContext::default());
            proptest::prop_assert_eq!(fitri.len(), 1);
            proptest::prop_assert_eq!(ramadhan.len(), 1);
            let f: Date = fitri[0].value.as_deref().unwrap().parse().unwrap();
            let end: Date = ramadhan[0].span_end.as_deref().unwrap().parse().unwrap();
            proptest::prop_assert_eq!(add_days(end, 1), Some(f));
        }

        /// A count after opening a sentence never panics and gives a day only after `setelah`/`after`.
        #[test]
        fn counts_opening_a_sentence(n in 0u32..400, unit in proptest::sample::select(vec!["hari", "pekan", "jam", "days", "weeks", "hours", "bulan", "months"]), cue in proptest::sample::select(vec!["setelah", "after", "sebelum", "before", "kemudian"])) {
            let r = article(&["Polisi menggerebek rumah itu Senin (14/10).", &format!("{n} {unit} {cue} itu, mereka pergi.")], Lang::Id, Some(d(2024, 10, 18)));
            for m in &r[1] {
                proptest::prop_assert!(m.event_day.is_none() || matches!(cue, "setelah" | "after"));
            }
        }

        /// Two weekdays with any bracketed numbers never panic, and give a month or nothing of
        /// their own.
        #[test]
        fn weekday_pairs(a in 0u32..40, b in 0u32..40, m in 0u32..15, y in proptest::sample::select(vec!["", "/2024", "/24", "/1445", "/99999"]), sep in proptest::sample::select(vec!["-", " dan ", " hingga ", "–"])) {
            let text = format!("Mereka bertemu Sabtu{sep}Minggu ({a}-{b}/{m}{y}).");
            let r = tag(&text, Lang::Id, Some(d(2024, 11, 18)));
            if let Some((t, v)) = r.first() {
                if t.contains('(') {
                    let v = v.as_deref().unwrap_or("");
                    proptest::prop_assert!(v.len() == 7 && (a as i64) < (b as i64), "{} {}", t, v);
                }
            }
        }

        /// A count back after a telling's sentence never panics and never lies after the
        /// happening's day told before it (the telling's day, when later, does not anchor it).
        #[test]
        fn counts_back_after_a_telling(n in 1u32..40, back in 0i64..20, cue in proptest::sample::select(vec!["bahwa", ", bahwa", "mereka"])) {
            let id_day = |x: Date| format!("{} {} {}", x.day(), ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"][x.month() as usize - 1], x.year());
            let p = d(2024, 10, 18);
            let told = add_days(p, -1).unwrap();
            let happened = add_days(told, -back).unwrap();
            let r = article(
                &[
                    &format!("Polisi menggerebek rumah itu pada {}.", id_day(happened)),
                    &format!("Polisi mengatakan pada {} {cue} menyita senjata.", id_day(told)),
                    &format!("{n} hari sebelumnya, polisi menangkap dua orang."),
                ],
                Lang::Id,
                Some(p),
            );
            let got = r[2].first().and_then(|m| m.value.clone());
            let from = if cue == "mereka" { told } else { happened };
            proptest::prop_assert_eq!(got, Some(add_days(from, -(n as i64)).unwrap().to_string()));
        }
    }
}
