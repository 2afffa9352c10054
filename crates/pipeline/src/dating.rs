//! Event dating: the day of the happening an event reports.
//!
//! 1. In its sentence, an event takes a time expression that belongs to it: each date
//!    expression belongs to the nearest predicate (an event's trigger, or a noun naming some
//!    other happening, such as `pembantaian`), looking left first; an expression ending in
//!    `setelah`/`sebelum`/`after`/`before` belongs to the predicate on its right. Failing
//!    that, a date that belongs to another event of the sentence (`… menerjang …, Selasa, …
//!    pesawat Prancis melancarkan pemboman`), never one that belongs to another happening.
//!    A day right after `menjelang`/`sebelum`/`setelah`/`before`/`after`/`ahead of` dates no
//!    act (the act was set off that day: `menahan … menjelang Lebaran`). A day a few words
//!    after a verb of saying (`…, officials said on Monday`, `…, kata juru bicara, Senin`) is
//!    the telling's: a material act (roots 06–09, 14–20) does not take it; a verbal act does
//!    (it was done in the telling). A count opening the sentence (`Sehari setelah aksi di
//!    Makassar, …`, `Hours after the strike, …`) dates the clause by the tagger's `event_day`.
//!    A span named as a whole (`selama Ramadhan`), or a duration reaching up to publication
//!    (`dua pekan terakhir`, `the past two weeks`), dates no act to a day: it is the sentence's
//!    period. In English a past form right after a determiner is an adjective (`the occupied
//!    West Bank on Sunday`), not a happening that would take the date.
//! 2. Else the date of the same happening told elsewhere in the article: an event with the
//!    same source and target primaries and the same root code (the target a visit's place
//!    gave counts), or, for an intention to meet (`036`, `akan berkunjung`), a meeting or
//!    visit (root 04) of the same pair. Its date must lie in the week, month or span the
//!    event's sentence names, and in a year it names in words (`invited Xi to visit next
//!    year` does not take the November summit's month); an act over a span takes none. An act
//!    whose sentence gives its own week, weekend or month takes a day only from an act of the
//!    same code, and only inside it.
//! 3. Else, for an event reported as having happened, the article's story day: the day most
//!    often given to such events in steps 1–2 (ties: the latest), never after publication.
//!    A byline (`Kompas.com - 07/08/2023, 21:24 WIB`: the date and a site name) names no
//!    story day. An act over a span (`selama Ramadhan`) takes no story day.
//! 4. Else `None`: the publication date is never used by default.

use crate::words::{PhraseIndex, WordSet};
use std::sync::LazyLock;
use warta_core::{cameo::root_of, token::TokenKind, Sentence, TimeType};
use warta_events::{Modality, RawEvent};
use warta_morph::Analysis;
use warta_time::TimeMatch;

/// Words that make a time expression point at the happening that follows it.
static ANCHORS_RIGHT: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("dating.anchors_right"));
/// Words after which a date still tells when the clause's action happened (otherwise a
/// written date right after a common noun, as in `kudeta 1 Februari`, dates that noun).
static TIME_INTRODUCERS: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("dating.time_introducers"));

/// Words that set an act before or after a day rather than on it (`menjelang Lebaran`, `after
/// Eid`, `sebelum 1 Maret`): a day right after one does not date the clause's act.
static RELATIVE_TO: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("dating.relative_to"));

/// Verbs of saying: a date a few words after one (`…, the ministry said on Tuesday`, `…, kata
/// juru bicara, Selasa`) is the day of the telling.
static SAYING: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("dating.saying"));
/// Words before a happening an act is told within (`dalam pertemuan`, `di sela kunjungan`).
static SETTINGS: LazyLock<WordSet> = LazyLock::new(|| WordSet::of("dating.settings"));

/// CAMEO roots of material acts (aid, yielding, protest, force, reduced relations, coercion,
/// assault, fighting, mass violence, material cooperation): the day they are told is not the
/// day they were done. (Verbal acts, roots 01–05 and 10–13, are done in the telling.)
const MATERIAL_ROOTS: &[&str] = &["06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20"];

/// Words before an English date that make it name a following noun (`the Nov. 27 elections`,
/// `its October 7 attack`) rather than the clause's action.
static EN_NOUN_DETERMINERS: LazyLock<WordSet> = LazyLock::new(|| WordSet::of("dating.en_noun_determiners"));

/// A value naming a calendar day or month (`2015-11-17`, `2015-11`), not a year alone or a word.
pub fn is_calendar_value(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() >= 7 && b[4] == b'-' && b[..4].iter().all(u8::is_ascii_digit) && b[5..7].iter().all(u8::is_ascii_digit)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owner {
    Event(usize),
    /// A noun naming a happening that is not one of the sentence's events (its token, when
    /// known).
    Other(Option<usize>),
    None,
}

/// The dates of one sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceDates {
    /// Per event, in the order of `events`.
    pub events: Vec<Option<String>>,
    /// Nouns naming a happening that is not an event of the sentence, with the date that
    /// belongs to them (`penyerangan … pada 27 Januari`): token and value.
    pub happenings: Vec<(usize, String)>,
}

/// Dates found for the events of one sentence. `happening` tells whether a word is a noun
/// naming a happening (a predicate that is not one of `events`).
pub fn sentence_dates(
    sent: &Sentence,
    analyses: &[Analysis],
    times: &[TimeMatch],
    events: &[RawEvent],
    happening: impl Fn(usize, &Analysis) -> bool,
) -> SentenceDates {
    let english = false;
    sentence_dates_in(sent, analyses, times, events, happening, english)
}

/// [`sentence_dates`] for English: `happening(i, a)` decides alone (English analyses carry no
/// lexicon flag), and a date between a determiner and a noun dates that noun (`the Nov. 27
/// elections`, `the group's October 7 attack`).
pub fn sentence_dates_en(
    sent: &Sentence,
    analyses: &[Analysis],
    times: &[TimeMatch],
    events: &[RawEvent],
    happening: impl Fn(usize, &Analysis) -> bool,
) -> SentenceDates {
    sentence_dates_in(sent, analyses, times, events, happening, true)
}

