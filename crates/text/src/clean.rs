//! `clean()`: normalized body text with the boilerplate (dateline, credits, related links, copyright) split off.

use crate::data::{ColonRule, LineKind, LinePattern, DATA};
use crate::normalize::normalize;
use crate::CleanText;
use regex::Regex;
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;
use warta_core::DocMeta;

/// How many leading non-blank lines (and bytes) may hold the dateline: headline, byline, timestamp and a photo
/// caption often come first.
const DATELINE_MAX_LINES: usize = 12;
const DATELINE_MAX_BYTES: usize = 3000;

struct Patterns {
    /// `Brussels/Paris (ANTARA News) -`, `LONDON, Nov 18 (Reuters) -`.
    paren: Regex,
    /// `Jakarta, CNN Indonesia --`, `JAKARTA, KOMPAS.com -`.
    place_agency: Regex,
    /// `TEMPO.CO, Jakarta -`, `Liputan6.com, Jakarta -`.
    agency_place: Regex,
    /// `Suara.com - `.
    agency: Regex,
    /// `KONTAN.CO.ID - JAKARTA. `.
    agency_dash_place: Regex,
    /// `YANGON - `, `Jakarta -`.
    place: Regex,
    /// `JAKARTA: `.
    place_colon: Regex,
    /// A line that is only `VIVA.co.id` (the dash follows on the next line).
    agency_line: Regex,
    /// `Editor: X`, `Penulis : Y` inside one credits line.
    roles: Regex,
    /// In-body credit of an agency: `demikian Reuters`, `dilansir AFP`.
    attribution: Regex,
}

fn agency_alternation() -> String {
    let mut seen = HashSet::new();
    let mut sp: Vec<&str> = DATA
        .agencies
        .iter()
        .filter(|a| !a.tag_only)
        .map(|a| a.spelling)
        .filter(|s| seen.insert(s.to_lowercase()))
        .collect();
    // Longest first: the regex alternation prefers the earlier branch (`KOMPAS.com` before `Kompas`).
    sp.sort_by_key(|s| std::cmp::Reverse(s.len()));
    sp.iter().map(|s| regex::escape(s)).collect::<Vec<_>>().join("|")
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let ag = agency_alternation();
    // A place word: `JAKARTA`, `Brussels`, `S'pore`, `D.C.`; a place: up to four words; places: split on `/`.
    let pw = r"(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}']*";
    let p = format!("(?:{pw})(?: (?:{pw})){{0,3}}");
    let ps = format!("{p}(?: ?/ ?{p}){{0,4}}");
    let dash = r" ?-{1,3}(?: +|$)";
    // With an agency named, a colon also ends the dateline (`Metrotvnews.com, Jakarta: ...`).
    let dash_or_colon = r"(?: ?-{1,3}(?: +|$)|: +)";
    // Any outlet written as a domain (`TRIBUNJATENG.COM`, `Suara.com`) counts as an agency, listed or not.
    let ag = format!(r"{ag}|[a-z][a-z0-9-]*\.(?:co\.id|com|id|net|tv|co)");
    // (A lazy DFA cache of 8 MB, not the default 2 MB: with the default, the dateline patterns'
    // Unicode classes and counted repeats fill the cache, the DFA gives up and every line is run
    // through the backtracker, which clears a bit set as large as the line each time: 0.5 M
    // instructions per English article. The cache grows only as far as it is used.)
    let rx = |s: &str| {
        regex::RegexBuilder::new(s)
            .dfa_size_limit(8 << 20)
            .build()
            .unwrap_or_else(|e| panic!("warta-text pattern {s}: {e}"))
    };
    let roles: Vec<String> = DATA
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::Editor)
        .map(|l| regex::escape(l.prefix))
        .collect();
    // Trigger words are matched case-sensitively apart from their first letter, so that the regex keeps a fast
    // literal prefilter; the agency name after them is matched case-insensitively.
    let credit_words = [
        r"[Dd]emikian(?: (?:laporan|dilaporkan|dikutip dari|dilansir|dilansir dari|kata|menurut))?",
        r"(?:[Ss]eperti |[Ss]ebagaimana )?[Dd]ilansir(?: dari)?",
        r"(?:[Ss]eperti |[Ss]ebagaimana )?[Dd]ikutip(?: dari)?",
        r"(?:[Ss]eperti |[Ss]ebagaimana )?[Dd]ilaporkan",
        r"[Mm]elansir",
        r"[Mm]engutip laporan",
        r"[Kk]antor berita",
        r"[Aa]ccording to",
        r"[Rr]eported by",
    ]
    .join("|");
    Patterns {
        paren: rx(&format!(
            r"^(?P<places>{ps})(?P<qual>(?:, [^,()]{{1,30}}){{0,3}}),? ?\((?P<agency>[^()]{{2,40}})\){dash}"
        )),
        place_agency: rx(&format!(r"^(?P<places>{ps}), ?(?P<agency>(?i:{ag})){dash_or_colon}")),
        agency_place: rx(&format!(r"^(?P<agency>(?i:{ag})), ?(?P<places>{ps}){dash_or_colon}")),
        agency: rx(&format!(r"^(?P<agency>(?i:{ag})){dash}")),
        agency_dash_place: rx(&format!(r"^(?P<agency>(?i:{ag})) ?-{{1,3}} ?(?P<places>{ps})\. +")),
        place: rx(&format!(r"^(?P<places>{ps}){dash}")),
        // (`GAZA CITY, Palestinian Territories: …`: a region or country after the place.)
        place_colon: rx(&format!(
            r"^(?P<places>{ps})(?P<qual>, \p{{Lu}}[\p{{L}}']*(?: \p{{Lu}}[\p{{L}}']*){{0,3}})?: +"
        )),
        agency_line: rx(&format!(r"^(?:(?P<places>{ps}), ?)?(?P<agency>(?i:{ag}))$")),
        roles: rx(&format!(r"(?i)(?:^|\s)({}) ?: ?", roles.join("|"))),
        attribution: rx(&format!(
            r"(?-u:\b)(?:{credit_words}) (?:kantor berita )?(?P<agency>(?i:{ag}))(?-u:\b)"
        )),
    }
});

