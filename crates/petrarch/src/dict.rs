//! Loaders for the TABARI/PETRARCH dictionary formats: actors, agents, discards, verbs.
//!
//! Every loader walks the file line by line and reports the first malformed line as
//! `file:line: message` (never panics). Shared conventions: `#` starts a comment (outside
//! `[...]`, where `###` can be a code), `<!-- ... -->` blocks are comments, phrases join
//! words with `_` or blanks and are matched upper-cased.

use rustc_hash::FxHashMap;
use std::collections::HashMap;
use warta_core::DictError;

/// A day as `YYYYMMDD`, so date ranges compare as integers.
pub type Day = u32;

/// When an actor code applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRange {
    Always,
    /// Strictly before the day (`<YYMMDD`).
    Before(Day),
    /// On or after the day (`>YYMMDD`).
    From(Day),
    /// Both ends included (`YYMMDD-YYMMDD`).
    Between(Day, Day),
}

impl DateRange {
    pub fn contains(&self, d: Day) -> bool {
        match *self {
            DateRange::Always => true,
            DateRange::Before(x) => d < x,
            DateRange::From(x) => d >= x,
            DateRange::Between(a, b) => a <= d && d <= b,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    /// The code as written; `A/B/C` names several actors at once.
    pub code: String,
    pub range: DateRange,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    /// The entry's first phrase, upper-cased words joined by blanks.
    pub name: String,
    pub codes: Vec<DatedCode>,
    pub line: usize,
}

impl ActorEntry {
    /// The code in force at `day`: the first restricted code whose range holds it, else the
    /// first unrestricted one. Without a date, the first unrestricted (or the first) code.
    pub fn code_at(&self, day: Option<Day>) -> &str {
        if let Some(d) = day {
            if let Some(c) = self
                .codes
                .iter()
                .find(|c| c.range != DateRange::Always && c.range.contains(d))
            {
                return &c.code;
            }
        }
        self.codes
            .iter()
            .find(|c| c.range == DateRange::Always)
            .or(self.codes.first())
            .map(|c| c.code.as_str())
            .unwrap_or("---")
    }
}

/// A phrase: upper-cased words that must follow each other.
pub type Phrase = Vec<String>;

#[derive(Debug, Clone, Default)]
pub struct Actors {
    pub entries: Vec<ActorEntry>,
    /// Every phrase (names and `+` synonyms) with its entry index.
    pub phrases: Vec<(Phrase, usize)>,
    /// For each phrase, word `k + 1` may come a few words after word `k` (they were joined
    /// by a blank, not `_`: `ITHILEN TELEVISION` matches `Ithilen state-run television`).
    pub open: Vec<Vec<bool>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentEntry {
    /// Code without the `~`.
    pub code: String,
    /// `NGO~`: the code goes before the actor's; `~GOV`: after.
    pub prefix: bool,
    pub line: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Agents {
    pub entries: Vec<AgentEntry>,
    /// Every form (singular, plural, macro expansions) with its entry index.
    pub phrases: Vec<(Phrase, usize)>,
}

#[derive(Debug, Clone, Default)]
pub struct Discards {
    /// `+` lines: the whole story is discarded.
    pub story: Vec<Phrase>,
    /// Other lines: the sentence is discarded.
    pub sentence: Vec<Phrase>,
}

/// One element of a verb pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PElem {
    Word(String),
    Syn(String),
    /// `*`: the verb itself.
    Verb,
    /// `$`
    Source,
    /// `+`
    Target,
    /// `%`: a compound actor (X and Y).
    Compound,
    /// `^`: skip one word or actor phrase.
    Skip,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PItem {
    pub elem: PElem,
    /// Joined to the next item by `_`: the two must be adjacent.
    pub closed_next: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pub items: Vec<PItem>,
    /// Index of the `*` item.
    pub star: usize,
    pub code: String,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbBlock {
    pub name: String,
    pub code: String,
    pub patterns: Vec<Pattern>,
    pub line: usize,
}

/// A surface form of a verb: optional particles before and after the inflected word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbForm {
    pub block: usize,
    pub pre: Vec<String>,
    pub post: Vec<String>,
    /// The entry's own code (`DOWNPLAY [014]`), else the block's applies.
    pub code: Option<String>,
    /// A past form (-ED or an irregular form other than -S/-ING): may be passive.
    pub past: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Verbs {
    pub blocks: Vec<VerbBlock>,
    /// Synset members: each a sequence of words / nested synsets.
    pub synsets: FxHashMap<String, Vec<Vec<PElem>>>,
    /// Inflected verb word → its forms (looked up per token: a fast hash).
    pub forms: FxHashMap<String, Vec<VerbForm>>,
}

/// Lines of a dictionary with comments removed: `(line number, text)`.
fn clean_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_html = false;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        let t = line.trim();
        if in_html {
            if t.contains("-->") {
                in_html = false;
            }
            continue;
        }
        if t.starts_with("<!") {
            if !t.contains("-->") {
                in_html = true;
            }
            continue;
        }
        let s = strip_comment(line);
        if s.trim().is_empty() {
            continue;
        }
        out.push((i + 1, s.to_string()));
    }
    out
}

/// Cuts a `#` comment that is not inside brackets.
fn strip_comment(line: &str) -> &str {
    let mut depth = 0i32;
    for (i, c) in line.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            '#' if depth <= 0 => return &line[..i],
            _ => {}
        }
    }
    line
}

fn bad(file: &str, line: usize, msg: impl Into<String>) -> DictError {
    DictError::bad(file, line, msg)
}

/// For each word after the first: whether a blank (not `_`) joins it to the previous one.
pub fn phrase_gaps(s: &str) -> Vec<bool> {
    let mut out = Vec::new();
    let mut seen_word = false;
    let mut blank = false;
    let mut in_word = false;
    for c in s.chars() {
        if c == '_' {
            in_word = false;
            blank = false;
        } else if c.is_whitespace() {
            if in_word {
                blank = true;
            }
            in_word = false;
        } else {
            if !in_word {
                if seen_word {
                    out.push(blank);
                }
                seen_word = true;
                blank = false;
            }
            in_word = true;
        }
    }
    out
}

/// Splits a phrase written with `_` and blanks into upper-cased words.
pub fn phrase_words(s: &str) -> Phrase {
    s.split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_uppercase())
        .collect()
}

