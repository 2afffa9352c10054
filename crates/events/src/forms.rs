//! Affix forms of a root: the keys the dictionary writes (`me-kan`, `pe-an`) and the surface
//! words they make (`serang` + `pe-an` → `penyerangan`). The surface words let a predicate be
//! found even where the morphology analyzer guesses another root; the analyzer's reading is
//! tried first.

/// How a form of a predicate relates its actors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// meN- (and colloquial bare -kan/-i): subject is the source, object the target.
    Active,
    /// di-, ter-: subject is the target, the agent (`oleh X`) the source.
    Passive,
    /// ber-, ke- (ketemu): subject is the source, a prepositional object the target.
    Intransitive,
    /// pe-an, per-an, -an, ke-an, bare nouns: an event only after a light verb.
    Noun,
}

/// A form key as written in the dictionary: prefixes joined by `+`, then `-` and suffixes
/// joined by `+` (`me+per-kan`, `pe-an`, `-an`, `di`, `0` for the bare root).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormKey {
    pub prefixes: Vec<String>,
    pub suffixes: Vec<String>,
}

const PREFIXES: &[&str] = &["me", "di", "ber", "ter", "pe", "per", "ke", "se"];
const SUFFIXES: &[&str] = &["kan", "i", "an"];

impl FormKey {
    pub fn parse(s: &str) -> Result<FormKey, String> {
        let s = s.trim();
        if s == "0" {
            return Ok(FormKey {
                prefixes: vec![],
                suffixes: vec![],
            });
        }
        let (p, sfx) = match s.split_once('-') {
            Some((p, x)) => (p, x),
            None => (s, ""),
        };
        let split = |x: &str| -> Vec<String> {
            x.split('+')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        let key = FormKey {
            prefixes: split(p),
            suffixes: split(sfx),
        };
        if let Some(bad) = key.prefixes.iter().find(|x| !PREFIXES.contains(&x.as_str())) {
            return Err(format!("unknown prefix `{bad}` in form `{s}`"));
        }
        if let Some(bad) = key.suffixes.iter().find(|x| !SUFFIXES.contains(&x.as_str())) {
            return Err(format!("unknown suffix `{bad}` in form `{s}`"));
        }
        if key.prefixes.is_empty() && key.suffixes.is_empty() {
            return Err(format!("empty form `{s}` (write 0 for the bare root)"));
        }
        Ok(key)
    }

    /// The canonical key string (`me+per-kan`).
    pub fn key(&self) -> String {
        key_of(&self.prefixes, &self.suffixes)
    }

    /// How this form relates actors. `bare_verb`: the bare root is a verb (flag `v0`).
    pub fn kind(&self, bare_verb: bool) -> Kind {
        let first = self.prefixes.first().map(String::as_str);
        let has = |x: &str| self.suffixes.iter().any(|s| s == x);
        match first {
            Some("me") => Kind::Active,
            Some("di") => Kind::Passive,
            Some("ter") => Kind::Passive,
            Some("ber") => Kind::Intransitive,
            Some("ke") if has("an") => Kind::Noun,
            Some("ke") => Kind::Intransitive,
            Some("pe") | Some("per") | Some("se") => Kind::Noun,
            _ if has("an") => Kind::Noun,
            _ if has("kan") || has("i") => Kind::Active,
            _ if bare_verb => Kind::Active,
            _ => Kind::Noun,
        }
    }

    /// Surface words of this form of `root` (several when assimilation varies).
    pub fn surfaces(&self, root: &str) -> Vec<String> {
        let mut stem = root.to_string();
        for s in &self.suffixes {
            // -i after a root ending in i is not doubled in writing; -kan/-an are plain.
            stem.push_str(s);
        }
        let mut words = vec![stem];
        let mut inner_per = false;
        for p in self.prefixes.iter().rev() {
            let mut next = Vec::new();
            for w in &words {
                match p.as_str() {
                    "me" if inner_per => next.push(format!("mem{w}")),
                    "me" => next.extend(nasal("me", w, root)),
                    "pe" => next.extend(nasal("pe", w, root)),
                    "di" => next.push(format!("di{w}")),
                    "ke" => next.push(format!("ke{w}")),
                    "se" => next.push(format!("se{w}")),
                    "ber" | "ter" | "per" => {
                        let base = &p[..2];
                        if w.starts_with('r') {
                            next.push(format!("{base}{w}"));
                        } else if p == "ber" && w.starts_with("ajar") {
                            next.push(format!("bel{w}"));
                        } else {
                            if p == "ber" && w.starts_with("kerja") {
                                next.push(format!("be{w}"));
                            }
                            next.push(format!("{p}{w}"));
                        }
                    }
                    _ => next.push(w.clone()),
                }
            }
            inner_per = p == "per";
            words = next;
        }
        words.sort();
        words.dedup();
        words
    }
}

pub fn key_of(prefixes: &[String], suffixes: &[String]) -> String {
    if prefixes.is_empty() && suffixes.is_empty() {
        return "0".to_string();
    }
    let mut k = prefixes.join("+");
    if !suffixes.is_empty() {
        k.push('-');
        k.push_str(&suffixes.join("+"));
    }
    k
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn syllables(root: &str) -> usize {
    let mut n = 0;
    let mut prev = false;
    for c in root.chars() {
        let v = is_vowel(c);
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    n
}

/// meN-/peN- before `w` (`base` is `me` or `pe`): the nasal assimilates to the first sound,
/// and voiceless p/t/s/k drop before a vowel. Loans with a cluster keep it (memproses).
fn nasal(base: &str, w: &str, root: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = w.chars();
    let Some(c0) = chars.next() else {
        return out;
    };
    let c1 = chars.next().unwrap_or('a');
    let rest = &w[c0.len_utf8()..];
    let drop = is_vowel(c1);
    match c0 {
        c if is_vowel(c) => out.push(format!("{base}ng{w}")),
        'l' | 'm' | 'n' | 'r' | 'w' | 'y' => out.push(format!("{base}{w}")),
        'b' | 'f' | 'v' => out.push(format!("{base}m{w}")),
        'p' => {
            if drop {
                out.push(format!("{base}m{rest}"));
            }
            out.push(format!("{base}m{w}"));
        }
        'd' | 'c' | 'j' | 'z' => out.push(format!("{base}n{w}")),
        't' => {
            if drop {
                out.push(format!("{base}n{rest}"));
            }
            out.push(format!("{base}n{w}"));
        }
        's' => {
            if drop {
                out.push(format!("{base}ny{rest}"));
            }
            out.push(format!("{base}n{w}"));
        }
        'k' => {
            if drop {
                out.push(format!("{base}ng{rest}"));
            }
            out.push(format!("{base}ng{w}"));
        }
        'g' | 'h' | 'q' | 'x' => out.push(format!("{base}ng{w}")),
        _ => out.push(format!("{base}{w}")),
    }
    if syllables(root) == 1 {
        out.push(format!("{base}nge{w}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(form: &str, root: &str) -> Vec<String> {
        FormKey::parse(form).unwrap().surfaces(root)
    }

    #[test]
    fn assimilation() {
        assert!(s("me", "serang").contains(&"menyerang".to_string()));
        assert!(s("me-i", "kunjung").contains(&"mengunjungi".to_string()));
        assert!(s("me", "kecam").contains(&"mengecam".to_string()));
        assert!(s("me-i", "tembak").contains(&"menembaki".to_string()));
        assert!(s("me", "bom").contains(&"membom".to_string()));
        assert!(s("me", "bom").contains(&"mengebom".to_string()));
        assert!(s("pe-an", "bom").contains(&"pemboman".to_string()));
        assert!(s("pe-an", "serang").contains(&"penyerangan".to_string()));
        assert!(s("me", "protes").contains(&"memprotes".to_string()));
        assert!(s("me-kan", "puji").is_empty() || s("me", "puji").contains(&"memuji".to_string()));
        assert!(s("me", "usir").contains(&"mengusir".to_string()));
        assert!(s("me", "lancar").contains(&"melancar".to_string()));
        assert_eq!(s("ber", "runding"), vec!["berunding"]);
        assert_eq!(s("per-an", "runding"), vec!["perundingan"]);
        assert_eq!(s("me+per-kan", "laku"), vec!["memperlakukan"]);
        assert_eq!(s("di+per-kan", "laku"), vec!["diperlakukan"]);
        assert_eq!(s("ke-an", "datang"), vec!["kedatangan"]);
        assert_eq!(s("-an", "kunjung"), vec!["kunjungan"]);
        assert!(s("me-i", "sanggup").contains(&"menyanggupi".to_string()));
    }

    #[test]
    fn kinds_and_errors() {
        assert_eq!(FormKey::parse("me-kan").unwrap().kind(false), Kind::Active);
        assert_eq!(FormKey::parse("di").unwrap().kind(false), Kind::Passive);
        assert_eq!(FormKey::parse("pe-an").unwrap().kind(false), Kind::Noun);
        assert_eq!(FormKey::parse("0").unwrap().kind(true), Kind::Active);
        assert_eq!(FormKey::parse("ber").unwrap().kind(false), Kind::Intransitive);
        assert!(FormKey::parse("xx-an").is_err());
        assert!(FormKey::parse("me-nya").is_err());
        assert_eq!(FormKey::parse("me+per-kan").unwrap().key(), "me+per-kan");
    }
}