/// A dateline found in a line.
struct Dateline {
    places: Vec<String>,
    agency: Option<String>,
    /// Byte range of the line taken by the dateline (text before `start` is kept as its own line).
    start: usize,
    end: usize,
    /// Text before `start` is a syndication tag to drop, not text to keep.
    drop_before: bool,
    /// The date a wire dateline carries (`LONDON, Nov 18 (Reuters)` → `Nov 18`).
    date: Option<String>,
}

pub(crate) fn clean(raw: &str) -> CleanText {
    let norm = normalize(raw);
    let mut lines: Vec<Cow<str>> = norm.split('\n').map(Cow::Borrowed).collect();
    let mut meta = DocMeta::default();
    let mut credits = Vec::new();
    take_boilerplate_lines(&mut lines, &mut meta, &mut credits);
    take_dateline(&mut lines, &mut meta);
    take_closing_tag(&mut lines, &mut meta, &mut credits);
    let body = join_paragraphs(&lines);
    for c in PATTERNS.attribution.captures_iter(&body) {
        if let Some(name) = c
            .name("agency")
            .and_then(|m| DATA.agency_all.get(&m.as_str().to_lowercase()))
        {
            push_unique(&mut meta.attribution, name);
        }
    }
    CleanText { body, meta, credits }
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

/// The boilerplate pattern a line matches, with the value after the prefix.
fn match_line(line: &str) -> Option<(&'static LinePattern, &str)> {
    let first = line.bytes().next()?;
    let mut chars = None;
    for p in &DATA.lines {
        let n = p.prefix.len();
        let pb = p.prefix.as_bytes();
        if line.len() < n || !pb[0].eq_ignore_ascii_case(&first) || !line.is_char_boundary(n) {
            continue;
        }
        if !line.as_bytes()[..n].eq_ignore_ascii_case(pb) {
            continue;
        }
        if *chars.get_or_insert_with(|| line.chars().count()) > p.max_chars {
            continue;
        }
        let rest = &line[n..];
        let value = match p.colon {
            ColonRule::Exact if rest.is_empty() => "",
            ColonRule::Exact => continue,
            ColonRule::Required => match rest.trim_start().strip_prefix(':') {
                Some(v) => v.trim(),
                None => continue,
            },
            ColonRule::Optional => {
                // `Baca juga` must not match `Baca jugalah`; `©` needs no boundary.
                let word_prefix = p.prefix.chars().last().is_some_and(char::is_alphanumeric);
                if word_prefix && rest.chars().next().is_some_and(char::is_alphanumeric) {
                    continue;
                }
                rest.trim_start_matches([':', ' ', '|', '-']).trim()
            }
        };
        return Some((p, value));
    }
    None
}

fn take_boilerplate_lines(lines: &mut [Cow<str>], meta: &mut DocMeta, credits: &mut Vec<String>) {
    let mut editor_rank = usize::MAX;
    for line in lines.iter_mut() {
        let Some((pat, value)) = match_line(line) else {
            continue;
        };
        match pat.kind {
            LineKind::Related => meta.related.push(value.to_string()),
            LineKind::Copyright => {
                meta.copyright.get_or_insert_with(|| line.to_string());
            }
            LineKind::Credit => credits.push(line.to_string()),
            LineKind::Attribution => {
                let mut known = false;
                for part in value.split([',', '/', ';']).map(str::trim) {
                    if let Some(name) = DATA.agency_any.get(&part.to_lowercase()) {
                        push_unique(&mut meta.attribution, name);
                        known = true;
                    }
                }
                if !known {
                    credits.push(line.to_string());
                }
            }
            LineKind::Editor => {
                credits.push(line.to_string());
                // One line may hold several roles: `Penulis : A Editor : B`.
                let rx = &PATTERNS.roles;
                let found: Vec<_> = rx.captures_iter(line).collect();
                for (i, c) in found.iter().enumerate() {
                    let (Some(whole), Some(role)) = (c.get(0), c.get(1)) else {
                        continue;
                    };
                    let end = found
                        .get(i + 1)
                        .and_then(|n| n.get(0))
                        .map_or(line.len(), |m| m.start());
                    let name = line[whole.end()..end]
                        .trim()
                        .trim_end_matches(['|', ',', ';'])
                        .trim_end();
                    let rank = DATA
                        .lines
                        .iter()
                        .find(|l| l.kind == LineKind::Editor && l.prefix.eq_ignore_ascii_case(role.as_str()))
                        .map_or(usize::MAX - 1, |l| l.rank);
                    if !name.is_empty() && rank < editor_rank {
                        editor_rank = rank;
                        meta.editor = Some(name.to_string());
                    }
                }
            }
            LineKind::Drop => {}
        }
        *line = Cow::Borrowed("");
    }
}

/// Index of the next non-blank line after `i`.
fn next_nonblank(lines: &[Cow<str>], i: usize) -> Option<usize> {
    (i + 1..lines.len()).find(|&j| !lines[j].is_empty())
}

fn take_dateline(lines: &mut Vec<Cow<str>>, meta: &mut DocMeta) {
    let (mut seen, mut bytes) = (0, 0);
    for i in 0..lines.len() {
        if lines[i].is_empty() {
            continue;
        }
        seen += 1;
        bytes += lines[i].len();
        if seen > DATELINE_MAX_LINES || bytes > DATELINE_MAX_BYTES {
            return;
        }
        let next = next_nonblank(lines, i);
        // `VIVA.co.id` alone, the dash opening the next line.
        if let Some(j) = next {
            if let Some(c) = PATTERNS.agency_line.captures(&lines[i]) {
                let rest = lines[j].trim_start_matches('-');
                if rest.len() < lines[j].len() && rest.starts_with(' ') {
                    if let Some(places) = c
                        .name("places")
                        .map_or(Some(Vec::new()), |m| places_of(m.as_str(), false))
                    {
                        meta.datelines = places;
                        meta.agency = c.name("agency").map(|m| m.as_str().to_string());
                        let rest = rest.trim_start().to_string();
                        lines[j] = Cow::Owned(rest);
                        lines[i] = Cow::Borrowed("");
                        return;
                    }
                }
            }
        }
        let Some(d) = find_dateline(&lines[i], next.is_some()) else {
            continue;
        };
        meta.datelines = d.places;
        meta.agency = d.agency;
        meta.dateline_date = d.date;
        let line = &lines[i];
        let before = line[..d.start].trim();
        let after = line[d.end..].trim();
        let mut replacement = Vec::new();
        if !before.is_empty() && !d.drop_before {
            replacement.push(Cow::Owned(before.to_string()));
        }
        if !after.is_empty() {
            replacement.push(Cow::Owned(after.to_string()));
        }
        if replacement.is_empty() {
            replacement.push(Cow::Borrowed(""));
        }
        lines.splice(i..=i, replacement);
        return;
    }
}

/// Where a dateline may start in a line: at its start, after a syndication tag `(MENAFN- … )`, or glued to a
/// timestamp (`21:25 WIBJAKARTA, KOMPAS.TV -`).
fn find_dateline(line: &str, has_next: bool) -> Option<Dateline> {
    if let Some(d) = dateline_at(line, 0, has_next) {
        return Some(d);
    }
    if line.starts_with('(') {
        let mut depth = 0usize;
        for (i, c) in line.char_indices().take(120) {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        let s = i + 1 + (line[i + 1..].len() - line[i + 1..].trim_start().len());
                        return dateline_at(line, s, has_next).map(|d| Dateline { drop_before: true, ..d });
                    }
                }
                _ => {}
            }
        }
        return None;
    }
    for zone in ["WITA", "WIB", "WIT", "GMT"] {
        let mut from = 0;
        while let Some(k) = line[from..].find(zone) {
            let s = from + k + zone.len();
            if line[s..].chars().next().is_some_and(char::is_uppercase) {
                if let Some(d) = dateline_at(line, s, has_next) {
                    return Some(d);
                }
            }
            from = s;
            if from > 300 {
                break;
            }
        }
    }
    None
}

