//! Event deduplication: the same happening reported by several articles (or several sentences
//! of one article) becomes ONE event row, each report a mention.
//!
//! # The rule
//!
//! A new mention joins an existing event when all of these hold:
//!
//! 1. same two-digit CAMEO root (`190` and `195` are one happening told more or less precisely);
//! 2. same source primary and same target primary ([`primary`]: the country code, or the
//!    six-letter `IGO`/`NGO`/`IMG`/`MNC` prefix, so `FRAGOV` and `FRAMIL` are both `FRA`);
//! 3. dates:
//!    - a mention whose text gives a full day (`2015-11-17`) joins an event dated the same
//!      day or an adjacent one (±1 day, against the event's own date: no chaining);
//!    - a mention with no day (no date, or only a month) joins only an event that has no day
//!      either, with the same month (or none) and the same publication day; without a
//!      publication day it joins only events of its own article;
//!    - dated and undated mentions are never merged: "no date" is not evidence of "that day";
//! 4. place: the same place (same GeoNames id, else same name and country), or either side has
//!    none. An event without a place takes the place of the first mention that has one.
//!
//! Among several candidates, the one with the same place wins, then the nearest day, then the
//! oldest. The event keeps the code, actors and date of its first mention; each mention keeps
//! its own. `num_mentions` counts mentions, `num_articles` distinct documents and
//! `num_sources` distinct sources (the document's `source`, else its URL's host, else `?`).

use crate::days_of;
use rusqlite::{params, Connection};
use warta_core::{EventOut, OutputDoc};

pub use warta_pipeline::primary;

pub(crate) struct MentionCtx<'a> {
    pub doc_row: i64,
    pub pub_day: Option<i64>,
    pub source: &'a str,
    pub url: Option<&'a str>,
    pub now: &'a str,
    pub sentence_text: &'a str,
    #[allow(dead_code)]
    pub ordinal: usize,
}

/// The source an article counts for in `num_sources`.
pub fn source_of(o: &OutputDoc) -> String {
    o.source
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .or_else(|| o.url.as_deref().and_then(warta_input::host_of))
        .unwrap_or_else(|| "?".to_string())
}

/// The day number of an event date when it names a full day.
pub fn event_day(date: Option<&str>) -> Option<i64> {
    let d = date?;
    (d.len() >= 10)
        .then(|| warta_core::parse_date(d))
        .flatten()
        .map(days_of)
}

struct Candidate {
    id: i64,
    day: Option<i64>,
    place: Option<String>,
    country: Option<String>,
    geonameid: Option<i64>,
}

/// Whether two places are the same: GeoNames id when both have one, else name and country.
fn same_place(c: &Candidate, ev: &EventOut) -> Option<bool> {
    let g = ev.location.as_ref()?;
    let name = c.place.as_deref()?;
    Some(match (c.geonameid, g.geonameid) {
        (Some(a), Some(b)) => a == b as i64,
        _ => name.eq_ignore_ascii_case(&g.name) && c.country.as_deref() == g.country.as_deref(),
    })
}

