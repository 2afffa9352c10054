//! warta's store: coded news in one SQLite file (WAL), with event deduplication, filtered
//! event queries, full-text search with Indonesian morphology, and exports.
//!
//! The schema is in [`schema::SCHEMA`]; the deduplication rule is documented on [`dedup`]
//! and in this crate's README.

pub mod api;
pub mod dedup;
pub mod export;
pub mod ingest;
pub mod query;
pub mod schema;
pub mod search;
pub mod text;

use rusqlite::{params, Connection};
use std::path::{Path, PathBuf};
use warta_core::{InputDoc, OutputDoc};

pub use dedup::primary;
pub use ingest::{ingest, IngestOptions, IngestReport, Observer};
pub use query::{Count, EventQuery, EventRow, MentionRow};
pub use search::SearchHit;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Sql {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("{0}")]
    Invalid(String),
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[cfg(feature = "parquet")]
    #[error("parquet: {0}")]
    Parquet(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A database file of coded documents.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// A document coded and ready to be written: what the writer needs, computed off its thread.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// Content hash (see [`content_hash`]).
    pub hash: [u8; 16],
    /// The file the document came from.
    pub path: String,
    /// The text as read (the full-text index keeps it for snippets).
    pub text: String,
    /// Morphological roots of the title and text, space-separated (the second full-text column).
    pub roots: String,
    pub out: OutputDoc,
}

/// What one batch write did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct BatchStats {
    pub documents: usize,
    /// Documents already in the store (same content hash), left untouched.
    pub duplicates: usize,
    pub mentions: usize,
    /// Mentions that created a new event (the others joined an existing one).
    pub new_events: usize,
}

/// The identity of a document's content: xxh3-128 of its publication date and text. The same
/// text published on another day is another document; the same file read twice is not.
pub fn content_hash(doc: &InputDoc) -> [u8; 16] {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(doc.published.as_deref().unwrap_or("").as_bytes());
    h.update(&[0]);
    h.update(doc.text.as_bytes());
    h.digest128().to_be_bytes()
}

/// Codes one document and computes what the store indexes.
pub fn prepare(coder: &warta_pipeline::Coder, doc: &InputDoc, path: &str) -> Prepared {
    let out = coder.code(doc);
    let mut roots = String::new();
    if let Some(t) = &doc.title {
        text::push_roots(&mut roots, t, &out.lang);
    }
    text::push_roots(&mut roots, &doc.text, &out.lang);
    Prepared {
        hash: content_hash(doc),
        path: path.to_string(),
        text: doc.text.clone(),
        roots,
        out,
    }
}

impl Store {
    /// Opens (creating when absent) a store and brings its schema up to date. Query indexes that
    /// a killed bulk ingest left dropped are built again here (see [`Store::defer_indexes`]).
    pub fn open(path: &Path) -> Result<Store> {
        let mut s = Store::open_raw(path)?;
        if let Some(pid) = s.deferred_indexes()? {
            if !process_alive(pid) {
                s.build_indexes()?;
            }
        }
        Ok(s)
    }

    /// [`Store::open`] without building deferred indexes: an ingest resuming a killed one keeps
    /// them deferred and builds them at its own end.
    pub(crate) fn open_raw(path: &Path) -> Result<Store> {
        let p = path.display().to_string();
        let sql = |source| StoreError::Sql {
            path: p.clone(),
            source,
        };
        let conn = Connection::open(path).map_err(sql)?;
        conn.busy_timeout(std::time::Duration::from_secs(30)).map_err(sql)?;
        conn.execute_batch(schema::PRAGMAS).map_err(sql)?;
        // Creating the schema takes the write lock: skip it when the tables exist, so readers
        // (`warta events`, `stats`) never wait for a running ingest.
        let ready: bool = conn
            .query_row(
                "SELECT count(*) = 2 FROM sqlite_master WHERE name IN ('event_sources', 'roots_fts')",
                [],
                |r| r.get(0),
            )
            .map_err(sql)?;
        if !ready {
            // One transaction: a process killed while creating the schema leaves all of it or
            // none (a file with `documents` but no `mentions` table broke readers).
            conn.execute_batch(&format!("BEGIN IMMEDIATE; {} COMMIT;", schema::create_all()))
                .map_err(sql)?;
        }
        let version: i64 = conn
            .query_row(
                "SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema_version'), 1)",
                [],
                |r| r.get(0),
            )
            .map_err(sql)?;
        if version < 2 {
            // An older file: add the newer indexes once (this takes the write lock).
            conn.execute_batch(&format!("BEGIN IMMEDIATE; {} COMMIT;", schema::MIGRATE_2))
                .map_err(sql)?;
        }
        query::register_functions(&conn).map_err(sql)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Opens an existing store for reading; an absent file is an error (not a new empty store).
    pub fn open_existing(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(StoreError::Invalid(format!(
                "{}: no such database (create it with `warta ingest`)",
                path.display()
            )));
        }
        Store::open(path)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sql {
            path: self.path.display().to_string(),
            source,
        }
    }

