//! `warta`: the command line. Thin: parsing arguments, reading inputs, writing outputs;
//! the coding itself is `warta_pipeline::Coder`.

mod commands;

// The coder allocates many small strings and vectors per token and sentence (malloc and free
// were ~15 % of `warta bench`): mimalloc serves them faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Data credits, shown by `--help` and `--version` (and in README).
macro_rules! credits {
    () => {
        "Data credits: CAMEO event codes and labels (Schrodt et al.); Indonesian roots from Debian hunspell-id (LGPL-3); \
place data from GeoNames (https://www.geonames.org), CC BY 4.0; country names from Unicode CLDR. See README, Data credits."
    };
}

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "warta", version, about = "Codes Indonesian and English news into CAMEO political event data: who did what to whom, when and where.", long_about = None, after_help = credits!(), long_version = concat!(env!("CARGO_PKG_VERSION"), "\n", credits!()))]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code documents (.txt, .html, .jsonl, or - for standard input) into JSONL events.
    Code(commands::code::CodeArgs),
    /// Code the bundled example article and print a readable table (or --json).
    Demo(commands::demo::DemoArgs),
    /// Measure coding throughput over a corpus (articles/s, MB/s, sentences/s).
    Bench(commands::bench::BenchArgs),
    /// Show how a phrase resolves to a CAMEO actor code at a date, and why.
    Actors(commands::actors::ActorsArgs),
    /// Show the gazetteer's candidates for a place name and the one chosen, with reasons.
    Places(commands::places::PlacesArgs),
    /// Code files and folders (.txt, .html, .jsonl[.gz], .warc[.gz], RSS/Atom) into a SQLite store.
    Ingest(commands::ingest::IngestArgs),
    /// List stored events (deduplicated across articles) with filters.
    Events(commands::events::EventsArgs),
    /// Full-text search over stored articles (Indonesian words match their other forms).
    Search(commands::search::SearchArgs),
    /// Export stored events and mentions as JSONL, CSV (GDELT-like) or Parquet.
    Export(commands::export::ExportArgs),
    /// Counts, languages, date ranges and size of a store.
    Stats(commands::stats::StatsArgs),
    /// Serve the HTTP API and the web page (map, timeline, events, articles) over a store.
    Serve(commands::serve::ServeArgs),
    /// Load-test a running `warta serve` (requests/s, p50/p99 latency).
    #[command(hide = true)]
    BenchHttp(commands::bench_http::BenchHttpArgs),
    /// Latency of five typical store queries, in-process (scripts/store/bench.sh).
    #[command(hide = true)]
    BenchStore(commands::bench_store::BenchStoreArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve(_) | Command::BenchHttp(_)) {
        default_sigpipe();
    }
    let result: Result<ExitCode> = match cli.command {
        Command::Code(a) => commands::code::run(a),
        Command::Demo(a) => commands::demo::run(a),
        Command::Bench(a) => commands::bench::run(a),
        Command::Actors(a) => commands::actors::run(a),
        Command::Places(a) => commands::places::run(a),
        Command::Ingest(a) => commands::ingest::run(a),
        Command::Events(a) => commands::events::run(a),
        Command::Search(a) => commands::search::run(a),
        Command::Export(a) => commands::export::run(a),
        Command::Stats(a) => commands::stats::run(a),
        Command::Serve(a) => commands::serve::run(a),
        Command::BenchHttp(a) => commands::bench_http::run(a),
        Command::BenchStore(a) => commands::bench_store::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("warta: error: {e:#}");
            // A bad flag value is a usage error like clap's own (2); anything else is fatal (1).
            let usage = e.downcast_ref::<commands::summary::UsageError>().is_some();
            ExitCode::from(if usage {
                commands::summary::EXIT_USAGE
            } else {
                commands::summary::EXIT_FATAL
            })
        }
    }
}

/// Rust ignores SIGPIPE, so `warta events | head` would end in a "broken pipe" panic from
/// `println!`. Batch commands take the default action instead and end quietly, as Unix tools do;
/// the server keeps ignoring it (a client that hangs up must not stop it).
fn default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called once at start-up, before any thread is spawned.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
