//! `warta serve`: the HTTP API and the web page (see crates/server).

use super::CoderArgs;
use anyhow::{Context, Result};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(clap::Args)]
pub struct ServeArgs {
    /// The database file (created when absent, so `POST /api/v1/ingest` can fill it).
    #[arg(long, default_value = "warta.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Address to listen on. Loopback by default: anything else exposes the API to the network.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "HOST:PORT")]
    pub addr: String,
    /// Bearer token that allows `POST /api/v1/ingest` (or env WARTA_TOKEN); without one, ingest is off.
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,
    /// Largest request body in bytes.
    #[arg(long, default_value_t = 4 << 20, value_name = "BYTES")]
    pub max_body: usize,
    /// Time limit of one request, in seconds.
    #[arg(long, default_value_t = 20, value_name = "SECONDS")]
    pub timeout: u64,
    /// Largest page of GET /api/v1/events.
    #[arg(long, default_value_t = 1000, value_name = "N")]
    pub max_limit: usize,
    /// Seconds a client has to send a request's headers before it is disconnected.
    #[arg(long, default_value_t = 10, value_name = "SECONDS")]
    pub header_timeout: u64,
    /// Connections served at once; more clients wait to be accepted.
    #[arg(long, default_value_t = 512, value_name = "N")]
    pub max_connections: usize,
    #[command(flatten)]
    pub coder: CoderArgs,
}

pub fn run(args: ServeArgs) -> Result<ExitCode> {
    let coder = args.coder.coder()?;
    let token = args
        .token
        .clone()
        .or_else(|| std::env::var("WARTA_TOKEN").ok())
        .filter(|t| !t.trim().is_empty());
    let config = warta_server::Config {
        db: args.db.clone(),
        token,
        max_body: args.max_body,
        timeout: Duration::from_secs(args.timeout.max(1)),
        max_limit: args.max_limit.max(1),
        header_timeout: Duration::from_secs(args.header_timeout.max(1)),
        max_connections: args.max_connections.max(1),
    };
    let ingest = if config.token.is_some() {
        "on (bearer token)"
    } else {
        "off (no --token)"
    };
    let state = warta_server::AppState::new(config, coder).with_context(|| format!("opening {}", args.db.display()))?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the runtime")?;
    rt.block_on(async {
        let listener = tokio::net::TcpListener::bind(&args.addr)
            .await
            .with_context(|| format!("listening on {}", args.addr))?;
        let addr = listener.local_addr()?;
        if !addr.ip().is_loopback() {
            eprintln!("warta: warning: listening on {addr}, reachable from other machines");
        }
        eprintln!(
            "warta: serving {} on http://{addr}/ (API under /api/v1, OpenAPI at /api/openapi.json; ingest {ingest}); Ctrl-C stops",
            args.db.display()
        );
        let shutdown = async {
            tokio::signal::ctrl_c().await.ok();
        };
        warta_server::serve(listener, state, shutdown).await?;
        Ok::<_, anyhow::Error>(())
    })?;
    Ok(ExitCode::SUCCESS)
}