/// Splits `text` into the part before the first `[` and the bracket contents.
fn split_codes(file: &str, line: usize, text: &str) -> Result<(String, Vec<String>), DictError> {
    let Some(first) = text.find('[') else {
        if text.contains(']') {
            return Err(bad(file, line, "`]` without `[`"));
        }
        return Ok((text.trim().to_string(), Vec::new()));
    };
    let head = text[..first].trim().to_string();
    let mut rest = &text[first..];
    let mut codes = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        if !rest.starts_with('[') {
            return Err(bad(
                file,
                line,
                format!("unexpected text `{}` after a code", rest.trim()),
            ));
        }
        let Some(close) = rest.find(']') else {
            return Err(bad(file, line, "unterminated `[` (no closing `]`)"));
        };
        let inner = &rest[1..close];
        if inner.contains('[') {
            return Err(bad(file, line, "nested `[` inside a code"));
        }
        codes.push(inner.trim().to_string());
        rest = &rest[close + 1..];
    }
    Ok((head, codes))
}

fn parse_day(file: &str, line: usize, s: &str) -> Result<Day, DictError> {
    let s = s.trim();
    if !(s.len() == 6 || s.len() == 8) || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad(file, line, format!("bad date `{s}` (want YYMMDD or YYYYMMDD)")));
    }
    let n: u32 = s.parse().map_err(|_| bad(file, line, format!("bad date `{s}`")))?;
    let (y, md) = if s.len() == 6 {
        let yy = n / 10000;
        // Two-digit years: TABARI-era dictionaries run from the 1930s to the 2020s.
        (if yy < 30 { 2000 + yy } else { 1900 + yy }, n % 10000)
    } else {
        (n / 10000, n % 10000)
    };
    let (m, d) = (md / 100, md % 100);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(bad(file, line, format!("bad date `{s}`: month or day out of range")));
    }
    Ok(y * 10000 + m * 100 + d)
}

fn parse_dated(file: &str, line: usize, inner: &str) -> Result<DatedCode, DictError> {
    let inner = inner.trim();
    let (code, rest) = match inner.find(|c: char| c.is_whitespace() || c == '<' || c == '>') {
        Some(i) => (inner[..i].trim(), inner[i..].trim()),
        None => (inner, ""),
    };
    if code.is_empty() {
        return Err(bad(file, line, format!("code block `[{inner}]` has no code")));
    }
    if code.as_bytes()[0].is_ascii_digit() && code.contains('-') {
        return Err(bad(
            file,
            line,
            format!("code block `[{inner}]` has a date but no code"),
        ));
    }
    let rest: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let range = if rest.is_empty() {
        DateRange::Always
    } else if let Some(d) = rest.strip_prefix('<') {
        DateRange::Before(parse_day(file, line, d)?)
    } else if let Some(d) = rest.strip_prefix('>') {
        DateRange::From(parse_day(file, line, d)?)
    } else if let Some((a, b)) = rest.split_once('-') {
        let (a, b) = (parse_day(file, line, a)?, parse_day(file, line, b)?);
        if a > b {
            return Err(bad(file, line, format!("date range `{rest}` ends before it starts")));
        }
        DateRange::Between(a, b)
    } else {
        return Err(bad(
            file,
            line,
            format!("bad date restriction `{rest}` (want <D, >D or D-D)"),
        ));
    };
    Ok(DatedCode {
        code: code.to_uppercase(),
        range,
    })
}

/// Reads a TABARI/PETRARCH `.actors` file; any malformed line is an error.
pub fn parse_actors(file: &str, text: &str) -> Result<Actors, DictError> {
    parse_actors_with(file, text, None)
}

