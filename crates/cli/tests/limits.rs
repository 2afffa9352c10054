//! Caps and accounting: a document over a cap is coded up to it and reported (never dropped
//! silently), readers stream (memory stays bounded on one huge line), and every run ends with a
//! summary on stderr, a JSON report with `--report`, and an exit status telling "all coded",
//! "some skipped" and "nothing readable" apart.

mod common;
use common::*;
use std::io::Write;
use std::process::Stdio;

const SENT: &str = "Pasukan Rusia menyerang posisi kelompok ISIS di Suriah utara pada Senin. ";

#[test]
fn each_cap_has_a_flag_and_cuts_with_a_warning() {
    let text = SENT.repeat(40);
    let doc = serde_json::json!({"id": "a", "text": text, "published": "2019-09-23", "lang": "id"});
    let input = format!("{doc}\n");
    let base = run(&["code", "-"], input.as_bytes());
    assert_eq!(base.status.code(), Some(0));
    let base = &jsonl(&base.stdout)[0];
    assert_eq!(base["sentences"].as_array().unwrap().len(), 40);
    assert!(base["warnings"].as_array().is_none_or(|w| w.is_empty()), "{base}");
    let events = base["events"].as_array().unwrap().len();
    assert!(events >= 2, "{base}");
    for (flag, value, cap) in [
        ("--max-doc-bytes", "300", "(max_doc_bytes)"),
        ("--max-sentences", "3", "(max_sentences)"),
        ("--max-events", "1", "(max_events)"),
        ("--max-sentence-bytes", "20", "(max_sentence_bytes)"),
        ("--max-tokens", "3", "(max_tokens)"),
    ] {
        let o = run(&["code", flag, value, "-"], input.as_bytes());
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "a cut document is coded: {flag}: {err}");
        let docs = jsonl(&o.stdout);
        assert_eq!(docs.len(), 1, "{flag}");
        let w = docs[0]["warnings"].to_string();
        assert!(w.contains(cap), "{flag}: {w}");
        assert!(err.contains("1 coded (1 truncated"), "{flag}: {err}");
        match flag {
            "--max-sentences" => assert_eq!(docs[0]["sentences"].as_array().unwrap().len(), 3),
            "--max-events" => assert_eq!(docs[0]["events"].as_array().unwrap().len(), 1),
            "--max-sentence-bytes" => {
                assert!(docs[0]["sentences"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|s| s.as_str().unwrap().len() <= 20))
            }
            _ => {}
        }
    }
}

#[test]
fn a_jsonl_line_over_the_read_cap_is_coded_up_to_it() {
    // The read cap for a record is 4 × --max-doc-bytes, at least 1 MB: a 3 MB line is cut.
    let text = SENT.repeat((3 << 20) / SENT.len());
    let doc = serde_json::json!({"id": "big", "lang": "id", "text": text, "published": "2019-09-23"});
    let small = serde_json::json!({"id": "small", "text": SENT});
    let input = format!("{doc}\n{small}\n");
    let o = run(&["code", "--max-doc-bytes", "10000", "-"], input.as_bytes());
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let docs = jsonl(&o.stdout);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["big", "small"]);
    assert!(err.contains("-:1: line is") && err.contains("over the cap"), "{err}");
    assert!(docs[0]["warnings"].to_string().contains("(max_doc_bytes)"));
    assert!(!docs[0]["sentences"].as_array().unwrap().is_empty());
    // The cut falls in a field other than the text: reported as skipped, exit 3.
    let doc = serde_json::json!({"text": "Polisi menangkap dua orang.", "meta": vec![1u32; 600_000]});
    let o = run(
        &["code", "--max-doc-bytes", "10000", "-"],
        format!("{doc}\n{small}\n").as_bytes(),
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(
        err.contains("skipped: -:1: line is") && err.contains("not inside its text"),
        "{err}"
    );
    assert_eq!(jsonl(&o.stdout).len(), 1);
}

