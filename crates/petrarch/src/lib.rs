//! warta-petrarch: codes English sentences with the TABARI/PETRARCH dictionaries analysts
//! already own (actors, agents, verbs with patterns, discards), without a parser.
//!
//! Shallow syntax stands in for the parse tree: actor phrases are found by longest match,
//! agents attach to the actor next to them (`Arnor soldiers` → ARNMIL), noun phrases join
//! into compounds on `and`/`,`, the verb's patterns are matched on the words around it
//! (TABARI semantics: `_` adjacent, blank open, `$ + % ^` slots, `&SYNSETS`), the source is
//! the first actor of the verb's clause and the target the first after it, `was X-ed by`
//! swaps them, and comma-delimited asides are dropped per the `comma_*` options.
//!
//! ```no_run
//! use warta_petrarch::{CodeOptions, PetrarchDicts};
//! let d = PetrarchDicts::load_dir("/path/to/dictionaries").unwrap(); // *actors*, *agents*, *verbs*, *discards*
//! for e in d.code_sentence("Arnor soldiers attacked Gondor.", warta_core::parse_date("1995-01-01")) {
//!     println!("{} {} {} ({})", e.source, e.target, e.code, e.source_text);
//! }
//! let mut o = CodeOptions::default();
//! o.set("require_dyad", "false").unwrap();
//! let _ = d.code_sentence_with("Arnor protested.", None, &o);
//! ```
//!
//! Known limits: no coreference (`its`, `he`), no parse-tree distinctions PETRARCH-2 makes
//! (time NPs as objects), open (space-joined) words inside actor phrases are matched as
//! adjacent, and an unknown noun phrase becomes a quoted actor only as a whole subject or a
//! capitalized name after the verb.

mod coder;
pub mod dict;
pub mod tokens;

use std::path::Path;
use std::sync::LazyLock;

const EN_VERBS: &str = include_str!("../../../dictionaries/verbs/en.verbs.txt");

pub use coder::CodeOptions;
pub use dict::{Actors, Agents, Discards, Verbs};
pub use warta_core::DictError;

/// One coded event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PetrEvent {
    pub source: String,
    pub target: String,
    pub code: String,
    pub source_text: String,
    pub target_text: String,
    /// Byte span of the verb (with its particles) in the sentence.
    pub verb: (usize, usize),
}

/// An actor phrase found in a sentence, with its code at the sentence's date
/// (agents combined: `Arnor soldiers` → `ARNMIL`; one mention per member of a compound).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorMention {
    pub code: String,
    pub text: String,
    /// Byte span in the sentence.
    pub start: usize,
    pub end: usize,
    /// The code's country was guessed from context (a role named alone): the coder lets an
    /// actor linked to the role give it its country (`dissidents from Egypt`) and codes no
    /// event between the guessed country and itself.
    pub inferred: bool,
}

/// A place named in a sentence (byte span) and the code of its country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceTarget {
    pub start: usize,
    pub end: usize,
    pub code: String,
}

/// Which discard list a sentence hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiscardKind {
    /// A `+` entry: the whole story should be left uncoded.
    Story,
    /// The sentence alone is left uncoded.
    Sentence,
}

/// Phrases grouped by first word, longest first, for longest-match look-up.
#[derive(Debug, Clone, Default)]
pub(crate) struct PhraseIndex {
    by_first: rustc_hash::FxHashMap<String, Vec<IndexedPhrase>>,
}

#[derive(Debug, Clone)]
struct IndexedPhrase {
    rest: Vec<String>,
    /// `open[k]`: a few words may come before `rest[k]`.
    open: Vec<bool>,
    entry: usize,
}

/// At most this many words may fill a blank inside an actor phrase.
const MAX_GAP: usize = 2;

impl PhraseIndex {
    fn new(phrases: &[(Vec<String>, usize)]) -> PhraseIndex {
        PhraseIndex::with_gaps(phrases, &[])
    }

    fn with_gaps(phrases: &[(Vec<String>, usize)], open: &[Vec<bool>]) -> PhraseIndex {
        let mut by_first: rustc_hash::FxHashMap<String, Vec<IndexedPhrase>> = Default::default();
        for (k, (p, e)) in phrases.iter().enumerate() {
            if let Some(f) = p.first() {
                let rest = p[1..].to_vec();
                let mut gaps = open.get(k).cloned().unwrap_or_default();
                gaps.resize(rest.len(), false);
                by_first.entry(f.clone()).or_default().push(IndexedPhrase {
                    rest,
                    open: gaps,
                    entry: *e,
                });
            }
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|b| std::cmp::Reverse(b.rest.len()));
        }
        PhraseIndex { by_first }
    }

    /// The longest phrase starting at `i`: (length in words, entry).
    pub(crate) fn longest(&self, words: &[&str], i: usize) -> Option<(usize, usize)> {
        self.longest_gapped(words, i, |_| false)
    }

    /// Like `longest`, letting words for which `gap_ok` holds fill a blank of the phrase;
    /// the length then counts them.
    pub(crate) fn longest_gapped(
        &self,
        words: &[&str],
        i: usize,
        gap_ok: impl Fn(usize) -> bool,
    ) -> Option<(usize, usize)> {
        let cands = self.by_first.get(words[i])?;
        'cand: for c in cands {
            let mut p = i + 1;
            for (k, w) in c.rest.iter().enumerate() {
                if p < words.len() && words[p] == w {
                    p += 1;
                    continue;
                }
                if !c.open[k] {
                    continue 'cand;
                }
                let mut q = p;
                while q < words.len() && q < p + MAX_GAP && gap_ok(q) && words[q] != w {
                    q += 1;
                }
                if q < words.len() && words[q] == w && q > p {
                    p = q + 1;
                } else {
                    continue 'cand;
                }
            }
            return Some((p - i, c.entry));
        }
        None
    }
}

/// The four dictionaries, indexed for coding.
#[derive(Debug, Clone, Default)]
pub struct PetrarchDicts {
    pub actors: Actors,
    pub agents: Agents,
    pub verbs: Verbs,
    pub discards: Discards,
    /// Recoverable problems met by [`PetrarchDicts::load_dir`] (bad dates in actor files).
    pub warnings: Vec<String>,
    actor_index: PhraseIndex,
    agent_index: PhraseIndex,
    discard_index: PhraseIndex,
}

