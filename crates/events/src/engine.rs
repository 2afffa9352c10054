//! The sentence reader: predicates, clauses, sides, negation and modality.

use crate::forms::Kind;
use crate::lexicon::{class as C, word_bit, Lexicon, Pattern};
use crate::{EventContext, Modality, PlaceTarget, RawEvent, Side};
use warta_actors::ActorMention;
use warta_core::{
    cameo::{is_force, primary, primary_len, root_of},
    Sentence, TokenKind,
};
use warta_morph::{Analysis, Voice};

/// Clitics stripped before a surface look-up (`serangannya` → `serangan`).
const CLITICS: &[&str] = &["nya", "lah", "pun", "kah", "ku", "mu"];
/// Sentences for which a named target of a strike carries to a later strike without one.
const CTX_TARGET_SPAN: usize = 3;

#[derive(Debug, Clone)]
struct Trig {
    pat: u32,
    kind: Kind,
    /// First token (the light verb, when there is one).
    start: usize,
    head: usize,
    /// One past the last token (head or last following word).
    end: usize,
    /// Tokens that belong to the predicate (light verb, head, following words).
    parts: Vec<usize>,
    /// Agent search starts after this token (passive light verb `dilakukan`).
    agent_from: usize,
    /// A noun predicate's own object phrase ends here (`penyerangan terhadap X yang dilakukan
    /// oleh Y`); 0 when there is none.
    obj_end: usize,
    /// `… tewas dalam serangan Y`: the noun's own actor is the source, the dead the target.
    victim: bool,
}

enum Subj {
    Actors(Vec<usize>),
    /// Another verb stands between: the predicate shares that verb's subject
    /// (`X akan mengunjungi Y … setelah bertemu Z`).
    Inherit,
    /// A third-person pronoun (its position).
    Pron(usize),
    /// `keduanya`, `kedua negara`: the two sides named last (see `pair_sides`; the pronoun's
    /// position).
    Pair(usize),
    QPron,
    /// A relative clause whose antecedent is not an actor: no inheritance.
    Blocked,
    None,
}

struct Reader<'a> {
    lx: &'a Lexicon,
    s: &'a Sentence,
    an: &'a [Analysis],
    actors: &'a [ActorMention],
    places: &'a [PlaceTarget],
    cls: Vec<u64>,
    /// Per token, the word without its clitic (`serangannya` → `serangan`; the word itself
    /// when it has none).
    stripped: Vec<&'a str>,
    /// Per token, the [`word_bit`]s of the forms a following word may match (the word, it
    /// without its clitic, its root): see `alt_at`.
    bits: Vec<u64>,
    actor_at: Vec<Option<usize>>,
    clause_of: Vec<usize>,
    clauses: Vec<(usize, usize)>,
    /// Speech regions: token span and the speaker.
    speech: Vec<((usize, usize), Side)>,
}

pub fn code(
    lx: &Lexicon,
    s: &Sentence,
    an: &[Analysis],
    actors: &[ActorMention],
    places: &[PlaceTarget],
    ctx: &mut EventContext,
) -> Vec<RawEvent> {
    let n = s.tokens.len();
    if n == 0 {
        return Vec::new();
    }
    let mut actor_at = vec![None; n];
    for (mi, m) in actors.iter().enumerate() {
        for slot in actor_at.iter_mut().take(m.end.min(n)).skip(m.start) {
            if slot.is_none() {
                *slot = Some(mi);
            }
        }
    }
    let mut cls: Vec<u64> = s.tokens.iter().map(|t| lx.class(&t.norm)).collect();
    // `menuntut pemulangan ke Myanmar`, `dipulangkan ke Malaysia`: after a word of going back or
    // being moved (class `dest`), `ke` names where to, a place, not a target.
    for j in 1..cls.len() {
        // (Also with what goes back between: `pemulangan jenazah ke Indonesia`.)
        let dest = (j.saturating_sub(3)..j)
            .rev()
            .find(|&k| cls[k] & C::DEST != 0)
            .is_some_and(|k| (k..j).all(|x| s.tokens[x].is_word()));
        if dest && cls[j] & C::TPREP != 0 && s.tokens[j].norm == "ke" {
            cls[j] = (cls[j] & !C::TPREP) | C::LOCPREP;
        }
    }
    let stripped: Vec<&str> = s
        .tokens
        .iter()
        .map(|t| CLITICS.iter().find_map(|c| t.norm.strip_suffix(c)).unwrap_or(&t.norm))
        .collect();
    let bits = (0..n)
        .map(|i| {
            // (Most words have no clitic and are their own root: each form hashed once.)
            let w = s.tokens[i].norm.as_str();
            let mut b = word_bit(w);
            if stripped[i].len() != w.len() {
                b |= word_bit(stripped[i]);
            }
            if let Some(a) = an.get(i).filter(|a| a.root != w && a.root != stripped[i]) {
                b |= word_bit(&a.root);
            }
            b
        })
        .collect();
    let mut r = Reader {
        lx,
        s,
        an,
        actors,
        places,
        cls,
        stripped,
        bits,
        actor_at,
        clause_of: vec![0; n],
        clauses: Vec::new(),
        speech: Vec::new(),
    };
    let (trigs, bare) = r.triggers();
    r.split_clauses(&trigs);
    r.find_speech(ctx);
    r.remember_nominal_targets(&bare, ctx);
    r.events(&trigs, ctx)
}

impl<'a> Reader<'a> {
    fn n(&self) -> usize {
        self.s.tokens.len()
    }
    fn norm(&self, i: usize) -> &str {
        &self.s.tokens[i].norm
    }
    fn is_punct(&self, i: usize) -> bool {
        matches!(self.s.tokens[i].kind, TokenKind::Punct | TokenKind::Symbol)
    }
    /// A comma or sentence punctuation: a pattern's following words are not searched past it.
    fn clause_break(&self, i: usize) -> bool {
        let t = &self.s.tokens[i];
        t.kind == TokenKind::Punct && matches!(t.text.as_str(), "," | ";" | ":" | "." | "!" | "?")
    }
    fn analysis(&self, i: usize) -> Option<&Analysis> {
        self.an.get(i)
    }

    /// Patterns whose head is token `i`.
    fn candidates(&self, i: usize) -> Vec<(u32, Kind)> {
        let mut v = Vec::new();
        if let Some(a) = self.analysis(i) {
            self.lx.by_analysis(&a.root, &a.prefixes, &a.suffixes, &mut v);
        }
        if v.is_empty() {
            let w = self.norm(i);
            v.extend_from_slice(self.lx.by_surface(w));
            if v.is_empty() {
                for c in CLITICS {
                    if let Some(stem) = w.strip_suffix(c) {
                        if stem.len() >= 3 {
                            v.extend_from_slice(self.lx.by_surface(stem));
                            if !v.is_empty() {
                                break;
                            }
                        }
                    }
                }
            }
        }
        if self.bare_verb_slot(i) {
            // Headlines and terse reports drop meN- (`TNI tembak mati anggota KKB`,
            // `Polisi tangkap tersangka`): a bare root right after its subject also reads as meN-
            // (beside the root's own bare-form phrases, `tembak menembak`).
            let root = self.analysis(i).map_or(self.norm(i), |a| a.root.as_str());
            self.lx.by_analysis(root, &["me".to_string()], &[], &mut v);
        }
        v
    }

    /// A bare root (no affix) right after an actor and before a word or an amount: the place of
    /// a prefix-less verb. Not before a clock time (`polisi pukul 10.00`: `pukul` is `at`).
    fn bare_verb_slot(&self, i: usize) -> bool {
        if i == 0 || self.actor_at[i - 1].is_none() || i + 1 >= self.n() {
            return false;
        }
        // (Not a preposition that is also a root: `resolusi DK PBB tentang Gaza`.)
        if self.cls[i] & (C::TPREP | C::LOCPREP | C::FROM | C::AGENT | C::BETWEEN) != 0 {
            return false;
        }
        if self
            .analysis(i)
            .is_some_and(|a| !a.prefixes.is_empty() || !a.suffixes.is_empty())
        {
            return false;
        }
        let next = &self.s.tokens[i + 1];
        match next.kind {
            TokenKind::Word => true,
            TokenKind::Number => !next.text.contains(['.', ':']),
            _ => false,
        }
    }

    fn word_matches(&self, j: usize, alt: &str) -> bool {
        let w = self.norm(j);
        if let Some(p) = alt.strip_suffix('*') {
            return w.starts_with(p);
        }
        w == alt || self.stripped[j] == alt || self.analysis(j).is_some_and(|a| a.root == alt)
    }

    /// A following word at `j`; `a_b` matches consecutive tokens. Returns the last position.
    fn seq_matches(&self, j: usize, alt: &str) -> Option<usize> {
        let mut k = j;
        for (i, part) in alt.split('_').enumerate() {
            if i > 0 {
                k += 1;
            }
            if k >= self.n() || !self.word_matches(k, part) {
                return None;
            }
        }
        Some(k)
    }

    /// The first of the alternatives `alts` (with their bits `bits`, see `Pattern::then_bits`)
    /// that matches at `j`: its last position. An alternative whose first word's bit the token
    /// lacks cannot match there and is not compared.
    fn alt_at(&self, j: usize, alts: &[String], bits: &[u64]) -> Option<usize> {
        alts.iter().zip(bits).find_map(|(a, &b)| {
            (b == 0 || self.bits[j] & b != 0)
                .then(|| self.seq_matches(j, a))
                .flatten()
        })
    }

    /// Positions of a pattern's following words after `head`, if all are there.
    fn follow(&self, p: &Pattern, head: usize) -> Option<Vec<usize>> {
        let mut pos = Vec::new();
        let mut from = head + 1;
        for (alts, bits) in p.then.iter().zip(&p.then_bits) {
            let mut found = None;
            let mut j = from;
            while j < self.n() && j <= from + p.gap {
                if self.clause_break(j) {
                    break;
                }
                if let Some(last) = self.alt_at(j, alts, bits) {
                    found = Some(last);
                    break;
                }
                j += 1;
            }
            let j = found?;
            pos.push(j);
            from = j + 1;
        }
        Some(pos)
    }

    /// Positions of a passive's following words told before it, in its subject (`Duta Besar
    /// Belanda dipanggil Kemlu RI`: what the active takes as its object, `memanggil duta`), if
    /// all are there: in order, the last at most `gap` tokens before the head, no `, ; : . ! ?`
    /// between.
    fn precede(&self, p: &Pattern, head: usize) -> Option<Vec<usize>> {
        if p.then.is_empty() {
            return None;
        }
        let mut pos = Vec::new();
        let mut to = head;
        for (alts, bits) in p.then.iter().zip(&p.then_bits).rev() {
            let mut found = None;
            let mut j = to;
            while j > 0 {
                j -= 1;
                if self.clause_break(j) {
                    break;
                }
                // (Not past another clause or verb: `menolak mundur meski didesak warga` is no
                // `desak mundur`. A `yang` clause's antecedent is its subject.)
                // (Nor a weapon: `roket yang ditembakkan dari Gaza` is the instrument of an attack
                // told already, not a second, more specific one.)
                if (self.cls[j] & C::CLAUSE != 0 && self.cls[j] & C::REL == 0)
                    || self.verb_prefixed(j)
                    || self.cls[j] & C::WEAPON != 0
                {
                    break;
                }
                if let Some(last) = self.alt_at(j, alts, bits).filter(|&l| l < to) {
                    if to - last - 1 > p.gap {
                        break;
                    }
                    found = Some(j);
                    break;
                }
                if to - j > p.gap + 1 {
                    break;
                }
            }
            let j = found?;
            pos.push(j);
            to = j;
        }
        pos.reverse();
        Some(pos)
    }

    fn is_verbish(&self, i: usize, trig_start: &[bool]) -> bool {
        if trig_start[i] {
            return true;
        }
        if self.cls[i] & (C::SERIAL | C::INTENT | C::NEG | C::LIGHT | C::THREAT | C::PROMISE) != 0 {
            return true;
        }
        self.verb_prefixed(i)
    }

    /// A word of no class, no actor and no verb prefix: a noun that may modify the actor before
    /// it (`buruh garmen`, `pemerintah pusat`).
    fn plain_noun(&self, j: usize) -> bool {
        self.s.tokens[j].is_word() && self.cls[j] == 0 && self.actor_at[j].is_none() && !self.verb_prefixed(j)
    }

    /// A word with a verb prefix (meN-, di-, ber-, ter-) by the analyzer.
    fn verb_prefixed(&self, i: usize) -> bool {
        self.analysis(i).is_some_and(|a| {
            a.prefixes
                .first()
                .is_some_and(|p| matches!(p.as_str(), "me" | "di" | "ber" | "ter"))
        })
    }

    /// Predicates, and the noun predicates no light verb licenses (`penyerangan di X`): those
    /// are no event by themselves but may name the target of a later `… itu dilakukan oleh Y`.
    fn triggers(&self) -> (Vec<Trig>, Vec<Trig>) {
        let n = self.n();
        let mut found: Vec<Trig> = Vec::new();
        let mut bare: Vec<Trig> = Vec::new();
        for i in 0..n {
            if !self.s.tokens[i].is_word() || self.actor_at[i].is_some() {
                continue;
            }
            let cands = self.candidates(i);
            if cands.is_empty() {
                continue;
            }
            // The most specific pattern (most following words), then the tightest (`menolak RUU
            // Cipta Kerja` rejects a bill, not cooperation), then the first written.
            let mut best: Option<(u32, Kind, Vec<usize>)> = None;
            for (pi, kind) in cands {
                let p = &self.lx.patterns[pi as usize];
                // A passive's following words may stand in its subject (the active's object).
                let Some(pos) = self
                    .follow(p, i)
                    .or_else(|| (kind == Kind::Passive).then(|| self.precede(p, i)).flatten())
                else {
                    continue;
                };
                // (Tighter: the last word nearer the head, on either side; after it, a word
                // after the head.)
                let key = |pos: &[usize], pi: u32| {
                    let last = pos.last().copied().unwrap_or(i);
                    (
                        pos.len(),
                        std::cmp::Reverse(last.abs_diff(i)),
                        last >= i,
                        std::cmp::Reverse(pi),
                    )
                };
                let better = match &best {
                    None => true,
                    Some((bp, _, bpos)) => key(&pos, pi) > key(bpos, *bp),
                };
                if better {
                    best = Some((pi, kind, pos));
                }
            }
            let Some((pi, kind, pos)) = best else { continue };
            // `atas penyadapan telepon Presiden`: a bare root right after a noun naming an act
            // is that noun's object, not a verb.
            let bare_root = self
                .analysis(i)
                .is_none_or(|a| a.prefixes.is_empty() && a.suffixes.is_empty());
            let after_act_noun = i > 0
                && self.analysis(i - 1).is_some_and(|a| {
                    a.suffixes.iter().any(|x| x == "an") && a.prefixes.first().is_some_and(|x| x.starts_with("pe"))
                });
            if kind == Kind::Active && bare_root && after_act_noun {
                continue;
            }
            let end = pos.last().copied().unwrap_or(i).max(i) + 1;
            let mut parts = vec![i];
            parts.extend(&pos);
            let mut t = Trig {
                pat: pi,
                kind,
                start: i,
                head: i,
                end,
                parts,
                agent_from: end,
                obj_end: 0,
                victim: false,
            };
            if kind == Kind::Noun && !self.license_noun(&mut t) {
                bare.push(t);
                continue;
            }
            found.push(t);
        }
        // Overlaps: the predicate with more words wins (`memberikan bantuan` over `bantuan`),
        // but one whose head is a later word of an accusation or denial is what that one tells,
        // and loses to it (`menuduh Rusia menyerang rumah sakit`: the accusation, not the attack).
        let told: Vec<bool> = found
            .iter()
            .map(|t| {
                found.iter().any(|o| {
                    let code = &self.lx.patterns[o.pat as usize].code;
                    // (So does one that shares a word with an appeal or a demand before it:
                    // `meminta pemerintah pusat mempercepat penyaluran bantuan` asks for aid;
                    // the channelling is only asked for.)
                    let asks =
                        matches!(code.get(..2), Some("02" | "10")) && t.parts.iter().any(|p| o.parts[1..].contains(p));
                    ((code.starts_with("11") || code.starts_with("016")) && o.parts[1..].contains(&t.head) || asks)
                        && o.head < t.head
                        && (o.head + 1..t.head).all(|k| self.cls[k] & C::CLAUSE == 0)
                })
            })
            .collect();
        let mut found: Vec<(bool, Trig)> = told.into_iter().zip(found).collect();
        found.sort_by(|(ta, a), (tb, b)| {
            ta.cmp(tb)
                .then(b.parts.len().cmp(&a.parts.len()))
                .then(a.head.cmp(&b.head))
        });
        let mut taken = vec![false; n];
        let mut out = Vec::new();
        for (_, t) in found {
            if t.parts.iter().any(|&p| taken[p]) {
                continue;
            }
            for &p in &t.parts {
                taken[p] = true;
            }
            out.push(t);
        }
        // A predicate in the gap of a longer one is part of what that one tells (`menuduh AS
        // mendukung serangan Israel`: the support is the accusation's content).
        let spans: Vec<(usize, usize)> = out
            .iter()
            .filter(|t| t.parts.len() > 1)
            .map(|t| (t.head, t.end))
            .collect();
        out.retain(|t| !spans.iter().any(|&(h, e)| h < t.head && t.end <= e));
        out.sort_by_key(|t| t.head);
        (out, bare)
    }