    /// Settings for the connection a bulk ingest writes through: a page cache large enough for
    /// the indexes of a big store (the default misses on nearly every index insert past a few
    /// hundred thousand events), and a checkpoint every 64 MB of WAL instead of 4 MB (a hot index
    /// page is copied back once per checkpoint, not once per few batches). Crash safety is the
    /// same: WAL with `synchronous = NORMAL`.
    pub fn tune_for_ingest(&mut self) -> Result<()> {
        self.conn
            .execute_batch("PRAGMA cache_size = -524288; PRAGMA wal_autocheckpoint = 16384;")
            .map_err(|e| self.err(e))
    }

    /// Leaves checkpoints to another connection ([`Store::checkpoint`] on a thread of its own),
    /// so the writer does not wait for the disk's syncs; durability is the same (WAL).
    pub fn no_auto_checkpoint(&mut self) -> Result<()> {
        self.conn
            .execute_batch("PRAGMA wal_autocheckpoint = 0;")
            .map_err(|e| self.err(e))
    }

    /// Copies committed WAL frames into the database file. `wait` makes it wait for the
    /// writer and restart the WAL (bounding its size); otherwise it copies what it can at once.
    pub fn checkpoint(&self, wait: bool) -> Result<()> {
        let sql = if wait {
            "PRAGMA wal_checkpoint(RESTART)"
        } else {
            "PRAGMA wal_checkpoint(PASSIVE)"
        };
        self.conn.query_row(sql, [], |_| Ok(())).map_err(|e| self.err(e))
    }

    /// Whether a document with this content hash is stored.
    pub fn has_hash(&self, hash: &[u8; 16]) -> Result<bool> {
        self.conn
            .prepare_cached("SELECT 1 FROM documents WHERE hash = ?1")
            .and_then(|mut s| s.exists([&hash[..]]))
            .map_err(|e| self.err(e))
    }