/// Reads an `.actors` file, recovering from bad lines (the production dictionaries have a
/// few typos such as the date `9008223` or `FAEROYENE]_`): each bad line is reported in
/// `warnings` and skipped; an entry left without codes is kept but never matches.
pub fn parse_actors_lenient(file: &str, text: &str, warnings: &mut Vec<DictError>) -> Result<Actors, DictError> {
    parse_actors_with(file, text, Some(warnings))
}

fn parse_actors_with(file: &str, text: &str, mut lenient: Option<&mut Vec<DictError>>) -> Result<Actors, DictError> {
    let mut a = Actors::default();
    let mut cur: Option<usize> = None;
    for (ln, line) in clean_lines(text) {
        if let Err(e) = actor_line(file, ln, line.trim(), &mut a, &mut cur, lenient.is_none()) {
            match lenient.as_mut() {
                // In lenient mode a bad line is reported and skipped; a bad entry line also
                // drops the synonyms and codes that follow it.
                Some(w) => {
                    w.push(e);
                    if !(line.trim().starts_with('+') || line.trim().starts_with('[')) {
                        cur = None;
                    }
                }
                None => return Err(e),
            }
        }
    }
    if lenient.is_none() {
        check_coded(file, &a, cur)?;
    }
    Ok(a)
}

fn check_coded(file: &str, a: &Actors, cur: Option<usize>) -> Result<(), DictError> {
    if let Some(c) = cur {
        let e = &a.entries[c];
        if e.codes.is_empty() {
            return Err(bad(file, e.line, format!("actor `{}` has no code", e.name)));
        }
    }
    Ok(())
}

fn actor_line(
    file: &str,
    ln: usize,
    t: &str,
    a: &mut Actors,
    cur: &mut Option<usize>,
    strict: bool,
) -> Result<(), DictError> {
    if let Some(syn) = t.strip_prefix('+') {
        let Some(c) = *cur else {
            return Err(bad(file, ln, "synonym `+` line before any actor"));
        };
        let (head, codes) = split_codes(file, ln, syn)?;
        let words = phrase_words(&head);
        if words.is_empty() {
            return Err(bad(file, ln, "empty synonym"));
        }
        let mut dcs = Vec::new();
        for inner in codes {
            dcs.push(parse_dated(file, ln, &inner)?);
        }
        a.entries[c].codes.extend(dcs);
        a.open.push(phrase_gaps(&head));
        a.phrases.push((words, c));
    } else if t.starts_with('[') {
        let Some(c) = *cur else {
            return Err(bad(file, ln, "code line before any actor"));
        };
        let (_, codes) = split_codes(file, ln, t)?;
        let mut dcs = Vec::new();
        for inner in codes {
            dcs.push(parse_dated(file, ln, &inner)?);
        }
        a.entries[c].codes.extend(dcs);
    } else {
        if strict {
            check_coded(file, a, *cur)?;
        }
        *cur = None;
        let (head, codes) = split_codes(file, ln, t)?;
        let words = phrase_words(&head);
        if words.is_empty() {
            return Err(bad(file, ln, "actor line without a phrase"));
        }
        let mut e = ActorEntry {
            name: words.join(" "),
            codes: Vec::new(),
            line: ln,
        };
        for inner in codes {
            e.codes.push(parse_dated(file, ln, &inner)?);
        }
        a.entries.push(e);
        let idx = a.entries.len() - 1;
        a.open.push(phrase_gaps(&head));
        a.phrases.push((words, idx));
        *cur = Some(idx);
    }
    Ok(())
}

/// The regular plural of an upper-cased noun (PETRARCH's rule).
pub fn plural(w: &str) -> String {
    let b = w.as_bytes();
    if w.ends_with('Y') && b.len() > 1 && !b"AEIOU".contains(&b[b.len() - 2]) {
        format!("{}IES", &w[..w.len() - 1])
    } else if w.ends_with('S') || w.ends_with("SH") || w.ends_with("CH") || w.ends_with('X') || w.ends_with('Z') {
        format!("{w}ES")
    } else {
        format!("{w}S")
    }
}

/// Expands `!MACRO!` references in a phrase into every alternative.
fn expand_macros(
    file: &str,
    ln: usize,
    s: &str,
    macros: &HashMap<String, Vec<String>>,
) -> Result<Vec<String>, DictError> {
    expand_macros_at(file, ln, s, macros, 0)
}

/// Substitutions nest at most this deep: one that names itself (`!P! = A!P!`) would never end.
const MAX_MACRO_DEPTH: usize = 16;

