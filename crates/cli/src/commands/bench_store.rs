//! `warta bench-store` (hidden): latency of five typical store queries, measured in-process
//! (the database opened once, each query run `--runs` times after one warm-up run), as
//! `warta events` (page and its "N of TOTAL" count) and `warta search` do them. Both wall-clock
//! time and the thread's CPU time are reported: on a machine shared with other work the wall
//! clock also counts the time the thread waited for a core.
//! scripts/store/bench.sh builds a corpus, ingests it and runs this.

use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use warta_store::{EventQuery, Store};

#[derive(clap::Args)]
pub struct BenchStoreArgs {
    #[arg(long, default_value = "warta.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Runs of each query.
    #[arg(long, default_value_t = 50)]
    pub runs: usize,
    /// Print one JSON object per query instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// One query of the benchmark: what `warta events` would be given.
pub struct Case {
    pub name: &'static str,
    pub command: &'static str,
    pub query: Option<EventQuery>,
    pub search: Option<&'static str>,
}

/// The five typical queries.
pub fn cases() -> Vec<Case> {
    let q = |f: &dyn Fn(&mut EventQuery)| {
        let mut q = EventQuery {
            limit: 20,
            ..EventQuery::default()
        };
        f(&mut q);
        Some(q)
    };
    vec![
        Case {
            name: "actor",
            command: "warta events --actor IDN",
            query: q(&|q| q.actor = Some("IDN".into())),
            search: None,
        },
        Case {
            name: "actor pair, date range",
            command: "warta events --source IDN --target USA --from 2010-01-01 --to 2019-12-31",
            query: q(&|q| {
                q.source = Some("IDN".into());
                q.target = Some("USA".into());
                q.from = Some("2010-01-01".into());
                q.to = Some("2019-12-31".into());
            }),
            search: None,
        },
        Case {
            name: "root + country",
            command: "warta events --root 19 --country ID",
            query: q(&|q| {
                q.root = Some("19".into());
                q.country = Some("ID".into());
            }),
            search: None,
        },
        Case {
            name: "place within radius",
            command: "warta events --near -6.2,106.8 --radius-km 100",
            query: q(&|q| q.near = Some((-6.2, 106.8, 100.0))),
            search: None,
        },
        Case {
            name: "text search",
            command: "warta search serangan",
            query: None,
            search: Some("serangan"),
        },
    ]
}

/// Runs one case once: (rows on the page, total as the table prints it).
pub fn run_case(store: &Store, c: &Case) -> Result<(usize, String)> {
    if let Some(q) = &c.query {
        let rows = store.events(q)?;
        // As `warta events` prints it.
        let count = store.count_events_capped(q, (q.offset + rows.len()) as u64 + 10_000)?;
        Ok((rows.len(), format!("{}{}", count.n, if count.more { "+" } else { "" })))
    } else {
        let hits = store.search(c.search.unwrap_or(""), 10, 0)?;
        Ok((hits.len(), String::from("-")))
    }
}

/// CPU time of the calling thread, in seconds (SQLite runs a query on the calling thread).
fn thread_cpu() -> f64 {
    warta_store::ingest::thread_cpu()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

pub fn run(args: BenchStoreArgs) -> Result<ExitCode> {
    let store = Store::open_existing(&args.db)?;
    let runs = args.runs.max(1);
    if !args.json {
        println!(
            "{:<24} {:<78} {:>8} {:>8} {:>8} {:>8} {:>5} {:>9}",
            "query", "command", "p50 ms", "p99 ms", "cpu p50", "cpu p99", "rows", "total"
        );
    }
    for c in cases() {
        let (rows, total) = run_case(&store, &c)?;
        let (mut ms, mut cpu) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
        for _ in 0..runs {
            let (t, c0) = (Instant::now(), thread_cpu());
            run_case(&store, &c)?;
            ms.push(t.elapsed().as_secs_f64() * 1e3);
            cpu.push((thread_cpu() - c0) * 1e3);
        }
        ms.sort_by(f64::total_cmp);
        cpu.sort_by(f64::total_cmp);
        let (p50, p99) = (percentile(&ms, 0.50), percentile(&ms, 0.99));
        let (c50, c99) = (percentile(&cpu, 0.50), percentile(&cpu, 0.99));
        if args.json {
            println!(
                "{}",
                serde_json::json!({"query": c.name, "command": c.command, "p50_ms": p50, "p99_ms": p99,
                    "cpu_p50_ms": c50, "cpu_p99_ms": c99, "rows": rows, "total": total, "runs": runs})
            );
        } else {
            println!(
                "{:<24} {:<78} {:>8.1} {:>8.1} {:>8.1} {:>8.1} {:>5} {:>9}",
                c.name, c.command, p50, p99, c50, c99, rows, total
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
