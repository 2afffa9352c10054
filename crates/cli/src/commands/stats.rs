//! `warta stats`: what the store holds.

use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;
use warta_store::Store;

#[derive(clap::Args)]
pub struct StatsArgs {
    #[arg(long, default_value = "warta.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

fn mb(b: u64) -> String {
    format!("{:.1} MB", b as f64 / 1e6)
}

pub fn run(args: StatsArgs) -> Result<ExitCode> {
    let store = Store::open_existing(&args.db)?;
    let s = store.stats()?;
    if args.json {
        println!("{}", serde_json::to_string(&s)?);
        return Ok(ExitCode::SUCCESS);
    }
    let list = |v: &[(String, i64)]| {
        v.iter()
            .map(|(k, n)| format!("{} {n}", if k.is_empty() { "?" } else { k }))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let range = |r: &(Option<String>, Option<String>)| match r {
        (Some(a), Some(b)) => format!("{a} … {b}"),
        _ => "-".into(),
    };
    println!(
        "database:   {} ({} + {} WAL)",
        args.db.display(),
        mb(s.db_bytes),
        mb(s.wal_bytes)
    );
    println!("documents:  {}", s.documents);
    println!("languages:  {}", list(&s.languages));
    println!("sources:    {}", list(&s.sources));
    println!("published:  {}", range(&s.published));
    println!(
        "events:     {} ({} reported by more than one article)",
        s.events, s.multi_article_events
    );
    println!("mentions:   {}", s.mentions);
    println!("event days: {}", range(&s.event_dates));
    println!("quad class: {}", list(&s.quad_classes));
    if s.documents > 0 {
        println!(
            "size:       {} per 1,000 documents",
            mb((s.db_bytes + s.wal_bytes) * 1000 / s.documents as u64)
        );
    }
    Ok(ExitCode::SUCCESS)
}