fn is_known_agency(s: &str) -> bool {
    DATA.agency_all.contains_key(&s.trim().to_lowercase())
}

fn dateline_at(line: &str, s: usize, has_next: bool) -> Option<Dateline> {
    let text = &line[s..];
    let p = &*PATTERNS;
    let hit = |m: regex::Captures, places: Vec<String>, agency: Option<String>, date: Option<String>| {
        let end = s + m.get(0).map_or(0, |m| m.end());
        // A dateline alone on its line needs the story on a following line.
        (end < line.len() || has_next).then_some(Dateline {
            places,
            agency,
            start: s,
            end,
            drop_before: false,
            date,
        })
    };
    let rest_ok = |c: &regex::Captures| {
        let rest = &text[c.get(0).map_or(0, |m| m.end())..];
        rest.chars()
            .next()
            .is_none_or(|ch| ch.is_uppercase() || ch == '"' || ch == '\'')
    };
    if let Some(c) = p.paren.captures(text) {
        let agency = c.name("agency").map_or("", |m| m.as_str()).trim();
        let places_str = c.name("places").map_or("", |m| m.as_str());
        let agency_known = agency.split('/').any(is_known_agency);
        let first_upper = agency.chars().next().is_some_and(char::is_uppercase);
        if first_upper && (agency_known || places_of(places_str, true).is_some()) {
            if let Some(mut places) = places_of(places_str, false) {
                // `LONDON, Nov 18 (Reuters)`: dates are not places; they are kept as the
                // dateline's date (`May 2, 2023` spans two parts).
                let mut date: Vec<&str> = Vec::new();
                for q in c.name("qual").map_or("", |m| m.as_str()).split(',').map(str::trim) {
                    // (`KABUL, Wednesday (Reuters)`: a weekday alone is a date too.)
                    if q.chars().any(|ch| ch.is_ascii_digit()) || DATA.weekdays.contains(q.to_lowercase().as_str()) {
                        date.push(q);
                    } else if !q.is_empty() {
                        places.extend(places_of(q, false).unwrap_or_default());
                    }
                }
                let date = (!date.is_empty()).then(|| date.join(", "));
                return hit(c, places, Some(agency.to_string()), date);
            }
        }
    }
    for rx in [&p.agency_place, &p.place_agency, &p.agency_dash_place] {
        if let Some(c) = rx.captures(text) {
            if let Some(places) = places_of(c.name("places").map_or("", |m| m.as_str()), false) {
                let agency = c.name("agency").map(|m| m.as_str().to_string());
                return hit(c, places, agency, None);
            }
        }
    }
    if let Some(c) = p.agency.captures(text) {
        // `Kompas.com - 23/07/2014, 15:10 WIB` is a timestamp line, not a dateline.
        let rest = &text[c.get(0).map_or(0, |m| m.end())..];
        if !rest.starts_with(|ch: char| ch.is_ascii_digit()) {
            let agency = c.name("agency").map(|m| m.as_str().to_string());
            return hit(c, Vec::new(), agency, None);
        }
    }
    for rx in [&p.place, &p.place_colon] {
        if let Some(c) = rx.captures(text) {
            if rest_ok(&c) {
                if let Some(mut places) = places_of(c.name("places").map_or("", |m| m.as_str()), true) {
                    if let Some(q) = c.name("qual") {
                        places.extend(places_of(q.as_str().trim_start_matches(',').trim(), false).unwrap_or_default());
                    }
                    return hit(c, places, None, None);
                }
            }
        }
    }
    None
}

