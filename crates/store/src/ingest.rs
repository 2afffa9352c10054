//! `warta ingest`: read files, code documents in parallel, write batches.
//!
//! Three stages overlap: a reading thread reads documents and checks their hashes, the calling
//! thread codes the next batch with rayon, and a writer thread commits the batch before it (one
//! transaction per batch: documents, their events and mentions together). A document whose content hash is stored already is neither coded nor
//! written again, so re-running over the same files is cheap and a killed run resumes.
//!
//! A bulk run (see [`defer_by_size`]) drops the indexes only queries use before its first write
//! and builds them once at its end: the writer thread bounds a long run, and a dozen b-tree
//! inserts per event were most of its work. The drop is recorded in `meta`; a run killed before
//! the build leaves a store whose next ingest (or next open) builds them.

use crate::{content_hash, prepare, BatchStats, Prepared, Result, Store, StoreError};
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use warta_core::InputDoc;
use warta_input::{InputError, ReadDoc, ReadOptions};

#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Documents per transaction.
    pub batch: usize,
    /// Publication date for documents without one.
    pub published: Option<String>,
    /// Drop the query indexes while writing and build them once at the end ([`Store::defer_indexes`]);
    /// `None` decides by size ([`defer_by_size`]).
    pub defer_indexes: Option<bool>,
}

/// Whether a run over `input` bytes into a store of `db` bytes should defer the query indexes:
/// when it adds a good share of the store. Building them costs a sort of the whole table, which a
/// small run into a big store would not repay (a store is about 6 times its input).
pub fn defer_by_size(input: u64, db: u64) -> bool {
    input >= 8 << 20 && db < input.saturating_mul(4)
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            batch: 2048,
            published: None,
            defer_indexes: None,
        }
    }
}

/// Hooks for a progress display; every method has a default that does nothing.
pub trait Observer: Sync {
    /// The files found and their total size in bytes.
    fn start(&self, _files: usize, _bytes: u64) {}
    /// A document or file that was skipped, with why (its path is in the message).
    fn skipped(&self, _message: &str) {}
    /// A warning about a document that was still stored.
    fn warning(&self, _message: &str) {}
    /// A batch was committed.
    fn committed(&self, _report: &IngestReport) {}
}

impl Observer for () {}

#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct IngestReport {
    pub files: usize,
    /// Documents read from the files.
    pub read: usize,
    /// New documents stored.
    pub stored: usize,
    /// Documents already stored (same content), skipped.
    pub duplicates: usize,
    /// Records or files that could not be read.
    pub skipped: usize,
    pub mentions: usize,
    pub new_events: usize,
    pub warnings: usize,
}

impl IngestReport {
    fn add(&mut self, b: &BatchStats) {
        self.stored += b.documents;
        self.duplicates += b.duplicates;
        self.mentions += b.mentions;
        self.new_events += b.new_events;
    }
}

