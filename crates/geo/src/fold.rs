//! Case- and accent-folding of names and text spans.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

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

/// The folded form of a name, with runs of spaces collapsed (for keys).
pub fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_key_into(s, &mut out);
    out
}

/// [`fold_key`] appended to `out` (no string allocated per span probed).
pub fn fold_key_into(s: &str, out: &mut String) {
    if s.bytes().all(|b| b.is_ascii_graphic() || b == b' ')
        && !s.contains("  ")
        && !s.starts_with(' ')
        && !s.ends_with(' ')
    {
        // the common case: plain ASCII with single spaces
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
        return;
    }
    out.reserve(s.len());
    for c in s
        .split_whitespace()
        .flat_map(|w| std::iter::once(' ').chain(w.chars()))
        .skip(1)
    {
        push_folded(c, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds() {
        assert_eq!(fold_key("Sūriyā’s Côte"), "suriya's cote");
        assert_eq!(fold_key("  Laut   Tengah "), "laut tengah");
        assert_eq!(fold_key("Raqa"), "raqa");
    }
}
