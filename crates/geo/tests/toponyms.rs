//! Table-driven toponym tests (tests/toponyms.tsv) and checks against the shared seed and dev
//! sets (skipped when /work/shared is absent).

use std::path::PathBuf;
use warta_core::Lang;
use warta_geo::{km, Gazetteer, GeoContext, PlaceMention};

fn shared() -> Option<PathBuf> {
    let p = std::env::var("WARTA_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")));
    p.is_dir().then_some(p)
}

#[test]
fn toponyms_in_context() {
    let g = Gazetteer::embedded();
    let table = include_str!("toponyms.tsv");
    let mut n = 0;
    let mut failures = Vec::new();
    for (i, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("lang\t") || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 5, "toponyms.tsv:{}: 5 fields", i + 1);
        let (lang, sentence, mention, expect) = (Lang::parse(f[0]), f[2], f[3], f[4]);
        let mut ctx = GeoContext {
            countries: f[1].split(',').filter(|c| !c.is_empty()).map(String::from).collect(),
            datelines: vec![],
            ..Default::default()
        };
        let found = g.find(sentence, &lang, &mut ctx);
        let hit = found.iter().find(|m| m.text == mention);
        n += 1;
        let ok = match (expect, hit) {
            ("!", None) => true,
            ("!", Some(_)) => false,
            (_, None) => false,
            (e, Some(m)) => {
                let (name, cc) = e.split_once('/').unwrap_or((e, "-"));
                m.geo.name == name && m.geo.country.as_deref().unwrap_or("-") == cc
            }
        };
        if !ok {
            let got: Vec<String> = found
                .iter()
                .map(|m| format!("{}→{}/{}", m.text, m.geo.name, m.geo.country.as_deref().unwrap_or("-")))
                .collect();
            failures.push(format!(
                "line {}: `{mention}` expected {expect}, found {got:?} in: {sentence}",
                i + 1
            ));
        }
    }
    assert!(n >= 200, "only {n} toponyms");
    assert!(
        failures.is_empty(),
        "{} of {n} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn find_all(text: &str, lang: &Lang, datelines: Vec<String>) -> Vec<PlaceMention> {
    let g = Gazetteer::embedded();
    let mut ctx = GeoContext {
        countries: vec![],
        datelines,
        ..Default::default()
    };
    // sentences are not split here: lines are enough for the checks below
    text.lines().flat_map(|l| g.find(l, lang, &mut ctx)).collect()
}