    /// Writes documents with their events and mentions in ONE transaction: a run killed
    /// half-way leaves whole batches or nothing of them.
    pub fn write_batch(&mut self, docs: &[Prepared]) -> Result<BatchStats> {
        let path = self.path.display().to_string();
        let sql = |source| StoreError::Sql {
            path: path.clone(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(sql)?;
        let mut stats = BatchStats::default();
        let now = now_utc();
        let mut doc_events = Vec::new();
        for d in docs {
            let o = &d.out;
            let published = o.published.as_deref().and_then(warta_core::parse_date);
            let pub_day = published.map(days_of);
            let inserted = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO documents (hash, doc_id, path, url, source, title, lang, published, pub_day, \
                     n_sentences, n_events, ingested_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
                )
                .and_then(|mut s| {
                    s.execute(params![
                        &d.hash[..],
                        o.id,
                        d.path,
                        o.url,
                        o.source,
                        o.title,
                        o.lang.as_str(),
                        published.map(|p| p.to_string()).or_else(|| o.published.clone()),
                        pub_day,
                        o.sentences.len() as i64,
                        o.events.len() as i64,
                        now,
                    ])
                })
                .map_err(sql)?;
            if inserted == 0 {
                stats.duplicates += 1;
                continue;
            }
            let doc_row = tx.last_insert_rowid();
            stats.documents += 1;
            tx.prepare_cached("INSERT INTO docs_fts (rowid, title, body) VALUES (?1, ?2, ?3)")
                .and_then(|mut s| s.execute(params![doc_row, o.title.as_deref().unwrap_or(""), d.text]))
                .map_err(sql)?;
            tx.prepare_cached("INSERT INTO roots_fts (rowid, roots) VALUES (?1, ?2)")
                .and_then(|mut s| s.execute(params![doc_row, d.roots]))
                .map_err(sql)?;
            let source = dedup::source_of(o);
            doc_events.clear();
            for (i, ev) in o.events.iter().enumerate() {
                let ctx = dedup::MentionCtx {
                    doc_row,
                    pub_day,
                    source: &source,
                    url: o.url.as_deref(),
                    now: &now,
                    sentence_text: o.sentences.get(ev.sentence).map(String::as_str).unwrap_or(""),
                    ordinal: i,
                };
                let created = dedup::add_mention(&tx, ev, &ctx, &mut doc_events).map_err(sql)?;
                stats.mentions += 1;
                stats.new_events += usize::from(created);
            }
        }
        tx.commit().map_err(sql)?;
        Ok(stats)
    }

    /// The id of the process that dropped the query indexes for a bulk ingest, if they are dropped.
    pub fn deferred_indexes(&self) -> Result<Option<u32>> {
        use rusqlite::OptionalExtension;
        let v: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [schema::DEFERRED_KEY], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.err(e))?;
        // An unreadable id counts as a dead process: the indexes get built.
        Ok(v.map(|v| v.parse().unwrap_or(0)))
    }

    /// Drops the query indexes ([`schema::QUERY_INDEXES`]) for a bulk ingest and records, in the
    /// same transaction, that this process did: a killed run leaves a store whose next ingest or
    /// open builds them (the rows are complete either way; only queries are slower meanwhile).
    /// Also claims a record left by a dead process.
    pub fn defer_indexes(&mut self) -> Result<()> {
        let mut sql = String::from("BEGIN IMMEDIATE;");
        for name in schema::QUERY_INDEXES {
            sql.push_str(&format!("DROP INDEX IF EXISTS {name};"));
        }
        sql.push_str(&format!(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('{}', '{}'); COMMIT;",
            schema::DEFERRED_KEY,
            std::process::id()
        ));
        self.conn.execute_batch(&sql).map_err(|e| {
            let _ = self.conn.execute_batch("ROLLBACK");
            self.err(e)
        })
    }

    /// Builds the query indexes (one sort per index) and clears the record of
    /// [`Store::defer_indexes`], in one transaction: killed half-way, nothing changes.
    pub fn build_indexes(&mut self) -> Result<()> {
        // The schema's statements are all `IF NOT EXISTS`: run again, they create what is missing.
        // The sorts may use helper threads: at the end of an ingest the coding threads are idle.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let sql = format!(
            "PRAGMA threads = {threads}; BEGIN IMMEDIATE; {} DELETE FROM meta WHERE key = '{}'; COMMIT; \
             PRAGMA threads = 0;",
            schema::create_all(),
            schema::DEFERRED_KEY
        );
        self.conn.execute_batch(&sql).map_err(|e| {
            let _ = self.conn.execute_batch("ROLLBACK");
            self.err(e)
        })
    }

    /// Refreshes the query planner's statistics (a sampled `ANALYZE`, about a second at a million
    /// events), so that it picks the right index for each filter; `warta ingest` runs it after
    /// storing documents.
    pub fn optimize(&self) -> Result<()> {
        self.conn
            .execute_batch("PRAGMA analysis_limit = 2000; ANALYZE; PRAGMA optimize;")
            .map_err(|e| self.err(e))
    }

