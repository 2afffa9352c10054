use super::CoderArgs;
use anyhow::{Context, Result};
use std::process::ExitCode;
use warta_core::Lang;

#[derive(clap::Args)]
pub struct ActorsArgs {
    /// The phrase to resolve, e.g. "Presiden Prancis" or "the French president".
    pub phrase: String,
    /// The date at which offices are looked up (YYYY-MM-DD; default: today's holders are not guessed, undated terms only).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Language of the phrase (id or en; default id).
    #[arg(long, default_value = "id")]
    pub lang: String,
    /// Your own actor dictionary files (as for `warta code --dict`).
    #[arg(long = "dict", value_name = "PATH")]
    pub dicts: Vec<std::path::PathBuf>,
}

/// Prints how a phrase resolves to a CAMEO actor code, and why.
pub fn run(args: ActorsArgs) -> Result<ExitCode> {
    let date = match &args.date {
        Some(d) => Some(warta_core::parse_date(d).with_context(|| format!("--date `{d}` is not a date (YYYY-MM-DD)"))?),
        None => None,
    };
    let coder = CoderArgs {
        dicts: args.dicts.clone(),
        ..CoderArgs::default()
    }
    .coder()?;
    let lang = Lang::parse(&args.lang);
    let ex = coder.actors().explain(&args.phrase, &lang, date);
    match &ex.mention {
        Some(m) => println!(
            "{}  →  {}{}",
            args.phrase,
            m.code,
            m.name.as_deref().map(|n| format!("  ({n})")).unwrap_or_default()
        ),
        None => println!("{}  →  no actor", args.phrase),
    }
    for s in &ex.steps {
        println!("  - {s}");
    }
    Ok(if ex.mention.is_some() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