fn read(path: &Path) -> Result<String, DictError> {
    std::fs::read_to_string(path).map_err(|e| DictError::Io {
        file: path.display().to_string(),
        message: e.to_string(),
    })
}

impl PetrarchDicts {
    /// warta's own English coder data: the team's verb patterns
    /// (`dictionaries/verbs/en.verbs.txt`), no actors or agents (they come from the caller's
    /// mentions, see [`PetrarchDicts::code_sentence_with_actors`]), no discards.
    pub fn english() -> &'static PetrarchDicts {
        static EN: LazyLock<PetrarchDicts> = LazyLock::new(|| {
            // Compiled-in data; a unit test checks that it parses.
            let verbs =
                dict::parse_verbs("dictionaries/verbs/en.verbs.txt", EN_VERBS).unwrap_or_else(|e| panic!("{e}"));
            PetrarchDicts::new(Actors::default(), Agents::default(), verbs, Discards::default())
        });
        &EN
    }

    /// warta's English coder data with a user's verb files (PETRARCH verb format) read before
    /// the built-in one: their blocks are tried first for a verb both name, and their synset
    /// members join the built-in synsets. Errors name the user's file and line.
    pub fn english_with_verbs(files: &[(String, String)]) -> Result<PetrarchDicts, DictError> {
        let builtin = ("dictionaries/verbs/en.verbs.txt".to_string(), EN_VERBS.to_string());
        let mut text = String::new();
        // (first line, file) of each part of the joined text.
        let mut parts: Vec<(usize, &str)> = Vec::new();
        for (name, t) in files.iter().chain(std::iter::once(&builtin)) {
            parts.push((text.matches('\n').count() + 1, name));
            text.push_str(t);
            if !t.ends_with('\n') {
                text.push('\n');
            }
        }
        let verbs = dict::parse_verbs("verbs", &text).map_err(|e| match e {
            DictError::Bad { line, message, .. } => {
                let (first, file) = parts
                    .iter()
                    .rev()
                    .find(|(f, _)| *f <= line)
                    .copied()
                    .unwrap_or((1, "verbs"));
                DictError::Bad {
                    file: file.to_string(),
                    line: line + 1 - first,
                    message,
                }
            }
            other => other,
        })?;
        Ok(PetrarchDicts::new(
            Actors::default(),
            Agents::default(),
            verbs,
            Discards::default(),
        ))
    }

    /// Builds from already parsed dictionaries.
    pub fn new(actors: Actors, agents: Agents, verbs: Verbs, discards: Discards) -> PetrarchDicts {
        let actor_index = PhraseIndex::with_gaps(&actors.phrases, &actors.open);
        let agent_index = PhraseIndex::new(&agents.phrases);
        // Entry 0: story discard, 1: sentence discard.
        let all_discards: Vec<(Vec<String>, usize)> = discards
            .story
            .iter()
            .map(|p| (p.clone(), 0))
            .chain(discards.sentence.iter().map(|p| (p.clone(), 1)))
            .collect();
        let discard_index = PhraseIndex::new(&all_discards);
        PetrarchDicts {
            actors,
            agents,
            verbs,
            discards,
            warnings: Vec::new(),
            actor_index,
            agent_index,
            discard_index,
        }
    }

    /// Builds from dictionary texts (any may be empty).
    pub fn from_texts(actors: &str, agents: &str, verbs: &str, discards: &str) -> Result<PetrarchDicts, DictError> {
        Ok(PetrarchDicts::new(
            dict::parse_actors("actors", actors)?,
            dict::parse_agents("agents", agents)?,
            dict::parse_verbs("verbs", verbs)?,
            dict::parse_discards("discards", discards)?,
        ))
    }

    /// Loads every `*actors*`, `*agents*`, `*verbs*` and `*discards*` file of `dir`
    /// (several actor files are merged, in name order). Actor code blocks with a malformed
    /// date are left out and listed in `warnings`; every other malformed line is an error.
    pub fn load_dir(dir: impl AsRef<Path>) -> Result<PetrarchDicts, DictError> {
        let dir = dir.as_ref();
        let rd = std::fs::read_dir(dir).map_err(|e| DictError::Io {
            file: dir.display().to_string(),
            message: e.to_string(),
        })?;
        let mut files: Vec<_> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        let mut actors = Actors::default();
        let mut agents = Agents::default();
        let mut verbs = Verbs::default();
        let mut discards = Discards::default();
        let mut warnings = Vec::new();
        for p in files {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            let shown = p.display().to_string();
            if name.contains("actors") {
                let a = dict::parse_actors_lenient(&shown, &read(&p)?, &mut warnings)?;
                let off = actors.entries.len();
                actors.entries.extend(a.entries);
                actors
                    .phrases
                    .extend(a.phrases.into_iter().map(|(ph, e)| (ph, e + off)));
                actors.open.extend(a.open);
            } else if name.contains("agents") {
                let a = dict::parse_agents_lenient(&shown, &read(&p)?, &mut warnings)?;
                let off = agents.entries.len();
                agents.entries.extend(a.entries);
                agents
                    .phrases
                    .extend(a.phrases.into_iter().map(|(ph, e)| (ph, e + off)));
            } else if name.contains("verbs") {
                if !verbs.blocks.is_empty() {
                    return Err(DictError::Io {
                        file: shown,
                        message: "only one verbs file per directory".into(),
                    });
                }
                verbs = dict::parse_verbs(&shown, &read(&p)?)?;
            } else if name.contains("discards") {
                let d = dict::parse_discards(&shown, &read(&p)?)?;
                discards.story.extend(d.story);
                discards.sentence.extend(d.sentence);
            }
        }
        let mut d = PetrarchDicts::new(actors, agents, verbs, discards);
        d.warnings = warnings.iter().map(ToString::to_string).collect();
        Ok(d)
    }

    /// Loads one actor file (the other dictionaries empty): for load-time measurement or
    /// actor look-up alone.
    /// Whether a single word (any case) is a one-word member of the verb file's synset `name`
    /// (`MILAID` holds `weapons`, `jets`, `tanks` …).
    pub fn synset_has_word(&self, name: &str, word: &str) -> bool {
        let w = word.to_uppercase();
        self.verbs.synsets.get(name).is_some_and(|ms| {
            ms.iter()
                .any(|m| matches!(m.as_slice(), [dict::PElem::Word(x)] if *x == w))
        })
    }

    /// Whether a phrase of several words (`drone strike`) is a member of a synset
    /// (`+DRONE_STRIKE`).
    pub fn synset_has_phrase(&self, name: &str, words: &[&str]) -> bool {
        self.verbs.synsets.get(name).is_some_and(|ms| {
            ms.iter().any(|m| {
                m.len() == words.len()
                    && m.iter()
                        .zip(words)
                        .all(|(e, w)| matches!(e, dict::PElem::Word(x) if x.eq_ignore_ascii_case(w)))
            })
        })
    }

    pub fn load_actor_file(path: impl AsRef<Path>) -> Result<Actors, DictError> {
        let p = path.as_ref();
        dict::parse_actors(&p.display().to_string(), &read(p)?)
    }
    pub fn load_agent_file(path: impl AsRef<Path>) -> Result<Agents, DictError> {
        let p = path.as_ref();
        dict::parse_agents(&p.display().to_string(), &read(p)?)
    }
    pub fn load_verb_file(path: impl AsRef<Path>) -> Result<Verbs, DictError> {
        let p = path.as_ref();
        dict::parse_verbs(&p.display().to_string(), &read(p)?)
    }
    pub fn load_discard_file(path: impl AsRef<Path>) -> Result<Discards, DictError> {
        let p = path.as_ref();
        dict::parse_discards(&p.display().to_string(), &read(p)?)
    }

    /// Codes one sentence with the default options (PETRARCH's defaults).
    pub fn code_sentence(&self, text: &str, date: Option<warta_core::Date>) -> Vec<PetrEvent> {
        self.code_sentence_with(text, date, &CodeOptions::default())
    }

    /// Codes one sentence with explicit options.
    pub fn code_sentence_with(&self, text: &str, date: Option<warta_core::Date>, opts: &CodeOptions) -> Vec<PetrEvent> {
        let day = date.map(|d| d.year() as u32 * 10000 + d.month() as u32 * 100 + d.day() as u32);
        coder::code(self, text, day, opts, None, None, &[])
    }

    /// Codes one sentence with the caller's actor mentions (byte spans in `text`, full
    /// codes such as `FRAGOV`) instead of this dictionary's actors; agents, verbs and
    /// discards still come from here. A mention coded `---` is ignored.
    pub fn code_sentence_with_actors(
        &self,
        text: &str,
        date: Option<warta_core::Date>,
        mentions: &[ActorMention],
        opts: &CodeOptions,
    ) -> Vec<PetrEvent> {
        let day = date.map(|d| d.year() as u32 * 10000 + d.month() as u32 * 100 + d.day() as u32);
        coder::code(self, text, day, opts, None, Some(mentions), &[])
    }

    /// Like [`PetrarchDicts::code_sentence_with_actors`], with the places the sentence names
    /// (byte spans and their country codes): an act done at a place with no other target
    /// (`protested in Beijing`) targets the place's country, as in the Phoenix data.
    pub fn code_sentence_with_actors_places(
        &self,
        text: &str,
        date: Option<warta_core::Date>,
        mentions: &[ActorMention],
        places: &[PlaceTarget],
        opts: &CodeOptions,
    ) -> Vec<PetrEvent> {
        let day = date.map(|d| d.year() as u32 * 10000 + d.month() as u32 * 100 + d.day() as u32);
        coder::code(self, text, day, opts, None, Some(mentions), places)
    }

    /// Whether a discard phrase occurs in the sentence (a story discard wins). The coder
    /// codes nothing in such a sentence; a caller coding a whole story should drop the
    /// story on [`DiscardKind::Story`].
    pub fn discard(&self, text: &str) -> Option<DiscardKind> {
        let toks = tokens::tokenize(text);
        let w: Vec<&str> = toks.iter().map(|t| t.up.as_str()).collect();
        let mut found = None;
        for i in 0..w.len() {
            match self.discard_index.longest(&w, i) {
                Some((_, 0)) => return Some(DiscardKind::Story),
                Some(_) => found = Some(DiscardKind::Sentence),
                None => {}
            }
        }
        found
    }

    /// The actor phrases of a sentence as the coder sees them (after comma-aside removal).
    pub fn actors_in(&self, text: &str, date: Option<warta_core::Date>) -> Vec<ActorMention> {
        let day = date.map(|d| d.year() as u32 * 10000 + d.month() as u32 * 100 + d.day() as u32);
        let mut out = Vec::new();
        coder::code(self, text, day, &CodeOptions::default(), Some(&mut out), None, &[]);
        out
    }
}

