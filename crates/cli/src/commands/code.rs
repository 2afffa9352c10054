use super::CoderArgs;
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use warta_core::InputDoc;
use warta_input::{read_path, read_stdin, InputError, ReadDoc};
use warta_pipeline::Coder;

#[derive(clap::Args)]
pub struct CodeArgs {
    /// Files to code (.txt, .html, .jsonl); `-` or nothing reads standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub coder: CoderArgs,
    /// Write JSONL here instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Worker threads (default: all cores). Output order never depends on it.
    #[arg(long)]
    pub threads: Option<usize>,
    /// Exit with status 3 when some documents were skipped (default: 0 as long as one was coded).
    #[arg(long)]
    pub fail_on_skip: bool,
}

/// Documents are coded in batches of this many: big enough to keep every core busy,
/// small enough that output streams and memory stays bounded.
const BATCH: usize = 256;

#[derive(Default, Debug)]
pub struct Stats {
    pub read: usize,
    pub coded: usize,
    pub skipped: usize,
    pub events: usize,
    pub warnings: usize,
}

/// Streams documents through the coder in ordered batches.
struct Runner<'a> {
    coder: &'a Coder,
    out: BufWriter<Box<dyn Write>>,
    batch: Vec<InputDoc>,
    stats: Stats,
    error: Option<std::io::Error>,
}

impl Runner<'_> {
    fn accept(&mut self, r: Result<ReadDoc, InputError>) {
        self.stats.read += 1;
        match r {
            Ok(d) => {
                if let Some(w) = d.warning {
                    eprintln!("warta: warning: {w}");
                    self.stats.warnings += 1;
                }
                self.batch.push(d.doc);
                if self.batch.len() >= BATCH {
                    self.flush();
                }
            }
            Err(e) => {
                eprintln!("warta: skipped: {e}");
                self.stats.skipped += 1;
            }
        }
    }

    fn flush(&mut self) {
        let coder = self.coder;
        let coded: Vec<(String, usize, usize)> = self
            .batch
            .par_iter()
            .map(|d| {
                let o = coder.code(d);
                (
                    serde_json::to_string(&o).expect("output serializes"),
                    o.events.len(),
                    o.warnings.len(),
                )
            })
            .collect();
        for (line, events, warnings) in coded {
            self.stats.events += events;
            self.stats.warnings += warnings;
            if self.error.is_none() {
                if let Err(e) = writeln!(self.out, "{line}") {
                    self.error = Some(e);
                }
            }
        }
        self.stats.coded += self.batch.len();
        self.batch.clear();
    }
}

pub fn run(args: CodeArgs) -> Result<ExitCode> {
    let coder = args.coder.coder()?;
    super::set_threads(args.threads);
    let sink: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut runner = Runner {
        coder: &coder,
        out: BufWriter::new(sink),
        batch: Vec::with_capacity(BATCH),
        stats: Stats::default(),
        error: None,
    };
    let published = args.coder.published.as_deref();
    let paths: Vec<PathBuf> = if args.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.paths.clone()
    };
    for p in &paths {
        if p.as_os_str() == "-" {
            read_stdin(published, |r| runner.accept(r));
        } else {
            read_path(p, published, |r| runner.accept(r));
        }
    }
    runner.flush();
    runner.out.flush()?;
    if let Some(e) = runner.error {
        return Err(e).context("writing output");
    }
    let s = &runner.stats;
    eprintln!(
        "warta: {} read, {} coded, {} skipped, {} events, {} warnings",
        s.read, s.coded, s.skipped, s.events, s.warnings
    );
    Ok(if s.coded == 0 {
        ExitCode::from(1)
    } else if s.skipped > 0 && args.fail_on_skip {
        ExitCode::from(3)
    } else {
        ExitCode::SUCCESS
    })
}