/// Ingests `paths` (files or folders) into the store at `db`.
pub fn ingest(
    db: &Path,
    paths: &[PathBuf],
    coder: &warta_pipeline::Coder,
    opts: &IngestOptions,
    bytes_read: &AtomicU64,
    obs: &dyn Observer,
) -> Result<IngestReport> {
    let (files, errors) = warta_input::walk(paths);
    let mut report = IngestReport {
        files: files.len(),
        ..IngestReport::default()
    };
    for e in &errors {
        report.skipped += 1;
        obs.skipped(&e.to_string());
    }
    let total: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    obs.start(files.len(), total);
    let db_bytes = std::fs::metadata(db).map(|m| m.len()).unwrap_or(0);
    let reader = Store::open_raw(db)?;
    let mut writer = Store::open_raw(db)?;
    writer.tune_for_ingest()?;
    // A record left by a killed run is taken over: its indexes are built at the end of this one.
    let mut deferred = match writer.deferred_indexes()? {
        Some(pid) => !crate::process_alive(pid) || pid == std::process::id(),
        None => false,
    };
    if deferred {
        writer.defer_indexes()?;
    }
    let defer = opts.defer_indexes.unwrap_or_else(|| defer_by_size(total, db_bytes));
    // Checkpoints (copying the WAL into the file, with the disk's syncs) run on a thread of
    // their own, so the writer does not wait for the disk.
    let checkpointer = Store::open(db)?;
    writer.no_auto_checkpoint()?;
    let wal = {
        let mut p = db.as_os_str().to_owned();
        p.push("-wal");
        PathBuf::from(p)
    };
    let (stop_tx, stop_rx) = mpsc::channel::<()>();
    // Three stages run at once, so that both cores stay busy: a reading thread reads and checks
    // hashes, this thread codes batch N+1 with rayon, and the writer commits batch N. Batches keep
    // their order through the two channels, so the database is the same whatever the thread count.
    let (code_tx, code_rx) = mpsc::sync_channel::<Vec<(InputDoc, String)>>(2);
    let (write_tx, write_rx) = mpsc::sync_channel::<Vec<Prepared>>(2);
    let shared_report = std::sync::Mutex::new(report);
    let profile = std::env::var_os("WARTA_INGEST_PROFILE").is_some();
    let code_cpu = AtomicU64::new(0);
    let result = std::thread::scope(|scope| -> Result<()> {
        let checkpoints = scope.spawn(move || -> Result<()> {
            // A passive checkpoint never blocks the writer; past 256 MB of WAL, one that waits
            // for it restarts the WAL so the file stays bounded.
            const WAL_LIMIT: u64 = 256 << 20;
            loop {
                match stop_rx.recv_timeout(std::time::Duration::from_millis(250)) {
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                    _ => return Ok(()),
                }
                let big = std::fs::metadata(&wal).map(|m| m.len() > WAL_LIMIT).unwrap_or(false);
                checkpointer.checkpoint(big)?;
            }
        });
        let handle = scope.spawn(|| -> Result<()> {
            let mut writer = writer;
            let mut stored = 0;
            // Time spent writing batches (CPU and waits for the disk or the checkpointer).
            let mut busy = 0.0;
            for batch in write_rx {
                // Dropped only once there is something new to write: a re-run over stored files
                // leaves the indexes alone.
                if defer && !deferred {
                    writer.defer_indexes()?;
                    deferred = true;
                }
                let t0 = std::time::Instant::now();
                let stats = writer.write_batch(&batch)?;
                busy += t0.elapsed().as_secs_f64();
                drop(batch);
                stored += stats.documents;
                let mut r = shared_report.lock().unwrap_or_else(|p| p.into_inner());
                r.add(&stats);
                obs.committed(&r);
            }
            if deferred {
                let t0 = std::time::Instant::now();
                writer.build_indexes()?;
                if profile {
                    eprintln!("warta: ingest profile: index build {:.2} s", t0.elapsed().as_secs_f64());
                }
            }
            if stored > 0 {
                writer.optimize()?;
            }
            if profile {
                eprintln!(
                    "warta: ingest profile: writer thread {:.2} s CPU, {busy:.2} s writing batches",
                    thread_cpu()
                );
            }
            Ok(())
        });
        let report_ref = &shared_report;
        let reading = scope.spawn(move || {
            let reader = reader;
            let mut state = Reading {
                reader: &reader,
                tx: code_tx,
                batch: Vec::with_capacity(opts.batch),
                batch_size: opts.batch.max(1),
                seen: HashSet::new(),
                obs,
                report: report_ref,
                failed: None,
            };
            for f in &files {
                let name = f.display().to_string();
                let ropts = ReadOptions {
                    published: opts.published.as_deref(),
                    article_html: true,
                    bytes_read: Some(bytes_read),
                };
                warta_input::read_path_opts(f, &ropts, |r| state.accept(&name, r));
                if state.failed.is_some() {
                    break;
                }
            }
            state.flush();
            if profile {
                eprintln!("warta: ingest profile: reading thread {:.2} s CPU", thread_cpu());
            }
            state.failed.take()
        });
        // Coding stays on the calling thread, so a caller's rayon pool (`ThreadPool::install`) is used.
        for batch in code_rx {
            let prepared: Vec<Prepared> = batch
                .par_iter()
                .map(|(d, p)| {
                    let t0 = if profile { thread_cpu() } else { 0.0 };
                    let out = prepare(coder, d, p);
                    if profile {
                        code_cpu.fetch_add(((thread_cpu() - t0) * 1e6) as u64, Ordering::Relaxed);
                    }
                    out
                })
                .collect();
            drop(batch);
            if write_tx.send(prepared).is_err() {
                // The writer stopped on an error: it is returned when its thread is joined.
                break;
            }
        }
        drop(write_tx);
        let failed = reading
            .join()
            .unwrap_or_else(|_| Some(StoreError::Invalid("reading thread panicked".into())));
        let written = handle
            .join()
            .unwrap_or_else(|_| Err(StoreError::Invalid("writer thread panicked".into())));
        drop(stop_tx);
        let checkpointed = checkpoints
            .join()
            .unwrap_or_else(|_| Err(StoreError::Invalid("checkpoint thread panicked".into())));
        written?;
        checkpointed?;
        if profile {
            eprintln!(
                "warta: ingest profile: coding {:.2} s CPU (all threads)",
                code_cpu.load(Ordering::Relaxed) as f64 * 1e-6
            );
        }
        match failed {
            Some(e) => Err(e),
            None => Ok(()),
        }
    });
    let report = shared_report.into_inner().unwrap_or_else(|p| p.into_inner());
    result.map(|_| report)
}

