//! The verb dictionary of one language, parsed once from its TSV files.

use crate::forms::{key_of, FormKey, Kind};
use rustc_hash::FxHashMap;
use std::collections::HashSet;
use warta_core::{parse_tsv, CameoTable, DictError, TsvRecord};

/// Word classes of `*_words.tsv` (bit flags).
pub mod class {
    pub const NEG: u64 = 1;
    pub const NOTNEG: u64 = 1 << 1;
    pub const AUX: u64 = 1 << 2;
    pub const INTENT: u64 = 1 << 3;
    pub const THREAT: u64 = 1 << 4;
    pub const PROMISE: u64 = 1 << 5;
    pub const SERIAL: u64 = 1 << 6;
    pub const LIGHT: u64 = 1 << 7;
    pub const PLIGHT: u64 = 1 << 8;
    pub const DET: u64 = 1 << 9;
    pub const CLAUSE: u64 = 1 << 10;
    pub const CONJ: u64 = 1 << 11;
    pub const COORD: u64 = 1 << 12;
    pub const TPREP: u64 = 1 << 13;
    pub const LOCPREP: u64 = 1 << 14;
    pub const AGENT: u64 = 1 << 15;
    pub const FROM: u64 = 1 << 16;
    pub const BETWEEN: u64 = 1 << 17;
    pub const PRON: u64 = 1 << 18;
    pub const QPRON: u64 = 1 << 19;
    pub const SPEECH: u64 = 1 << 20;
    pub const REL: u64 = 1 << 21;
    pub const QUOTE: u64 = 1 << 22;
    pub const WEAPON: u64 = 1 << 23;
    pub const INCL: u64 = 1 << 24;
    pub const WHEN: u64 = 1 << 25;
    pub const VICTIM: u64 = 1 << 26;
    pub const CAUSE: u64 = 1 << 27;
    pub const BILL: u64 = 1 << 28;
    pub const POLICY: u64 = 1 << 29;
    pub const PARTNER: u64 = 1 << 30;
    pub const COND: u64 = 1 << 31;
    pub const PAIR: u64 = 1 << 32;
    pub const PAIRNOUN: u64 = 1 << 33;
    pub const PAIRDET: u64 = 1 << 34;
    pub const QUANT: u64 = 1 << 35;
    pub const AIRCRAFT: u64 = 1 << 36;
    pub const HARM: u64 = 1 << 37;
    pub const THAT: u64 = 1 << 38;
    pub const POS: u64 = 1 << 39;
    pub const AS: u64 = 1 << 40;
    pub const PURPOSE: u64 = 1 << 41;
    pub const SAY: u64 = 1 << 42;
    pub const MUTUAL: u64 = 1 << 43;
    pub const PLAN: u64 = 1 << 44;
    pub const DEED: u64 = 1 << 45;
    pub const DONE: u64 = 1 << 46;
    pub const SETTLE: u64 = 1 << 47;
    pub const OFFICE: u64 = 1 << 48;
    pub const PERSON_PRON: u64 = 1 << 49;
    pub const DEST: u64 = 1 << 50;
    pub const MEANS: u64 = 1 << 51;
    pub const AGREE: u64 = 1 << 52;
    pub const UNDERGO: u64 = 1 << 53;
    pub const THING: u64 = 1 << 54;
    pub const BORDER: u64 = 1 << 55;
    pub const CHANNEL: u64 = 1 << 56;
    pub const REFUSE: u64 = 1 << 57;
    pub const ESCORT: u64 = 1 << 58;
    pub const ASK: u64 = 1 << 59;
    pub const TALLY: u64 = 1 << 60;
    pub const POLL: u64 = 1 << 61;

