//! Tokens of one sentence (behaviour documented on [`crate::tokenize`]).

use crate::data::DATA;
use crate::sentences::is_dotted_acronym;
use warta_core::{Lang, Token, TokenKind};

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_mark(c)
    }
}

/// Combining marks (category M) in the common blocks: they belong to the letter before them.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}'
        | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}' | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE00}'..='\u{FE0F}' | '\u{FE20}'..='\u{FE2F}')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// ASCII signs that are symbols rather than punctuation.
fn is_symbol(c: char) -> bool {
    if c.is_ascii() {
        matches!(
            c,
            '$' | '%' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' | '#' | '&' | '*' | '@'
        )
    } else {
        !is_punct_non_ascii(c)
    }
}

fn is_punct_non_ascii(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}'
        | '\u{00B7}' | '\u{00BB}' | '\u{00BF}' | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}'
        | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{06D4}'
        | '\u{0964}' | '\u{0965}')
}

/// End of the word-like run starting at `i` (a letter or digit): letters, digits and marks, joined across one inner
/// connector when the connector's rule allows it.
fn scan_word(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    // ASCII letters and digits in bulk; the general loop below takes over at anything else.
    let mut j = i + b[i..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
    if j >= b.len() || b[j].is_ascii_whitespace() {
        return j;
    }
    let mut prev: char = if j > i { char::from(b[j - 1]) } else { '\0' };
    let i = j;
    let mut iter = s[i..].char_indices().peekable();
    while let Some((off, c)) = iter.next() {
        if is_word_char(c) {
            prev = c;
            j = i + off + c.len_utf8();
            continue;
        }
        let Some(&(_, next)) = iter.peek() else {
            break;
        };
        if !is_word_char(next) {
            break;
        }
        let join = match c {
            '-' | '_' => true,
            // `KOMPAS.com`, `U.S`, `10.00`; not `No.5` (a letter before a digit).
            '.' => !(prev.is_alphabetic() && next.is_numeric()),
            ',' | '/' | ':' => prev.is_numeric() && next.is_numeric(),
            c if is_apostrophe(c) => prev.is_alphabetic() && next.is_alphabetic(),
            '&' => prev.is_uppercase() && next.is_uppercase(),
            _ => false,
        };
        if !join {
            break;
        }
    }
    j
}

fn is_number(s: &str) -> bool {
    s.starts_with(|c: char| c.is_numeric())
        && s.chars()
            .all(|c| c.is_numeric() || matches!(c, '.' | ',' | '/' | ':' | '-'))
}

/// Splits `DiBrussels` into `Di` + `Brussels`: the length of the preposition, if the word is glued.
fn glued_preposition(word: &str) -> Option<usize> {
    for p in &DATA.glue_prefixes {
        let n = p.len();
        if word.len() < n + 3 || !word.is_char_boundary(n) || !word[..n].eq_ignore_ascii_case(p) {
            continue;
        }
        // The preposition itself is lower case or capitalized, never all capitals (`DIY`, `KEK`).
        if word[1..n].chars().any(char::is_uppercase) {
            continue;
        }
        let mut rest = word[n..].chars();
        let (Some(a), Some(b), Some(c)) = (rest.next(), rest.next(), rest.next()) else {
            continue;
        };
        if a.is_uppercase() && b.is_lowercase() && c.is_alphabetic() && !DATA.glue_except.contains(word) {
            return Some(n);
        }
    }
    None
}

/// A token; the norm is lower-cased without Unicode tables when the text is ASCII (most tokens).
#[inline]
fn tok(text: &str, start: usize, kind: TokenKind) -> Token {
    Token {
        text: text.to_string(),
        norm: if text.is_ascii() {
            text.to_ascii_lowercase()
        } else {
            text.to_lowercase()
        },
        start,
        end: start + text.len(),
        kind,
    }
}

/// Tokens of one sentence.
pub(crate) fn tokenize(s: &str, lang: &Lang) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(s.len() / 5 + 1);
    let mut i = 0;
    while i < s.len() {
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if !is_word_char(c) {
            let kind = if is_symbol(c) {
                TokenKind::Symbol
            } else {
                TokenKind::Punct
            };
            out.push(tok(&s[i..i + c.len_utf8()], i, kind));
            i += c.len_utf8();
            continue;
        }
        let mut j = scan_word(s, i);
        // A dotted acronym keeps its final dot (`U.S.`).
        if s[j..].starts_with('.') && is_dotted_acronym(&s[i..j]) {
            j += 1;
        }
        let word = &s[i..j];
        let start = i;
        i = j;
        if is_number(word) {
            out.push(tok(word, start, TokenKind::Number));
            continue;
        }
        if *lang != Lang::En {
            if let Some(n) = glued_preposition(word) {
                out.push(tok(&word[..n], start, TokenKind::Word));
                out.push(tok(&word[n..], start + n, TokenKind::Word));
                continue;
            }
        }
        // English possessive: `Iran's` → `Iran` `'s`.
        if word.len() > 3 && (word.ends_with("'s") || word.ends_with("'S")) {
            let n = word.len() - 2;
            out.push(tok(&word[..n], start, TokenKind::Word));
            out.push(tok(&word[n..], start + n, TokenKind::Word));
            continue;
        }
        out.push(tok(word, start, TokenKind::Word));
    }
    join_name_particles(s, &mut out);
    merge_phrase_reduplication(s, &mut out);
    out
}

