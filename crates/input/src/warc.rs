//! WARC files (`.warc`, `.warc.gz`) as Common Crawl's news crawl ships them: `response` records
//! holding HTTP responses with HTML pages. Each HTML page with article text becomes a document.
//!
//! The format is simple enough to read without a WARC crate: a `WARC/1.x` line, header lines,
//! a blank line, `Content-Length` bytes of block, then two CRLFs. Reading it here lets a
//! truncated or garbled record be reported with its number and byte offset.
//!
//! Framing (and gzip decompression, a serial stream) runs on the calling thread; the costly part,
//! HTTP decoding and HTML → article text, runs in parallel (rayon) over batches of pages. A batch
//! holds at most [`BATCH_RECORDS`] pages and [`BATCH_BYTES`] bytes, so memory stays bounded
//! whatever the file's size, and results are handed on in record order: the output is the same
//! as a serial read's.

use crate::{decode, html, read_line_capped, InputError, ReadDoc, MAX_HEADER_LINE};
use rayon::prelude::*;
use std::io::{self, BufReader, Read};
use warta_core::InputDoc;

/// Pages extracted together in parallel.
pub const BATCH_RECORDS: usize = 64;
/// Bytes of page blocks held at once (a batch is extracted early when it reaches this).
pub const BATCH_BYTES: usize = 32 << 20;

/// Reads WARC records from an (already decompressed) stream. Read errors (a corrupt gzip
/// member…) are returned; a malformed or truncated record is reported through `f` and ends
/// the file, since what follows it cannot be framed. Pages are extracted in parallel.
pub fn read_warc<R: Read>(name: &str, reader: R, f: &mut dyn FnMut(Result<ReadDoc, InputError>)) -> io::Result<()> {
    read_warc_batched(name, reader, BATCH_RECORDS, f)
}

/// A page record framed but not yet extracted.
struct Pending {
    rec_no: usize,
    start: u64,
    http: bool,
    ctype: String,
    uri: Option<String>,
    date: Option<String>,
    record_id: Option<String>,
    block: Vec<u8>,
    /// Set when the block was cut at the size cap: the warning the document carries.
    cut: Option<String>,
}

impl Pending {
    /// The document of the page; `None` for records that hold no HTML page (redirects, images…).
    fn extract(self, name: &str) -> Option<Result<ReadDoc, InputError>> {
        let page = if self.http {
            http_html(&self.block)
        } else {
            let charset = content_charset(&self.ctype);
            Some((self.block, charset))
        };
        let (body, charset) = page?;
        Some(
            page_doc(
                &body,
                charset.as_deref(),
                self.uri.clone(),
                self.date,
                self.record_id.as_deref(),
            )
            .map(|mut d| {
                if let Some(c) = self.cut {
                    d.warning = Some(match d.warning.take() {
                        Some(w) => format!("{w}; {c}"),
                        None => c,
                    });
                }
                d
            })
            .map_err(|m| {
                let rec_no = self.rec_no;
                InputError::Record {
                    file: name.to_string(),
                    line: rec_no,
                    message: format!(
                        "WARC record {rec_no} at byte {}: {}: {m}",
                        self.start,
                        self.uri.as_deref().unwrap_or("?")
                    ),
                }
            }),
        )
    }
}

/// Extracts the pending pages (in parallel when there are several) and hands on the results in
/// record order.
fn drain(name: &str, pending: &mut Vec<Pending>, bytes: &mut usize, f: &mut dyn FnMut(Result<ReadDoc, InputError>)) {
    let batch = std::mem::take(pending);
    *bytes = 0;
    let results: Vec<Option<Result<ReadDoc, InputError>>> = if batch.len() > 1 {
        batch.into_par_iter().map(|p| p.extract(name)).collect()
    } else {
        batch.into_iter().map(|p| p.extract(name)).collect()
    };
    for r in results.into_iter().flatten() {
        f(r);
    }
}

/// [`read_warc`] with `batch` pages extracted together (1: one by one, on the calling thread).
pub fn read_warc_batched<R: Read>(
    name: &str,
    reader: R,
    batch: usize,
    f: &mut dyn FnMut(Result<ReadDoc, InputError>),
) -> io::Result<()> {
    let batch = batch.max(1);
    let mut pending: Vec<Pending> = Vec::with_capacity(batch);
    let mut pending_bytes = 0usize;
    let result = frame(name, reader, &mut |item| match item {
        Framed::Page(p) => {
            pending_bytes += p.block.len();
            pending.push(p);
            if pending.len() >= batch || pending_bytes >= BATCH_BYTES {
                drain(name, &mut pending, &mut pending_bytes, &mut *f);
            }
        }
        Framed::Bad(e) => {
            // Pages framed before the bad record come first, as in a serial read.
            drain(name, &mut pending, &mut pending_bytes, &mut *f);
            f(Err(e));
        }
    });
    drain(name, &mut pending, &mut pending_bytes, f);
    result
}

