//! Sentence boundaries in a cleaned body.

use crate::data::{AbbrClass, Abbreviations, DATA};
use warta_core::Lang;

/// A sentence longer than this (bytes) is cut at a space: later stages stay linear on text without punctuation.
pub(crate) const MAX_SENTENCE: usize = 2000;

fn abbreviations(lang: &Lang) -> [&'static Abbreviations; 2] {
    // Both lists apply to both languages (the Indonesian press writes `Mr.`, the English one `Jl.`); the
    // document's own language decides first.
    match lang {
        Lang::En => [&DATA.abbr_en, &DATA.abbr_id],
        _ => [&DATA.abbr_id, &DATA.abbr_en],
    }
}

fn abbr_class(word: &str, lang: &Lang) -> Option<AbbrClass> {
    abbreviations(lang).iter().find_map(|a| a.get(word))
}

/// Byte spans of the sentences of `body`. Every `\n` ends a sentence.
pub(crate) fn split_sentences(body: &str, lang: &Lang) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(body.len() / 120 + 1);
    let mut base = 0;
    for para in body.split('\n') {
        split_paragraph(para, base, lang, &mut out);
        base += para.len() + 1;
    }
    out
}

fn is_closing(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b')' | b']' | b'}')
}

/// A character that can open a sentence after `.`/`!`/`?` and a space.
fn opens_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || matches!(c, '"' | '\'' | '(' | '[' | '\u{2022}' | '-')
        // Scripts without case.
        || (c.is_alphabetic() && !c.is_lowercase())
}

fn push_span(text: &str, base: usize, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[a..b];
    if s.trim().is_empty() {
        return;
    }
    let lead = s.len() - s.trim_start().len();
    let (mut a, b) = (a + lead, a + s.trim_end().len());
    // Cut overlong sentences at a space so that no sentence exceeds MAX_SENTENCE.
    while b - a > MAX_SENTENCE {
        let mut cut = a + MAX_SENTENCE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut = text[a..cut].rfind(' ').map_or(cut, |k| a + k).max(a + 1);
        let cut = (cut..=b).find(|&k| text.is_char_boundary(k)).unwrap_or(b);
        out.push((base + a, base + cut));
        a = cut + (text[cut..b].len() - text[cut..b].trim_start().len());
    }
    if b > a {
        out.push((base + a, base + b));
    }
}

fn split_paragraph(p: &str, base: usize, lang: &Lang, out: &mut Vec<(usize, usize)>) {
    let b = p.as_bytes();
    let n = b.len();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let is_term = match b[i] {
            b'.' | b'!' | b'?' => true,
            0xE2 => p[i..].starts_with('\u{2026}'),
            _ => false,
        };
        if !is_term {
            i += 1;
            continue;
        }
        // The run of terminal marks (`?!`, `...`, `…`).
        let mut j = i;
        let mut dots = 0;
        let mut strong = false;
        while j < n {
            match b[j] {
                b'.' => {
                    dots += 1;
                    j += 1;
                }
                b'!' | b'?' => {
                    strong = true;
                    j += 1;
                }
                0xE2 if p[j..].starts_with('\u{2026}') => {
                    dots += 3;
                    j += 3;
                }
                _ => break,
            }
        }
        let run_end = j;
        // `Jakarta Pusat."Ada juga ...`: a quote glued to both sides opens the next sentence.
        if !strong
            && dots == 1
            && b.get(j) == Some(&b'"')
            && p[j + 1..].starts_with(char::is_uppercase)
            && period_ends_sentence(p, i, j, '"', lang)
        {
            push_span(p, base, start, j, out);
            start = j;
            i = j + 1;
            continue;
        }
        while j < n && is_closing(b[j]) {
            j += 1;
        }
        // A boundary needs a space after the marks and quotes (`KOMPAS.com`, `10.00`, `."kata` are not), except a
        // period typed without its space between two words: `di Indonesia.Polisi menyatakan`.
        if j >= n || !b[j].is_ascii_whitespace() {
            if j < n && j == run_end && dots == 1 && !strong && glued_sentence(p, i, lang) {
                push_span(p, base, start, j, out);
                start = j;
            }
            i = j.max(i + 1);
            continue;
        }
        let k = j + (p[j..].len() - p[j..].trim_start().len());
        let Some(next) = p[k..].chars().next() else {
            break;
        };
        let boundary = if strong || dots > 1 {
            // `?`/`!` and ellipses: a new sentence starts with a capital, digit or quote; `?" tanya dia` does not.
            if dots > 1 && !strong {
                next.is_uppercase() || (matches!(next, '"' | '\'') && p[k + 1..].starts_with(char::is_uppercase))
            } else {
                opens_sentence(next)
            }
        } else {
            period_ends_sentence(p, i, k, next, lang)
        };
        if boundary {
            push_span(p, base, start, run_end.max(j), out);
            start = k;
        }
        i = k.max(i + 1);
    }
    if start < n {
        push_span(p, base, start, n, out);
    }
}