/// `Le Drian`, `von der Leyen`: a particle (capitalized anywhere, lower-case only after a capitalized word) and the
/// capitalized word after it, single spaces between, become one token.
fn join_name_particles(s: &str, toks: &mut Vec<Token>) {
    let mut k = 0;
    while k + 1 < toks.len() {
        let t = &toks[k];
        // Particles are short words: skip the look-ups for everything else.
        if t.text.len() > 6 || t.kind != TokenKind::Word {
            k += 1;
            continue;
        }
        let cap = t.is_capitalized() && DATA.particles_cap.contains(t.text.as_str());
        let low = !cap
            && k > 0
            && toks[k - 1].is_word()
            && toks[k - 1].is_capitalized()
            && DATA.particles_low.contains(t.text.as_str());
        if !(cap || low) {
            k += 1;
            continue;
        }
        // Particles chain (`van der`), then one capitalized word.
        let mut m = k + 1;
        while m < toks.len()
            && toks[m].end - toks[m].start <= 5
            && DATA.particles_low.contains(toks[m].text.as_str())
            && s[toks[m - 1].end..toks[m].start] == *" "
        {
            m += 1;
        }
        let ok = m < toks.len()
            && toks[m].is_word()
            && toks[m].is_capitalized()
            && !DATA.particles_cap.contains(toks[m].text.as_str())
            && s[toks[m - 1].end..toks[m].start] == *" ";
        if !ok {
            k += 1;
            continue;
        }
        let (a, b) = (toks[k].start, toks[m].end);
        toks.splice(k..=m, [tok(&s[a..b], a, TokenKind::Word)]);
        k += 1;
    }
}

/// `pesawat tempur-pesawat tempur` (naively `pesawat` `tempur-pesawat` `tempur`) → `pesawat` + one token spanning
/// `tempur-pesawat tempur` with norm `tempur`. Phrases of two and three words.
fn merge_phrase_reduplication(s: &str, toks: &mut Vec<Token>) {
    let mut i = 1;
    while i + 1 < toks.len() {
        let t = &toks[i];
        let Some((left, right)) = t.norm.split_once('-') else {
            i += 1;
            continue;
        };
        if right.contains('-') || left.is_empty() || right.is_empty() || !t.is_word() {
            i += 1;
            continue;
        }
        for n in 2..=3usize {
            // Tokens: p1 .. p(n-1), `pn-p1`, p2 .. pn.
            if i + 1 < n || i + n > toks.len() {
                continue;
            }
            let first = &toks[i + 1 - n..i];
            let after = &toks[i + 1..i + n];
            let words_ok = first.iter().chain(after).all(Token::is_word);
            let same = first[0].norm == right
                && first[1..].iter().zip(after).all(|(a, b)| a.norm == b.norm)
                && after.last().is_some_and(|l| l.norm == left);
            // Single spaces only: a reduplication is written as one phrase.
            let spaced = after
                .iter()
                .scan(t.end, |end, tok| {
                    let gap = &s[*end..tok.start];
                    *end = tok.end;
                    Some(gap == " ")
                })
                .all(|g| g);
            if words_ok && same && spaced {
                let (a, b) = (t.start, toks[i + n - 1].end);
                let mut merged = tok(&s[a..b], a, TokenKind::Word);
                merged.norm = left.to_string();
                toks.splice(i..i + n, [merged]);
                break;
            }
        }
        i += 1;
    }
}

