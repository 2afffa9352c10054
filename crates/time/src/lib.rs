//! Time stage: finds time expressions in a sentence and normalizes them (TIMEX3 values).
//!
//! Public interface (used by `warta-pipeline`):
//! - [`Tagger::new`], [`Tagger::tag`]: expressions of one sentence, resolved against the
//!   publication date and the article's [`TimeContext`] (for anchored relatives such as
//!   `dua hari setelah …`, which refer to a date named earlier).

use warta_core::{Date, Lang, TimeType};

/// One time expression found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeMatch {
    /// Byte offsets in the sentence.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// TIMEX3 value; `None` when relative and there is no publication date.
    pub value: Option<String>,
    pub kind: TimeType,
}

impl TimeMatch {
    /// The calendar day this expression names, when it names exactly one.
    pub fn day(&self) -> Option<Date> {
        self.value
            .as_deref()
            .and_then(|v| v.get(..10))
            .and_then(|v| v.parse().ok())
    }
}

/// What the tagger remembers across the sentences of one article.
#[derive(Debug, Clone, Default)]
pub struct TimeContext {
    /// The last fully resolved day mentioned, for anchored relatives.
    pub last_day: Option<Date>,
}

#[derive(Debug, Default)]
pub struct Tagger {}

impl Tagger {
    pub fn new() -> Tagger {
        Tagger {}
    }

    /// Time expressions of `sentence`, left to right, not overlapping.
    pub fn tag(
        &self,
        _sentence: &str,
        _lang: &Lang,
        _published: Option<Date>,
        _ctx: &mut TimeContext,
    ) -> Vec<TimeMatch> {
        Vec::new()
    }
}