fn sentence_dates_in(
    sent: &Sentence,
    analyses: &[Analysis],
    times: &[TimeMatch],
    events: &[RawEvent],
    happening: impl Fn(usize, &Analysis) -> bool,
    english: bool,
) -> SentenceDates {
    // A count opening the sentence (`Sehari setelah aksi itu, …`) dates its clause by the day
    // the tagger counted to (`event_day`), its value staying the duration.
    let counted: Vec<TimeMatch> = times
        .iter()
        .filter_map(|t| {
            let day = t.event_day.clone()?;
            Some(TimeMatch {
                value: Some(day),
                kind: TimeType::Date,
                ..t.clone()
            })
        })
        .collect();
    let usable: Vec<&TimeMatch> = times
        .iter()
        .filter(|t| t.event_day.is_none() && t.span_end.is_none())
        .chain(&counted)
        .filter(|t| t.kind == TimeType::Date && t.value.as_deref().is_some_and(is_calendar_value))
        .filter(|t| !relative_day(sent, t))
        .collect();
    if usable.is_empty() {
        return SentenceDates {
            events: vec![None; events.len()],
            happenings: Vec::new(),
        };
    }
    let in_trigger = |i: usize| events.iter().any(|e| e.trigger.0 <= i && i < e.trigger.1);
    // Predicates: event triggers, then nouns naming other happenings.
    let mut preds: Vec<(usize, usize, Owner)> = events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.trigger.0, e.trigger.1, Owner::Event(i)))
        .collect();
    for (i, a) in analyses.iter().enumerate() {
        // In English a happening noun just after a trigger is the event's own object
        // (`launched an invasion`, `held talks`).
        let own_object = english && events.iter().any(|e| e.trigger.1 <= i && i < e.trigger.1 + 4);
        // In Indonesian a happening noun right after a trigger ending in a noun modifies that
        // noun (`menandatangani perjanjian pertahanan`: a defence agreement), as a noun after a
        // noun does; after a verb it is the act's object and a happening (`mengecam
        // pembantaian …`).
        let modifier = !english
            && events.iter().any(|e| {
                e.trigger.1 == i && e.trigger.1 > e.trigger.0 && analyses.get(i - 1).is_some_and(warta_events::nominal)
            });
        // A happening the act is told within (`sepakat … dalam pertemuan di Lima, Jumat`,
        // `di sela kunjungan`): its day is the act's.
        let setting = !english && i > 0 && sent.tokens.get(i - 1).is_some_and(|t| SETTINGS.contains(&t.norm));
        if (english || a.known) && happening(i, a) && !in_trigger(i) && !own_object && !modifier && !setting {
            preds.push((i, i + 1, Owner::Other(Some(i))));
        }
    }
    // A date right after a verb of saying (a few words on, no act between) is the telling's.
    let told: Vec<bool> = usable
        .iter()
        .map(|t| {
            let ts = sent.token_at(t.start).unwrap_or(0);
            for k in (ts.saturating_sub(6)..ts).rev() {
                if SAYING.contains(&sent.tokens[k].norm.as_str()) {
                    return true;
                }
                if in_trigger(k) {
                    return false;
                }
            }
            false
        })
        .collect();
    // A day just before a verb of saying, between commas, is the telling's too (`Kementerian
    // Luar Negeri, Kamis (27/11), mengatakan …`). (Read only against a week or month the
    // sentence names: `…, Kamis, kata polisi` after an act is as often the act's own day.)
    let told_before: Vec<bool> = usable
        .iter()
        .map(|t| {
            let ts = sent.token_at(t.start).unwrap_or(0);
            let te = sent.token_at(t.end.saturating_sub(1)).map_or(ts + 1, |i| i + 1);
            let word = |k: usize| sent.tokens.get(k).map_or("", |x| x.norm.as_str());
            ts.checked_sub(1).is_some_and(|p| word(p) == ",") && word(te) == "," && SAYING.contains(&word(te + 1))
        })
        .collect();
    let owner_of = |t: &TimeMatch| {
        let ts = sent.token_at(t.start).unwrap_or(0);
        let te = sent.token_at(t.end.saturating_sub(1)).map(|i| i + 1).unwrap_or(ts + 1);
        let last = t.text.split_whitespace().last().unwrap_or("").to_lowercase();
        let points_right = ANCHORS_RIGHT.contains(&last.as_str());
        // `kudeta 1 Februari`: a written date right after a common noun dates that noun.
        let after_noun = ts
            .checked_sub(1)
            .and_then(|p| sent.tokens.get(p).map(|tok| (p, tok)))
            .is_some_and(|(p, tok)| {
                tok.is_word()
                    && !tok.is_capitalized()
                    && !TIME_INTRODUCERS.contains(&tok.norm.as_str())
                    && !in_trigger(p)
                    && t.text.starts_with(|c: char| c.is_ascii_digit())
            });
        if after_noun {
            return (ts, Owner::Other(Some(ts - 1)));
        }
        if english {
            if let Some(o) = en_date_before_noun(sent, ts, te, &in_trigger, events) {
                return (ts, o);
            }
        }
        let owner = preds
            .iter()
            .filter_map(|&(ps, pe, o)| {
                let d = if pe <= ts {
                    (ts - pe) + if points_right { 100 } else { 0 }
                } else if ps >= te {
                    (ps - te) + if points_right { 0 } else { 2 }
                } else {
                    return None; // overlapping: the expression is inside the trigger
                };
                Some((d, o))
            })
            .min_by_key(|&(d, _)| d)
            .map(|(_, o)| o)
            .unwrap_or(Owner::None);
        (ts, owner)
    };
    let owners: Vec<(usize, Owner)> = usable.iter().map(|t| owner_of(t)).collect();
    // A week or month right after a noun naming a happening, in the same stretch of words, even
    // one an act's trigger holds after its verb (`mengecam serangan Israel ke Rafah bulan
    // lalu`), dates that happening, not the act.
    let dates_a_happening = |t: &TimeMatch| {
        let ts = sent.token_at(t.start).unwrap_or(0);
        (ts.saturating_sub(6)..ts)
            .rev()
            .take_while(|&k| sent.tokens[k].kind != TokenKind::Punct)
            .filter(|&k| !events.iter().any(|e| e.trigger.0 == k))
            .any(|k| analyses.get(k).is_some_and(|a| (english || a.known) && happening(k, a)))
    };
    // The week or month the sentence names for its acts (`last week`, `bulan lalu`; not one of
    // another happening: `mengecam serangan … bulan lalu`), and whether it puts the act early
    // in it, before the story's day (`earlier this week`, `awal pekan ini`).
    let period = times
        .iter()
        .filter(|t| t.kind == TimeType::Date && t.span_end.is_none() && t.event_day.is_none())
        .filter(|t| t.value.as_deref().is_some_and(period_shape))
        .find(|t| !matches!(owner_of(t).1, Owner::Other(_)) && !dates_a_happening(t))
        .and_then(|t| t.value.clone());
    let earlier = earlier_period(sent, times);
    // A day of the telling is not the act's when the act's own week or month ended before it
    // (`said on Thursday that Jordan had summoned the ambassador last week`), nor when the act
    // is told early in the period that holds the telling (`said on Friday it rescued … earlier
    // this week`). (A period ahead is an intention's, told that day: `will travel … next week`.)
    let told_apart: Vec<bool> = usable
        .iter()
        .enumerate()
        .map(|(ti, t)| {
            let (Some(p), Some(v)) = (period.as_deref(), t.value.as_deref()) else {
                return false;
            };
            (told[ti] || told_before[ti]) && (ended_before(p, v) || (earlier && inside(v, p)))
        })
        .collect();
    let happenings = owners
        .iter()
        .zip(&usable)
        .filter_map(|(&(_, o), t)| match o {
            Owner::Other(Some(k)) => Some((k, t.value.clone()?)),
            _ => None,
        })
        .collect();
    let events = events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let near = |&(ti, (ts, _)): &(usize, (usize, Owner))| (ts.abs_diff(e.trigger.0), ti);
            // A material act does not take the day it was told (`imposed sanctions in January,
            // officials said on Monday`: January).
            let material = MATERIAL_ROOTS.contains(&root_of(&e.code));
            let indexed: Vec<(usize, (usize, Owner))> = owners
                .iter()
                .copied()
                .enumerate()
                .filter(|&(ti, _)| !(told_apart[ti] || (material && told[ti])))
                .collect();
            // Of the expressions that belong to the event: the most specific (a day before a
            // month), then the nearest.
            let own = indexed
                .iter()
                .filter(|(_, (_, o))| *o == Owner::Event(i))
                .min_by_key(|x| {
                    (
                        std::cmp::Reverse(usable[x.0].value.as_deref().map_or(0, str::len)),
                        near(x),
                    )
                });
            let other = || {
                indexed
                    .iter()
                    .filter(|(_, (_, o))| !matches!(o, Owner::Other(_)))
                    .min_by_key(|x| near(x))
            };
            own.or_else(other).and_then(|&(ti, _)| usable[ti].value.clone())
        })
        .collect();
    SentenceDates { events, happenings }
}

