use anyhow::Result;
use std::process::ExitCode;
use warta_geo::{Gazetteer, GeoContext};

#[derive(clap::Args)]
pub struct PlacesArgs {
    /// The place name to look up, e.g. "Raqa" or "Georgia".
    pub name: String,
    /// Countries the article names (ISO alpha-2, comma-separated), as context for resolution.
    #[arg(long, value_delimiter = ',', value_name = "CC,CC")]
    pub countries: Vec<String>,
    /// Dateline places, used only as a tie-breaker.
    #[arg(long, value_delimiter = ',', value_name = "PLACE,PLACE")]
    pub dateline: Vec<String>,
    /// Show at most this many candidates.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
}

/// Prints the gazetteer's candidates for a name, best first, with the reasons of each score.
pub fn run(args: PlacesArgs) -> Result<ExitCode> {
    let ctx = GeoContext {
        countries: args.countries.iter().map(|c| c.trim().to_ascii_uppercase()).collect(),
        datelines: args.dateline.clone(),
        ..Default::default()
    };
    let cands = Gazetteer::embedded().explain(&args.name, &ctx);
    if cands.is_empty() {
        println!("{}: not in the gazetteer", args.name);
        return Ok(ExitCode::from(1));
    }
    println!(
        "{}: {} candidate(s); chosen: {}",
        args.name,
        cands.len(),
        describe(&cands[0].geo)
    );
    for (i, c) in cands.iter().take(args.limit).enumerate() {
        println!(
            "{} {:>7.2}  {}",
            if i == 0 { "→" } else { " " },
            c.score,
            describe(&c.geo)
        );
        for r in &c.reasons {
            println!("            {r}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn describe(g: &warta_core::Geo) -> String {
    format!(
        "{} [{}] {} ({:.3}, {:.3}){}",
        g.name,
        g.kind.as_deref().unwrap_or("?"),
        g.country.as_deref().unwrap_or("--"),
        g.lat,
        g.lon,
        g.geonameid.map(|id| format!(" geonameid {id}")).unwrap_or_default()
    )
}
