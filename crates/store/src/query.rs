//! `warta events`: filtered, sorted, paginated event queries.

use crate::{Result, Store};
use rusqlite::functions::FunctionFlags;
use rusqlite::types::Value;
use rusqlite::Connection;

/// Filters of `warta events`. Every field is optional; all given ones must hold.
#[derive(Debug, Clone, Default)]
pub struct EventQuery {
    /// Actor code or prefix on either side (`IDN` matches `IDNGOV`, `IDNMIL`…).
    pub actor: Option<String>,
    /// Source actor code or prefix.
    pub source: Option<String>,
    /// Target actor code or prefix.
    pub target: Option<String>,
    /// CAMEO code or prefix (`19` matches `190`…`196`, `042` only `042x`).
    pub code: Option<String>,
    /// Two-digit root.
    pub root: Option<String>,
    pub quad: Option<u8>,
    /// `YYYY-MM-DD`, inclusive, on the event's date (the publication day when the text gives none).
    pub from: Option<String>,
    pub to: Option<String>,
    /// ISO 3166-1 alpha-2 of the event's place.
    pub country: Option<String>,
    /// (lat, lon, radius km).
    pub near: Option<(f64, f64, f64)>,
    /// Full-text query over the articles reporting the event (words match by root too).
    pub text: Option<String>,
    /// Only events reported by at least this many articles.
    pub min_articles: Option<u32>,
    pub sort: Sort,
    pub limit: usize,
    pub offset: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Newest first (by date, then id).
    #[default]
    Date,
    /// Oldest first.
    DateAsc,
    /// Most mentioned first.
    Mentions,
    /// Most negative Goldstein first.
    Goldstein,
}

/// One event as listed.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventRow {
    pub id: i64,
    pub date: Option<String>,
    /// Whether `date` comes from the text (else it is the publication day).
    pub date_from_text: bool,
    pub code: String,
    pub root: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub source: String,
    pub source_name: Option<String>,
    pub target: String,
    pub target_name: Option<String>,
    pub place: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonameid: Option<i64>,
    pub num_mentions: i64,
    pub num_articles: i64,
    pub num_sources: i64,
    pub source_url: Option<String>,
    pub added: String,
}

/// One mention of an event.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MentionRow {
    pub event_id: i64,
    pub doc_id: String,
    pub url: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub sentence: i64,
    pub code: String,
    pub source_code: String,
    pub target_code: String,
    pub source_text: String,
    pub target_text: String,
    pub evidence: String,
    pub sentence_text: String,
    pub date: Option<String>,
    pub negated: bool,
    pub modality: String,
}

pub(crate) const EVENT_COLUMNS: &str = "e.id, e.sql_date, e.day IS NOT NULL, e.code, e.root, e.quad, e.goldstein, \
    e.src_code, e.src_name, e.tgt_code, e.tgt_name, e.place, e.place_country, e.lat, e.lon, e.geonameid, \
    e.num_mentions, e.num_articles, e.num_sources, e.source_url, e.added";

pub(crate) fn event_row(r: &rusqlite::Row) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        id: r.get(0)?,
        date: r.get(1)?,
        date_from_text: r.get(2)?,
        code: r.get(3)?,
        root: r.get(4)?,
        quad_class: r.get(5)?,
        goldstein: r.get(6)?,
        source: r.get(7)?,
        source_name: r.get(8)?,
        target: r.get(9)?,
        target_name: r.get(10)?,
        place: r.get(11)?,
        country: r.get(12)?,
        lat: r.get(13)?,
        lon: r.get(14)?,
        geonameid: r.get(15)?,
        num_mentions: r.get(16)?,
        num_articles: r.get(17)?,
        num_sources: r.get(18)?,
        source_url: r.get(19)?,
        added: r.get(20)?,
    })
}

pub(crate) const MENTION_COLUMNS: &str = "m.event_id, d.doc_id, d.url, d.source, d.published, m.sentence, m.code, \
    m.src_code, m.tgt_code, m.src_text, m.tgt_text, m.evidence, m.sentence_text, m.date, m.negated, m.modality";

pub(crate) fn mention_row(r: &rusqlite::Row) -> rusqlite::Result<MentionRow> {
    Ok(MentionRow {
        event_id: r.get(0)?,
        doc_id: r.get(1)?,
        url: r.get(2)?,
        source: r.get(3)?,
        published: r.get(4)?,
        sentence: r.get(5)?,
        code: r.get(6)?,
        source_code: r.get(7)?,
        target_code: r.get(8)?,
        source_text: r.get(9)?,
        target_text: r.get(10)?,
        evidence: r.get(11)?,
        sentence_text: r.get(12)?,
        date: r.get(13)?,
        negated: r.get(14)?,
        modality: r.get(15)?,
    })
}