/// Whether a day comes right after a word that sets the act before or after it (`menjelang
/// Lebaran`, `ahead of Eid`, `prior to March 2`): the act was not done on that day.
fn relative_day(sent: &Sentence, t: &TimeMatch) -> bool {
    let Some(ts) = sent.token_at(t.start) else { return false };
    let word = |k: usize| sent.tokens.get(k).map_or("", |x| x.norm.as_str());
    let k = match ts.checked_sub(1) {
        // `ahead of`, `prior to`
        Some(k) if matches!(word(k), "of" | "to") => k.checked_sub(1),
        k => k,
    };
    k.is_some_and(|k| RELATIVE_TO.contains(&word(k)) && (word(k) != "ahead" && word(k) != "prior" || k + 1 < ts))
}

/// Whether a value is a week, a weekend or a month (`2025-W47`, `2025-W47-WE`, `2025-10`).
fn period_shape(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() >= 7
        && b[..4].iter().all(u8::is_ascii_digit)
        && (b.len() == 7 || (b.len() == 8 && b[5] == b'W') || (b.len() == 11 && b[5] == b'W' && v.ends_with("-WE")))
}

/// Whether a week or month of the sentence is told as early in it, before the story's day
/// (`earlier this week`, `early this month`, `awal pekan ini`): a word of `dating.earlier`
/// opens the expression or stands right before it.
pub fn earlier_period(sent: &Sentence, times: &[TimeMatch]) -> bool {
    let word = |k: usize| sent.tokens.get(k).map_or("", |t| t.norm.as_str());
    times
        .iter()
        .filter(|t| t.kind == TimeType::Date && t.value.as_deref().is_some_and(period_shape))
        .filter_map(|t| sent.token_at(t.start))
        .any(|ts| EARLIER.contains(&word(ts)) || ts.checked_sub(1).is_some_and(|p| EARLIER.contains(&word(p))))
}

/// Whether a week or month (`2025-W47`, `2025-10`) ended before a day (`2025-11-27`): an act
/// told in it was done before that telling. (One ahead, `will travel … next week`, is an
/// intention told that day.)
fn ended_before(period: &str, day: &str) -> bool {
    if day.len() != 10 {
        return false;
    }
    if period.as_bytes().get(5) == Some(&b'W') {
        let Some(d) = warta_core::parse_date(day) else {
            return false;
        };
        let iso = d.iso_week_date();
        return period
            .get(..8)
            .is_some_and(|w| w < format!("{:04}-W{:02}", iso.year(), iso.week()).as_str());
    }
    period.len() == 7 && period < &day[..7]
}

/// Words that put an act early in a week or month, before the story's day (`earlier this week`).
static EARLIER: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("dating.earlier"));

/// An English date between a determiner (or possessive) and a noun names that noun's day:
/// the event whose trigger the noun is, else another happening.
fn en_date_before_noun(
    sent: &Sentence,
    ts: usize,
    te: usize,
    in_trigger: &impl Fn(usize) -> bool,
    events: &[RawEvent],
) -> Option<Owner> {
    let prev = sent.tokens.get(ts.checked_sub(1)?)?;
    let det = EN_NOUN_DETERMINERS.contains(&prev.norm) || prev.norm.ends_with("'s") || prev.norm.ends_with("\u{2019}s");
    if !det {
        return None;
    }
    let mut nx = te;
    // `Saturday's raid`
    if sent
        .tokens
        .get(nx)
        .is_some_and(|t| t.norm == "'s" || t.norm == "\u{2019}s")
    {
        nx += 1;
    }
    let tok = sent.tokens.get(nx)?;
    if !tok.is_word() || tok.is_capitalized() || TIME_INTRODUCERS.contains(&tok.norm.as_str()) {
        return None;
    }
    // The noun may follow a modifier or two (`the Nov. 27 regional elections`).
    let noun_end = (nx..(nx + 3).min(sent.tokens.len()))
        .take_while(|&k| sent.tokens[k].is_word() && !sent.tokens[k].is_capitalized())
        .last()
        .unwrap_or(nx);
    Some(
        (nx..=noun_end)
            .find(|&k| in_trigger(k))
            .and_then(|k| events.iter().position(|e| e.trigger.0 <= k && k < e.trigger.1))
            .map_or(Owner::Other(None), Owner::Event),
    )
}