/// CPU time of the calling thread in seconds (for `WARTA_INGEST_PROFILE` and `warta bench-store`).
pub fn thread_cpu() -> f64 {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec through a valid pointer.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    if rc == 0 {
        t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9
    } else {
        0.0
    }
}

struct Reading<'a> {
    reader: &'a Store,
    tx: mpsc::SyncSender<Vec<(InputDoc, String)>>,
    batch: Vec<(InputDoc, String)>,
    batch_size: usize,
    /// Content hashes met in this run (batches not committed yet are not in the database).
    seen: HashSet<[u8; 16]>,
    obs: &'a dyn Observer,
    report: &'a std::sync::Mutex<IngestReport>,
    failed: Option<StoreError>,
}

impl Reading<'_> {
    fn report(&self) -> std::sync::MutexGuard<'_, IngestReport> {
        self.report.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn accept(&mut self, path: &str, r: std::result::Result<ReadDoc, InputError>) {
        if self.failed.is_some() {
            return;
        }
        match r {
            Err(e) => {
                self.report().skipped += 1;
                self.obs.skipped(&e.to_string());
            }
            Ok(d) => {
                self.report().read += 1;
                if let Some(w) = &d.warning {
                    self.report().warnings += 1;
                    self.obs.warning(w);
                }
                let h = content_hash(&d.doc);
                let known = match self.reader.has_hash(&h) {
                    Ok(k) => k,
                    Err(e) => {
                        self.failed = Some(e);
                        return;
                    }
                };
                if known || !self.seen.insert(h) {
                    self.report().duplicates += 1;
                    return;
                }
                self.batch.push((d.doc, path.to_string()));
                if self.batch.len() >= self.batch_size {
                    self.flush();
                }
            }
        }
    }

    fn flush(&mut self) {
        if self.batch.is_empty() {
            return;
        }
        let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(self.batch_size));
        if self.tx.send(batch).is_err() {
            // The writer stopped on an error: it is returned when the thread is joined.
            self.failed
                .get_or_insert(StoreError::Invalid("the writer stopped".into()));
        }
    }
}
