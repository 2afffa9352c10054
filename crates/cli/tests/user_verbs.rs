//! `--verbs`: an analyst's own Indonesian verb rows, added to the built-in dictionary.
mod common;
use common::{jsonl, run, temp_dir};

const TEXT: &[u8] = b"{\"id\":\"a\",\"published\":\"2026-11-20\",\"lang\":\"id\",\"text\":\"Polisi Indonesia menangkap dua demonstran di Jakarta. Presiden Prabowo menyambangi Perdana Menteri Malaysia Anwar Ibrahim di Kuala Lumpur.\"}\n";

/// (source, target, code) of every event of the first document.
fn triples(stdout: &[u8]) -> Vec<(String, String, String)> {
    jsonl(stdout)[0]["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let code = |v: &serde_json::Value| v["code"].as_str().unwrap_or("").to_string();
            (
                code(&e["source"]),
                code(&e["target"]),
                e["code"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn t(s: &str, t: &str, c: &str) -> (String, String, String) {
    (s.into(), t.into(), c.into())
}

#[test]
fn user_rows_recode_drop_and_fail_with_file_and_line() {
    let d = temp_dir("verbs");
    let built_in = run(&["code", "-"], TEXT);
    assert_eq!(built_in.status.code(), Some(0));
    assert_eq!(
        triples(&built_in.stdout),
        [t("IDNCOP", "IDNOPP", "173"), t("IDNGOV", "MYSGOV", "042")]
    );

    // `tangkap` marked as no event; `sambang` recoded as hosting (043) to show the override.
    let mine = d.join("mine.tsv");
    std::fs::write(
        &mine,
        "# my rows\ncode\tpredicate\tforms\tflags\tnote\n-\ttangkap\tme,di\t\tnot coded in this study\n043\tsambang\tme-i,di-i\t\trecoded\n",
    )
    .unwrap();
    let o = run(&["code", "--verbs", mine.to_str().unwrap(), "-"], TEXT);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(triples(&o.stdout), [t("IDNGOV", "MYSGOV", "043")]);

    let bad = d.join("bad.tsv");
    std::fs::write(&bad, "code\tpredicate\tforms\n042\tsambang\tme-i\n999\tkunjung\tme-i\n").unwrap();
    let o = run(&["code", "--verbs", bad.to_str().unwrap(), "-"], TEXT);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("bad.tsv:3: `999` is not a CAMEO event code"), "{err}");
}

#[test]
fn user_english_verbs_come_first_and_fail_with_file_and_line() {
    let d = temp_dir("en-verbs");
    let text = b"{\"id\":\"a\",\"published\":\"2026-11-20\",\"lang\":\"en\",\"text\":\"China snubbed Japan's prime minister at the summit. Russia slammed Britain's new sanctions.\"}\n";
    let built_in = run(&["code", "-"], text);
    assert_eq!(built_in.status.code(), Some(0));
    assert_eq!(triples(&built_in.stdout), [t("RUS", "GBR", "111")]);

    // A verb the built-in file lacks, and one it has (SLAM, 111) read as an accusation first.
    let mine = d.join("mine.txt");
    std::fs::write(
        &mine,
        "# mine\n--- SNUB [111] ---\nSNUB\n- * + [111]\n--- SLAM [112] ---\nSLAM\n- * + [112]\n",
    )
    .unwrap();
    let o = run(&["code", "--en-verbs", mine.to_str().unwrap(), "-"], text);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(triples(&o.stdout), [t("CHN", "JPNGOV", "111"), t("RUS", "GBR", "112")]);

    let bad = d.join("bad.txt");
    std::fs::write(&bad, "--- SNUB [111] ---\nSNUB\n- * &NO_SUCH_SET [111]\n").unwrap();
    let o = run(
        &[
            "code",
            "--en-verbs",
            mine.to_str().unwrap(),
            "--en-verbs",
            bad.to_str().unwrap(),
            "-",
        ],
        text,
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("bad.txt:3:"), "{err}");
}