/// Adds one mention, to an existing event when the rule matches, else to a new event.
/// Returns whether a new event was created.
///
/// `doc_events` holds the events this document has mentioned so far (the document is new, so no
/// stored mention has it): whether the mention counts as a new article for its event is known
/// without a lookup.
pub(crate) fn add_mention(
    tx: &Connection,
    ev: &EventOut,
    m: &MentionCtx,
    doc_events: &mut Vec<i64>,
) -> rusqlite::Result<bool> {
    let src_p = primary(&ev.source.code);
    let tgt_p = primary(&ev.target.code);
    let day = event_day(ev.date.as_deref());
    let root = if ev.root.is_empty() {
        ev.code.get(..2).unwrap_or("")
    } else {
        &ev.root
    };
    let map = |r: &rusqlite::Row| {
        Ok(Candidate {
            id: r.get(0)?,
            day: r.get(1)?,
            place: r.get(2)?,
            country: r.get(3)?,
            geonameid: r.get(4)?,
        })
    };
    let candidates: Vec<Candidate> = match (day, m.pub_day) {
        (Some(d), _) => tx
            .prepare_cached(
                "SELECT id, day, place, place_country, geonameid FROM events \
                 WHERE root = ?1 AND src_primary = ?2 AND tgt_primary = ?3 AND day BETWEEN ?4 - 1 AND ?4 + 1",
            )?
            .query_map(params![root, src_p, tgt_p, d], map)?
            .collect::<rusqlite::Result<_>>()?,
        (None, Some(p)) => tx
            .prepare_cached(
                "SELECT id, day, place, place_country, geonameid FROM events \
                 WHERE root = ?1 AND src_primary = ?2 AND tgt_primary = ?3 AND day IS NULL AND pub_day = ?4 \
                 AND date IS ?5",
            )?
            .query_map(params![root, src_p, tgt_p, p, ev.date], map)?
            .collect::<rusqlite::Result<_>>()?,
        (None, None) => tx
            .prepare_cached(
                "SELECT id, day, place, place_country, geonameid FROM events \
                 WHERE root = ?1 AND src_primary = ?2 AND tgt_primary = ?3 AND day IS NULL AND pub_day IS NULL \
                 AND first_doc = ?4 AND date IS ?5",
            )?
            .query_map(params![root, src_p, tgt_p, m.doc_row, ev.date], map)?
            .collect::<rusqlite::Result<_>>()?,
    };
    let best = candidates
        .iter()
        .filter_map(|c| {
            let place = same_place(c, ev);
            // Some(false): two different known places, never the same happening.
            (place != Some(false)).then_some((c, place == Some(true)))
        })
        .min_by_key(|(c, same)| {
            let dist = match (c.day, day) {
                (Some(a), Some(b)) => (a - b).abs(),
                _ => 0,
            };
            (!same, dist, c.id)
        })
        .map(|(c, _)| c);
    let loc = ev.location.as_ref();
    let (event_id, created) = match best {
        Some(c) => {
            let new_article = !doc_events.contains(&c.id);
            let new_source = tx
                .prepare_cached("INSERT OR IGNORE INTO event_sources (event_id, source) VALUES (?1, ?2)")?
                .execute(params![c.id, m.source])?
                > 0;
            tx.prepare_cached(
                "UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + ?2, \
                 num_sources = num_sources + ?3 WHERE id = ?1",
            )?
            .execute(params![c.id, i64::from(new_article), i64::from(new_source)])?;
            if c.place.is_none() {
                if let Some(g) = loc {
                    tx.prepare_cached(
                        "UPDATE events SET place = ?2, place_country = ?3, lat = ?4, lon = ?5, geonameid = ?6 \
                         WHERE id = ?1",
                    )?
                    .execute(params![
                        c.id,
                        g.name,
                        g.country,
                        g.lat,
                        g.lon,
                        g.geonameid.map(|x| x as i64)
                    ])?;
                }
            }
            (c.id, false)
        }
        None => {
            let sql_date = match (day, m.pub_day) {
                (Some(d), _) | (None, Some(d)) => Some(crate::civil_from_days(d)),
                (None, None) => None,
            };
            let name = |a: &warta_core::ActorRef| a.name.clone().unwrap_or_else(|| a.text.clone());
            tx.prepare_cached(
                "INSERT INTO events (code, root, quad, goldstein, src_code, src_primary, src_name, tgt_code, \
                 tgt_primary, tgt_name, date, day, pub_day, sql_date, place, place_country, lat, lon, geonameid, \
                 num_mentions, num_articles, num_sources, first_doc, source_url, added) \
                 VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,1,1,1,?20,?21,?22)",
            )?
            .execute(params![
                ev.code,
                root,
                ev.quad_class,
                ev.goldstein,
                ev.source.code,
                src_p,
                name(&ev.source),
                ev.target.code,
                tgt_p,
                name(&ev.target),
                ev.date,
                day,
                m.pub_day,
                sql_date,
                loc.map(|g| &g.name),
                loc.and_then(|g| g.country.as_ref()),
                loc.map(|g| g.lat),
                loc.map(|g| g.lon),
                loc.and_then(|g| g.geonameid).map(|x| x as i64),
                m.doc_row,
                m.url,
                m.now,
            ])?;
            let id = tx.last_insert_rowid();
            tx.prepare_cached("INSERT INTO event_sources (event_id, source) VALUES (?1, ?2)")?
                .execute(params![id, m.source])?;
            (id, true)
        }
    };
    if !doc_events.contains(&event_id) {
        doc_events.push(event_id);
    }
    tx.prepare_cached(
        "INSERT INTO mentions (event_id, doc, sentence, code, src_code, tgt_code, src_text, tgt_text, evidence, \
         sentence_text, date, place, negated, modality) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)",
    )?
    .execute(params![
        event_id,
        m.doc_row,
        ev.sentence as i64,
        ev.code,
        ev.source.code,
        ev.target.code,
        ev.source.text,
        ev.target.text,
        ev.evidence,
        m.sentence_text,
        ev.date,
        loc.map(|g| &g.name),
        ev.negated,
        ev.modality,
    ])?;
    Ok(created)
}
