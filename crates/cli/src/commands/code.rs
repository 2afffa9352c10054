use super::summary::Summary;
use super::CoderArgs;
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use warta_core::InputDoc;
use warta_input::{is_cap_warning, read_path, read_stdin, InputError, ReadDoc};
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
    /// Write the run's summary (read, coded, truncated, skipped by reason, events, warnings) here as JSON.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Kept for scripts written for earlier versions: exit status 3 when some documents were
    /// skipped is now the default.
    #[arg(long, hide = true)]
    pub fail_on_skip: bool,
}

/// Documents are coded in batches of this many: big enough to keep every core busy,
/// small enough that output streams and memory stays bounded.
const BATCH: usize = 256;

/// Streams documents through the coder in ordered batches.
struct Runner<'a> {
    coder: &'a Coder,
    out: BufWriter<Box<dyn Write>>,
    /// Each document with the reader's cap warning, if it was cut while read.
    batch: Vec<(InputDoc, Option<String>)>,
    stats: Summary,
    error: Option<std::io::Error>,
}

impl Runner<'_> {
    fn accept(&mut self, r: Result<ReadDoc, InputError>) {
        self.stats.read += 1;
        match r {
            Ok(d) => {
                let mut cut = None;
                if let Some(w) = d.warning {
                    eprintln!("warta: warning: {w}");
                    self.stats.warnings += 1;
                    cut = is_cap_warning(&w).then_some(w);
                }
                self.batch.push((d.doc, cut));
                if self.batch.len() >= BATCH {
                    self.flush();
                }
            }
            Err(e) => {
                let m = e.to_string();
                eprintln!("warta: skipped: {m}");
                self.stats.skip(&m);
            }
        }
    }

    fn flush(&mut self) {
        let coder = self.coder;
        let coded: Vec<(String, usize, usize, bool)> = self
            .batch
            .par_iter()
            .map(|(d, cut)| {
                let mut o = coder.code(d);
                // A document cut while read says so in its own output too.
                if let Some(w) = cut {
                    o.warnings.insert(0, w.clone());
                }
                let truncated = o.warnings.iter().any(|w| is_cap_warning(w));
                (
                    serde_json::to_string(&o).expect("output serializes"),
                    o.events.len(),
                    o.warnings.len() - usize::from(cut.is_some()),
                    truncated,
                )
            })
            .collect();
        for (line, events, warnings, truncated) in coded {
            self.stats.events += events;
            self.stats.warnings += warnings;
            self.stats.truncated += usize::from(truncated);
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
    let start = Instant::now();
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
        stats: Summary {
            command: "code",
            ..Summary::default()
        },
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
    let mut s = runner.stats;
    s.finish(start.elapsed().as_secs_f64());
    s.print();
    s.write_report(args.report.as_deref())?;
    Ok(s.exit_code())
}
