//! `warta export`: events (and their mentions) as JSONL, CSV with GDELT-like columns, or
//! Parquet partitioned by date (Hive style: `events/date=2015-11-17/part-0.parquet`).

use crate::query::{event_row, mention_row, EventQuery, EventRow, MentionRow, EVENT_COLUMNS, MENTION_COLUMNS};
use crate::{primary, Result, Store, StoreError};
use std::io::Write;

/// A cell of an exported table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Int(Option<i64>),
    Real(Option<f64>),
    Text(Option<String>),
    Bool(bool),
}

/// The column types, for Parquet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    Int,
    Real,
    Text,
    Bool,
}

/// Event columns: GDELT 2.0 names where GDELT has the field, then warta's own.
pub const EVENT_SCHEMA: &[(&str, Type)] = &[
    ("GLOBALEVENTID", Type::Int),
    ("SQLDATE", Type::Int),
    ("MonthYear", Type::Int),
    ("Year", Type::Int),
    ("Actor1Code", Type::Text),
    ("Actor1Name", Type::Text),
    ("Actor1CountryCode", Type::Text),
    ("Actor1KnownGroupCode", Type::Text),
    ("Actor2Code", Type::Text),
    ("Actor2Name", Type::Text),
    ("Actor2CountryCode", Type::Text),
    ("Actor2KnownGroupCode", Type::Text),
    ("EventCode", Type::Text),
    ("EventBaseCode", Type::Text),
    ("EventRootCode", Type::Text),
    ("QuadClass", Type::Int),
    ("GoldsteinScale", Type::Real),
    ("NumMentions", Type::Int),
    ("NumSources", Type::Int),
    ("NumArticles", Type::Int),
    ("ActionGeo_FullName", Type::Text),
    ("ActionGeo_CountryCode", Type::Text),
    ("ActionGeo_Lat", Type::Real),
    ("ActionGeo_Long", Type::Real),
    ("ActionGeo_FeatureID", Type::Int),
    ("DATEADDED", Type::Text),
    ("SOURCEURL", Type::Text),
    ("EventDate", Type::Text),
    ("DateFromText", Type::Bool),
];

pub const MENTION_SCHEMA: &[(&str, Type)] = &[
    ("GLOBALEVENTID", Type::Int),
    ("EventTimeDate", Type::Int),
    ("MentionTimeDate", Type::Int),
    ("MentionSourceName", Type::Text),
    ("MentionIdentifier", Type::Text),
    ("DocumentID", Type::Text),
    ("SentenceID", Type::Int),
    ("EventCode", Type::Text),
    ("Actor1Code", Type::Text),
    ("Actor2Code", Type::Text),
    ("Actor1Text", Type::Text),
    ("Actor2Text", Type::Text),
    ("Evidence", Type::Text),
    ("Sentence", Type::Text),
    ("MentionEventDate", Type::Text),
    ("Negated", Type::Bool),
    ("Modality", Type::Text),
];

/// CAMEO codes of three letters that are roles, not countries (`GOV` alone: a government of no
/// stated country).
const ROLE_CODES: &[&str] = &[
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "HLH", "REF", "LAB",
    "ELI", "AGR", "ENV", "LEG", "MOD", "RAD", "INS", "UAF", "SEP", "IGO", "NGO", "IMG", "MNC", "NGM", "INT", "---",
];

fn country_and_group(code: &str) -> (Option<String>, Option<String>) {
    let p = primary(code);
    if p.len() == 6 {
        return (None, Some(p[3..].to_string()));
    }
    let is_country = p.len() == 3 && p.bytes().all(|b| b.is_ascii_uppercase()) && !ROLE_CODES.contains(&p);
    (is_country.then(|| p.to_string()), None)
}

/// `2015-11-17` → 20151117.
fn yyyymmdd(d: Option<&str>) -> Option<i64> {
    let d = d?;
    let digits: String = d.chars().filter(char::is_ascii_digit).collect();
    (digits.len() == 8).then(|| digits.parse().ok()).flatten()
}

