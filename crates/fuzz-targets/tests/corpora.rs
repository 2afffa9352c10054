//! Replays every committed fuzz input (seed corpora and crash reproducers) through the target
//! bodies: a crash found once stays fixed.

use std::path::PathBuf;
use warta_fuzz_targets::TARGETS;

fn fuzz_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

fn files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn replay(kind: &str, min_files: usize) {
    let mut total = 0;
    for (name, body) in TARGETS {
        let dir = fuzz_dir().join(kind).join(name);
        let list = files(&dir);
        assert!(
            list.len() >= min_files,
            "{}: {} files, expected at least {min_files}",
            dir.display(),
            list.len()
        );
        for f in list {
            let data = std::fs::read(&f).unwrap();
            if std::panic::catch_unwind(|| body(&data)).is_err() {
                panic!("fuzz target `{name}` panics on {}", f.display());
            }
            total += 1;
        }
    }
    eprintln!("{kind}: {total} inputs replayed");
}

#[test]
fn seed_corpora_run_clean() {
    replay("corpus", 3);
}

#[test]
fn crash_reproducers_stay_fixed() {
    replay("regressions", 0);
}

#[test]
fn every_fuzz_target_has_a_cargo_fuzz_binary() {
    for (name, _) in TARGETS {
        let src = fuzz_dir().join("fuzz_targets").join(format!("{name}.rs"));
        let text = std::fs::read_to_string(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        assert!(
            text.contains(&format!("warta_fuzz_targets::{name}(")),
            "{}",
            src.display()
        );
    }
}

#[test]
fn targets_reject_nothing_silently_on_small_inputs() {
    // Empty and one-byte inputs: edge cases every target must survive.
    for (_, body) in TARGETS {
        body(b"");
        for b in [0u8, b'\n', b'{', b'<', 0xFF] {
            body(&[b]);
        }
    }
}
