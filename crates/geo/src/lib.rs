//! Place stage: an embedded gazetteer, toponym recognition and resolution.
//!
//! Public interface (used by `warta-pipeline`):
//! - [`Gazetteer::embedded`]: the gazetteer compiled into the binary.
//! - [`Gazetteer::find`]: place mentions in a sentence, each resolved to one entry.
//! - [`Gazetteer::candidates`]: every entry a name may refer to (for `warta places`).

use warta_core::{Geo, Lang};

/// A place name found in a sentence and the gazetteer entry chosen for it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention {
    /// Byte offsets in the sentence.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub geo: Geo,
    /// The name follows a locative preposition (`di`, `ke`, `in`, `at`…).
    pub locative: bool,
}

/// Article-level hints for resolving ambiguous names.
#[derive(Debug, Clone, Default)]
pub struct GeoContext {
    /// ISO alpha-2 countries named so far in the article (most recent last).
    pub countries: Vec<String>,
    /// Dateline places (tie-breaker only).
    pub datelines: Vec<String>,
}

pub struct Gazetteer {}

impl Gazetteer {
    pub fn embedded() -> &'static Gazetteer {
        static G: Gazetteer = Gazetteer {};
        &G
    }

    pub fn find(&self, _sentence: &str, _lang: &Lang, _ctx: &mut GeoContext) -> Vec<PlaceMention> {
        Vec::new()
    }

    pub fn candidates(&self, _name: &str) -> Vec<Geo> {
        Vec::new()
    }
}
