//! `warta`: the command line. Thin: parsing arguments, reading inputs, writing outputs;
//! the coding itself is `warta_pipeline::Coder`.

mod commands;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "warta", version, about = "Codes Indonesian and English news into CAMEO political event data: who did what to whom, when and where.", long_about = None)]
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result: Result<ExitCode> = match cli.command {
        Command::Code(a) => commands::code::run(a),
        Command::Demo(a) => commands::demo::run(a),
        Command::Bench(a) => commands::bench::run(a),
        Command::Actors(a) => commands::actors::run(a),
        Command::Ingest(a) => commands::ingest::run(a),
        Command::Events(a) => commands::events::run(a),
        Command::Search(a) => commands::search::run(a),
        Command::Export(a) => commands::export::run(a),
        Command::Stats(a) => commands::stats::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("warta: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