#[cfg(test)]
mod english_tests {
    use super::*;

    /// Mentions for the named words of `text` (each `word=CODE`).
    fn ms(text: &str, pairs: &[(&str, &str)]) -> Vec<ActorMention> {
        pairs
            .iter()
            .map(|(w, c)| {
                let start = text.find(w).expect("word in text");
                ActorMention {
                    code: c.to_string(),
                    text: w.to_string(),
                    start,
                    end: start + w.len(),
                    inferred: false,
                }
            })
            .collect()
    }

    fn code(text: &str, pairs: &[(&str, &str)]) -> Vec<(String, String, String)> {
        PetrarchDicts::english()
            .code_sentence_with_actors(text, None, &ms(text, pairs), &CodeOptions::default())
            .into_iter()
            .map(|e| (e.source, e.target, e.code))
            .collect()
    }

    fn ev(s: &str, t: &str, c: &str) -> (String, String, String) {
        (s.into(), t.into(), c.into())
    }

    #[test]
    fn a_participle_after_an_act_is_an_act_of_its_own_unless_it_tells_the_toll() {
        let got = code(
            "Israeli troops raided Jenin, killing three Palestinians.",
            &[("Israeli troops", "ISRMIL"), ("Jenin", "PSE"), ("Palestinians", "PSE")],
        );
        assert_eq!(got, vec![ev("ISRMIL", "PSE", "1711"), ev("ISRMIL", "PSE", "190")]);
        // The toll of an attack is the same attack.
        let got = code(
            "Russian forces shelled Kharkiv, wounding five Ukrainian soldiers.",
            &[
                ("Russian forces", "RUSMIL"),
                ("Kharkiv", "UKR"),
                ("Ukrainian soldiers", "UKRMIL"),
            ],
        );
        assert_eq!(got, vec![ev("RUSMIL", "UKR", "194")]);
        // Gerunds in a list are no acts of their own.
        let got = code(
            "Norway accused Chile of opening fire, deploying a drone.",
            &[("Norway", "NOR"), ("Chile", "CHL"), ("drone", "CHLMIL")],
        );
        assert_eq!(got, vec![ev("NOR", "CHL", "112")]);
    }

