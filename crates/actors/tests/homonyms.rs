//! Homonyms resolved by the article: the countries it names and the people it named before.
//! Each case codes its sentences in order with one shared article context.

use warta_actors::{simple_sentence, ActorContext, ActorDict};
use warta_core::{parse_date, Lang};

/// The (code, name) of the mentions of the last sentence, after the earlier ones.
fn last(lang: Lang, date: &str, sentences: &[&str]) -> Vec<(String, String)> {
    let dict = ActorDict::embedded();
    let mut ctx = ActorContext::default();
    let mut got = Vec::new();
    for s in sentences {
        got = dict
            .find(&simple_sentence(s), &lang, parse_date(date), &mut ctx)
            .mentions
            .into_iter()
            .map(|m| (m.code, m.name.unwrap_or_default()))
            .collect();
    }
    got
}

fn codes(v: &[(String, String)]) -> Vec<&str> {
    v.iter().map(|(c, _)| c.as_str()).collect()
}

#[test]
fn the_countries_of_the_article_choose_the_homonym() {
    let alone = last(Lang::Id, "2025-06-01", &["Pedro Sánchez mengunjungi pangkalan itu."]);
    assert_eq!(codes(&alone), ["ESPGOV"]);
    let colombia = last(
        Lang::Id,
        "2025-06-01",
        &[
            "Kolombia akan membeli pesawat tempur baru tahun ini.",
            "Pedro Sánchez mengunjungi pangkalan itu.",
        ],
    );
    assert_eq!(codes(&colombia), ["COLGOV"]);
    let spain = last(
        Lang::En,
        "2025-06-01",
        &[
            "Spain and Colombia signed a trade deal, Spanish officials said.",
            "Pedro Sánchez welcomed it.",
        ],
    );
    assert_eq!(codes(&spain), ["ESPGOV"]);
}

#[test]
fn a_person_named_earlier_keeps_the_name() {
    let v = last(
        Lang::Id,
        "2025-06-01",
        &[
            "Menteri Pertahanan Kolombia Pedro Sánchez tiba di Madrid pada Senin.",
            "Spanyol menyambutnya.",
            "Pedro Sánchez mengatakan kerja sama itu penting.",
        ],
    );
    assert_eq!(codes(&v), ["COLGOV"]);
}

#[test]
fn a_surname_alone_is_the_person_named_before_it() {
    // Out of office in 2005, the elder Bush named in full is the `Bush` of the next sentence,
    // not the president of the day the dictionary's `Bush` would give.
    let v = last(
        Lang::En,
        "2005-06-01",
        &[
            "Former president George H. W. Bush opened the library on Monday.",
            "Bush said the building was finished.",
        ],
    );
    assert_eq!(v, [("USAELI".to_string(), "George H. W. Bush".to_string())]);
    let alone = last(Lang::En, "2005-06-01", &["Bush said the building was finished."]);
    assert_eq!(alone, [("USAGOV".to_string(), "George W. Bush".to_string())]);
}

#[test]
fn explain_lists_the_homonyms_and_the_choice() {
    let e = ActorDict::embedded().explain("Pedro Sánchez", &Lang::En, parse_date("2025-06-01"));
    let steps = e.steps.join("\n");
    assert!(
        steps.contains("homonyms [") && steps.contains("Pedro Sanchez (Colombia)"),
        "{steps}"
    );
    assert_eq!(e.mention.map(|m| m.code).as_deref(), Some("ESPGOV"));
}

#[test]
fn dewan_eropa_keeps_the_reading_the_article_chose() {
    let coe = last(
        Lang::Id,
        "2024-01-01",
        &[
            "Dewan Eropa menilai hukuman itu melanggar hak asasi manusia.",
            "Dewan Eropa meminta pemerintah meninjau undang-undang tersebut.",
        ],
    );
    // `pemerintah` is the home country's government (IDNGOV).
    assert_eq!(codes(&coe), ["IGOEURCOE", "IDNGOV"]);
    let alone = last(
        Lang::Id,
        "2024-01-01",
        &["Dewan Eropa meminta pemerintah meninjau undang-undang tersebut."],
    );
    assert_eq!(codes(&alone), ["IGOEUREEC", "IDNGOV"]);
    let explained = ActorDict::embedded().explain("Dewan Eropa membela HAM", &Lang::Id, parse_date("2024-01-01"));
    assert!(
        explained
            .steps
            .iter()
            .any(|s| s.contains("names several organizations")),
        "{:?}",
        explained.steps
    );
}