/// Whether a token is the tail of a phrase reduplication (see the module documentation).
pub fn is_phrase_reduplication(tok: &Token) -> bool {
    tok.text.contains('-') && tok.text.contains(' ') && !tok.norm.contains(' ') && tok.norm.len() < tok.text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str, lang: &Lang) -> Vec<String> {
        tokenize(s, lang).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn reduplication_stays_one_token() {
        assert_eq!(
            texts("Kapal-kapal perang menjaga pulau-pulau terluar.", &Lang::Id),
            ["Kapal-kapal", "perang", "menjaga", "pulau-pulau", "terluar", "."]
        );
    }

    #[test]
    fn phrase_reduplication_keeps_one_copy_visible() {
        let s = "kapal selam-kapal selam Jerman tiba";
        let t = tokenize(s, &Lang::Id);
        let norms: Vec<&str> = t.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(norms, ["kapal", "selam", "jerman", "tiba"]);
        assert_eq!(t[1].text, "selam-kapal selam");
        assert_eq!(&s[t[1].start..t[1].end], "selam-kapal selam");
        assert!(is_phrase_reduplication(&t[1]));
        assert!(!is_phrase_reduplication(&t[0]));
        // Three words.
        let t = tokenize("alat berat tambang-alat berat tambang", &Lang::Id);
        let norms: Vec<&str> = t.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(norms, ["alat", "berat", "tambang"]);
        // Not a reduplication: different words around the hyphen.
        let t = texts("kerja sama-sama kita", &Lang::Id);
        assert_eq!(t, ["kerja", "sama-sama", "kita"]);
    }

    #[test]
    fn names_acronyms_and_domains() {
        assert_eq!(
            texts(
                "Menlu Jean-Yves Le Drian tiba di U.S. Embassy, kata KOMPAS.com.",
                &Lang::Id
            ),
            [
                "Menlu",
                "Jean-Yves",
                "Le Drian",
                "tiba",
                "di",
                "U.S.",
                "Embassy",
                ",",
                "kata",
                "KOMPAS.com",
                "."
            ]
        );
        assert_eq!(
            texts("Presiden Ursula von der Leyen", &Lang::En),
            ["Presiden", "Ursula", "von der Leyen"]
        );
        // A lower-case particle after a lower-case word is an ordinary word.
        assert_eq!(texts("kata de facto", &Lang::En), ["kata", "de", "facto"]);
    }

    #[test]
    fn numbers_are_single_tokens() {
        let t = tokenize(
            "Pada 18/11/2015 pukul 10.00, harga naik 1,5 persen (4.100 unit) sejak 2009.",
            &Lang::Id,
        );
        let nums: Vec<&str> = t
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .map(|t| t.text.as_str())
            .collect();
        assert_eq!(nums, ["18/11/2015", "10.00", "1,5", "4.100", "2009"]);
        assert_eq!(t.last().map(|t| t.text.as_str()), Some("."));
        assert_eq!(texts("Senin (18/11)", &Lang::Id), ["Senin", "(", "18/11", ")"]);
    }

    #[test]
    fn glued_prepositions_are_split() {
        let t = tokenize("DiBrussels, dia berangkat keJakarta dariSurabaya.", &Lang::Id);
        let x: Vec<(&str, usize, usize)> = t.iter().map(|t| (t.text.as_str(), t.start, t.end)).collect();
        assert_eq!(
            x,
            [
                ("Di", 0, 2),
                ("Brussels", 2, 10),
                (",", 10, 11),
                ("dia", 12, 15),
                ("berangkat", 16, 25),
                ("ke", 26, 28),
                ("Jakarta", 28, 35),
                ("dari", 36, 40),
                ("Surabaya", 40, 48),
                (".", 48, 49)
            ]
        );
        // Words that only look glued.
        assert_eq!(
            texts("Dikirim ke DKI oleh DiCaprio dan Kevin", &Lang::Id),
            ["Dikirim", "ke", "DKI", "oleh", "DiCaprio", "dan", "Kevin"]
        );
        assert_eq!(texts("Dilan", &Lang::Id), ["Dilan"]);
    }

    #[test]
    fn clitics_quotes_and_symbols() {
        let t = tokenize("\"Rumahnya dibakar,\" kata Asy'ari. Harga $5 (20%)", &Lang::Id);
        let x: Vec<(&str, TokenKind)> = t.iter().map(|t| (t.text.as_str(), t.kind)).collect();
        assert_eq!(
            x,
            [
                ("\"", TokenKind::Punct),
                ("Rumahnya", TokenKind::Word),
                ("dibakar", TokenKind::Word),
                (",", TokenKind::Punct),
                ("\"", TokenKind::Punct),
                ("kata", TokenKind::Word),
                ("Asy'ari", TokenKind::Word),
                (".", TokenKind::Punct),
                ("Harga", TokenKind::Word),
                ("$", TokenKind::Symbol),
                ("5", TokenKind::Number),
                ("(", TokenKind::Punct),
                ("20", TokenKind::Number),
                ("%", TokenKind::Symbol),
                (")", TokenKind::Punct),
            ]
        );
        assert_eq!(
            texts("Iran's envoy and the leaders' retreat", &Lang::En),
            ["Iran", "'s", "envoy", "and", "the", "leaders", "'", "retreat"]
        );
    }

    #[test]
    fn norms_are_lower_case() {
        let t = tokenize("TNI-Polri Menangkap", &Lang::Id);
        assert_eq!(t[0].norm, "tni-polri");
        assert_eq!(t[1].norm, "menangkap");
    }
}
