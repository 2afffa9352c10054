//! A light coreference step for English articles, between the actor stage and the event coder.
//!
//! News tells who acted once and then goes on with `he`, `they` or `the military`. Three rules,
//! each taking the antecedent from what the article has already named:
//! - `he`/`she`/`him` is the first person named in the sentence before it (`Lee …, saying he
//!   …`), else the last person the article named; `they` after an actor of its own sentence is
//!   that sentence's first actor, else (and `them`) the first actor of the previous sentence
//!   that named one (the subject of the last telling). An event between a pronoun and the
//!   actor it was resolved to is dropped by the caller (`them` is not its own clause's subject).
//! - A role named alone with `the` (`the air force`, `the military`) whose country was only
//!   guessed takes the country of the last role of the same kind the article named with one
//!   (`the Israeli military` … `the air force`).
//! - A person matched by one name and followed by a capitalized word the dictionaries do not
//!   know (`Egianus Kogeya`) is remembered by that word too, so the surname alone later names
//!   the same person.

use std::sync::LazyLock;
use warta_actors::{ActorContext, ActorMention, MentionInfo, MentionKind, SentenceActors};
use warta_core::cameo::primary;
use warta_core::Sentence;
use warta_events::RawEvent;

/// Possessives of a group or state (`its`, `their`) and of a person (`his`, `her`) before a role.
static GROUP_POSSESSIVES: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.group_possessives"));
static PERSON_POSSESSIVES: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.person_possessives"));
/// Things of a side a reported act may be done to (`its patrol ship`, `its airspace`).
static SPEAKER_POSSESSIONS: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.speaker_possessions"));
/// Words after a possessive that make it the clause subject's (`its own`).
static REFLEXIVE_MARKERS: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.reflexive_markers"));
/// Plural nouns that, after `both` or `the two`, refer back to two actors (`both leaders`).
static GROUP_NOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.group_nouns"));

/// Speech verbs that may name whom they address (`said to X`, `told X`).
pub(crate) static SPEECH_VERBS: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.speech_verbs"));
/// In speech addressed to an actor, the pronouns of the addressee and of the speaker.
static ADDRESSEE_PRONOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.addressee_pronouns"));
static SPEAKER_PRONOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.speaker_pronouns"));

/// Pronouns that stand for one person.
static PERSON_PRONOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.person_pronouns"));
/// Of those, the objects that may stand for a private person's role of their own sentence.
static OBJECT_PERSON_PRONOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.object_person_pronouns"));
/// The agents of such roles (`a British journalist` → GBRMED).
static OBJECT_GROUP_PRONOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.object_group_pronouns"));
static PRIVATE_PERSON_AGENTS: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.private_person_agents"));
/// Pronouns that stand for a group or several actors.
static GROUP_PRONOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.group_pronouns"));
/// Of those, the ones that are a clause's subject.
static SUBJECT_GROUP_PRONOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.subject_group_pronouns"));

/// Whether an actor's text is a pronoun this step resolves (an event between a pronoun and
/// the actor it stands for is a wrong resolution).
pub fn is_pronoun(text: &str) -> bool {
    PERSON_PRONOUNS
        .iter()
        .chain(GROUP_PRONOUNS.iter())
        .any(|p| p.eq_ignore_ascii_case(text))
}

/// Drops the events this step's resolutions made wrongly: a pronoun or group resolved to the
/// actor at the other end of its own event (`… shouting at the police, demanding them …`), and
/// the source's own `its`/`their` role as its target (`Russia withdrew its troops`).
pub fn drop_misresolved(events: &mut Vec<RawEvent>, sent: &Sentence) {
    let lower = if events.is_empty() {
        String::new()
    } else {
        sent.text.to_lowercase()
    };
    events.retain(|e| {
        let self_resolved = e.source.code == e.target.code
            && (is_pronoun(&e.source.text)
                || is_pronoun(&e.target.text)
                || is_group_reference(&e.source.text)
                || is_group_reference(&e.target.text));
        let t = e.target.text.to_lowercase();
        let owned = !t.is_empty()
            && (lower.contains(&format!("its {t}")) || lower.contains(&format!("their {t}")))
            && primary(&e.source.code) == primary(&e.target.code);
        !(self_resolved || owned)
    });
}

/// Whether an actor's text is a group reference this step resolves (`both leaders`, `two
/// countries`): one of the group acting on itself is a wrong reading.
pub fn is_group_reference(text: &str) -> bool {
    let mut w = text.split_whitespace();
    let (Some(a), Some(b), None) = (w.next(), w.next(), w.next()) else {
        return false;
    };
    (a.eq_ignore_ascii_case("both") || a.eq_ignore_ascii_case("two"))
        && GROUP_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(b))
}