fn expand_macros_at(
    file: &str,
    ln: usize,
    s: &str,
    macros: &HashMap<String, Vec<String>>,
    depth: usize,
) -> Result<Vec<String>, DictError> {
    if depth > MAX_MACRO_DEPTH {
        return Err(bad(file, ln, "substitutions nest too deep (one names itself?)"));
    }
    let Some(i) = s.find('!') else {
        return Ok(vec![s.to_string()]);
    };
    let Some(j) = s[i + 1..].find('!').map(|j| i + 1 + j) else {
        return Err(bad(file, ln, "unterminated `!MACRO!`"));
    };
    let name = s[i + 1..j].to_uppercase();
    let Some(alts) = macros.get(&name) else {
        return Err(bad(file, ln, format!("unknown substitution `!{name}!`")));
    };
    let mut out = Vec::new();
    for alt in alts {
        let replaced = format!("{}{}{}", &s[..i], alt, &s[j + 1..]);
        out.extend(expand_macros_at(file, ln, &replaced, macros, depth + 1)?);
        if out.len() > 10_000 {
            return Err(bad(file, ln, "substitutions expand to too many forms"));
        }
    }
    Ok(out)
}

/// Reads a PETRARCH `.agents` file; any malformed line is an error.
pub fn parse_agents(file: &str, text: &str) -> Result<Agents, DictError> {
    parse_agents_with(file, text, None)
}

/// Reads an `.agents` file, reporting bad lines (e.g. `[~ENV}`) in `warnings` and skipping them.
pub fn parse_agents_lenient(file: &str, text: &str, warnings: &mut Vec<DictError>) -> Result<Agents, DictError> {
    parse_agents_with(file, text, Some(warnings))
}

fn parse_agents_with(file: &str, text: &str, mut lenient: Option<&mut Vec<DictError>>) -> Result<Agents, DictError> {
    let mut a = Agents::default();
    let mut macros: HashMap<String, Vec<String>> = HashMap::new();
    for (ln, line) in clean_lines(text) {
        if let Err(e) = agent_line(file, ln, line.trim(), &mut a, &mut macros) {
            match lenient.as_mut() {
                Some(w) => w.push(e),
                None => return Err(e),
            }
        }
    }
    Ok(a)
}

fn agent_line(
    file: &str,
    ln: usize,
    t: &str,
    a: &mut Agents,
    macros: &mut HashMap<String, Vec<String>>,
) -> Result<(), DictError> {
    if t.starts_with('!') && t.contains('=') {
        let (lhs, rhs) = t.split_once('=').unwrap_or((t, ""));
        let name = lhs.trim().trim_matches('!').trim().to_uppercase();
        if name.is_empty() || !lhs.trim().ends_with('!') {
            return Err(bad(file, ln, "substitution must look like `!NAME! = A, B`"));
        }
        let alts: Vec<String> = rhs
            .split(',')
            .map(|x| x.trim().to_uppercase())
            .filter(|x| !x.is_empty())
            .collect();
        if alts.is_empty() {
            return Err(bad(file, ln, format!("substitution `!{name}!` has no alternatives")));
        }
        macros.insert(name, alts);
        return Ok(());
    }
    // Plural forms in braces come before the code.
    let (body, plurals) = match t.find('{') {
        Some(i) => {
            let Some(j) = t[i..].find('}').map(|j| i + j) else {
                return Err(bad(file, ln, "unterminated `{`"));
            };
            let forms: Vec<String> = t[i + 1..j].split_whitespace().map(str::to_string).collect();
            (format!("{} {}", &t[..i], &t[j + 1..]), Some(forms))
        }
        None => {
            if t.contains('}') {
                return Err(bad(file, ln, "`}` without `{`"));
            }
            (t.to_string(), None)
        }
    };
    let (head, codes) = split_codes(file, ln, &body)?;
    if head.is_empty() {
        return Err(bad(file, ln, "agent line without a phrase"));
    }
    if codes.len() != 1 {
        return Err(bad(
            file,
            ln,
            format!(
                "agent `{head}` needs exactly one code like [~GOV], found {}",
                codes.len()
            ),
        ));
    }
    let raw: String = codes[0].chars().filter(|c| !c.is_whitespace()).collect();
    let (code, prefix) = if let Some(c) = raw.strip_prefix('~') {
        (c.to_string(), false)
    } else if let Some(c) = raw.strip_suffix('~') {
        (c.to_string(), true)
    } else {
        return Err(bad(
            file,
            ln,
            format!("agent code `[{raw}]` must start or end with `~`"),
        ));
    };
    if code.is_empty() {
        return Err(bad(file, ln, "agent code is empty"));
    }
    a.entries.push(AgentEntry {
        code: code.to_uppercase(),
        prefix,
        line: ln,
    });
    let idx = a.entries.len() - 1;
    for form in expand_macros(file, ln, &head, macros)? {
        let words = phrase_words(&form);
        if words.is_empty() {
            continue;
        }
        if plurals.is_none() {
            let mut pl = words.clone();
            let last = pl.len() - 1;
            pl[last] = plural(&pl[last]);
            a.phrases.push((pl, idx));
        }
        a.phrases.push((words, idx));
    }
    for p in plurals.iter().flatten() {
        for form in expand_macros(file, ln, p, macros)? {
            let words = phrase_words(&form);
            if !words.is_empty() {
                a.phrases.push((words, idx));
            }
        }
    }
    Ok(())
}

