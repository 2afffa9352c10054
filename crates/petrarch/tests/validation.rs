//! The PETRARCH validation suite (279 enabled records) coded with its own PETR.Validate.*
//! dictionaries, read from `../shared` (env `WARTA_SHARED`); skipped when absent.

use std::collections::HashMap;
use std::path::PathBuf;
use warta_petrarch::{dict, CodeOptions, PetrarchDicts};

fn shared() -> PathBuf {
    std::env::var_os("WARTA_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

fn load_validate(dir: &std::path::Path) -> PetrarchDicts {
    let f = |n: &str| dir.join(format!("PETR.Validate.{n}.txt"));
    PetrarchDicts::new(
        PetrarchDicts::load_actor_file(f("actors")).unwrap(),
        PetrarchDicts::load_agent_file(f("agents")).unwrap(),
        PetrarchDicts::load_verb_file(f("verbs")).unwrap(),
        PetrarchDicts::load_discard_file(f("discards")).unwrap(),
    )
}

/// A Treebank parse with unbalanced brackets is bad input (PETRARCH codes nothing).
fn bad_parse(p: &str) -> bool {
    let mut d: i64 = 0;
    for c in p.chars() {
        d += match c {
            '(' => 1,
            ')' => -1,
            _ => 0,
        };
        if d < 0 {
            return true;
        }
    }
    d != 0
}

#[test]
fn validation_suite_f1() {
    let root = shared();
    let gold = root.join("eval/petrarch2_validation.jsonl");
    let cameo = root.join("cameo");
    if !gold.exists() || !cameo.join("PETR.Validate.verbs.txt").exists() {
        eprintln!("SKIP: {} or the PETR.Validate dictionaries not found", gold.display());
        return;
    }
    let d = load_validate(&cameo);
    let text = std::fs::read_to_string(&gold).unwrap();
    let (mut tp, mut n_gold, mut n_pred, mut records, mut exact) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let r: serde_json::Value = serde_json::from_str(line).unwrap();
        if r["enabled"] == serde_json::Value::Bool(false) {
            continue;
        }
        let mut o = CodeOptions::default();
        for (k, v) in r["config"].as_object().into_iter().flatten() {
            o.set(k, v.as_str().unwrap_or("")).unwrap();
        }
        let date = r["date"].as_str().and_then(warta_core::parse_date);
        let pred = if r["parse"].as_str().is_some_and(bad_parse) {
            Vec::new()
        } else {
            d.code_sentence_with(r["text"].as_str().unwrap(), date, &o)
        };
        let mut want: HashMap<(String, String, String), usize> = HashMap::new();
        for e in r["events"].as_array().unwrap() {
            let k = (
                e["source"].as_str().unwrap().to_string(),
                e["target"].as_str().unwrap().to_string(),
                e["code"].as_str().unwrap().to_string(),
            );
            *want.entry(k).or_default() += 1;
            n_gold += 1;
        }
        let mut hit = 0;
        for e in &pred {
            if let Some(c) = want.get_mut(&(e.source.clone(), e.target.clone(), e.code.clone())) {
                if *c > 0 {
                    *c -= 1;
                    hit += 1;
                }
            }
        }
        tp += hit;
        n_pred += pred.len();
        records += 1;
        if hit == pred.len() && hit == r["events"].as_array().unwrap().len() {
            exact += 1;
        }
    }
    let p = tp as f64 / n_pred.max(1) as f64;
    let r = tp as f64 / n_gold.max(1) as f64;
    let f1 = 2.0 * p * r / (p + r).max(1e-9);
    eprintln!("validation: {records} records, {exact} exactly right; P {p:.3} R {r:.3} F1 {f1:.3}");
    assert_eq!(records, 279);
    assert!(f1 >= 0.95, "exact F1 {f1:.3} fell below 0.95");
    assert!(exact >= 261, "{exact} records exactly right, want at least 261");
}

#[test]
fn phoenix_dictionaries_load_fast() {
    let cameo = shared().join("cameo");
    let files = [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.agents.txt",
    ];
    if !files.iter().all(|f| cameo.join(f).exists()) {
        eprintln!("SKIP: Phoenix dictionaries not found under {}", cameo.display());
        return;
    }
    let t = std::time::Instant::now();
    let mut warnings = Vec::new();
    let mut entries = 0;
    for f in &files[..3] {
        let text = std::fs::read_to_string(cameo.join(f)).unwrap();
        entries += dict::parse_actors_lenient(f, &text, &mut warnings)
            .unwrap()
            .entries
            .len();
    }
    let agents = dict::parse_agents_lenient(
        files[3],
        &std::fs::read_to_string(cameo.join(files[3])).unwrap(),
        &mut warnings,
    )
    .unwrap();
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "Phoenix: {entries} actor entries, {} agent forms, {} bad lines, {secs:.3}s (debug build)",
        agents.phrases.len(),
        warnings.len()
    );
    assert!(entries > 20_000, "{entries}");
    // The production files have a handful of typos; they are reported, not fatal.
    assert!(warnings.len() < 40, "{warnings:?}");
    assert!(warnings.iter().all(|w| w.to_string().contains(".txt:")));
}
