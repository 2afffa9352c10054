//! Crash safety of the store: `warta ingest` killed with SIGKILL at random points (seeded, at
//! least 20 kills) always leaves a database that opens and passes `PRAGMA integrity_check`,
//! never holds a document twice, and after a resumed ingest holds every document exactly once.

mod store_util;
use std::io::Write;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};
use store_util::*;

/// A small seeded generator (xorshift64*): the kill points are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// `files` JSONL files of `per_file` distinct generated documents; returns their ids.
fn corpus(dir: &Path, files: usize, per_file: usize) -> Vec<String> {
    std::fs::create_dir_all(dir).unwrap();
    let mut ids = Vec::new();
    for f in 0..files {
        let mut w = std::io::BufWriter::new(std::fs::File::create(dir.join(format!("part-{f:02}.jsonl"))).unwrap());
        for i in 0..per_file {
            let k = f * per_file + i;
            let text: Vec<&str> = (0..3).map(|j| SENTENCES[(k * 5 + j * 7) % SENTENCES.len()]).collect();
            let id = format!("kill-{k}");
            let doc = serde_json::json!({
                "id": id,
                "text": format!("{} (berita nomor {k})", text.join(" ")),
                "published": format!("2017-{:02}-{:02}", 1 + k % 12, 1 + k % 28),
            });
            writeln!(w, "{doc}").unwrap();
            ids.push(id);
        }
    }
    ids
}

/// Opens the database as a reader would after the crash: it must open, pass the integrity
/// check, and hold no document twice. Returns how many documents it holds.
fn check(db: &Path) -> usize {
    if !db.exists() {
        return 0;
    }
    let c = rusqlite::Connection::open(db).expect("the database opens after a kill");
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check runs");
    assert_eq!(ok, "ok", "integrity_check after a kill");
    let has_docs: bool = c
        .query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'documents'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    if !has_docs {
        return 0;
    }
    let (n, distinct): (i64, i64) = c
        .query_row("SELECT count(*), count(DISTINCT doc_id) FROM documents", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(n, distinct, "a document stored twice");
    // Every stored document has all its mentions: none points at a missing document.
    let orphans: i64 = c
        .query_row(
            "SELECT count(*) FROM mentions WHERE doc NOT IN (SELECT id FROM documents)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0, "mentions without their document");
    n as usize
}

/// The definitions of the store's indexes, by name.
fn indexes(db: &Path) -> Vec<String> {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut st = c
        .prepare("SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name")
        .unwrap();
    let rows = st.query_map([], |r| r.get(0)).unwrap();
    rows.map(Result::unwrap).collect()
}

/// `defer`: drop the query indexes while writing (`--defer-indexes always`), so that kills also
/// land between the drop and the final build.
fn ingest(input: &Path, db: &Path, defer: bool) -> std::process::Child {
    let when = if defer { "always" } else { "never" };
    bin()
        .args(["ingest", s(input), "--db", s(db), "--batch", "16", "--no-progress"])
        .args(["--defer-indexes", when])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn random_kills_leave_a_sound_database_and_resume_stores_each_document_once() {
    let start = Instant::now();
    let d = temp("kill");
    let input = d.join("in");
    let ids = corpus(&input, 6, 60);
    let db = d.join("k.db");

    // One uninterrupted run tells how long an ingest takes here (debug or release, busy or idle).
    let t0 = Instant::now();
    let status = ingest(&input, &db, false).wait().unwrap();
    let full = t0.elapsed();
    assert!(status.success());
    assert_eq!(check(&db), ids.len());
    let want_indexes = indexes(&db);
    std::fs::remove_file(&db).unwrap();

    let mut rng = Rng(0x5EED_0009_7275_7374);
    let (mut kills, mut finished, mut rounds) = (0, 0, 0);
    let mut progress = Vec::new();
    while kills < 24 {
        let mut child = ingest(&input, &db, kills % 2 == 1);
        // Anywhere from start-up to a little past the time a whole run takes.
        let delay = Duration::from_micros(rng.below(full.as_micros() as u64 * 11 / 10));
        std::thread::sleep(delay);
        match child.try_wait().unwrap() {
            Some(_) => finished += 1,
            None => {
                child.kill().unwrap(); // SIGKILL on Unix
                kills += 1;
            }
        }
        child.wait().unwrap();
        let n = check(&db);
        progress.push(n);
        if n == ids.len() {
            // Complete: start over, so that later kills land in every phase again.
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
            }
            rounds += 1;
        }
        assert!(
            start.elapsed() < Duration::from_secs(600),
            "kill loop too slow: {progress:?}"
        );
    }

    // Resume to completion: every document exactly once.
    let o = run(&["ingest", s(&input), "--db", s(&db), "--no-progress", "--json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(check(&db), ids.len());
    let c = rusqlite::Connection::open(&db).unwrap();
    let mut stmt = c.prepare("SELECT doc_id FROM documents ORDER BY doc_id").unwrap();
    let mut stored: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    stored.sort();
    // The resumed run (not deferring by itself) built the indexes a killed run had dropped.
    let deferred: i64 = c
        .query_row("SELECT count(*) FROM meta WHERE key = 'deferred_indexes'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(deferred, 0);
    assert_eq!(indexes(&db), want_indexes);
    let mut want = ids.clone();
    want.sort();
    assert_eq!(stored, want);
    eprintln!(
        "kill loop: {kills} kills, {finished} runs finished before their kill, {rounds} databases completed, \
         documents after each kill {progress:?}; one full run {full:?}; total {:?}",
        start.elapsed()
    );
    let _ = std::fs::remove_dir_all(&d);
}