pub fn event_cells(e: &EventRow) -> Vec<Cell> {
    let t = |s: &str| Cell::Text(Some(s.to_string()));
    let o = |s: &Option<String>| Cell::Text(s.clone());
    let date = yyyymmdd(e.date.as_deref());
    let (c1, g1) = country_and_group(&e.source);
    let (c2, g2) = country_and_group(&e.target);
    vec![
        Cell::Int(Some(e.id)),
        Cell::Int(date),
        Cell::Int(date.map(|d| d / 100)),
        Cell::Int(date.map(|d| d / 10_000)),
        t(&e.source),
        o(&e.source_name),
        Cell::Text(c1),
        Cell::Text(g1),
        t(&e.target),
        o(&e.target_name),
        Cell::Text(c2),
        Cell::Text(g2),
        t(&e.code),
        t(e.code.get(..3).unwrap_or(&e.code)),
        t(&e.root),
        Cell::Int(Some(e.quad_class.into())),
        Cell::Real(Some(e.goldstein)),
        Cell::Int(Some(e.num_mentions)),
        Cell::Int(Some(e.num_sources)),
        Cell::Int(Some(e.num_articles)),
        o(&e.place),
        o(&e.country),
        Cell::Real(e.lat),
        Cell::Real(e.lon),
        Cell::Int(e.geonameid),
        t(&e.added),
        o(&e.source_url),
        o(&e.date),
        Cell::Bool(e.date_from_text),
    ]
}

pub fn mention_cells(m: &MentionRow, event_date: Option<&str>) -> Vec<Cell> {
    let t = |s: &str| Cell::Text(Some(s.to_string()));
    vec![
        Cell::Int(Some(m.event_id)),
        Cell::Int(yyyymmdd(event_date)),
        Cell::Int(yyyymmdd(m.published.as_deref())),
        Cell::Text(m.source.clone()),
        Cell::Text(m.url.clone().or_else(|| Some(m.doc_id.clone()))),
        t(&m.doc_id),
        Cell::Int(Some(m.sentence)),
        t(&m.code),
        t(&m.source_code),
        t(&m.target_code),
        t(&m.source_text),
        t(&m.target_text),
        t(&m.evidence),
        t(&m.sentence_text),
        Cell::Text(m.date.clone()),
        Cell::Bool(m.negated),
        t(&m.modality),
    ]
}

fn csv_field(out: &mut String, c: &Cell) {
    match c {
        Cell::Int(Some(v)) => out.push_str(&v.to_string()),
        Cell::Real(Some(v)) => out.push_str(&v.to_string()),
        Cell::Bool(b) => out.push(if *b { '1' } else { '0' }),
        Cell::Text(Some(s)) => {
            if s.contains([',', '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&s.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(s);
            }
        }
        Cell::Int(None) | Cell::Real(None) | Cell::Text(None) => {}
    }
}

fn csv_line(cells: &[Cell]) -> String {
    let mut s = String::new();
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        csv_field(&mut s, c);
    }
    s.push('\n');
    s
}

fn csv_header(schema: &[(&str, Type)]) -> String {
    let names: Vec<&str> = schema.iter().map(|(n, _)| *n).collect();
    format!("{}\n", names.join(","))
}

impl Store {
    /// Calls `f` for every event matching `q` (limit and offset ignored), oldest first.
    pub fn for_each_event(&self, q: &EventQuery, mut f: impl FnMut(EventRow) -> Result<()>) -> Result<usize> {
        let (w, p) = q.where_sql(self)?;
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e {w} ORDER BY e.sql_date, e.id");
        let mut s = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let mut rows = s.query(rusqlite::params_from_iter(p)).map_err(|e| self.err(e))?;
        let mut n = 0;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            f(event_row(r).map_err(|e| self.err(e))?)?;
            n += 1;
        }
        Ok(n)
    }

    /// Calls `f` for every mention of the events matching `q`, with its event's date, by event date.
    pub fn for_each_mention(
        &self,
        q: &EventQuery,
        mut f: impl FnMut(MentionRow, Option<String>) -> Result<()>,
    ) -> Result<usize> {
        let (w, p) = q.where_sql(self)?;
        let sql = format!(
            "SELECT {MENTION_COLUMNS}, e.sql_date FROM mentions m JOIN events e ON e.id = m.event_id \
             JOIN documents d ON d.id = m.doc {w} ORDER BY e.sql_date, m.event_id, m.id"
        );
        let mut s = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let mut rows = s.query(rusqlite::params_from_iter(p)).map_err(|e| self.err(e))?;
        let mut n = 0;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let m = mention_row(r).map_err(|e| self.err(e))?;
            let date: Option<String> = r.get(16).map_err(|e| self.err(e))?;
            f(m, date)?;
            n += 1;
        }
        Ok(n)
    }

    /// Events as JSONL, each with its mentions.
    pub fn export_jsonl(&self, q: &EventQuery, out: &mut dyn Write) -> Result<usize> {
        let io = |e: std::io::Error| StoreError::Io {
            path: "output".into(),
            source: e,
        };
        self.for_each_event(q, |e| {
            let mentions = self.mentions(e.id)?;
            let mut v = serde_json::to_value(&e).map_err(|x| StoreError::Invalid(x.to_string()))?;
            v["mentions"] = serde_json::to_value(&mentions).map_err(|x| StoreError::Invalid(x.to_string()))?;
            writeln!(out, "{v}").map_err(io)
        })
    }

    /// Events (or mentions) as CSV with a header line.
    pub fn export_csv(&self, q: &EventQuery, mentions: bool, out: &mut dyn Write) -> Result<usize> {
        let io = |e: std::io::Error| StoreError::Io {
            path: "output".into(),
            source: e,
        };
        if mentions {
            out.write_all(csv_header(MENTION_SCHEMA).as_bytes()).map_err(io)?;
            self.for_each_mention(q, |m, d| {
                out.write_all(csv_line(&mention_cells(&m, d.as_deref())).as_bytes())
                    .map_err(io)
            })
        } else {
            out.write_all(csv_header(EVENT_SCHEMA).as_bytes()).map_err(io)?;
            self.for_each_event(q, |e| out.write_all(csv_line(&event_cells(&e)).as_bytes()).map_err(io))
        }
    }
}