    #[test]
    fn loans_approved_ground_taken_and_marches() {
        let got = code(
            "The World Bank approved a $500 million loan to Ukraine.",
            &[("World Bank", "IGOUNODEVWBK"), ("Ukraine", "UKR")],
        );
        assert_eq!(got, vec![ev("IGOUNODEVWBK", "UKR", "071")]);
        let got = code(
            "Somali troops recaptured a town from al-Shabaab militants.",
            &[("Somali troops", "SOMMIL"), ("al-Shabaab militants", "SOMREB")],
        );
        assert_eq!(got, vec![ev("SOMMIL", "SOMREB", "192")]);
        // Captured people are arrested.
        let got = code(
            "Somali police captured two pirates.",
            &[("Somali police", "SOMCOP"), ("pirates", "SOMCRM")],
        );
        assert_eq!(got, vec![ev("SOMCOP", "SOMCRM", "173")]);
        let got = code(
            "Kenyan students marched against the parliament.",
            &[("Kenyan students", "KENEDU"), ("parliament", "KENLEG")],
        );
        assert_eq!(got, vec![ev("KENEDU", "KENLEG", "141")]);
    }

    #[test]
    fn what_an_attack_is_made_with_is_no_target() {
        let got = code(
            "Yemeni rebels attacked a cargo ship with a drone.",
            &[("Yemeni rebels", "YEMREB"), ("drone", "YEMMIL")],
        );
        assert!(got.is_empty(), "{got:?}");
        let got = code(
            "Norway attacked Chile with drones.",
            &[("Norway", "NOR"), ("Chile", "CHL"), ("drones", "NORMIL")],
        );
        // (Drones make it an attack from the air.)
        assert_eq!(got, vec![ev("NOR", "CHL", "195")]);
    }

    #[test]
    fn orders_signed_fire_exchanged_objects_of_a_second_verb_and_vows_to_make_pay() {
        // Signing a domestic act agrees with no one.
        let got = code(
            "Norway's king signed an executive order on Chile.",
            &[("Norway's king", "NORGOV"), ("Chile", "CHL")],
        );
        assert!(got.is_empty(), "{got:?}");
        let got = code(
            "Thai troops and Cambodian troops exchanged fire.",
            &[("Thai troops", "THAMIL"), ("Cambodian troops", "KHMMIL")],
        );
        assert_eq!(got, vec![ev("THAMIL", "KHMMIL", "193"), ev("KHMMIL", "THAMIL", "193")]);
        // The actor after the second verb is that verb's object only.
        let got = code(
            "Norway condemned the strike and promised to support Chile.",
            &[("Norway", "NOR"), ("Chile", "CHL")],
        );
        assert_eq!(got, vec![ev("NOR", "CHL", "033")]);
        let got = code(
            "Norway condemned and criticized Chile.",
            &[("Norway", "NOR"), ("Chile", "CHL")],
        );
        assert_eq!(got, vec![ev("NOR", "CHL", "111")]);
        let got = code(
            "Norway vowed that Chile would pay for the attack.",
            &[("Norway", "NOR"), ("Chile", "CHL")],
        );
        assert_eq!(got, vec![ev("NOR", "CHL", "138")]);
    }

    #[test]
    fn stones_thrown_are_a_riot() {
        let got = code(
            "Chilean protesters threw stones at the police.",
            &[("Chilean protesters", "CHLOPP"), ("police", "CHLCOP")],
        );
        assert_eq!(got, vec![ev("CHLOPP", "CHLCOP", "145")]);
        let got = code(
            "Chilean protesters hurled petrol bombs at the police.",
            &[("Chilean protesters", "CHLOPP"), ("police", "CHLCOP")],
        );
        assert_eq!(got, vec![ev("CHLOPP", "CHLCOP", "145")]);
        let got = code(
            "Chilean students pelted the police with eggs.",
            &[("Chilean students", "CHLEDU"), ("police", "CHLCOP")],
        );
        assert_eq!(got, vec![ev("CHLEDU", "CHLCOP", "145")]);
    }

    #[test]
    fn a_crushing_response_warned_of_is_force() {
        let got = code(
            "Norway warned Chile of a crushing response.",
            &[("Norway", "NOR"), ("Chile", "CHL")],
        );
        assert_eq!(got, vec![ev("NOR", "CHL", "138")]);
        let got = code(
            "Norway warned Chile of higher prices.",
            &[("Norway", "NOR"), ("Chile", "CHL")],
        );
        assert_eq!(got, vec![ev("NOR", "CHL", "130")]);
    }

    #[test]
    fn english_verbs_parse() {
        assert!(dict::parse_verbs("en", EN_VERBS).is_ok());
        assert!(PetrarchDicts::english().verbs.blocks.len() > 50);
        // One-word synset members, any case; a multi-word member or another word is not one.
        let en = PetrarchDicts::english();
        assert!(en.synset_has_word("MILAID", "jets") && en.synset_has_word("MILAID", "Weapons"));
        assert!(!en.synset_has_word("MILAID", "talks") && !en.synset_has_word("MILAID", "military"));
        assert!(!en.synset_has_word("NO_SUCH_SET", "jets"));
    }

    #[test]
    fn planned_visit_is_intent() {
        assert_eq!(
            code(
                "Norway will visit Chile next week.",
                &[("Norway", "NOR"), ("Chile", "CHL")]
            ),
            vec![ev("NOR", "CHL", "036")]
        );
        assert_eq!(
            code("Norway visited Chile.", &[("Norway", "NOR"), ("Chile", "CHL")]),
            vec![ev("NOR", "CHL", "042")]
        );
    }

    #[test]
    fn promised_aid_is_intent() {
        assert_eq!(
            code(
                "Norway will send humanitarian aid to Chile.",
                &[("Norway", "NOR"), ("Chile", "CHL")]
            ),
            vec![ev("NOR", "CHL", "0333")]
        );
        assert_eq!(
            code(
                "Norway sent humanitarian aid to Chile.",
                &[("Norway", "NOR"), ("Chile", "CHL")]
            ),
            vec![ev("NOR", "CHL", "073")]
        );
    }

