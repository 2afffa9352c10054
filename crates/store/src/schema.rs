//! The database schema. One file, WAL journal; every table is created if absent, so opening an
//! older file of the same schema version is safe.

/// Connection settings: WAL lets readers (`warta events`, `search`) run while an ingest writes;
/// `synchronous=NORMAL` keeps committed batches across a killed process (not across power loss
/// of the last few commits, which a re-run re-ingests).
pub const PRAGMAS: &str = "
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA temp_store = MEMORY;
PRAGMA cache_size = -65536;
PRAGMA mmap_size = 268435456;
";

pub const SCHEMA_VERSION: i64 = 2;

pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '2');

-- One row per stored article. `hash` (xxh3-128 of publication date and text) makes ingest idempotent.
CREATE TABLE IF NOT EXISTS documents (
    id          INTEGER PRIMARY KEY,
    hash        BLOB NOT NULL UNIQUE,
    doc_id      TEXT NOT NULL,      -- the id the input gave (JSONL id, file name, URL of a WARC page, feed entry id)
    path        TEXT NOT NULL,      -- the file it was read from
    url         TEXT,
    source      TEXT,
    title       TEXT,
    lang        TEXT NOT NULL,
    published   TEXT,               -- YYYY-MM-DD
    pub_day     INTEGER,            -- days since 1970-01-01 of `published`
    n_sentences INTEGER NOT NULL,
    n_events    INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_doc_id ON documents (doc_id);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published);

-- Full text of the articles (rowid = documents.id): title and body, kept for snippets.
CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');
-- Morphological roots of the same words (menyerang, diserang, serangan -> serang; attacked -> attack),
-- contentless: only the index is kept.
CREATE VIRTUAL TABLE IF NOT EXISTS roots_fts USING fts5 (roots, content = '', tokenize = 'unicode61 remove_diacritics 2');

-- One row per happening: mentions of the same happening in several articles and sentences are
-- merged into it (see the dedup module for the rule). Counts follow GDELT's NumMentions,
-- NumArticles, NumSources.
CREATE TABLE IF NOT EXISTS events (
    id            INTEGER PRIMARY KEY,  -- GLOBALEVENTID
    code          TEXT NOT NULL,        -- CAMEO code of the first mention (mentions keep their own)
    root          TEXT NOT NULL,        -- two-digit root
    quad          INTEGER NOT NULL,
    goldstein     REAL NOT NULL,
    src_code      TEXT NOT NULL,
    src_primary   TEXT NOT NULL,        -- country, or the six-letter IGO/NGO/IMG/MNC prefix
    src_name      TEXT,
    tgt_code      TEXT NOT NULL,
    tgt_primary   TEXT NOT NULL,
    tgt_name      TEXT,
    date          TEXT,                 -- the day (or month) the text gives for the happening
    day           INTEGER,              -- days since 1970-01-01 of `date` when it is a full day
    pub_day       INTEGER,              -- publication day of the first article
    sql_date      TEXT,                 -- `date` when a full day, else the publication day: for sorting and filters
    place         TEXT,
    place_country TEXT,
    lat           REAL,
    lon           REAL,
    geonameid     INTEGER,
    num_mentions  INTEGER NOT NULL,
    num_articles  INTEGER NOT NULL,
    num_sources   INTEGER NOT NULL,
    first_doc     INTEGER NOT NULL,     -- documents.id of the first article (undated events without a publication day stay in it)
    source_url    TEXT,                 -- URL of the first article
    added         TEXT NOT NULL
);
-- Deduplication lookup (dated: by day range; undated: day IS NULL and pub_day).
CREATE INDEX IF NOT EXISTS events_dedup ON events (root, src_primary, tgt_primary, day, pub_day);
-- Query paths of `warta events`.
CREATE INDEX IF NOT EXISTS events_date ON events (sql_date);
CREATE INDEX IF NOT EXISTS events_src ON events (src_code, sql_date);
CREATE INDEX IF NOT EXISTS events_tgt ON events (tgt_code, sql_date);
CREATE INDEX IF NOT EXISTS events_code ON events (code, sql_date);
CREATE INDEX IF NOT EXISTS events_root ON events (root, sql_date);
CREATE INDEX IF NOT EXISTS events_country ON events (place_country, sql_date);

-- (schema 2: the indexes of MIGRATE_2 follow the table.)

-- One row per (event, article, sentence): the evidence behind an event.
CREATE TABLE IF NOT EXISTS mentions (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES events (id),
    doc       INTEGER NOT NULL REFERENCES documents (id),
    sentence  INTEGER NOT NULL,
    code      TEXT NOT NULL,
    src_code  TEXT NOT NULL,
    tgt_code  TEXT NOT NULL,
    src_text  TEXT NOT NULL,
    tgt_text  TEXT NOT NULL,
    evidence  TEXT NOT NULL,
    sentence_text TEXT NOT NULL,
    date      TEXT,
    place     TEXT,
    negated   INTEGER NOT NULL,
    modality  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event_id, doc);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc);

-- Distinct sources per event (NumSources).
CREATE TABLE IF NOT EXISTS event_sources (
    event_id INTEGER NOT NULL,
    source   TEXT NOT NULL,
    PRIMARY KEY (event_id, source)
) WITHOUT ROWID;
";

/// Indexes only queries use. A bulk ingest drops them and builds them once at its end
/// ([`crate::Store::defer_indexes`]): sorting all rows once is far cheaper than a dozen b-tree
/// inserts per event. `events_dedup` and the unique hash of `documents` stay, as every mention
/// and every document looks them up.
pub const QUERY_INDEXES: &[&str] = &[
    "documents_doc_id",
    "documents_published",
    "events_date",
    "events_src",
    "events_tgt",
    "events_code",
    "events_root",
    "events_country",
    "events_srcp",
    "events_tgtp",
    "events_pair",
    "events_country_root",
    "events_geo",
    "mentions_event",
    "mentions_doc",
];

/// The `meta` key that records dropped query indexes; its value is the id of the process
/// that dropped them (a store left so by a killed ingest gets them back on its next open).
pub const DEFERRED_KEY: &str = "deferred_indexes";

/// Schema 1 → 2: indexes that give the typical queries their rows in date order (an actor by
/// its primary, a source–target pair, a root in a country, a place box). Run on open when
/// the file is older; new files get them with the schema.
pub const MIGRATE_2: &str = "
CREATE INDEX IF NOT EXISTS events_srcp ON events (src_primary, sql_date);
CREATE INDEX IF NOT EXISTS events_tgtp ON events (tgt_primary, sql_date);
CREATE INDEX IF NOT EXISTS events_pair ON events (src_primary, tgt_primary, sql_date);
CREATE INDEX IF NOT EXISTS events_country_root ON events (place_country, root, sql_date);
CREATE INDEX IF NOT EXISTS events_geo ON events (lat, lon, sql_date);
DROP INDEX IF EXISTS events_lat;
INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '2');
";

/// Every table and index, all `IF NOT EXISTS`: run in one transaction when a file is created,
/// and again to rebuild the query indexes a bulk ingest dropped.
pub fn create_all() -> String {
    format!("{SCHEMA} {MIGRATE_2}")
}
