//! `warta bench-http` (hidden): a load test of a running `warta serve` from a second process,
//! bounded in requests and time, reporting requests/s and latency percentiles.

use anyhow::{bail, Context, Result};
use std::process::ExitCode;
use std::time::Duration;

#[derive(clap::Args)]
pub struct BenchHttpArgs {
    /// The server, e.g. http://127.0.0.1:8080 (plain HTTP only).
    #[arg(long)]
    pub url: String,
    /// Requests per endpoint at most.
    #[arg(long, default_value_t = 2000)]
    pub requests: usize,
    /// Connections sending at once.
    #[arg(long, default_value_t = 4)]
    pub concurrency: usize,
    /// Seconds per endpoint at most.
    #[arg(long, default_value_t = 20)]
    pub seconds: u64,
    /// Query string of GET /api/v1/events.
    #[arg(long, default_value = "limit=50")]
    pub events_query: String,
    /// A JSON document for POST /api/v1/code (default: a short Indonesian article of our own).
    #[arg(long, value_name = "FILE")]
    pub doc: Option<std::path::PathBuf>,
    /// Print the reports as JSON.
    #[arg(long)]
    pub json: bool,
}

const DOC: &str = r#"{"id":"bench","published":"2021-03-04","text":"Jakarta (ANTARA) - Menteri Luar Negeri Indonesia bertemu dengan Menteri Luar Negeri Malaysia di Kuala Lumpur pada Selasa untuk membahas kerja sama perbatasan. Kedua menteri sepakat memperkuat patroli bersama di Selat Malaka. Sementara itu, polisi menangkap tiga tersangka penyelundupan di Batam kemarin."}"#;

pub fn run(args: BenchHttpArgs) -> Result<ExitCode> {
    let Some(addr) = args.url.strip_prefix("http://") else {
        bail!("--url `{}`: give http://HOST:PORT", args.url);
    };
    let addr = addr.trim_end_matches('/').to_string();
    let doc = match &args.doc {
        Some(p) => std::fs::read(p).with_context(|| format!("reading {}", p.display()))?,
        None => DOC.as_bytes().to_vec(),
    };
    let max = Duration::from_secs(args.seconds.max(1));
    let events_path = format!("/api/v1/events?{}", args.events_query);
    let runs = [
        ("GET", events_path.as_str(), &b""[..]),
        ("POST", "/api/v1/code", doc.as_slice()),
    ];
    let mut failed = false;
    for (method, path, body) in runs {
        let r = warta_server::client::load(&addr, method, path, body, args.requests, args.concurrency, max)
            .with_context(|| format!("{method} {path} on {addr}"))?;
        failed |= r.errors > 0;
        if args.json {
            let mut v = serde_json::to_value(&r)?;
            v["endpoint"] = serde_json::json!(format!("{method} {path}"));
            println!("{v}");
        } else {
            println!(
                "{method} {path}: {} requests in {:.2} s, {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms, {} errors (concurrency {})",
                r.requests, r.seconds, r.per_second, r.p50_ms, r.p99_ms, r.max_ms, r.errors, args.concurrency
            );
        }
    }
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