enum Framed {
    Page(Pending),
    Bad(InputError),
}

/// Splits the stream into records: page records are passed on unextracted, others skipped; a
/// record that cannot be framed is passed on as an error and ends the file.
fn frame<R: Read>(name: &str, reader: R, f: &mut dyn FnMut(Framed)) -> io::Result<()> {
    let mut r = BufReader::with_capacity(1 << 16, reader);
    let mut offset: u64 = 0;
    let mut rec_no = 0usize;
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = read_line_capped(&mut r, &mut line, MAX_HEADER_LINE)?;
        if n == 0 {
            return Ok(());
        }
        let start = offset;
        offset += n as u64;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        rec_no += 1;
        let err = |message: String| {
            Framed::Bad(InputError::Record {
                file: name.to_string(),
                line: rec_no,
                message: format!("WARC record {rec_no} at byte {start}: {message}"),
            })
        };
        if !line.starts_with(b"WARC/") {
            f(err("not a WARC record header".into()));
            return Ok(());
        }
        let mut headers: Vec<(String, String)> = Vec::new();
        loop {
            line.clear();
            let n = read_line_capped(&mut r, &mut line, MAX_HEADER_LINE)?;
            offset += n as u64;
            if n == 0 {
                f(err("truncated in its headers".into()));
                return Ok(());
            }
            if n > line.len() {
                f(err(format!("a header line of {n} bytes (over {MAX_HEADER_LINE})")));
                return Ok(());
            }
            let l = String::from_utf8_lossy(&line);
            let l = l.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':') {
                headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
        }
        let get = |k: &str| headers.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        let Some(len) = get("content-length").and_then(|v| v.parse::<u64>().ok()) else {
            f(err("no valid Content-Length".into()));
            return Ok(());
        };
        // A block over the cap is read up to it and the rest skipped unread: the page is coded
        // up to the cap (HTML parses when cut), with a warning.
        let cap = crate::max_record_bytes() as u64;
        let keep = len.min(cap);
        let mut block = Vec::with_capacity(keep.min(1 << 20) as usize);
        (&mut r).take(keep).read_to_end(&mut block)?;
        let mut got = block.len() as u64;
        if len > keep && got == keep {
            got += io::copy(&mut (&mut r).take(len - keep), &mut io::sink())?;
        }
        offset += got;
        if got < len {
            f(err(format!("truncated: {got} of {len} bytes")));
            return Ok(());
        }
        let cut = (len > keep).then(|| {
            format!("WARC record {rec_no}: block of {len} bytes; read and coded its first {keep} (max_doc_bytes)")
        });
        let wtype = get("warc-type").unwrap_or("").to_ascii_lowercase();
        let ctype = get("content-type").unwrap_or("").to_ascii_lowercase();
        let http = match wtype.as_str() {
            "response" if ctype.starts_with("application/http") => true,
            "resource" if ctype.contains("html") => false,
            _ => continue,
        };
        f(Framed::Page(Pending {
            rec_no,
            start,
            http,
            ctype,
            uri: get("warc-target-uri").map(|u| u.trim_matches(|c| c == '<' || c == '>').to_string()),
            date: get("warc-date").and_then(|d| d.get(..10)).map(str::to_string),
            record_id: get("warc-record-id").map(str::to_string),
            block,
            cut,
        }));
    }
}