/// Great-circle distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0088 * 2.0 * a.sqrt().min(1.0).asin()
}

pub(crate) fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    conn.create_scalar_function(
        "dist_km",
        4,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let lat1: Option<f64> = ctx.get(0)?;
            let lon1: Option<f64> = ctx.get(1)?;
            let (lat2, lon2): (f64, f64) = (ctx.get(2)?, ctx.get(3)?);
            Ok(match (lat1, lon1) {
                (Some(a), Some(b)) => Some(haversine_km(a, b, lat2, lon2)),
                _ => None,
            })
        },
    )
}

/// The upper bound of a prefix range: `IDN` → `IDO` (so `x >= 'IDN' AND x < 'IDO'` uses an index).
fn prefix_end(p: &str) -> String {
    let mut s = p.to_string();
    match s.pop() {
        Some(c) => {
            s.push(char::from_u32(c as u32 + 1).unwrap_or(char::MAX));
            s
        }
        None => "\u{10FFFF}".into(),
    }
}

/// A `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) bound, checked.
fn date_bound(s: &str, end: bool) -> Result<String> {
    let ok = |n: usize| s.len() == n && warta_core::parse_date(&format!("{s}{}", &"-01-01"[..10 - n])).is_some();
    if ok(10) || ok(7) || ok(4) {
        // `--to 2015-11` means through the end of November: compare as a prefix upper bound.
        Ok(if end && s.len() < 10 {
            prefix_end(s)
        } else {
            s.to_string()
        })
    } else {
        Err(crate::StoreError::Invalid(format!(
            "date `{s}` is not YYYY-MM-DD (or YYYY-MM, YYYY)"
        )))
    }
}

/// Matching events above which a place box is walked in date order (see `events`): below
/// it, sorting the box's events is cheap; above it, a page is found within a few thousand rows
/// of the date index in a store of millions.
const DENSE_BOX: u64 = 20_000;

/// Which side `--actor` is looked for on: one query over both (`Either`), or one per side (the two
/// halves of a union, each walking an index in date order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Either,
    Source,
    Target,
}

/// What an actor-code prefix says about the actor's primary (see [`crate::primary`]): the
/// primary of every code with prefix `p`, when they all share one, and whether the prefix
/// condition is then implied by it (`IDN`: every code starting with `IDN` has primary `IDN` and
/// every code of primary `IDN` starts with `IDN`).
fn primary_of_prefix(p: &str) -> Option<(String, bool)> {
    let n = warta_pipeline::primary_len(p);
    (p.len() >= n && p.is_ascii()).then(|| (p[..n].to_string(), p.len() == n))
}

/// Conditions on one side's actor code (`col` is `src` or `tgt`): the primary when the prefix
/// fixes it (an equality, so the `(…_primary, sql_date)` indexes give the rows in date order),
/// and the code range when the primary alone does not imply it.
fn actor_clause(col: &str, prefix: &str) -> (String, Vec<Value>) {
    let p = prefix.trim().to_ascii_uppercase();
    let range = format!("e.{col}_code >= ? AND e.{col}_code < ?");
    let range_vals = vec![Value::Text(p.clone()), Value::Text(prefix_end(&p))];
    match primary_of_prefix(&p) {
        Some((prim, true)) => (format!("e.{col}_primary = ?"), vec![Value::Text(prim)]),
        Some((prim, false)) => {
            let mut v = vec![Value::Text(prim)];
            v.extend(range_vals);
            (format!("e.{col}_primary = ? AND {range}"), v)
        }
        None => (range, range_vals),
    }
}

impl EventQuery {
    /// The WHERE clause and its parameters.
    pub(crate) fn where_sql(&self, store: &Store) -> Result<(String, Vec<Value>)> {
        let mut p = Vec::new();
        let w = self.where_side(store, Side::Either, &mut p)?;
        Ok((w, p))
    }