/// Hive-style partition folder name of a date (`date=2015-11-17`, `date=unknown`).
pub fn partition(date: Option<&str>) -> String {
    format!("date={}", date.unwrap_or("unknown"))
}

#[cfg(feature = "parquet")]
mod pq {
    use super::*;
    use arrow_array::builder::{BooleanBuilder, Float64Builder, Int64Builder, StringBuilder};
    use arrow_array::{ArrayRef, RecordBatch};
    use arrow_schema::{DataType, Field, Schema};
    use parquet::arrow::ArrowWriter;
    use parquet::basic::Compression;
    use parquet::file::properties::WriterProperties;
    use std::path::{Path, PathBuf};
    use std::sync::Arc;

    fn pq_err(e: impl std::fmt::Display) -> StoreError {
        StoreError::Parquet(e.to_string())
    }

    pub fn arrow_schema(schema: &[(&str, Type)]) -> Arc<Schema> {
        let fields: Vec<Field> = schema
            .iter()
            .map(|(n, t)| {
                let dt = match t {
                    Type::Int => DataType::Int64,
                    Type::Real => DataType::Float64,
                    Type::Text => DataType::Utf8,
                    Type::Bool => DataType::Boolean,
                };
                Field::new(*n, dt, !matches!(t, Type::Bool))
            })
            .collect();
        Arc::new(Schema::new(fields))
    }

    fn batch(schema: &[(&str, Type)], rows: &[Vec<Cell>]) -> Result<RecordBatch> {
        let mut cols: Vec<ArrayRef> = Vec::with_capacity(schema.len());
        for (i, (_, t)) in schema.iter().enumerate() {
            let col: ArrayRef = match t {
                Type::Int => {
                    let mut b = Int64Builder::with_capacity(rows.len());
                    for r in rows {
                        b.append_option(if let Cell::Int(v) = &r[i] { *v } else { None });
                    }
                    Arc::new(b.finish())
                }
                Type::Real => {
                    let mut b = Float64Builder::with_capacity(rows.len());
                    for r in rows {
                        b.append_option(if let Cell::Real(v) = &r[i] { *v } else { None });
                    }
                    Arc::new(b.finish())
                }
                Type::Text => {
                    let mut b = StringBuilder::new();
                    for r in rows {
                        b.append_option(if let Cell::Text(v) = &r[i] { v.as_deref() } else { None });
                    }
                    Arc::new(b.finish())
                }
                Type::Bool => {
                    let mut b = BooleanBuilder::with_capacity(rows.len());
                    for r in rows {
                        b.append_value(matches!(&r[i], Cell::Bool(true)));
                    }
                    Arc::new(b.finish())
                }
            };
            cols.push(col);
        }
        RecordBatch::try_new(arrow_schema(schema), cols).map_err(pq_err)
    }