    /// `penyerangan di/terhadap X`: a nominal event with its target after a preposition and no
    /// agent yet. The target is remembered for its root, so that `Penyerangan itu diduga
    /// dilakukan oleh Y` (same or a later sentence) codes Y against X.
    fn remember_nominal_targets(&self, bare: &[Trig], ctx: &mut EventContext) {
        for t in bare {
            let Some(p) = self.lx.patterns.get(t.pat as usize) else {
                continue;
            };
            if p.code == "-" || t.head + 1 >= self.n() {
                continue;
            }
            let root = root_of(&p.code);
            let Some(rule) = self.lx.rule(&p.code) else { continue };
            if !rule.ctx_target {
                continue;
            }
            // Only an object behind a preposition: a bare actor after the noun is its agent
            // (`serangan Israel`).
            let pp = t.head + 1;
            if self.cls[pp] & (C::TPREP | C::LOCPREP) == 0 || self.cls[pp] & (C::AGENT | C::FROM) != 0 {
                continue;
            }
            let (_, ce) = self.clauses[self.clause_of[t.head]];
            let (obj, loc) = self.object(t, &p.with, ce, true);
            let Some(m) = obj.or(loc.filter(|_| rule.loc_target)) else {
                continue;
            };
            let side = self.side(m).carried();
            if let Some(x) = ctx.targets.iter_mut().find(|(r, _, _)| r == root) {
                *x = (root.to_string(), side, ctx.sentence);
            } else {
                ctx.targets.push((root.to_string(), side, ctx.sentence));
            }
        }
    }

    /// A noun predicate is an event after a light verb (`melancarkan serangan`) or before a
    /// passive light verb (`penyerangan itu dilakukan oleh X`).
    fn license_noun(&self, t: &mut Trig) -> bool {
        let i = t.head;
        // `warga di Gaza tewas dalam/akibat serangan Israel`: a death told with its cause.
        if i >= 2 && self.cls[i - 1] & C::CAUSE != 0 && self.cls[i - 2] & C::VICTIM != 0 {
            t.start = i - 2;
            t.kind = Kind::Active;
            t.victim = true;
            t.parts.push(i - 2);
            t.parts.push(i - 1);
            return true;
        }
        // `Markas pasukan perdamaian Indonesia terkena tembakan tank Israel`: an act named right
        // after a verb of being hit by it is done by the one named after it to the subject.
        if i >= 1 && self.cls[i - 1] & C::UNDERGO != 0 {
            t.start = i - 1;
            t.kind = Kind::Active;
            t.victim = true;
            t.parts.push(i - 1);
            return true;
        }
        let mut j = i;
        let mut steps = 0;
        while j > 0 && steps < 3 {
            j -= 1;
            if self.is_punct(j) || self.actor_at[j].is_some() {
                break;
            }
            if self.cls[j] & C::LIGHT != 0 {
                t.start = j;
                t.kind = Kind::Active;
                t.parts.push(j);
                return true;
            }
            steps += 1;
        }
        let mut j = t.end;
        let mut steps = 0;
        // `penyerangan terhadap pos polisi itu/yang dilakukan oleh Y`: a short object phrase
        // behind a preposition (or `antara X dan Y`), with no verb in it, may stand between the
        // noun and the light verb.
        let n = self.n();
        let pp = t.head + 1;
        if pp < n
            && self.cls[pp] & (C::TPREP | C::LOCPREP | C::BETWEEN) != 0
            && self.cls[pp] & (C::AGENT | C::FROM) == 0
        {
            let k = (j.max(pp + 1)..n.min(j + 9))
                // (`Bentrokan antara warga dan aparat terjadi …`: `terjadi` is a light verb and a
                // passive one, and ends the phrase.)
                .take_while(|&k| !self.is_punct(k) && (self.cls[k] & C::LIGHT == 0 || self.cls[k] & C::PLIGHT != 0))
                .find(|&k| self.cls[k] & (C::DET | C::PLIGHT | C::REL) != 0 && self.cls[k] & C::AUX == 0);
            if let Some(k) = k {
                if (pp + 1..k).any(|x| self.actor_at[x].is_some()) {
                    t.obj_end = k;
                    j = k;
                }
            }
        }
        while j < n && steps < 4 {
            let c = self.cls[j];
            if c & C::PLIGHT != 0 {
                t.kind = Kind::Passive;
                t.agent_from = j + 1;
                t.end = j + 1;
                t.parts.push(j);
                return true;
            }
            // (`Pertempuran kembali pecah …`: an adverb of aspect may stand before the light verb.)
            if c & C::DET == 0 && !(t.obj_end > 0 && c & C::REL != 0) && !(c & C::AUX != 0 && c & C::PURPOSE == 0) {
                break;
            }
            j += 1;
            steps += 1;
        }
        t.obj_end = 0;
        // `Ribuan warga mengungsi setelah kontak tembak antara TNI dan KKB`: a fight or a clash
        // named with its two sides right after it (`antara X dan Y`) is told as having happened,
        // wherever the noun stands.
        let p = &self.lx.patterns[t.pat as usize];
        if p.recip
            && (is_force(&p.code) || p.code.starts_with("145"))
            && t.end + 1 < n
            && self.cls[t.end] & C::BETWEEN != 0
            && self.actor_starting_at(t.end + 1).is_some()
        {
            t.kind = Kind::Active;
            return true;
        }
        false
    }

    #[allow(clippy::needless_range_loop)]
    fn split_clauses(&mut self, trigs: &[Trig]) {
        let n = self.n();
        let mut trig_start = vec![false; n];
        for t in trigs {
            trig_start[t.start] = true;
        }
        let mut cut = vec![false; n];
        for i in 1..n {
            let t = &self.s.tokens[i];
            let c = self.cls[i];
            let punct = t.kind == TokenKind::Punct && matches!(t.text.as_str(), "," | ";" | ":" | "-" | "–" | "—");
            if punct || c & (C::QUOTE | C::CLAUSE) != 0 {
                cut[i] = true;
            } else if c & C::CONJ != 0 && !self.bare_subject_before(i) && self.cls[i - 1] & C::AGREE == 0 {
                // (`sepakat untuk menurunkan tarif`: after a verb of agreeing, `untuk` opens the
                // act agreed on, the agreement's complement, not a clause of purpose.)
                let mut j = i + 1;
                while j < n && self.cls[j] & (C::AUX | C::NEG) != 0 && !trig_start[j] {
                    j += 1;
                }
                if j < n && self.actor_at[j].is_none() && self.is_verbish(j, &trig_start) {
                    cut[i] = true;
                }
            }
        }
        let mut start = 0;
        for i in 1..=n {
            if i == n || cut[i] {
                let ci = self.clauses.len();
                self.clauses.push((start, i));
                for k in start..i {
                    self.clause_of[k] = ci;
                }
                start = i;
            }
        }
    }

    /// `Mereka kemudian mengecam …`, `Polisi lalu menangkap …`: an adverbial `kemudian/lalu`
    /// right after the sentence's opening subject joins no clause.
    fn bare_subject_before(&self, i: usize) -> bool {
        let p = i - 1;
        if self.cls[p] & (C::PRON | C::QPRON) != 0 {
            return p == 0;
        }
        self.actor_at[p].is_some_and(|m| self.actors[m].end == i && self.actors[m].start == 0)
    }

    /// Reported speech: `"…," kata X` / `…, ujar X` (the speech before the verb is X's) and
    /// `X mengatakan: "…"` (the quote after a subject is its speaker's).
    fn find_speech(&mut self, ctx: &EventContext) {
        let n = self.n();
        // Quote spans.
        let mut quotes: Vec<(usize, usize)> = Vec::new();
        let mut open: Option<usize> = None;
        for i in 0..n {
            if self.cls[i] & C::QUOTE == 0 {
                continue;
            }
            let txt = self.s.tokens[i].text.as_str();
            match (open, txt) {
                (None, "”" | "»") => {}
                (None, _) => open = Some(i),
                (Some(o), "“" | "«" | "„") => {
                    let _ = o;
                    open = Some(i);
                }
                (Some(o), _) => {
                    quotes.push((o, i + 1));
                    open = None;
                }
            }
        }
        if let Some(o) = open {
            quotes.push((o, n));
        }
        let mut regions = Vec::new();
        for k in 1..n {
            if self.cls[k] & C::SPEECH == 0 {
                continue;
            }
            let prev = k - 1;
            let after_quote = quotes
                .iter()
                .find(|q| q.1 == k || (q.1 == prev && self.norm(prev) == ","));
            let after_comma = self.norm(prev) == ",";
            if after_quote.is_none() && !after_comma {
                continue;
            }
            let speaker = if self.norm(k).ends_with("nya") {
                ctx.last_subject.clone()
            } else {
                (k + 1..n.min(k + 3))
                    .find_map(|j| self.actor_starting_at(j))
                    .map(|m| Side::from_mention(&self.actors[m]))
            };
            let Some(sp) = speaker else { continue };
            let span = match after_quote {
                Some(q) => *q,
                None => (0, k),
            };
            regions.push((span, sp));
        }
        // A quote opened after `X …:` or `X …,` belongs to X.
        for &(o, e) in &quotes {
            if regions.iter().any(|(sp, _)| sp.0 == o) || o == 0 {
                continue;
            }
            if !matches!(self.norm(o - 1), ":" | ",") {
                continue;
            }
            let who = (0..o)
                .filter_map(|j| self.actor_starting_at(j))
                .find(|&m| !self.after_prep(self.actors[m].start));
            if let Some(m) = who {
                regions.push(((o, e), Side::from_mention(&self.actors[m])));
            }
        }
        self.speech = regions;
    }

    fn speaker_at(&self, i: usize) -> Option<&Side> {
        self.speech
            .iter()
            .filter(|((a, b), _)| *a <= i && i < *b)
            .min_by_key(|((a, b), _)| b - a)
            .map(|(_, s)| s)
    }

    /// The token before `start` is a preposition (the actor is a prepositional object).
    fn after_prep(&self, start: usize) -> bool {
        const PREP: u64 = C::TPREP | C::LOCPREP | C::FROM | C::AGENT | C::BETWEEN;
        // (Also through position nouns: `di depan Istana Negara`, `ke pinggiran selatan Beirut`.)
        let mut k = start;
        while k > 0 && start - k < 2 && self.cls[k - 1] & C::POS != 0 {
            k -= 1;
        }
        (start > 0 && self.cls[start - 1] & PREP != 0) || (k < start && k > 0 && self.cls[k - 1] & PREP != 0)
    }

    /// Extends an actor leftwards over `X dan Y`, `X, Y dan Z`.
    fn compound_left(&self, m: usize) -> Vec<usize> {
        let mut out = vec![m];
        let mut cur = m;
        loop {
            let s = self.actors[cur].start;
            let mut j = s;
            let mut seen = false;
            while j > 0 && self.cls[j - 1] & C::COORD != 0 && self.actor_at[j - 1].is_none() {
                j -= 1;
                seen = true;
                if s - j > 2 {
                    break;
                }
            }
            if !seen || j == 0 {
                break;
            }
            match self.actor_at[j - 1] {
                // `…, tambah X, Y akan …`: the speaker of an inverted attribution is not part of
                // the subject after it.
                Some(p) if self.actors[p].start > 0 && self.cls[self.actors[p].start - 1] & C::SPEECH != 0 => break,
                // `menembak demonstran, Jokowi menyerukan …`: the object of an earlier verb is
                // not part of the next clause's subject.
                Some(p) if self.object_of_a_verb(p) => break,
                Some(p) if p != cur && self.actors[p].end == j => {
                    out.insert(0, p);
                    cur = p;
                }
                _ => break,
            }
        }
        out
    }

    /// `pemerintah Indonesia dengan pemerintah Inggris membicarakan …`: the actor (with its own
    /// compound) right before a `partner` word (`dengan`) that precedes `members`, if any: it
    /// heads the subject and the members are its partners (a reciprocal predicate then codes the
    /// first against the others; any other has them all as sources).
    fn partner_head(&self, members: &[usize], cs: usize) -> Option<Vec<usize>> {
        let first = self.actors[members[0]].start;
        if first < cs + 2 || self.cls[first - 1] & C::PARTNER == 0 {
            return None;
        }
        let p = self.actor_at[first - 2]?;
        let a = &self.actors[p];
        (a.end == first - 1 && a.start >= cs && !self.after_prep(a.start)).then(|| {
            let mut all = self.compound_left(p);
            all.extend_from_slice(members);
            all
        })
    }

    /// Extends an actor rightwards over `X dan Y`.
    fn compound_right(&self, m: usize) -> Vec<usize> {
        self.compound_right_in(m, &[], false)
    }

    /// As `compound_right`, where a verb that is one of the predicate's own words (`parts`)
    /// opens no new clause: `mendesak India dan Pakistan menahan diri` urges both.
    /// With `told` (the predicate appeals, demands or accuses), the told act's own verb after
    /// the last member ends the compound without cutting it: `meminta Prancis dan Amerika
    /// Serikat menekan Israel` asks both.
    fn compound_right_in(&self, m: usize, parts: &[usize], told: bool) -> Vec<usize> {
        // (Nor does a verb inside the predicate's gap: `mendesak Israel dan Hamas menyepakati
        // gencatan senjata` urges both.)
        let lo = parts.iter().min().copied().unwrap_or(0);
        let hi = parts.iter().max().copied().unwrap_or(0);
        let own = |v: usize| parts.contains(&v) || (lo < v && v < hi);
        let mut out = vec![m];
        let mut cur = m;
        let n = self.n();
        loop {
            let e = self.actors[cur].end;
            let mut j = e;
            while j < n && j - e < 2 && self.cls[j] & C::COORD != 0 && self.actor_at[j].is_none() {
                j += 1;
            }
            if j == e || j >= n {
                break;
            }
            match self.actor_at[j] {
                // `menembak demonstran, Jokowi serukan dialog`: an actor followed by its own
                // verb opens a new clause and is no further object.
                Some(p)
                    if p != cur
                        && self.actors[p].start == j
                        && (!self.predicate_at(self.actors[p].end)
                            || own(self.actors[p].end)
                            // (Joined by a word, not a comma.)
                            || (told && (e..j).all(|k| self.s.tokens[k].is_word()))) =>
                {
                    out.push(p);
                    cur = p;
                }
                _ => break,
            }
        }
        out
    }