/// Reads a PETRARCH `.discards` file (`+` lines discard the story).
pub fn parse_discards(file: &str, text: &str) -> Result<Discards, DictError> {
    let mut d = Discards::default();
    for (ln, line) in clean_lines(text) {
        let t = line.trim();
        let (story, body) = match t.strip_prefix('+') {
            Some(b) => (true, b),
            None => (false, t),
        };
        if body.contains('[') || body.contains(']') {
            return Err(bad(file, ln, "discard phrases take no code"));
        }
        let words = phrase_words(body);
        if words.is_empty() {
            return Err(bad(file, ln, "empty discard phrase"));
        }
        if story {
            d.story.push(words);
        } else {
            d.sentence.push(words);
        }
    }
    Ok(d)
}

/// Parses the element list of a pattern (or a synset member).
fn parse_elems(file: &str, ln: usize, s: &str) -> Result<Vec<PItem>, DictError> {
    let mut items: Vec<PItem> = Vec::new();
    for chunk in s.split_whitespace() {
        let parts: Vec<&str> = chunk.split('_').collect();
        let n_nonempty = parts.iter().filter(|p| !p.is_empty()).count();
        let mut seen = 0;
        for p in parts {
            if p.is_empty() {
                continue;
            }
            seen += 1;
            let elem = match p {
                "*" => PElem::Verb,
                "$" => PElem::Source,
                "+" => PElem::Target,
                "%" => PElem::Compound,
                "^" => PElem::Skip,
                _ if p.starts_with('&') => {
                    let name = p[1..].to_uppercase();
                    if name.is_empty() {
                        return Err(bad(file, ln, "`&` without a synset name"));
                    }
                    PElem::Syn(name)
                }
                _ => PElem::Word(p.trim_start_matches('@').to_uppercase()),
            };
            items.push(PItem {
                elem,
                closed_next: seen < n_nonempty,
            });
        }
    }
    Ok(items)
}

/// A verb entry `WIRE_+TAP`: words before the inflected one, the word, words after.
fn split_verb_phrase(s: &str) -> Option<(Vec<String>, String, Vec<String>)> {
    let words: Vec<&str> = s
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    let head = words.iter().position(|w| w.starts_with('+')).unwrap_or(0);
    let up = |w: &&str| w.trim_start_matches('+').to_uppercase();
    let verb = up(&words[head]);
    if verb.is_empty() {
        return None;
    }
    Some((
        words[..head].iter().map(up).collect(),
        verb,
        words[head + 1..].iter().map(up).collect(),
    ))
}

/// Regular English inflections of an upper-cased verb: -S, -ED, -ING.
pub fn regular_forms(v: &str) -> Vec<(String, bool)> {
    let b = v.as_bytes();
    let n = b.len();
    let vowel = |c: u8| b"AEIOU".contains(&c);
    let mut out = vec![(v.to_string(), false)];
    if n == 0 {
        return out;
    }
    let last = b[n - 1];
    // -S
    if last == b'Y' && n > 1 && !vowel(b[n - 2]) {
        out.push((format!("{}IES", &v[..n - 1]), false));
    } else if v.ends_with('S')
        || v.ends_with("SH")
        || v.ends_with("CH")
        || v.ends_with('X')
        || v.ends_with('Z')
        || v.ends_with('O')
    {
        out.push((format!("{v}ES"), false));
    } else {
        out.push((format!("{v}S"), false));
    }
    // -ED / -ING
    if last == b'E' {
        out.push((format!("{v}D"), true));
        if v.ends_with("EE") {
            out.push((format!("{v}ING"), false));
        } else {
            out.push((format!("{}ING", &v[..n - 1]), false));
        }
    } else if last == b'Y' && n > 1 && !vowel(b[n - 2]) {
        out.push((format!("{}IED", &v[..n - 1]), true));
        out.push((format!("{v}ING"), false));
    } else {
        out.push((format!("{v}ED"), true));
        out.push((format!("{v}ING"), false));
        // Short consonant-vowel-consonant verbs double the last consonant (STOP → STOPPED).
        // A final -L after one vowel doubles too, whatever the stress, in British spelling
        // (EXPELLED, PATROLLED, CANCELLED, FUELLED; American CANCELED stays above).
        let doubles_l = last == b'L' && n >= 3 && vowel(b[n - 2]) && !vowel(b[n - 3]);
        if doubles_l
            || (n >= 3 && !vowel(last) && vowel(b[n - 2]) && !vowel(b[n - 3]) && !b"WXY".contains(&last) && n <= 4)
        {
            out.push((format!("{v}{}ED", last as char), true));
            out.push((format!("{v}{}ING", last as char), false));
        }
    }
    out
}

