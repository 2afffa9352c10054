//! Bad input never panics, is reported with its file and line, and never stops the other records.

mod common;
use common::*;

#[test]
fn empty_and_binary_files_are_reported_and_others_coded() {
    let d = temp_dir("bad");
    std::fs::write(d.join("empty.txt"), b"").unwrap();
    std::fs::write(d.join("garbage.txt"), [0u8, 159, 146, 150, 1, 2, 3, 0, 255]).unwrap();
    std::fs::write(d.join("ok.txt"), "Polisi menangkap dua tersangka di Jakarta kemarin.").unwrap();
    let out = run(
        &[
            "code",
            d.join("empty.txt").to_str().unwrap(),
            d.join("garbage.txt").to_str().unwrap(),
            d.join("ok.txt").to_str().unwrap(),
        ],
        b"",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(3),
        "some skipped, one coded: exit 3; stderr: {err}"
    );
    assert!(err.contains("empty.txt: empty"), "{err}");
    assert!(err.contains("garbage.txt: binary"), "{err}");
    let docs = jsonl(&out.stdout);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "ok.txt");
}

#[test]
fn nothing_readable_exits_non_zero() {
    let d = temp_dir("none");
    std::fs::write(d.join("empty.txt"), b"   \n").unwrap();
    let out = run(&["code", d.join("empty.txt").to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(4), "nothing readable");
    let out = run(&["code", d.join("missing.txt").to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
}

#[test]
fn bad_jsonl_lines_name_file_and_line() {
    let d = temp_dir("jsonl");
    let p = d.join("in.jsonl");
    std::fs::write(
        &p,
        "{\"id\":\"a\",\"text\":\"Presiden Prancis mengecam serangan itu.\",\"published\":\"2015-11-18\"}\n\
         this is not json\n\
         {\"id\":\"b\",\"title\":\"no text\"}\n\
         {\"id\":\"c\",\"text\":\"Rusia membom posisi ISIS di Suriah.\"}\n",
    )
    .unwrap();
    let out = run(&["code", p.to_str().unwrap()], b"");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("in.jsonl:2: not JSON"), "{err}");
    assert!(err.contains("in.jsonl:3: no `text` field"), "{err}");
    let ids: Vec<String> = jsonl(&out.stdout)
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, vec!["a", "c"]);
    // The old flag is still accepted and means what is now the default.
    let out = run(&["code", "--fail-on-skip", p.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let out = run(
        &["code", "--published", "2015-11-18", "-"],
        b"Tentara Rusia menyerang \xff\xfe kota itu kemarin.\n",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("invalid UTF-8"), "{err}");
    let docs = jsonl(&out.stdout);
    assert_eq!(docs.len(), 1);
    assert!(docs[0]["sentences"][0].as_str().unwrap().contains('\u{fffd}'));
}

#[test]
fn one_huge_line_is_coded_without_crashing() {
    // 50 MB on one line, no sentence end: the text stages must cope.
    let mut big = String::with_capacity(50 << 20);
    while big.len() < 50 << 20 {
        big.push_str("Tentara menembaki desa itu dan polisi menangkap warga ");
    }
    let out = run(&["code", "--lang", "id", "-"], big.as_bytes());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    let docs = jsonl(&out.stdout);
    assert_eq!(docs.len(), 1);
    // Coded up to the caps, and said so: in the document's warnings and in the summary.
    let w = docs[0]["warnings"].to_string();
    assert!(w.contains("(max_doc_bytes)"), "{w}");
    assert!(err.contains("1 truncated"), "{err}");
}

#[test]
fn bad_flags_are_clear_errors() {
    let out = run(&["code", "--published", "18/11/2015", "-"], b"x");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--published `18/11/2015` is not a date"));
    let out = run(&["code", "--lang", "fr", "-"], b"x");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn html_is_stripped() {
    let d = temp_dir("html");
    let p = d.join("page.html");
    std::fs::write(
        &p,
        "<html><head><title>t</title><script>var x = 'menyerang';</script></head><body><p>Polisi Indonesia menangkap tiga tersangka di Bekasi.</p></body></html>",
    )
    .unwrap();
    let out = run(&["code", "--published", "2019-09-23", p.to_str().unwrap()], b"");
    assert!(out.status.success());
    let docs = jsonl(&out.stdout);
    let text = docs[0]["sentences"].to_string();
    assert!(text.contains("Polisi Indonesia menangkap"), "{text}");
    assert!(!text.contains("var x"), "{text}");
    assert!(!text.contains("<p>"), "{text}");
}