    /// Whether a verb comes before actor `m` in its clause (the actor is that verb's object).
    fn object_of_a_verb(&self, m: usize) -> bool {
        let ms = self.actors[m].start;
        let Some(&(cs, _)) = self.clause_of.get(ms).and_then(|&c| self.clauses.get(c)) else {
            return false;
        };
        (cs..ms).any(|k| self.predicate_at(k))
    }

    /// Whether a verb (not a noun predicate) starts at `j`: a prefixed verb or a pattern head
    /// read as a verb (bare `-kan` of headlines).
    fn predicate_at(&self, j: usize) -> bool {
        if j >= self.n() || !self.s.tokens[j].is_word() || self.actor_at[j].is_some() {
            return false;
        }
        self.verb_prefixed(j) || self.candidates(j).iter().any(|&(_, k)| k != Kind::Noun)
    }

    /// The subject of a predicate starting at `start` in clause `(cs, _)`.
    fn subject(&self, start: usize, cs: usize, heads: &[usize], force: bool) -> Subj {
        // `Mereka menilai revisi itu mengancam supremasi sipil`: a noun with a determiner right
        // after another verb and right before this one is its subject (no actor).
        if start >= cs + 3
            && self.cls[start - 1] & C::DET != 0
            && self.plain_noun(start - 2)
            && self.verb_prefixed(start - 3)
        {
            return Subj::Blocked;
        }
        // `Polisi menangkap 50 mahasiswa dalam aksi unjuk rasa menolak RUU Pilkada`: the verb
        // right after a protest named in a place phrase, after another verb, is the protesters':
        // that verb's object right before the phrase, if any; not the clause's subject.
        let mut k = start;
        while k > cs + 1
            && start - k < 4
            && self.s.tokens[k - 1].is_word()
            && self.actor_at[k - 1].is_none()
            && !self.verb_prefixed(k - 1)
            && self.cls[k - 1] & !(C::DEED | C::DONE) == 0
        {
            k -= 1;
        }
        let protest = (k..start).any(|j| {
            self.candidates(j)
                .iter()
                .any(|&(pat, _)| self.lx.patterns[pat as usize].code.starts_with("14"))
        });
        if protest && k < start && self.cls[k - 1] & C::LOCPREP != 0 && (cs..k - 1).any(|j| self.verb_prefixed(j)) {
            return match self.actor_at[k.saturating_sub(2)] {
                Some(m) if self.actors[m].end == k - 1 && self.object_of_a_verb(m) => Subj::Actors(vec![m]),
                _ => Subj::Blocked,
            };
        }
        // `… setelah tanah longsor menewaskan ratusan orang`: plain nouns alone between a clause
        // word and the verb are its subject (no actor), not the subject of an earlier clause.
        // (Not nouns of an act, whose doers may be named before: `saat unjuk rasa menolak …`.)
        // (One word alone after `yang` is the relative clause's own predicate, a state: `Massa
        // yang kecewa membakar …`, `Pendukung paslon yang kalah …`; the antecedent acts.)
        let rel_state = self.cls[cs] & C::REL != 0 && start == cs + 2 && !self.norm(cs + 1).ends_with("nya");
        if cs > 0
            && start > cs + 1
            && self.cls[cs] & C::CLAUSE != 0
            && !rel_state
            && (cs + 1..start).all(|k| self.plain_noun(k) && self.candidates(k).is_empty())
        {
            return Subj::Blocked;
        }
        let mut j = start;
        while j > cs {
            j -= 1;
            if heads.contains(&j) && self.cls[j] & (C::SERIAL | C::INTENT | C::THREAT | C::PROMISE) == 0 {
                return Subj::Inherit;
            }
            if let Some(m) = self.actor_at[j] {
                let ms = self.actors[m].start;
                // `Presiden X yang didampingi Menlu Y menerima Z`: the companion is the
                // passive's agent, not the subject of the main verb; the antecedent is.
                if ms > cs && self.cls[ms - 1] & C::ESCORT != 0 {
                    j = ms;
                    continue;
                }
                // `kedua menteri`: a role word after `kedua` is the pair, not a new actor.
                if ms > cs && self.actors[m].end == ms + 1 && self.pair_at(ms - 1) && !self.after_prep(ms - 1) {
                    return Subj::Pair(ms - 1);
                }
                // `Polisi dengan TNI menangkap …`: the partner right before the verb.
                if self.actors[m].end == start {
                    if let Some(all) = self.partner_head(&self.compound_left(m), cs) {
                        return Subj::Actors(all);
                    }
                }
                // `Prajurit TNI yang tergabung dalam Kontingen Garuda UNIFIL membagikan …`: in a
                // relative clause with a verb of its own, an actor after a preposition and the
                // nouns of its phrase belongs to that phrase, not to the main verb.
                // (Or after another actor in that phrase: `dalam Kontingen Garuda UNIFIL`.)
                let mut p = ms;
                while p > cs + 1 && ms - p < 4 {
                    if self.plain_noun(p - 1) {
                        p -= 1;
                    } else if let Some(m2) = self.actor_at[p - 1].filter(|&m2| self.actors[m2].end == p) {
                        p = self.actors[m2].start;
                    } else {
                        break;
                    }
                }
                let in_rel_phrase = self.cls[cs] & C::REL != 0
                    && p < ms
                    && self.after_prep(p)
                    && (cs + 1..p).any(|k| self.verb_prefixed(k));
                if ms >= cs && !self.after_prep(ms) && !in_rel_phrase {
                    // SVO: an actor after another verb of the clause is that verb's object.
                    if heads.iter().any(|&h| h >= cs && h < ms) {
                        return Subj::Inherit;
                    }
                    let members = self.compound_left(m);
                    return Subj::Actors(self.partner_head(&members, cs).unwrap_or(members));
                }
                j = ms.max(cs);
                continue;
            }
            let c = self.cls[j];
            if c & C::QPRON != 0 {
                return Subj::QPron;
            }
            if self.pair_at(j) && !self.after_prep(j) {
                return Subj::Pair(j);
            }
            if c & C::PRON != 0 && !self.after_prep(j) {
                return Subj::Pron(j);
            }
        }
        // A relative clause: the antecedent right before `yang`.
        if self.cls[cs] & C::REL != 0 {
            let mut k = cs;
            while k > 0 && self.norm(k - 1) == "," {
                k -= 1;
            }
            // (A plain noun may follow the actor as its modifier: `buruh garmen yang …`.)
            let mut e = k;
            while e > 0 && k - e < 2 && self.plain_noun(e - 1) {
                e -= 1;
            }
            for k in [k, e] {
                if k > 0 {
                    if let Some(m) = self.actor_at[k - 1] {
                        // (Not the owner of a thing named in a place or target phrase: in
                        // `serangan terhadap pos UNIFIL yang melukai dua prajurit`, the relative
                        // clause tells of the post's attack, not of UNIFIL.)
                        let ms = self.actors[m].start;
                        // (People are not owned: `ke arah mahasiswa yang berunjuk rasa`.)
                        let owner = ms > 1
                            && self.plain_noun(ms - 1)
                            && self.after_prep(ms - 1)
                            && !is_crowd(&self.actors[m].code);
                        if self.actors[m].end == k && !self.after_prep(ms) && !owner {
                            return Subj::Actors(self.compound_left(m));
                        }
                    }
                }
            }
            // `melancarkan serangan udara ke pinggiran Beirut yang menewaskan …`: killing told
            // after the place an attack struck is the attack's.
            let place = k > 0 && self.actor_at[k - 1].is_some_and(|m| self.after_prep(self.actors[m].start));
            if force && place && heads.iter().any(|&h| h < k) {
                return Subj::Inherit;
            }
            return Subj::Blocked;
        }
        // `kurir narkoba yang melawan saat ditangkap`: a clause of time or manner right after a
        // relative clause, with no subject of its own, is about the relative's antecedent.
        if cs > 0 && self.cls[cs] & C::CLAUSE != 0 {
            let (pcs, _) = self.clauses[self.clause_of[cs - 1]];
            if pcs > 0 && pcs < cs && self.cls[pcs] & C::REL != 0 {
                if let Subj::Actors(ms) = self.subject(cs, pcs, heads, false) {
                    return Subj::Actors(ms);
                }
            }
        }
        Subj::None
    }

    /// The first actor after `from` in the clause that is not in a place phrase, and the
    /// first one that is (for roots whose target may be the people of a place).
    fn object(&self, t: &Trig, with: &[String], ce: usize, skip_from: bool) -> (Option<usize>, Option<usize>) {
        let pat = &self.lx.patterns[t.pat as usize];
        let code = &pat.code;
        // (A weapon shot down is the target: `menembak jatuh drone Rusia`.)
        let weapon = warta_core::cameo::is_force_or_posture(code) && !pat.downs;
        let mut in_loc = !with.is_empty() && !pat.obj;
        let meeting = code.starts_with("04");
        // Those an act was done to, named after it, are no target of its condemnation
        // (`mengecam pembunuhan tujuh anggota Garda Revolusi`: the killer is).
        let disapproval = code.starts_with("11");
        let mut harm_seen = false;
        let mut prep_seen = false;
        let mut loc = None;
        let mut j = t.head + 1;
        while j < ce {
            if t.parts.contains(&j) {
                // `memulangkan 400 WNI korban penipuan …`: a pattern word that is an actor,
                // with another right after it in apposition, is the object itself.
                if let Some(m) = self.actor_at[j].filter(|_| !code.starts_with("15")) {
                    // (Not a word of the thing sent as aid before the ship or force carrying
                    // it: `mengirim kapal rumah sakit KRI dr. Radjiman`.)
                    let next = self.actor_starting_at(j + 1);
                    let carrier = code.starts_with("07") && next.is_some_and(|n| is_armed_force(&self.actors[n].code));
                    if self.actors[m].end == j + 1 && next.is_some() && !carrier {
                        return (Some(m), loc);
                    }
                }
                j += 1;
                continue;
            }
            let c = self.cls[j];
            // `berunjuk rasa di depan Kedutaan Besar AS mengecam serangan Israel ke Gaza`: once the
            // protest's place has named whom it is at, the next active verb (`mengecam`,
            // `menuntut`) tells of an act of its own with its own object. (Not a strike's: it is
            // against the one its demand names, `mogok menuntut pemerintah …`.)
            if code.starts_with("14")
                && !code.starts_with("143")
                && loc.is_some()
                && j >= t.end
                && active_verb(self.norm(j))
            {
                break;
            }
            // `…, kata militer Korea Selatan`: the speaker after a comma is no object.
            if c & C::SPEECH != 0 && self.norm(j - 1) == "," {
                break;
            }
            // `mengecam peluncuran itu sebagai pelanggaran resolusi PBB`: what follows `sebagai`
            // describes the act criticized or rejected; it names no one it is aimed at.
            if c & C::AS != 0 && matches!(code.get(..2), Some("11" | "12")) {
                break;
            }
            harm_seen |= c & C::HARM != 0;
            if disapproval && harm_seen && self.actor_at[j].is_some() {
                break;
            }
            if let Some(m) = self.actor_at[j] {
                let end = self.actors[m].end.max(j + 1);
                // A weapon the actor stage names as an agent (`serangan rudal`, `menembakkan
                // rudal`) is the instrument of force, not its target.
                let ms = self.actors[m].start;
                // (Not a pattern word right after a target preposition: `meluncurkan rudal ke
                // kapal perang AS` aims at the ship, whose flag is then the target.)
                let inside = (weapon
                    && t.parts.iter().any(|&p| p >= ms && p < end && !(p > 0 && self.cls[p - 1] & C::TPREP != 0)))
                    // (One shot down is the target when its owner is named: `drone Rusia`.)
                    || (self.cls[ms] & C::WEAPON != 0 && !(pat.downs && end - ms > 1))
                    // `revisi UU TNI`, `RUU Polri`: the actor names what the bill is about.
                    || (ms > 0 && self.cls[ms - 1] & C::BILL != 0)
                    // `mengirimkan pesawat militer berisi bantuan ke Vanuatu`: what carries aid,
                    // inside the predicate's gap, is the sender's own.
                    || (code.starts_with("07") && ms > t.head && t.parts.iter().any(|&p| p >= end))
                    // `mengirim kapal rumah sakit KRI dr. Radjiman ke perairan Gaza`: an armed
                    // force in apposition right after the thing the predicate sends is that thing.
                    || (code.starts_with("07") && ms == t.end && t.end > t.head + 1 && is_armed_force(&self.actors[m].code))
                    // `TNI AL mengerahkan KRI Bima Suci ke Natuna`: forces mobilized or deployed,
                    // named right after the predicate, are the deployer's means, not its target.
                    // (Or inside its gap: `mengerahkan KN Pulau Dana untuk mengusir kapal`.)
                    || (matches!(code.get(..3), Some("153" | "154"))
                        && (ms == t.end || (ms > t.head && t.parts.iter().any(|&p| p >= end)))
                        && is_armed_force(&self.actors[m].code))
                    // `menggugat hasil Pilkada ke Mahkamah Konstitusi`: the court a suit is
                    // brought to is its forum, not the one sued; so is the court a threat names
                    // (`mengancam membawa sengketa itu ke Mahkamah Arbitrase`).
                    || ((code.starts_with("115") || code.starts_with("13"))
                        && self.actors[m].code.ends_with("JUD")
                        && matches!(self.norm(ms - 1), "ke" | "di"));
                if inside {
                    j = end;
                    continue;
                }
                // `menghadiri KTT ASEAN`, `berpartisipasi dalam Pertemuan Menlu ASEAN`: an
                // international body naming the meeting itself is whom the participant meets.
                if in_loc && !prep_seen && meeting && self.actors[m].code.starts_with("IGO") {
                    return (Some(m), loc);
                }
                // `menyelidiki penyiksaan polisi`: a pattern that looks for the agent of the act
                // it names (after `oleh`) takes an armed force right after the act's noun as that
                // agent (genitive); others there are its victims (`penembakan pelajar`). An act
                // with no victim, corruption (091: `korupsi pejabat Kementan`), takes anyone there.
                if in_loc
                    && j == t.end
                    && ms == j
                    && with.iter().any(|w| w == "oleh")
                    && (is_armed_force(&self.actors[m].code) || code.starts_with("091"))
                {
                    return (Some(m), loc);
                }
                if in_loc {
                    if loc.is_none() {
                        loc = Some(m);
                    }
                } else {
                    return (Some(m), loc);
                }
                j = end;
                continue;
            }
            if c & (C::TPREP | C::LOCPREP | C::AGENT | C::BETWEEN | C::FROM) != 0 {
                prep_seen = true;
            }
            if c & C::INCL != 0 {
                in_loc = false;
            } else if !with.is_empty() {
                if with.iter().any(|w| w == self.norm(j)) {
                    in_loc = false;
                } else if c & (C::TPREP | C::LOCPREP | C::AGENT | C::BETWEEN | C::FROM) != 0 {
                    in_loc = true;
                }
            } else if c & C::TPREP != 0 {
                in_loc = false;
            } else if c & (C::LOCPREP | C::AGENT | C::BETWEEN) != 0 || (skip_from && c & C::FROM != 0) {
                in_loc = true;
            }
            j += 1;
        }
        // `membubarkan demonstran`: the pattern's first following word, when it is itself an
        // actor, is the object when no other is named (not a later one: `melancarkan operasi
        // militer` names no military as its target).
        // (Not forces shown or deployed, 15: `mengirimkan pasukan tambahan` sends one's own; nor
        // forces sent as aid or protection, 07: `mengirim pasukan perdamaian` are the sender's.)
        let own = t
            .parts
            .iter()
            .find(|&&p| p > t.head)
            .filter(|&&p| p < ce && !code.starts_with("15"))
            .and_then(|&p| self.actor_at[p].filter(|&m| self.cls[self.actors[m].start] & C::WEAPON == 0))
            .filter(|&m| !(code.starts_with("07") && is_armed_force(&self.actors[m].code)));
        (own, loc)
    }