/// The HTML body of an HTTP response block, with its declared charset; `None` when the
/// response is not a successful HTML page (redirects, images, robots.txt…).
fn http_html(block: &[u8]) -> Option<(Vec<u8>, Option<String>)> {
    let (head_end, sep) = find(block, b"\r\n\r\n")
        .map(|i| (i, 4))
        .or_else(|| find(block, b"\n\n").map(|i| (i, 2)))?;
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status: u16 = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    if status != 200 {
        return None;
    }
    let mut ctype = String::new();
    let (mut chunked, mut gzip) = (false, false);
    for l in lines {
        let Some((k, v)) = l.split_once(':') else { continue };
        let v = v.trim().to_ascii_lowercase();
        match k.trim().to_ascii_lowercase().as_str() {
            "content-type" => ctype = v,
            "transfer-encoding" => chunked = v.contains("chunked"),
            "content-encoding" => gzip = v.contains("gzip"),
            _ => {}
        }
    }
    let mut body = block[head_end + sep..].to_vec();
    if !ctype.is_empty() && !ctype.contains("html") {
        return None;
    }
    if chunked {
        body = dechunk(&body).unwrap_or(body);
    }
    // Crawlers often store the payload already decoded while keeping the header: trust the bytes.
    if gzip && body.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        // Bounded: a gzip bomb stops at the record cap.
        if flate2::read::MultiGzDecoder::new(&body[..])
            .take(crate::max_record_bytes() as u64)
            .read_to_end(&mut out)
            .is_ok()
        {
            body = out;
        }
    }
    if ctype.is_empty() {
        let head = String::from_utf8_lossy(&body[..body.len().min(1024)]).to_ascii_lowercase();
        if !head.contains("<html") && !head.contains("<!doctype html") {
            return None;
        }
    }
    Some((body, content_charset(&ctype)))
}

fn content_charset(ctype: &str) -> Option<String> {
    let i = ctype.find("charset=")?;
    let c = ctype[i + 8..].trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace());
    Some(c.split(';').next().unwrap_or("").trim_matches('"').to_ascii_lowercase())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn dechunk(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    loop {
        let eol = i + find(b.get(i..)?, b"\r\n")?;
        let size_txt = std::str::from_utf8(&b[i..eol]).ok()?;
        let size = usize::from_str_radix(size_txt.split(';').next()?.trim(), 16).ok()?;
        i = eol + 2;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(i..i.checked_add(size)?)?);
        i += size + 2;
    }
}

/// Decodes a page in its charset: UTF-8 (the default) or Latin-1/Windows-1252; other charsets
/// are decoded as UTF-8 with replacement and flagged.
fn decode_page(body: &[u8], charset: Option<&str>) -> (String, bool) {
    let charset = charset.map(str::to_string).or_else(|| {
        let head = String::from_utf8_lossy(&body[..body.len().min(2048)]).to_ascii_lowercase();
        content_charset(&head)
    });
    match charset.as_deref() {
        Some("iso-8859-1" | "latin1" | "latin-1" | "windows-1252" | "cp1252" | "us-ascii") => {
            (body.iter().map(|&b| b as char).collect(), false)
        }
        _ => decode(body),
    }
}