/// Places of a dateline (`Brussels/Paris`, `KUALA LUMPUR`), capitals turned to Title case. `strict`: each place must
/// be written in capitals (4+ letters, so that `KPK - …` is no dateline) or be a known dateline place.
fn places_of(s: &str, strict: bool) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for part in s.split('/').map(str::trim).filter(|p| !p.is_empty()) {
        if DATA.not_places.contains(&part.to_lowercase()) {
            return None;
        }
        let letters = part.chars().filter(|c| c.is_alphabetic()).count();
        let caps = letters > 0 && !part.chars().any(char::is_lowercase);
        if strict && !(caps && letters >= 4) && !DATA.places.contains(&part.to_lowercase()) {
            return None;
        }
        out.push(if caps && letters >= 4 {
            title_case(part)
        } else {
            part.to_string()
        });
    }
    (!out.is_empty()).then_some(out)
}

fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric() && c != '\'';
    }
    out
}

/// A closing tag after the last sentence: editor initials `(asp)`, `[vm/ah]`, `(REN)` or an agency `(Reuters)`,
/// `(ant/afp)`. Only taken when every part is an agency or looks like initials.
fn take_closing_tag(lines: &mut [Cow<str>], meta: &mut DocMeta, credits: &mut Vec<String>) {
    let Some(last) = lines.iter().rposition(|l| !l.is_empty()) else {
        return;
    };
    let line = &lines[last];
    // `- AFP`, `REUTERS`, `... said. - Reuters`: a closing agency credit after a dash or alone on the line.
    let (before, tail) = match line.rfind("- ") {
        Some(k) => (line[..k].trim_end(), &line[k + 2..]),
        None => ("", line.as_ref()),
    };
    if before.is_empty() || before.ends_with(['.', '!', '?', '"', '\'']) {
        if let Some(found) = all_agencies(tail) {
            for a in found {
                push_unique(&mut meta.attribution, a);
            }
            credits.push(line[before.len()..].trim().to_string());
            lines[last] = Cow::Owned(before.to_string());
            return;
        }
    }
    let Some(close) = line.chars().last().filter(|&c| c == ')' || c == ']') else {
        return;
    };
    let open_ch = if close == ')' { '(' } else { '[' };
    let Some(open) = line.rfind(open_ch) else {
        return;
    };
    let inner = &line[open + 1..line.len() - 1];
    let before = line[..open].trim_end();
    if !before.is_empty() && !before.ends_with(['.', '!', '?', '"', '\'']) {
        return;
    }
    let mut agencies = Vec::new();
    for part in inner.split(['/', ',']).map(str::trim) {
        if let Some(name) = DATA.agency_any.get(&part.to_lowercase()) {
            agencies.push(*name);
        } else if !(2..=6).contains(&part.len()) || !part.bytes().all(|b| b.is_ascii_alphabetic()) {
            return;
        }
    }
    for a in agencies {
        push_unique(&mut meta.attribution, a);
    }
    credits.push(line[open..].to_string());
    lines[last] = Cow::Owned(before.to_string());
}

