//! `warta export`: events (and mentions) as JSONL, CSV (GDELT-like columns) or Parquet.

use super::events::FilterArgs;
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use warta_store::Store;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// One event a line with its mentions.
    Jsonl,
    /// GDELT-like columns (see crates/store/README.md); --mentions for the mentions table.
    Csv,
    /// Hive-style folders by date: OUT/events/date=YYYY-MM-DD/part-0.parquet and OUT/mentions/….
    Parquet,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    #[arg(long, default_value = "warta.db", value_name = "FILE")]
    pub db: PathBuf,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Output file (jsonl, csv; default standard output) or folder (parquet, required).
    #[arg(long, short, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// CSV: export the mentions (one row per article sentence) instead of the events.
    #[arg(long)]
    pub mentions: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub fn run(args: ExportArgs) -> Result<ExitCode> {
    let store = Store::open_existing(&args.db)?;
    let q = args.filter.query()?;
    if args.format == ExportFormat::Parquet {
        return parquet(&store, &q, args.out.as_ref());
    }
    let sink: Box<dyn Write> = match &args.out {
        Some(p) => Box::new(std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = std::io::BufWriter::new(sink);
    let n = match args.format {
        ExportFormat::Jsonl => store.export_jsonl(&q, &mut out)?,
        _ => store.export_csv(&q, args.mentions, &mut out)?,
    };
    out.flush()?;
    eprintln!(
        "warta: exported {n} {}",
        if args.mentions && args.format == ExportFormat::Csv {
            "mentions"
        } else {
            "events"
        }
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(feature = "parquet")]
fn parquet(store: &Store, q: &warta_store::EventQuery, out: Option<&PathBuf>) -> Result<ExitCode> {
    let Some(dir) = out else {
        bail!("--format parquet needs --out FOLDER");
    };
    let (e, m, files) = store.export_parquet(q, dir)?;
    eprintln!(
        "warta: exported {e} events and {m} mentions in {files} Parquet files under {}",
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "parquet"))]
fn parquet(_: &Store, _: &warta_store::EventQuery, _: Option<&PathBuf>) -> Result<ExitCode> {
    bail!("this warta was built without Parquet support (cargo feature `parquet`)");
}