/// Whether an English token names a happening that is not an event: a lower-case past form
/// (`the law passed on Monday`) other than one that reports a telling, or a noun from
/// `dictionaries/time/en_happenings.tsv`.
pub fn en_happening(sent: &Sentence, i: usize, lemma: &str) -> bool {
    static NOUNS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
        include_str!("../../../dictionaries/time/en_happenings.tsv")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });
    let Some(t) = sent.tokens.get(i) else { return false };
    if !t.is_word() || t.is_capitalized() {
        return false;
    }
    // (the word lists are looked up only for a past form)
    let past = || t.norm.len() > 4 && t.norm.ends_with("ed");
    let reporting = || EN_REPORTING.contains(&t.norm);
    // Right after a determiner a past form is an adjective (`the occupied West Bank`, `a
    // wounded soldier`), not a happening.
    let attributive = || {
        i.checked_sub(1)
            .and_then(|p| sent.tokens.get(p))
            .is_some_and(|p| EN_NOUN_DETERMINERS.contains(&p.norm))
    };
    (past() && !reporting() && !attributive()) || NOUNS.contains(lemma)
}

/// English verbs of taking place that are no past form in `-ed` (`took place`), with the day
/// right after them (`The attack took place on Sunday`, `… took place Saturday`): token and
/// day, as [`occurrence_days`] reads happenings. They are not made predicates of step 1, so
/// the day still dates the sentence's own act as before (`The attack … took place Saturday
/// in Nduga, where insurgents had killed …`).
pub fn days_taking_place(sent: &Sentence, times: &[TimeMatch], happenings: &[(usize, String)]) -> Vec<(usize, String)> {
    // (most sentences name no day: then no token is tried)
    let days: Vec<(usize, &str)> = times
        .iter()
        .filter(|t| t.kind == TimeType::Date)
        .filter_map(|t| Some((sent.token_at(t.start)?, t.value.as_deref()?)))
        .filter(|(_, v)| v.len() == 10 && is_calendar_value(v))
        .collect();
    if days.is_empty() {
        return Vec::new();
    }
    // (the day may follow `on`: up to one word after the longest verb)
    let len = OCCURRED_WORDS.longest();
    (0..sent.tokens.len())
        .filter(|&k| occurs_at(sent, k) && !happenings.iter().any(|(h, _)| *h == k))
        .filter_map(|k| {
            days.iter()
                .find(|(ts, _)| k < *ts && *ts <= k + len + 1)
                .map(|(_, v)| (k, v.to_string()))
        })
        .collect()
}

/// Whether a verb of taking place (`dating.occurred`: `terjadi`, `happened`, `took place`)
/// starts at token `k`; an entry of two words (`took place`: `took` alone is any taking) must
/// match both.
fn occurs_at(sent: &Sentence, k: usize) -> bool {
    OCCURRED_WORDS
        .len_at(|j| sent.tokens.get(j).map(|t| t.norm.as_str()), k)
        .is_some()
}

/// Past forms that report a telling (`…, the agency reported`): the telling is not the
/// happening a date next to it belongs to (`submitted its case on March 21, DW reported`).
static EN_REPORTING: LazyLock<WordSet> = LazyLock::new(|| WordSet::of("dating.en_reporting"));

/// Whether a sentence is only the date `time` (and at most one other word, such as the
/// weekday of a byline, or the site name of `Kompas.com - 07/08/2023, 21:24 WIB`).
pub fn date_line(sentence: &str, time: &str) -> bool {
    let Some(at) = sentence.find(time) else { return false };
    let rest = format!("{} {}", &sentence[..at], &sentence[at + time.len()..]);
    let words = |chunk: &str| {
        chunk
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
    };
    rest.split_whitespace()
        .map(|chunk| if site_name(chunk) { 1 } else { words(chunk) })
        .sum::<usize>()
        <= 1
}

/// A web site's name as bylines write it (`Kompas.com`, `Liputan6.com,`, `detik.co.id`): one
/// word, not two.
fn site_name(chunk: &str) -> bool {
    let c = chunk.trim_matches(|c: char| !c.is_alphanumeric());
    let Some((name, tld)) = c.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && name.chars().next().is_some_and(char::is_alphanumeric)
        && matches!(tld, "com" | "id" | "net" | "org" | "tv" | "news" | "co")
}

/// Whether the time expression at bytes `start..end` closes its sentence after a comma and
/// carries a year, as the date of a photo caption does (`…, in Lima, Peru, March 28, 2022.`).
pub fn caption_date(sentence: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after), Some(text)) =
        (sentence.get(..start), sentence.get(end..), sentence.get(start..end))
    else {
        return false;
    };
    let year = text.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
    before.trim_end().ends_with(',') && !after.chars().any(char::is_alphanumeric) && year
}

/// What step 2 and 3 need to know of an event.
#[derive(Debug, Clone)]
pub struct Dated {
    pub source: String,
    pub target: String,
    pub root: String,
    /// The full CAMEO code (`036`).
    pub code: String,
    pub modality: Modality,
    pub date: Option<String>,
    /// A week or month the event's sentence names (`last week`): a story day outside it is not
    /// the event's.
    pub period: Option<String>,
    /// A year the sentence names in words (`next year`, `tahun lalu`): the same happening told
    /// elsewhere (step 2) must fall in it.
    pub year: Option<String>,
    /// Told in the perfect with no time word after the story's dated news (`Pemerintah telah
    /// melarang …`, `The government had banned …`): background from before the story, it takes
    /// no story day (step 3).
    pub background: bool,
    /// Told early in its week or month, before the story's day (`earlier this week`): it takes
    /// no story day (step 3).
    pub earlier: bool,
}

/// The first week (`2025-W41`), weekend (`2025-W41-WE`) or month value among a sentence's times. (A bare year more often
/// dates a noun, `the 2009 treaty`, than the sentence's act.)
///
/// Else a span named as a whole (`selama Ramadhan`), as `first/last` day; else a duration
/// reaching up to publication (`dua pekan terakhir`, `the past two weeks`: the tagger gives it
/// a `span_end`), as `first/last` (`/last` when vague): an act over it is not one day's.
pub fn coarse_period(times: &[TimeMatch]) -> Option<String> {
    let dates = || times.iter().filter(|t| t.kind == TimeType::Date);
    dates()
        .filter(|t| t.span_end.is_none())
        .filter_map(|t| t.value.clone())
        .find(|v| period_shape(v))
        .or_else(|| dates().find_map(|t| Some(format!("{}/{}", t.value.as_deref()?, t.span_end.as_deref()?))))
        .or_else(|| {
            times.iter().filter(|t| t.kind == TimeType::Duration).find_map(|t| {
                Some(format!(
                    "{}/{}",
                    span_start(t.value.as_deref()?, t.span_end.as_deref()?),
                    t.span_end.as_deref()?
                ))
            })
        })
}

