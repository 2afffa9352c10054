//! Input stage: turns files and streams into [`InputDoc`]s.
//!
//! Every reader yields `Result<InputDoc, InputError>` record by record, so one bad
//! record (a line that is not JSON, a file that is not text) is reported with its
//! file and line and the others are still read.
//!
//! Kinds: `.txt`, `.html`, `.jsonl` (and `.ndjson`), `.jsonl.gz`, WARC (`.warc`, `.warc.gz`),
//! RSS/Atom feeds (`.rss`, `.atom`, `.xml`). [`walk`] lists the files of folders.

mod feed;
pub mod html;
mod walk;
mod warc;

pub use feed::read_feed;
pub use walk::walk;
pub use warc::read_warc;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use warta_core::InputDoc;

/// Default of [`max_doc_bytes`]: the same 2 MB as the pipeline's `Limits::max_doc_bytes`.
pub const DEFAULT_MAX_DOC_BYTES: usize = 2 << 20;

/// Feeds are parsed whole (an XML document): a feed file over this many bytes is skipped, reported.
pub const MAX_FEED_BYTES: usize = 64 << 20;

/// A WARC header line or an HTTP header longer than this is not a header: the record is reported.
const MAX_HEADER_LINE: usize = 64 << 10;

static MAX_DOC_BYTES: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_DOC_BYTES);

/// Sets the reading cap (`warta code --max-doc-bytes`): no reader holds more than
/// [`max_doc_bytes`] of a text file, or [`max_record_bytes`] of one markup record (an HTML
/// page, a JSONL line, a WARC block), in memory; the rest is skipped unread and the document
/// coded up to the cap, with a warning ending in `(max_doc_bytes)`.
pub fn set_max_doc_bytes(n: usize) {
    MAX_DOC_BYTES.store(n.max(1), Ordering::Relaxed);
}

/// Bytes of a plain-text document read into memory (see [`set_max_doc_bytes`]).
pub fn max_doc_bytes() -> usize {
    MAX_DOC_BYTES.load(Ordering::Relaxed)
}

/// Bytes of one markup record (HTML page, JSONL line, WARC block) read into memory: four times
/// [`max_doc_bytes`] (tags, scripts and JSON escapes take room), at least 1 MB.
pub fn max_record_bytes() -> usize {
    max_doc_bytes().saturating_mul(4).max(1 << 20)
}

/// Whether a warning says a document was cut at a cap (`… (max_doc_bytes)`, `… (max_events)`…):
/// such documents are counted as truncated in run summaries.
pub fn is_cap_warning(w: &str) -> bool {
    w.contains("(max_")
}

/// Reads a line (through `\n`) into `buf`, keeping at most `cap` bytes and reading past the rest
/// without storing it. Returns the line's full length in bytes (0 at the end of the stream).
pub fn read_line_capped<R: BufRead + ?Sized>(r: &mut R, buf: &mut Vec<u8>, cap: usize) -> io::Result<usize> {
    let mut total = 0;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(total);
        }
        let (used, done) = match memchr_nl(avail) {
            Some(i) => (i + 1, true),
            None => (avail.len(), false),
        };
        let room = cap.saturating_sub(buf.len());
        buf.extend_from_slice(&avail[..used.min(room)]);
        r.consume(used);
        total += used;
        if done {
            return Ok(total);
        }
    }
}

fn memchr_nl(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'\n')
}

/// The longest prefix of `bytes` that does not end inside a UTF-8 sequence.
fn utf8_prefix(bytes: &[u8]) -> &[u8] {
    match std::str::from_utf8(bytes) {
        Err(e) if e.error_len().is_none() => &bytes[..e.valid_up_to()],
        _ => bytes,
    }
}

