//! An ingest killed half-way leaves only whole batches; the next run completes the rest with no
//! document lost or doubled, and ends in the same state as one uninterrupted run.

mod store_util;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};
use store_util::*;

/// Writes `files` JSONL files of `per_file` generated documents (sentences combined and dated
/// differently, so every document is distinct).
fn corpus(dir: &Path, files: usize, per_file: usize) -> usize {
    std::fs::create_dir_all(dir).unwrap();
    let mut n = 0;
    for f in 0..files {
        let mut w = std::io::BufWriter::new(std::fs::File::create(dir.join(format!("part-{f:03}.jsonl"))).unwrap());
        for i in 0..per_file {
            let k = f * per_file + i;
            let text: Vec<&str> = (0..4).map(|j| SENTENCES[(k * 7 + j * 3) % SENTENCES.len()]).collect();
            let day = 1 + k % 28;
            let month = 1 + (k / 28) % 12;
            let doc = serde_json::json!({
                "id": format!("gen-{k}"),
                "text": format!("{} (laporan nomor {k})", text.join(" ")),
                "published": format!("2016-{month:02}-{day:02}"),
                "source": format!("sumber-{}", k % 5),
            });
            writeln!(w, "{doc}").unwrap();
            n += 1;
        }
    }
    n
}

#[test]
fn killed_ingest_resumes_without_loss_or_doubling() {
    let d = temp("resume");
    let input = d.join("in");
    let total = corpus(&input, 12, 1500);
    let db = d.join("killed.db");

    let mut child = bin()
        .args(["ingest", s(&input), "--db", s(&db), "--batch", "100", "--no-progress"])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once some batches are committed.
    let start = Instant::now();
    let mut seen = 0;
    while start.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(40));
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if db.exists() {
            let o = run(&["stats", "--db", s(&db), "--json"]);
            if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&o.stdout) {
                seen = v["documents"].as_i64().unwrap_or(0);
                if seen > 0 {
                    break;
                }
            }
        }
    }
    child.kill().ok();
    child.wait().unwrap();
    let mid = stats(&db);
    let stored = mid["documents"].as_i64().unwrap();
    assert!(stored >= seen, "committed batches stay");
    assert!(
        (stored as usize) < total,
        "the ingest finished before it could be killed ({stored} of {total}): make the corpus bigger"
    );
    assert_eq!(stored % 100, 0, "only whole batches are committed: {stored}");
    assert_eq!(mid["mentions"], mid["coded_events"], "no document without its mentions");

    // Resume.
    let o = run(&["ingest", s(&input), "--db", s(&db), "--json", "--batch", "100"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r["duplicates"].as_i64().unwrap(), stored, "{r}");
    assert_eq!(r["stored"].as_i64().unwrap() + stored, total as i64, "{r}");
    let resumed = stats(&db);
    assert_eq!(resumed["documents"], total);

    // The same as one uninterrupted run.
    let fresh_db = d.join("fresh.db");
    let o = run(&["ingest", s(&input), "--db", s(&fresh_db), "--batch", "100"]);
    assert!(o.status.success());
    let fresh = stats(&fresh_db);
    for k in [
        "documents",
        "events",
        "mentions",
        "coded_events",
        "multi_article_events",
    ] {
        assert_eq!(resumed[k], fresh[k], "{k}");
    }
    let _ = std::fs::remove_dir_all(&d);
}