/// The agencies of a credit like `AFP`, `Reuters/AP`, `AFP, Reuters and AP`, when every part is a known agency.
fn all_agencies(s: &str) -> Option<Vec<&'static str>> {
    let s = s.trim();
    if s.is_empty() || s.len() > 80 {
        return None;
    }
    let mut out = Vec::new();
    for part in s
        .split([',', '/', '&'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" dan "))
    {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        out.push(*DATA.agency_all.get(&part.to_lowercase())?);
    }
    (!out.is_empty()).then_some(out)
}

/// The line ends a sentence or a heading: no wrapped continuation follows.
fn ends_closed(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '"', '\'', ')', ']', ':', ';', '\u{2026}'])
}

fn starts_lower(line: &str) -> bool {
    line.chars().next().is_some_and(char::is_lowercase)
}

fn is_bullet(line: &str) -> bool {
    line.starts_with(['\u{2022}', '*', '-', '\u{00B7}'])
}

/// Joins lines into paragraphs separated by `\n`. Blank (or removed) lines always separate paragraphs; a single line
/// break is kept as a paragraph break unless the page was hard-wrapped: the line does not close a sentence and the
/// next starts in lower case (or, in a document seen to be hard-wrapped, the line is long).
fn join_paragraphs(lines: &[Cow<str>]) -> String {
    let adjacent = lines.windows(2).filter(|w| !w[0].is_empty() && !w[1].is_empty());
    let wrapped_pairs = adjacent
        .filter(|w| w[0].len() >= 30 && !ends_closed(&w[0]) && starts_lower(&w[1]) && !is_bullet(&w[1]))
        .count();
    let wrapped_doc = wrapped_pairs >= 2;
    let mut body = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
    let mut prev: Option<&str> = None;
    for line in lines {
        if line.is_empty() {
            prev = None;
            continue;
        }
        if !body.is_empty() {
            let join = prev.is_some_and(|p| {
                !ends_closed(p)
                    && !is_bullet(line)
                    && (starts_lower(line) || (wrapped_doc && p.len() >= 40 && !is_bullet(p)))
            });
            body.push(if join { ' ' } else { '\n' });
        }
        body.push_str(line);
        prev = Some(line);
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> CleanText {
        clean(s)
    }

    #[test]
    fn antara_style_dateline_with_two_places() {
        let t = c("Surabaya/Malang (ANTARA News) - Hujan deras melanda dua kota itu.\n\nWarga mengungsi.");
        assert_eq!(t.meta.datelines, vec!["Surabaya", "Malang"]);
        assert_eq!(t.meta.agency.as_deref(), Some("ANTARA News"));
        assert_eq!(t.body, "Hujan deras melanda dua kota itu.\nWarga mengungsi.");
    }

    #[test]
    fn place_comma_agency_datelines() {
        let t = c("BANDUNG, KOMPAS.com - Gubernur meresmikan jembatan baru.");
        assert_eq!(t.meta.datelines, vec!["Bandung"]);
        assert_eq!(t.meta.agency.as_deref(), Some("KOMPAS.com"));
        assert_eq!(t.body, "Gubernur meresmikan jembatan baru.");
        let t = c("Medan, CNN Indonesia -- Polisi menangkap dua orang.");
        assert_eq!(t.meta.datelines, vec!["Medan"]);
        assert_eq!(t.meta.agency.as_deref(), Some("CNN Indonesia"));
        assert_eq!(t.body, "Polisi menangkap dua orang.");
    }

    #[test]
    fn a_weekday_in_a_wire_dateline_is_its_date() {
        // changes: `Wednesday` is the dateline's date, not a place
        let t = c("KABUL, Wednesday (Reuters) - Taliban forces detained two journalists.");
        assert_eq!(t.meta.datelines, vec!["Kabul"]);
        assert_eq!(t.meta.dateline_date.as_deref(), Some("Wednesday"));
        let t = c("KABUL, Rabu (Antara) - Pasukan Taliban menahan dua wartawan.");
        assert_eq!(t.meta.dateline_date.as_deref(), Some("Rabu"));
        // kept: a region after the place is a place, a written date the date
        let t = c("GAZA CITY, Gaza Strip (Wire) - Rockets were fired.");
        assert_eq!(t.meta.datelines, vec!["Gaza City", "Gaza Strip"]);
        assert_eq!(t.meta.dateline_date, None);
        let t = c("LONDON, Nov 18 (Reuters) - Britain said.");
        assert_eq!(t.meta.dateline_date.as_deref(), Some("Nov 18"));
    }

    #[test]
    fn agency_comma_place_datelines() {
        for (raw, agency, place) in [
            ("TEMPO.CO, Semarang - Banjir surut.", "TEMPO.CO", "Semarang"),
            ("Liputan6.com, Jakarta - Banjir surut.", "Liputan6.com", "Jakarta"),
            ("REPUBLIKA.CO.ID, KAIRO -- Banjir surut.", "REPUBLIKA.CO.ID", "Kairo"),
        ] {
            let t = c(raw);
            assert_eq!(t.meta.agency.as_deref(), Some(agency), "{raw}");
            assert_eq!(t.meta.datelines, vec![place], "{raw}");
            assert_eq!(t.body, "Banjir surut.", "{raw}");
        }
    }

    #[test]
    fn wire_datelines_with_dates_and_qualifiers() {
        let t = c("OTTAWA, March 3 (Reuters) - Canada said on Tuesday it would send aid.");
        assert_eq!(t.meta.datelines, vec!["Ottawa"]);
        assert_eq!(t.meta.agency.as_deref(), Some("Reuters"));
        assert_eq!(t.meta.dateline_date.as_deref(), Some("March 3"));
        assert_eq!(t.body, "Canada said on Tuesday it would send aid.");
        let t = c("AMMAN, Jordan, May 2, 2023 (BSS/AFP) - Talks resumed.");
        assert_eq!(t.meta.datelines, vec!["Amman", "Jordan"]);
        assert_eq!(t.meta.agency.as_deref(), Some("BSS/AFP"));
        assert_eq!(t.meta.dateline_date.as_deref(), Some("May 2, 2023"));
        let t = c("(MENAFN- Some Wire (SW)) NAIROBI, June 1 (KUNA) -- Talks resumed.");
        assert_eq!(t.meta.datelines, vec!["Nairobi"]);
        assert_eq!(t.body, "Talks resumed.");
    }

    #[test]
    fn bare_place_datelines_need_capitals_or_a_known_place() {
        let t = c("ACEH - Gempa mengguncang pesisir barat.");
        assert_eq!(t.meta.datelines, vec!["Aceh"]);
        assert_eq!(t.body, "Gempa mengguncang pesisir barat.");
        let t = c("Bandung: Wali kota membuka pasar.");
        assert_eq!(t.meta.datelines, vec!["Bandung"]);
        let t = c("GAZA CITY, Palestinian Territories: Four children were killed.");
        assert_eq!(t.meta.datelines, vec!["Gaza City", "Palestinian Territories"]);
        assert_eq!(t.body, "Four children were killed.");
        // A lower-case word after the comma is the sentence, not a qualifier.
        let t = c("Catatan, rapat: Rapat ditunda.");
        assert!(t.meta.datelines.is_empty());
        // Not a place: stays in the body.
        let t = c("Catatan: Rapat ditunda.");
        assert!(t.meta.datelines.is_empty());
        assert_eq!(t.body, "Catatan: Rapat ditunda.");
        let t = c("KPK - Penyidik memeriksa saksi.");
        assert!(t.meta.datelines.is_empty());
        for raw in [
            "VIDEO - Banjir merendam kota.",
            "FOTO: Banjir merendam kota.",
            "BREAKING NEWS - Banjir.",
        ] {
            let t = c(raw);
            assert!(t.meta.datelines.is_empty(), "{raw}");
            assert_eq!(t.body, raw);
        }
        let t = c("KONTAN.CO.ID - MEDAN. Harga cabai naik.");
        assert_eq!(t.meta.datelines, vec!["Medan"]);
        assert_eq!(t.body, "Harga cabai naik.");
    }

    #[test]
    fn dateline_after_headline_and_timestamp_lines() {
        let t = c("Banjir Rendam Kota\n\nSenin, 2 Mei 2022 10:00 WIB\nSuara.com - Banjir merendam kota.\n");
        assert_eq!(t.meta.agency.as_deref(), Some("Suara.com"));
        assert!(t.meta.datelines.is_empty());
        assert_eq!(
            t.body,
            "Banjir Rendam Kota\nSenin, 2 Mei 2022 10:00 WIB\nBanjir merendam kota."
        );
        // An outlet name before a timestamp is no dateline.
        let t = c("Kompas.com - 02/05/2022, 10:00 WIB\nMEDAN, KOMPAS.com - Banjir merendam kota.");
        assert_eq!(t.meta.datelines, vec!["Medan"]);
        assert_eq!(t.body, "Kompas.com - 02/05/2022, 10:00 WIB\nBanjir merendam kota.");
    }

    #[test]
    fn unlisted_outlets_written_as_domains() {
        let t = c("TRIBUNJATIM.COM, MALANG - Warga berkumpul.");
        assert_eq!(t.meta.agency.as_deref(), Some("TRIBUNJATIM.COM"));
        assert_eq!(t.meta.datelines, vec!["Malang"]);
        let t = c("Koranmadura.com, Sumenep: Warga berkumpul.");
        assert_eq!(t.meta.datelines, vec!["Sumenep"]);
        assert_eq!(t.body, "Warga berkumpul.");
        let t = c("Palu, (ANTARA) - Warga berkumpul.");
        assert_eq!(t.meta.datelines, vec!["Palu"]);
        assert_eq!(t.body, "Warga berkumpul.");
    }

    #[test]
    fn dateline_on_its_own_line() {
        let t = c("Judul Berita\nJakarta -\n\nPolisi berjaga di lokasi.");
        assert_eq!(t.meta.datelines, vec!["Jakarta"]);
        assert_eq!(t.body, "Judul Berita\nPolisi berjaga di lokasi.");
        let t = c("Judul Berita\nVIVA.co.id\n- Polisi berjaga di lokasi.");
        assert_eq!(t.meta.agency.as_deref(), Some("VIVA.co.id"));
        assert_eq!(t.body, "Judul Berita\nPolisi berjaga di lokasi.");
    }

    #[test]
    fn dateline_glued_to_a_timestamp() {
        let t = c("Judul\nKompas dunia | 2 Mei 2022, 10:00 WIBMEDAN, KOMPAS.TV - Banjir merendam kota.");
        assert_eq!(t.meta.datelines, vec!["Medan"]);
        assert_eq!(t.meta.agency.as_deref(), Some("KOMPAS.TV"));
        assert_eq!(
            t.body,
            "Judul\nKompas dunia | 2 Mei 2022, 10:00 WIB\nBanjir merendam kota."
        );
    }

    #[test]
    fn credits_copyright_and_related_lines_leave_the_body() {
        let raw = "Hujan turun.\nBaca juga: Banjir di Kota Lama\nWarga mengungsi.\n\nPewarta: Budi Santoso\nEditor: Siti Aminah\nCOPYRIGHT \u{00A9} ANTARA 2021";
        let t = c(raw);
        assert_eq!(t.body, "Hujan turun.\nWarga mengungsi.");
        assert_eq!(t.meta.related, vec!["Banjir di Kota Lama"]);
        assert_eq!(t.meta.editor.as_deref(), Some("Siti Aminah"));
        assert_eq!(t.meta.copyright.as_deref(), Some("COPYRIGHT \u{00A9} ANTARA 2021"));
        // The role words must be followed by a colon to count.
        let t = c("Editor senior itu mengundurkan diri.");
        assert_eq!(t.body, "Editor senior itu mengundurkan diri.");
        assert_eq!(t.meta.editor, None);
    }

    #[test]
    fn related_story_lines_in_their_spellings() {
        let raw = "Hujan turun.\nBACA JUGA : Banjir Lagi\nRead also: Floods return\nLihat juga video banjir\nWarga mengungsi.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nAir surut.";
        let t = c(raw);
        assert_eq!(t.meta.related, vec!["Banjir Lagi", "Floods return", "video banjir"]);
        assert_eq!(t.body, "Hujan turun.\nWarga mengungsi.\nAir surut.");
        let t = c("Polisi berjaga.\n[Gambas:Video CNN]\nSimak Video: Banjir di Kota\nWarga lega.");
        assert_eq!(t.body, "Polisi berjaga.\nWarga lega.");
        // `Baca` as an ordinary verb stays.
        assert_eq!(c("Baca jugalah buku itu.").body, "Baca jugalah buku itu.");
    }

    #[test]
    fn several_roles_on_one_line() {
        let t = c("Hujan turun.\nPenulis : Andi Wijaya Editor : Rina Sari\nSumber : Reuters");
        assert_eq!(t.meta.editor.as_deref(), Some("Rina Sari"));
        assert_eq!(t.meta.attribution, vec!["Reuters"]);
        assert_eq!(t.body, "Hujan turun.");
    }

    #[test]
    fn closing_attribution_and_initials() {
        let t = c("Pasukan ditarik mundur, demikian AFP.");
        assert_eq!(t.meta.attribution, vec!["AFP"]);
        assert_eq!(t.body, "Pasukan ditarik mundur, demikian AFP.");
        let t = c("Pasukan ditarik mundur. (ant/afp)");
        assert_eq!(t.meta.attribution, vec!["ANTARA", "AFP"]);
        assert_eq!(t.body, "Pasukan ditarik mundur.");
        let t = c("Pasukan ditarik mundur.\n\n(rdk)");
        assert_eq!(t.body, "Pasukan ditarik mundur.");
        assert_eq!(t.credits, vec!["(rdk)"]);
        let t = c("Troops pulled back, officials said. - AFP");
        assert_eq!(t.meta.attribution, vec!["AFP"]);
        assert_eq!(t.body, "Troops pulled back, officials said.");
        let t = c("Troops pulled back.\n\nREUTERS, AP");
        assert_eq!(t.meta.attribution, vec!["Reuters", "AP"]);
        assert_eq!(t.body, "Troops pulled back.");
        // A dash inside the sentence is no credit.
        let t = c("Ia datang pukul 10.00 - 11.00 bersama AP");
        assert_eq!(t.body, "Ia datang pukul 10.00 - 11.00 bersama AP");
        // A bracket that is part of the sentence stays.
        let t = c("Ia berdiri di samping Kapolda (kanan)");
        assert_eq!(t.body, "Ia berdiri di samping Kapolda (kanan)");
    }

    #[test]
    fn hard_wrapped_lines_are_rejoined() {
        let raw = "Ratusan buruh berunjuk rasa di depan kantor gubernur\nsejak pagi tadi menuntut kenaikan upah minimum tahun\ndepan. Mereka membawa spanduk.\nPolisi berjaga.";
        assert_eq!(
            c(raw).body,
            "Ratusan buruh berunjuk rasa di depan kantor gubernur sejak pagi tadi menuntut kenaikan upah minimum tahun depan. Mereka membawa spanduk.\nPolisi berjaga."
        );
        // A headline line followed by the lead stays apart.
        assert_eq!(
            c("Banjir Rendam Kota\nBanjir merendam kota.").body,
            "Banjir Rendam Kota\nBanjir merendam kota."
        );
    }

    #[test]
    fn title_case_of_capital_places() {
        assert_eq!(title_case("KUALA LUMPUR"), "Kuala Lumpur");
        assert_eq!(title_case("S'PORE"), "S'pore");
    }
}