/// A JSON object cut off at a cap, closed so that it parses: when the cut falls inside a string
/// (the `text` field, as a rule), the string and the open objects and arrays are closed. `None`
/// when the cut falls elsewhere (in a key, a number…): then the record is reported, not guessed.
fn close_cut_json(bytes: &[u8]) -> Option<Vec<u8>> {
    let bytes = utf8_prefix(bytes);
    let mut stack = Vec::new();
    let (mut in_str, mut esc, mut esc_at) = (false, false, 0);
    // Whether the string being read is a value (after `:` or in an array), not a key.
    let mut value_str = false;
    let mut last_sig = 0u8;
    for (i, &b) in bytes.iter().enumerate() {
        if in_str {
            if esc {
                esc = false;
            } else if b == b'\\' {
                esc = true;
                esc_at = i;
            } else if b == b'"' {
                in_str = false;
                last_sig = b'"';
            }
            continue;
        }
        match b {
            b'"' => {
                in_str = true;
                value_str = last_sig == b':' || stack.last() == Some(&b'[') && matches!(last_sig, b'[' | b',');
            }
            b'{' | b'[' => {
                stack.push(b);
                last_sig = b;
            }
            b'}' | b']' => {
                stack.pop();
                last_sig = b;
            }
            b if b.is_ascii_whitespace() => {}
            b => last_sig = b,
        }
    }
    if !in_str || !value_str {
        return None;
    }
    let mut end = bytes.len();
    // A cut inside an escape (`\`, `\u12`) drops the escape.
    if esc || bytes[esc_at..].starts_with(b"\\u") && end - esc_at < 6 {
        end = esc_at;
    }
    let mut out = bytes[..end].to_vec();
    out.push(b'"');
    for &open in stack.iter().rev() {
        out.push(if open == b'{' { b'}' } else { b']' });
    }
    Some(out)
}

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
    /// Gzip-compressed JSONL (`.jsonl.gz`, `.ndjson.gz`), multi-member gzip included.
    JsonlGz,
    /// A WARC file, plain or gzip-compressed (`.warc`, `.warc.gz`).
    Warc,
    /// An RSS or Atom feed (`.rss`, `.atom`, `.xml`).
    Feed,
}

impl Kind {
    /// The kind of a file named on the command line: by extension, plain text when unknown.
    pub fn of(path: &Path) -> Kind {
        Kind::known(path).unwrap_or(Kind::Text)
    }

    /// The kind of a file by its name, `None` for extensions no reader knows (folder walks skip those).
    pub fn known(path: &Path) -> Option<Kind> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let ends = |suffixes: &[&str]| suffixes.iter().any(|s| name.ends_with(s));
        Some(if ends(&[".jsonl.gz", ".ndjson.gz"]) {
            Kind::JsonlGz
        } else if ends(&[".warc", ".warc.gz"]) {
            Kind::Warc
        } else if ends(&[".rss", ".atom", ".xml"]) {
            Kind::Feed
        } else if ends(&[".html", ".htm", ".xhtml"]) {
            Kind::Html
        } else if ends(&[".jsonl", ".ndjson"]) {
            Kind::Jsonl
        } else if ends(&[".txt", ".text"]) {
            Kind::Text
        } else {
            return None;
        })
    }
}

/// How [`read_path_opts`] reads.
#[derive(Debug, Default, Clone, Copy)]
pub struct ReadOptions<'a> {
    /// Publication date for documents that carry none.
    pub published: Option<&'a str>,
    /// Take the article out of `.html` pages (readability-style, dropping menus and footers)
    /// instead of all their text with `warta_text::html_to_text`. WARC pages always are.
    pub article_html: bool,
    /// Counts the bytes read from the file (compressed bytes for gzip), for progress reports.
    pub bytes_read: Option<&'a AtomicU64>,
}

/// A reader that adds what it reads to a counter.
struct Counting<'a, R> {
    inner: R,
    counter: Option<&'a AtomicU64>,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(c) = self.counter {
            c.fetch_add(n as u64, Ordering::Relaxed);
        }
        Ok(n)
    }
}

/// `id-ID`, `en_US`, `ID` → `id`, `en`: the language part of a tag, lower-cased.
pub fn short_lang(tag: &str) -> String {
    tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase()
}

/// The host of a URL without `www.` and port (`https://www.antaranews.com/x` → `antaranews.com`).
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map(|(_, h)| h).unwrap_or(host);
    let host = host.split(':').next()?.trim_start_matches("www.").to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
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
    if text.trim().is_empty() {
        return Err(InputError::File {
            file: name.to_string(),
            message: "HTML page with no text".into(),
        });
    }
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
            // `date` is what PETRARCH-style records call it.
            published: s("published")
                .or_else(|| s("date"))
                .or_else(|| published.map(str::to_string)),
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
    read_jsonl_buffered(name, &mut r, published, &mut f)
}