fn page_doc(
    body: &[u8],
    charset: Option<&str>,
    uri: Option<String>,
    warc_date: Option<String>,
    record_id: Option<&str>,
) -> Result<ReadDoc, String> {
    let (html_text, lossy) = decode_page(body, charset);
    let a = html::article(&html_text, uri.as_deref());
    if a.text.trim().is_empty() {
        return Err("HTML page with no article text".into());
    }
    let published = a
        .published
        .as_deref()
        .and_then(|p| warta_core::parse_date(p).map(|d| d.to_string()))
        .or(warc_date);
    let id = uri
        .clone()
        .or_else(|| record_id.map(str::to_string))
        .unwrap_or_default();
    Ok(ReadDoc {
        doc: InputDoc {
            id,
            text: a.text,
            published,
            lang: a.lang.map(|l| crate::short_lang(&l)),
            title: a.title,
            source: uri.as_deref().and_then(crate::host_of),
            url: uri,
        },
        warning: lossy.then(|| "page is not valid UTF-8: decoded with replacement characters".to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2019-03-04T05:06:07Z\r\n\
             Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn http(status: u16, ctype: &str, body: &str) -> Vec<u8> {
        format!("HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\n\r\n{body}").into_bytes()
    }

    const PAGE: &str = "<html><body><article><p>Nelayan di Pantai Utara Jawa menolak rencana reklamasi teluk. \
        Mereka berunjuk rasa di depan kantor gubernur pada Selasa siang dan menuntut izin proyek dicabut.</p></article></body></html>";

    fn run(data: &[u8]) -> (Vec<ReadDoc>, Vec<String>) {
        let (mut ok, mut bad) = (vec![], vec![]);
        read_warc("t.warc", data, &mut |r| match r {
            Ok(d) => ok.push(d),
            Err(e) => bad.push(e.to_string()),
        })
        .unwrap();
        (ok, bad)
    }

    #[test]
    fn reads_html_responses_only() {
        let mut w = Vec::new();
        w.extend(record("warcinfo", "", b"software: test"));
        w.extend(record(
            "request",
            "https://www.contoh.invalid/a",
            b"GET /a HTTP/1.1\r\n\r\n",
        ));
        w.extend(record(
            "response",
            "https://www.contoh.invalid/a",
            &http(200, "text/html; charset=utf-8", PAGE),
        ));
        w.extend(record(
            "response",
            "https://www.contoh.invalid/b",
            &http(301, "text/html", ""),
        ));
        w.extend(record(
            "response",
            "https://www.contoh.invalid/c.png",
            &http(200, "image/png", "\u{1}"),
        ));
        let (ok, bad) = run(&w);
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(ok.len(), 1);
        let d = &ok[0].doc;
        assert_eq!(d.url.as_deref(), Some("https://www.contoh.invalid/a"));
        assert_eq!(d.source.as_deref(), Some("contoh.invalid"));
        assert_eq!(d.published.as_deref(), Some("2019-03-04"));
        assert!(d.text.contains("menolak rencana reklamasi"), "{}", d.text);
    }

    #[test]
    fn truncated_record_is_reported_after_good_ones() {
        let mut w = record("response", "https://x.invalid/1", &http(200, "text/html", PAGE));
        let second = record("response", "https://x.invalid/2", &http(200, "text/html", PAGE));
        w.extend_from_slice(&second[..second.len() / 2]);
        let (ok, bad) = run(&w);
        assert_eq!(ok.len(), 1);
        assert_eq!(bad.len(), 1);
        assert!(bad[0].contains("truncated"), "{bad:?}");
    }

    #[test]
    fn empty_page_and_garbage_are_reported() {
        let w = record(
            "response",
            "https://x.invalid/e",
            &http(200, "text/html", "<html><body></body></html>"),
        );
        let (ok, bad) = run(&w);
        assert!(ok.is_empty());
        assert!(bad[0].contains("no article text"), "{bad:?}");
        let (ok, bad) = run(b"this is not a warc file\n");
        assert!(ok.is_empty());
        assert!(bad[0].contains("not a WARC record"), "{bad:?}");
    }

    /// Every result as text, in order: documents and errors alike.
    fn trace(data: &[u8], batch: usize) -> Vec<String> {
        let mut out = Vec::new();
        read_warc_batched("t.warc", data, batch, &mut |r| out.push(format!("{r:?}"))).unwrap();
        out
    }

    #[test]
    fn parallel_extraction_gives_the_serial_output() {
        let mut w = Vec::new();
        for i in 0..150 {
            let uri = format!("https://www.contoh.invalid/{i}");
            let r = match i % 5 {
                // A page with text of its own, so that order mistakes show.
                0..=2 => record(
                    "response",
                    &uri,
                    &http(
                        200,
                        "text/html",
                        &format!(
                            "<html><body><article><p>Berita nomor {i}. {}</p></article></body></html>",
                            &PAGE[40..200]
                        ),
                    ),
                ),
                3 => record("response", &uri, &http(200, "text/html", "<html><body></body></html>")),
                _ => record("response", &uri, &http(302, "text/html", "")),
            };
            w.extend(r);
        }
        let cut = record("response", "https://x.invalid/cut", &http(200, "text/html", PAGE));
        w.extend_from_slice(&cut[..cut.len() - 30]);
        let serial = trace(&w, 1);
        assert_eq!(serial.iter().filter(|t| t.starts_with("Ok")).count(), 90);
        assert_eq!(serial.iter().filter(|t| t.starts_with("Err")).count(), 31);
        assert!(serial.last().unwrap().contains("truncated"), "{:?}", serial.last());
        let pool = rayon::ThreadPoolBuilder::new().num_threads(4).build().unwrap();
        for batch in [2, 7, BATCH_RECORDS, 1000] {
            let parallel = pool.install(|| trace(&w, batch));
            assert_eq!(parallel, serial, "batch {batch}");
        }
    }

    #[test]
    fn chunked_bodies_are_joined() {
        assert_eq!(dechunk(b"4\r\nabcd\r\n2\r\nef\r\n0\r\n\r\n").unwrap(), b"abcdef");
        assert!(dechunk(b"zz\r\n").is_none());
    }

    #[test]
    fn never_panics_on_prefixes() {
        let w = record("response", "https://x.invalid/1", &http(200, "text/html", PAGE));
        for n in 0..w.len() {
            let _ = run(&w[..n]);
        }
    }
}
