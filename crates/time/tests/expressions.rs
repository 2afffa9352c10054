//! Table-driven check of `tests/expressions.tsv`: each row's text, tagged with the row's
//! reference date, must yield an expression with the expected value (none when it is empty).

use warta_core::{parse_date, parse_tsv, Lang};
use warta_time::{Style, Tagger, TimeContext};

#[test]
fn expression_table() {
    let file = "crates/time/tests/expressions.tsv";
    let rows = parse_tsv(file, include_str!("expressions.tsv"), "lang", 4).expect("table parses");
    assert!(rows.len() >= 300, "only {} rows", rows.len());
    let warta = Tagger::new();
    let timeml = Tagger::with_style(Style::TimeMl);
    let mut failed = Vec::new();
    let (mut id, mut en) = (0, 0);
    for r in &rows {
        let lang = Lang::parse(r.get(0));
        match lang {
            Lang::Id => id += 1,
            _ => en += 1,
        }
        let published = parse_date(r.get(1));
        assert!(published.is_some(), "{file}:{}: bad date", r.line);
        let tagger = if r.get(4) == "timeml" { &timeml } else { &warta };
        let mut ctx = TimeContext::default();
        let found = tagger.tag(r.get(2), &lang, published, &mut ctx);
        // An empty expected value: the text holds no time expression.
        let ok = if r.get(3).is_empty() {
            found.is_empty()
        } else {
            found.iter().any(|m| m.value.as_deref() == Some(r.get(3)))
        };
        if !ok {
            let got: Vec<String> = found
                .iter()
                .map(|m| format!("{}={}", m.text, m.value.as_deref().unwrap_or("None")))
                .collect();
            failed.push(format!(
                "{file}:{}: `{}` want {} got {:?}",
                r.line,
                r.get(2),
                r.get(3),
                got
            ));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} failed:\n{}",
        failed.len(),
        rows.len(),
        failed.join("\n")
    );
    assert!(id >= 150 && en >= 150, "want 150 rows a language, have id {id} en {en}");
}

#[test]
fn nothing_relative_without_publication_date() {
    let rows = parse_tsv("expressions.tsv", include_str!("expressions.tsv"), "lang", 4).unwrap();
    let tagger = Tagger::new();
    for r in &rows {
        let mut ctx = TimeContext::default();
        for m in tagger.tag(r.get(2), &Lang::parse(r.get(0)), None, &mut ctx) {
            if let Some(v) = &m.value {
                // Only absolute values may survive: full dates, months, years, durations, refs,
                // and recurring times (`XXXX-WXX-5`, every Friday), which need no publication day.
                let explicit_year = r.get(2).chars().filter(char::is_ascii_digit).count() >= 2;
                assert!(
                    explicit_year || v.starts_with('P') || v.ends_with("_REF") || v.starts_with("XXXX"),
                    "`{}` gave `{v}` without a publication date",
                    r.get(2)
                );
            }
        }
    }
}