/// What the step remembers across the sentences of one article.
#[derive(Debug, Default, Clone)]
pub struct Coref {
    /// The last person named: (code, text).
    person: Option<(String, String)>,
    /// The first actor of the last sentence that named one: (code, text).
    subject: Option<(String, String)>,
    /// The last role named with its country, per agent (`MIL` → `ISRMIL`).
    roles: Vec<(String, String)>,
    /// The first two different actors of the last sentence that named two.
    pair: Option<[String; 2]>,
    /// The source of the last event of each CAMEO root the article coded: (root, code).
    agents: Vec<(String, String)>,
}

const EN_ACTS: &str = include_str!("../../../dictionaries/verbs/en_acts.tsv");

/// Nouns naming an act told before (`dictionaries/verbs/en_acts.tsv`), with their root.
static ACT_NOUNS: std::sync::LazyLock<Vec<(Vec<String>, String)>> = std::sync::LazyLock::new(|| {
    // Compiled-in data; a unit test checks that it parses.
    warta_core::parse_tsv("dictionaries/verbs/en_acts.tsv", EN_ACTS, "noun", 2)
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(|r| {
            (
                r.get(0).split_whitespace().map(str::to_string).collect(),
                r.get(1).trim().to_string(),
            )
        })
        .collect()
});

/// The noun of `en_acts.tsv` (and its root) whose words start at token `i`.
fn act_noun_at(toks: &[warta_core::Token], i: usize) -> Option<&'static (Vec<String>, String)> {
    ACT_NOUNS.iter().find(|(w, _)| {
        w.iter()
            .enumerate()
            .all(|(k, x)| toks.get(i + k).is_some_and(|t| t.norm == *x))
    })
}

/// Words after which `the attack` is not an act's object (`after the attack`, `in the attack`).
static NOT_AFTER: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.not_after"));
/// Words after the noun that name its own target or agent (`the attack on Israel`).
static NAMED_AFTER: LazyLock<Vec<&str>> = LazyLock::new(|| crate::words::of("coref.named_after"));

/// The country part and the agent part of a state actor code (`ISRMIL` → (`ISR`, `MIL`)).
/// The last role named after the sentence's subject (the first mention) that `keep` admits, with a
/// code beyond a bare country (`detained two Colombian soldiers … and later freed them`).
fn role_after_subject(
    before: &[(&ActorMention, &MentionInfo)],
    keep: impl Fn(&ActorMention) -> bool,
) -> Option<(String, String)> {
    before
        .iter()
        .skip(1)
        .rev()
        .find(|(m, info)| info.kind == MentionKind::Role && m.code.len() > 3 && keep(m))
        .map(|(m, _)| (m.code.clone(), m.text.clone()))
}

fn split_state(code: &str) -> Option<(&str, &str)> {
    warta_actors::country_of(code).map(|c| (c, &code[3..]))
}

/// The first actor and the first after it of another country or group (`both leaders` are
/// of two countries), leaving out mentions the coder does not take as actors (`US$10`).
fn two_sides<'a>(sent: &Sentence, ms: impl Iterator<Item = &'a ActorMention>) -> Option<[String; 2]> {
    // A country's state and its armed opponents are two sides (`the RSF … the army`).
    let side = |c: &str| {
        c.get(..3)
            .map(|k| (k.to_string(), warta_core::cameo::is_armed_opponent(c)))
    };
    let mut first: Option<&ActorMention> = None;
    for m in ms.filter(|m| !crate::not_an_actor_here(sent, m.end)) {
        match first {
            None => first = Some(m),
            Some(a) if side(&a.code) != side(&m.code) => return Some([a.code.clone(), m.code.clone()]),
            Some(_) => {}
        }
    }
    None
}

/// The code of the second of a sentence's first two actors when only `and` joins them (`Obama
/// and Putin`), and it is another side than the first.
fn joined_pair(sent: &Sentence, before: &[(&ActorMention, &MentionInfo)]) -> Option<String> {
    let [(a, _), (b, _), ..] = before else { return None };
    let joined = b.start == a.end + 1 && sent.tokens.get(a.end).is_some_and(|t| t.norm == "and");
    (joined && a.code.get(..3) != b.code.get(..3)).then(|| b.code.clone())
}

