//! The shared gold sets (outside the repository): the seed article's required times, and times F1
//! floors on IndoTimex, TempEval-3 platinum and the dev set. Skipped when /work/shared is absent
//! (set WARTA_SHARED to its path).

use std::path::PathBuf;
use warta_core::{parse_date, Lang};
use warta_time::{Style, Tagger, TimeContext};

fn shared() -> Option<PathBuf> {
    let p = std::env::var("WARTA_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    p.join("eval").is_dir().then_some(p)
}

fn jsonl(p: &PathBuf) -> Vec<serde_json::Value> {
    std::fs::read_to_string(p)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

/// Text overlap as score.py counts it: one contains the other or they share a word.
fn overlap(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    a.contains(&b) || b.contains(&a) || a.split_whitespace().any(|w| b.split_whitespace().any(|v| v == w))
}

/// (text, value) of each expression of a document, tagged line by line.
fn tag_doc(t: &Tagger, text: &str, published: Option<&str>, lang: &str) -> Vec<(String, String)> {
    let mut ctx = TimeContext::default();
    let lang = Lang::parse(lang);
    let published = published.and_then(parse_date);
    text.split('\n')
        .flat_map(|line| t.tag(line, &lang, published, &mut ctx))
        .map(|m| (m.text, m.value.unwrap_or_default()))
        .collect()
}

/// Greedy matching (a lower bound of score.py's maximum matching): (matched required, required,
/// matched predictions, predictions).
fn count(gold: &[serde_json::Value], pred: &[(String, String)]) -> (usize, usize, usize, usize) {
    let ok = |g: &serde_json::Value, p: &(String, String)| {
        g["value"].as_str() == Some(p.1.as_str()) && overlap(g["text"].as_str().unwrap_or(""), &p.0)
    };
    let mut used = vec![false; pred.len()];
    let (mut hit_req, mut req, mut hit_pred) = (0, 0, 0);
    // required first, then optional ones may absorb the remaining predictions
    for pass in [false, true] {
        for g in gold.iter().filter(|g| g["optional"].as_bool().unwrap_or(false) == pass) {
            if !pass {
                req += 1;
            }
            if let Some(j) = (0..pred.len()).find(|&j| !used[j] && ok(g, &pred[j])) {
                used[j] = true;
                hit_pred += 1;
                if !pass {
                    hit_req += 1;
                }
            }
        }
    }
    (hit_req, req, hit_pred, pred.len())
}

fn f1(c: (usize, usize, usize, usize)) -> f64 {
    let r = c.0 as f64 / c.1.max(1) as f64;
    let p = c.2 as f64 / c.3.max(1) as f64;
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn set_f1(path: PathBuf, style: Style, inputs: Option<PathBuf>) -> f64 {
    let t = Tagger::with_style(style);
    let golds = jsonl(&path);
    let ins = inputs.map(|p| jsonl(&p)).unwrap_or_default();
    let mut tot = (0, 0, 0, 0);
    for g in &golds {
        let doc = ins.iter().find(|d| d["id"] == g["id"]).unwrap_or(g);
        let pred = tag_doc(
            &t,
            doc["text"].as_str().unwrap_or(""),
            doc["published"].as_str(),
            doc["lang"].as_str().unwrap_or("id"),
        );
        let c = count(g["times"].as_array().map(Vec::as_slice).unwrap_or(&[]), &pred);
        tot = (tot.0 + c.0, tot.1 + c.1, tot.2 + c.2, tot.3 + c.3);
    }
    f1(tot)
}

#[test]
fn seed_article_required_times() {
    let Some(sh) = shared() else {
        eprintln!("SKIP: shared eval data not found");
        return;
    };
    let doc = &jsonl(&sh.join("eval/seed/antara-2015-11-18.jsonl"))[0];
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sh.join("eval/seed/antara-2015-11-18.gold.json")).unwrap())
            .unwrap();
    let pred = tag_doc(
        &Tagger::new(),
        doc["text"].as_str().unwrap(),
        doc["published"].as_str(),
        "id",
    );
    let c = count(gold["times"].as_array().unwrap(), &pred);
    assert_eq!(c.0, c.1, "seed: {} of {} required times; found {pred:?}", c.0, c.1);
    assert_eq!(c.2, c.3, "seed: predictions outside the gold: {pred:?}");
}

#[test]
fn gold_set_floors() {
    let Some(sh) = shared() else {
        eprintln!("SKIP: shared eval data not found");
        return;
    };
    let e = sh.join("eval");
    let indo = set_f1(e.join("time/indotimex.jsonl"), Style::TimeMl, None);
    let te3 = set_f1(e.join("time/tempeval3_platinum.jsonl"), Style::TimeMl, None);
    let dev = set_f1(e.join("dev/gold.jsonl"), Style::Warta, Some(e.join("dev/input.jsonl")));
    eprintln!("times F1 (greedy): indotimex {indo:.3} tempeval3 {te3:.3} dev {dev:.3}");
    assert!(indo >= 0.91, "indotimex {indo:.3}");
    assert!(te3 >= 0.87, "tempeval3 {te3:.3}");
    assert!(dev >= 0.90, "dev {dev:.3}");
}