/// The first day of a span of a duration up to its last day (`P2W` up to `2025-11-19`:
/// `2025-11-05`), empty when the duration is vague (`PXW`, `recent weeks`) or in hours.
fn span_start(dur: &str, end: &str) -> String {
    let (Some(t), Some(end)) = (dur.strip_prefix('P'), warta_core::parse_date(end)) else {
        return String::new();
    };
    let Some((n, unit)) = t.split_at_checked(t.len().saturating_sub(1)) else {
        return String::new();
    };
    let Ok(n) = n.parse::<i64>() else {
        return String::new();
    };
    let days = match unit {
        "D" => n,
        "W" => 7 * n,
        "M" => 30 * n,
        "Y" => 365 * n,
        _ => return String::new(),
    };
    let secs = u64::try_from(days).unwrap_or(0) * 86_400;
    end.checked_sub(std::time::Duration::from_secs(secs))
        .map_or_else(|_| String::new(), |d| d.to_string())
}

/// Whether a date value (a day, or a month inside a month or year) agrees with a period: a
/// month value is inside its own month and year, a day as [`within`].
pub(crate) fn inside(date: &str, period: &str) -> bool {
    if date.len() == 10 {
        return within(date, period);
    }
    period.as_bytes().get(5) != Some(&b'W') && !period.contains('/') && date.starts_with(period)
}

/// Whether a day (`YYYY-MM-DD`) lies in a week, month or year value, or a `first/last` span.
fn within(day: &str, period: &str) -> bool {
    if let Some((first, last)) = period.split_once('/') {
        return day.len() == 10 && first <= day && day <= last;
    }
    if period.as_bytes().get(5) == Some(&b'W') {
        let Some(d) = warta_core::parse_date(day) else {
            return false;
        };
        let iso = d.iso_week_date();
        let week = format!("{:04}-W{:02}", iso.year(), iso.week());
        // A weekend (`2024-W47-WE`, `over the weekend`): its Saturday or Sunday.
        if let Some(w) = period.strip_suffix("-WE") {
            return week == w && d.weekday().to_monday_one_offset() >= 6;
        }
        return week == period;
    }
    day.starts_with(period)
}

impl Dated {
    pub fn new(e: &RawEvent, date: Option<String>) -> Dated {
        Dated {
            source: crate::primary(&e.source.code).to_string(),
            target: crate::primary(&e.target.code).to_string(),
            root: root_of(&e.code).to_string(),
            code: e.code.clone(),
            modality: e.modality,
            date,
            period: None,
            year: None,
            background: false,
            earlier: false,
        }
    }
}

/// The year a sentence names in words (`next year`, `tahun depan`, `last year`): a DATE whose
/// value is a year and whose text has no digits. (A written year more often names a noun's
/// year, `the 2009 treaty`.)
pub fn worded_year(times: &[TimeMatch]) -> Option<String> {
    times
        .iter()
        .filter(|t| t.kind == TimeType::Date && !t.text.chars().any(|c| c.is_ascii_digit()))
        .filter_map(|t| t.value.clone())
        .find(|v| v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()))
}

/// Words of the perfect (`telah`, `sudah`, `pernah`, `has`, `had`): an act told with one
/// happened before the time the story tells of.
static PERFECT: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("dating.perfect"));
/// Words that go on with the act told just before (`Mereka juga membakar …`, `They then …`).
static CONTINUES: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("dating.continues"));
/// Verbs that say when a happening named as their subject took place (`Pengancaman dilakukan …
/// pada 4 Februari`, `The attack took place on Saturday`).
/// (indexed by first word once: tried at every token of a sentence that names a day)
static OCCURRED_WORDS: LazyLock<PhraseIndex> = LazyLock::new(|| PhraseIndex::of("dating.occurred"));
static DEMONSTRATIVES: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("dating.demonstratives"));

/// Whether a word of `class` stands within three words before token `at`, with only words
/// between (`telah menangkap`, `sudah resmi ditahan`, `had also banned`).
fn word_before(sent: &Sentence, at: usize, class: &[&str]) -> bool {
    (at.saturating_sub(3)..at)
        .rev()
        .take_while(|&k| sent.tokens[k].is_word())
        .any(|k| class.contains(&sent.tokens[k].norm.as_str()))
}

/// Whether an act is told in the perfect (a perfect word right before its trigger) in a
/// sentence with no time word and no verb of saying (reported speech tells the news itself:
/// `… said it had seized …`).
pub fn told_in_perfect(sent: &Sentence, times: &[TimeMatch], trigger_start: usize) -> bool {
    times.is_empty()
        && word_before(sent, trigger_start, &PERFECT)
        && !sent.tokens.iter().any(|t| SAYING.contains(&t.norm.as_str()))
}

/// Whether an act with no time word goes on with the act told just before (`Mereka juga
/// membakar …`, `They also hit …`): a continuing word right before its trigger, and no perfect
/// (`Hollande juga telah berbicara …` is another occasion).
pub fn continues_before(sent: &Sentence, times: &[TimeMatch], trigger_start: usize) -> bool {
    !times.iter().any(|t| t.kind == TimeType::Date)
        && word_before(sent, trigger_start, &CONTINUES)
        && !word_before(sent, trigger_start, &PERFECT)
}

/// Words that open a span reaching up to now (`sejak Jumat`, `since August`).
static SINCE: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("dating.since"));

/// Whether an act told in the perfect goes on over a span up to now (`Israel has struck Lebanon
/// since Friday`, `Sejak Agustus, Indonesia telah mengerahkan …`): it is no one day's act.
pub fn perfect_since(sent: &Sentence, trigger_start: usize) -> bool {
    word_before(sent, trigger_start, &PERFECT) && sent.tokens.iter().any(|t| SINCE.contains(&t.norm.as_str()))
}

/// Whether a CAMEO code is of a material act (roots 06–09, 14–20).
pub fn material(code: &str) -> bool {
    MATERIAL_ROOTS.contains(&root_of(code))
}

/// The happenings of a sentence told as taking place on a day (`Pengancaman dilakukan … pada
/// 4 Februari`, `The attack took place on Saturday`): the token of the noun and the day.
/// `happenings` are the sentence's happening nouns and past forms with the date that belongs
/// to them; the noun is the subject of a verb of taking place (maybe with a demonstrative
/// between), or, when the verb itself holds the date (English past forms are happenings), the
/// noun before it.
pub fn occurrence_days(sent: &Sentence, happenings: &[(usize, String)]) -> Vec<(usize, String)> {
    let word = |k: usize| sent.tokens.get(k).map_or("", |t| t.norm.as_str());
    let det = |k: usize| DEMONSTRATIVES.contains(&word(k));
    happenings
        .iter()
        .filter_map(|(k, day)| {
            let k = *k;
            if occurs_at(sent, k) {
                // `The attack happened on …`, `the attacks, which occurred …` is not taken; a
                // perfect between is (`The attack had taken place on …`).
                let mut n = k.checked_sub(1)?;
                if PERFECT.contains(&word(n)) {
                    n = n.checked_sub(1)?;
                }
                if !sent.tokens[n].is_word() {
                    return None;
                }
                // The subject's head after the clause's opening determiner too (`The attack on a
                // military post took place …`: `attack`, not only `post`).
                let open = (0..n).rev().take_while(|&j| sent.tokens[j].is_word()).last();
                let head = open
                    .filter(|&j| EN_NOUN_DETERMINERS.contains(word(j)) && j + 1 < n)
                    .map(|j| (j + 1, day.clone()));
                Some([Some((n, day.clone())), head].into_iter().flatten().collect::<Vec<_>>())
            } else if occurs_at(sent, k + 1) || (det(k + 1) && occurs_at(sent, k + 2)) {
                Some(vec![(k, day.clone())])
            } else {
                None
            }
        })
        .flatten()
        .collect()
}