    /// Writes rows of one partition to `dir/date=…/part-0.parquet`.
    fn write_part(dir: &Path, date: Option<&str>, schema: &[(&str, Type)], rows: &[Vec<Cell>]) -> Result<PathBuf> {
        let folder = dir.join(partition(date));
        std::fs::create_dir_all(&folder).map_err(|e| StoreError::Io {
            path: folder.display().to_string(),
            source: e,
        })?;
        let path = folder.join("part-0.parquet");
        let file = std::fs::File::create(&path).map_err(|e| StoreError::Io {
            path: path.display().to_string(),
            source: e,
        })?;
        let props = WriterProperties::builder().set_compression(Compression::SNAPPY).build();
        let mut w = ArrowWriter::try_new(file, arrow_schema(schema), Some(props)).map_err(pq_err)?;
        w.write(&batch(schema, rows)?).map_err(pq_err)?;
        w.close().map_err(pq_err)?;
        Ok(path)
    }

    /// Groups consecutive rows (sorted by date) into partitions.
    struct Parts<'a> {
        dir: PathBuf,
        schema: &'a [(&'a str, Type)],
        date: Option<Option<String>>,
        rows: Vec<Vec<Cell>>,
        files: usize,
    }

    impl Parts<'_> {
        fn push(&mut self, date: Option<String>, row: Vec<Cell>) -> Result<()> {
            if self.date.as_ref().is_some_and(|d| *d != date) {
                self.flush()?;
            }
            self.date = Some(date);
            self.rows.push(row);
            Ok(())
        }

        fn flush(&mut self) -> Result<()> {
            if let Some(d) = self.date.take() {
                if !self.rows.is_empty() {
                    write_part(&self.dir, d.as_deref(), self.schema, &self.rows)?;
                    self.files += 1;
                }
            }
            self.rows.clear();
            Ok(())
        }
    }

    impl Store {
        /// Events to `dir/events/date=…/part-0.parquet` and their mentions to
        /// `dir/mentions/date=…/part-0.parquet` (a mention sits in its event's date).
        /// Returns (events, mentions, files).
        pub fn export_parquet(&self, q: &EventQuery, dir: &Path) -> Result<(usize, usize, usize)> {
            for sub in ["events", "mentions"] {
                let p = dir.join(sub);
                if p.exists() {
                    std::fs::remove_dir_all(&p).map_err(|e| StoreError::Io {
                        path: p.display().to_string(),
                        source: e,
                    })?;
                }
            }
            let mut ev = Parts {
                dir: dir.join("events"),
                schema: EVENT_SCHEMA,
                date: None,
                rows: Vec::new(),
                files: 0,
            };
            let n_events = self.for_each_event(q, |e| ev.push(e.date.clone(), event_cells(&e)))?;
            ev.flush()?;
            let mut me = Parts {
                dir: dir.join("mentions"),
                schema: MENTION_SCHEMA,
                date: None,
                rows: Vec::new(),
                files: 0,
            };
            let n_mentions = self.for_each_mention(q, |m, d| {
                let cells = mention_cells(&m, d.as_deref());
                me.push(d, cells)
            })?;
            me.flush()?;
            Ok((n_events, n_mentions, ev.files + me.files))
        }
    }
}

#[cfg(feature = "parquet")]
pub use pq::arrow_schema;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quoting() {
        let l = csv_line(&[
            Cell::Int(Some(3)),
            Cell::Text(Some("a, \"b\"".into())),
            Cell::Text(None),
            Cell::Bool(true),
        ]);
        assert_eq!(l, "3,\"a, \"\"b\"\"\",,1\n");
    }

    #[test]
    fn countries_and_groups() {
        assert_eq!(country_and_group("FRAGOV"), (Some("FRA".into()), None));
        assert_eq!(country_and_group("IGOUNO"), (None, Some("UNO".into())));
        assert_eq!(country_and_group("GOV"), (None, None));
        assert_eq!(country_and_group("---"), (None, None));
        assert_eq!(yyyymmdd(Some("2015-11-17")), Some(20151117));
        assert_eq!(yyyymmdd(Some("2015-11")), None);
        assert_eq!(EVENT_SCHEMA.len(), event_cells(&sample()).len());
    }

    fn sample() -> EventRow {
        EventRow {
            id: 1,
            date: Some("2015-11-17".into()),
            date_from_text: true,
            code: "195".into(),
            root: "19".into(),
            quad_class: 4,
            goldstein: -10.0,
            source: "RUSMIL".into(),
            source_name: None,
            target: "IMGMUSISI".into(),
            target_name: Some("ISIS".into()),
            place: None,
            country: None,
            lat: None,
            lon: None,
            geonameid: None,
            num_mentions: 1,
            num_articles: 1,
            num_sources: 1,
            source_url: None,
            added: "x".into(),
        }
    }
}