/// `Indonesia.Polisi`: the `.` at byte `i` sits between a lower-case word (2+ letters before the dot, not an
/// abbreviation) and a capitalized word.
fn glued_sentence(p: &str, i: usize, lang: &Lang) -> bool {
    let mut after = p[i + 1..].chars();
    let (Some(a), Some(b)) = (after.next(), after.next()) else {
        return false;
    };
    if !(a.is_uppercase() && b.is_lowercase()) {
        return false;
    }
    let word_start = p[..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(j, c)| j + c.len_utf8());
    let word = &p[word_start..i];
    let mut rev = word.chars().rev();
    matches!((rev.next(), rev.next()), (Some(x), Some(y)) if x.is_lowercase() && y.is_lowercase())
        && abbr_class(word, lang).is_none()
        // `detik.Com`-like domains: the word before is glued to more dotted text.
        && !p[..word_start].ends_with('.')
}

/// Decides a single `.` at byte `i` followed by spaces and `next` at byte `k`.
fn period_ends_sentence(p: &str, i: usize, k: usize, next: char, lang: &Lang) -> bool {
    // The word before the dot: back to a space or an opening bracket/quote.
    let word_start = p[..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '\''))
        .map_or(0, |(j, c)| j + c.len_utf8());
    let word = &p[word_start..i];
    if word.is_empty() {
        return opens_sentence(next);
    }
    // A numbered list item: `1. Biden says ...` at the start of a paragraph.
    if word_start == 0 && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    // An era mark after a year (`1445 H.`, `622 M.`) is no title: it ends a sentence as a year does.
    if matches!(word, "H" | "M") && year_before(&p[..word_start]) {
        return opens_sentence(next);
    }
    match abbr_class(word, lang) {
        Some(AbbrClass::Title) => return false,
        Some(AbbrClass::Any) => return next.is_uppercase(),
        None => {}
    }
    let mut chars = word.chars();
    let first = chars.next();
    // An initial: `Antony J. Blinken`.
    if chars.next().is_none() && first.is_some_and(char::is_uppercase) {
        return false;
    }
    // A dotted acronym (`U.S.`, `D.C.`) ends a sentence only before a typical sentence opener.
    if is_dotted_acronym(word) {
        let next_word: &str = p[k..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        return next.is_uppercase() && crate::data::with_ascii_lower(next_word, |w| DATA.starters.contains(w));
    }
    opens_sentence(next)
}

/// Whether the text ends in a year of three or four digits and one space (`… 1445 `).
fn year_before(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (3..=4).contains(&digits) && !rest[..rest.len() - digits].ends_with(|c: char| c.is_alphanumeric())
}

