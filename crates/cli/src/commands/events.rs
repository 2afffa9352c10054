//! `warta events`: query the stored events.

use super::clip;
use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use warta_store::api::Filters;
use warta_store::query::Sort;
use warta_store::{EventQuery, EventRow, Store};

/// Filters shared by `warta events` and `warta export`.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct FilterArgs {
    /// Actor code or prefix on either side (IDN matches IDNGOV, IDNMIL…).
    #[arg(long)]
    pub actor: Option<String>,
    /// Source actor code or prefix.
    #[arg(long)]
    pub source: Option<String>,
    /// Target actor code or prefix.
    #[arg(long)]
    pub target: Option<String>,
    /// CAMEO event code or prefix (19 → 190…196).
    #[arg(long)]
    pub code: Option<String>,
    /// CAMEO root (two digits).
    #[arg(long)]
    pub root: Option<String>,
    /// Quad class 1–4 (verbal/material cooperation, verbal/material conflict).
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    pub quad: Option<u8>,
    /// From this date on (YYYY-MM-DD, YYYY-MM or YYYY), on the event date (publication day when the text gives none).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Up to this date, inclusive.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Country of the event's place (ISO 3166-1 alpha-2, e.g. ID, SY).
    #[arg(long)]
    pub country: Option<String>,
    /// Events placed within --radius-km of this point.
    #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
    pub near: Option<String>,
    #[arg(long, default_value_t = 50.0, value_name = "KM")]
    pub radius_km: f64,
    /// Events reported by articles matching this full-text query (words match by root too).
    #[arg(long)]
    pub text: Option<String>,
    /// Events reported by at least this many articles.
    #[arg(long, value_name = "N")]
    pub min_articles: Option<u32>,
}

impl FilterArgs {
    /// The filters as the store's shared [`Filters`] (also what `GET /api/v1/events` takes).
    pub fn filters(&self) -> Filters {
        Filters {
            actor: self.actor.clone(),
            source: self.source.clone(),
            target: self.target.clone(),
            code: self.code.clone(),
            root: self.root.clone(),
            quad: self.quad,
            from: self.from.clone(),
            to: self.to.clone(),
            country: self.country.clone(),
            near: self.near.clone(),
            radius_km: Some(self.radius_km),
            text: self.text.clone(),
            min_articles: self.min_articles,
        }
    }

    pub fn query(&self) -> Result<EventQuery> {
        Ok(self.filters().query()?)
    }
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ListFormat {
    #[default]
    Table,
    Jsonl,
    Csv,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, Default)]
pub enum SortArg {
    /// Newest first.
    #[default]
    Date,
    /// Oldest first.
    Oldest,
    /// Most mentioned first.
    Mentions,
    /// Most conflictual (lowest Goldstein) first.
    Goldstein,
}

#[derive(clap::Args)]
pub struct EventsArgs {
    #[arg(long, default_value = "warta.db", value_name = "FILE")]
    pub db: PathBuf,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[arg(long, value_enum, default_value_t = SortArg::Date)]
    pub sort: SortArg,
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    /// Show each event's mentions (article, sentence, evidence).
    #[arg(long)]
    pub mentions: bool,
}

pub fn run(args: EventsArgs) -> Result<ExitCode> {
    let store = Store::open_existing(&args.db)?;
    let mut q = args.filter.query()?;
    q.limit = args.limit;
    q.offset = args.offset;
    q.sort = match args.sort {
        SortArg::Date => Sort::Date,
        SortArg::Oldest => Sort::DateAsc,
        SortArg::Mentions => Sort::Mentions,
        SortArg::Goldstein => Sort::Goldstein,
    };
    let rows = store.events(&q)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        ListFormat::Jsonl => {
            for e in &rows {
                let mut v = serde_json::to_value(e)?;
                if args.mentions {
                    v["mentions"] = serde_json::to_value(store.mentions(e.id)?)?;
                }
                writeln!(out, "{v}")?;
            }
        }
        ListFormat::Csv => {
            let header: Vec<&str> = warta_store::export::EVENT_SCHEMA.iter().map(|(n, _)| *n).collect();
            writeln!(out, "{}", header.join(","))?;
            for e in &rows {
                let cells = warta_store::export::event_cells(e);
                let line: Vec<String> = cells.iter().map(warta_store::api::csv_cell).collect();
                writeln!(out, "{}", line.join(","))?;
            }
        }
        ListFormat::Table => {
            // Counting every match of a common filter costs more than the page: count up to
            // 10,000 past the page ("20 of 10,020+").
            let cap = (args.offset + rows.len()) as u64 + 10_000;
            let count = store.count_events_capped(&q, cap)?;
            let total = count.n;
            table(&mut out, &rows, &store, args.mentions)?;
            writeln!(
                out,
                "{} of {total}{} events (offset {}{})",
                rows.len(),
                if count.more { "+" } else { "" },
                args.offset,
                if args.offset + rows.len() < total as usize {
                    format!("; next page: --offset {}", args.offset + rows.len())
                } else {
                    String::new()
                }
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn table(out: &mut impl Write, rows: &[EventRow], store: &Store, mentions: bool) -> Result<()> {
    let cameo = warta_core::CameoTable::embedded();
    writeln!(
        out,
        "{:>8}  {:<10}  {:<12} {:<12} {:<5} {:<28} {:<16} {:>4} {:>4} {:>4}",
        "ID", "DATE", "SOURCE", "TARGET", "CODE", "EVENT", "PLACE", "MENT", "ART", "SRC"
    )?;
    for e in rows {
        let date = match (&e.date, e.date_from_text) {
            (Some(d), true) => d.clone(),
            (Some(d), false) => format!("{d}*"),
            (None, _) => "-".into(),
        };
        writeln!(
            out,
            "{:>8}  {:<10}  {:<12} {:<12} {:<5} {:<28} {:<16} {:>4} {:>4} {:>4}",
            e.id,
            date,
            clip(&e.source, 12),
            clip(&e.target, 12),
            e.code,
            clip(cameo.name(&e.code), 28),
            clip(e.place.as_deref().unwrap_or("-"), 16),
            e.num_mentions,
            e.num_articles,
            e.num_sources
        )?;
        if mentions {
            for m in store.mentions(e.id)? {
                writeln!(
                    out,
                    "          · {} s{} «{}» {}",
                    clip(&m.doc_id, 40),
                    m.sentence,
                    m.evidence,
                    clip(&m.sentence_text, 90)
                )?;
            }
        }
    }
    if rows.iter().any(|e| !e.date_from_text && e.date.is_some()) {
        writeln!(out, "(* publication day: the text gives no date for the event)")?;
    }
    Ok(())
}