    /// The actor after `dari` (a received call, visit, threat) in the clause.
    fn actor_after_from(&self, t: &Trig, ce: usize) -> Option<usize> {
        let mut j = t.head + 1;
        while j + 1 < ce {
            if self.cls[j] & C::FROM != 0 {
                return (j + 1..ce.min(j + 3)).find_map(|k| self.actor_at[k]);
            }
            j += 1;
        }
        None
    }

    /// The actor right after one of `words` after the predicate in its clause (a row's `by=`
    /// words: `dipanggil ke Kemlu`), if any.
    fn actor_after_word(&self, t: &Trig, ce: usize, words: &[String]) -> Option<usize> {
        if words.is_empty() {
            return None;
        }
        let j = (t.end..ce).find(|&j| words.iter().any(|w| w == self.norm(j)))?;
        self.actor_starting_at(j + 1)
    }

    /// The agent of a passive: `oleh X`, or an actor right after the verb (`ditangkap KPK`).
    fn agent(&self, t: &Trig, ce: usize) -> Option<usize> {
        // `dikritik sejumlah tokoh oposisi`, `ditembak dua orang tak dikenal`: a quantity before
        // the agent named right after the verb.
        let mut k = t.agent_from;
        while k < ce && (self.cls[k] & C::QUANT != 0 || self.s.tokens[k].text.chars().all(|c| c.is_ascii_digit())) {
            k += 1;
        }
        if k < ce {
            if let Some(m) = self.actor_at[k] {
                if self.actors[m].start == k {
                    return Some(m);
                }
            }
        }
        let mut j = t.agent_from;
        while j + 1 < ce {
            if self.cls[j] & C::AGENT != 0 {
                return (j + 1..ce.min(j + 3)).find_map(|k| self.actor_at[k]);
            }
            j += 1;
        }
        None
    }

    /// `Mereka diculik ketika kelompok X menyusup ke Y`: an agentless passive right before a
    /// clause of time whose subject uses force (or does the same kind of act) is that subject's.
    fn when_agent(&self, t: &Trig, ci: usize, trigs: &[Trig]) -> Option<usize> {
        let (_, ce) = self.clauses[ci];
        if (t.end..ce).any(|j| self.actor_at[j].is_some()) {
            return None;
        }
        let (cs2, ce2) = *self.clauses.get(ci + 1)?;
        if self.cls[cs2] & C::WHEN == 0 {
            return None;
        }
        let own = root_of(&self.lx.patterns[t.pat as usize].code);
        let m = (cs2 + 1..ce2)
            .filter_map(|j| self.actor_starting_at(j))
            .find(|&m| !self.after_prep(self.actors[m].start))?;
        let forceful = trigs.iter().any(|v| {
            let r = root_of(&self.lx.patterns[v.pat as usize].code);
            v.start >= self.actors[m].end
                && v.head < ce2
                && v.kind != Kind::Passive
                && (r == own || matches!(r, "18" | "19" | "20"))
        });
        forceful.then_some(m)
    }

    /// `Polisi membubarkan kerumunan mahasiswa. Mereka berunjuk rasa …`: the plural pronoun
    /// `mereka` opening a sentence is the group of people the previous sentence acted upon.
    fn plural_group(&self, j: usize, ctx: &EventContext) -> Option<Side> {
        if self.norm(j) != "mereka" {
            return None;
        }
        let (g, at) = ctx.last_group.as_ref()?;
        (at + 1 == ctx.sentence).then(|| g.clone())
    }

    /// `ia`, `dia`, `beliau` stand for a person: when the last subject is an institution (`KPK
    /// menetapkan Gubernur Bengkulu sebagai tersangka. Ia membantah …`), the one-person office
    /// named last in the sentence before.
    fn person_pronoun(&self, j: usize, ctx: &EventContext) -> Option<Side> {
        if self.cls[j] & C::PERSON_PRON == 0 {
            return None;
        }
        if ctx.last_subject.as_ref().is_some_and(|s| self.office_side(s)) {
            return None;
        }
        let (p, at) = ctx.last_person.as_ref()?;
        (at + 1 == ctx.sentence).then(|| p.clone())
    }

    /// Whether a side's text opens with a word of a one-person office (`Gubernur Bengkulu`,
    /// `mantan Menteri Pertanian`).
    fn office_side(&self, s: &Side) -> bool {
        let first = s.text.split_whitespace().next().unwrap_or("").to_lowercase();
        self.lx.class(&first) & C::OFFICE != 0
    }

    /// Whether `keduanya`, or `kedua` before a noun of sides (`kedua negara`, `kedua belah
    /// pihak`), starts at `j`.
    fn pair_at(&self, j: usize) -> bool {
        let c = self.cls[j];
        c & C::PAIR != 0 || (c & C::PAIRDET != 0 && self.cls.get(j + 1).is_some_and(|&n| n & C::PAIRNOUN != 0))
    }

    /// The two sides `keduanya` at `j` stands for: those of an earlier act of this sentence
    /// between two named sides, else of the sentence before. A role word right before
    /// (`pasukan kedua negara`) is each side's own (THAMIL, KHMMIL).
    fn pair_sides(&self, j: usize, ctx: &EventContext, so_far: &[RawEvent]) -> Option<Vec<Side>> {
        self.pair_sides_but(j, ctx, so_far, &[])
    }

    /// `pair_sides`, for a pair acted on by `actors`: a pair they are part of is not the one
    /// meant (`AS mengecam kekerasan itu dan mendesak kedua pihak …` urges the two at war, not
    /// itself and the one it condemned), and the pair may be named three sentences back.
    fn pair_sides_but(&self, j: usize, ctx: &EventContext, so_far: &[RawEvent], actors: &[Side]) -> Option<Vec<Side>> {
        let clear = |p: &[Side; 2]| {
            p.iter()
                .all(|x| actors.iter().all(|a| primary(&a.code) != primary(&x.code)))
        };
        // (`Kedua negara sepakat …` two sentences after the pair, with one side's answer between:
        // `Kamboja menuduh Thailand … Thailand membantah tuduhan itu. Kedua negara sepakat …`.)
        let back = if actors.is_empty() { 2 } else { 3 };
        let pair = match first_pair(so_far).filter(clear) {
            Some(p) => p,
            None => {
                let (pair, at) = ctx.last_pair.as_ref()?;
                if at + back < ctx.sentence || !clear(pair) {
                    return None;
                }
                pair.clone()
            }
        };
        let role = j
            .checked_sub(1)
            .and_then(|k| self.actor_at[k])
            .map(|m| &self.actors[m])
            .filter(|a| a.end == j && a.start + 1 == j)
            .and_then(|a| a.code.get(3..))
            .filter(|r| !r.is_empty());
        let text = self.s.tokens[j].text.clone();
        Some(
            pair.iter()
                .map(|s| {
                    let code = match role {
                        Some(r) if primary(&s.code).len() == 3 => format!("{}{r}", primary(&s.code)),
                        _ => s.code.clone(),
                    };
                    Side {
                        code,
                        text: text.clone(),
                        ..s.carried()
                    }
                })
                .collect(),
        )
    }

    /// `antara X dan/dengan Y` right after the predicate: the two sides.
    fn between(&self, t: &Trig, ce: usize) -> Option<(usize, usize)> {
        // (Or right after a noun before its passive light verb: `Bentrokan antara warga dan
        // aparat terjadi …`.)
        let from = if t.kind == Kind::Passive && t.obj_end > 0 {
            t.head + 1
        } else {
            t.end
        };
        let j = (from..ce.min(from + 3)).find(|&j| self.cls[j] & C::BETWEEN != 0)?;
        self.between_at(j, ce)
    }

    /// `di perbatasan X dan Y` after the predicate, in its clause: two countries (bare country
    /// codes of different countries) whose border it is.
    fn border_sides(&self, t: &Trig, ce: usize) -> Option<(usize, usize)> {
        let j = (t.end..ce).find(|&j| self.cls[j] & C::BORDER != 0)?;
        let (a, b) = self.between_at(j, ce)?;
        let (ca, cb) = (&self.actors[a].code, &self.actors[b].code);
        (ca.len() == 3 && cb.len() == 3 && ca != cb && !ca.starts_with("---") && !cb.starts_with("---"))
            .then_some((a, b))
    }

    /// The two sides named after the `antara` at `j`.
    fn between_at(&self, j: usize, ce: usize) -> Option<(usize, usize)> {
        let a = (j + 1..ce.min(j + 4)).find_map(|k| self.actor_at[k])?;
        let ae = self.actors[a].end;
        let b = (ae..ce.min(ae + 3)).find_map(|k| self.actor_at[k].filter(|&m| m != a))?;
        Some((a, b))
    }

    /// Negation, intent, threat and promise words governing the predicate, and the earlier
    /// predicate it is chained to when that one is a vow or plan (`mengancam akan menyerang`:
    /// the threat is told by the attack verb, not coded twice).
    fn scope(&self, t: &Trig, done: &[(usize, bool, bool)], heads: &[usize]) -> (bool, bool, bool, Option<usize>) {
        let (mut neg, mut intent, mut threat) = (false, false, false);
        let mut absorbed = None;
        for j in Self::governing_span(t) {
            let c = self.cls[j];
            if c & C::NEG != 0 {
                let cancelled = j + 1 < self.n() && self.cls[j + 1] & C::NOTNEG != 0;
                if !cancelled {
                    neg = true;
                }
                continue;
            }
            // `mengancam akan melancarkan operasi militer`: a threat verb that is a predicate of
            // its own (130) ending just before is still the vow, absorbed by the act threatened.
            if c & C::THREAT != 0 && heads.contains(&j) {
                threat = true;
                absorbed = Some(j);
            }
            // A verb chain: `tidak berkoordinasi melancarkan serangan`.
            if let Some(&(_, n2, i2)) = done.iter().find(|(e, _, _)| *e == j + 1) {
                neg |= n2;
                intent |= i2;
                break;
            }
            if c & C::THREAT != 0 {
                threat = true;
            }
            if c & (C::THREAT | C::PROMISE | C::SERIAL | C::INTENT) != 0 && heads.contains(&j) {
                absorbed = Some(j);
            }
            if c & (C::INTENT | C::PROMISE) != 0 {
                intent = true;
            }
            if c & (C::AUX | C::INTENT | C::THREAT | C::PROMISE | C::SERIAL | C::NOTNEG) == 0 {
                break;
            }
        }
        (neg, intent, threat, absorbed)
    }

    /// The negator governing the predicate directly (past aspect, intent and serial words),
    /// not one carried by a verb chain.
    fn negator(&self, t: &Trig) -> Option<usize> {
        const CHAIN: u64 = C::AUX | C::INTENT | C::THREAT | C::PROMISE | C::SERIAL | C::NOTNEG;
        for j in Self::governing_span(t) {
            let c = self.cls[j];
            if c & C::NEG != 0 {
                return Some(j);
            }
            if c & CHAIN == 0 {
                return None;
            }
        }
        None
    }

    /// Whether a verb of agreeing (class `agree`: `sepakat`, `setuju`) governs the predicate
    /// through the chain of negation, intent and serial words before it.
    fn agreed(&self, t: &Trig) -> bool {
        const CHAIN: u64 = C::NEG | C::NOTNEG | C::AUX | C::INTENT | C::THREAT | C::PROMISE | C::SERIAL;
        Self::governing_span(t)
            .map(|j| self.cls[j])
            .find(|&c| c & C::AGREE != 0 || c & CHAIN == 0)
            .is_some_and(|c| c & C::AGREE != 0)
    }

    /// The words that may govern a predicate: up to eight before it, nearest first (`scope` and
    /// `agreed` walk them until a word outside the chain of negation, intent and serial words).
    fn governing_span(t: &Trig) -> std::iter::Rev<std::ops::Range<usize>> {
        (t.start.saturating_sub(8)..t.start).rev()
    }

    /// A noun predicate licensed by a verb of happening (`terjadi`, `pecah`, `berlangsung`:
    /// both light and passive-light words), whose sides come only from `antara X dan Y`.
    fn happening(&self, t: &Trig) -> bool {
        let both = |i: usize| self.cls[i] & C::LIGHT != 0 && self.cls[i] & C::PLIGHT != 0;
        if t.kind == Kind::Passive {
            t.end > t.head + 1 && both(t.end - 1)
        } else {
            t.start != t.head && both(t.start)
        }
    }

    /// `menolak RUU Cipta Kerja`, `memprotes kebijakan …`: with no actor named, the bill or
    /// policy in the object (the predicate's own words and the few after it) stands for its
    /// author, the legislature or government of the (first) source's country.
    fn owner_of_object(&self, t: &Trig, ce: usize, sources: &[Side]) -> Option<Side> {
        const WINDOW: usize = 4;
        let (k, role) = (t.head + 1..ce.min(t.end + WINDOW))
            .take_while(|&k| self.actor_at[k].is_none() && !self.is_punct(k))
            .find_map(|k| match self.cls[k] {
                c if c & C::BILL != 0 => Some((k, "LEG")),
                c if c & C::POLICY != 0 => Some((k, "GOV")),
                // (`menggugat hasil pilkada`: an election's result is the election commission's,
                // a state body; within three words, `hasil rekapitulasi suara pemilu`. Only for
                // suits and protests, brought at home: a state refusing to recognize a result,
                // `AS menolak mengakui hasil pemilu yang digelar junta Myanmar`, speaks of
                // another's.)
                c if c & C::TALLY != 0
                    && ["115", "14"]
                        .iter()
                        .any(|r| self.lx.patterns[t.pat as usize].code.starts_with(r))
                    && (k + 1..ce.min(k + 4))
                        .take_while(|&j| self.actor_at[j].is_none() && !self.is_punct(j))
                        .any(|j| self.cls[j] & C::POLL != 0) =>
                {
                    Some((k, "GOV"))
                }
                _ => None,
            })?;
        let country = sources
            .first()
            .map(|s| primary(&s.code))
            .filter(|c| c.len() == 3 && *c != "---")?;
        let code = format!("{country}{role}");
        // The legislature protesting its own bill is no event against itself.
        (sources.first().is_some_and(|s| s.code != code)).then(|| Side {
            code,
            text: self.s.tokens[k].text.clone(),
            name: None,
            span: None,
        })
    }

    /// `Rusia menyerang Kharkiv`, `serangan rudal ke Kyiv`: a town attacked names no actor,
    /// but the country it lies in is the one attacked, when it is not the attacker's own. The
    /// town is the predicate's object, or follows it after a target or place preposition, in
    /// its clause and before any other actor.
    fn place_attacked(&self, t: &Trig, ce: usize, sources: &[Side]) -> Option<Side> {
        let pl = self.places.iter().find(|pl| {
            pl.start >= t.end
                && pl.end <= ce
                && (pl.start..pl.end).all(|k| self.actor_at[k].is_none())
                && (t.end..pl.start).all(|k| self.actor_at[k].is_none())
        })?;
        let lead = (t.end..pl.start).filter(|&k| self.s.tokens[k].is_word()).count();
        // `Militer Myanmar mengebom sebuah desa di Negara Bagian Rakhine`: a village (the object,
        // maybe after a quantity word or a preposition) in a place of the attacker's own
        // country stands for that country's civilians; the country is no target of its own forces.
        let own_forces = !sources.is_empty()
            && sources
                .iter()
                .all(|s| primary(&s.code) == pl.code && !warta_core::cameo::is_armed_opponent(&s.code));
        if let Some(k) = (t.head + 1..(t.end + 2).min(pl.start)).find(|&k| self.cls[k] & C::SETTLE != 0) {
            let near = (k + 1..pl.start).filter(|&x| self.s.tokens[x].is_word()).count() <= 3;
            if own_forces && near && k + 1 < pl.start && self.cls[k + 1] & C::LOCPREP != 0 {
                return Some(Side {
                    code: format!("{}CVL", pl.code),
                    text: self.s.tokens[k].text.clone(),
                    name: None,
                    span: Some((k, k + 1)),
                });
            }
        }
        let prep = pl.start > t.end && self.cls[pl.start - 1] & (C::TPREP | C::LOCPREP) != 0;
        // The object itself, or one word before it (`kota`, `wilayah`), or after a preposition.
        if !(lead <= 1 || prep && lead <= 3) || self.cls[pl.start.saturating_sub(1)] & (C::AGENT | C::FROM) != 0 {
            return None;
        }
        // A state's armed opponents attacking or seizing a town of their own country act on
        // that country (`RSF menguasai kota El Fasher`); its own forces do not.
        if sources.is_empty()
            || sources
                .iter()
                .any(|s| primary(&s.code) == pl.code && !warta_core::cameo::is_armed_opponent(&s.code))
        {
            return None;
        }
        Some(Side {
            code: pl.code.clone(),
            text: self.s.span_text(pl.start, pl.end).to_string(),
            name: None,
            span: Some((pl.start, pl.end)),
        })
    }