/// `U.S`, `D.C`, `a.m` (the final dot already cut): letters in groups of one or two separated by dots.
pub(crate) fn is_dotted_acronym(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|g| (1..=2).contains(&g.chars().count()) && g.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents<'a>(body: &'a str, lang: &Lang) -> Vec<&'a str> {
        split_sentences(body, lang)
            .into_iter()
            .map(|(a, b)| &body[a..b])
            .collect()
    }

    #[test]
    fn indonesian_abbreviations_do_not_end_sentences() {
        let s = sents(
            "Kantor itu berada di Jl. Merdeka No. 5, Kec. Gambir. Ia bertemu Jend. Pol. Budi dan dr. Rina. Warga membawa beras, minyak, dll. Semua selamat.",
            &Lang::Id,
        );
        assert_eq!(
            s,
            vec![
                "Kantor itu berada di Jl. Merdeka No. 5, Kec. Gambir.",
                "Ia bertemu Jend. Pol. Budi dan dr. Rina.",
                "Warga membawa beras, minyak, dll.",
                "Semua selamat."
            ]
        );
    }

    #[test]
    fn an_era_mark_after_a_year_ends_a_sentence_a_title_does_not() {
        let id = Lang::Id;
        assert_eq!(
            sents("Idul Fitri 1445 H. Presiden menyampaikan ucapan selamat.", &id),
            vec!["Idul Fitri 1445 H.", "Presiden menyampaikan ucapan selamat."]
        );
        // `H.` as the title of a haji stays inside the sentence.
        assert_eq!(
            sents("Ia bertemu H. Agus Salim di Jakarta.", &id),
            vec!["Ia bertemu H. Agus Salim di Jakarta."]
        );
        // A number of other length is no year.
        assert_eq!(sents("Nomor 12 H. Agus tiba.", &id), vec!["Nomor 12 H. Agus tiba."]);
    }

    #[test]
    fn english_titles_months_and_acronyms() {
        let s = sents(
            "Mr. Lee met Gen. Prayuth on Jan. 5 in the U.S. capital. Talks began in the U.S. The two sides agreed. St. Louis hosted it.",
            &Lang::En,
        );
        assert_eq!(
            s,
            vec![
                "Mr. Lee met Gen. Prayuth on Jan. 5 in the U.S. capital.",
                "Talks began in the U.S.",
                "The two sides agreed.",
                "St. Louis hosted it."
            ]
        );
    }

    #[test]
    fn initials_decimals_and_times() {
        let s = sents(
            "Rapat dipimpin Sri M. Dewi pukul 10.00 WIB. Inflasi naik 3.5 persen atau 1,5 kali lipat. Selesai.",
            &Lang::Id,
        );
        assert_eq!(
            s,
            vec![
                "Rapat dipimpin Sri M. Dewi pukul 10.00 WIB.",
                "Inflasi naik 3.5 persen atau 1,5 kali lipat.",
                "Selesai."
            ]
        );
    }

    #[test]
    fn quoted_speech_with_attribution_stays_one_sentence() {
        let s = sents(
            "\"Kami akan membantu warga,\" kata Bupati kepada wartawan. \"Semua aman.\" Warga lega. \"Mengapa?\" tanya seorang ibu.",
            &Lang::Id,
        );
        assert_eq!(
            s,
            vec![
                "\"Kami akan membantu warga,\" kata Bupati kepada wartawan.",
                "\"Semua aman.\"",
                "Warga lega.",
                "\"Mengapa?\" tanya seorang ibu."
            ]
        );
    }

    #[test]
    fn a_quote_glued_after_a_period_opens_the_next_sentence() {
        let s = sents(
            "Massa bergerak ke Cideng.\"Ada yang membakar ban,\" ujar Kapolres.",
            &Lang::Id,
        );
        assert_eq!(
            s,
            vec!["Massa bergerak ke Cideng.", "\"Ada yang membakar ban,\" ujar Kapolres."]
        );
    }

    #[test]
    fn a_period_typed_without_its_space() {
        let s = sents(
            "Dua orang ditangkap di Bekasi.Polisi menyita senjata dari KOMPAS.com dan Ph.D lulusan U.S.Army.",
            &Lang::Id,
        );
        assert_eq!(
            s,
            vec![
                "Dua orang ditangkap di Bekasi.",
                "Polisi menyita senjata dari KOMPAS.com dan Ph.D lulusan U.S.Army."
            ]
        );
    }

    #[test]
    fn ellipses_and_paragraph_breaks() {
        let s = sents(
            "Ia ragu... lalu pergi. Semua diam\u{2026} Kemudian hujan\nParagraf baru tanpa titik",
            &Lang::Id,
        );
        assert_eq!(
            s,
            vec![
                "Ia ragu... lalu pergi.",
                "Semua diam\u{2026}",
                "Kemudian hujan",
                "Paragraf baru tanpa titik"
            ]
        );
    }

    #[test]
    fn numbered_list_items_keep_their_number() {
        let s = sents(
            "1. Harga beras naik. Warga mengeluh.\nPada 2009. Semua berubah.",
            &Lang::Id,
        );
        assert_eq!(
            s,
            vec![
                "1. Harga beras naik.",
                "Warga mengeluh.",
                "Pada 2009.",
                "Semua berubah."
            ]
        );
    }

    #[test]
    fn overlong_text_is_cut_at_spaces() {
        let body = "kata ".repeat(1000);
        let spans = split_sentences(&body, &Lang::Id);
        assert!(spans.len() >= 3);
        assert!(spans.iter().all(|(a, b)| b - a <= MAX_SENTENCE && b > a));
        assert!(spans
            .iter()
            .all(|&(a, b)| !body[a..b].starts_with(' ') && !body[a..b].ends_with(' ')));
    }

    #[test]
    fn dotted_acronyms() {
        assert!(is_dotted_acronym("U.S"));
        assert!(is_dotted_acronym("a.m"));
        assert!(!is_dotted_acronym("KOMPAS.com"));
        assert!(!is_dotted_acronym("10.00"));
    }
}