/// `talks between Israel and Hamas`: the two sides named after `between`.
fn between_sides(sent: &Sentence, named: &[(&ActorMention, &MentionInfo)]) -> Option<[String; 2]> {
    let toks = &sent.tokens;
    let at = |k: usize| named.iter().map(|(m, _)| *m).find(|m| m.start == k);
    toks.iter()
        .enumerate()
        .filter(|(_, t)| t.norm == "between")
        .find_map(|(i, _)| {
            let a = at(i + 1)?;
            let b = toks
                .get(a.end)
                .filter(|t| t.norm == "and")
                .and_then(|_| at(a.end + 1))?;
            (a.code != b.code).then(|| [a.code.clone(), b.code.clone()])
        })
}

/// `X said to Y that "we … your …"`, `X told Y: "you …"`: in speech addressed to an actor,
/// `you`/`your` stand for the addressee and `we`/`our` for the speaker (the first actor
/// before the speech verb).
fn add_speech_parties(sent: &Sentence, actors: &mut SentenceActors) {
    let toks = &sent.tokens;
    let Some(v) = toks.iter().position(|t| SPEECH_VERBS.contains(&t.norm.as_str())) else {
        return;
    };
    let at = if toks[v].norm.starts_with("sa") {
        if toks.get(v + 1).is_none_or(|t| t.norm != "to") {
            return;
        }
        v + 2
    } else {
        v + 1
    };
    let ms = &actors.mentions;
    let Some(addressee) = ms.iter().position(|m| m.start == at && !m.code.starts_with("---")) else {
        return;
    };
    let speaker = ms
        .iter()
        .zip(&actors.info)
        .position(|(m, info)| m.end <= v && !info.locative && !m.code.starts_with("---"));
    let after = ms[addressee].end;
    let mut added: Vec<(ActorMention, MentionInfo)> = Vec::new();
    for (i, t) in toks.iter().enumerate().skip(after) {
        if ms.iter().any(|m| m.start <= i && i < m.end) {
            continue;
        }
        let who = if ADDRESSEE_PRONOUNS.contains(&t.norm.as_str()) {
            Some(addressee)
        } else if SPEAKER_PRONOUNS.contains(&t.norm.as_str()) {
            speaker
        } else {
            None
        };
        let Some(k) = who else { continue };
        added.push((
            ActorMention {
                start: i,
                end: i + 1,
                code: ms[k].code.clone(),
                text: t.text.clone(),
                name: None,
            },
            actors.info[k].clone(),
        ));
    }
    insert_mentions(actors, added);
}

/// `The Philippine navy said a Chinese vessel came within 10 metres of its patrol ship`: in a
/// clause reported by a speaker (`said`), `its`/`their` before a thing of a side
/// (`coref.speaker_possessions`: ships, aircraft, an embassy, airspace) is the speaker's when
/// every actor the clause names before it is of another country (the one who acted on the thing
/// is no owner of it). The possessive becomes a mention of the speaker.
fn add_speaker_possessions(sent: &Sentence, actors: &mut SentenceActors) {
    let toks = &sent.tokens;
    let Some(v) = toks
        .iter()
        .position(|t| t.norm.starts_with("sa") && SPEECH_VERBS.contains(&t.norm.as_str()))
    else {
        return;
    };
    let ms = &actors.mentions;
    let covered = |i: usize| ms.iter().any(|m| m.start <= i && i < m.end);
    let Some(speaker) = ms
        .iter()
        .zip(&actors.info)
        .position(|(m, info)| m.end <= v && !info.locative && !m.code.starts_with("---"))
    else {
        return;
    };
    let own = primary(&ms[speaker].code).to_string();
    let mut added: Vec<(ActorMention, MentionInfo)> = Vec::new();
    for (i, t) in toks.iter().enumerate().skip(v + 1) {
        // (`its own embassy` is the clause subject's.)
        let reflexive = toks
            .get(i + 1)
            .is_some_and(|x| REFLEXIVE_MARKERS.contains(&x.norm.as_str()));
        if !GROUP_POSSESSIVES.contains(&t.norm.as_str()) || covered(i) || reflexive {
            continue;
        }
        // The thing, within the next three words, no actor of its own (`its patrol ship`).
        let thing = (i + 1..(i + 4).min(toks.len()))
            .take_while(|&q| toks[q].is_word() && !covered(q))
            .any(|q| SPEAKER_POSSESSIONS.contains(&toks[q].norm.as_str()));
        let named: Vec<&ActorMention> = ms
            .iter()
            .zip(&actors.info)
            .filter(|(m, info)| m.start > v && m.end <= i && !info.locative)
            .map(|(m, _)| m)
            .collect();
        if !thing
            || named.is_empty()
            || named
                .iter()
                .any(|m| m.code.starts_with("---") || primary(&m.code) == own)
        {
            continue;
        }
        let mut info = actors.info[speaker].clone();
        info.locative = false;
        added.push((
            ActorMention {
                start: i,
                end: i + 1,
                code: ms[speaker].code.clone(),
                text: t.text.clone(),
                name: None,
            },
            info,
        ));
    }
    insert_mentions(actors, added);
}