    /// `mengevakuasi mereka ke Port Sudan`: people named by a pronoun, the object of aid or
    /// protection (07), are taken to the place after `ke` (before `at`): it is where they go,
    /// not whom the act is for. (The place may be named in part: `ke Port Sudan`.)
    fn taken_to(&self, t: &Trig, at: usize) -> bool {
        self.lx.patterns[t.pat as usize].code.starts_with("07")
            && (t.end..at).any(|k| self.cls[k] & C::PRON != 0 && (k + 1..at).any(|x| self.norm(x) == "ke"))
    }

    /// A place (with its country) right after a `dari` that follows the predicate in its clause.
    fn place_from(&self, t: &Trig, ce: usize) -> Option<Side> {
        let pl = self.places.iter().find(|pl| {
            pl.start > t.end.max(t.head + 1)
                && pl.end <= ce
                && self.norm(pl.start - 1) == "dari"
                && (pl.start..pl.end).all(|k| self.actor_at[k].is_none())
        })?;
        Some(Side {
            code: pl.code.clone(),
            text: self.s.span_text(pl.start, pl.end).to_string(),
            name: None,
            span: Some((pl.start, pl.end)),
        })
    }

    /// The actor after `oleh` when the predicate is followed by a noun naming a happening
    /// (`penangkapan`, `penembakan`, `serangan`): the agent of that act.
    fn agent_of_named_act(&self, t: &Trig, ce: usize) -> Option<usize> {
        let noun = |k: usize| self.an.get(k).is_some_and(|a| crate::names_happening(self.lx, a));
        // The act is the predicate's own last word (`mengecam penembakan`) or comes right after it.
        // (Or one of its words: `menyelidiki dugaan pelanggaran HAM oleh aparat`.)
        let own = t.parts.iter().any(|&k| k > t.head && noun(k));
        if !(own || (t.end < ce && noun(t.end))) {
            return None;
        }
        // (Or after a passive light verb of a relative clause: `mengecam serangan udara yang
        // dilakukan junta Myanmar`.)
        let rel_end = (ce < self.n() && self.cls[ce] & C::REL != 0)
            .then(|| self.clauses.get(self.clause_of[ce]).map(|c| c.1))
            .flatten()
            .unwrap_or(ce);
        let k = (t.end..rel_end).find(|&k| {
            self.cls[k] & C::AGENT != 0 || (k > ce && self.cls[k] & C::PLIGHT != 0 && self.cls[k - 1] & C::REL != 0)
        })?;
        let mut a = k + 1;
        if a < rel_end && self.cls[a] & C::AGENT != 0 {
            a += 1;
        }
        self.actor_starting_at(a)
    }

    /// The actor ending right before `t` (object of the clause's previous predicate, which
    /// accuses, appeals, demands or states: 01, 02, 10, 11).
    fn told_subject(&self, t: &Trig, cs: usize, trigs: &[Trig]) -> Option<usize> {
        // (Adverbs may stand between: `mendesak Israel segera menyepakati …`.)
        let mut v = t.start;
        while v > cs + 1 && self.cls[v - 1] & C::AUX != 0 && self.actor_at[v - 1].is_none() {
            v -= 1;
        }
        // (And a plain noun after the actor: `meminta pemerintah pusat membantu …`.)
        if v > cs + 2 && self.plain_noun(v - 1) && self.actor_at[v - 2].is_some_and(|m| self.actors[m].end == v - 1) {
            v -= 1;
        }
        let m = self.actor_at[v.checked_sub(1)?]?;
        if self.actors[m].end != v {
            return None;
        }
        let ms = self.actors[m].start;
        if ms <= cs || self.after_prep(ms) {
            return None;
        }
        let gov = trigs
            .iter()
            .filter(|g| g.end <= ms && g.head >= cs)
            .max_by_key(|g| g.head)?;
        let code = &self.lx.patterns[gov.pat as usize].code;
        // (Right after that predicate: `menuduh RSF membunuh`, not `menuduh X atas Y membunuh`.)
        // (Or after the rest of a compound: `mendesak Israel dan Hamas menyepakati …`.)
        let next = (gov.end..ms).all(|k| {
            !self.s.tokens[k].is_word() || self.cls[k] & (C::DET | C::COORD) != 0 || self.actor_at[k].is_some()
        });
        // (Not a summons or a protest note, 114: it tells no act of the one it names, and in
        // the passive the actor right after it is its agent: `Wakil duta besar China yang
        // dipanggil Kementerian Luar Negeri Filipina menolak berkomentar` declines as China's.)
        let tells = matches!(code.get(..2), Some("01" | "02" | "10" | "11")) && !code.starts_with("114");
        (next && tells).then_some(m)
    }

    /// The appeal, demand or warning (02, 10, 13) whose request the clause `ci` tells: the
    /// clause (or the first of the `dan` clauses it goes on) opens with a word of class `ask`
    /// (`agar`, `untuk`) right after that predicate and its object (`memperingatkan Israel agar
    /// menghentikan serangan`, `meminta Dewan Keamanan PBB untuk menjatuhkan sanksi`, `meminta
    /// agar Israel …`). The act asked for is wanted, not done, and is no act of the one asking.
    fn asked_by(&self, ci: usize, trigs: &[Trig]) -> Option<usize> {
        let mut c = ci;
        while c > 0 && self.cls[self.clauses[c].0] & C::CONJ != 0 && self.cls[self.clauses[c].0] & C::ASK == 0 {
            c -= 1;
        }
        let cs = self.clauses[c].0;
        if cs == 0 || self.cls[cs] & C::ASK == 0 {
            return None;
        }
        // (Its words may go on past the clause word: `mendesak agar Israel segera menyepakati
        // gencatan senjata`.)
        let gi = trigs.iter().rposition(|g| g.head < cs)?;
        let gov = &trigs[gi];
        let code = &self.lx.patterns[gov.pat as usize].code;
        if !matches!(code.get(..2), Some("02" | "10" | "13")) {
            return None;
        }
        // (Only its object between, a compound or a plain noun after it: `mendesak Israel dan
        // Hamas agar …`, `meminta pemerintah pusat agar …`; not a place or another verb's.)
        let gend = gov.end.min(cs);
        let object_only = cs - gend <= 8
            && (gend..cs).all(|k| {
                self.actor_at[k].is_some() || self.cls[k] & (C::DET | C::COORD | C::QUANT) != 0 || self.plain_noun(k)
            });
        object_only.then_some(gi)
    }

    /// `Menlu mengatakan pihaknya telah …`: the one saying, named right before the verb of
    /// saying that the pronoun at `j` follows (`bahwa` may come between).
    fn sayer(&self, j: usize) -> Option<Vec<usize>> {
        let mut k = j.checked_sub(1)?;
        if self.cls[k] & C::THAT != 0 {
            k = k.checked_sub(1)?;
        }
        if self.cls[k] & C::SAY == 0 {
            return None;
        }
        // (Over a place or partner after a preposition: `Dubes RI untuk Mesir mengatakan`.)
        let mut m = self.actor_at[k.checked_sub(1)?]?;
        if self.actors[m].end != k {
            return None;
        }
        while self.after_prep(self.actors[m].start) {
            let p = self.actors[m].start.checked_sub(2)?;
            m = self.actor_at[p]?;
            if self.actors[m].end != p + 1 {
                return None;
            }
        }
        Some(self.compound_left(m))
    }

    /// The maker of a legal motion a ruling turns down (pattern flag `motion`): the actor named
    /// after the motion (`menolak kasasi terdakwa X`, `banding mantan Menteri X`, `permohonan
    /// suaka dari warga Afghanistan`), not the law it challenges (`gugatan uji materi
    /// Undang-Undang Pemilu`) nor one after another preposition (`gugatan warga terhadap
    /// pemerintah kota` is the residents'); or else the agent of a passive `yang` clause right
    /// after the predicate (`praperadilan yang diajukan Tom Lembong`).
    fn motion_maker(&self, t: &Trig, ce: usize) -> Option<usize> {
        let mut j = t.end;
        while j < ce {
            if let Some(m) = self.actor_at[j] {
                let ms = self.actors[m].start;
                if self.cls[ms] & C::BILL != 0 || (ms > 0 && self.cls[ms - 1] & C::BILL != 0) {
                    j = self.actors[m].end.max(j + 1);
                    continue;
                }
                return Some(m);
            }
            // (`dari` names the maker: `permohonan suaka dari warga Afghanistan`.)
            if self.cls[j] & (C::TPREP | C::LOCPREP | C::AGENT | C::BETWEEN) != 0 && self.cls[j] & C::FROM == 0 {
                return None;
            }
            j += 1;
        }
        if ce + 1 >= self.n()
            || self.norm(ce) != "yang"
            || !self.an.get(ce + 1).is_some_and(|a| matches!(a.voice, Voice::Passive))
        {
            return None;
        }
        let mut k = ce + 2;
        if k < self.n() && self.cls[k] & C::AGENT != 0 {
            k += 1;
        }
        (k..self.n().min(k + 3))
            .take_while(|&x| self.s.tokens[x].is_word())
            .find_map(|x| self.actor_starting_at(x))
    }

    /// The actor whose mention starts at token `j`.
    fn actor_starting_at(&self, j: usize) -> Option<usize> {
        self.actor_at
            .get(j)
            .copied()
            .flatten()
            .filter(|&m| self.actors[m].start == j)
    }

    fn side(&self, m: usize) -> Side {
        Side::from_mention(&self.actors[m])
    }

    /// An actor of a place phrase taken as the target: after a channel preposition (`melalui`,
    /// `lewat`, `via`; class `channel`) it is the way the act went, not whom it reached. A
    /// transit country or an agency (`mengirim bantuan melalui Mesir`, `melalui UNICEF`) names
    /// no one; a body of another country (`menyalurkan bantuan melalui Palang Merah Indonesia`)
    /// serves its own country, which is the one reached.
    fn channel_or_side(&self, m: usize, sources: &[Side]) -> Option<Side> {
        let a = &self.actors[m];
        if a.start == 0 || self.cls[a.start - 1] & C::CHANNEL == 0 {
            return Some(self.side(m));
        }
        let country = a.code.get(..3).filter(|c| {
            primary_len(&a.code) == 3
                && a.code.len() > 3
                && c.chars().all(|x| x.is_ascii_uppercase())
                && !sources.iter().any(|s| s.code.starts_with(c))
        })?;
        let mut side = self.side(m);
        side.code = country.to_string();
        Some(side)
    }

