//! The end-of-run summary of `warta code` and `warta ingest`: what was read, coded, truncated
//! and skipped (with why), on stderr and, with `--report FILE`, as JSON; and the exit status.
//!
//! Exit statuses (README, "Exit status"): 0 every document read was coded (some maybe cut at
//! a cap, reported), 3 some records or files were skipped, 4 nothing readable (no document
//! coded), 2 a usage error (bad flag or value), 1 any other fatal error (output not writable,
//! database or dictionaries unreadable).

use anyhow::{Context, Result};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

pub const EXIT_ALL_CODED: u8 = 0;
pub const EXIT_FATAL: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_SOME_SKIPPED: u8 = 3;
pub const EXIT_NOTHING_READABLE: u8 = 4;

/// An error in what the user asked for (a flag's value): exit status 2, like clap's own.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub command: &'static str,
    /// Documents and records met: coded + skipped (+ already stored, for ingest).
    pub read: usize,
    /// Documents coded (for ingest: stored now or already stored).
    pub coded: usize,
    /// Of those, documents cut at a cap (`max_doc_bytes`, `max_sentences`…), coded up to it.
    pub truncated: usize,
    /// Records or files that could not be read at all.
    pub skipped: usize,
    /// Skipped, by reason.
    pub skipped_by_reason: BTreeMap<&'static str, usize>,
    pub events: usize,
    pub warnings: usize,
    /// `all coded`, `some skipped` or `nothing readable`.
    pub outcome: &'static str,
    pub exit_status: u8,
    pub seconds: f64,
}

/// The reason of a skip, from the reader's message (the full message is printed as it comes).
pub fn reason(message: &str) -> &'static str {
    const REASONS: &[(&str, &str)] = &[
        ("(max_doc_bytes)", "over a size cap"),
        ("over the cap", "over a size cap"),
        ("empty: no text", "empty"),
        ("binary data", "binary, not text"),
        ("no text", "no text in the page"),
        ("no article text", "no text in the page"),
        ("not JSON", "not JSON"),
        ("not a JSON object", "not a JSON object"),
        ("no `text` field", "no text field"),
        ("`text` is not a string", "no text field"),
        ("WARC record", "malformed WARC record"),
        ("feed", "malformed feed"),
        ("No such file", "cannot open"),
        ("Permission denied", "cannot open"),
        ("Is a directory", "cannot open"),
        ("gzip", "corrupt compressed data"),
        ("corrupt", "corrupt compressed data"),
        ("invalid", "corrupt compressed data"),
    ];
    REASONS
        .iter()
        .find(|(k, _)| message.contains(k))
        .map(|(_, r)| *r)
        .unwrap_or("unreadable")
}

impl Summary {
    pub fn skip(&mut self, message: &str) {
        self.skipped += 1;
        *self.skipped_by_reason.entry(reason(message)).or_default() += 1;
    }

    /// Sets the outcome and exit status from the counts.
    pub fn finish(&mut self, seconds: f64) {
        self.seconds = (seconds * 1000.0).round() / 1000.0;
        let (outcome, status) = if self.coded == 0 {
            ("nothing readable", EXIT_NOTHING_READABLE)
        } else if self.skipped > 0 {
            ("some skipped", EXIT_SOME_SKIPPED)
        } else {
            ("all coded", EXIT_ALL_CODED)
        };
        self.outcome = outcome;
        self.exit_status = status;
    }

    /// One line (and one per skip reason) on stderr.
    pub fn print(&self) {
        eprintln!(
            "warta: {}: {} read, {} coded ({} truncated at a cap), {} skipped, {} events, {} warnings in {:.1} s",
            self.outcome, self.read, self.coded, self.truncated, self.skipped, self.events, self.warnings, self.seconds
        );
        for (r, n) in &self.skipped_by_reason {
            eprintln!("warta:   skipped {n}: {r}");
        }
    }

    pub fn write_report(&self, path: Option<&Path>) -> Result<()> {
        if let Some(p) = path {
            let json = serde_json::to_string_pretty(self)?;
            std::fs::write(p, json + "\n").with_context(|| format!("writing report {}", p.display()))?;
        }
        Ok(())
    }

    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.exit_status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes() {
        let mut s = Summary::default();
        s.finish(0.0);
        assert_eq!(s.exit_status, EXIT_NOTHING_READABLE);
        s.coded = 2;
        s.finish(0.0);
        assert_eq!((s.outcome, s.exit_status), ("all coded", 0));
        s.skip("in.jsonl:3: not JSON: expected value");
        s.finish(0.0);
        assert_eq!((s.outcome, s.exit_status), ("some skipped", 3));
        assert_eq!(s.skipped_by_reason["not JSON"], 1);
        assert_eq!(reason("x.txt: binary data, not text"), "binary, not text");
        assert_eq!(reason("??"), "unreadable");
    }
}