/// A mention this step resolves (a pronoun, a group, an act told before): named in the text,
/// not a place, its country not guessed.
/// `the country` (not `the country's`) is the last country named alone before it in its
/// sentence (`condemned the coup in Niger and suspended aid to the country` → Niger).
fn add_the_country(sent: &Sentence, actors: &mut SentenceActors) {
    let covered = |i: usize, ms: &[ActorMention]| ms.iter().any(|m| m.start <= i && i < m.end);
    let mut added: Vec<(ActorMention, MentionInfo)> = Vec::new();
    for (i, t) in sent.tokens.iter().enumerate() {
        let Some(noun) = sent.tokens.get(i + 1) else { break };
        if t.norm != "the" || noun.norm != "country" || covered(i, &actors.mentions) || covered(i + 1, &actors.mentions)
        {
            continue;
        }
        if sent
            .tokens
            .get(i + 2)
            .is_some_and(|x| matches!(x.norm.as_str(), "'s" | "\u{2019}s" | "'" | "\u{2019}"))
        {
            continue;
        }
        let last = actors
            .mentions
            .iter()
            .zip(&actors.info)
            .rfind(|(m, info)| m.end <= i && info.kind == MentionKind::Country && m.code.len() == 3)
            .map(|(m, _)| m);
        if let Some(m) = last {
            let text = sent.text.get(t.start..noun.end).unwrap_or_default().to_string();
            added.push(resolved(i, i + 2, m.code.clone(), text, MentionKind::Country));
        }
    }
    insert_mentions(actors, added);
}

fn resolved(start: usize, end: usize, code: String, text: String, kind: MentionKind) -> (ActorMention, MentionInfo) {
    (
        ActorMention {
            start,
            end,
            code,
            text,
            name: None,
        },
        MentionInfo {
            kind,
            locative: false,
            inferred: false,
        },
    )
}

/// Adds mentions to a sentence's actors, keeping them in text order.
fn insert_mentions(actors: &mut SentenceActors, added: Vec<(ActorMention, MentionInfo)>) {
    if added.is_empty() {
        return;
    }
    let mut all: Vec<(ActorMention, MentionInfo)> = std::mem::take(&mut actors.mentions)
        .into_iter()
        .zip(std::mem::take(&mut actors.info))
        .chain(added)
        .collect();
    all.sort_by_key(|(m, _)| (m.start, m.end));
    for (m, info) in all {
        actors.mentions.push(m);
        actors.info.push(info);
    }
}

impl Coref {
    /// Resolves the sentence's pronouns and guessed roles against the article so far, and
    /// updates what the article has named. `actors` is the actor stage's result for `sent`.
    pub fn resolve(&mut self, sent: &Sentence, actors: &mut SentenceActors, ctx: &mut ActorContext) {
        self.fix_guessed_roles(sent, actors);
        self.add_pronouns(sent, actors);
        self.add_group_references(sent, actors);
        add_the_country(sent, actors);
        self.add_acts_told_before(sent, actors);
        add_speech_parties(sent, actors);
        add_speaker_possessions(sent, actors);
        self.remember_surnames(sent, actors, ctx);
        self.learn(sent, actors);
    }