    /// The WHERE clause with `--actor` on `side`; parameters are appended to `p` and numbered
    /// after those already there (so several clauses can share one statement).
    pub(crate) fn where_side(&self, store: &Store, side: Side, p: &mut Vec<Value>) -> Result<String> {
        let mut w: Vec<String> = Vec::new();
        let mut push = |w: &mut Vec<String>, clause: &str, vals: Vec<Value>| {
            let mut c = String::with_capacity(clause.len() + 8);
            let mut vals = vals.into_iter();
            for ch in clause.chars() {
                if ch == '?' {
                    p.push(vals.next().unwrap_or(Value::Null));
                    c.push_str(&format!("?{}", p.len()));
                } else {
                    c.push(ch);
                }
            }
            w.push(c);
        };
        let text = |s: &str| Value::Text(s.trim().to_ascii_uppercase());
        if let Some(a) = &self.actor {
            let (src, mut sv) = actor_clause("src", a);
            let (tgt, tv) = actor_clause("tgt", a);
            match side {
                Side::Either => {
                    sv.extend(tv);
                    push(&mut w, &format!("(({src}) OR ({tgt}))"), sv);
                }
                Side::Source => push(&mut w, &src, sv),
                Side::Target => push(&mut w, &tgt, tv),
            }
        }
        if let Some(a) = &self.source {
            let (c, v) = actor_clause("src", a);
            push(&mut w, &c, v);
        }
        if let Some(a) = &self.target {
            let (c, v) = actor_clause("tgt", a);
            push(&mut w, &c, v);
        }
        if let Some(c) = &self.code {
            let c = c.trim();
            push(
                &mut w,
                "e.code >= ? AND e.code < ?",
                vec![text(c), text(&prefix_end(c))],
            );
        }
        if let Some(r) = &self.root {
            let r = r.trim();
            let r = if r.len() == 1 { format!("0{r}") } else { r.to_string() };
            push(&mut w, "e.root = ?", vec![Value::Text(r)]);
        }
        if let Some(q) = self.quad {
            push(&mut w, "e.quad = ?", vec![Value::Integer(q.into())]);
        }
        if let Some(f) = &self.from {
            push(&mut w, "e.sql_date >= ?", vec![Value::Text(date_bound(f, false)?)]);
        }
        if let Some(t) = &self.to {
            let b = date_bound(t, true)?;
            let op = if t.len() == 10 { "<=" } else { "<" };
            push(&mut w, &format!("e.sql_date {op} ?"), vec![Value::Text(b)]);
        }
        if let Some(c) = &self.country {
            push(&mut w, "e.place_country = ?", vec![text(c)]);
        }
        if let Some((lat, lon, km)) = self.near {
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) || km.is_nan() || km < 0.0 {
                return Err(crate::StoreError::Invalid(format!(
                    "--near {lat},{lon} --radius-km {km}: latitude -90..90, longitude -180..180, radius ≥ 0"
                )));
            }
            // A latitude band first (indexed), a longitude band (checked in the index), the exact
            // distance last. A degree is at least 111 km of latitude and 111·cos(lat) of longitude.
            let dlat = km / 111.0;
            let polar = (lat.abs() + dlat).to_radians().cos();
            let dlon = if polar > 0.01 { km / (111.0 * polar) } else { 360.0 };
            if lon - dlon >= -180.0 && lon + dlon <= 180.0 {
                push(
                    &mut w,
                    "e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?",
                    vec![
                        Value::Real(lat - dlat),
                        Value::Real(lat + dlat),
                        Value::Real(lon - dlon),
                        Value::Real(lon + dlon),
                    ],
                );
            } else {
                // Near a pole or the antimeridian: the latitude band only.
                push(
                    &mut w,
                    "e.lat BETWEEN ? AND ?",
                    vec![Value::Real(lat - dlat), Value::Real(lat + dlat)],
                );
            }
            push(
                &mut w,
                "dist_km(e.lat, e.lon, ?, ?) <= ?",
                vec![Value::Real(lat), Value::Real(lon), Value::Real(km)],
            );
        }
        if let Some(n) = self.min_articles {
            push(&mut w, "e.num_articles >= ?", vec![Value::Integer(n.into())]);
        }
        if let Some(t) = &self.text {
            let (surface, roots) = crate::search::fts_queries(t)?;
            let _ = store;
            push(
                &mut w,
                "e.id IN (SELECT m.event_id FROM mentions m WHERE m.doc IN \
                 (SELECT rowid FROM docs_fts WHERE docs_fts MATCH ? UNION SELECT rowid FROM roots_fts WHERE roots_fts MATCH ?))",
                vec![Value::Text(surface), Value::Text(roots)],
            );
        }
        Ok(if w.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", w.join(" AND "))
        })
    }
}

/// The result of [`Store::count_events_capped`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Count {
    /// Events counted: the exact count, or `cap` when there are more.
    pub n: i64,
    /// Whether there are more than `n`.
    pub more: bool,
}

impl Store {
    /// Events matching a query, sorted and paginated.
    pub fn events(&self, q: &EventQuery) -> Result<Vec<EventRow>> {
        self.events_with_dense_box(q, DENSE_BOX)
    }