/// Reads a TABARI/PETRARCH `.verbs` file: synsets, verb blocks, patterns.
pub fn parse_verbs(file: &str, text: &str) -> Result<Verbs, DictError> {
    enum State {
        None,
        Syn(String),
        Block,
    }
    let mut v = Verbs::default();
    let mut state = State::None;
    let mut syn_refs: Vec<(usize, String)> = Vec::new();
    for (ln, line) in clean_lines(text) {
        let t = line.trim();
        if t.starts_with("---") {
            let inner = t.trim_start_matches('-').trim_end().trim_end_matches('-').trim();
            let (head, codes) = split_codes(file, ln, inner)?;
            let name = phrase_words(&head).join(" ");
            if name.is_empty() {
                return Err(bad(file, ln, "verb block header without a verb"));
            }
            let Some(code) = codes.first() else {
                return Err(bad(file, ln, format!("verb block `{name}` has no [code]")));
            };
            v.blocks.push(VerbBlock {
                name,
                code: code.trim().to_uppercase(),
                patterns: Vec::new(),
                line: ln,
            });
            state = State::Block;
        } else if let Some(name) = t.strip_prefix('&') {
            let name = name.trim().trim_end_matches('_').to_uppercase();
            if name.is_empty() || name.contains(char::is_whitespace) {
                return Err(bad(file, ln, "synset name must be one word: `&NAME`"));
            }
            // In a pattern `_` joins words (`&FUTURE_*`), so a name holding one could not be used.
            if name.contains('_') {
                return Err(bad(
                    file,
                    ln,
                    format!("synset name `&{name}` holds `_`, which joins pattern words"),
                ));
            }
            v.synsets.insert(name.clone(), Vec::new());
            state = State::Syn(name);
        } else if let Some(pat) = t.strip_prefix('-') {
            if !matches!(state, State::Block) {
                return Err(bad(file, ln, "pattern line outside a verb block"));
            }
            let (head, codes) = split_codes(file, ln, pat)?;
            let Some(code) = codes.first() else {
                return Err(bad(file, ln, "pattern has no [code]"));
            };
            let items = parse_elems(file, ln, &head)?;
            let stars: Vec<usize> = (0..items.len()).filter(|&i| items[i].elem == PElem::Verb).collect();
            if stars.len() != 1 {
                return Err(bad(
                    file,
                    ln,
                    format!("pattern needs exactly one `*` (the verb), found {}", stars.len()),
                ));
            }
            for it in &items {
                if let PElem::Syn(s) = &it.elem {
                    syn_refs.push((ln, s.clone()));
                }
            }
            let block = v.blocks.len() - 1;
            v.blocks[block].patterns.push(Pattern {
                items,
                star: stars[0],
                code: code.trim().to_uppercase(),
                line: ln,
            });
        } else {
            match &state {
                State::Syn(name) => {
                    let Some(m) = t.strip_prefix('+') else {
                        return Err(bad(file, ln, format!("synset `&{name}` members must start with `+`")));
                    };
                    let items = parse_elems(file, ln, m)?;
                    if items.is_empty() {
                        return Err(bad(file, ln, "empty synset member"));
                    }
                    let mut member = Vec::new();
                    for it in items {
                        match it.elem {
                            PElem::Word(_) | PElem::Syn(_) => {
                                if let PElem::Syn(s) = &it.elem {
                                    syn_refs.push((ln, s.clone()));
                                }
                                member.push(it.elem)
                            }
                            _ => return Err(bad(file, ln, "synset members hold words and &SYNSETS only")),
                        }
                    }
                    let name = name.clone();
                    v.synsets.entry(name).or_default().push(member);
                }
                State::None => return Err(bad(file, ln, "verb line before any `--- VERB [code] ---` header")),
                State::Block => {
                    let block = v.blocks.len() - 1;
                    let body = t.strip_prefix('+').unwrap_or(t);
                    let (main, irregular) = match body.find('{') {
                        Some(i) => {
                            let Some(j) = body[i..].find('}').map(|j| i + j) else {
                                return Err(bad(file, ln, "unterminated `{`"));
                            };
                            let forms: Vec<String> = body[i + 1..j].split_whitespace().map(str::to_string).collect();
                            (format!("{} {}", &body[..i], &body[j + 1..]), forms)
                        }
                        None => (body.to_string(), Vec::new()),
                    };
                    let (head, codes) = split_codes(file, ln, &main)?;
                    let code = codes.first().map(|c| c.trim().to_uppercase());
                    let Some((pre, verb, post)) = split_verb_phrase(&head) else {
                        return Err(bad(file, ln, "verb line without a verb"));
                    };
                    let mut add = |word: String, pre: Vec<String>, post: Vec<String>, past: bool| {
                        let forms = v.forms.entry(word).or_default();
                        let f = VerbForm {
                            block,
                            pre,
                            post,
                            code: code.clone(),
                            past,
                        };
                        if !forms.contains(&f) {
                            forms.push(f);
                        }
                    };
                    // A block written in the past (`KILLED`, `EASED`) keeps that reading.
                    let base_past = verb.ends_with("ED");
                    for (w, past) in regular_forms(&verb) {
                        let p = past || (base_past && w == verb);
                        add(w, pre.clone(), post.clone(), p);
                    }
                    for irr in irregular {
                        let Some((ipre, iverb, ipost)) = split_verb_phrase(&irr) else {
                            continue;
                        };
                        let past = !(iverb.ends_with('S') || iverb.ends_with("ING"));
                        add(iverb, ipre, ipost, past);
                    }
                }
            }
        }
    }
    for (ln, s) in syn_refs {
        if !v.synsets.contains_key(&s) {
            return Err(bad(file, ln, format!("unknown synset `&{s}`")));
        }
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_codes_dates_synonyms() {
        let t = "# c\n<!-- a\n multi -->\nGONDOR [GON]\n+MINAS_TIRITH\nSMEAGOL # x\n+SLINKER\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\nTHE_SHIRE [FRO/BIL/SAM] [SHR 20100101-20101231]\n";
        let a = parse_actors("a.txt", t).unwrap();
        assert_eq!(a.entries.len(), 3);
        assert_eq!(a.phrases.len(), 5);
        let s = &a.entries[1];
        assert_eq!(s.code_at(Some(19950101)), "HOB");
        assert_eq!(s.code_at(Some(19950601)), "HOBGOV");
        assert_eq!(s.code_at(Some(19990815)), "HOBGOV");
        assert_eq!(s.code_at(Some(20010101)), "HOBREB");
        assert_eq!(a.entries[2].code_at(Some(20100505)), "SHR");
        assert_eq!(a.entries[2].code_at(None), "FRO/BIL/SAM");
        assert_eq!(a.phrases[1].0, vec!["MINAS", "TIRITH"]);
        assert_eq!(phrase_gaps("ITHILEN TELEVISION"), vec![true]);
        assert_eq!(phrase_gaps("MINAS_TIRITH_"), vec![false]);
        assert_eq!(phrase_gaps("UN DEPARTMENT_OF_PEACE "), vec![true, false, false]);
    }

    #[test]
    fn actor_errors_name_file_and_line() {
        let e = parse_actors("x.actors", "GONDOR [GON\n").unwrap_err();
        assert_eq!(e.to_string(), "x.actors:1: unterminated `[` (no closing `]`)");
        let e = parse_actors("x.actors", "A [A]\nB\nC [C]\n").unwrap_err();
        assert_eq!(e.to_string(), "x.actors:2: actor `B` has no code");
        let e = parse_actors("x.actors", "A [A 991399]\n").unwrap_err();
        assert!(e.to_string().starts_with("x.actors:1: bad date restriction"), "{e}");
        let e = parse_actors("x.actors", "A [A 991301-991302]\n").unwrap_err();
        assert!(e.to_string().starts_with("x.actors:1: bad date `991301`"), "{e}");
        let e = parse_actors("x.actors", "+B\n").unwrap_err();
        assert_eq!(e.to_string(), "x.actors:1: synonym `+` line before any actor");
        let e = parse_actors("x.actors", "A [950601-990815]\n").unwrap_err();
        assert!(e.to_string().contains("has a date but no code"), "{e}");
        let e = parse_actors("x.actors", "A [X] junk\n").unwrap_err();
        assert!(e.to_string().starts_with("x.actors:1: unexpected text"), "{e}");
    }

    #[test]
    fn agents_plurals_macros_prefix() {
        let t = "!PERSON! = MAN, MEN\nSOLDIER [~MIL]\nPOLICE {} [ ~COP]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\nCONGRESS!PERSON! [~LEG]\nMSF {} [NGO~]\nARMY [~MIL]\n";
        let a = parse_agents("g.txt", t).unwrap();
        let forms: Vec<String> = a.phrases.iter().map(|(p, _)| p.join(" ")).collect();
        for f in [
            "SOLDIER",
            "SOLDIERS",
            "POLICE",
            "GOLDEN GOOSE",
            "GOLDEN GEESE",
            "CONGRESSMAN",
            "CONGRESSMEN",
            "ARMIES",
        ] {
            assert!(forms.contains(&f.to_string()), "{f} in {forms:?}");
        }
        assert!(!forms.contains(&"POLICES".to_string()));
        assert!(!forms.contains(&"GOLDEN GOOSES".to_string()));
        assert!(a.entries[4].prefix);
        assert_eq!(a.entries[4].code, "NGO");
        assert_eq!(a.entries[1].code, "COP");
    }

    #[test]
    fn agent_errors() {
        let e = parse_agents("g", "SOLDIER [MIL]\n").unwrap_err();
        assert_eq!(e.to_string(), "g:1: agent code `[MIL]` must start or end with `~`");
        let e = parse_agents("g", "X!NOPE! [~A]\n").unwrap_err();
        assert_eq!(e.to_string(), "g:1: unknown substitution `!NOPE!`");
        let e = parse_agents("g", "\nSOLDIER\n").unwrap_err();
        assert!(
            e.to_string().starts_with("g:2: agent `SOLDIER` needs exactly one code"),
            "{e}"
        );
        let e = parse_agents("g", "A {B [~X]\n").unwrap_err();
        assert_eq!(e.to_string(), "g:1: unterminated `{`");
    }

    #[test]
    fn discards_story_and_sentence() {
        let d = parse_discards("d", "# c\nMONTHS LATER\n+World Golf Championships # x\n").unwrap();
        assert_eq!(d.sentence, vec![vec!["MONTHS".to_string(), "LATER".to_string()]]);
        assert_eq!(d.story[0].len(), 3);
        assert_eq!(
            parse_discards("d", "A\n+ \n").unwrap_err().to_string(),
            "d:2: empty discard phrase"
        );
    }

    #[test]
    fn verbs_blocks_forms_patterns_synsets() {
        let t = "&TIES_\n+MILITARY\n+TRADE &MORE\n&MORE\n+CLOSER\n--- BREAK [1717] ---\nBREAK { BROKE BROKEN }\n+BREAK_DOWN {+BROKE_DOWN}\nWIRE_+TAP {WIRE_+TAPPED} [1711]\n- + KNOWN_ * IN_ $  [076] # c\n- * &TIES_TIES [902]\n#- * X [1]\n--- MEET [031:032] ---\nMEET\n";
        let v = parse_verbs("v", t).unwrap();
        assert_eq!(v.blocks.len(), 2);
        assert_eq!(v.blocks[0].patterns.len(), 2);
        let p = &v.blocks[0].patterns[0];
        assert_eq!(p.star, 2);
        assert_eq!(p.code, "076");
        assert!(!p.items[1].closed_next);
        assert!(p.items[0].elem == PElem::Target);
        let p2 = &v.blocks[0].patterns[1];
        assert!(p2.items[1].closed_next);
        assert_eq!(p2.items[1].elem, PElem::Syn("TIES".into()));
        assert!(v.forms.contains_key("BROKEN"));
        assert!(v.forms.contains_key("BREAKS"));
        assert!(v.forms["BROKE"].iter().any(|f| f.post == vec!["DOWN".to_string()]));
        let tapped = &v.forms["TAPPED"][0];
        assert_eq!(tapped.pre, vec!["WIRE".to_string()]);
        assert_eq!(tapped.code.as_deref(), Some("1711"));
        assert!(v.forms.contains_key("MEETING"));
        assert_eq!(v.synsets["TIES"].len(), 2);
    }

    #[test]
    fn verb_errors() {
        let e = parse_verbs("v.txt", "--- A [01] ---\nA\n- X Y [02]\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "v.txt:3: pattern needs exactly one `*` (the verb), found 0"
        );
        let e = parse_verbs("v.txt", "--- A ---\n").unwrap_err();
        assert_eq!(e.to_string(), "v.txt:1: verb block `A` has no [code]");
        let e = parse_verbs("v.txt", "- * X [1]\n").unwrap_err();
        assert_eq!(e.to_string(), "v.txt:1: pattern line outside a verb block");
        let e = parse_verbs("v.txt", "--- A [1] ---\nA\n- * &NOPE [2]\n").unwrap_err();
        assert_eq!(e.to_string(), "v.txt:3: unknown synset `&NOPE`");
        let e = parse_verbs("v.txt", "&HARM_NOUNS\n+KILLING\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "v.txt:1: synset name `&HARM_NOUNS` holds `_`, which joins pattern words"
        );
        let e = parse_verbs("v.txt", "--- A [1] ---\nA\n- * X\n").unwrap_err();
        assert_eq!(e.to_string(), "v.txt:3: pattern has no [code]");
        let e = parse_verbs("v.txt", "&S\nX\n").unwrap_err();
        assert_eq!(e.to_string(), "v.txt:2: synset `&S` members must start with `+`");
    }

    #[test]
    fn regular_verb_forms() {
        let f: Vec<String> = regular_forms("DEPART").into_iter().map(|x| x.0).collect();
        assert_eq!(f, vec!["DEPART", "DEPARTS", "DEPARTED", "DEPARTING"]);
        let f: Vec<String> = regular_forms("CRITICIZE").into_iter().map(|x| x.0).collect();
        assert!(f.contains(&"CRITICIZED".to_string()) && f.contains(&"CRITICIZING".to_string()));
        let f: Vec<String> = regular_forms("DENY").into_iter().map(|x| x.0).collect();
        assert!(f.contains(&"DENIES".to_string()) && f.contains(&"DENIED".to_string()));
        let f: Vec<String> = regular_forms("STOP").into_iter().map(|x| x.0).collect();
        assert!(f.contains(&"STOPPED".to_string()));
        let f: Vec<String> = regular_forms("EXPEL").into_iter().map(|x| x.0).collect();
        assert!(f.contains(&"EXPELLED".to_string()) && f.contains(&"EXPELLING".to_string()));
        let f: Vec<String> = regular_forms("CANCEL").into_iter().map(|x| x.0).collect();
        assert!(f.contains(&"CANCELED".to_string()) && f.contains(&"CANCELLED".to_string()));
    }
}
