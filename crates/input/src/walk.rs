//! Walks folders for the files `warta ingest` reads.

use crate::{InputError, Kind};
use std::path::{Path, PathBuf};

/// Every input file under `paths`: files named are taken whatever their extension; folders are
/// walked recursively for files of a known kind (hidden files and folders are left out). The
/// order is sorted, so two runs over the same tree see the same sequence.
pub fn walk(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<InputError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk_dir(p, &mut files, &mut errors),
            Ok(_) => files.push(p.clone()),
            Err(e) => errors.push(InputError::File {
                file: p.display().to_string(),
                message: e.to_string(),
            }),
        }
    }
    (files, errors)
}

fn walk_dir(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(InputError::File {
                file: dir.display().to_string(),
                message: e.to_string(),
            });
            return;
        }
    };
    let mut list: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    list.sort();
    for p in list {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk_dir(&p, files, errors);
        } else if Kind::known(&p).is_some() {
            files.push(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_known_kinds_sorted() {
        let d = std::env::temp_dir().join(format!("warta-walk-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(d.join("b/.hidden")).unwrap();
        for f in [
            "a.txt",
            "b/c.jsonl.gz",
            "b/d.warc",
            "b/e.png",
            "b/.hidden/f.txt",
            "g.rss",
        ] {
            std::fs::write(d.join(f), "x").unwrap();
        }
        let (files, errs) = walk(&[d.clone(), d.join("missing")]);
        let names: Vec<String> = files
            .iter()
            .map(|p| p.strip_prefix(&d).unwrap().display().to_string())
            .collect();
        assert_eq!(names, vec!["a.txt", "b/c.jsonl.gz", "b/d.warc", "g.rss"]);
        assert_eq!(errs.len(), 1);
        let _ = std::fs::remove_dir_all(&d);
    }
}
