//! Morphology stage: what a word is made of.
//!
//! Public interface (used by `warta-events` and `warta-pipeline`):
//! - [`Morph::indonesian`]: the analyzer with the shipped root lexicon.
//! - [`Morph::analyze`]: root, affixes and voice of one word.
//! - [`lemma_en`]: the lemma of an English word (verbs and nouns, irregular forms included).
//!
//! Data (all under `dictionaries/morph/`, compiled in, parsed once):
//! - `roots_id.txt`: roots with hunspell-id affix flags (LGPL-3, built by `scripts/morph/build_lexicon.py`);
//! - `roots_extra_id.txt`: the project's own additions; `not_roots_id.txt`: entries removed;
//! - `hunspell_flags_id.tsv`: what each hunspell flag licenses (prefix chain + suffix);
//! - `ter_stative_id.txt`: transitive roots whose ter- form is still stative (`terdapat`);
//! - `bound_prefixes_id.txt`: bound forms before a word (`pasca-`, `antar-`, `anti-`);
//! - `words_en.txt` (SCOWL stems with S/G/D flags), `words_extra_en.txt`, `keep_en.txt` and
//!   `irregular_en.tsv` for English.
//!
//! How a word is read: every split `prefix* root suffix? possessive? particle?` is tried, with the
//! nasal allomorphs of meN-/pe(N)- and their deleted initials restored (`memukul` → `pukul`,
//! `menembak` → `tembak`, `menyerang` → `serang`, `mengirim` → `kirim`, `mengebom` → `bom`), and
//! stacked prefixes (`memper-`, `diper-`, `keber-`, `pember-`). Among the splits whose root is in
//! the lexicon, the best is the one whose (prefix chain, suffix) the root's hunspell flags license,
//! then the one with fewest morphemes, fewest prefixes, and no recoded initial (`memasak` → `masak`).
//!
//! Choices worth knowing:
//! - Voice: meN- Active, di- Passive, ber- and ke-…-an Stative; ter- Passive on a root that takes
//!   bare di- (`tertembak`) or with a suffix, else Stative (`terbesar`; `ter_stative_id.txt` lists
//!   exceptions such as `tersebut`). Bare roots and pe(N)-/per-/se- nouns: `None`.
//! - `tembak-menembak` (reciprocal): root `tembak`, reduplicated, Stative.
//! - Compounds keep the lexicon's fused form: `membumihanguskan` → `bumihangus`,
//!   `menandatangani` → `tandatangan`. Two-word expressions are read word by word:
//!   `berunjuk rasa` → `unjuk` (ber-, Stative) + `rasa`.
//! - A capitalised word is read as derived only when the flags license it (so `Kediri` stays a
//!   name); acronyms of up to five capitals (`TNI`, `PBB`) are returned as they are.

mod en;
mod id;

use std::sync::LazyLock;

pub use en::lemma_en;

/// Grammatical voice signalled by the verb's prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Voice {
    /// meN- (and bare roots used as verbs).
    Active,
    /// di- (and ter- when it marks an agentless passive).
    Passive,
    /// ber-, ter- stative, ke-…-an, reciprocal reduplication (`tembak-menembak`): no agent-patient
    /// transfer.
    Stative,
    /// No voice prefix (bare roots, nouns with pe(N)-, per-, se-): the analyzer cannot tell a bare
    /// verb from a noun, so it says nothing.
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

pub struct Morph {
    lexicon: id::Lexicon,
}

static INDONESIAN: LazyLock<Morph> = LazyLock::new(|| Morph {
    lexicon: id::Lexicon::load().unwrap_or_else(|e| panic!("shipped morphology data is invalid: {e}")),
});

impl Morph {
    /// The analyzer with the lexicon shipped in `dictionaries/morph/`.
    pub fn indonesian() -> &'static Morph {
        &INDONESIAN
    }

    /// Root, affixes and voice of one word. Never panics; a word it cannot read (name, acronym,
    /// loanword, number) comes back lower-cased as its own root with `known` telling whether the
    /// lexicon has it.
    pub fn analyze(&self, word: &str) -> Analysis {
        self.lexicon.analyze(word)
    }

    /// Number of roots in the lexicon (shipped list plus additions, less removals).
    pub fn lexicon_size(&self) -> usize {
        self.lexicon.len()
    }

    /// Whether `root` (lower-case) is in the lexicon.
    pub fn is_root(&self, root: &str) -> bool {
        self.lexicon.contains(root)
    }
}

#[cfg(test)]
mod tests;