/// [`read_jsonl`] over a buffered reader. A line over [`max_record_bytes`] is read up to the cap
/// (the rest is skipped unread); when the cut falls inside the `text` string the record is coded
/// up to the cut with a warning, else it is reported as skipped.
fn read_jsonl_buffered(
    name: &str,
    r: &mut dyn BufRead,
    published: Option<&str>,
    f: &mut dyn FnMut(Result<ReadDoc, InputError>),
) -> io::Result<()> {
    let cap = max_record_bytes();
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        let len = read_line_capped(r, &mut buf, cap)?;
        if len == 0 {
            break;
        }
        line_no += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            if len > buf.len() {
                f(Err(InputError::Record {
                    file: name.to_string(),
                    line: line_no,
                    message: format!("line of {len} bytes is blank in its first {cap}; not read (max_doc_bytes)"),
                }));
            }
            continue;
        }
        if len <= buf.len() {
            f(parse_jsonl_line(name, line_no, &buf, published));
            continue;
        }
        let cut = format!("line is {len} bytes, over the cap of {cap} (max_doc_bytes)");
        match close_cut_json(&buf).map(|closed| parse_jsonl_line(name, line_no, &closed, published)) {
            Some(Ok(mut d)) => {
                let w = format!("{name}:{line_no}: {cut}: coded the record up to the cap; fields after it are lost");
                d.warning = Some(match d.warning.take() {
                    Some(old) => format!("{old}; {w}"),
                    None => w,
                });
                f(Ok(d));
            }
            _ => f(Err(InputError::Record {
                file: name.to_string(),
                line: line_no,
                message: format!("{cut}: the cut is not inside its text, so it is not read"),
            })),
        }
    }
    Ok(())
}

/// Reads one path (a file of any supported kind), calling `f` for each document or error.
pub fn read_path(path: &Path, published: Option<&str>, f: impl FnMut(Result<ReadDoc, InputError>)) {
    read_path_opts(
        path,
        &ReadOptions {
            published,
            ..ReadOptions::default()
        },
        f,
    )
}

/// Reads one path with options, calling `f` for each document or error. An error that ends
/// the file (a corrupt gzip stream…) comes after the documents read before it.
pub fn read_path_opts(path: &Path, opts: &ReadOptions, mut f: impl FnMut(Result<ReadDoc, InputError>)) {
    let name = path.display().to_string();
    let file_err = |message: String| InputError::File {
        file: name.clone(),
        message,
    };
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) => return f(Err(file_err(e.to_string()))),
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let counted = Counting {
        inner: file,
        counter: opts.bytes_read,
    };
    let kind = Kind::of(path);
    let gz = name.to_ascii_lowercase().ends_with(".gz");
    let result = match kind {
        Kind::Jsonl if !gz => read_jsonl(&name, counted, opts.published, &mut f),
        Kind::Jsonl | Kind::JsonlGz => read_jsonl(
            &name,
            flate2::read::MultiGzDecoder::new(BufReader::new(counted)),
            opts.published,
            &mut f,
        ),
        Kind::Warc if gz => read_warc(
            &name,
            flate2::read::MultiGzDecoder::new(BufReader::new(counted)),
            &mut f,
        ),
        Kind::Warc => read_warc(&name, counted, &mut f),
        Kind::Feed | Kind::Text | Kind::Html => {
            let cap = match kind {
                Kind::Feed => MAX_FEED_BYTES,
                Kind::Html => max_record_bytes(),
                _ => max_doc_bytes(),
            };
            let mut counted = BufReader::with_capacity(1 << 16, counted);
            let mut bytes = Vec::new();
            match (&mut counted).take(cap as u64 + 1).read_to_end(&mut bytes) {
                // A file with an unknown extension whose content is JSON lines is read as JSONL (streamed).
                Ok(_) if Kind::known(path).is_none() && looks_jsonl(&bytes) => {
                    let mut chained = BufReader::new((&bytes[..]).chain(counted));
                    read_jsonl_buffered(&name, &mut chained, opts.published, &mut f)
                }
                Ok(_) if bytes.len() > cap && kind == Kind::Feed => {
                    f(Err(file_err(format!(
                        "feed is {size} bytes, over the cap of {cap} for feeds; not read"
                    ))));
                    Ok(())
                }
                Ok(_) => {
                    let over = bytes.len() > cap;
                    if over {
                        bytes.truncate(cap);
                        let kept = utf8_prefix(&bytes).len();
                        bytes.truncate(kept);
                        // The rest is not read: count it as done for progress reports.
                        if let Some(c) = opts.bytes_read {
                            c.fetch_add(size.saturating_sub(cap as u64 + 1), Ordering::Relaxed);
                        }
                    }
                    let mut r = if kind == Kind::Feed {
                        read_feed(&name, &bytes, &mut f);
                        return;
                    } else if kind == Kind::Html && opts.article_html {
                        read_article(&name, &bytes, opts.published)
                    } else {
                        read_whole(&name, &bytes, kind, opts.published)
                    };
                    if over {
                        note_cut(
                            &mut r,
                            &format!(
                                "{name}: {size} bytes; read and coded its first {} (max_doc_bytes)",
                                bytes.len()
                            ),
                        );
                    }
                    f(r);
                    Ok(())
                }
                Err(e) => Err(e),
            }
        }
    };
    if let Err(e) = result {
        f(Err(file_err(e.to_string())));
    }
}