    #[test]
    fn passive_by_agent() {
        assert_eq!(
            code("Chile was attacked by Norway.", &[("Chile", "CHL"), ("Norway", "NOR")]),
            vec![ev("NOR", "CHL", "190")]
        );
    }

    #[test]
    fn negation_blocks_event() {
        assert!(code(
            "Norway did not arrest the Chilean envoy.",
            &[("Norway", "NOR"), ("Chilean envoy", "CHLGOV")]
        )
        .is_empty());
        assert_eq!(
            code(
                "Norway arrested the Chilean envoy.",
                &[("Norway", "NOR"), ("Chilean envoy", "CHLGOV")]
            ),
            vec![ev("NOR", "CHLGOV", "173")]
        );
    }

    #[test]
    fn phone_call_and_accusation() {
        assert_eq!(
            code(
                "Norway accused Chile of spying.",
                &[("Norway", "NOR"), ("Chile", "CHL")]
            ),
            vec![ev("NOR", "CHL", "1124")]
        );
        assert_eq!(
            code("Norway criticized Chile.", &[("Norway", "NOR"), ("Chile", "CHL")]),
            vec![ev("NOR", "CHL", "111")]
        );
    }

    #[test]
    fn compound_source() {
        let got = code(
            "Norway and Peru condemned Chile.",
            &[("Norway", "NOR"), ("Peru", "PER"), ("Chile", "CHL")],
        );
        assert_eq!(got, vec![ev("NOR", "CHL", "111"), ev("PER", "CHL", "111")]);
    }

    #[test]
    fn inferred_role_takes_linked_country() {
        let text = "Norway helped dissidents from Chile.";
        let mut m = ms(text, &[("Norway", "NOR"), ("dissidents", "NOROPP"), ("Chile", "CHL")]);
        m[1].inferred = true;
        let got: Vec<_> = PetrarchDicts::english()
            .code_sentence_with_actors(text, None, &m, &CodeOptions::default())
            .into_iter()
            .map(|e| (e.source, e.target, e.code))
            .collect();
        assert_eq!(got, vec![ev("NOR", "CHLOPP", "070")]);
    }

    #[test]
    fn reported_speech_tail_clause() {
        assert_eq!(
            code(
                "Norway arrested two Chilean fishermen, officials said.",
                &[("Norway", "NOR"), ("Chilean fishermen", "CHLCVL")]
            ),
            vec![ev("NOR", "CHLCVL", "173")]
        );
    }

    #[test]
    fn speech_without_that_and_participles() {
        assert_eq!(
            code(
                "Peru said Norway attacked Chile.",
                &[("Peru", "PER"), ("Norway", "NOR"), ("Chile", "CHL")]
            ),
            vec![ev("NOR", "CHL", "190")]
        );
        let got = code(
            "Peru rejected the report, accusing Chile of aggression.",
            &[("Peru", "PER"), ("Chile", "CHL")],
        );
        assert!(got.contains(&ev("PER", "CHL", "1125")), "{got:?}");
    }

