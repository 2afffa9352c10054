//! `warta ingest`: files and folders into the SQLite store.

use super::summary::Summary;
use super::CoderArgs;
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use warta_input::is_cap_warning;
use warta_store::{IngestOptions, IngestReport, Observer};

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files or folders (walked recursively): .txt, .html, .jsonl, .jsonl.gz, .warc, .warc.gz, .rss/.atom/.xml.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
    /// The database file (created when absent).
    #[arg(long, default_value = "warta.db", value_name = "FILE")]
    pub db: PathBuf,
    #[command(flatten)]
    pub coder: CoderArgs,
    /// Worker threads for coding (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Documents per transaction (larger batches commit less often and touch each index page fewer times; a killed run loses at most its open batches).
    #[arg(long, default_value_t = 2048)]
    pub batch: usize,
    /// Drop the query indexes while writing and build them once at the end: `auto` does so when
    /// the input is at least 8 MB and a quarter of the store's size or more.
    #[arg(long, value_enum, default_value_t = DeferIndexes::Auto, value_name = "WHEN")]
    pub defer_indexes: DeferIndexes,
    /// No progress bar, even on a terminal.
    #[arg(long)]
    pub no_progress: bool,
    /// Print the final report as JSON on standard output.
    #[arg(long)]
    pub json: bool,
    /// Write the run's summary (read, coded, truncated, skipped by reason, events, warnings) here as JSON.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeferIndexes {
    Auto,
    Always,
    Never,
}

struct Progress {
    bar: Option<ProgressBar>,
    start: Instant,
    quiet_skips: AtomicU64,
    /// Skips by reason and documents cut at a cap, for the summary.
    summary: Mutex<Summary>,
}

impl Progress {
    fn say(&self, line: &str) {
        match &self.bar {
            Some(b) => b.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }
}

impl Observer for Progress {
    fn start(&self, files: usize, bytes: u64) {
        if let Some(b) = &self.bar {
            b.set_length(bytes);
            b.set_prefix(format!("{files} files"));
        }
    }

    fn skipped(&self, message: &str) {
        // Thousands of bad records would drown the terminal: the first 50 are shown, all counted.
        if self.quiet_skips.fetch_add(1, Ordering::Relaxed) < 50 {
            self.say(&format!("warta: skipped: {message}"));
        }
        self.summary.lock().unwrap_or_else(|p| p.into_inner()).skip(message);
    }

    fn warning(&self, message: &str) {
        self.say(&format!("warta: warning: {message}"));
        if is_cap_warning(message) {
            self.summary.lock().unwrap_or_else(|p| p.into_inner()).truncated += 1;
        }
    }

    fn committed(&self, r: &IngestReport) {
        if let Some(b) = &self.bar {
            let secs = self.start.elapsed().as_secs_f64().max(1e-3);
            b.set_message(format!(
                "{} stored, {} already there, {} skipped · {:.0} docs/s",
                r.stored,
                r.duplicates,
                r.skipped,
                (r.stored + r.duplicates) as f64 / secs
            ));
        }
    }
}

pub fn run(args: IngestArgs) -> Result<ExitCode> {
    let coder = args.coder.coder()?;
    super::set_threads(args.threads);
    let bar = (!args.no_progress && std::io::stderr().is_terminal()).then(|| {
        let b = ProgressBar::new(0);
        b.set_style(
            ProgressStyle::with_template(
                "{prefix} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b
    });
    let progress = Progress {
        bar,
        start: Instant::now(),
        quiet_skips: AtomicU64::new(0),
        summary: Mutex::new(Summary {
            command: "ingest",
            ..Summary::default()
        }),
    };
    let bytes = AtomicU64::new(0);
    let done = AtomicBool::new(false);
    let opts = IngestOptions {
        batch: args.batch.max(1),
        published: args.coder.published.clone(),
        defer_indexes: match args.defer_indexes {
            DeferIndexes::Auto => None,
            DeferIndexes::Always => Some(true),
            DeferIndexes::Never => Some(false),
        },
    };
    let report = std::thread::scope(|s| {
        if let Some(b) = &progress.bar {
            s.spawn(|| {
                while !done.load(Ordering::Relaxed) {
                    b.set_position(bytes.load(Ordering::Relaxed));
                    std::thread::sleep(Duration::from_millis(150));
                }
            });
        }
        let r = warta_store::ingest(&args.db, &args.paths, &coder, &opts, &bytes, &progress);
        done.store(true, Ordering::Relaxed);
        r
    })
    .with_context(|| format!("ingesting into {}", args.db.display()))?;
    if let Some(b) = &progress.bar {
        b.finish_and_clear();
    }
    let secs = progress.start.elapsed().as_secs_f64();
    let skips = progress.quiet_skips.load(Ordering::Relaxed);
    if skips > 50 {
        eprintln!("warta: … {} more skipped", skips - 50);
    }
    eprintln!(
        "warta: {} files, {} documents read: {} stored, {} already stored, {} skipped; {} mentions ({} new events) in {:.1} s ({:.0} docs/s) → {}",
        report.files,
        report.read,
        report.stored,
        report.duplicates,
        report.skipped,
        report.mentions,
        report.new_events,
        secs,
        report.read as f64 / secs.max(1e-3),
        args.db.display()
    );
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
    }
    let mut sum = progress.summary.into_inner().unwrap_or_else(|p| p.into_inner());
    // The store counts skips too (folder errors come before the observer sees files): its count rules.
    if report.skipped > sum.skipped {
        *sum.skipped_by_reason.entry("unreadable").or_default() += report.skipped - sum.skipped;
    }
    sum.skipped = report.skipped;
    sum.read = report.read + report.skipped;
    sum.coded = report.stored + report.duplicates;
    sum.events = report.mentions;
    sum.warnings = report.warnings;
    sum.finish(secs);
    sum.print();
    sum.write_report(args.report.as_deref())?;
    Ok(sum.exit_code())
}
