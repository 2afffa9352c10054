pub mod actors;
pub mod bench;
pub mod bench_http;
pub mod bench_store;
pub mod code;
pub mod demo;
pub mod events;
pub mod export;
pub mod ingest;
pub mod places;
pub mod search;
pub mod serve;
pub mod stats;
pub mod summary;

use anyhow::{Context, Result};
use std::path::PathBuf;
use summary::UsageError;
use warta_core::Lang;
use warta_pipeline::{Coder, Limits, Options, TimeStyle};

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeStyleArg {
    Warta,
    Timeml,
}

/// Options shared by every command that codes text.
#[derive(clap::Args, Clone, Debug)]
pub struct CoderArgs {
    /// Publication date (YYYY-MM-DD) for documents that carry none; anchors relative dates.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub published: Option<String>,
    /// Language of the documents (id or en) instead of detecting it.
    #[arg(long, value_name = "id|en")]
    pub lang: Option<String>,
    /// An actor dictionary file of your own (TSV, see README); repeatable; overrides built-in entries.
    #[arg(long = "dict", value_name = "PATH")]
    pub dicts: Vec<PathBuf>,
    /// An Indonesian verb file of your own (id.tsv format, see dictionaries/verbs/README.md); repeatable; a row replaces the built-in rows of its predicate.
    #[arg(long = "verbs", value_name = "PATH")]
    pub verbs: Vec<PathBuf>,
    /// An English verb file of your own (PETRARCH verb format, like dictionaries/verbs/en.verbs.txt); repeatable; its patterns are tried before the built-in ones.
    #[arg(long = "en-verbs", value_name = "PATH")]
    pub en_verbs: Vec<PathBuf>,
    /// Keep negated events in the output, flagged "negated": true.
    #[arg(long)]
    pub keep_negated: bool,
    /// Bytes of text coded per document; longer documents are coded up to the cap, with a warning.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_doc_bytes)]
    pub max_doc_bytes: usize,
    /// Sentences coded per document.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_sentences)]
    pub max_sentences: usize,
    /// A folder of TABARI/PETRARCH dictionaries (*actors*, *agents*, *verbs*, *discards* files) to code English with.
    #[arg(long, value_name = "DIR")]
    pub petrarch_dicts: Option<PathBuf>,
    /// Time values in warta's style (a day with a part of day is that day) or TimeML's (`2015-11-17TNI`, clock times as TIME).
    #[arg(long, value_enum, default_value_t = TimeStyleArg::Warta)]
    pub time_style: TimeStyleArg,
    /// Events kept per document.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_events)]
    pub max_events: usize,
    /// Bytes of one sentence coded; a longer sentence is coded up to the cap, with a warning.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_sentence_bytes)]
    pub max_sentence_bytes: usize,
    /// Tokens of one sentence coded; a longer sentence is coded up to the cap, with a warning.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_tokens)]
    pub max_tokens: usize,
}

impl CoderArgs {
    pub fn coder(&self) -> Result<Coder> {
        if let Some(p) = &self.published {
            if warta_core::parse_date(p).is_none() {
                return Err(UsageError(format!("--published `{p}` is not a date (YYYY-MM-DD)")).into());
            }
        }
        let lang = match self.lang.as_deref() {
            None => None,
            Some(l) => match Lang::parse(l) {
                Lang::Other(o) => {
                    return Err(UsageError(format!(
                        "--lang `{o}`: warta codes `id` (Indonesian) and `en` (English)"
                    ))
                    .into())
                }
                l => Some(l),
            },
        };
        // Readers hold no more of a document in memory than the coder will code.
        warta_input::set_max_doc_bytes(self.max_doc_bytes);
        let opts = Options {
            lang,
            published: self.published.clone(),
            actor_dicts: self.dicts.clone(),
            verb_dicts: self.verbs.clone(),
            en_verb_dicts: self.en_verbs.clone(),
            keep_negated: self.keep_negated,
            petrarch_dicts: self.petrarch_dicts.clone(),
            time_style: match self.time_style {
                TimeStyleArg::Warta => TimeStyle::Warta,
                TimeStyleArg::Timeml => TimeStyle::TimeMl,
            },
            limits: Limits {
                max_doc_bytes: self.max_doc_bytes,
                max_sentences: self.max_sentences,
                max_events: self.max_events,
                max_sentence_bytes: self.max_sentence_bytes,
                max_tokens: self.max_tokens,
            },
        };
        Coder::new(opts).context("loading dictionaries")
    }
}

impl Default for CoderArgs {
    fn default() -> CoderArgs {
        let l = Limits::default();
        CoderArgs {
            published: None,
            lang: None,
            dicts: Vec::new(),
            verbs: Vec::new(),
            en_verbs: Vec::new(),
            keep_negated: false,
            petrarch_dicts: None,
            time_style: TimeStyleArg::Warta,
            max_doc_bytes: l.max_doc_bytes,
            max_sentences: l.max_sentences,
            max_events: l.max_events,
            max_sentence_bytes: l.max_sentence_bytes,
            max_tokens: l.max_tokens,
        }
    }
}

/// `s` cut to at most `n` characters, with an ellipsis when cut (for tables).
pub fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Sizes rayon's global pool (`--threads`); without a number it uses every core.
pub fn set_threads(n: Option<usize>) {
    if let Some(n) = n {
        // Fails only if the pool was already built, which leaves the earlier size in force.
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .ok();
    }
}
