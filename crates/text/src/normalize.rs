//! Character-level normalization: NFC, unified quotes/dashes/spaces, collapsed spaces, trimmed lines.

use crate::data::DATA;
use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// NFC-normalizes `raw`, applies the character map, collapses runs of spaces and trims every line. Line breaks
/// (`\n`, `\r\n`, `\r`, U+2028…) become `\n`; blank lines are kept (as empty lines) so that paragraphs stay visible.
pub(crate) fn normalize(raw: &str) -> String {
    let nfc: Cow<str> = if raw.is_ascii() || is_nfc_quick(raw.chars()) == IsNormalized::Yes {
        Cow::Borrowed(raw)
    } else {
        Cow::Owned(raw.nfc().collect())
    };
    let mut w = Writer {
        out: String::with_capacity(nfc.len() + 16),
        pending_space: false,
        at_line_start: true,
    };
    let map = &DATA.char_map;
    let text: &str = &nfc;
    let bytes = text.as_bytes();
    let mut prev_cr = false;
    let mut i = 0;
    while i < bytes.len() {
        // Runs of visible ASCII are copied whole.
        let run = bytes[i..].iter().take_while(|b| (0x21..0x7f).contains(*b)).count();
        if run > 0 {
            w.push_str(&text[i..i + run]);
            i += run;
            prev_cr = false;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if c == '\n' && prev_cr {
            prev_cr = false;
            continue;
        }
        prev_cr = c == '\r';
        if c.is_ascii() {
            w.push(if c == '\r' { '\n' } else { c });
        } else if let Some(rep) = map.get(&c) {
            for r in rep.chars() {
                w.push(r);
            }
        } else {
            w.push(c);
        }
    }
    w.out
}

struct Writer {
    out: String,
    pending_space: bool,
    at_line_start: bool,
}

impl Writer {
    /// Visible text without spaces or controls.
    #[inline]
    fn push_str(&mut self, s: &str) {
        if self.pending_space && !self.at_line_start {
            self.out.push(' ');
        }
        self.out.push_str(s);
        self.pending_space = false;
        self.at_line_start = false;
    }
    #[inline]
    fn push(&mut self, c: char) {
        match c {
            '\n' => {
                self.out.push('\n');
                self.pending_space = false;
                self.at_line_start = true;
            }
            c if c == ' ' || c.is_whitespace() => self.pending_space = true,
            // Other control characters carry no text.
            c if c.is_control() => {}
            c => {
                if self.pending_space && !self.at_line_start {
                    self.out.push(' ');
                }
                self.out.push(c);
                self.pending_space = false;
                self.at_line_start = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_dashes_and_spaces_are_unified() {
        let s = normalize("\u{201C}Kami siap,\u{201D} ujar\u{00A0}Kapolda \u{2013} tegas\u{200B}nya  hari\tini.");
        assert_eq!(s, "\"Kami siap,\" ujar Kapolda - tegasnya hari ini.");
        assert_eq!(normalize("Jum\u{2019}at"), "Jum'at");
    }

    #[test]
    fn em_dash_is_spaced_so_words_stay_apart() {
        assert_eq!(normalize("SURABAYA\u{2014}Wali kota"), "SURABAYA - Wali kota");
    }

    #[test]
    fn lines_are_trimmed_and_blank_lines_kept() {
        assert_eq!(
            normalize("  satu  dua \r\n\r\n\n tiga\rempat  "),
            "satu dua\n\n\ntiga\nempat"
        );
    }

    #[test]
    fn decomposed_letters_are_composed() {
        // `e` + combining acute → `é`.
        assert_eq!(normalize("Jose\u{0301} Ramos-Horta"), "Jos\u{00E9} Ramos-Horta");
    }
}