    pub const NAMES: &[(&str, u64)] = &[
        ("neg", NEG),
        ("notneg", NOTNEG),
        ("aux", AUX),
        ("intent", INTENT),
        ("threat", THREAT),
        ("promise", PROMISE),
        ("serial", SERIAL),
        ("light", LIGHT),
        ("plight", PLIGHT),
        ("det", DET),
        ("clause", CLAUSE),
        ("conj", CONJ),
        ("coord", COORD),
        ("tprep", TPREP),
        ("locprep", LOCPREP),
        ("agent", AGENT),
        ("from", FROM),
        ("between", BETWEEN),
        ("pron", PRON),
        ("qpron", QPRON),
        ("speech", SPEECH),
        ("rel", REL),
        ("quote", QUOTE),
        ("weapon", WEAPON),
        ("incl", INCL),
        ("when", WHEN),
        ("victim", VICTIM),
        ("cause", CAUSE),
        ("bill", BILL),
        ("policy", POLICY),
        ("partner", PARTNER),
        ("cond", COND),
        ("pair", PAIR),
        ("pairnoun", PAIRNOUN),
        ("pairdet", PAIRDET),
        ("quant", QUANT),
        ("aircraft", AIRCRAFT),
        ("harm", HARM),
        ("that", THAT),
        ("pos", POS),
        ("as", AS),
        ("purpose", PURPOSE),
        ("say", SAY),
        ("mutual", MUTUAL),
        ("plan", PLAN),
        ("deed", DEED),
        ("done", DONE),
        ("settle", SETTLE),
        ("office", OFFICE),
        ("person_pron", PERSON_PRON),
        ("dest", DEST),
        ("means", MEANS),
        ("agree", AGREE),
        ("undergo", UNDERGO),
        ("thing", THING),
        ("border", BORDER),
        ("channel", CHANNEL),
        ("refuse", REFUSE),
        ("escort", ESCORT),
        ("ask", ASK),
        ("tally", TALLY),
        ("poll", POLL),
    ];
}

/// A predicate of the dictionary.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub code: String,
    pub root: String,
    /// Form keys (`me-kan`) with the kind each gives.
    pub forms: Vec<(String, Kind)>,
    /// Words that must follow the head, in order; each a list of alternatives
    /// (`telepon|telpon`, `serang*` for a prefix).
    pub then: Vec<Vec<String>>,
    /// For each alternative of `then`, the bit of [`word_bit`] of its first word (`0` for a
    /// prefix `serang*`, which the bit cannot tell): a token whose forms' bits lack it cannot
    /// begin that alternative, so the matcher skips it without comparing strings.
    pub then_bits: Vec<Vec<u64>>,
    /// Largest number of tokens between the head and a following word (and between two).
    pub gap: usize,
    /// The source is the actor after `dari`, the subject the target (`menerima telepon dari X`).
    pub recv: bool,
    /// Reciprocal: a compound subject with no object gives first → second (`X dan Y bertemu`).
    pub recip: bool,
    /// A third party: with `antara X dan Y` after it, the subject acts on both (`menjadi
    /// penengah antara X dan Y`), not X on Y.
    pub third: bool,
    /// Flag `downs`: the weapon named after the verb is what it acts on, its owner the target
    /// (`menembak jatuh drone Rusia` → RUSMIL), not the instrument (`menembakkan rudal`).
    pub downs: bool,
    /// Flag `obj`: with `with=…`, the direct object is a target too (`menolak usulan gencatan
    /// senjata Ukraina` as well as `… dari Ukraina`).
    pub obj: bool,
    /// Flag `motion`: a ruling on a legal motion (`menolak kasasi`, `menolak praperadilan`): the
    /// target is the motion's maker, named right after it (not a law it challenges, nor one
    /// after a preposition: `gugatan warga terhadap pemerintah kota` is the residents'), or the
    /// agent of a `yang diajukan X` clause right after it; no other target is sought.
    pub motion: bool,
    /// Flag `outof`: told in the passive with no agent, the town or country after `dari` is
    /// the one who did it (`diplomat Rusia diusir dari Praha` → CZE): one is expelled or
    /// deported *from* the expelling state.
    pub outof: bool,
    /// Flag `by=w1|w2`: told in the passive with no agent, the actor right after one of these
    /// words is the one who did it (`Duta Besar Belanda dipanggil ke Kementerian Luar Negeri`:
    /// one is summoned *to* the summoner).
    pub by: Vec<String>,
    /// Flag `notarget`: kept with no target named (`---`) where its root needs one (a missile
    /// launched into a sea shows force to no one named: `menembakkan rudal ke Laut Jepang`).
    pub notarget: bool,
    /// The target must follow one of these words (`with=dengan|bersama`): the direct object of
    /// `membahas` is a topic, its partner comes after `dengan`.
    pub with: Vec<String>,
    /// Flag `neg=CODE`: refused (`tidak menerima usulan gencatan senjata`, a negator of class
    /// `refuse`), the act is this code, told as done (a rejection), not a negated acceptance.
    pub neg_code: Option<String>,
    pub line: usize,
}

