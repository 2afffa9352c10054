//! A small tokenizer of its own: the tagger needs digits with their separators kept together
//! (`18/11/2015`, `10.00`) and byte offsets, which is cheaper than re-reading the text stage's tokens.

use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (and letters glued to digits, `MH370`).
    Word,
    /// Digits, possibly with inner `.` `:` `/` `,` between digit runs (`18/11/2015`, `10.00`).
    Num,
    /// One punctuation or symbol character.
    Punct,
}

#[derive(Debug, Clone)]
pub struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Lower-cased text (borrowed when already lower case).
    pub low: Cow<'a, str>,
    pub kind: Kind,
    /// No whitespace between this token and the next.
    pub glued_right: bool,
}

impl Tok<'_> {
    pub fn is_cap(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    /// The value of a token of plain digits.
    pub fn digits(&self) -> Option<u32> {
        if self.kind == Kind::Num && self.text.len() <= 9 && self.text.bytes().all(|b| b.is_ascii_digit()) {
            self.text.parse().ok()
        } else {
            None
        }
    }
}

fn lower(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        if text.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(text.to_ascii_lowercase())
        } else {
            Cow::Borrowed(text)
        }
    } else if text.chars().any(char::is_uppercase) {
        Cow::Owned(text.to_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '\'' || c == '’'
}

pub fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut out: Vec<Tok> = Vec::with_capacity(s.len() / 5 + 1);
    let b = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        let c = if b[i] < 0x80 {
            b[i] as char
        } else {
            s[i..].chars().next().unwrap_or(' ')
        };
        let cl = c.len_utf8();
        if c.is_whitespace() {
            if let Some(last) = out.last_mut() {
                last.glued_right = false;
            }
            i += cl;
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            let mut j = i;
            loop {
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                if j + 1 < b.len() && matches!(b[j], b'.' | b':' | b'/' | b',') && b[j + 1].is_ascii_digit() {
                    j += 1;
                    continue;
                }
                break;
            }
            i = j;
            kind = Kind::Num;
        } else if c.is_alphabetic() {
            let mut j = i;
            while j < s.len() {
                let c0 = b[j];
                if c0 < 0x80 {
                    // ASCII fast path; an apostrophe stays inside a word (Jum'at), "'s" is split off below.
                    if c0.is_ascii_alphanumeric() || c0 == b'\'' {
                        j += 1;
                        continue;
                    }
                    break;
                }
                let d = s[j..].chars().next().unwrap_or(' ');
                if is_word_char(d) {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            // Trailing apostrophes and a possessive "'s" are not part of the word.
            let w = &s[i..j];
            let poss = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
            let cut = match poss {
                Some(p) => p.len(),
                None => w.trim_end_matches(['\'', '’']).len(),
            };
            // A possessive "'s" is skipped, so that "group's October 7" keeps its words close.
            let skip = if poss.is_some() { w.len() - cut } else { 0 };
            i += cut.max(cl);
            if skip > 0 && cut > 0 {
                let text = &s[start..i];
                out.push(Tok {
                    start,
                    end: i,
                    text,
                    low: lower(text),
                    kind: Kind::Word,
                    glued_right: true,
                });
                i += skip;
                continue;
            }
            kind = Kind::Word;
        } else {
            i += cl;
            kind = Kind::Punct;
        }
        let text = &s[start..i];
        let low = lower(text);
        out.push(Tok {
            start,
            end: i,
            text,
            low,
            kind,
            glued_right: true,
        });
    }
    if let Some(last) = out.last_mut() {
        last.glued_right = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_numbers_and_offsets() {
        let t = tokenize("Rabu (18/11/2015) pukul 10.00 WIB, MH370's 1990-an");
        let texts: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            [
                "Rabu",
                "(",
                "18/11/2015",
                ")",
                "pukul",
                "10.00",
                "WIB",
                ",",
                "MH370",
                "1990",
                "-",
                "an"
            ]
        );
        assert_eq!(t[2].kind, Kind::Num);
        assert_eq!(t[0].low, "rabu");
        assert!(!t[0].glued_right);
        assert!(t[1].glued_right);
    }
}
