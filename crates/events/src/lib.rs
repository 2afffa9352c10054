//! Event stage: CAMEO events from a sentence's predicates and actors.
//!
//! Public interface (used by `warta-pipeline`):
//! - [`EventCoder::embedded`]: verb and noun patterns compiled in from `dictionaries/verbs/`.
//! - [`EventCoder::code`]: events of one sentence, given its tokens, their morphological
//!   analyses and its actor mentions.
//!
//! How a sentence is read (details in `dictionaries/verbs/README.md`):
//! 1. predicates: each word is looked up by its analysed root and affix form, else by the
//!    surface forms generated from the dictionary; multi-word predicates need their following
//!    words; noun predicates (`serangan`) count only after a light verb (`melancarkan`) or
//!    before a passive light verb (`dilakukan oleh X`);
//! 2. clauses: split at punctuation, quotes, subordinators (`yang`, `bahwa`, `namun`…) and at
//!    coordinators (`dan`, `untuk`…) followed by a verb;
//! 3. sides: active — subject actor before the verb, object actor after it (directly or after
//!    `kepada/dengan/terhadap/ke/atas/melawan…`); passive — `oleh X` or a directly following
//!    actor is the source, the subject the target; compound actors give one event each;
//! 4. negation, intent and threat words scanned leftwards from the verb.

mod engine;
mod forms;
mod lexicon;

pub use forms::{FormKey, Kind};
pub use lexicon::{class, Lexicon, Pattern};

use std::sync::LazyLock;
use warta_actors::ActorMention;
use warta_core::{DictError, Lang, Sentence};
use warta_morph::Analysis;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Modality {
    /// Reported as having happened.
    #[default]
    Actual,
    /// Announced, planned or vowed (`akan mengunjungi`, `will visit`).
    Intent,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Actual => "actual",
            Modality::Intent => "intent",
        }
    }
}

/// One side of an event.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    pub code: String,
    pub text: String,
    pub name: Option<String>,
    /// Token span in the sentence, when the actor is named there.
    pub span: Option<(usize, usize)>,
}

impl Side {
    pub fn from_mention(m: &ActorMention) -> Side {
        Side {
            code: m.code.clone(),
            text: m.text.clone(),
            name: m.name.clone(),
            span: Some((m.start, m.end)),
        }
    }
    /// An actor the text leaves unnamed.
    pub fn unknown() -> Side {
        Side {
            code: "---".to_string(),
            text: String::new(),
            name: None,
            span: None,
        }
    }
    pub fn is_unknown(&self) -> bool {
        self.code == "---" && self.span.is_none()
    }
    /// The same actor told again in a later sentence: no span there.
    fn carried(&self) -> Side {
        Side {
            span: None,
            ..self.clone()
        }
    }
}

/// A place of the sentence that lies in a known country (token span, CAMEO country code),
/// given by the place stage: a town attacked names no actor, but its country is the target.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceTarget {
    pub start: usize,
    pub end: usize,
    pub code: String,
}

/// An event found in a sentence, before dating and placing.
#[derive(Debug, Clone, PartialEq)]
pub struct RawEvent {
    pub source: Side,
    pub target: Side,
    /// CAMEO code with its leading zero.
    pub code: String,
    /// Token span of the words carrying the event.
    pub trigger: (usize, usize),
    /// Token span of the clause the event is told in (where its date and place are looked for).
    pub clause: (usize, usize),
    pub negated: bool,
    pub modality: Modality,
}

/// What the event stage remembers across sentences (the last subject, for pronouns).
#[derive(Debug, Clone, Default)]
pub struct EventContext {
    pub last_subject: Option<Side>,
    /// Sentences seen so far in the article.
    pub sentence: usize,
    /// Last named target per two-digit root, with the sentence it was named in (for a
    /// further strike told without its target).
    pub targets: Vec<(String, Side, usize)>,
    /// Last named source per two-digit root (the unnamed agent of a later passive).
    pub agents: Vec<(String, Side)>,
    /// A group of people (protesters, students, civilians) named as the target of the last
    /// sentence that had one, with that sentence (for a following `mereka`).
    pub last_group: Option<(Side, usize)>,
    /// The two sides of the first act between two named actors in the last sentence that had
    /// one, with that sentence (for a following `keduanya`, `kedua negara`).
    pub last_pair: Option<([Side; 2], usize)>,
    /// The actors (codes) that used force in the article so far.
    pub force_agents: Vec<String>,
    /// The source of the last event with a named source and a target, with its sentence (for a later
    /// `mengecam keputusan itu`: a deed named again stands for its doer).
    pub last_source: Option<(Side, usize)>,
    /// The last one-person office (`Gubernur Bengkulu`) named as a source or target, with its
    /// sentence (for a following `ia`, `dia`, `beliau` when the last subject is an institution).
    pub last_person: Option<(Side, usize)>,
}