/// The words of the happenings a sentence tells its acts within (`dating.settings`: `dalam
/// serangan itu`, `killed two soldiers in a weekend attack`): up to three words after the
/// setting word, up to a punctuation mark. A happening said elsewhere to take place on a day
/// (`The attack took place Saturday`) dates the acts told within it.
pub fn setting_words(sent: &Sentence) -> Vec<usize> {
    let mut out = Vec::new();
    for (j, t) in sent.tokens.iter().enumerate() {
        if SETTINGS.contains(&t.norm) {
            out.extend((j + 1..(j + 4).min(sent.tokens.len())).take_while(|&k| sent.tokens[k].is_word()));
        }
    }
    out
}

/// An agentless passive with its own day that may tell an act of the story again (`bantuan …
/// untuk Palestina, diberangkatkan dari Halim … pada Jumat (29/3)`, `The aid was flown out of
/// Jakarta on Friday`): the passive verb's root, the head of its subject and the day.
#[derive(Debug, Clone, PartialEq)]
pub struct Retelling {
    pub verb: String,
    pub subject: String,
    pub day: String,
}

/// Auxiliaries of the English passive (`was sent`, `were arrested`).
static PASSIVE_AUX: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("dating.passive_aux"));
/// Words that name a passive's doer (`oleh`, `by`): such a passive is not agentless.
static AGENT_MARKERS: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("dating.agent_markers"));
/// Roots of verbs that convey a thing (`berangkat`, `kirim`, `send`, `fly`): told in the passive
/// of the thing an act gave, they tell that act again.
static CONVEYING: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("dating.conveying"));

/// Whether a passive's verb root tells again an act whose trigger has `roots`: the same root
/// (`ditangkap` for `menangkap`), or a verb that conveys a thing (`diberangkatkan` for
/// `mengirimkan`).
pub fn retells(r: &Retelling, roots: &[String]) -> bool {
    roots.contains(&r.verb) || CONVEYING.contains(&r.verb.as_str())
}

/// The agentless passives of a sentence with a day of their own ([`Retelling`]). The day is
/// the first calendar day within twelve words after the verb, with no verb of saying and no
/// doer (`oleh`, `by`) between. The subject is the clause before the verb (up to a punctuation
/// mark, eight words at most; a comma right before the verb is passed): its first lower-case
/// word in Indonesian (`bantuan kemanusiaan dari …`), its last before the auxiliary in English
/// (`the humanitarian aid was …`).
pub fn passive_retellings(
    sent: &Sentence,
    analyses: &[Analysis],
    times: &[TimeMatch],
    english: bool,
) -> Vec<Retelling> {
    let days: Vec<(usize, &str)> = times
        .iter()
        .filter(|t| t.kind == TimeType::Date && t.event_day.is_none() && t.span_end.is_none())
        .filter(|t| !relative_day(sent, t))
        .filter_map(|t| Some((sent.token_at(t.start)?, t.value.as_deref()?)))
        .filter(|(_, v)| v.len() == 10 && is_calendar_value(v))
        .collect();
    if days.is_empty() {
        return Vec::new();
    }
    let word = |k: usize| sent.tokens.get(k).map_or("", |t| t.norm.as_str());
    let lower = |k: usize| {
        sent.tokens
            .get(k)
            .is_some_and(|t| t.is_word() && !t.is_capitalized() && t.norm.chars().count() >= 3)
    };
    let mut out = Vec::new();
    for k in 0..sent.tokens.len() {
        let passive = if english {
            k > 0 && lower(k) && PASSIVE_AUX.contains(&word(k - 1))
        } else {
            lower(k)
                && analyses.get(k).is_some_and(|a| {
                    a.voice == warta_morph::Voice::Passive && a.prefixes.first().is_some_and(|p| p == "di")
                })
        };
        if !passive {
            continue;
        }
        let Some(&(ts, day)) = days.iter().find(|(ts, _)| k < *ts && *ts <= k + 12) else {
            continue;
        };
        if (k + 1..ts).any(|j| AGENT_MARKERS.contains(&word(j)) || SAYING.contains(&word(j))) {
            continue;
        }
        // The subject: back from the verb (and its auxiliary) over one comma, up to a mark.
        let mut j = if english { k - 1 } else { k };
        if j > 0 && word(j - 1) == "," {
            j -= 1;
        }
        let span: Vec<usize> = (j.saturating_sub(8)..j)
            .rev()
            .take_while(|&i| sent.tokens[i].kind != TokenKind::Punct)
            .collect();
        let head = if english {
            span.iter().copied().find(|&i| lower(i))
        } else {
            // (the sentence's first word may be capitalized: `Bantuan itu diberangkatkan …`)
            span.iter()
                .rev()
                .copied()
                .find(|&i| (lower(i) || (i == 0 && sent.tokens[i].is_word())) && !DEMONSTRATIVES.contains(&word(i)))
        };
        let (Some(h), Some(verb)) = (head, analyses.get(k)) else {
            continue;
        };
        if let Some(a) = analyses.get(h) {
            out.push(Retelling {
                verb: verb.root.clone(),
                subject: a.root.clone(),
                day: day.to_string(),
            });
        }
    }
    out
}

/// The roots of the lower-case words an act is done to: the trigger's words after its first
/// (a trigger may hold its object: `mengirimkan 14 ton bantuan kemanusiaan`) and up to six
/// words after it, up to a punctuation mark.
pub fn object_roots(sent: &Sentence, analyses: &[Analysis], trigger: (usize, usize)) -> Vec<String> {
    (trigger.0 + 1..(trigger.1 + 6).min(sent.tokens.len()))
        .take_while(|&k| sent.tokens[k].kind != TokenKind::Punct)
        .filter(|&k| sent.tokens[k].is_word() && !sent.tokens[k].is_capitalized())
        .filter_map(|k| analyses.get(k).map(|a| a.root.clone()))
        .collect()
}

