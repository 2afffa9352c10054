//! Event stage: CAMEO events from a sentence's predicates and actors.
//!
//! Public interface (used by `warta-pipeline`):
//! - [`EventCoder::embedded`]: verb and noun patterns compiled in from `dictionaries/verbs/`.
//! - [`EventCoder::code`]: events of one sentence, given its tokens, their morphological
//!   analyses and its actor mentions.

use warta_actors::ActorMention;
use warta_core::{Lang, Sentence};
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
}

pub struct EventCoder {}

impl EventCoder {
    pub fn embedded() -> &'static EventCoder {
        static C: EventCoder = EventCoder {};
        &C
    }

    pub fn code(
        &self,
        _sentence: &Sentence,
        _analyses: &[Analysis],
        _actors: &[ActorMention],
        _lang: &Lang,
        _ctx: &mut EventContext,
    ) -> Vec<RawEvent> {
        Vec::new()
    }
}