    #[test]
    fn capitalized_slogan_is_no_verb() {
        let got = code(
            "Norway activists carried \"Free Chile\" banners.",
            &[("Norway activists", "NOROPP"), ("Chile", "CHL")],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn clashes_between_two_sides() {
        let got = code(
            "Clashes erupted on Monday between Peruvian and Chilean troops.",
            &[("Peruvian", "PERMIL"), ("Chilean troops", "CHLMIL")],
        );
        assert!(got.contains(&ev("PERMIL", "CHLMIL", "190")), "{got:?}");
    }

    #[test]
    fn place_is_the_target_of_an_untargeted_protest() {
        let text = "Peruvian students protested in Lima on Friday.";
        let m = ms(text, &[("Peruvian students", "PEREDU")]);
        let at = text.find("Lima").unwrap();
        let places = [PlaceTarget {
            start: at,
            end: at + 4,
            code: "PER".into(),
        }];
        let got: Vec<_> = PetrarchDicts::english()
            .code_sentence_with_actors_places(text, None, &m, &places, &CodeOptions::default())
            .into_iter()
            .map(|e| (e.source, e.target, e.code))
            .collect();
        assert_eq!(got, vec![ev("PEREDU", "PER", "140")]);
        // Without the place nothing is coded (no target).
        assert!(code(text, &[("Peruvian students", "PEREDU")]).is_empty());
    }

    #[test]
    fn a_named_place_beats_a_guessed_role_as_target() {
        let text = "Norway held naval drills off Chile.";
        let mut m = ms(text, &[("Norway", "NOR"), ("naval", "NORMIL")]);
        m[1].inferred = true;
        let at = text.find("Chile").unwrap();
        let places = [PlaceTarget {
            start: at,
            end: at + 5,
            code: "CHL".into(),
        }];
        let got: Vec<_> = PetrarchDicts::english()
            .code_sentence_with_actors_places(text, None, &m, &places, &CodeOptions::default())
            .into_iter()
            .map(|e| (e.source, e.target))
            .collect();
        assert_eq!(got, vec![("NOR".to_string(), "CHL".to_string())]);
    }

    #[test]
    fn a_number_before_a_verb_word_makes_it_a_noun() {
        let got = code(
            "Norway has talked with Chile since the 2011 attack on Peru.",
            &[("Norway", "NOR"), ("Chile", "CHL"), ("Peru", "PER")],
        );
        assert!(!got.iter().any(|e| e.2.starts_with("19")), "{got:?}");
    }

    #[test]
    fn the_attack_names_the_agent_of_a_passive() {
        let got = code(
            "Three Chilean farmers were killed in a Peruvian drone strike.",
            &[("Chilean farmers", "CHLAGR"), ("Peruvian", "PER")],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].0.as_str(), got[0].1.as_str()), ("PER", "CHLAGR"));
        // Killed in a place, by nobody named: no event, and not the victims as attackers.
        let got = code(
            "Ten Chilean soldiers killed in Peru were buried.",
            &[("Chilean soldiers", "CHLMIL"), ("Peru", "PER")],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn talks_with_go_both_ways() {
        let got = code(
            "The Norwegian envoy held talks with Chilean officials.",
            &[("Norwegian envoy", "NORGOV"), ("Chilean officials", "CHLGOV")],
        );
        assert!(got.contains(&ev("NORGOV", "CHLGOV", "046")), "{got:?}");
        assert!(got.contains(&ev("CHLGOV", "NORGOV", "046")), "{got:?}");
    }

    #[test]
    fn no_target_inside_a_later_subordinate_clause() {
        let got = code(
            "Norway vowed revenge after a storm hit Chile.",
            &[("Norway", "NOR"), ("Chile", "CHL")],
        );
        assert!(!got.iter().any(|e| e.1 == "CHL"), "{got:?}");
    }

    #[test]
    fn a_new_subject_after_and() {
        let got = code(
            "Norway launched a sea patrol last year and Peru has warned Chile.",
            &[("Norway", "NOR"), ("Peru", "PER"), ("Chile", "CHL")],
        );
        assert!(got.iter().any(|e| e.0 == "PER" && e.1 == "CHL"), "{got:?}");
        assert!(!got.iter().any(|e| e.0 == "NOR" && e.1 == "CHL"), "{got:?}");
    }

    #[test]
    fn a_relative_clause_ends_before_the_main_verb() {
        let got = code(
            "A Peruvian raid that destroyed a Chilean depot killed three Chilean guards.",
            &[
                ("Peruvian", "PER"),
                ("Chilean depot", "CHL"),
                ("Chilean guards", "CHLMIL"),
            ],
        );
        assert!(got.iter().any(|e| e.0 == "PER" && e.1 == "CHLMIL"), "{got:?}");
        assert!(!got.iter().any(|e| e.0 == "CHL"), "{got:?}");
    }

    #[test]
    fn events_named_by_nouns() {
        let got = code(
            "Protests followed Norway's attack on Chile.",
            &[("Norway", "NOR"), ("Chile", "CHL")],
        );
        assert!(got.contains(&ev("NOR", "CHL", "190")), "{got:?}");
        let got = code(
            "The attack on the Chilean post by Peruvian rebels left two dead.",
            &[("Chilean post", "CHLMIL"), ("Peruvian rebels", "PERREB")],
        );
        assert!(got.contains(&ev("PERREB", "CHLMIL", "190")), "{got:?}");
        // A noun with no actor on one side names no event.
        assert!(code("The attack on Chile was condemned.", &[("Chile", "CHL")]).is_empty());
    }

    #[test]
    fn coordinated_event_nouns_share_the_possessor() {
        let m = [("Norway", "NOR"), ("Chile", "CHL")];
        let got = code("The crisis grew after Norway's expulsion of Chile's envoy.", &m);
        assert!(got.contains(&ev("NOR", "CHL", "174")), "{got:?}");
        let got = code(
            "The crisis grew after Norway's closure of its border and expulsion of Chile's envoy.",
            &m,
        );
        assert!(got.contains(&ev("NOR", "CHL", "174")), "{got:?}");
        // Withdrawing an ambassador reduces relations (161), other withdrawals are 087.
        let got = code("Norway withdrew its ambassador from Chile on Monday.", &m);
        assert_eq!(got, vec![ev("NOR", "CHL", "161")]);
        let got = code("Norway withdrew its troops from Chile on Monday.", &m);
        assert_eq!(got, vec![ev("NOR", "CHL", "087")]);
    }

    #[test]
    fn a_protest_against_a_law_targets_the_own_government() {
        let got = code(
            "Thousands of Chilean students protested against the new education law on Monday.",
            &[("Chilean students", "CHLEDU")],
        );
        assert_eq!(got, vec![ev("CHLEDU", "CHLGOV", "140")]);
        let got = code(
            "Workers gathered to protest over the fuel price hike.",
            &[("Workers", "NORLAB")],
        );
        assert_eq!(got, vec![ev("NORLAB", "NORGOV", "140")]);
        // No law, no target: nothing is coded.
        assert!(code(
            "Chilean students protested against the heat.",
            &[("Chilean students", "CHLEDU")]
        )
        .is_empty());
    }

    #[test]
    fn a_reported_agentless_attack_from_an_actor_is_an_accusation() {
        let m = [("Norway", "NOR"), ("Chile", "CHL")];
        let got = code("Norway said a rocket was fired at it from Chile on Sunday.", &m);
        assert_eq!(got, vec![ev("NOR", "CHL", "112")]);
        // Without a speaker, or without `from`, nothing is coded.
        assert!(code("A rocket was fired at Norway from Chile on Sunday.", &m).is_empty());
        assert!(code("Norway said a rocket was fired at Chile on Sunday.", &m).is_empty());
    }

    #[test]
    fn launching_missiles_is_artillery() {
        let got = code(
            "Norway launched rockets at Chile.",
            &[("Norway", "NOR"), ("Chile", "CHL")],
        );
        assert_eq!(got, vec![ev("NOR", "CHL", "194")]);
    }

    #[test]
    fn the_one_sent_fleeing_is_the_target() {
        let m = [("Chilean police", "CHLCOP"), ("students", "CHLEDU")];
        let got = code("Chilean police fired tear gas, sending students running for cover.", &m);
        assert_eq!(got, vec![ev("CHLCOP", "CHLEDU", "175")]);
        // Another participle names no target.
        assert!(code("Chilean police fired tear gas, saying students had thrown stones.", &m).is_empty());
    }

    #[test]
    fn a_refusal_is_a_rejection() {
        let got = code(
            "Norway said it would not provide aid to Chile.",
            &[("Norway", "NOR"), ("Chile", "CHL")],
        );
        assert_eq!(got, vec![ev("NOR", "CHL", "121")]);
        let got = code(
            "Peru will not give permission to Chile to fish there.",
            &[("Peru", "PER"), ("Chile", "CHL")],
        );
        assert!(got.contains(&ev("PER", "CHL", "124")), "{got:?}");
        assert_eq!(
            code("Norway refused to meet Chile.", &[("Norway", "NOR"), ("Chile", "CHL")]),
            vec![ev("NOR", "CHL", "125")]
        );
        assert_eq!(
            code(
                "Peru will not release the Chilean sailors.",
                &[("Peru", "PER"), ("Chilean sailors", "CHLCVL")]
            ),
            vec![ev("PER", "CHLCVL", "1243")]
        );
        // Other negated acts stay uncoded.
        assert!(code("Norway did not attack Chile.", &[("Norway", "NOR"), ("Chile", "CHL")]).is_empty());
    }

    #[test]
    fn a_later_verb_owns_the_by_phrase_of_a_reduced_passive() {
        let got = code(
            "Chilean fishermen arrested for smuggling were freed on Monday by Peru.",
            &[("Chilean fishermen", "CHLCVL"), ("Peru", "PER")],
        );
        assert_eq!(got, vec![ev("PER", "CHLCVL", "0841")]);
        // Actors set free are persons (CAMEO 0841); a released statement is no event.
        let m = [("Peru", "PER"), ("Chilean fishermen", "CHLCVL")];
        assert_eq!(
            code("Peru released ten Chilean fishermen.", &m),
            vec![ev("PER", "CHLCVL", "0841")]
        );
        assert!(code("Peru released a statement on Chilean fishermen.", &m).is_empty());
    }

    #[test]
    fn a_reported_use_of_force_is_an_accusation() {
        let got = code(
            "Norway claimed that Peru had attacked Chile.",
            &[("Norway", "NOR"), ("Peru", "PER"), ("Chile", "CHL")],
        );
        assert_eq!(got, vec![ev("NOR", "PER", "112")]);
        let got = code(
            "Norway said that Peru had shelled its own villages.",
            &[("Norway", "NOR"), ("Peru", "PER")],
        );
        assert_eq!(got, vec![ev("NOR", "PER", "112")]);
        // A reported cooperative act stays as told.
        let got = code(
            "Norway said that Peru had visited Chile.",
            &[("Norway", "NOR"), ("Peru", "PER"), ("Chile", "CHL")],
        );
        assert_eq!(got, vec![ev("PER", "CHL", "042")]);
    }

    #[test]
    fn endorsing_and_attending() {
        let got = code(
            "Chile endorsed a trade pact with Peru.",
            &[("Chile", "CHL"), ("Peru", "PER")],
        );
        assert_eq!(got, vec![ev("CHL", "PER", "051")]);
        let got = code(
            "The Chilean leader will attend a summit on the crisis in Peru.",
            &[("Chilean leader", "CHLGOV"), ("Peru", "PER")],
        );
        assert!(got.iter().all(|e| e.2 != "042"), "{got:?}");
        let got = code(
            "The Chilean leader attended the Lima games in Peru.",
            &[("Chilean leader", "CHLGOV"), ("Peru", "PER")],
        );
        assert_eq!(got, vec![ev("CHLGOV", "PER", "042")]);
    }

    #[test]
    fn a_passive_subject_is_never_the_source() {
        let got = code(
            "The Chilean ferry was attacked off Peru by a drone flown by Norwegian divers.",
            &[
                ("Chilean ferry", "CHLBUS"),
                ("Peru", "PER"),
                ("Norwegian divers", "NORMIL"),
            ],
        );
        assert!(got.contains(&ev("NORMIL", "CHLBUS", "190")), "{got:?}");
        assert!(!got.iter().any(|e| e.0 == "CHLBUS"), "{got:?}");
        let got = code(
            "Chilean protesters were attacked by hundreds of Peruvian soldiers.",
            &[("Chilean protesters", "CHLOPP"), ("Peruvian soldiers", "PERMIL")],
        );
        assert_eq!(got, vec![ev("PERMIL", "CHLOPP", "190")]);
        let got = code(
            "The Chilean ferry was attacked off Peru by a stray drone.",
            &[("Chilean ferry", "CHLBUS"), ("Peru", "PER")],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn an_allegation_accuses_the_subject_of_its_clause() {
        let got = code(
            "A report from Peru alleged that Chile had hidden the evidence.",
            &[("Peru", "PER"), ("Chile", "CHL")],
        );
        assert_eq!(got, vec![ev("PER", "CHL", "112")]);
    }

    #[test]
    fn no_reported_subject_across_another_verb() {
        let got = code(
            "Norway said it would give permission to Peru to help Chile.",
            &[("Norway", "NOR"), ("Peru", "PER"), ("Chile", "CHL")],
        );
        assert!(!got.iter().any(|e| e.0 == "PER"), "{got:?}");
    }

    #[test]
    fn supporters_of_a_country_are_not_of_it() {
        let got = code(
            "Pro-Chile rebels attacked a Peruvian town.",
            &[("Chile rebels", "CHLREB"), ("Peruvian town", "PER")],
        );
        assert_eq!(got, vec![ev("---REB", "PER", "190")]);
        let got = code(
            "Anti-Chile protesters attacked a Peruvian town.",
            &[("Chile", "CHL"), ("Peruvian town", "PER")],
        );
        assert!(!got.iter().any(|e| e.0 == "CHL"), "{got:?}");
        let got = code(
            "Pro-Chile rebels attacked a Peruvian town.",
            &[("Pro-Chile rebels", "CHLREB"), ("Peruvian town", "PER")],
        );
        assert_eq!(got, vec![ev("---REB", "PER", "190")]);
        // `anti-government` names no country: the caller's code stays.
        let got = code(
            "Anti-government protesters attacked a Peruvian town.",
            &[("Anti-government protesters", "CHLOPP"), ("Peruvian town", "PER")],
        );
        assert_eq!(got, vec![ev("CHLOPP", "PER", "190")]);
    }

    #[test]
    fn the_agent_of_a_later_participle_is_no_object() {
        let got = code(
            "Norway will send experts to help identify sailors killed by a Chilean mine.",
            &[("Norway", "NOR"), ("Chilean mine", "CHL")],
        );
        assert!(!got.iter().any(|e| e.1 == "CHL"), "{got:?}");
        let got = code("Norway helped Chile.", &[("Norway", "NOR"), ("Chile", "CHL")]);
        assert_eq!(got, vec![ev("NOR", "CHL", "070")]);
    }

    #[test]
    fn simple_transitive() {
        assert_eq!(
            code("Norway invaded Chile.", &[("Norway", "NOR"), ("Chile", "CHL")]),
            vec![ev("NOR", "CHL", "192")]
        );
    }

    #[test]
    fn according_to_an_actor_is_its_accusation() {
        let got = code(
            "According to the Chilean navy, Peruvian ships attacked Bolivian fishermen.",
            &[
                ("Chilean navy", "CHLMIL"),
                ("Peruvian ships", "PERMIL"),
                ("Bolivian fishermen", "BOLAGR"),
            ],
        );
        assert_eq!(got, vec![ev("CHLMIL", "PERMIL", "112")]);
        let got = code(
            "Peruvian troops shelled Chile, according to Norway.",
            &[("Peruvian troops", "PERMIL"), ("Chile", "CHL"), ("Norway", "NOR")],
        );
        assert_eq!(got, vec![ev("NOR", "PERMIL", "112")]);
        // A reported cooperative act stays as told.
        let got = code(
            "According to Norway, Peru visited Chile.",
            &[("Norway", "NOR"), ("Peru", "PER"), ("Chile", "CHL")],
        );
        assert_eq!(got, vec![ev("PER", "CHL", "042")]);
    }

    #[test]
    fn saying_that_one_used_force_oneself_claims_it() {
        // `they` as the coreference step gives it: the speaker's own code.
        let got = code(
            "Norway claimed that they had attacked Chile.",
            &[("Norway", "NOR"), ("they", "NOR"), ("Chile", "CHL")],
        );
        assert_eq!(got, vec![ev("NOR", "CHL", "015")]);
        // Another's use of force stays an accusation.
        let got = code(
            "Norway claimed that they had attacked Chile.",
            &[("Norway", "NOR"), ("they", "PER"), ("Chile", "CHL")],
        );
        assert_eq!(got, vec![ev("NOR", "PER", "112")]);
    }

    #[test]
    fn an_infinitive_under_a_negated_verb_is_not_done() {
        let got = code(
            "Chile said it would not give permission to Peru to help Bolivia.",
            &[("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")],
        );
        assert!(got.iter().all(|e| e.1 != "BOL"), "{got:?}");
        // Without the negation the help is coded.
        let got = code("Chile wants to help Bolivia.", &[("Chile", "CHL"), ("Bolivia", "BOL")]);
        assert!(got.iter().any(|e| e.1 == "BOL"), "{got:?}");
    }

    #[test]
    fn anyone_who_supports_a_side_stands_for_it() {
        let got = code(
            "The rebels threatened to attack anyone who supported the Chilean government.",
            &[("rebels", "---REB"), ("Chilean government", "CHLGOV")],
        );
        assert!(got.iter().any(|e| e.1 == "CHLGOV" && e.2.starts_with("13")), "{got:?}");
        // A critic of a side does not stand for it.
        let got = code(
            "The rebels threatened to attack anyone who criticized the Chilean government.",
            &[("rebels", "---REB"), ("Chilean government", "CHLGOV")],
        );
        assert!(got.iter().all(|e| e.1 != "CHLGOV"), "{got:?}");
    }

    #[test]
    fn two_mentions_over_the_same_words_are_a_pair() {
        // The coreference step gives `both leaders` both actors: the coder reads `A and B`.
        let text = "Both leaders signed a trade pact.";
        let mut m = ms(text, &[("Both leaders", "CHLGOV")]);
        let mut second = m[0].clone();
        second.code = "PERGOV".into();
        m.push(second);
        let got: Vec<_> = PetrarchDicts::english()
            .code_sentence_with_actors(text, None, &m, &CodeOptions::default())
            .into_iter()
            .map(|e| (e.source, e.target, e.code))
            .collect();
        assert_eq!(got, vec![ev("CHLGOV", "PERGOV", "057"), ev("PERGOV", "CHLGOV", "057")]);
        let got = code(
            "Chile and Peru witnessed the signing of a water accord.",
            &[("Chile", "CHL"), ("Peru", "PER")],
        );
        assert_eq!(got, vec![ev("CHL", "PER", "057"), ev("PER", "CHL", "057")]);
    }

    #[test]
    fn a_past_form_between_an_article_and_a_noun_is_an_adjective() {
        let got = code(
            "Chile welcomed the agreed plan with Peru.",
            &[("Chile", "CHL"), ("Peru", "PER")],
        );
        assert!(got.iter().all(|e| e.2 != "030"), "{got:?}");
    }

    #[test]
    fn a_complaint_about_an_act_criticizes_its_actor() {
        let got = code(
            "Chilean lawyers complained about an alleged misuse of the Peruvian government's funds.",
            &[("Chilean lawyers", "CHLJUD"), ("Peruvian government", "PERGOV")],
        );
        assert_eq!(got, vec![ev("CHLJUD", "PERGOV", "111")]);
    }

    #[test]
    fn standing_with_an_actor_is_support() {
        let got = code("Chile will stand at Peru's side.", &[("Chile", "CHL"), ("Peru", "PER")]);
        assert_eq!(got, vec![ev("CHL", "PER", "051")]);
        let got = code("Chile stood with Peru.", &[("Chile", "CHL"), ("Peru", "PER")]);
        assert_eq!(got, vec![ev("CHL", "PER", "051")]);
    }

    #[test]
    fn a_reduced_passive_is_done_to_the_noun_before_it() {
        // `victims killed by …` is no act of the clause's subject, nor done to it.
        let got = code(
            "Norway will send doctors to help treat villagers wounded by a Chilean landslide in Peru.",
            &[("Norway", "NOR"), ("Chilean", "CHL"), ("Peru", "PER")],
        );
        assert!(got.is_empty(), "{got:?}");
        let got = code(
            "Chilean soldiers ambushed by Peruvian rebels were flown home.",
            &[("Chilean soldiers", "CHLMIL"), ("Peruvian rebels", "PERREB")],
        );
        assert_eq!(got, vec![ev("PERREB", "CHLMIL", "190")]);
    }

    #[test]
    fn a_relative_clause_on_an_actor_is_its_act_too() {
        let got = code(
            "Chile, which had warned Peru, condemned Bolivia.",
            &[("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")],
        );
        assert_eq!(got, vec![ev("CHL", "BOL", "111"), ev("CHL", "PER", "130")]);
        // Not a relative clause opened without a comma after an actor.
        let got = code(
            "Chile condemned the strike that hit Peru.",
            &[("Chile", "CHL"), ("Peru", "PER")],
        );
        assert!(
            got.iter()
                .all(|e| e.0 != "PER" && !(e.0 == "CHL" && e.2.starts_with("19"))),
            "{got:?}"
        );
    }

    #[test]
    fn harm_in_an_attack_from_the_air_is_aerial() {
        let got = code(
            "Two Chilean soldiers were killed in a Peruvian drone strike.",
            &[("Chilean soldiers", "CHLMIL"), ("Peruvian drone", "PERMIL")],
        );
        assert_eq!(got, vec![ev("PERMIL", "CHLMIL", "195")]);
        let got = code(
            "Two Chilean soldiers were killed in a Peruvian rocket attack.",
            &[("Chilean soldiers", "CHLMIL"), ("Peruvian", "PER")],
        );
        assert!(got.iter().all(|e| e.2 != "195"), "{got:?}");
    }
}
