//! The same input and dictionaries give byte-identical JSONL whatever the thread count
//! (`--threads 1`, 2, all cores) and the order of documents in the input: each document's line
//! is the same bytes, and lines follow the input order. Run over real articles (the dev set,
//! the seed article and the English PETRARCH gold sentences), repeated past one coding batch.

mod common;
use common::*;
use std::collections::HashMap;

/// The real articles as JSONL records, each with an id unique across the sets.
fn articles(shared: &std::path::Path) -> Vec<serde_json::Value> {
    let mut docs = Vec::new();
    for (tag, file) in [
        ("dev", "eval/dev/input.jsonl"),
        ("seed", "eval/seed/antara-2015-11-18.jsonl"),
        ("gsr", "eval/petrarch2_gigaword_gsr.jsonl"),
    ] {
        let Ok(text) = std::fs::read_to_string(shared.join(file)) else {
            eprintln!("skipped part: {file} not found");
            continue;
        };
        for (i, l) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
            let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
            let id = v.get("id").map(|x| x.to_string()).unwrap_or_default();
            v["id"] = format!("{tag}-{i}-{}", id.trim_matches('"')).into();
            // Only what warta reads: the PETRARCH records carry parse trees that are not input.
            let keep = ["id", "text", "published", "date", "lang", "title", "url", "source"];
            v.as_object_mut().unwrap().retain(|k, _| keep.contains(&k.as_str()));
            docs.push(v);
        }
    }
    docs
}

fn lines_by_id(stdout: &[u8]) -> (Vec<String>, HashMap<String, Vec<u8>>) {
    let mut order = Vec::new();
    let mut map = HashMap::new();
    for l in stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        let v: serde_json::Value = serde_json::from_slice(l).unwrap();
        let id = v["id"].as_str().unwrap().to_string();
        order.push(id.clone());
        assert!(map.insert(id, l.to_vec()).is_none(), "an id twice in the output");
    }
    (order, map)
}

fn shuffled<T: Clone>(v: &[T], mut seed: u64) -> Vec<T> {
    let mut v = v.to_vec();
    for i in (1..v.len()).rev() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        v.swap(i, (seed % (i as u64 + 1)) as usize);
    }
    v
}

#[test]
fn thread_count_and_input_order_do_not_change_output() {
    let Some(shared) = shared() else { return };
    let base = articles(&shared);
    assert!(base.len() >= 30, "too few real articles: {}", base.len());
    // Three copies (ids made unique): more than one coding batch of 256, so batch edges move.
    let mut docs = Vec::new();
    for copy in 0..3 {
        for d in &base {
            let mut d = d.clone();
            d["id"] = format!("{}#{copy}", d["id"].as_str().unwrap()).into();
            docs.push(d);
        }
    }
    let input: String = docs.iter().map(|d| format!("{d}\n")).collect();
    let args = |t: Option<&'static str>| {
        let mut a = vec!["code", "--published", "2016-01-01"];
        if let Some(t) = t {
            a.extend(["--threads", t]);
        }
        a.push("-");
        a
    };
    let one = run(&args(Some("1")), input.as_bytes());
    assert!(one.status.success(), "{}", String::from_utf8_lossy(&one.stderr));
    assert!(!one.stdout.is_empty());
    let (order, by_id) = lines_by_id(&one.stdout);
    assert_eq!(order.len(), docs.len(), "one line per document");
    assert!(
        by_id.values().any(|l| String::from_utf8_lossy(l).contains("\"code\"")),
        "some events coded"
    );
    for threads in [Some("2"), None, Some("1")] {
        let o = run(&args(threads), input.as_bytes());
        assert!(o.status.success());
        assert!(
            o.stdout == one.stdout,
            "output differs between --threads 1 and {threads:?}"
        );
    }
    // Other input orders: every document's line is byte-identical, in the new order.
    for seed in [7u64, 0x5eed, 0xdead_beef] {
        let perm = shuffled(&docs, seed);
        let input: String = perm.iter().map(|d| format!("{d}\n")).collect();
        let o = run(&args(None), input.as_bytes());
        assert!(o.status.success());
        let (order2, by_id2) = lines_by_id(&o.stdout);
        let want: Vec<String> = perm.iter().map(|d| d["id"].as_str().unwrap().to_string()).collect();
        assert_eq!(order2, want, "lines follow the input order");
        for (id, line) in &by_id2 {
            assert!(
                by_id[id] == *line,
                "document {id} is coded differently when the documents around it change (seed {seed})"
            );
        }
    }
}