impl EventContext {
    fn set(list: &mut Vec<(String, Side)>, root: &str, side: Side) {
        if let Some(x) = list.iter_mut().find(|(r, _)| r == root) {
            x.1 = side;
        } else {
            list.push((root.to_string(), side));
        }
    }
}

const ID_VERBS: &str = include_str!("../../../dictionaries/verbs/id.tsv");
const ID_WORDS: &str = include_str!("../../../dictionaries/verbs/id_words.tsv");
const ID_ROOTS: &str = include_str!("../../../dictionaries/verbs/id_roots.tsv");
const ID_ROLES: &str = include_str!("../../../dictionaries/verbs/id_roles.tsv");

fn parse_id(user_verbs: &[(String, String)]) -> Result<Lexicon, DictError> {
    Lexicon::parse(
        "dictionaries/verbs/id.tsv",
        ID_VERBS,
        "dictionaries/verbs/id_words.tsv",
        ID_WORDS,
        "dictionaries/verbs/id_roots.tsv",
        ID_ROOTS,
        "dictionaries/verbs/id_roles.tsv",
        ID_ROLES,
        user_verbs,
    )
}

static ID: LazyLock<Lexicon> = LazyLock::new(|| parse_id(&[]).expect("embedded Indonesian verb dictionary is valid"));

/// The Indonesian coder: the built-in verb dictionary, or one with a user's rows added.
pub struct EventCoder {
    /// `None`: the built-in lexicon, parsed once for the process.
    own: Option<Box<Lexicon>>,
}

impl EventCoder {
    pub fn embedded() -> &'static EventCoder {
        static C: EventCoder = EventCoder { own: None };
        &C
    }

    /// The built-in dictionary with the rows of a user's verb files (`id.tsv` format) added; a
    /// user row replaces every built-in row of the same predicate. Errors name the file and line.
    pub fn with_user_verbs(paths: &[std::path::PathBuf]) -> Result<EventCoder, DictError> {
        Self::with_user_texts(&warta_core::read_user_files(paths)?)
    }

    /// As [`EventCoder::with_user_verbs`], from `(file name, text)` pairs.
    pub fn with_user_texts(files: &[(String, String)]) -> Result<EventCoder, DictError> {
        Ok(EventCoder {
            own: Some(Box::new(parse_id(files)?)),
        })
    }

    /// Parses the embedded dictionaries, reporting the first error (file:line).
    pub fn check() -> Result<(), DictError> {
        parse_id(&[]).map(|_| ())
    }

    /// The Indonesian dictionary (for tools: counts, look-ups).
    /// Whether a word is a noun naming a happening (`pembantaian`, `penjatuhan`, `serangan`,
    /// `kedatangan`): a pe(N)-/per-/ke-…-an or -an noun whose root is an action in the dictionary.
    pub fn names_happening(&self, a: &Analysis) -> bool {
        names_happening(self.indonesian(), a)
    }

    /// The code an act takes from who does it (`id_roles.tsv`: a crowd's attack is a riot),
    /// for codes found by another coder (English).
    pub fn by_role(&self, source: &str, code: &str) -> String {
        self.indonesian().by_role(source, code).to_string()
    }

    pub fn indonesian(&self) -> &Lexicon {
        self.own.as_deref().unwrap_or(&ID)
    }

    pub fn code(
        &self,
        sentence: &Sentence,
        analyses: &[Analysis],
        actors: &[ActorMention],
        places: &[PlaceTarget],
        lang: &Lang,
        ctx: &mut EventContext,
    ) -> Vec<RawEvent> {
        let out = match lang {
            Lang::Id => engine::code(self.indonesian(), sentence, analyses, actors, places, ctx),
            // English patterns (dictionaries/verbs/en.tsv) are not written yet.
            _ => Vec::new(),
        };
        ctx.sentence += 1;
        out
    }
}

/// An Indonesian noun made with `-an`, bare or after a nominal prefix (`serangan`,
/// `penembakan`, `perjanjian`), not a verb.
pub fn nominal(a: &Analysis) -> bool {
    const NOMINAL: &[&str] = &["pe", "pem", "pen", "peng", "peny", "penge", "per", "ke"];
    a.suffixes.iter().any(|s| s == "an") && a.prefixes.first().is_none_or(|p| NOMINAL.contains(&p.as_str()))
}

/// A pe(N)-/per-/ke-…-an or -an noun whose root is an action in the lexicon (`serangan`,
/// `penembakan`): it names a happening; a bare root-an noun of a thing does not (`bagian`,
/// `jaringan`: class `thing`).
fn names_happening(lx: &Lexicon, a: &Analysis) -> bool {
    nominal(a)
        && lx.has_root(&a.root)
        && !(a.prefixes.is_empty() && lx.class(&format!("{}an", a.root)) & class::THING != 0)
}

#[cfg(test)]
mod tests;
