//! `warta serve` as a process: it binds loopback (a free port with `--addr 127.0.0.1:0`), says
//! where, answers, takes ingest with its token from WARTA_TOKEN; `warta bench-http` load-tests
//! it from a second process, bounded in requests.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

struct Kill(std::process::Child);

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn serve_answers_and_bench_http_measures_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let mut child = Kill(
        Command::new(env!("CARGO_BIN_EXE_warta"))
            .args(["serve", "--addr", "127.0.0.1:0", "--db"])
            .arg(&db)
            .env("WARTA_TOKEN", "tok-123")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start warta serve"),
    );
    let mut line = String::new();
    // Kept open until the end: a closed pipe would fail the server's later messages.
    let mut err = BufReader::new(child.0.stderr.take().unwrap());
    err.read_line(&mut line).unwrap();
    assert!(line.contains("ingest on"), "{line}");
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .unwrap_or_else(|| panic!("no address in `{line}`"))
        .to_string();
    assert!(addr.starts_with("127.0.0.1:"), "{addr}");

    let body = r#"{"id":"s1","published":"2020-02-02","text":"Polisi menangkap dua orang di Surabaya kemarin."}"#;
    let r = warta_server_request(
        &addr,
        "POST",
        "/api/v1/ingest",
        &[("Authorization", "Bearer tok-123")],
        body,
    );
    assert!(r.starts_with("HTTP/1.1 200"), "{r}");
    let r = warta_server_request(&addr, "GET", "/api/v1/stats", &[], "");
    assert!(r.contains("\"documents\":1"), "{r}");

    let out = Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(["bench-http", "--url", &format!("http://{addr}"), "--requests", "40"])
        .args(["--concurrency", "2", "--seconds", "10", "--json"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text} {}", String::from_utf8_lossy(&out.stderr));
    let reports: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(reports.len(), 2, "{text}");
    for r in &reports {
        assert_eq!(r["requests"], 40, "{r}");
        assert_eq!(r["errors"], 0, "{r}");
        assert!(r["p99_ms"].as_f64().unwrap() >= r["p50_ms"].as_f64().unwrap(), "{r}");
    }
}

/// One request over a raw socket (the CLI crate does not depend on an HTTP client).
fn warta_server_request(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> String {
    use std::io::Read;
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}