    fn events(&self, trigs: &[Trig], ctx: &mut EventContext) -> Vec<RawEvent> {
        let mut out = Vec::new();
        let mut done: Vec<(usize, bool, bool)> = Vec::new();
        let mut prev_subject: Option<Vec<Side>> = None;
        let first_subject: Option<usize> = (0..self.n())
            .filter_map(|j| self.actor_starting_at(j))
            .find(|&m| !self.after_prep(self.actors[m].start));
        // The subject a later verb with none takes: not a verb's object (in `Gempa mengguncang
        // Myanmar dan menewaskan 300 orang` Myanmar is the object, and the quake no actor).
        let opening_subject = first_subject.filter(|&m| {
            let ms = self.actors[m].start;
            ms == 0 || !self.verb_prefixed(ms - 1)
        });
        let heads: Vec<usize> = trigs.iter().map(|t| t.head).collect();
        let mut scopes = Vec::with_capacity(trigs.len());
        let mut absorbed = Vec::new();
        for t in trigs {
            let (neg, intent, threat, abs) = self.scope(t, &done, &heads);
            done.push((t.end, neg, intent));
            absorbed.extend(abs);
            scopes.push((neg, intent, threat));
        }
        for (t, &(neg, intent, threat)) in trigs.iter().zip(&scopes) {
            let p = &self.lx.patterns[t.pat as usize];
            let ci = self.clause_of[t.head];
            let (cs, ce) = self.clauses[ci];
            // A condition (`jika diserang AS`) tells of no act.
            if self.cls[cs] & C::COND != 0 {
                continue;
            }
            // What a denial says (`membantah bahwa pasukannya menyerang …`) did not happen. (Not
            // what a claim it names says, told by the claim's own verb: `membantah klaim X yang
            // menyebut bahwa …` reports X's claim.)
            let mut neg = neg;
            if self.cls[cs] & C::THAT != 0 {
                let gov = trigs.iter().filter(|g| g.head < cs).max_by_key(|g| g.head);
                neg |= gov.is_some_and(|g| {
                    self.lx.patterns[g.pat as usize].code.starts_with("016")
                        && (g.end..cs).all(|k| self.cls[k] & C::REL == 0)
                });
            }
            // Nor does what a denial names right after it (`China membantah melanggar ZEE
            // Indonesia`, `membantah telah menghentikan penyidikan`, `membantah terlibat dalam
            // pembunuhan …`), past aspect words.
            // So does what it names with its own subject first, in the same clause (`Beijing
            // membantah kapalnya melanggar wilayah Indonesia`); and what an accusation names so
            // is only alleged (`Kedua negara saling menuduh memulai serangan`).
            neg |= trigs.iter().any(|g| {
                let gc = &self.lx.patterns[g.pat as usize].code;
                let denial = gc.starts_with("016");
                let accusation = gc.starts_with("112");
                g.end <= t.start
                    && (denial || accusation)
                    && ((denial && (g.end..t.start).all(|k| self.cls[k] & C::AUX != 0))
                        || (t.start - g.end <= 3
                            && self.clause_of[g.head] == ci
                            && (g.end..t.start).all(|k| {
                                self.s.tokens[k].is_word() && (self.cls[k] & C::AUX != 0 || !heads.contains(&k))
                            })))
            });
            // `Israel tidak menerima usulan gencatan senjata dari Mesir`: an acceptance refused
            // (a negator of class `refuse`, not `belum`: not yet) is a rejection, the row's
            // `neg=` code, told as done.
            let flipped;
            let (p, neg) = match &p.neg_code {
                Some(c) if neg && self.negator(t).is_some_and(|j| self.cls[j] & C::REFUSE != 0) => {
                    flipped = Pattern {
                        code: c.clone(),
                        neg_code: None,
                        ..p.clone()
                    };
                    (&flipped, false)
                }
                _ => (p, neg),
            };
            // `menyetujui rencana untuk menguasai Kota Gaza`: the act of a purpose clause after
            // a noun of a plan or proposal is only planned (coded as intended, as with `akan`).
            let plan = (self.cls[cs] & C::PURPOSE != 0)
                .then(|| (cs.saturating_sub(4)..cs).find(|&k| self.cls[k] & C::PLAN != 0))
                .flatten()
                // (Also with no `untuk`, the verb right after the noun or its owner:
                // `menolak rencana Israel mencaplok Tepi Barat`.)
                .or_else(|| {
                    if t.kind == Kind::Passive {
                        return None;
                    }
                    let k = t.start.checked_sub(1)?;
                    let k = match self.actor_at[k] {
                        Some(m) if self.actors[m].end == t.start => self.actors[m].start.checked_sub(1)?,
                        _ => k,
                    };
                    (k >= cs && self.cls[k] & C::PLAN != 0).then_some(k)
                });
            // (So is an act whose purpose clause follows an announced one: `akan mengunjungi Dhaka
            // untuk bertemu dengan Menlu Bangladesh` tells of a meeting still to come.)
            let purpose_of_intent = self.cls[cs] & C::PURPOSE != 0
                && trigs
                    .iter()
                    .zip(&scopes)
                    .filter(|(g, _)| g.end <= cs)
                    .max_by_key(|(g, _)| g.head)
                    .is_some_and(|(_, &(gneg, gintent, _))| gintent && !gneg);
            // `DPRD menggelar rapat paripurna untuk memakzulkan bupati`, `TNI mengirim pasukan ke
            // Nduga untuk menyerang markas KKB`: a coercive or violent act (roots 15–20) in a
            // purpose clause is what the main act is for, not something done; it is coded as
            // intended, as with `akan`. (Words said or demanded in one are said by the main act:
            // `berunjuk rasa untuk menuntut …` stays a demand made.)
            // (But after a means or a weapon used, `menembakkan gas air mata untuk membubarkan
            // massa`, `menggelar operasi untuk memburu …`, the clause tells what was done with it.)
            let purpose_material = self.cls[cs] & C::PURPOSE != 0
                && p.code
                    .get(..2)
                    .and_then(|r| r.parse::<u8>().ok())
                    .is_some_and(|r| (15..=20).contains(&r))
                && !(cs.saturating_sub(6)..cs).any(|k| self.cls[k] & (C::MEANS | C::WEAPON) != 0);
            let intent = intent || plan.is_some() || purpose_of_intent || purpose_material;
            // (Its owner named right after the noun makes it: `rencana AS untuk …`.)
            let plan_owner = plan
                .and_then(|k| self.actor_starting_at(k + 1))
                .filter(|&m| self.actors[m].end <= cs || self.actors[m].end == t.start);
            let cs = cs.min(t.start);

            let subj = self.subject(t.start, cs, &heads, is_force(&p.code));
            // `Militer Sudan menuduh RSF membunuh warga sipil`, `memerintahkan Kapolri mengusut …`:
            // the actor right before the verb, object of an accusation, an appeal or a demand,
            // is the subject of the act told or asked for; that act is alleged or wanted, not
            // reported as done, and the accusation or appeal is the event.
            if matches!(subj, Subj::Inherit) && self.told_subject(t, cs, trigs).is_some() {
                continue;
            }
            // (So is one in a clause of what an appeal, a demand or a warning asks for, with or
            // without a subject of its own: `memperingatkan Israel agar menghentikan serangan ke
            // Gaza` tells no halt of Indonesia's, nor `meminta agar Israel menghentikan …` one of
            // Israel's.)
            if self.asked_by(ci, trigs).is_some() {
                continue;
            }
            let speaker = self.speaker_at(t.head).cloned();
            let subj_sides: Option<Vec<Side>> = match subj {
                Subj::Actors(ms) => Some(ms.iter().map(|&m| self.side(m)).collect()),
                Subj::QPron => speaker.clone().map(|s| vec![s]),
                Subj::Pron(j) => self
                    .sayer(j)
                    .map(|ms| ms.iter().map(|&m| self.side(m)).collect())
                    .or_else(|| prev_subject.clone())
                    .or_else(|| self.plural_group(j, ctx).map(|s| vec![s]))
                    .or_else(|| self.person_pronoun(j, ctx).map(|s| vec![s]))
                    .or_else(|| ctx.last_subject.as_ref().map(|s| vec![s.carried()])),
                Subj::Pair(j) => self
                    .pair_sides(j, ctx, &out)
                    .or_else(|| prev_subject.clone())
                    .or_else(|| ctx.last_subject.as_ref().map(|s| vec![s.carried()])),
                Subj::Blocked => None,
                Subj::Inherit => prev_subject.clone(),
                Subj::None => prev_subject
                    .clone()
                    .or_else(|| {
                        // (All of a compound: `Mesir, Qatar dan Turki, yang …, mendesak`.)
                        opening_subject.filter(|&m| self.actors[m].end <= t.start).map(|m| {
                            self.compound_right(m)
                                .into_iter()
                                .filter(|&x| self.actors[x].end <= t.start)
                                .map(|x| self.side(x))
                                .collect()
                        })
                    })
                    // (Not when a word that is no actor stands before the predicate as its
                    // subject: `Banjir menewaskan 10 orang, kata BNPB`.)
                    // (Not of a passive: `Serangan itu dilakukan oleh Al-Shabaab, kata militer
                    // Somalia` was not done to the speaker.)
                    .or_else(|| {
                        speaker
                            .clone()
                            .filter(|_| t.start <= cs && t.kind != Kind::Passive)
                            .map(|s| vec![s])
                    }),
            };
            // (A step taken, with its owner and the verb right after it, is the owner's act,
            // as done: `menyambut baik langkah Indonesia membebaskan tahanan politik`.)
            let deed_owner = (t.kind != Kind::Passive && plan.is_none())
                .then(|| {
                    let m = self.actor_at[t.start.checked_sub(1)?]?;
                    let a = &self.actors[m];
                    (a.end == t.start && a.start > cs && self.cls[a.start - 1] & C::DONE != 0).then_some(m)
                })
                .flatten();
            let subj_sides = match plan_owner.or(deed_owner) {
                Some(m) => Some(vec![self.side(m)]),
                None => subj_sides,
            };
            if let Some(s) = &subj_sides {
                prev_subject = Some(s.clone());
            }

            if p.code == "-" || absorbed.contains(&t.head) {
                continue;
            }
            // A handover told in the passive hands over its subject, who must be an actor
            // (persons): `Bantuan diserahkan kepada …` is no handover of suspects.
            if t.kind == Kind::Passive
                && p.code == "063"
                && t.parts.len() == 1
                && subj_sides.as_ref().is_none_or(|s| s.is_empty())
            {
                continue;
            }
            let root = root_of(&p.code).to_string();
            let rule = self.lx.rule(&p.code);
            let mut sources: Vec<Side> = Vec::new();
            let mut targets: Vec<Side> = Vec::new();
            let mut loc_target = None;
            let passive = t.kind == Kind::Passive;
            if passive {
                // The light verb may sit in a later clause (`… yang dilakukan oleh Y`).
                let ace = ce.max(self.clauses[self.clause_of[t.end - 1]].1);
                // `Vietnam membebaskan 12 nelayan Indonesia yang ditangkap di Laut Natuna`: persons
                // released, told as held or arrested in a `yang` clause with no agent, were held
                // by the one releasing them.
                let releaser = (self.cls[cs] & C::REL != 0 && root == "17")
                    .then(|| {
                        out.iter()
                            .rev()
                            .find(|e| e.code.starts_with("084") && e.target.span.is_some_and(|(_, b)| b == cs))
                    })
                    .flatten()
                    .map(|e| e.source.clone());
                if let Some(a) = self.agent(t, ace).or_else(|| self.when_agent(t, ci, trigs)) {
                    sources = self.compound_right(a).iter().map(|&m| self.side(m)).collect();
                } else if let Some(s) = releaser {
                    sources = vec![s];
                } else if let Some(s) = p
                    .outof
                    .then(|| {
                        self.actor_after_from(t, ce)
                            .map(|m| self.side(m))
                            .or_else(|| self.place_from(t, ce))
                    })
                    .flatten()
                {
                    sources = vec![s];
                } else if let Some(m) = self.actor_after_word(t, ce, &p.by).filter(|&m| {
                    // (Not one's own state: `Dubes RI untuk Australia dipanggil ke Jakarta` is
                    // called home, no summons.)
                    let c = &self.actors[m].code;
                    subj_sides
                        .as_ref()
                        .is_none_or(|s| s.iter().all(|x| primary(&x.code) != primary(c)))
                }) {
                    // `dipanggil ke Kementerian Luar Negeri`: the one summoned to (flag `by=`).
                    sources = vec![self.side(m)];
                } else if let Some((_, s)) = ctx
                    .agents
                    .iter()
                    // `Retno yang ditemui di sela rapat`: an unnamed party meeting someone is the
                    // reporter, not the last one to hold a meeting.
                    .find(|(r, _)| *r == root && root != "04")
                {
                    sources = vec![s.carried()];
                }
                let own = (t.obj_end > 0)
                    .then(|| self.object(t, &p.with, t.obj_end, true))
                    .and_then(|(o, l)| o.or(l.filter(|_| rule.is_some_and(|r| r.loc_target))))
                    // `Dua tersangka diserahkan kepada Densus 88 oleh Kepolisian Malaysia`: the
                    // one after the pattern's own word (`kepada`) is the target, not the subject.
                    .or_else(|| {
                        (!p.with.is_empty())
                            .then(|| self.object(t, &p.with, ce, true).0)
                            .flatten()
                    });
                if let Some(m) = own {
                    targets = vec![self.side(m)];
                } else if let Some(s) = &subj_sides {
                    // `rudal yang ditembakkan Korea Utara`: a weapon is not the target.
                    targets = s
                        .iter()
                        .filter(|x| x.span.is_none_or(|(a, _)| self.cls[a] & C::WEAPON == 0))
                        .cloned()
                        .collect();
                }
            } else if t.victim {
                let (obj, _) = self.object(t, &p.with, ce, true);
                // (A weapon with its owner right after the act is the owner's: `tembakan tank
                // Israel`.)
                let obj = obj.or_else(|| {
                    self.actor_starting_at(t.end)
                        .filter(|&m| self.cls[self.actors[m].start] & C::WEAPON != 0)
                });
                if let Some(o) = obj {
                    sources = vec![self.side(o)];
                }
                targets = match &subj_sides {
                    Some(s) if !s.is_empty() => s.clone(),
                    // `2.700 orang di Gaza tewas …`: the people of the place named.
                    _ => (cs..t.start)
                        .filter_map(|j| self.actor_starting_at(j))
                        .map(|m| self.side(m))
                        .take(1)
                        .collect(),
                };
            } else if p.recv {
                if let Some(a) = self.actor_after_from(t, ce) {
                    sources = vec![self.side(a)];
                }
                if let Some(s) = &subj_sides {
                    targets = s.clone();
                }
            } else {
                if let Some(s) = &subj_sides {
                    sources = s.clone();
                }
                let (mut obj, loc) = self.object(t, &p.with, ce, true);
                // `menangkap dan mengungkap jaringan JAD`: coordinated verbs share the object.
                // (Not a speaker's attribution after a comma: `menembakkan dua rudal balistik ke
                // laut, kata militer Korea Selatan` shares nothing with `kata`.)
                let said = ce + 1 < self.n() && self.cls[ce + 1] & C::SPEECH != 0;
                if obj.is_none() && t.end == ce && ci + 1 < self.clauses.len() && self.cls[ce] & C::COORD != 0 && !said
                {
                    let (_, ce2) = self.clauses[ci + 1];
                    if let Some(h2) = heads.iter().copied().find(|&h| h > ce && h < ce2) {
                        let next = Trig {
                            head: h2,
                            parts: vec![h2],
                            ..t.clone()
                        };
                        obj = self.object(&next, &[], ce2, true).0;
                    } else if let Some(v) =
                        (ce + 1..ce2).find(|&k| self.actor_at[k].is_none() && self.s.tokens[k].is_word())
                    {
                        let next = Trig {
                            head: v,
                            parts: vec![v],
                            ..t.clone()
                        };
                        obj = self.object(&next, &[], ce2, true).0;
                    }
                }
                // `menangkap dua wartawan, termasuk seorang reporter BBC`: an apposition after a
                // comma, with no verb of its own, still names the object.
                let mut loc = loc;
                if obj.is_none() && p.with.is_empty() && ci + 1 < self.clauses.len() && self.norm(ce) == "," && !said {
                    let (_, ce2) = self.clauses[ci + 1];
                    if !heads.iter().any(|&h| h > ce && h < ce2) {
                        let next = Trig {
                            head: ce,
                            parts: vec![ce],
                            ..t.clone()
                        };
                        let (o2, l2) = self.object(&next, &[], ce2, true);
                        // (After a place phrase the comma goes on with the address: `berunjuk
                        // rasa di depan Gedung DPR, Senayan, Jakarta` names places, no object.)
                        let address = (t.end..ce)
                            .rev()
                            .find(|&k| self.cls[k] & (C::TPREP | C::LOCPREP) != 0)
                            .is_some_and(|k| self.cls[k] & C::TPREP == 0);
                        if address {
                            loc = loc.or(o2).or(l2);
                        } else {
                            obj = o2;
                            loc = loc.or(l2);
                        }
                    }
                }
                // `KPK belum menahan Bupati X meski telah menetapkannya sebagai tersangka`: a verb
                // with the clitic `-nya` has it for its object, the one acted on last in this
                // sentence; a word of the pattern (`tersangka`) is then no object.
                let clitic = t.kind == Kind::Active
                    && self
                        .an
                        .get(t.head)
                        .is_some_and(|a| a.clitics.iter().any(|c| c == "nya"))
                    && obj.is_none_or(|o| {
                        t.parts
                            .iter()
                            .any(|&k| k >= self.actors[o].start && k < self.actors[o].end)
                    });
                if clitic {
                    // (Only within the sentence: one acted on in an earlier sentence and named by
                    // `-nya` is most often the same act told again, `Obama meneleponnya` after
                    // `menerima telepon dari Obama`, and is left uncoded.)
                    // (Nor a second act of the same root on the same one, `menangkap Ketua KKB dan
                    // menahannya`: one arrest, told twice.)
                    if let Some(e) = out
                        .iter()
                        .rev()
                        .find(|e| e.target.span.is_some() && !e.target.is_unknown())
                    {
                        if e.negated || root_of(&e.code) != root {
                            targets = vec![e.target.clone()];
                        }
                    }
                } else if p.motion {
                    targets.extend(self.motion_maker(t, ce).map(|m| self.side(m)));
                } else if let Some(o) = obj {
                    targets = self
                        .compound_right_in(o, &t.parts, matches!(p.code.get(..2), Some("02" | "10" | "11")))
                        .iter()
                        .map(|&m| self.side(m))
                        .collect();
                } else if let Some(j) = (t.head + 1..ce.min(t.end + 1)).find(|&j| self.pair_at(j)) {
                    // `mendesak kedua belah pihak …` (after the head, maybe inside the
                    // predicate's gap): the two sides named last.
                    targets = self.pair_sides_but(j, ctx, &out, &sources).unwrap_or_default();
                }
                // `Indonesia meminta agar Israel menghentikan serangan`: an appeal, a demand or a
                // warning with no object is made to the subject of what it asks for.
                // (Its words may go on in that clause: `mendesak agar Israel segera menyepakati
                // gencatan senjata`.)
                if targets.is_empty() && matches!(p.code.get(..2), Some("02" | "10" | "13")) && ce == t.head + 1 {
                    let asked = (ci + 1 < self.clauses.len())
                        .then(|| self.asked_by(ci + 1, trigs))
                        .flatten()
                        .is_some_and(|gi| trigs[gi].head == t.head);
                    if let Some(m) = self.actor_starting_at(ce + 1).filter(|_| asked) {
                        let members = self.compound_right_in(m, &[], true);
                        let me = members.iter().map(|&x| self.actors[x].end).max().unwrap_or(ce + 1);
                        let verb = (me..self.clauses[ci + 1].1)
                            .find(|&k| self.cls[k] & (C::AUX | C::NEG) == 0)
                            .is_some_and(|k| heads.contains(&k) || self.predicate_at(k));
                        if verb {
                            targets = members.iter().map(|&x| self.side(x)).collect();
                        }
                    }
                }
                loc_target = loc;
                // `menolak tawaran dialog dari Seoul`: a town right after the `dari` that names
                // who made an offer or a proposal is its country (a capital for its state).
                if targets.is_empty() && loc.is_none() && p.with.iter().any(|w| w == "dari") {
                    targets.extend(self.place_from(t, ce));
                }
            }
            // A reciprocal act of two named sides goes both ways (`India dan Pakistan saling tembak`).
            let mut mirror = false;
            // `Indonesia mendukung perjanjian antara Thailand dan Kamboja`: the two sides named
            // after the object of a one-sided act (not right after the predicate) are the
            // object's; the subject acts on both, as a third party does.
            let object_pair = !p.recip
                && t.kind == Kind::Active
                && (t.end..ce.min(t.end + 3))
                    .find(|&j| self.cls[j] & C::BETWEEN != 0)
                    .is_some_and(|j| j > t.end);
            if let Some((a, b)) = self.between(t, ce) {
                if (p.third || object_pair) && !sources.is_empty() {
                    // `menjadi penengah antara X dan Y`: the subject acts on both.
                    targets = vec![self.side(a), self.side(b)];
                } else {
                    sources = vec![self.side(a)];
                    targets = vec![self.side(b)];
                    mirror = p.recip;
                }
            } else if let Some((a, b)) = self.border_sides(t, ce).filter(|_| p.recip && self.happening(t)) {
                // `Pertempuran kembali pecah di perbatasan Thailand dan Kamboja`: a fight told as
                // happening at the border of two countries, with no sides named, is between them.
                sources = vec![self.side(a)];
                targets = vec![self.side(b)];
                mirror = true;
            } else if self.happening(t) {
                // `terjadi baku tembak`: the light verb names no agent.
                continue;
            } else if p.third && targets.is_empty() && !sources.is_empty() && t.end > t.head + 1 {
                // `Thailand dan Kamboja kembali bentrok … Malaysia menawarkan diri menjadi
                // penengah`: a third party's act with no sides named is between the two sides
                // named last, as `kedua negara` would be.
                targets = self.pair_sides_but(t.end - 1, ctx, &out, &sources).unwrap_or_default();
            }
            // Two sides agreeing on something of their own (`Keduanya menyepakati latihan
            // bersama antara TNI AL dan …`): the object is theirs, the act is between them.
            if p.recip
                && sources.len() == 2
                && primary(&sources[0].code) != primary(&sources[1].code)
                && !targets.is_empty()
                && targets
                    .iter()
                    .all(|g| sources.iter().any(|s| primary(&s.code) == primary(&g.code)))
            {
                targets.clear();
            }
            // `Tentara Sudan dan RSF saling tuding atas serangan terhadap konvoi PBB`: two
            // subjects acting on each other, whatever is named after the verb.
            if sources.len() == 2 && (t.start.saturating_sub(1)..=t.head).any(|k| self.cls[k] & C::MUTUAL != 0) {
                targets = sources.split_off(1);
                mirror = true;
            }
            if p.recip && targets.is_empty() && sources.len() >= 2 {
                mirror = sources.len() == 2;
                targets = sources.split_off(1);
            }
            // `Indonesia dan Amerika Serikat sepakat menurunkan tarif`: a concession or a
            // cooperative act two sides agree on (`sepakat`, `setuju`), with no one else named,
            // is each side's on the other.
            // (Only a concession or a cooperative act, roots 05–08: a coercive one agreed on,
            // `sepakat memperketat pengawasan perbatasan`, is done together, not to each other.)
            if !p.recip
                && targets.is_empty()
                && sources.len() == 2
                && matches!(root.as_str(), "05" | "06" | "07" | "08")
                && self.agreed(t)
            {
                mirror = true;
                targets = sources.split_off(1);
            }
            // (A motion's maker is the only target a ruling on it has.)
            if targets.is_empty() && !p.motion {
                if let Some(r) = rule {
                    // `menolak kenaikan harga BBM di depan Gedung DPRD`: a bill or a policy named
                    // as the object, before a venue of the source's own state, is what is
                    // rejected; its owner is the target, the venue only where (a foreign
                    // embassy there still names whom).
                    // (The bill or policy is the predicate's own object, right after its head or
                    // among its words: not one of a demand after it, `berunjuk rasa menuntut
                    // kenaikan upah di depan Gedung DPR`.)
                    let own_object = (t.head + 1..=t.end.min(ce.saturating_sub(1)))
                        .any(|k| self.cls[k] & (C::BILL | C::POLICY) != 0);
                    let own_venue = own_object
                        && loc_target.is_some_and(|m| {
                            let c = &self.actors[m].code;
                            is_state(c) && sources.iter().any(|s| primary(&s.code) == primary(c))
                        });
                    if r.loc_target && r.owner_target && own_venue {
                        targets.extend(self.owner_of_object(t, ce, &sources));
                    }
                    if r.loc_target && targets.is_empty() {
                        // A place of the source's own country named in the place phrase (`di
                        // Senayan, Jakarta`) tells where, not whom: a bare country code of the
                        // source's own primary is no target. (A state's armed opponents still act
                        // on their country: `RSF menyerang sebuah desa di negara bagian Gezira, Sudan`.)
                        if let Some(m) = loc_target.filter(|&m| {
                            let c = &self.actors[m].code;
                            !(c.len() == primary_len(c)
                                && sources.iter().any(|s| {
                                    primary(&s.code) == c.as_str() && !warta_core::cameo::is_armed_opponent(&s.code)
                                }))
                        }) {
                            targets.extend(self.channel_or_side(m, &sources));
                        }
                    }
                    if targets.is_empty() && r.owner_target {
                        targets.extend(self.owner_of_object(t, ce, &sources));
                    }
                    if targets.is_empty() && r.ctx_target {
                        if let Some((_, s, at)) = ctx.targets.iter().find(|(rt, _, _)| *rt == root) {
                            // (A state does not protest against itself: after a protest at a
                            // ministry, `Polisi menutup ruas jalan` is no protest against the
                            // government. An arrest by the KPK of a regent named before is.)
                            let own_state = root == "14" && sources.iter().any(|x| same_state(&x.code, &s.code));
                            // (Repression, 175, is of people: after `Massa membakar kantor KPU`,
                            // the police firing tear gas do not act on the burnt office's owner.)
                            let no_people = p.code.starts_with("175") && !is_crowd(&s.code);
                            if ctx.sentence.saturating_sub(*at) <= CTX_TARGET_SPAN && !own_state && !no_people {
                                targets = vec![s.clone()];
                            }
                        }
                    }
                }
                // `Polisi membubarkan unjuk rasa itu`: a protest named again (with a determiner),
                // dispersed, stands for its protesters, the last who protested in the article.
                if targets.is_empty()
                    && p.code.starts_with("175")
                    && (t.end..ce.min(t.end + 4)).any(|k| self.cls[k] & C::DET != 0)
                {
                    if let Some((_, s)) = ctx.agents.iter().find(|(r, _)| r == "14") {
                        if !sources.iter().any(|x| same_state(&x.code, &s.code)) {
                            targets = vec![s.clone()];
                        }
                    }
                }
                // (So is a town abroad aid is sent to: `mengirim tim penyelamat ke Mindanao`.)
                // (And force shown there, 15: `kapal penjaga pantai China memasuki perairan
                // Natuna`, `menggelar latihan militer di dekat Taiwan` are shown to its country.)
                if targets.is_empty() && (is_force(&p.code) || root == "07" || root == "15") {
                    targets.extend(self.place_attacked(t, ce, &sources));
                }
            }
            // (Nor a country named after `ke`, where people named by a pronoun are taken.)
            targets.retain(|g| !g.span.is_some_and(|(a, _)| self.taken_to(t, a)));
            // `mengulangi dukungan Indonesia terhadap Palestina`: the source's own country right
            // after the noun is whose support it is; the actor after `terhadap`/`kepada` is the target.
            // (Not one named inside the predicate's own words: `mendesak pemerintah … kerja sama
            // dengan AS` urges the government.)
            // `mengecam penembakan warga sipil oleh tentara Israel`: an act named right after the
            // predicate, its victims and then its agent after `oleh`: the agent is the one
            // criticized or protested against, not the victims.
            if (rule.is_some_and(|r| r.agent_target) || root == "14") && !p.motion {
                if let Some(m) = self.agent_of_named_act(t, ce) {
                    targets = vec![self.side(m)];
                }
            }
            // What a denial names inside the content it denies is not whom it answers: a body of
            // the denier's own state named as the subject of the denied act (`Kapolda membantah
            // aparat menembak warga`), or anyone after `bahwa` (`membantah laporan bahwa pihaknya
            // mengirim senjata ke Ukraina`).
            // A threat with no target named is aimed at the one its condition names (`mengancam
            // mogok nasional jika pemerintah tidak membatalkan …`).
            if targets.is_empty() && (p.code.starts_with("13") || threat) && ci + 1 < self.clauses.len() {
                let (ns, ne) = self.clauses[ci + 1];
                if ns == ce && self.cls[ns] & C::COND != 0 {
                    if let Some(m) = (ns + 1..ne).take_while(|&k| !self.predicate_at(k)).find_map(|k| {
                        self.actor_starting_at(k)
                            .filter(|&m| !self.after_prep(self.actors[m].start))
                    }) {
                        targets = vec![self.side(m)];
                    }
                }
            }
            if p.code.starts_with("016") {
                targets.retain(|g| {
                    let Some((a, b)) = g.span else { return true };
                    // (Or the denier's own country: `Menteri Perdagangan membantah Indonesia
                    // membanjiri pasar India …`.)
                    let told = sources
                        .iter()
                        .any(|s| same_state(&s.code, &g.code) || (is_state(&s.code) && g.code == primary(&s.code)))
                        && self.predicate_at(b);
                    let content = a > t.end && (t.end..a).any(|k| self.cls[k] & C::THAT != 0);
                    !(a >= t.end && (told || content))
                });
                // (The content's subject dropped, the one its verb is done to is whom the denial
                // is about, as with the bare verb: `membantah tuduhan bahwa prajuritnya menembak
                // warga sipil` as `membantah telah menembak warga sipil`.)
                // (`bahwa` opens a clause of its own, the next one.)
                let content = self
                    .clauses
                    .get(ci + 1)
                    .copied()
                    .filter(|&(ns, _)| ns == ce && self.cls[ns] & C::THAT != 0);
                if let Some((ns, ne)) = content.filter(|_| targets.is_empty()) {
                    let verb = (ns + 1..ne).find(|&j| self.predicate_at(j));
                    if let Some(m) = verb.and_then(|v| (v + 1..ne).find_map(|j| self.actor_starting_at(j))) {
                        let g = self.side(m);
                        if !sources
                            .iter()
                            .any(|s| same_state(&s.code, &g.code) || primary(&s.code) == g.code)
                        {
                            targets = vec![g];
                        }
                    }
                }
            }
            let own_side = |g: &Side| sources.iter().any(|s| primary(&s.code) == primary(&g.code));
            let in_gap = |g: &Side| g.span.is_some_and(|(a, _)| a > t.head && a < t.end);
            // (Not the source's own people as the object of a bare verb: `mengevakuasi 120 warga
            // negara Indonesia dari Lebanon ke Suriah` evacuates the citizens; they own nothing.)
            let people_object = |g: &Side| is_crowd(&g.code) && t.kind != Kind::Noun && t.end == t.head + 1;
            if !targets.is_empty() && targets.iter().all(|g| own_side(g) && !in_gap(g) && !people_object(g)) {
                // (Or one word on: `dukungan Prancis terhadap keanggotaan Indonesia`.)
                let after_prep = |k: usize| {
                    self.actor_at[k + 1].or_else(|| {
                        let noun = self.s.tokens[k + 1].is_word() && self.cls[k + 1] == 0;
                        (noun && k + 2 < ce).then(|| self.actor_starting_at(k + 2)).flatten()
                    })
                };
                let later = (t.end..ce.saturating_sub(1))
                    .filter(|&k| self.cls[k] & C::TPREP != 0)
                    .find_map(|k| Some((k, after_prep(k)?)))
                    .filter(|&(k, m)| {
                        !own_side(&self.side(m)) && targets.iter().all(|x| x.span.is_some_and(|(a, _)| a < k))
                    });
                if let Some((_, m)) = later {
                    targets = vec![self.side(m)];
                }
            }
            // (So with aspect or intent words before the denied verb, `membantah Indonesia akan
            // mengakui Israel`, once a later target has had its chance: `membantah Indonesia
            // akan membuka hubungan diplomatik dengan Israel` answers Israel.)
            if p.code.starts_with("016") {
                targets.retain(|g| {
                    let Some((a, b)) = g.span else { return true };
                    let verb = (b..ce).find(|&k| self.cls[k] & (C::AUX | C::INTENT) == 0).unwrap_or(b);
                    let own = sources
                        .iter()
                        .any(|s| same_state(&s.code, &g.code) || (is_state(&s.code) && g.code == primary(&s.code)));
                    !(a >= t.end && verb > b && own && self.predicate_at(verb))
                });
            }
            // `mengecam serangan itu`: an attack told before, now condemned or rejected, names
            // its agent as the target (`id_roots.tsv` column `agent_target`). So is one told
            // with its victims (`mengecam serangan terhadap warga sipil itu`): the civilians
            // attacked are no target of the condemnation.
            let force_noun = |k: usize| {
                self.lx
                    .by_surface(self.norm(k))
                    .iter()
                    .any(|&(pat, _)| is_force(&self.lx.patterns[pat as usize].code))
            };
            // (The act may also follow the predicate: `mengutuk keras serangan terhadap warga sipil`.)
            let act_end = if t.end > 0 && force_noun(t.end - 1) {
                Some(t.end)
            } else {
                (t.end + 1 < self.n() && force_noun(t.end)).then_some(t.end + 1)
            };
            let victims_after = act_end.is_some_and(|e| {
                e < self.n()
                    && self.cls[e] & C::TPREP != 0
                    && targets
                        .iter()
                        .all(|g| is_crowd(&g.code) && g.span.is_some_and(|(s, _)| s > e))
            });
            // `mengusut kasus penembakan pelajar`: those an act of force was done to are not
            // investigated; whoever did it is, unnamed here. (Named after `oleh`, the agent is:
            // `menyelidiki dugaan penyiksaan terhadap warga Papua oleh prajurit TNI`.)
            if root == "09"
                && targets.iter().all(|g| {
                    g.span.is_some_and(|(s, _)| {
                        // (Also right after the act's noun, `menyelidiki penembakan pelajar`, but
                        // for an armed force there, its agent: `penyiksaan polisi`.)
                        let armed = is_armed_force(&g.code);
                        (s > t.end || (s == t.end && !armed))
                            && (t.end - 1..s).any(&force_noun)
                            && self.cls[s - 1] & C::AGENT == 0
                    })
                })
            {
                targets.clear();
            }
            if victims_after && rule.is_some_and(|r| r.agent_target) {
                // Only when the article has one side using force; with two, whose attack it
                // was is not told, and the act is left uncoded rather than guessed.
                match ctx.force_agents.as_slice() {
                    [_] => {
                        if let Some((_, s)) = ctx.agents.iter().find(|(r, _)| is_force(r)) {
                            targets = vec![s.carried()];
                        }
                    }
                    [] => {}
                    _ => targets.clear(),
                }
            }
            if targets.is_empty() && rule.is_some_and(|r| r.agent_target) {
                if let Some(k) = (t.end..(t.end + 3).min(self.n())).find(|&k| self.cls[k] & C::DET != 0) {
                    let force = |pat: u32| is_force(&self.lx.patterns[pat as usize].code);
                    // The noun before the determiner names an act of force (`serangan`), whether
                    // a trigger of its own or the end of this one (`mengecam serangan`).
                    let attack = trigs.iter().any(|u| u.end == k && force(u.pat)) || force_noun(k - 1);
                    // An accusation so named (`membantah tuduhan tersebut`) stands for its
                    // maker, when it was made against the source.
                    let accusation = self
                        .candidates(k - 1)
                        .iter()
                        .any(|&(pat, _)| self.lx.patterns[pat as usize].code.starts_with("11"));
                    if attack {
                        if let Some((_, s)) = ctx.agents.iter().find(|(r, _)| is_force(r)) {
                            targets = vec![s.carried()];
                        }
                    } else if self.cls[k - 1] & C::DEED != 0 {
                        // A deed named again (`mengecam keputusan itu`, `menolak langkah
                        // tersebut`) stands for whoever acted last, when that is another side.
                        if let Some((s, at)) = &ctx.last_source {
                            // (Another country, or at home the state against those outside
                            // it: `Polisi menolak tuntutan tersebut` after students' demands.)
                            // (A country named alone speaks as its state: `Indonesia menolak
                            // klaim tersebut` does not answer its own ministry.)
                            let statelike = |c: &str| is_state(c) || c.len() == 3;
                            let other = sources.iter().all(|x| {
                                primary(&x.code) != primary(&s.code) || statelike(&x.code) != statelike(&s.code)
                            });
                            if other && ctx.sentence.saturating_sub(*at) <= 2 {
                                targets = vec![s.carried()];
                            }
                        }
                    } else if accusation {
                        let accused = ctx.targets.iter().find(|(r, _, _)| r == "11").map(|(_, g, _)| g);
                        if accused.is_some_and(|g| sources.iter().any(|s| primary(&s.code) == primary(&g.code))) {
                            if let Some((_, s)) = ctx.agents.iter().find(|(r, _)| r == "11") {
                                targets = vec![s.carried()];
                            }
                        }
                    }
                }
            }
            // `Kamboja menuduh Thailand menembakkan artileri …. Thailand membantah dan menyebut
            // …`: a denial with nothing after it (the clause ends, or `dan` and what else is
            // said) answers the accusation made last against its source, as `membantah tuduhan
            // itu` does.
            if targets.is_empty()
                && p.code.starts_with("016")
                && (t.end >= ce || self.is_punct(t.end) || self.norm(t.end) == "dan")
            {
                let accused = ctx.targets.iter().find(|(r, _, _)| r == "11").map(|(_, g, _)| g);
                if accused.is_some_and(|g| sources.iter().any(|s| primary(&s.code) == primary(&g.code))) {
                    if let Some((_, s)) = ctx.agents.iter().find(|(r, _)| r == "11") {
                        targets = vec![s.carried()];
                    }
                }
            }
            // Every side using force, even on no actor (`menembaki sejumlah desa`).
            if is_force(&p.code) && !neg {
                for s in sources.iter().filter(|s| !s.is_unknown()) {
                    if !ctx.force_agents.contains(&s.code) {
                        ctx.force_agents.push(s.code.clone());
                    }
                }
            }
            // `menelepon Erdogan untuk menyampaikan belasungkawa`: words said in a purpose clause
            // (statements and appeals, which need no target) with no target of their own are
            // said to the one the same source's act just before was done to. (Other acts of a
            // purpose clause are only meant: `mengundang X untuk membahas …`.)
            let c0 = self.clauses[ci].0;
            if targets.is_empty() && !passive && self.cls[c0] & C::PURPOSE != 0 && !rule.is_some_and(|r| r.need_target)
            {
                let prev = out.iter().rev().find(|e: &&RawEvent| {
                    e.trigger.1 <= c0 && !e.target.is_unknown() && sources.iter().any(|s| s.code == e.source.code)
                });
                if let Some(e) = prev {
                    targets = vec![e.target.clone()];
                }
            }
            // `Ribuan warga Israel berunjuk rasa … menuntut pemilihan umum dini`: a demonstration
            // that names no one it is against is against the protesters' own government.
            if targets.is_empty() && matches!(p.code.get(..3), Some("140" | "141")) && !neg {
                targets = sources
                    .iter()
                    .filter(|s| {
                        // A country's people (`ISRCVL`), not the state's own bodies (`DPR
                        // menolak RUU itu`), an IGO's or those of no country.
                        s.code.len() == 6
                            && primary_len(&s.code) == 3
                            && !s.code.starts_with("---")
                            && !matches!(
                                s.code.get(3..),
                                Some("GOV" | "LEG" | "JUD" | "MIL" | "COP" | "SPY" | "REB" | "INS" | "SEP")
                            )
                    })
                    .take(1)
                    .map(|s| {
                        // Refugees protest to the state that hosts them (`Pengungsi Rohingya
                        // berunjuk rasa di Cox's Bazar` → BGDGOV), not the one they fled.
                        let host = self
                            .places
                            .iter()
                            .find(|pl| {
                                pl.start > t.end
                                    && pl.end <= ce
                                    && self.norm(pl.start - 1) == "di"
                                    && pl.code.len() == 3
                                    && pl.code != primary(&s.code)
                            })
                            .filter(|_| s.code.get(3..) == Some("REF"));
                        Side {
                            code: format!("{}GOV", host.map_or(&s.code[..3], |pl| pl.code.as_str())),
                            text: String::new(),
                            name: None,
                            span: None,
                        }
                    })
                    .collect();
            }
            // A threat naming no one, told within two sentences of an act between its source and
            // one other side, is against that side (`Iran dan Amerika Serikat kembali menggelar
            // perundingan … Washington mengancam menjatuhkan sanksi tambahan`).
            if targets.is_empty() && root == "13" && !sources.is_empty() && !neg {
                if let Some(([a, b], at)) = &ctx.last_pair {
                    let own = |x: &Side| sources.iter().any(|s| primary(&s.code) == primary(&x.code));
                    if ctx.sentence.saturating_sub(*at) <= 2 {
                        match (own(a), own(b)) {
                            (true, false) => targets = vec![b.carried()],
                            (false, true) => targets = vec![a.carried()],
                            _ => {}
                        }
                    }
                }
            }
            let named_target = !targets.is_empty();
            if !named_target && rule.is_some_and(|r| r.need_target) && !p.notarget {
                continue;
            }
            // An active predicate with no source is not coded; an agentless passive is.
            if sources.is_empty() && !passive {
                continue;
            }
            if sources.is_empty() && targets.is_empty() {
                continue;
            }
            if sources.is_empty() {
                sources.push(Side::unknown());
            }
            if targets.is_empty() {
                targets.push(Side::unknown());
            }

            // `mengirim tim SAR ke Myanmar untuk membantu korban gempa`: aid (root 07) in a
            // purpose clause of aid by the same source is that aid told again (the help is the
            // sending), not a second act. (Not other roots: `memanggil duta besar Jepang untuk
            // memprotes …` is a summons and a protest, `berkunjung … untuk menghadiri KTT` a
            // visit and a meeting.)
            let pc = self.clauses[ci].0;
            if root == "07" && self.cls[pc] & C::PURPOSE != 0 {
                let gov = out.iter().filter(|e| e.trigger.1 <= pc).map(|e| e.trigger).max();
                if out.iter().any(|e| {
                    Some(e.trigger) == gov
                        && !e.negated
                        && root_of(&e.code) == root
                        && sources.iter().any(|s| s.code == e.source.code)
                }) {
                    continue;
                }
            }
            // `berunjuk rasa menolak agresi Israel`: a rejection (root 12), an opposition (110,
            // `menentang`) or a protest row (14, `menolak kenaikan …`) told right after a
            // protest (14) by the same source, as its serial or purpose verb, is what the
            // protest says, one act: the protest's event stands alone.
            // (A place phrase may come between: `berunjuk rasa di depan gedung DPR menentang
            // keputusan pemerintah`, up to five words from its preposition, no verb among them.)
            // (Gives where the place phrase between starts, or the act's start.)
            let says = |e: &RawEvent| -> Option<usize> {
                let from = e.trigger.1;
                if root_of(&e.code) != "14" || e.negated || from > t.start {
                    return None;
                }
                let loc = (from..t.start)
                    .find(|&k| self.cls[k] & C::LOCPREP != 0)
                    .unwrap_or(t.start);
                (loc - from <= 2
                    && t.start - loc <= 5
                    && (from..loc).all(|k| {
                        self.s.tokens[k].is_word()
                            && self.actor_at[k].is_none()
                            && (self.cls[k] == 0 || self.cls[k] & C::PURPOSE != 0)
                    })
                    && (loc..t.start).all(|k| {
                        self.s.tokens[k].is_word()
                            && !self.verb_prefixed(k)
                            && (self.actor_at[k].is_some() || self.cls[k] & !(C::LOCPREP | C::POS) == 0)
                    })
                    && sources.iter().any(|s| s.code == e.source.code))
                .then_some(loc)
            };
            if matches!(root.as_str(), "12" | "14") || p.code == "110" {
                let told: Vec<(usize, usize)> = (0..out.len()).filter_map(|i| Some((i, says(&out[i])?))).collect();
                if !told.is_empty() {
                    // (`berunjuk rasa untuk menolak agresi Israel`: what it rejects names whom
                    // the protest is against, where the protest named no one and only got the
                    // protesters' own government, or only the owner of the building it was held
                    // at: `di depan gedung DPR menolak kenaikan harga BBM` is against the
                    // government.)
                    // (Its clause is the protest's too: where and when it names, `untuk menolak
                    // kenaikan harga BBM di depan Gedung DPRD Makassar`, is the protest's.)
                    let named = targets.iter().find(|g| !g.is_unknown());
                    for (i, loc) in told {
                        let e = &mut out[i];
                        let venue = e.target.span.is_some_and(|(a, _)| a >= loc && a < t.start);
                        let default = e.target.span.is_none() && e.target.text.is_empty();
                        if let Some(g) = named.filter(|g| (default || venue) && g.code != e.target.code) {
                            e.target = g.clone();
                        }
                        e.clause.1 = e.clause.1.max(ce.max(t.end));
                    }
                    continue;
                }
            }
            let mut code = p.code.clone();
            let mut modality = Modality::Actual;
            if threat {
                modality = Modality::Intent;
                if let Some(c) = rule.and_then(|r| r.threat.clone().or(r.intent.clone())) {
                    code = c;
                }
            } else if intent {
                modality = Modality::Intent;
                if let Some(c) = rule.and_then(|r| r.intent.clone()) {
                    code = c;
                }
            }

            let mut pairs: Vec<(&Side, &Side)> = Vec::new();
            for src in &sources {
                for tgt in &targets {
                    pairs.push((src, tgt));
                    if mirror {
                        pairs.push((tgt, src));
                    }
                }
            }
            for (src, tgt) in pairs {
                // A reporter contacting or meeting the person quoted (`saat dihubungi
                // Kompas.com`, `ketika ditemui wartawan`) is how the story was gathered.
                if passive && root == "04" && src.code.ends_with("MED") {
                    continue;
                }
                if src.span.is_some() && src.span == tgt.span {
                    continue;
                }
                if src.code == tgt.code && src.text == tgt.text && !src.is_unknown() {
                    continue;
                }
                let final_code = self.lx.by_role(&src.code, &code).to_string();
                // Two names of one actor (`Presiden Joko Widodo atau Jokowi`) are one event.
                if out.iter().any(|e: &RawEvent| {
                    e.trigger == (t.start, t.end)
                        && e.code == final_code
                        && e.source.code == src.code
                        && e.target.code == tgt.code
                }) {
                    continue;
                }
                out.push(RawEvent {
                    source: src.clone(),
                    target: tgt.clone(),
                    code: final_code,
                    trigger: (t.start, t.end),
                    clause: (cs, ce.max(t.end)),
                    negated: neg,
                    modality,
                });
            }
            if !neg {
                // Either side of a battle or clash may be the unnamed agent of a later passive
                // (`pesawat itu ditembak jatuh`): neither is remembered as the agent.
                if let Some(s) = sources.iter().find(|s| !s.is_unknown()).filter(|_| !p.recip) {
                    EventContext::set(&mut ctx.agents, &root, s.carried());
                }
                if let Some(g) = targets.iter().find(|s| s.span.is_some() && is_crowd(&s.code)) {
                    if sources.iter().all(|s| !is_crowd(&s.code)) {
                        ctx.last_group = Some((g.carried(), ctx.sentence));
                    }
                }
                if let Some(tg) = targets.iter().find(|s| !s.is_unknown()) {
                    let side = tg.carried();
                    if let Some(x) = ctx.targets.iter_mut().find(|(r, _, _)| *r == root) {
                        *x = (root.clone(), side, ctx.sentence);
                    } else {
                        ctx.targets.push((root.clone(), side, ctx.sentence));
                    }
                }
            }
        }
        // The two sides a later `keduanya` refers to: two named `antara X dan Y`, else those of
        // the first act between two named actors of different sides.
        let between = (0..self.n())
            .filter(|&j| self.cls[j] & C::BETWEEN != 0)
            .find_map(|j| self.between_at(j, self.n()));
        if let Some((a, b)) = between {
            ctx.last_pair = Some(([self.side(a).carried(), self.side(b).carried()], ctx.sentence));
        } else if let Some(pair) = first_pair(&out) {
            ctx.last_pair = Some((pair, ctx.sentence));
        }
        // The subject pronouns of the next sentence refer to.
        let last = out
            .iter()
            .rev()
            .map(|e| &e.source)
            .find(|s| !s.is_unknown())
            .cloned()
            .or_else(|| first_subject.map(|m| self.side(m)));
        if let Some(s) = last {
            ctx.last_subject = Some(s.carried());
        }
        // The one-person office named last (by its place in the sentence), for `ia`.
        if let Some(s) = out
            .iter()
            .flat_map(|e| [&e.source, &e.target])
            .filter(|s| s.span.is_some() && !s.is_unknown() && self.office_side(s))
            .max_by_key(|s| s.span.map(|(a, _)| a))
        {
            ctx.last_person = Some((s.carried(), ctx.sentence));
        }
        if let Some(e) = out
            .iter()
            .rev()
            .find(|e| !e.source.is_unknown() && e.source.span.is_some() && !e.target.is_unknown() && !e.negated)
        {
            ctx.last_source = Some((e.source.carried(), ctx.sentence));
        }
        out
    }
}