    /// Counts and ranges over the whole store.
    pub fn stats(&self) -> Result<Stats> {
        let c = &self.conn;
        let one = |q: &str| -> Result<i64> { c.query_row(q, [], |r| r.get(0)).map_err(|e| self.err(e)) };
        let pair = |q: &str| -> Result<(Option<String>, Option<String>)> {
            c.query_row(q, [], |r| Ok((r.get(0)?, r.get(1)?)))
                .map_err(|e| self.err(e))
        };
        let group = |q: &str| -> Result<Vec<(String, i64)>> {
            let mut s = c.prepare(q).map_err(|e| self.err(e))?;
            let rows = s
                .query_map([], |r| {
                    Ok((r.get::<_, Option<String>>(0)?.unwrap_or_default(), r.get(1)?))
                })
                .map_err(|e| self.err(e))?;
            rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.err(e))
        };
        let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        let wal = PathBuf::from(format!("{}-wal", self.path.display()));
        Ok(Stats {
            documents: one("SELECT count(*) FROM documents")?,
            events: one("SELECT count(*) FROM events")?,
            mentions: one("SELECT count(*) FROM mentions")?,
            coded_events: one("SELECT coalesce(sum(n_events), 0) FROM documents")?,
            multi_article_events: one("SELECT count(*) FROM events WHERE num_articles > 1")?,
            languages: group("SELECT lang, count(*) FROM documents GROUP BY lang ORDER BY 2 DESC")?,
            sources: group("SELECT source, count(*) FROM documents GROUP BY source ORDER BY 2 DESC LIMIT 10")?,
            quad_classes: group("SELECT CAST(quad AS TEXT), count(*) FROM events GROUP BY quad ORDER BY quad")?,
            published: pair("SELECT min(published), max(published) FROM documents")?,
            event_dates: pair("SELECT min(sql_date), max(sql_date) FROM events")?,
            db_bytes: size(&self.path),
            wal_bytes: size(&wal),
        })
    }
}

/// What `warta stats` shows.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Stats {
    pub documents: i64,
    pub events: i64,
    pub mentions: i64,
    /// Events the coder found in the stored documents: equal to `mentions` in a consistent store
    /// (every document is written with all its mentions in one transaction).
    pub coded_events: i64,
    /// Events reported by more than one article.
    pub multi_article_events: i64,
    pub languages: Vec<(String, i64)>,
    /// The ten sources with most documents.
    pub sources: Vec<(String, i64)>,
    pub quad_classes: Vec<(String, i64)>,
    pub published: (Option<String>, Option<String>),
    pub event_dates: (Option<String>, Option<String>),
    pub db_bytes: u64,
    pub wal_bytes: u64,
}

/// Whether a process with this id runs (signal 0 checks without sending anything). Our own id
/// counts as running: another connection of this process may be the ingest.
fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let Ok(p) = libc::pid_t::try_from(pid) else {
        return false;
    };
    if p <= 0 {
        return false;
    }
    // SAFETY: kill with signal 0 sends nothing; it only reports whether the process exists.
    let rc = unsafe { libc::kill(p, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// Days since 1970-01-01 (negative before).
pub fn days_of(d: warta_core::Date) -> i64 {
    days_from_civil(d.year() as i64, d.month() as i64, d.day() as i64)
}

/// Howard Hinnant's days_from_civil.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// `YYYY-MM-DDTHH:MM:SSZ` now, without a date crate.
fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let date = civil_from_days(days);
    format!("{date}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// `YYYY-MM-DD` of a day number.
pub fn civil_from_days(z: i64) -> String {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_of(warta_core::parse_date("2015-11-17").unwrap()), 16756);
        for z in [-1000, 0, 16756, 20000, 50000] {
            let s = civil_from_days(z);
            assert_eq!(days_of(warta_core::parse_date(&s).unwrap()), z, "{s}");
        }
    }

    #[test]
    fn hash_depends_on_text_and_date_only() {
        let a = InputDoc {
            id: "a".into(),
            text: "Hujan deras melanda kota.".into(),
            published: Some("2020-01-01".into()),
            ..InputDoc::default()
        };
        let mut b = a.clone();
        b.id = "b".into();
        assert_eq!(content_hash(&a), content_hash(&b));
        b.published = Some("2020-01-02".into());
        assert_ne!(content_hash(&a), content_hash(&b));
    }
}

#[cfg(test)]
mod store_tests;
