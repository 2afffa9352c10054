//! `warta search`: full-text search over the stored articles.

use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use warta_store::Store;

#[derive(clap::Args)]
pub struct SearchArgs {
    /// Words to find; Indonesian words also match their other forms (serangan → menyerang, diserang).
    /// "a phrase", prefix*, OR, NOT work.
    #[arg(value_name = "QUERY", required = true, num_args = 1..)]
    pub query: Vec<String>,
    #[arg(long, default_value = "warta.db", value_name = "FILE")]
    pub db: PathBuf,
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Print JSONL instead of a readable list.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: SearchArgs) -> Result<ExitCode> {
    let store = Store::open_existing(&args.db)?;
    let query = args.query.join(" ");
    let hits = store.search(&query, args.limit, args.offset)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for h in &hits {
        if args.json {
            writeln!(out, "{}", serde_json::to_string(h)?)?;
        } else {
            writeln!(
                out,
                "{}  {}  {}  [{}; {} events; matched by {}]",
                h.published.as_deref().unwrap_or("----------"),
                h.doc_id,
                h.title.as_deref().unwrap_or(""),
                h.source.as_deref().unwrap_or("?"),
                h.events,
                h.matched
            )?;
            writeln!(out, "    {}", h.snippet)?;
        }
    }
    if !args.json {
        writeln!(out, "{} results (offset {})", hits.len(), args.offset)?;
    }
    out.flush()?;
    Ok(if hits.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
