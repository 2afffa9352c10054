use super::clip;
use super::CoderArgs;
use anyhow::Result;
use std::process::ExitCode;
use warta_core::{InputDoc, OutputDoc};

/// An Indonesian news-style report written by the warta team for the demo (not a real article).
const DEMO_TEXT: &str = include_str!("../../assets/demo-id.txt");
const DEMO_PUBLISHED: &str = "2023-03-08";

#[derive(clap::Args)]
pub struct DemoArgs {
    /// Print the coded document as JSONL instead of tables.
    #[arg(long)]
    pub json: bool,
}

pub fn demo_doc() -> InputDoc {
    InputDoc {
        id: "warta-demo".into(),
        text: DEMO_TEXT.into(),
        published: Some(DEMO_PUBLISHED.into()),
        lang: None,
        title: Some("Contoh: krisis Rakhine".into()),
        url: None,
        source: Some("warta (example text)".into()),
    }
}

pub fn run(args: DemoArgs) -> Result<ExitCode> {
    let coder = CoderArgs::default().coder()?;
    let out = coder.code(&demo_doc());
    if args.json {
        println!("{}", serde_json::to_string(&out)?);
    } else {
        print!("{}", render(&out, coder.cameo()));
    }
    Ok(ExitCode::SUCCESS)
}

/// The readable report: events (sentence, who → whom, code and name, date, place), then times and entities.
pub fn render(out: &OutputDoc, cameo: &warta_core::CameoTable) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Document {} ({}, published {})",
        out.id,
        out.lang,
        out.published.as_deref().unwrap_or("?")
    );
    if !out.meta.datelines.is_empty() {
        let _ = writeln!(s, "Dateline: {}", out.meta.datelines.join(", "));
    }
    let _ = writeln!(s, "\nEVENTS ({})", out.events.len());
    for e in &out.events {
        let who = |a: &warta_core::ActorRef| format!("{} ({})", a.code, clip(a.name.as_deref().unwrap_or(&a.text), 28));
        let _ = writeln!(s, "  [s{}] {}", e.sentence, clip(&out.sentences[e.sentence], 100));
        let _ = writeln!(
            s,
            "        {} → {}  {} {}  date {}  place {}  «{}»",
            who(&e.source),
            who(&e.target),
            e.code,
            cameo.name(&e.code),
            e.date.as_deref().unwrap_or("-"),
            e.location.as_ref().map(|g| g.name.as_str()).unwrap_or("-"),
            e.evidence
        );
    }
    let _ = writeln!(s, "\nTIMES ({})", out.times.len());
    for t in &out.times {
        let _ = writeln!(
            s,
            "  [s{}] {:<28} {:<12} {:?}",
            t.sentence,
            t.text,
            t.value.as_deref().unwrap_or("null"),
            t.kind
        );
    }
    let _ = writeln!(s, "\nENTITIES ({})", out.entities.len());
    for e in &out.entities {
        let geo = e
            .geo
            .as_ref()
            .map(|g| format!("{} {:.2},{:.2}", g.name, g.lat, g.lon))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "  {:<32} {:<7?} {:<10} {}",
            e.text,
            e.kind,
            e.actor.as_deref().unwrap_or("-"),
            geo
        );
    }
    s
}
