//! A reader that stops early (`warta code … | head -1`) must end warta quietly: no panic, no
//! "broken pipe" error, as other Unix tools do.

mod common;

use std::io::Read;
use std::process::Stdio;

#[test]
fn closed_stdout_ends_quietly() {
    let dir = common::temp_dir("pipe");
    let line = r#"{"id":"p","text":"Presiden Prancis mengunjungi Jakarta pada Selasa.","published":"2015-11-18"}"#;
    // Far more output than a pipe buffer holds, so warta is still writing when the reader leaves.
    let docs: String = (0..3000).map(|_| format!("{line}\n")).collect();
    let input = dir.join("many.jsonl");
    std::fs::write(&input, docs).unwrap();
    let mut child = common::warta()
        .args(["code", "--threads", "1"])
        .arg(&input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("warta starts");
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 100];
    out.read_exact(&mut first).unwrap();
    drop(out);
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    child.wait().unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.to_lowercase().contains("broken pipe"), "{err}");
}
