//! Actor stage: who is named in a sentence, as CAMEO actor codes.
//!
//! Public interface (used by `warta-events` and `warta-pipeline`):
//! - [`ActorDict::embedded`]: dictionaries compiled in from `dictionaries/actors/`.
//! - [`ActorDict::with_user_files`]: the same, overridden by a user's files.
//! - [`ActorDict::find`]: actor mentions of one tokenized sentence at a date, with the
//!   article's [`ActorContext`] for coreference (`Presiden Prancis Francois Hollande` … `Hollande`).
//! - [`ActorDict::explain`]: how a phrase resolves and why (for `warta actors`).

use std::path::PathBuf;
use warta_core::{Date, DictError, EntityType, Lang, Sentence};

/// An actor named in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorMention {
    /// Token span `start..end` in the sentence (the whole phrase, e.g. `Presiden Prancis Francois Hollande`).
    pub start: usize,
    pub end: usize,
    /// Full CAMEO code (`FRAGOV`, `IMGMUSISI`, `IGOEUREEC`); `---` plus a role code when the
    /// country is unknown (`---GOV`), or `---` alone for an unknown actor.
    pub code: String,
    pub text: String,
    /// Canonical name for a known person or organization (`Francois Hollande`).
    pub name: Option<String>,
}

/// A named entity found while matching actors (for the output's `entities`).
#[derive(Debug, Clone, PartialEq)]
pub struct EntitySpan {
    /// Token span.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: EntityType,
    pub actor: Option<String>,
}

/// Actors and entities of one sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceActors {
    pub mentions: Vec<ActorMention>,
    pub entities: Vec<EntitySpan>,
}

/// What the actor stage remembers across the sentences of one article.
#[derive(Debug, Clone, Default)]
pub struct ActorContext {
    /// Short forms of people already named in full (`hollande` → (`FRAGOV`, `Francois Hollande`)).
    pub people: Vec<(String, String, String)>,
    /// The country the article is mostly about (CAMEO code), for roles named alone.
    pub home_country: Option<String>,
}

/// How a phrase resolves (for `warta actors`).
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    pub mention: Option<ActorMention>,
    /// Human-readable steps: which entry, which term, which date range.
    pub steps: Vec<String>,
}

pub struct ActorDict {}

impl ActorDict {
    pub fn embedded() -> &'static ActorDict {
        static D: ActorDict = ActorDict {};
        &D
    }

    pub fn with_user_files(_paths: &[PathBuf]) -> Result<ActorDict, DictError> {
        Ok(ActorDict {})
    }

    pub fn find(
        &self,
        _sentence: &Sentence,
        _lang: &Lang,
        _date: Option<Date>,
        _ctx: &mut ActorContext,
    ) -> SentenceActors {
        SentenceActors::default()
    }

    pub fn explain(&self, _phrase: &str, _lang: &Lang, _date: Option<Date>) -> Explanation {
        Explanation {
            mention: None,
            steps: vec![],
        }
    }
}