#[test]
fn seed_places_found_within_100_km() {
    let Some(sh) = shared() else {
        eprintln!("SKIP: shared data not found (set WARTA_SHARED)");
        return;
    };
    let gold_p = sh.join("eval/seed/antara-2015-11-18.gold.json");
    let input_p = sh.join("eval/seed/antara-2015-11-18.txt");
    let (Ok(gold), Ok(text)) = (std::fs::read_to_string(&gold_p), std::fs::read_to_string(&input_p)) else {
        eprintln!("SKIP: seed files not found");
        return;
    };
    let gold: serde_json::Value = serde_json::from_str(&gold).unwrap();
    let found = find_all(&text, &Lang::Id, vec![]);
    let mut bad = Vec::new();
    let mut n = 0;
    for e in gold["entities"].as_array().unwrap() {
        if e["type"] != "LOC" {
            continue;
        }
        n += 1;
        let t = e["text"].as_str().unwrap();
        let want = (e["geo"]["lat"].as_f64().unwrap(), e["geo"]["lon"].as_f64().unwrap());
        match found.iter().find(|m| m.text.eq_ignore_ascii_case(t)) {
            Some(m) if km(want, (m.geo.lat, m.geo.lon)) <= 100.0 => {}
            Some(m) => bad.push(format!("{t}: resolved to {:?}", m.geo)),
            None => bad.push(format!("{t}: not found")),
        }
    }
    assert!(n >= 13, "seed lists {n} places");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Recall and 100 km accuracy on the dev set's LOC entities (reported; a floor guards regressions).
#[test]
fn dev_loc_recall_and_accuracy() {
    let Some(sh) = shared() else {
        eprintln!("SKIP: shared data not found (set WARTA_SHARED)");
        return;
    };
    let (Ok(gold), Ok(input)) = (
        std::fs::read_to_string(sh.join("eval/dev/gold.jsonl")),
        std::fs::read_to_string(sh.join("eval/dev/input.jsonl")),
    ) else {
        eprintln!("SKIP: dev files not found");
        return;
    };
    let inputs: Vec<serde_json::Value> = input.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let (mut req, mut found_req, mut acc_req, mut all, mut found_all, mut acc_all) = (0, 0, 0, 0, 0, 0);
    let mut predicted = 0;
    let mut matched_pred = 0;
    let mut misses = Vec::new();
    for l in gold.lines() {
        let g: serde_json::Value = serde_json::from_str(l).unwrap();
        let id = g["id"].as_str().unwrap();
        let doc = inputs.iter().find(|d| d["id"] == id).unwrap();
        let lang = Lang::parse(doc["lang"].as_str().unwrap_or("id"));
        let found = find_all(doc["text"].as_str().unwrap(), &lang, vec![]);
        let locs: Vec<&serde_json::Value> = g["entities"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["type"] == "LOC")
            .collect();
        let mut texts: Vec<String> = found.iter().map(|m| m.text.to_lowercase()).collect();
        texts.sort();
        texts.dedup();
        predicted += texts.len();
        matched_pred += texts
            .iter()
            .filter(|t| locs.iter().any(|e| e["text"].as_str().unwrap().to_lowercase() == **t))
            .count();
        for e in locs {
            let t = e["text"].as_str().unwrap();
            let optional = e["optional"].as_bool().unwrap_or(false);
            let want = (e["geo"]["lat"].as_f64().unwrap(), e["geo"]["lon"].as_f64().unwrap());
            let m = found.iter().find(|m| m.text.eq_ignore_ascii_case(t));
            let close = m.is_some_and(|m| km(want, (m.geo.lat, m.geo.lon)) <= 100.0);
            all += 1;
            found_all += m.is_some() as usize;
            acc_all += close as usize;
            if !optional {
                req += 1;
                found_req += m.is_some() as usize;
                acc_req += close as usize;
                if !close {
                    misses.push(format!(
                        "{id} {t}: {}",
                        m.map(|m| format!("{} {:?} {:.2},{:.2}", m.geo.name, m.geo.country, m.geo.lat, m.geo.lon))
                            .unwrap_or_else(|| "not found".into())
                    ));
                }
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    eprintln!(
        "dev LOC required: recall {}/{} = {:.1}%, within 100 km {}/{} = {:.1}%",
        found_req,
        req,
        pct(found_req, req),
        acc_req,
        req,
        pct(acc_req, req)
    );
    eprintln!(
        "dev LOC all (with optional): recall {:.1}%, within 100 km {:.1}%; predicted surface forms {}, of them gold LOC {} ({:.1}%)",
        pct(found_all, all),
        pct(acc_all, all),
        predicted,
        matched_pred,
        pct(matched_pred, predicted)
    );
    eprintln!("required misses:\n  {}", misses.join("\n  "));
    assert!(pct(acc_req, req) >= 70.0, "dev LOC accuracy fell below 70%");
}

mod prop {
    use proptest::prelude::*;
    use warta_core::Lang;
    use warta_geo::{Gazetteer, GeoContext};

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Any text, also with prepositions, glued names and odd characters, gives mentions whose
        /// spans lie on character boundaries of the sentence and whose text is that span.
        #[test]
        fn find_never_panics(s in "(\\PC|di |ke |DiParis|Raqa|Washington|, |\\. |AS ){0,24}") {
            let g = Gazetteer::embedded();
            let mut ctx = GeoContext::default();
            for lang in [Lang::Id, Lang::En] {
                for m in g.find(&s, &lang, &mut ctx) {
                    prop_assert!(m.start < m.end && m.end <= s.len());
                    prop_assert_eq!(&s[m.start..m.end], m.text.as_str());
                }
            }
            let _ = g.candidates(&s);
            let _ = g.explain(&s, &ctx);
        }
    }
}