/// Steps 2 and 3 over the article's events, in order; returns the final dates.
pub fn article_dates(events: &[Dated], named_days: &[String], published: Option<&str>) -> Vec<Option<String>> {
    let mut dates: Vec<Option<String>> = events.iter().map(|e| e.date.clone()).collect();
    for i in 0..events.len() {
        if dates[i].is_some() {
            continue;
        }
        let e = &events[i];
        // An intention to meet (`036`: `akan berkunjung`, `will visit`) is the meeting or
        // visit (`04`) told with its day elsewhere.
        // An act whose sentence gives its own week or month (`Last week, police arrested …`)
        // takes a day told elsewhere only from an act of the same code: of the same root it is
        // as likely another happening of that time (Sunday's raid).
        // So does an act told as background in the perfect (`Pemerintah telah melarang …`
        // after `Polisi menangkap …, Rabu`): of another code it is another happening.
        let coarse = e.period.is_some() || e.background;
        let realizes =
            |o: &Dated| (o.root == e.root && (!coarse || o.code == e.code)) || (e.code == "036" && o.root == "04");
        let same = |j: &usize| {
            let o = &events[*j];
            o.date.is_some()
                && o.source == e.source
                && o.target == e.target
                && realizes(o)
                && e.year
                    .as_deref()
                    .is_none_or(|y| o.date.as_deref().is_some_and(|d| d.starts_with(y)))
                && e.period
                    .as_deref()
                    .is_none_or(|p| o.date.as_deref().is_some_and(|d| inside(d, p)))
        };
        // The nearest telling of the same happening, earlier ones first on equal distance.
        // An act told over a span (`selama Ramadhan`) is not one day's, even where a day's act
        // of the same kind is told elsewhere.
        let span = e.period.as_deref().is_some_and(|p| p.contains('/'));
        let found = (0..events.len())
            .filter(same)
            .filter(|_| !span)
            .min_by_key(|&j| (j.abs_diff(i), j > i));
        dates[i] = found.and_then(|j| events[j].date.clone());
    }
    let story = story_day(events, &dates, named_days, published);
    if let Some(story) = story {
        for (e, d) in events.iter().zip(dates.iter_mut()) {
            // A span named as a whole (`selama Ramadhan`, a month) leaves the day unsaid.
            let span = e.period.as_deref().is_some_and(|p| p.contains('/'));
            if d.is_none()
                && e.modality == Modality::Actual
                && !span
                && !e.background
                && !e.earlier
                && e.period.as_deref().is_none_or(|p| within(&story, p))
            {
                *d = Some(story.clone());
            }
        }
    }
    dates
}

