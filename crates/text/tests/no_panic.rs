//! Property tests: no public function panics on any string, and the spans and offsets it returns are valid.

use proptest::prelude::*;
use warta_core::Lang;
use warta_text::{clean, detect_language, html_to_text, is_phrase_reduplication, segment, split_sentences, tokenize};

/// Arbitrary strings weighted toward the characters the text stage treats specially.
fn texty() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            any::<String>(),
            prop::sample::select(vec![
                ".",
                "..",
                "...",
                "\u{2026}",
                "!",
                "?",
                ",\" ",
                ".\" ",
                "\"",
                "'",
                "\u{201C}",
                "\u{201D}",
                "-",
                "--",
                "\u{2014}",
                "/",
                ":",
                "(",
                ")",
                "[",
                "]",
                "<",
                ">",
                "</p>",
                "<p>",
                "<script>",
                "&amp;",
                "&#",
                "&#x",
                ";",
                "\n",
                "\n\n",
                "\r\n",
                " ",
                "\u{00A0}",
                "\u{200B}",
                "e\u{0301}",
                "Jl.",
                "U.S.",
                "1,5",
                "10.00",
                "18/11/2015",
                "DiBrussels",
                "pesawat tempur-pesawat tempur",
                "Le Drian",
                "posisi-posisi",
                "Jakarta (ANTARA) - ",
                "JAKARTA, KOMPAS.com - ",
                "Editor: X",
                "Baca juga: Y",
                "(asp)",
                "WIB",
                "demikian Reuters",
                "\u{00A9} 2015",
                "-nya",
                "'s",
                "\u{1F600}",
                "\u{0E01}\u{0E34}",
            ])
            .prop_map(str::to_string),
            "[a-zA-Z]{1,8}",
            "[0-9]{1,4}",
        ],
        0..40,
    );
    pieces.prop_map(|v| v.concat())
}

fn langs() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Id), Just(Lang::En), Just(Lang::Other("fr".into()))]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn clean_never_panics(s in texty()) {
        let c = clean(&s);
        prop_assert!(!c.body.contains("\n\n"));
        prop_assert!(!c.body.contains("  "));
        prop_assert_eq!(c.body.trim(), c.body.as_str());
    }

    #[test]
    fn html_to_text_never_panics(s in texty()) {
        let _ = html_to_text(&s);
    }

    #[test]
    fn detect_language_never_panics(s in texty()) {
        let g = detect_language(&s);
        prop_assert!((0.0..=1.0).contains(&g.confidence));
    }

    #[test]
    fn sentence_spans_are_ordered_and_valid(s in texty(), lang in langs()) {
        let spans = split_sentences(&s, &lang);
        let mut last = 0;
        for (a, b) in spans {
            prop_assert!(a >= last && a < b && b <= s.len());
            prop_assert!(s.is_char_boundary(a) && s.is_char_boundary(b));
            prop_assert_eq!(s[a..b].trim(), &s[a..b]);
            last = b;
        }
    }

    #[test]
    fn token_offsets_are_valid(s in texty(), lang in langs()) {
        let mut last = 0;
        for t in tokenize(&s, &lang) {
            prop_assert!(t.start >= last && t.start < t.end && t.end <= s.len());
            prop_assert_eq!(&s[t.start..t.end], t.text.as_str());
            let _ = is_phrase_reduplication(&t);
            last = t.end;
        }
    }

    #[test]
    fn segment_never_panics(s in texty(), lang in langs()) {
        let c = clean(&s);
        for sent in segment(&c.body, &lang) {
            prop_assert_eq!(&c.body[sent.start..sent.start + sent.text.len()], sent.text.as_str());
        }
    }
}
