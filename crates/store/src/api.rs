//! Queries for the HTTP API and the CLI filters they share: event filters from strings (query
//! parameters or flags), one event with its mentions, one article with its text, and the
//! aggregates the web page draws (events per day and quad class, events per place).
//!
//! Kept apart from `query.rs` so the two evolve independently; the filters themselves are still
//! [`EventQuery`]'s, so `warta events`, `warta export` and `GET /api/v1/events` agree.

use crate::query::{event_row, mention_row, EventQuery, EventRow, MentionRow, Sort, EVENT_COLUMNS, MENTION_COLUMNS};
use crate::{Result, Store, StoreError};
use rusqlite::OptionalExtension;

/// Event filters as strings and numbers, the way a query string or the command line gives them.
/// [`Filters::query`] checks them and builds the [`EventQuery`] (dates are checked when it runs).
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Filters {
    pub actor: Option<String>,
    pub source: Option<String>,
    pub target: Option<String>,
    pub code: Option<String>,
    pub root: Option<String>,
    pub quad: Option<u8>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub country: Option<String>,
    /// `LAT,LON` in degrees.
    pub near: Option<String>,
    /// Radius around `near` (default 50 km).
    pub radius_km: Option<f64>,
    pub text: Option<String>,
    pub min_articles: Option<u32>,
}

/// Radius of `near` when none is given.
pub const DEFAULT_RADIUS_KM: f64 = 50.0;

fn nonempty(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

impl Filters {
    /// The query these filters describe (limit 0, offset 0, newest first: set those after).
    pub fn query(&self) -> Result<EventQuery> {
        if let Some(q) = self.quad {
            if !(1..=4).contains(&q) {
                return Err(StoreError::Invalid(format!(
                    "quad `{q}`: quad classes are 1 to 4 (verbal/material cooperation, verbal/material conflict)"
                )));
            }
        }
        let near = match nonempty(&self.near) {
            None => None,
            Some(s) => Some(parse_near(&s, self.radius_km.unwrap_or(DEFAULT_RADIUS_KM))?),
        };
        Ok(EventQuery {
            actor: nonempty(&self.actor),
            source: nonempty(&self.source),
            target: nonempty(&self.target),
            code: nonempty(&self.code),
            root: nonempty(&self.root),
            quad: self.quad,
            from: nonempty(&self.from),
            to: nonempty(&self.to),
            country: nonempty(&self.country),
            near,
            text: nonempty(&self.text),
            min_articles: self.min_articles,
            ..EventQuery::default()
        })
    }
}

/// `LAT,LON` and a radius into `near`; ranges are checked when the query runs.
pub fn parse_near(s: &str, radius_km: f64) -> Result<(f64, f64, f64)> {
    let parts: Vec<&str> = s.split(',').map(str::trim).collect();
    match parts.as_slice() {
        [a, b] => match (a.parse::<f64>(), b.parse::<f64>()) {
            (Ok(lat), Ok(lon)) if lat.is_finite() && lon.is_finite() => Ok((lat, lon, radius_km)),
            _ => Err(near_error(s)),
        },
        _ => Err(near_error(s)),
    }
}

fn near_error(s: &str) -> StoreError {
    StoreError::Invalid(format!("near `{s}`: give LAT,LON in degrees, e.g. -6.2,106.8"))
}

/// A sort order by name: `date` (newest first), `oldest`, `mentions`, `goldstein`.
pub fn parse_sort(s: &str) -> Result<Sort> {
    match s.trim() {
        "" | "date" => Ok(Sort::Date),
        "oldest" | "date_asc" => Ok(Sort::DateAsc),
        "mentions" => Ok(Sort::Mentions),
        "goldstein" => Ok(Sort::Goldstein),
        o => Err(StoreError::Invalid(format!(
            "sort `{o}`: one of date, oldest, mentions, goldstein"
        ))),
    }
}

/// A mention with the stored article it comes from (`article` is the id of `GET /api/v1/articles/{id}`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ArticleMention {
    pub article: i64,
    #[serde(flatten)]
    pub mention: MentionRow,
}

