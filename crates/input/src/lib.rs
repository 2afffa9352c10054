//! Input stage: turns files and streams into [`InputDoc`]s.
//!
//! Every reader yields `Result<InputDoc, InputError>` record by record, so one bad
//! record (a line that is not JSON, a file that is not text) is reported with its
//! file and line and the others are still read.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use warta_core::InputDoc;

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{file}: {message}")]
    File { file: String, message: String },
    #[error("{file}:{line}: {message}")]
    Record { file: String, line: usize, message: String },
}

/// A document read, with a warning when it was not clean input (invalid UTF-8 decoded lossily…).
#[derive(Debug, Clone)]
pub struct ReadDoc {
    pub doc: InputDoc,
    pub warning: Option<String>,
}

/// The kinds of file `warta code` reads, chosen by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Html,
    Jsonl,
}

impl Kind {
    pub fn of(path: &Path) -> Kind {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("html" | "htm" | "xhtml") => Kind::Html,
            Some("jsonl" | "ndjson") => Kind::Jsonl,
            _ => Kind::Text,
        }
    }
}

/// Decodes bytes as UTF-8, lossily; the second value says whether anything was replaced.
pub fn decode(bytes: &[u8]) -> (String, bool) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), false),
        Err(_) => (String::from_utf8_lossy(bytes).into_owned(), true),
    }
}

/// Whether bytes look like binary data rather than text (NUL bytes or many control characters).
pub fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return true;
    }
    let ctrl = sample
        .iter()
        .filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b) || b == 0x7f)
        .count();
    !sample.is_empty() && ctrl * 10 > sample.len()
}

/// One whole-file document (`.txt`, `.html`), its id the file name.
pub fn read_whole(name: &str, bytes: &[u8], kind: Kind, published: Option<&str>) -> Result<ReadDoc, InputError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::File {
            file: name.to_string(),
            message: "empty: no text to code".into(),
        });
    }
    if looks_binary(bytes) {
        return Err(InputError::File {
            file: name.to_string(),
            message: "binary data, not text".into(),
        });
    }
    let (text, lossy) = decode(bytes);
    let text = if kind == Kind::Html {
        warta_text::html_to_text(&text)
    } else {
        text
    };
    let id = Path::new(name)
        .file_name()
        .and_then(|s| s.to_str())
        .unwrap_or(name)
        .to_string();
    Ok(ReadDoc {
        doc: InputDoc {
            id,
            text,
            published: published.map(str::to_string),
            ..InputDoc::default()
        },
        warning: lossy.then(|| format!("{name}: invalid UTF-8 decoded with replacement characters")),
    })
}

/// Parses one JSONL line into a document. `published` fills in a missing date.
pub fn parse_jsonl_line(
    name: &str,
    line_no: usize,
    line: &[u8],
    published: Option<&str>,
) -> Result<ReadDoc, InputError> {
    let rec = |message: String| InputError::Record {
        file: name.to_string(),
        line: line_no,
        message,
    };
    let (text, lossy) = decode(line);
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| rec(format!("not JSON: {e}")))?;
    let obj = value.as_object().ok_or_else(|| rec("not a JSON object".into()))?;
    let body = match obj.get("text") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(_) => return Err(rec("field `text` is not a string".into())),
        None => return Err(rec("no `text` field".into())),
    };
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!(
            "{}:{line_no}",
            Path::new(name).file_name().and_then(|s| s.to_str()).unwrap_or(name)
        ),
    };
    let s = |k: &str| obj.get(k).and_then(|v| v.as_str()).map(str::to_string);
    Ok(ReadDoc {
        doc: InputDoc {
            id,
            text: body,
            published: s("published").or_else(|| published.map(str::to_string)),
            lang: s("lang"),
            title: s("title"),
            url: s("url"),
            source: s("source"),
        },
        warning: lossy.then(|| format!("{name}:{line_no}: invalid UTF-8 decoded with replacement characters")),
    })
}

/// Reads a JSONL stream line by line, calling `f` for each record (or error).
pub fn read_jsonl<R: Read>(
    name: &str,
    reader: R,
    published: Option<&str>,
    mut f: impl FnMut(Result<ReadDoc, InputError>),
) -> io::Result<()> {
    let mut r = BufReader::with_capacity(1 << 16, reader);
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        if r.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line_no += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        f(parse_jsonl_line(name, line_no, &buf, published));
    }
    Ok(())
}

/// Reads one path (a file of any supported kind), calling `f` for each document or error.
pub fn read_path(path: &Path, published: Option<&str>, mut f: impl FnMut(Result<ReadDoc, InputError>)) {
    let name = path.display().to_string();
    let kind = Kind::of(path);
    if kind == Kind::Jsonl {
        match File::open(path) {
            Ok(file) => {
                if let Err(e) = read_jsonl(&name, file, published, &mut f) {
                    f(Err(InputError::File {
                        file: name,
                        message: e.to_string(),
                    }));
                }
            }
            Err(e) => f(Err(InputError::File {
                file: name,
                message: e.to_string(),
            })),
        }
        return;
    }
    match std::fs::read(path) {
        Ok(bytes) => f(read_whole(&name, &bytes, kind, published)),
        Err(e) => f(Err(InputError::File {
            file: name,
            message: e.to_string(),
        })),
    }
}

/// Reads standard input: JSONL when its first non-blank byte is `{`, else one text document.
pub fn read_stdin(published: Option<&str>, mut f: impl FnMut(Result<ReadDoc, InputError>)) {
    let mut bytes = Vec::new();
    if let Err(e) = io::stdin().lock().read_to_end(&mut bytes) {
        f(Err(InputError::File {
            file: "-".into(),
            message: e.to_string(),
        }));
        return;
    }
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        if let Err(e) = read_jsonl("-", &bytes[..], published, &mut f) {
            f(Err(InputError::File {
                file: "-".into(),
                message: e.to_string(),
            }));
        }
    } else {
        f(read_whole("stdin", &bytes, Kind::Text, published));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_errors_name_line_and_keep_going() {
        let data = b"{\"id\":\"a\",\"text\":\"x\"}\nnot json\n{\"id\":\"c\"}\n\n{\"id\":\"d\",\"text\":\"y\",\"published\":\"2015-11-18\"}\n";
        let mut ok = vec![];
        let mut bad = vec![];
        read_jsonl("in.jsonl", &data[..], None, |r| match r {
            Ok(d) => ok.push(d.doc.id),
            Err(e) => bad.push(e.to_string()),
        })
        .unwrap();
        assert_eq!(ok, vec!["a", "d"]);
        assert!(bad[0].starts_with("in.jsonl:2: not JSON"), "{bad:?}");
        assert_eq!(bad[1], "in.jsonl:3: no `text` field");
    }

    #[test]
    fn whole_files() {
        assert!(read_whole("e.txt", b"  \n", Kind::Text, None).is_err());
        assert!(read_whole("b.bin", b"\x00\x01\x02abc", Kind::Text, None).is_err());
        let r = read_whole("dir/x.txt", b"Halo \xff dunia", Kind::Text, Some("2015-11-18")).unwrap();
        assert_eq!(r.doc.id, "x.txt");
        assert!(r.warning.unwrap().contains("invalid UTF-8"));
        assert_eq!(r.doc.published.as_deref(), Some("2015-11-18"));
    }
}