/// Adds a cap warning to a document read (an error stays as it is).
fn note_cut(r: &mut Result<ReadDoc, InputError>, w: &str) {
    if let Ok(d) = r {
        d.warning = Some(match d.warning.take() {
            Some(old) => format!("{old}; {w}"),
            None => w.to_string(),
        });
    }
}

/// Whether bytes start like JSON lines: the first non-blank byte opens an object and the
/// first line parses as one.
pub fn looks_jsonl(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let rest = &bytes[start..];
    let line = rest.split(|&b| b == b'\n').next().unwrap_or(rest);
    rest.first() == Some(&b'{') && serde_json::from_slice::<serde_json::Value>(line).is_ok_and(|v| v.is_object())
}

/// One HTML page as a document: its article text, title and publication date.
pub fn read_article(name: &str, bytes: &[u8], published: Option<&str>) -> Result<ReadDoc, InputError> {
    let err = |message: &str| InputError::File {
        file: name.to_string(),
        message: message.to_string(),
    };
    if looks_binary(bytes) {
        return Err(err("binary data, not text"));
    }
    let (page, lossy) = decode(bytes);
    let a = html::article(&page, None);
    if a.text.trim().is_empty() {
        return Err(err("HTML page with no text"));
    }
    let id = Path::new(name)
        .file_name()
        .and_then(|s| s.to_str())
        .unwrap_or(name)
        .to_string();
    let page_date = a
        .published
        .as_deref()
        .and_then(warta_core::parse_date)
        .map(|d| d.to_string());
    Ok(ReadDoc {
        doc: InputDoc {
            id,
            text: a.text,
            published: page_date.or_else(|| published.map(str::to_string)),
            lang: a.lang.map(|l| short_lang(&l)),
            title: a.title,
            ..InputDoc::default()
        },
        warning: lossy.then(|| format!("{name}: invalid UTF-8 decoded with replacement characters")),
    })
}

/// Reads standard input: JSONL when its first non-blank byte is `{`, else one text document.
/// Streamed: JSONL record by record, text up to [`max_doc_bytes`] (the rest is read and dropped).
pub fn read_stdin(published: Option<&str>, f: impl FnMut(Result<ReadDoc, InputError>)) {
    read_stream("-", io::stdin().lock(), published, f)
}