    fn fix_guessed_roles(&self, sent: &Sentence, actors: &mut SentenceActors) {
        // `Russia withdrew its troops`: a guessed role after `its`/`their` is the subject's own.
        let first: Option<(usize, String)> = actors
            .mentions
            .iter()
            .zip(&actors.info)
            .find(|(m, i)| !i.locative && !i.inferred && warta_actors::country_of(&m.code).is_some())
            .map(|(m, _)| (m.end, m.code[..3].to_string()));
        let people: Vec<(usize, String)> = actors
            .mentions
            .iter()
            .zip(&actors.info)
            .filter(|(_, i)| matches!(i.kind, MentionKind::Person | MentionKind::Role) && !i.inferred && !i.locative)
            .filter_map(|(m, _)| Some((m.end, warta_actors::country_of(&m.code)?.to_string())))
            .collect();
        let person_before = |at: usize| people.iter().rev().find(|(end, _)| *end <= at).map(|(_, c)| c.clone());
        for (m, info) in actors.mentions.iter_mut().zip(actors.info.iter_mut()) {
            if info.kind != MentionKind::Role {
                continue;
            }
            let owner = m
                .start
                .checked_sub(1)
                .and_then(|p| sent.tokens.get(p))
                .map(|t| t.norm.as_str());
            let owned = owner.is_some_and(|o| GROUP_POSSESSIVES.contains(&o));
            // `Santos said his government would …`: a guessed role (or one of no country) after
            // `his`/`her` is of the nearest person or role (`Ukraine's president`) named before
            // it with a country.
            if owner.is_some_and(|o| PERSON_POSSESSIVES.contains(&o)) && (info.inferred || m.code.starts_with("---")) {
                if let (Some(country), Some(agent)) = (person_before(m.start), m.code.get(3..)) {
                    m.code = format!("{country}{agent}");
                    info.inferred = false;
                    continue;
                }
            }
            if !info.inferred {
                continue;
            }
            if let (true, Some((end, country)), Some((_, agent))) = (owned, &first, split_state(&m.code)) {
                if *end <= m.start {
                    m.code = format!("{country}{agent}");
                    info.inferred = false;
                    continue;
                }
            }
            let definite = m
                .start
                .checked_sub(1)
                .and_then(|p| sent.tokens.get(p))
                .is_some_and(|t| t.norm == "the");
            let Some((_, agent)) = split_state(&m.code) else {
                continue;
            };
            if !definite || agent.is_empty() {
                continue;
            }
            if let Some((_, code)) = self.roles.iter().rev().find(|(a, _)| a == agent) {
                // The same country as guessed: still a guess (nothing was learnt).
                if *code != m.code {
                    m.code = code.clone();
                    info.inferred = false;
                }
            }
        }
    }

    fn add_pronouns(&self, sent: &Sentence, actors: &mut SentenceActors) {
        let covered = |i: usize, ms: &[ActorMention]| ms.iter().any(|m| m.start <= i && i < m.end);
        let mut added: Vec<(ActorMention, MentionInfo)> = Vec::new();
        for (i, t) in sent.tokens.iter().enumerate() {
            if !t.is_word() || covered(i, &actors.mentions) {
                continue;
            }
            let word = t.norm.as_str();
            // Actors of this sentence before the pronoun: a subject pronoun after one refers to
            // the sentence's own subject (`Lee …, saying he …`).
            let before: Vec<(&ActorMention, &MentionInfo)> = actors
                .mentions
                .iter()
                .zip(&actors.info)
                .filter(|(m, info)| m.end <= i && !info.locative && !m.code.starts_with("---"))
                .collect();
            // An object pronoun's role named after the subject may be of no country, as its
            // subject may be (`Police arrested the opposition leader … and later released
            // him`): the act on it is coded as the first act is, with `---`.
            let before_any: Vec<(&ActorMention, &MentionInfo)> = actors
                .mentions
                .iter()
                .zip(&actors.info)
                .filter(|(m, info)| m.end <= i && !info.locative)
                .collect();
            let antecedent = if PERSON_PRONOUNS.contains(&word) {
                before
                    .iter()
                    .find(|(_, info)| info.kind == MentionKind::Person)
                    .map(|(m, _)| (m.code.clone(), m.text.clone()))
                    // An object `him` with no person before it in its sentence: the private
                    // person a role named there, after the subject, stands for (`detained a
                    // British journalist and deported him`), not a person of earlier sentences.
                    .or_else(|| {
                        OBJECT_PERSON_PRONOUNS
                            .contains(&word)
                            .then(|| {
                                role_after_subject(&before_any, |m| {
                                    PRIVATE_PERSON_AGENTS.iter().any(|a| m.code.ends_with(a))
                                })
                            })
                            .flatten()
                    })
                    .or_else(|| self.person.clone())
            } else if SUBJECT_GROUP_PRONOUNS.contains(&word) && !before.is_empty() {
                before.first().map(|(m, _)| (m.code.clone(), m.text.clone()))
            } else if GROUP_PRONOUNS.contains(&word) {
                // An object `them` after a role named past the subject in its sentence is that
                // role (`detained two Colombian soldiers … and later freed them`); else the
                // subject of the sentence before.
                OBJECT_GROUP_PRONOUNS
                    .contains(&word)
                    .then(|| role_after_subject(&before_any, |_| true))
                    .flatten()
                    .or_else(|| self.subject.clone())
            } else {
                None
            };
            let Some((code, _)) = antecedent else { continue };
            // `Obama and Putin said they …`: `they` after two actors joined by `and` is both.
            if SUBJECT_GROUP_PRONOUNS.contains(&word) {
                if let Some(second) = joined_pair(sent, &before) {
                    for c in [code, second] {
                        added.push(resolved(i, i + 1, c, t.text.clone(), MentionKind::Role));
                    }
                    continue;
                }
            }
            let kind = if PERSON_PRONOUNS.contains(&word) {
                MentionKind::Person
            } else {
                MentionKind::Role
            };
            added.push(resolved(i, i + 1, code, t.text.clone(), kind));
        }
        insert_mentions(actors, added);
    }

