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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result: Result<ExitCode> = match cli.command {
        Command::Code(a) => commands::code::run(a),
        Command::Demo(a) => commands::demo::run(a),
        Command::Bench(a) => commands::bench::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("warta: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