/// [`read_stdin`] over any reader (`name` names it in messages; a text document's id is `stdin`).
pub fn read_stream<R: Read>(
    name: &str,
    reader: R,
    published: Option<&str>,
    mut f: impl FnMut(Result<ReadDoc, InputError>),
) {
    let stream_err = |e: io::Error| InputError::File {
        file: name.to_string(),
        message: e.to_string(),
    };
    let mut r = BufReader::with_capacity(1 << 16, reader);
    // Leading blanks are kept (they belong to a text document) while looking for the first byte.
    let mut head = Vec::new();
    let first = loop {
        let buf = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return f(Err(stream_err(e))),
        };
        if buf.is_empty() {
            break None;
        }
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => {
                let b = buf[i];
                head.extend_from_slice(&buf[..i]);
                r.consume(i);
                break Some(b);
            }
            None => {
                let n = buf.len();
                if head.len() < max_doc_bytes() {
                    head.extend_from_slice(buf);
                }
                r.consume(n);
            }
        }
    };
    if first == Some(b'{') {
        if let Err(e) = read_jsonl_buffered(name, &mut r, published, &mut f) {
            f(Err(stream_err(e)));
        }
        return;
    }
    let cap = max_doc_bytes();
    let mut bytes = head;
    bytes.truncate(cap);
    let room = (cap + 1).saturating_sub(bytes.len()) as u64;
    if let Err(e) = (&mut r).take(room).read_to_end(&mut bytes) {
        return f(Err(stream_err(e)));
    }
    let mut total = bytes.len() as u64;
    let over = bytes.len() > cap;
    if over {
        match io::copy(&mut r, &mut io::sink()) {
            Ok(n) => total += n,
            Err(e) => return f(Err(stream_err(e))),
        }
        bytes.truncate(cap);
        let kept = utf8_prefix(&bytes).len();
        bytes.truncate(kept);
    }
    let mut doc = read_whole("stdin", &bytes, Kind::Text, published);
    if over {
        note_cut(
            &mut doc,
            &format!(
                "{name}: {total} bytes; read and coded its first {} (max_doc_bytes)",
                bytes.len()
            ),
        );
    }
    f(doc);
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
    fn sniffs_jsonl_content() {
        assert!(looks_jsonl(b"  {\"id\":\"a\",\"text\":\"x\"}\n{}"));
        assert!(!looks_jsonl(b"{ not json"));
        assert!(!looks_jsonl(b"Presiden Prancis"));
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

    #[test]
    fn kinds_by_name() {
        let k = |n: &str| Kind::known(Path::new(n));
        assert_eq!(k("a/b.JSONL.GZ"), Some(Kind::JsonlGz));
        assert_eq!(k("cc-news-01.warc.gz"), Some(Kind::Warc));
        assert_eq!(k("x.warc"), Some(Kind::Warc));
        assert_eq!(k("feed.rss"), Some(Kind::Feed));
        assert_eq!(k("p.htm"), Some(Kind::Html));
        assert_eq!(k("notes.txt"), Some(Kind::Text));
        assert_eq!(k("photo.jpg"), None);
        assert_eq!(Kind::of(Path::new("README")), Kind::Text);
    }

    #[test]
    fn hosts_and_langs() {
        assert_eq!(
            host_of("https://www.antaranews.com/berita/1?x=2").as_deref(),
            Some("antaranews.com")
        );
        assert_eq!(host_of("http://user@Example.org:8080").as_deref(), Some("example.org"));
        assert_eq!(host_of("").as_deref(), None);
        assert_eq!(short_lang("id-ID"), "id");
        assert_eq!(short_lang("EN_us"), "en");
    }

    #[test]
    fn corrupt_gzip_reports_the_file_after_good_records() {
        use std::io::Write;
        let d = std::env::temp_dir().join(format!("warta-gz-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        for i in 0..200 {
            writeln!(
                enc,
                "{{\"id\":\"g{i}\",\"text\":\"Warga kampung {i} bergotong royong membersihkan saluran air.\"}}"
            )
            .unwrap();
        }
        let mut gz = enc.finish().unwrap();
        let p = d.join("ok.jsonl.gz");
        std::fs::write(&p, &gz).unwrap();
        let count = AtomicU64::new(0);
        let opts = ReadOptions {
            bytes_read: Some(&count),
            ..ReadOptions::default()
        };
        let mut n = 0;
        read_path_opts(&p, &opts, |r| n += usize::from(r.is_ok()));
        assert_eq!(n, 200);
        assert_eq!(count.load(Ordering::Relaxed), gz.len() as u64);
        let len = gz.len();
        gz.truncate(len * 2 / 3);
        gz.extend_from_slice(b"garbage!");
        let p = d.join("bad.jsonl.gz");
        std::fs::write(&p, &gz).unwrap();
        let (mut ok, mut bad) = (0, vec![]);
        read_path_opts(&p, &ReadOptions::default(), |r| match r {
            Ok(_) => ok += 1,
            Err(e) => bad.push(e.to_string()),
        });
        assert!(ok < 200);
        assert!(!bad.is_empty());
        assert!(bad.iter().all(|b| b.contains("bad.jsonl.gz")), "{bad:?}");
        let _ = std::fs::remove_dir_all(&d);
    }
}