    /// `both leaders`, `the two countries`: the two actors named before, in this sentence or
    /// else in the last sentence that named two. They become two mentions over the same words,
    /// which the coder reads as `A and B`.
    fn add_group_references(&self, sent: &Sentence, actors: &mut SentenceActors) {
        let covered = |i: usize, ms: &[ActorMention]| ms.iter().any(|m| m.start <= i && i < m.end);
        let mut added: Vec<(ActorMention, MentionInfo)> = Vec::new();
        for (i, t) in sent.tokens.iter().enumerate() {
            let Some(noun) = sent.tokens.get(i + 1) else { break };
            let opener = t.norm == "both"
                || (t.norm == "two" && i > 0 && sent.tokens.get(i - 1).is_some_and(|p| p.norm == "the"));
            if !opener || !GROUP_NOUNS.contains(&noun.norm.as_str()) || covered(i, &actors.mentions) {
                continue;
            }
            if covered(i + 1, &actors.mentions) {
                continue;
            }
            let before = actors
                .mentions
                .iter()
                .zip(&actors.info)
                .filter(|(m, info)| m.end <= i && !info.locative && !m.code.starts_with("---"))
                .map(|(m, _)| m);
            let Some(pair) = two_sides(sent, before).or_else(|| self.pair.clone()) else {
                continue;
            };
            // `troops from the two countries`, `the leaders of both nations`: the role of each side.
            let ps = if t.norm == "both" { i } else { i - 1 };
            let owner = ps
                .checked_sub(1)
                .filter(|&p| matches!(sent.tokens[p].norm.as_str(), "from" | "of"))
                .and_then(|p| {
                    actors
                        .mentions
                        .iter()
                        .zip(&actors.info)
                        .position(|(m, info)| m.end == p && info.kind == MentionKind::Role)
                })
                .and_then(|k| Some((k, split_state(&actors.mentions[k].code)?.1.to_string())))
                .filter(|(_, agent)| !agent.is_empty());
            if let Some((k, agent)) = owner {
                let role = actors.mentions.remove(k);
                actors.info.remove(k);
                for code in &pair {
                    let country = warta_actors::country_of(code).unwrap_or("---");
                    let code = format!("{country}{agent}");
                    added.push(resolved(
                        role.start,
                        role.end,
                        code,
                        role.text.clone(),
                        MentionKind::Role,
                    ));
                }
                continue;
            }
            let text = sent.text.get(t.start..noun.end).unwrap_or_default().to_string();
            for code in pair {
                added.push(resolved(i, i + 2, code, text.clone(), MentionKind::Role));
            }
        }
        insert_mentions(actors, added);
    }

