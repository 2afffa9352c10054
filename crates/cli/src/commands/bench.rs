use super::CoderArgs;
use anyhow::{bail, Result};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use warta_core::InputDoc;
use warta_input::read_path;

#[derive(clap::Args)]
pub struct BenchArgs {
    /// Corpus files (.jsonl, .txt, .html). Without any, the bundled demo article is used.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub coder: CoderArgs,
    /// Code the corpus this many times over (the timing is over all rounds).
    #[arg(long, default_value_t = 1)]
    pub rounds: usize,
    /// Repeat a small corpus until it holds at least this many documents.
    #[arg(long, default_value_t = 1000)]
    pub min_docs: usize,
}

/// Single-threaded on purpose: the figure is per core.
pub fn run(args: BenchArgs) -> Result<ExitCode> {
    let coder = args.coder.coder()?;
    let mut docs: Vec<InputDoc> = Vec::new();
    if args.paths.is_empty() {
        docs.push(super::demo::demo_doc());
    }
    for p in &args.paths {
        read_path(p, args.coder.published.as_deref(), |r| {
            if let Ok(d) = r {
                docs.push(d.doc)
            }
        });
    }
    if docs.is_empty() {
        bail!("no readable documents in the corpus");
    }
    let base = docs.len();
    let mut i = 0;
    while docs.len() < args.min_docs {
        let mut d = docs[i % base].clone();
        d.id = format!("{}#{}", d.id, docs.len());
        docs.push(d);
        i += 1;
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum::<usize>() * args.rounds;
    // Warm up: lazily built dictionaries load on first use.
    let _ = coder.code(&docs[0]);
    let t = Instant::now();
    let (mut sentences, mut events) = (0usize, 0usize);
    for _ in 0..args.rounds.max(1) {
        for d in &docs {
            let o = coder.code(d);
            sentences += o.sentences.len();
            events += o.events.len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let n = docs.len() * args.rounds.max(1);
    println!(
        "documents: {n} ({base} distinct), {:.1} MB, {sentences} sentences, {events} events",
        bytes as f64 / 1e6
    );
    println!("time: {secs:.3} s on one thread");
    println!(
        "throughput: {:.0} articles/s, {:.2} MB/s, {:.0} sentences/s",
        n as f64 / secs,
        bytes as f64 / 1e6 / secs,
        sentences as f64 / secs
    );
    Ok(ExitCode::SUCCESS)
}