/// A stored article: its metadata, its text and the events it reports.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Article {
    pub id: i64,
    pub doc_id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub lang: String,
    pub published: Option<String>,
    pub text: String,
    /// Ids of the (deduplicated) events this article mentions, in the order of its mentions.
    pub event_ids: Vec<i64>,
}

/// Events of one day and quad class.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DayCount {
    pub date: String,
    pub quad_class: u8,
    pub events: i64,
    pub mentions: i64,
}

/// Events at one place (same coordinates).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PlaceCount {
    pub place: Option<String>,
    pub country: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub events: i64,
    pub mentions: i64,
    /// Events per quad class 1–4.
    pub quads: [i64; 4],
    /// The quad class with most mentions here (ties: the more conflictual).
    pub quad_class: u8,
}

impl Store {
    /// One event by id.
    pub fn event(&self, id: i64) -> Result<Option<EventRow>> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e WHERE e.id = ?1");
        self.conn
            .query_row(&sql, [id], event_row)
            .optional()
            .map_err(|e| self.err(e))
    }

    /// The mentions of one event with their article ids, in document order.
    pub fn event_mentions(&self, event_id: i64) -> Result<Vec<ArticleMention>> {
        let sql = format!(
            "SELECT {MENTION_COLUMNS}, m.doc FROM mentions m JOIN documents d ON d.id = m.doc \
             WHERE m.event_id = ?1 ORDER BY m.id"
        );
        let mut s = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = s
            .query_map([event_id], |r| {
                Ok(ArticleMention {
                    mention: mention_row(r)?,
                    article: r.get(16)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.err(e))
    }

    /// One stored article by id, with its text.
    pub fn article(&self, id: i64) -> Result<Option<Article>> {
        let row = self
            .conn
            .query_row(
                "SELECT d.id, d.doc_id, d.title, d.url, d.source, d.lang, d.published, f.body \
                 FROM documents d LEFT JOIN docs_fts f ON f.rowid = d.id WHERE d.id = ?1",
                [id],
                |r| {
                    Ok(Article {
                        id: r.get(0)?,
                        doc_id: r.get(1)?,
                        title: r.get(2)?,
                        url: r.get(3)?,
                        source: r.get(4)?,
                        lang: r.get(5)?,
                        published: r.get(6)?,
                        text: r.get::<_, Option<String>>(7)?.unwrap_or_default(),
                        event_ids: Vec::new(),
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let Some(mut a) = row else { return Ok(None) };
        let mut s = self
            .conn
            .prepare_cached("SELECT event_id FROM mentions WHERE doc = ?1 GROUP BY event_id ORDER BY min(id)")
            .map_err(|e| self.err(e))?;
        a.event_ids = s
            .query_map([id], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        Ok(Some(a))
    }

    /// The id of the stored article with this input id and publication date (the first stored).
    pub fn article_id(&self, doc_id: &str, published: Option<&str>) -> Result<Option<i64>> {
        self.conn
            .prepare_cached(
                "SELECT id FROM documents WHERE doc_id = ?1 AND coalesce(published, '') = coalesce(?2, '') \
                 ORDER BY id LIMIT 1",
            )
            .and_then(|mut s| {
                s.query_row(rusqlite::params![doc_id, published], |r| r.get(0))
                    .optional()
            })
            .map_err(|e| self.err(e))
    }

    /// Events per day and quad class of the events matching `q` (limit and offset ignored), by day.
    pub fn timeline(&self, q: &EventQuery) -> Result<Vec<DayCount>> {
        let (w, p) = q.where_sql(self)?;
        let and = if w.is_empty() { "WHERE" } else { "AND" };
        let sql = format!(
            "SELECT e.sql_date, e.quad, count(*), sum(e.num_mentions) FROM events e {w} {and} e.sql_date IS NOT NULL \
             GROUP BY e.sql_date, e.quad ORDER BY e.sql_date, e.quad"
        );
        let mut s = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = s
            .query_map(rusqlite::params_from_iter(p), |r| {
                Ok(DayCount {
                    date: r.get(0)?,
                    quad_class: r.get(1)?,
                    events: r.get(2)?,
                    mentions: r.get(3)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.err(e))
    }

    /// Events per place of the events matching `q` that have coordinates, most mentioned first,
    /// at most `limit` places.
    pub fn places(&self, q: &EventQuery, limit: usize) -> Result<Vec<PlaceCount>> {
        let (w, p) = q.where_sql(self)?;
        let and = if w.is_empty() { "WHERE" } else { "AND" };
        let sql = format!(
            "SELECT min(e.place), min(e.place_country), e.lat, e.lon, count(*), sum(e.num_mentions), \
             sum(e.quad = 1), sum(e.quad = 2), sum(e.quad = 3), sum(e.quad = 4), \
             sum(CASE e.quad WHEN 1 THEN e.num_mentions END), sum(CASE e.quad WHEN 2 THEN e.num_mentions END), \
             sum(CASE e.quad WHEN 3 THEN e.num_mentions END), sum(CASE e.quad WHEN 4 THEN e.num_mentions END) \
             FROM events e {w} {and} e.lat IS NOT NULL AND e.lon IS NOT NULL \
             GROUP BY e.lat, e.lon ORDER BY 6 DESC, 5 DESC LIMIT {}",
            limit.min(i64::MAX as usize)
        );
        let mut s = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = s
            .query_map(rusqlite::params_from_iter(p), |r| {
                let quads = [r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?];
                let mut weight = [0i64; 4];
                for (i, w) in weight.iter_mut().enumerate() {
                    *w = r.get::<_, Option<i64>>(10 + i)?.unwrap_or(0);
                }
                let quad_class = (0..4).max_by_key(|&i| weight[i]).map_or(1, |i| i as u8 + 1);
                Ok(PlaceCount {
                    place: r.get(0)?,
                    country: r.get(1)?,
                    lat: r.get(2)?,
                    lon: r.get(3)?,
                    events: r.get(4)?,
                    mentions: r.get(5)?,
                    quads,
                    quad_class,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.err(e))
    }
}

/// Events as CSV (the columns of `warta export --format csv`), header first.
pub fn events_csv(rows: &[EventRow]) -> String {
    let header: Vec<&str> = crate::export::EVENT_SCHEMA.iter().map(|(n, _)| *n).collect();
    let mut out = header.join(",");
    out.push('\n');
    for e in rows {
        let cells: Vec<String> = crate::export::event_cells(e).iter().map(csv_cell).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// One CSV cell: quoted when it holds a comma, quote or line break.
pub fn csv_cell(c: &crate::export::Cell) -> String {
    use crate::export::Cell;
    match c {
        Cell::Int(Some(v)) => v.to_string(),
        Cell::Real(Some(v)) => v.to_string(),
        Cell::Bool(b) => u8::from(*b).to_string(),
        Cell::Text(Some(s)) if s.contains([',', '"', '\n', '\r']) => format!("\"{}\"", s.replace('"', "\"\"")),
        Cell::Text(Some(s)) => s.clone(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_build_queries_and_reject_bad_values() {
        let f = Filters {
            actor: Some(" FRA ".into()),
            near: Some("35.95, 39.01".into()),
            quad: Some(4),
            text: Some("   ".into()),
            ..Filters::default()
        };
        let q = f.query().unwrap();
        assert_eq!(q.actor.as_deref(), Some("FRA"));
        assert_eq!(q.near, Some((35.95, 39.01, DEFAULT_RADIUS_KM)));
        assert_eq!(q.text, None);
        assert!(Filters {
            quad: Some(5),
            ..Filters::default()
        }
        .query()
        .is_err());
        assert!(Filters {
            near: Some("35.9".into()),
            ..Filters::default()
        }
        .query()
        .is_err());
        assert!(Filters {
            near: Some("a,b".into()),
            ..Filters::default()
        }
        .query()
        .is_err());
        assert_eq!(parse_sort("mentions").unwrap(), Sort::Mentions);
        assert!(parse_sort("loudest").is_err());
    }
}