    /// Remembers the source of each event coded, by root, for a later `condemned the attack`.
    pub fn learn_events<'a>(&mut self, events: impl Iterator<Item = (&'a str, &'a str)>) {
        for (source, code) in events {
            if source.starts_with("---") {
                continue;
            }
            // By root, and by the three-digit code a noun may name (`strikes`: 195).
            for key in [code.get(..2), code.get(..3)].into_iter().flatten() {
                self.agents.retain(|(r, _)| r != key);
                self.agents.push((key.to_string(), source.to_string()));
            }
        }
    }

    /// `Qatar condemned an Israeli air strike`: an act disapproved of (root 11 or 12), named by
    /// its agent's word right before the act's noun, makes that agent the one a later `the
    /// strike` stands for (`Turkey also denounced the strike`).
    pub fn learn_disapproved_acts<'a>(
        &mut self,
        sent: &Sentence,
        events: impl Iterator<Item = (&'a str, &'a str, &'a str)>,
    ) {
        let toks = &sent.tokens;
        for (target, text, code) in events {
            if !(code.starts_with("11") || code.starts_with("12")) || target.starts_with("---") || text.is_empty() {
                continue;
            }
            // English events carry the target's words, not its tokens: the first token after them.
            let Some(at) = sent.text.find(text).map(|b| b + text.len()) else {
                continue;
            };
            let Some(end) = toks.iter().position(|t| t.start >= at) else {
                continue;
            };
            let Some((_, root)) = act_noun_at(toks, end) else {
                continue;
            };
            self.agents.retain(|(r, _)| r != root);
            self.agents.push((root.clone(), target.to_string()));
        }
    }

    /// `Qatar condemned the attack`: an act told before, named with a determiner as an object
    /// and with no actor of its own after it, stands for the agent of the last event of its root.
    fn add_acts_told_before(&self, sent: &Sentence, actors: &mut SentenceActors) {
        let covered = |i: usize, ms: &[ActorMention]| ms.iter().any(|m| m.start <= i && i < m.end);
        let toks = &sent.tokens;
        let mut added: Vec<(ActorMention, MentionInfo)> = Vec::new();
        for (i, t) in toks.iter().enumerate().skip(1) {
            if !matches!(t.norm.as_str(), "the" | "this" | "that" | "these" | "those") {
                continue;
            }
            let before = &toks[i - 1];
            if !before.is_word() || before.is_capitalized() || NOT_AFTER.contains(&before.norm.as_str()) {
                continue;
            }
            let Some((words, root)) = act_noun_at(toks, i + 1) else {
                continue;
            };
            let (start, end) = (i + 1, i + 1 + words.len());
            if (start..end).any(|k| covered(k, &actors.mentions))
                || toks.get(end).is_some_and(|n| NAMED_AFTER.contains(&n.norm.as_str()))
            {
                continue;
            }
            let Some((_, code)) = self
                .agents
                .iter()
                .find(|(r, _)| r == root)
                .or_else(|| self.agents.iter().find(|(r, _)| Some(r.as_str()) == root.get(..2)))
            else {
                continue;
            };
            let text = sent
                .text
                .get(toks[start].start..toks[end - 1].end)
                .unwrap_or_default()
                .to_string();
            added.push(resolved(start, end, code.clone(), text, MentionKind::Role));
        }
        insert_mentions(actors, added);
    }

    fn remember_surnames(&self, sent: &Sentence, actors: &SentenceActors, ctx: &mut ActorContext) {
        for (m, info) in actors.mentions.iter().zip(&actors.info) {
            if info.kind != MentionKind::Person {
                continue;
            }
            let Some(name) = m.name.clone() else { continue };
            let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
            // A token of the known name followed, with only a space between, by a capitalized
            // word that is not part of it: the text's own spelling of the rest of the name.
            for k in m.start..m.end.min(sent.tokens.len()) {
                let (tok, Some(next)) = (&sent.tokens[k], sent.tokens.get(k + 1)) else {
                    continue;
                };
                if !words.contains(&tok.norm) || words.contains(&next.norm) {
                    continue;
                }
                let glued = sent.text.get(tok.end..next.start).is_some_and(|g| g == " ");
                let after = sent.tokens.get(k + 2);
                // The word ends the name: punctuation or the end of the sentence follows.
                let last = after.is_none_or(|t| !t.is_word() || !t.is_capitalized());
                let known = actors
                    .mentions
                    .iter()
                    .any(|o| o.start <= k + 1 && k + 1 < o.end && o.start > k);
                if !glued
                    || !last
                    || known
                    || !next.is_word()
                    || !next.is_capitalized()
                    || next.norm.chars().count() < 3
                    || ctx.people.iter().any(|p| p.0 == next.norm)
                {
                    continue;
                }
                ctx.people.push((next.norm.clone(), m.code.clone(), name.clone()));
            }
        }
    }

    fn learn(&mut self, sent: &Sentence, actors: &SentenceActors) {
        let named: Vec<(&ActorMention, &MentionInfo)> = actors
            .mentions
            .iter()
            .zip(&actors.info)
            .filter(|(m, info)| !info.locative && !m.code.starts_with("---"))
            .collect();
        if let Some((m, _)) = named.first() {
            self.subject = Some((m.code.clone(), m.text.clone()));
        }
        if let Some(p) = between_sides(sent, &named).or_else(|| two_sides(sent, named.iter().map(|(m, _)| *m))) {
            self.pair = Some(p);
        }
        if let Some((m, _)) = named.iter().rev().find(|(_, i)| i.kind == MentionKind::Person) {
            self.person = Some((m.code.clone(), m.text.clone()));
        }
        for (m, info) in &named {
            if info.kind != MentionKind::Role || info.inferred {
                continue;
            }
            if let Some((_, agent)) = split_state(&m.code).filter(|(_, a)| !a.is_empty()) {
                self.roles.retain(|(a, _)| a != agent);
                self.roles.push((agent.to_string(), m.code.clone()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_actors::ActorDict;
    use warta_core::Lang;

    #[test]
    fn act_nouns_parse() {
        assert!(warta_core::parse_tsv("en_acts.tsv", EN_ACTS, "noun", 2).is_ok());
        assert!(ACT_NOUNS.iter().any(|(w, r)| w == &["air", "strikes"] && r == "195"));
    }

    fn run(text: &str) -> Vec<Vec<(String, String)>> {
        let dict = ActorDict::embedded();
        let mut ctx = ActorContext::default();
        let mut coref = Coref::default();
        let date = warta_core::parse_date("2021-05-04");
        warta_text::segment(text, &Lang::En)
            .iter()
            .map(|s| {
                let mut a = dict.find(s, &Lang::En, date, &mut ctx);
                coref.resolve(s, &mut a, &mut ctx);
                a.mentions.iter().map(|m| (m.text.clone(), m.code.clone())).collect()
            })
            .collect()
    }

    #[test]
    fn pronouns_take_the_last_person_or_the_last_subject() {
        let r = run("Chilean President Sebastian Pinera visited Lima. He met Peruvian farmers there.");
        assert!(r[1].iter().any(|(t, c)| t == "He" && c == "CHLGOV"), "{r:?}");
        let r = run("Peruvian soldiers crossed into Chile at dawn. They shelled a village.");
        assert!(r[1].iter().any(|(t, c)| t == "They" && c == "PERMIL"), "{r:?}");
        // No antecedent: nothing is made up.
        let r = run("They shelled a village.");
        assert!(r[0].is_empty(), "{r:?}");
    }

    #[test]
    fn the_role_alone_takes_the_country_of_the_last_such_role() {
        let r = run("The Peruvian military said it was ready. The air force then bombed a camp.");
        assert!(
            r[1].iter().any(|(t, c)| t.ends_with("air force") && c == "PERMIL"),
            "{r:?}"
        );
    }

    #[test]
    fn a_known_first_name_teaches_its_surname() {
        let r = run("Egianus Kogoyah, a rebel commander, spoke. Kogoyah said the army attacked.");
        assert!(
            r[1].iter().any(|(t, c)| t == "Kogoyah" && c.starts_with("IDN")),
            "{r:?}"
        );
    }

    #[test]
    fn both_leaders_are_the_two_named_before() {
        let r =
            run("Chilean President Gabriel Boric met Peruvian President Dina Boluarte. Both leaders signed a pact.");
        let both: Vec<&str> = r[1]
            .iter()
            .filter(|(t, _)| t == "Both leaders")
            .map(|(_, c)| c.as_str())
            .collect();
        assert_eq!(both.len(), 2, "{r:?}");
        assert!(
            both.iter().any(|c| c.starts_with("CHL")) && both.iter().any(|c| c.starts_with("PER")),
            "{r:?}"
        );
        // In the same sentence too; and two actors of one country make no pair.
        let r = run("Chile and Peru closed ranks, and the two countries signed a pact.");
        assert_eq!(r[0].iter().filter(|(t, _)| t == "two countries").count(), 2, "{r:?}");
        let r = run("The Chilean army and the Chilean navy held drills. Both sides fired shells.");
        assert!(r[1].iter().all(|(t, _)| t != "Both sides"), "{r:?}");
        assert!(is_group_reference("both leaders") && !is_group_reference("both"));
    }

    #[test]
    fn you_and_we_in_speech_to_an_actor() {
        let r = run("Chilean President Gabriel Boric said to Peruvian President Dina Boluarte that we will help you.");
        assert!(r[0].iter().any(|(t, c)| t == "you" && c.starts_with("PER")), "{r:?}");
        assert!(r[0].iter().any(|(t, c)| t == "we" && c.starts_with("CHL")), "{r:?}");
        // Speech with no addressee resolves neither.
        let r = run("Chilean President Gabriel Boric said that we will help you.");
        assert!(r[0].iter().all(|(t, _)| t != "you" && t != "we"), "{r:?}");
    }
}
