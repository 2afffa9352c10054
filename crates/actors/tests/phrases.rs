//! Table-driven test: every row of `phrases*.tsv` (phrase, lang, date, expected codes) is
//! coded alone with the built-in dictionaries; all mismatches are listed before failing. An
//! optional fifth column `name` checks the person or office holder the first mention names
//! (`-`: nobody).
//! To extend it, add rows to any of the tables (the office-holder tables test terms by date).

use warta_actors::{simple_sentence, ActorContext, ActorDict};
use warta_core::{parse_date, parse_tsv, Lang};

#[test]
fn phrase_table() {
    let tables = [
        ("tests/phrases.tsv", include_str!("phrases.tsv")),
        (
            "tests/phrases_offices_west.tsv",
            include_str!("phrases_offices_west.tsv"),
        ),
        (
            "tests/phrases_offices_rest.tsv",
            include_str!("phrases_offices_rest.tsv"),
        ),
        ("tests/phrases_igo.tsv", include_str!("phrases_igo.tsv")),
        ("tests/phrases_interior.tsv", include_str!("phrases_interior.tsv")),
        ("tests/phrases_homonyms.tsv", include_str!("phrases_homonyms.tsv")),
        ("tests/phrases_history.tsv", include_str!("phrases_history.tsv")),
        ("tests/phrases_verify.tsv", include_str!("phrases_verify.tsv")),
        ("tests/phrases_defence.tsv", include_str!("phrases_defence.tsv")),
        ("tests/phrases_current.tsv", include_str!("phrases_current.tsv")),
        ("tests/phrases_fill.tsv", include_str!("phrases_fill.tsv")),
        ("tests/phrases_fill_africa.tsv", include_str!("phrases_fill_africa.tsv")),
        ("tests/phrases_fill_europe.tsv", include_str!("phrases_fill_europe.tsv")),
        (
            "tests/phrases_fill_asia_americas.tsv",
            include_str!("phrases_fill_asia_americas.tsv"),
        ),
        (
            "tests/phrases_fill_oceania.tsv",
            include_str!("phrases_fill_oceania.tsv"),
        ),
        (
            "tests/phrases_fill_americas.tsv",
            include_str!("phrases_fill_americas.tsv"),
        ),
        (
            "tests/phrases_fill_missing.tsv",
            include_str!("phrases_fill_missing.tsv"),
        ),
        ("tests/phrases_dated_orgs.tsv", include_str!("phrases_dated_orgs.tsv")),
        ("tests/phrases_regions.tsv", include_str!("phrases_regions.tsv")),
        (
            "tests/phrases_indonesia_figures.tsv",
            include_str!("phrases_indonesia_figures.tsv"),
        ),
    ];
    let mut rows = Vec::new();
    for (file, text) in tables {
        rows.extend(
            parse_tsv(file, text, "phrase", 4)
                .unwrap_or_else(|e| panic!("{e}"))
                .into_iter()
                .map(|r| (file, r)),
        );
    }
    let dict = ActorDict::embedded();
    let mut failures = Vec::new();
    let (mut id, mut en) = (0, 0);
    for (file, r) in &rows {
        let (phrase, lang, date, want) = (r.get(0), Lang::parse(r.get(1)), parse_date(r.get(2)), r.get(3));
        match lang {
            Lang::Id => id += 1,
            _ => en += 1,
        }
        let mut ctx = ActorContext::default();
        let got = dict.find(&simple_sentence(phrase), &lang, date, &mut ctx);
        let codes: Vec<&str> = got.mentions.iter().map(|m| m.code.as_str()).collect();
        let got_s = if codes.is_empty() {
            "-".to_string()
        } else {
            codes.join(" ")
        };
        // An optional fifth column names the person or office holder of the first mention
        // (`-`: it names nobody).
        let want_name = r.get(4);
        let got_name = got.mentions.first().and_then(|m| m.name.as_deref()).unwrap_or("");
        if !want_name.is_empty() && got_name != want_name.trim_start_matches('-') {
            failures.push(format!(
                "{file}:{}: `{phrase}` ({lang}, {}) names `{got_name}`, want `{want_name}`",
                r.line,
                r.get(2)
            ));
        }
        if got_s != want {
            failures.push(format!(
                "{file}:{}: `{phrase}` ({lang}, {}) → {got_s}, want {want}",
                r.line,
                r.get(2)
            ));
        }
    }
    assert!(rows.len() >= 400, "only {} phrases", rows.len());
    assert!(id >= 200 && en >= 200, "{id} Indonesian, {en} English");
    assert!(
        failures.is_empty(),
        "{} of {} phrases wrong:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}
