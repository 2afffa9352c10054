//! A small English tokenizer shaped like the Treebank tokens the dictionaries were written
//! for: possessive `'s` and `n't` split off, punctuation apart, `U.S.` kept whole.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    /// Upper-cased form, as dictionaries write it.
    pub up: String,
    pub start: usize,
    pub end: usize,
    pub punct: bool,
}

fn is_lead_punct(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '`' | '«')
}

fn is_trail_punct(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '"' | '”' | '’' | '\'' | '.' | '`' | '»'
    )
}

fn push(out: &mut Vec<Tok>, text: &str, start: usize, end: usize) {
    if start >= end {
        return;
    }
    let s = &text[start..end];
    let punct = !s.chars().any(char::is_alphanumeric);
    out.push(Tok {
        up: s.replace('’', "'").to_uppercase(),
        start,
        end,
        punct,
    });
}

/// Splits `text` into tokens with byte offsets.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    let bytes = text.len();
    while i < bytes {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() || c == '_' {
            i += c.len_utf8();
            continue;
        }
        let mut j = i;
        while j < bytes {
            let d = text[j..].chars().next().unwrap_or(' ');
            if d.is_whitespace() || d == '_' {
                break;
            }
            j += d.len_utf8();
        }
        chunk(text, i, j, &mut out);
        i = j;
    }
    out
}

fn chunk(text: &str, mut s: usize, mut e: usize, out: &mut Vec<Tok>) {
    // Leading punctuation, one token each.
    while s < e {
        let c = text[s..e].chars().next().unwrap_or(' ');
        if is_lead_punct(c) && text[s..e].chars().count() > 1 {
            push(out, text, s, s + c.len_utf8());
            s += c.len_utf8();
        } else if is_lead_punct(c) {
            push(out, text, s, e);
            return;
        } else {
            break;
        }
    }
    // Trailing punctuation, kept for after the word.
    let mut trail = Vec::new();
    while e > s {
        let c = text[..e].chars().next_back().unwrap_or(' ');
        if !is_trail_punct(c) {
            break;
        }
        let cs = e - c.len_utf8();
        if c == '.' {
            // `U.S.`, `K.U.`: an inner dot keeps the final one.
            if text[s..cs].contains('.') && text[s..cs].chars().all(|x| x.is_alphanumeric() || x == '.') {
                break;
            }
        }
        if (c == '\'' || c == '’') && cs > s {
            // `nations'`: a possessive after a plural.
            let prev = text[..cs].chars().next_back().unwrap_or(' ');
            if prev == 's' || prev == 'S' {
                trail.push((cs, e));
                e = cs;
                continue;
            }
        }
        trail.push((cs, e));
        e = cs;
    }
    if s < e {
        let w = &text[s..e];
        let lw = w.to_lowercase().replace('’', "'");
        if lw.len() > 2 && lw.ends_with("'s") {
            let cut = e - (w.len() - w.char_indices().rev().nth(1).map(|x| x.0).unwrap_or(0));
            push(out, text, s, cut);
            push(out, text, cut, e);
        } else if lw.len() > 3 && lw.ends_with("n't") {
            let tail = w.char_indices().rev().nth(2).map(|x| x.0).unwrap_or(0);
            let cut = s + tail;
            push(out, text, s, cut);
            push(out, text, cut, e);
        } else {
            push(out, text, s, e);
        }
    }
    for (a, b) in trail.into_iter().rev() {
        push(out, text, a, b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ups(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.up).collect()
    }

    #[test]
    fn treebank_like() {
        assert_eq!(ups("The U.S. didn't go."), vec!["THE", "U.S.", "DID", "N'T", "GO", "."]);
        assert_eq!(
            ups("Gondor's army, (Arnor)"),
            vec!["GONDOR", "'S", "ARMY", ",", "(", "ARNOR", ")"]
        );
        assert_eq!(ups("won't can’t"), vec!["WO", "N'T", "CA", "N'T"]);
        assert_eq!(ups("the nations’ border"), vec!["THE", "NATIONS", "'", "BORDER"]);
        assert_eq!(ups("Dol_Amroth anti- Gondor"), vec!["DOL", "AMROTH", "ANTI-", "GONDOR"]);
        let t = tokenize("Arnor met");
        assert_eq!((t[1].start, t[1].end), (6, 9));
    }
}