/// Rules for the codes under a prefix (`*_roots.tsv`).
#[derive(Debug, Clone)]
pub struct RootRule {
    pub need_target: bool,
    pub loc_target: bool,
    pub ctx_target: bool,
    /// With no actor as target, a bill or a policy named as the object stands for its author
    /// (the legislature or the government of the source's country).
    pub owner_target: bool,
    /// An act of force told before and now named with a determiner (`mengecam serangan itu`)
    /// stands for its agent.
    pub agent_target: bool,
    pub intent: Option<String>,
    pub threat: Option<String>,
}

pub struct Lexicon {
    pub patterns: Vec<Pattern>,
    // (Looked up per token of every Indonesian sentence, never iterated: Fx hashing, not
    // SipHash, as for the English coder's verb maps.)
    by_root: FxHashMap<String, Vec<u32>>,
    by_surface: FxHashMap<String, Vec<(u32, Kind)>>,
    words: FxHashMap<String, u64>,
    roots: Vec<(String, RootRule)>,
    /// (source role, code prefix, code): codes that depend on who acts (`id_roles.tsv`).
    roles: Vec<(String, String, String)>,
}

const DEFAULT_GAP: usize = 4;

/// One bit (of 64) for a word, from a hash of its bytes: the matcher's cheap test of whether a
/// token may equal a pattern's following word (equal words have equal bits; unequal ones share
/// a bit now and then, and are then compared in full).
pub fn word_bit(w: &str) -> u64 {
    // (FNV-1a; the top bits of the product are the best mixed.)
    let h = w.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    });
    1 << (h >> 58)
}

