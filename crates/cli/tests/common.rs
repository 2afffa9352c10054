//! Helpers shared by the integration tests (each test file includes this module).
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

pub fn warta() -> Command {
    Command::new(env!("CARGO_BIN_EXE_warta"))
}

/// Runs warta with `args`, feeding `stdin`.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = warta()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("warta runs");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("warta finishes");
    writer.join().unwrap();
    out
}

/// The folder of shared evaluation data (`../shared` beside the repository, or `WARTA_SHARED`).
pub fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("WARTA_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    if p.join("eval").is_dir() {
        Some(p)
    } else {
        eprintln!(
            "skipped: shared evaluation data not found at {} (set WARTA_SHARED)",
            p.display()
        );
        None
    }
}

pub fn jsonl(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

/// A scratch folder of one test, removed when the test ends (also when it fails).
pub struct Scratch(tempfile::TempDir);

impl std::ops::Deref for Scratch {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        self.0.path()
    }
}

impl AsRef<std::path::Path> for Scratch {
    fn as_ref(&self) -> &std::path::Path {
        self.0.path()
    }
}

pub fn temp_dir(name: &str) -> Scratch {
    Scratch(
        tempfile::Builder::new()
            .prefix(&format!("warta-test-{name}-"))
            .tempdir()
            .unwrap(),
    )
}
