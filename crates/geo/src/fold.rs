//! Case- and accent-folding that keeps a map back to the original byte offsets.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A folded copy of a text: lower case, accents dropped, typographic apostrophes and dashes unified.
pub struct Folded {
    pub text: String,
    /// `orig[i]` is the byte offset in the original text of folded byte `i`; one extra entry for the end.
    pub orig: Vec<usize>,
}

fn push_folded(c: char, out: &mut String) {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02bc}' | '\u{02bb}' | '`' | '\u{00b4}' => out.push('\''),
        '\u{2010}'..='\u{2015}' => out.push('-'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            let mut any = false;
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    any = true;
                    out.extend(d.to_lowercase());
                }
            });
            if !any {
                out.extend(c.to_lowercase());
            }
        }
    }
}

pub fn fold(s: &str) -> Folded {
    let mut text = String::with_capacity(s.len());
    let mut orig = Vec::with_capacity(s.len() + 1);
    for (i, c) in s.char_indices() {
        let before = text.len();
        push_folded(c, &mut text);
        for _ in before..text.len() {
            orig.push(i);
        }
    }
    orig.push(s.len());
    Folded { text, orig }
}

/// The folded form of a name, with runs of spaces collapsed (for keys).
pub fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.split_whitespace().flat_map(|w| std::iter::once(' ').chain(w.chars())).skip(1) {
        push_folded(c, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_maps() {
        let f = fold("Sūriyā’s Côte");
        assert_eq!(f.text, "suriya's cote");
        assert_eq!(f.orig.len(), f.text.len() + 1);
        let i = f.text.find("cote").unwrap();
        assert_eq!(&"Sūriyā’s Côte"[f.orig[i]..], "Côte");
        assert_eq!(fold_key("  Laut   Tengah "), "laut tengah");
    }
}
