//! Helpers of the store tests: run the built binary, build inputs of every kind.

#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output};

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_warta"))
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("warta runs")
}

// The scratch folder type is the other tests' (one definition for both helper modules).
#[path = "../common.rs"]
mod common;
pub use common::Scratch;

pub fn temp(name: &str) -> Scratch {
    common::temp_dir(&format!("store-{name}"))
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

pub fn stats(db: &Path) -> serde_json::Value {
    let o = run(&["stats", "--db", s(db), "--json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// One WARC record around an HTTP response carrying `html`.
pub fn warc_response(uri: &str, date: &str, html: &str) -> Vec<u8> {
    let http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: {}\r\n\r\n{html}",
        html.len()
    );
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: {date}T08:00:00Z\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Record-ID: <urn:uuid:{}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        uri.len(),
        http.len()
    )
    .into_bytes();
    r.extend_from_slice(http.as_bytes());
    r.extend_from_slice(b"\r\n\r\n");
    r
}

pub fn warc_request(uri: &str) -> Vec<u8> {
    let req = format!("GET / HTTP/1.1\r\nHost: {uri}\r\n\r\n");
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=request\r\n\
         Content-Length: {}\r\n\r\n",
        req.len()
    )
    .into_bytes();
    r.extend_from_slice(req.as_bytes());
    r.extend_from_slice(b"\r\n\r\n");
    r
}

pub fn page(title: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
    format!(
        "<!DOCTYPE html><html><head><title>{title}</title><script>var iklan = 'menyerang';</script></head><body>\
         <nav><a href=\"/\">Beranda</a> <a href=\"/politik\">Politik</a></nav><article><h1>{title}</h1>{body}</article>\
         <footer>Hak cipta dilindungi.</footer></body></html>"
    )
}

/// Sentences written by the team for these tests (not from any article).
pub const SENTENCES: &[&str] = &[
    "Polisi Indonesia menangkap tiga tersangka pembakaran hutan di Riau pada Senin.",
    "Presiden Prancis mengecam serangan bom di Paris dan berjanji membalas.",
    "Pasukan Rusia menyerang posisi kelompok ISIS di Suriah utara.",
    "Menteri Luar Negeri Indonesia bertemu dengan Menteri Luar Negeri Malaysia di Kuala Lumpur.",
    "Ribuan buruh berunjuk rasa di depan gedung DPR menuntut kenaikan upah.",
    "Pemerintah Jepang memberikan bantuan kemanusiaan kepada korban gempa di Lombok.",
    "Tentara Israel menembak dua warga Palestina di Tepi Barat.",
    "The United Nations condemned the attack on the aid convoy near Aleppo.",
    "China and the United States agreed to resume trade talks in Beijing next week.",
    "Kepolisian Malaysia menahan dua warga negara Indonesia di Johor.",
];