    /// `events`, where a place box with more than `dense` matching events is walked in date
    /// order instead of being sorted.
    pub(crate) fn events_with_dense_box(&self, q: &EventQuery, dense: u64) -> Result<Vec<EventRow>> {
        let order = match q.sort {
            Sort::Date => "e.sql_date DESC, e.id DESC",
            Sort::DateAsc => "e.sql_date ASC, e.id ASC",
            Sort::Mentions => "e.num_mentions DESC, e.id DESC",
            Sort::Goldstein => "e.goldstein ASC, e.id DESC",
        };
        let limit = q.limit.min(i64::MAX as usize);
        let mut p = Vec::new();
        let sql = if q.actor.is_some() {
            // `--actor` on either side: an OR over two indexes would collect every match and
            // sort them all. Instead, each side gives its first offset+limit events in order
            // (an index walk that stops early) and the page is cut from their union.
            let k = q.offset.saturating_add(limit).min(i64::MAX as usize);
            let ws = q.where_side(self, Side::Source, &mut p)?;
            let wt = q.where_side(self, Side::Target, &mut p)?;
            format!(
                "SELECT {EVENT_COLUMNS} FROM events e WHERE e.id IN ( \
                 SELECT id FROM (SELECT e.id FROM events e {ws} ORDER BY {order} LIMIT {k}) \
                 UNION SELECT id FROM (SELECT e.id FROM events e {wt} ORDER BY {order} LIMIT {k})) \
                 ORDER BY {order} LIMIT {limit} OFFSET {}",
                q.offset
            )
        } else {
            // The page's ids first, full rows after: the filter and sort then often run in an
            // index alone (a place box in `events_geo` is sorted by date without reading a row),
            // and the sort carries ids instead of whole rows.
            let mut w = q.where_side(self, Side::Either, &mut p)?;
            // A box over a city the news reports from daily (a dateline) holds a good share
            // of the store: sorting all of it by date costs more than walking the date index
            // until the page is full, which then reads about total/matches rows per event.
            // `+` keeps the planner off the box's index.
            if q.near.is_some()
                && matches!(q.sort, Sort::Date | Sort::DateAsc)
                && self.count_events_capped(q, dense)?.more
            {
                w = w
                    .replace("e.lat BETWEEN", "+e.lat BETWEEN")
                    .replace("e.lon BETWEEN", "+e.lon BETWEEN");
            }
            format!(
                "SELECT {EVENT_COLUMNS} FROM events e WHERE e.id IN ( \
                 SELECT e.id FROM events e {w} ORDER BY {order} LIMIT {limit} OFFSET {}) ORDER BY {order}",
                q.offset
            )
        };
        let mut s = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = s
            .query_map(rusqlite::params_from_iter(p), event_row)
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.err(e))
    }

    /// How many events match (for paging).
    pub fn count_events(&self, q: &EventQuery) -> Result<i64> {
        self.count_events_capped(q, u64::MAX).map(|c| c.n)
    }

    /// How many events match, counting no further than `cap`: a page's "20 of 10,000+" costs
    /// at most `cap` index steps however many events match.
    pub fn count_events_capped(&self, q: &EventQuery, cap: u64) -> Result<Count> {
        let mut p = Vec::new();
        let cap = cap.min(i64::MAX as u64 - 1) as i64;
        let limit = if cap < i64::MAX - 1 {
            format!("LIMIT {}", cap + 1)
        } else {
            String::new()
        };
        // An OR over two indexes yields its rows as it goes, so the LIMIT stops it early.
        let w = q.where_side(self, Side::Either, &mut p)?;
        let sql = format!("SELECT count(*) FROM (SELECT 1 FROM events e {w} {limit})");
        let n: i64 = self
            .conn
            .query_row(&sql, rusqlite::params_from_iter(p), |r| r.get(0))
            .map_err(|e| self.err(e))?;
        Ok(if n > cap {
            Count { n: cap, more: true }
        } else {
            Count { n, more: false }
        })
    }

    /// The mentions of one event, in document order.
    pub fn mentions(&self, event_id: i64) -> Result<Vec<MentionRow>> {
        let sql = format!(
            "SELECT {MENTION_COLUMNS} FROM mentions m JOIN documents d ON d.id = m.doc \
             WHERE m.event_id = ?1 ORDER BY m.id"
        );
        let mut s = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = s.query_map([event_id], mention_row).map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.err(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_and_dates() {
        assert_eq!(prefix_end("IDN"), "IDO");
        assert_eq!(prefix_end("19"), "1:");
        assert!(date_bound("2015-11-17", false).is_ok());
        assert_eq!(date_bound("2015-11", true).unwrap(), "2015-12");
        assert!(date_bound("17/11/2015", false).is_err());
        assert!(date_bound("2015-13", false).is_err());
    }

    #[test]
    fn distances() {
        // Jakarta to Bandung is about 120 km.
        let d = haversine_km(-6.2, 106.8, -6.9, 107.6);
        assert!((110.0..130.0).contains(&d), "{d}");
        assert_eq!(haversine_km(1.0, 2.0, 1.0, 2.0), 0.0);
    }
}