/// The day the story reports on: the latest day the article names (as an event's date or as a
/// time expression) that is not after publication and at most a week before it.
fn story_day(
    events: &[Dated],
    dates: &[Option<String>],
    named_days: &[String],
    published: Option<&str>,
) -> Option<String> {
    let pub_day = published.and_then(warta_core::parse_date);
    let ok = |d: &str| {
        let Some(day) = warta_core::parse_date(d).filter(|_| d.len() == 10) else {
            return false;
        };
        match pub_day {
            Some(p) => day <= p && (p - day).get_days() <= 7,
            None => true,
        }
    };
    let from_events = events
        .iter()
        .zip(dates)
        .filter(|(e, _)| e.modality == Modality::Actual)
        .filter_map(|(_, d)| d.as_deref());
    from_events
        .chain(named_days.iter().map(String::as_str))
        .filter(|d| ok(d))
        .max()
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dated(src: &str, tgt: &str, root: &str, m: Modality, date: Option<&str>) -> Dated {
        Dated {
            source: src.into(),
            target: tgt.into(),
            root: root.into(),
            code: format!("{root}0"),
            modality: m,
            date: date.map(str::to_string),
            period: None,
            year: None,
            background: false,
            earlier: false,
        }
    }

    #[test]
    fn a_weekend_is_a_period_of_its_two_days() {
        // changes: a weekend value is the sentence's period, holding only its Saturday and Sunday
        let t = |v: &str| TimeMatch {
            start: 0,
            end: 1,
            text: "x".into(),
            value: Some(v.into()),
            kind: TimeType::Date,
            event_day: None,
            span_end: None,
        };
        assert_eq!(coarse_period(&[t("2024-W47-WE")]).as_deref(), Some("2024-W47-WE"));
        assert!(within("2024-11-23", "2024-W47-WE") && within("2024-11-24", "2024-W47-WE"));
        assert!(!within("2024-11-20", "2024-W47-WE") && !within("2024-11-30", "2024-W47-WE"));
        // does not change: a week holds its seven days; a bare year is no period
        assert!(within("2024-11-20", "2024-W47"));
        assert_eq!(coarse_period(&[t("2024")]), None);
    }

    #[test]
    fn a_period_ended_before_a_telling() {
        // changes: last week and last month ended before Thursday's telling
        assert!(ended_before("2025-W47", "2025-11-27"));
        assert!(ended_before("2025-10", "2025-11-27"));
        // does not change: the week or month holding it, a week ahead, a month value as the day
        assert!(!ended_before("2025-W48", "2025-11-27"));
        assert!(!ended_before("2025-11", "2025-11-27"));
        assert!(!ended_before("2025-W49", "2025-11-25"));
        assert!(!ended_before("2025-10", "2025-11"));
    }

    #[test]
    fn calendar_values() {
        assert!(is_calendar_value("2015-11-17"));
        assert!(is_calendar_value("2015-11"));
        assert!(!is_calendar_value("2015"));
        assert!(!is_calendar_value("PRESENT_REF"));
        assert!(!is_calendar_value("2015-W47"));
    }

    #[test]
    fn same_happening_and_story_day() {
        let evs = vec![
            dated("FRA", "IMGMUS", "19", Modality::Actual, None),
            dated("FRA", "IMGMUS", "19", Modality::Actual, Some("2015-11-17")),
            dated("RUS", "FRA", "04", Modality::Actual, None),
            dated("FRA", "RUS", "03", Modality::Intent, None),
            dated("FRA", "USA", "04", Modality::Actual, Some("2015-11-24")),
        ];
        let d = article_dates(&evs, &["2015-11-13".to_string()], Some("2015-11-18"));
        assert_eq!(d[0].as_deref(), Some("2015-11-17"), "same source, target and root");
        assert_eq!(
            d[2].as_deref(),
            Some("2015-11-17"),
            "story day; 11-24 is after publication"
        );
        assert_eq!(d[3], None, "an intention does not take the story day");
        assert_eq!(d[4].as_deref(), Some("2015-11-24"));
    }

    #[test]
    fn bylines_with_a_site_name() {
        // changes: a site name before the byline's date is one word
        assert!(date_line("Kompas.com - 07/08/2023, 21:24 WIB", "07/08/2023, 21:24 WIB"));
        assert!(date_line("Warta.co.id, 12/03/2021 08:00 WIB", "12/03/2021 08:00 WIB"));
        // does not change: a date in a sentence of words, a weekday byline
        assert!(!date_line(
            "Polisi menangkap dia pada 7 Februari 2023.",
            "7 Februari 2023"
        ));
        assert!(!date_line("Kata dia di Jakarta.com, Senin", "Senin"));
        assert!(date_line("Mon, November 25, 2024", "November 25, 2024"));
    }

    #[test]
    fn an_intention_to_meet_takes_the_meetings_day() {
        let mut intent = dated("USA", "IDN", "03", Modality::Intent, None);
        intent.code = "036".into();
        let visit = dated("USA", "IDN", "04", Modality::Actual, Some("2023-07-13"));
        // changes: `akan berkunjung` (036) takes the visit's day told elsewhere
        let d = article_dates(&[intent.clone(), visit.clone()], &[], Some("2023-07-08"));
        assert_eq!(d[0].as_deref(), Some("2023-07-13"));
        // does not change: another intention (031) or another dyad takes nothing
        let mut other = intent.clone();
        other.code = "031".into();
        assert_eq!(article_dates(&[other, visit.clone()], &[], Some("2023-07-08"))[0], None);
        let mut elsewhere = intent;
        elsewhere.target = "MYS".into();
        assert_eq!(article_dates(&[elsewhere, visit], &[], Some("2023-07-08"))[0], None);
    }

    #[test]
    fn no_dates_stay_none() {
        let evs = vec![dated("FRA", "RUS", "04", Modality::Actual, None)];
        assert_eq!(article_dates(&evs, &[], Some("2015-11-18")), vec![None]);
        let far = vec!["2015-10-01".to_string()];
        assert_eq!(
            article_dates(&evs, &far, Some("2015-11-18")),
            vec![None],
            "a month-old day is not the story day"
        );
    }

    #[test]
    fn the_same_happening_keeps_to_the_sentences_year_and_period() {
        let mut invite = dated("BRA", "CHN", "03", Modality::Actual, None);
        invite.code = "036".into();
        let summit = dated("BRA", "CHN", "04", Modality::Actual, Some("2024-11"));
        // changes: `invited Xi to visit next year` (2025) does not take the November summit
        let mut next_year = invite.clone();
        next_year.year = Some("2025".into());
        let d = article_dates(&[next_year, summit.clone()], &["2024-06-07".into()], Some("2024-06-08"));
        assert_eq!(d[0].as_deref(), Some("2024-06-07"), "the story day, not 2024-11");
        // changes: `last week` (W41) does not take a day of another week
        let mut arrest = dated("ISR", "PSE", "17", Modality::Actual, None);
        arrest.period = Some("2024-W41".into());
        let raid = dated("ISR", "PSE", "17", Modality::Actual, Some("2024-10-14"));
        assert_eq!(article_dates(&[arrest.clone(), raid], &[], Some("2024-10-14"))[0], None);
        // changes: in its week, another code of the root (a raid, 1711, for an arrest, 173) is
        // another happening
        let mut arrest = dated("ISR", "PSE", "17", Modality::Actual, None);
        (arrest.code, arrest.period) = ("173".into(), Some("2024-W41".into()));
        let mut raid = dated("ISR", "PSE", "17", Modality::Actual, Some("2024-10-13"));
        raid.code = "1711".into();
        // (the story day, Monday 10-14, is outside last week)
        let monday = ["2024-10-14".to_string()];
        assert_eq!(
            article_dates(&[arrest.clone(), raid.clone()], &monday, Some("2024-10-14"))[0],
            None
        );
        raid.code = "173".into();
        assert_eq!(
            article_dates(&[arrest.clone(), raid], &monday, Some("2024-10-14"))[0].as_deref(),
            Some("2024-10-13")
        );
        // does not change: no year named, or the date within the year and the week
        let d = article_dates(&[invite, summit.clone()], &[], Some("2024-06-08"));
        assert_eq!(d[0].as_deref(), Some("2024-11"));
        let mut raid = dated("ISR", "PSE", "17", Modality::Actual, Some("2024-10-10"));
        raid.code = "173".into();
        assert_eq!(
            article_dates(&[arrest, raid], &[], Some("2024-10-14"))[0].as_deref(),
            Some("2024-10-10")
        );
    }

    #[test]
    fn a_duration_up_to_now_is_a_span_period() {
        let t = |v: &str, kind: TimeType, end: Option<&str>| TimeMatch {
            start: 0,
            end: 1,
            text: "x".into(),
            value: Some(v.into()),
            kind,
            event_day: None,
            span_end: end.map(str::to_string),
        };
        // changes (was no period: the act took the story day)
        assert_eq!(
            coarse_period(&[t("P2W", TimeType::Duration, Some("2025-11-19"))]).as_deref(),
            Some("2025-11-05/2025-11-19")
        );
        assert_eq!(
            coarse_period(&[t("PXW", TimeType::Duration, Some("2025-11-19"))]).as_deref(),
            Some("/2025-11-19")
        );
        // does not change: a duration of no span, a month before a span
        assert_eq!(coarse_period(&[t("P3D", TimeType::Duration, None)]), None);
        assert_eq!(
            coarse_period(&[
                t("P2W", TimeType::Duration, Some("2025-11-19")),
                t("2025-10", TimeType::Date, None)
            ])
            .as_deref(),
            Some("2025-10")
        );
    }

    #[test]
    fn a_span_leaves_the_day_unsaid() {
        // changes: an act `selama Ramadhan` (a span period) takes no story day
        let mut during = dated("IDN", "IDN", "17", Modality::Actual, None);
        during.period = Some("2024-03-11/2024-04-09".into());
        let seized = dated("IDN", "IDN", "17", Modality::Actual, Some("2024-03-31"));
        assert_eq!(
            article_dates(&[during, seized], &["2024-04-02".into()], Some("2024-04-03"))[0],
            None
        );
        // does not change: a month period with the story day inside it
        let mut month = dated("IDN", "IDN", "17", Modality::Actual, None);
        month.period = Some("2024-04".into());
        let d = article_dates(&[month], &["2024-04-02".into()], Some("2024-04-03"));
        assert_eq!(d[0].as_deref(), Some("2024-04-02"));
        assert!(within("2024-03-20", "2024-03-11/2024-04-09"));
        assert!(!within("2024-04-10", "2024-03-11/2024-04-09"));
        assert!(inside("2024-11", "2024"));
        assert!(!inside("2024-11", "2024-W41"));
    }
}