/// A predicate as written, lower-cased with single spaces: what a user row replaces.
fn predicate_key(p: &str) -> String {
    p.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

impl Lexicon {
    #[allow(clippy::too_many_arguments)]
    pub fn parse(
        verbs_file: &str,
        verbs: &str,
        words_file: &str,
        words: &str,
        roots_file: &str,
        roots: &str,
        roles_file: &str,
        roles: &str,
        user_verbs: &[(String, String)],
    ) -> Result<Lexicon, DictError> {
        let cameo = CameoTable::embedded();
        let mut lx = Lexicon {
            patterns: Vec::new(),
            by_root: FxHashMap::default(),
            by_surface: FxHashMap::default(),
            words: FxHashMap::default(),
            roots: Vec::new(),
            roles: Vec::new(),
        };
        for r in parse_tsv(roles_file, roles, "role", 3)? {
            let role = r.require(roles_file, 0, "role")?.to_string();
            let prefix = r.require(roles_file, 1, "prefix")?.to_string();
            let code = r.require(roles_file, 2, "code")?;
            if !cameo.contains(code) {
                return Err(DictError::bad(
                    roles_file,
                    r.line,
                    format!("`{code}` is not a CAMEO code"),
                ));
            }
            lx.roles.push((role, prefix, code.to_string()));
        }
        for r in parse_tsv(words_file, words, "class", 2)? {
            let c = r.require(words_file, 0, "class")?;
            let w = r.get(1);
            if w.is_empty() {
                return Err(DictError::bad(words_file, r.line, "missing field `word` (column 2)"));
            }
            let bit = class::NAMES
                .iter()
                .find(|(n, _)| *n == c)
                .map(|(_, b)| *b)
                .ok_or_else(|| DictError::bad(words_file, r.line, format!("unknown class `{c}`")))?;
            *lx.words.entry(w.to_lowercase()).or_default() |= bit;
        }
        for r in parse_tsv(roots_file, roots, "prefix", 8)? {
            let p = r.require(roots_file, 0, "prefix")?.to_string();
            let yes = |i: usize, name: &str| -> Result<bool, DictError> {
                match r.get(i) {
                    "yes" => Ok(true),
                    "no" => Ok(false),
                    v => Err(DictError::bad(
                        roots_file,
                        r.line,
                        format!("{name} `{v}` is not yes/no"),
                    )),
                }
            };
            let code = |i: usize, name: &str| -> Result<Option<String>, DictError> {
                match r.get(i) {
                    "-" | "" => Ok(None),
                    v if cameo.contains(v) => Ok(Some(v.to_string())),
                    v => Err(DictError::bad(
                        roots_file,
                        r.line,
                        format!("{name} `{v}` is not a CAMEO code"),
                    )),
                }
            };
            lx.roots.push((
                p,
                RootRule {
                    need_target: yes(1, "need_target")?,
                    loc_target: yes(2, "loc_target")?,
                    ctx_target: yes(3, "ctx_target")?,
                    owner_target: yes(4, "owner_target")?,
                    agent_target: yes(5, "agent_target")?,
                    intent: code(6, "intent")?,
                    threat: code(7, "threat")?,
                },
            ));
        }
        lx.roots.sort_by_key(|r| std::cmp::Reverse(r.0.len()));
        // A user's verb file replaces every built-in row of a predicate it names (same head and
        // following words), so an analyst can recode a phrase, or mark it `-` (no event).
        let mut user_rows = Vec::new();
        for (file, text) in user_verbs {
            for r in parse_tsv(file, text, "code", 3)? {
                user_rows.push((file.as_str(), r));
            }
        }
        let replaced: HashSet<String> = user_rows.iter().map(|(_, r)| predicate_key(r.get(1))).collect();
        let builtin = parse_tsv(verbs_file, verbs, "code", 3)?
            .into_iter()
            .filter(|r| !replaced.contains(&predicate_key(r.get(1))))
            .map(|r| (verbs_file, r));
        for (verbs_file, r) in builtin.collect::<Vec<_>>().into_iter().chain(user_rows) {
            lx.add_verb(verbs_file, &r, cameo)?;
        }
        Ok(lx)
    }

    /// Adds one row of a verb file (`id.tsv` format).
    fn add_verb(&mut self, verbs_file: &str, r: &TsvRecord<'_>, cameo: &CameoTable) -> Result<(), DictError> {
        let lx = self;
        let code = r.require(verbs_file, 0, "code")?;
        // `-` marks a phrase that is NOT an event (`menahan diri`): it wins by specificity.
        if code != "-" && !cameo.contains(code) {
            return Err(DictError::bad(
                verbs_file,
                r.line,
                format!("`{code}` is not a CAMEO event code"),
            ));
        }
        let pred = r.require(verbs_file, 1, "predicate")?.to_lowercase();
        let mut words = pred.split_whitespace();
        let root = words.next().unwrap_or_default().to_string();
        let then: Vec<Vec<String>> = words
            .map(|w| w.split('|').filter(|x| !x.is_empty()).map(str::to_string).collect())
            .collect();
        let then_bits = then
            .iter()
            .map(|alts| {
                alts.iter()
                    .map(|a| {
                        let first = a.split('_').next().unwrap_or_default();
                        if first.ends_with('*') {
                            0
                        } else {
                            word_bit(first)
                        }
                    })
                    .collect()
            })
            .collect();
        let mut recv = false;
        let mut recip = false;
        let mut third = false;
        let mut downs = false;
        let mut obj = false;
        let mut motion = false;
        let mut outof = false;
        let mut notarget = false;
        let mut by = Vec::new();
        let mut bare_verb = false;
        let mut gap = DEFAULT_GAP;
        let mut with = Vec::new();
        let mut neg_code = None;
        for f in r.get(3).split([',', ' ']).filter(|f| !f.is_empty()) {
            match f {
                "recv" => recv = true,
                "recip" => recip = true,
                "third" => third = true,
                "downs" => downs = true,
                "obj" => obj = true,
                "motion" => motion = true,
                "outof" => outof = true,
                "notarget" => notarget = true,
                "v0" => bare_verb = true,
                g if g.starts_with("gap=") => {
                    gap = g[4..]
                        .parse()
                        .map_err(|_| DictError::bad(verbs_file, r.line, format!("bad flag `{g}`")))?
                }
                n if n.starts_with("neg=") => {
                    let c = &n[4..];
                    if !cameo.contains(c) {
                        return Err(DictError::bad(
                            verbs_file,
                            r.line,
                            format!("`{c}` (flag `neg=`) is not a CAMEO event code"),
                        ));
                    }
                    neg_code = Some(c.to_string());
                }
                w if w.starts_with("by=") => by = word_list(&w[3..]),
                w if w.starts_with("with=") => with = word_list(&w[5..]),
                other => return Err(DictError::bad(verbs_file, r.line, format!("unknown flag `{other}`"))),
            }
        }
        let mut forms = Vec::new();
        for f in r
            .require(verbs_file, 2, "forms")?
            .split(',')
            .filter(|f| !f.trim().is_empty())
        {
            let k = FormKey::parse(f).map_err(|m| DictError::bad(verbs_file, r.line, m))?;
            forms.push(k);
        }
        let idx = lx.patterns.len() as u32;
        let mut fk = Vec::new();
        for k in &forms {
            let kind = k.kind(bare_verb);
            fk.push((k.key(), kind));
            let mut surfaces = k.surfaces(&root);
            // The bare -kan/-i form of headlines (`Jokowi Serukan Dialog`), also where the
            // analyzer leaves a capitalized word alone.
            if k.prefixes == ["me"] && matches!(k.suffixes.as_slice(), [x] if x == "kan" || x == "i") {
                surfaces.push(format!("{root}{}", k.suffixes[0]));
            }
            for s in surfaces {
                let e = lx.by_surface.entry(s).or_default();
                if !e.iter().any(|(i, _)| *i == idx) {
                    e.push((idx, kind));
                }
            }
        }
        lx.by_root.entry(root.clone()).or_default().push(idx);
        lx.patterns.push(Pattern {
            code: code.to_string(),
            root,
            forms: fk,
            then,
            then_bits,
            gap,
            recv,
            recip,
            third,
            downs,
            obj,
            motion,
            outof,
            by,
            notarget,
            with,
            neg_code,
            line: r.line,
        });
        Ok(())
    }

    /// The code an act takes when its source has this actor code (`IDNOPP` + 19x → 145).
    pub fn by_role<'s>(&'s self, source: &str, code: &'s str) -> &'s str {
        let role = source.get(3..6).unwrap_or("");
        self.roles
            .iter()
            .find(|(r, p, _)| r == role && code.starts_with(p.as_str()))
            .map(|(_, _, c)| c.as_str())
            .unwrap_or(code)
    }

    pub fn class(&self, word: &str) -> u64 {
        self.words.get(word).copied().unwrap_or(0)
    }

    pub fn rule(&self, code: &str) -> Option<&RootRule> {
        self.roots
            .iter()
            .find(|(p, _)| code.starts_with(p.as_str()))
            .map(|(_, r)| r)
    }

    /// Patterns whose head matches a word, from the analyzer's root and affixes.
    pub fn by_analysis(&self, root: &str, prefixes: &[String], suffixes: &[String], out: &mut Vec<(u32, Kind)>) {
        let Some(ids) = self.by_root.get(root) else {
            return;
        };
        let key = key_of(prefixes, suffixes);
        // Bare -kan/-i verbs of headlines and speech ("Jokowi Serukan Dialog") read as meN-.
        let alt = if prefixes.is_empty() && !suffixes.is_empty() && suffixes[0] != "an" {
            Some(key_of(&["me".to_string()], suffixes))
        } else {
            None
        };
        for &i in ids {
            let p = &self.patterns[i as usize];
            for (k, kind) in &p.forms {
                if *k == key || alt.as_deref() == Some(k.as_str()) {
                    out.push((i, *kind));
                    break;
                }
            }
        }
    }

    /// Whether some pattern's head has this root (whatever its affixes): the root names an action.
    pub fn has_root(&self, root: &str) -> bool {
        self.by_root.contains_key(root)
    }

    /// Patterns whose head has this surface word (generated forms).
    pub fn by_surface(&self, word: &str) -> &[(u32, Kind)] {
        self.by_surface.get(word).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn surface_count(&self) -> usize {
        self.by_surface.len()
    }
}

/// The words of a flag's value (`by=ke|kepada`), empty parts left out.
fn word_list(value: &str) -> Vec<String> {
    value.split('|').filter(|x| !x.is_empty()).map(str::to_string).collect()
}