#[test]
fn big_files_are_read_up_to_the_cap() {
    let d = temp_dir("bigfiles");
    let txt = d.join("big.txt");
    std::fs::write(&txt, SENT.repeat(1000)).unwrap();
    let html = d.join("big.html");
    std::fs::write(
        &html,
        format!("<html><body><p>{}</p></body></html>", SENT.repeat(100_000)),
    )
    .unwrap();
    let o = run(
        &["code", "--max-doc-bytes", "5000", "--lang", "id", s(&txt), s(&html)],
        b"",
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let want = format!(
        "big.txt: {} bytes; read and coded its first 5000 (max_doc_bytes)",
        SENT.len() * 1000
    );
    assert!(err.contains(&want), "{err}");
    assert!(
        err.contains("big.html") && err.contains("read and coded its first 1048576"),
        "{err}"
    );
    assert!(err.contains("2 coded (2 truncated"), "{err}");
}

fn s(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn summary_report_and_exit_statuses() {
    let d = temp_dir("report");
    let ok = d.join("ok.txt");
    std::fs::write(&ok, "Polisi menangkap dua tersangka di Jakarta kemarin.").unwrap();
    let bad = d.join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"id\":\"x\",\"text\":\"Tentara menembak.\"}\nnot json\n{\"id\":\"y\"}\n",
    )
    .unwrap();
    let empty = d.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let report = d.join("r.json");

    // All coded: 0.
    let o = run(&["code", "--report", s(&report), s(&ok)], b"");
    assert_eq!(o.status.code(), Some(0));
    let r: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(r["outcome"], "all coded");
    assert_eq!(r["coded"], 1);
    assert_eq!(r["exit_status"], 0);
    assert!(String::from_utf8_lossy(&o.stderr).contains("warta: all coded: 1 read, 1 coded"));

    // Some skipped: 3, with reasons.
    let o = run(&["code", "--report", s(&report), s(&ok), s(&bad), s(&empty)], b"");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3), "{err}");
    let r: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(r["outcome"], "some skipped");
    assert_eq!(r["read"], 5);
    assert_eq!(r["coded"], 2);
    assert_eq!(r["skipped"], 3);
    assert_eq!(r["skipped_by_reason"]["not JSON"], 1, "{r}");
    assert_eq!(r["skipped_by_reason"]["no text field"], 1, "{r}");
    assert_eq!(r["skipped_by_reason"]["empty"], 1, "{r}");
    assert!(err.contains("skipped 1: not JSON"), "{err}");

    // Nothing readable: 4.
    let o = run(&["code", "--report", s(&report), s(&empty)], b"");
    assert_eq!(o.status.code(), Some(4));
    let r: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(r["outcome"], "nothing readable");

    // Usage error: 2 (clap's, and a bad value); a fatal error: 1.
    assert_eq!(run(&["code", "--no-such-flag"], b"").status.code(), Some(2));
    assert_eq!(
        run(&["code", "--published", "2015-13-45", "-"], b"x").status.code(),
        Some(2)
    );
    let o = run(&["code", "--dict", s(&d.join("no-such-dict.tsv")), "-"], b"x");
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    let o = run(&["code", "-o", s(&d.join("no/such/dir/out.jsonl")), s(&ok)], b"");
    assert_eq!(o.status.code(), Some(1));

    // Ingest: the same summary, report and statuses.
    let db = d.join("w.db");
    let o = run(
        &["ingest", "--db", s(&db), "--report", s(&report), s(&ok), s(&bad)],
        b"",
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3), "{err}");
    let r: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(r["command"], "ingest");
    assert_eq!(r["coded"], 2, "{r}");
    assert_eq!(r["skipped"], 2, "{r}");
    assert!(err.contains("warta: some skipped:"), "{err}");
    let o = run(&["ingest", "--db", s(&db), s(&ok)], b"");
    assert_eq!(o.status.code(), Some(0), "already stored counts as coded");
    let o = run(&["ingest", "--db", s(&db), s(&empty)], b"");
    assert_eq!(o.status.code(), Some(4));
}

/// Peak resident memory (KB) of `warta code <args>` fed `len` bytes from `chunk` repeated.
fn max_rss_kb(args: &[&str], head: &[u8], chunk: &[u8], len: usize, tail: &[u8]) -> (i64, std::process::ExitStatus) {
    let mut child = warta()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let (head, chunk, tail) = (head.to_vec(), chunk.to_vec(), tail.to_vec());
    let writer = std::thread::spawn(move || {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, &mut stdin);
        let _ = w.write_all(&head);
        let mut n = 0;
        while n < len {
            if w.write_all(&chunk).is_err() {
                return;
            }
            n += chunk.len();
        }
        let _ = w.write_all(&tail);
    });
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data; wait4 fills it for our own child, which we reap here
    // (std's Child is not waited on afterwards).
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
    assert_eq!(r, pid);
    writer.join().unwrap();
    std::mem::forget(child);
    use std::os::unix::process::ExitStatusExt;
    (ru.ru_maxrss, std::process::ExitStatus::from_raw(status))
}

#[test]
fn memory_stays_bounded_on_one_huge_line() {
    // 160 MB on one line, as text and as one JSONL record: both are streamed.
    const BIG: usize = 160 << 20;
    let chunk = "Tentara menembaki desa itu dan polisi menangkap warga ".repeat(1000);
    let args = ["code", "--lang", "id", "--published", "2016-01-01", "-"];
    let (small, st) = max_rss_kb(&args, b"", chunk.as_bytes(), 1, b"");
    assert!(st.success());
    let (txt, st) = max_rss_kb(&args, b"", chunk.as_bytes(), BIG, b"");
    assert!(st.success(), "{st:?}");
    let (json, st) = max_rss_kb(&args, b"{\"id\":\"big\",\"text\":\"", chunk.as_bytes(), BIG, b"\"}\n");
    assert!(st.success(), "{st:?}");
    eprintln!("max RSS: small input {small} KB, 160 MB text line {txt} KB, 160 MB JSONL line {json} KB");
    // The caps (2 MB of text, 8 MB of a record) bound what is held, whatever the input size.
    for (what, kb) in [("text", txt), ("jsonl", json)] {
        assert!(
            kb < small + 120 * 1024,
            "{what}: {kb} KB against {small} KB for a small input"
        );
    }
}