/// The sides of the first act between two named actors of different sides.
fn first_pair(events: &[RawEvent]) -> Option<[Side; 2]> {
    // A country's state and its armed opponents are two sides (`tentara` and `RSF`).
    let armed_opponent = warta_core::cameo::is_armed_opponent;
    events
        .iter()
        .find(|e| {
            !e.negated
                && e.source.span.is_some()
                && e.target.span.is_some()
                && (primary(&e.source.code) != primary(&e.target.code)
                    || armed_opponent(&e.source.code) != armed_opponent(&e.target.code))
        })
        .map(|e| [e.source.carried(), e.target.carried()])
}

/// Roles of a crowd or group of people (a role after the country: `IDNEDU`, `---OPP`).
fn is_crowd(code: &str) -> bool {
    const CROWDS: &[&str] = &["OPP", "EDU", "LAB", "CVL", "REF"];
    code.get(3..6).is_some_and(|r| CROWDS.contains(&r))
}

/// Two codes of bodies of one state (its government, legislature, courts, forces, police or
/// intelligence): `IDNCOP` and `IDNGOV`.
fn same_state(a: &str, b: &str) -> bool {
    is_state(a) && is_state(b) && a[..3] == b[..3]
}

/// A code of a state's armed force: its military or police (`IDNMIL`, `IDNCOP`).
fn is_armed_force(c: &str) -> bool {
    matches!(c.get(3..6), Some("MIL" | "COP"))
}

/// A code of a body of a state: its government, legislature, courts, forces, police or
/// intelligence (`IDNCOP`, not `IDNEDU` or `IDN`).
fn is_state(c: &str) -> bool {
    c.len() == 6 && primary_len(c) == 3 && matches!(c.get(3..), Some("GOV" | "LEG" | "JUD" | "MIL" | "COP" | "SPY"))
}

/// An Indonesian word with an active verb's prefix (`mengecam`, `menuntut`, `memprotes`), not a
/// noun that begins the same way (`menteri`).
fn active_verb(w: &str) -> bool {
    w.chars().count() >= 6
        && !w.starts_with("menteri")
        && ["mem", "men", "meng", "meny"].iter().any(|p| w.starts_with(p))
}
