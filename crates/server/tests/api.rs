//! The API over a loopback port: every endpoint, and the bad requests.

mod common;

use common::*;
use serde_json::Value;
use warta_server::client::{request, Response};
use warta_server::Config;

fn get(addr: &str, path: &str) -> Response {
    request(addr, "GET", path, &[], b"").unwrap_or_else(|e| panic!("GET {path}: {e}"))
}

fn post(addr: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Response {
    request(addr, "POST", path, headers, body).unwrap_or_else(|e| panic!("POST {path}: {e}"))
}

const JSON: (&str, &str) = ("Content-Type", "application/json");

/// An error answer has the status in its JSON and a message.
fn assert_error(r: &Response, status: u16, needle: &str) {
    assert_eq!(r.status, status, "{}", r.text());
    let v = r.json();
    assert_eq!(v["error"]["status"], status, "{}", r.text());
    let msg = v["error"]["message"].as_str().unwrap_or("");
    assert!(
        msg.to_lowercase().contains(&needle.to_lowercase()),
        "message `{msg}` lacks `{needle}`"
    );
    assert!(r.header("content-type").unwrap_or("").starts_with("application/json"));
}

fn config(db: &std::path::Path) -> Config {
    let mut c = Config::new(db.to_path_buf());
    c.max_body = 64 * 1024;
    c.max_limit = 5;
    c
}

#[test]
fn read_endpoints_and_bad_requests() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let coder = coder();
    fill(&db, &coder, &own_docs());
    let srv = start(config(&db), coder);
    let a = srv.addr.as_str();

    let h = get(a, "/healthz");
    assert_eq!(h.status, 200);
    assert_eq!(h.json()["status"], "ok");

    let s = get(a, "/api/v1/stats").json();
    assert_eq!(s["documents"], 2, "{s}");
    let n_events = s["events"].as_i64().unwrap();
    assert!(n_events >= 2, "our articles should give events: {s}");

    // Events, paginated and capped.
    let page = get(a, "/api/v1/events?limit=1").json();
    assert_eq!(page["total"], n_events);
    assert_eq!(page["events"].as_array().unwrap().len(), 1);
    assert_eq!(page["next_offset"], 1);
    assert!(page["events"][0]["event_name"].as_str().is_some());
    let capped = get(a, "/api/v1/events?limit=100000").json();
    assert_eq!(capped["limit"], 5, "the page size is capped");
    let all = get(a, "/api/v1/events?sort=oldest&limit=5").json();
    let dates: Vec<&str> = all["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["date"].as_str())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    let later = get(a, "/api/v1/events?from=2021-01-01").json();
    assert!(later["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["date"].as_str() >= Some("2021-01-01")));
    assert!(later["total"].as_i64().unwrap() < n_events);

    let csv = get(a, "/api/v1/events?format=csv");
    assert_eq!(csv.status, 200);
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    assert!(csv.text().starts_with("GLOBALEVENTID,"), "{}", csv.text());
    assert!(csv.text().lines().count() >= 2);

    // Bad filters are 400 with a message.
    assert_error(&get(a, "/api/v1/events?from=2015-13-45"), 400, "date");
    assert_error(&get(a, "/api/v1/events?to=17/11/2015"), 400, "date");
    assert_error(&get(a, "/api/v1/events?quad=9"), 400, "quad");
    assert_error(&get(a, "/api/v1/events?quad=abc"), 400, "quad");
    assert_error(&get(a, "/api/v1/events?near=abc"), 400, "near");
    assert_error(&get(a, "/api/v1/events?sort=loudest"), 400, "sort");
    assert_error(&get(a, "/api/v1/events?format=xml"), 400, "format");
    assert_error(&get(a, "/api/v1/events?actr=FRA"), 400, "actr");
    assert_error(&get(a, "/api/v1/events?limit=-1"), 400, "limit");

    // One event with its mentions, and its article.
    let id = page["events"][0]["id"].as_i64().unwrap();
    let ev = get(a, &format!("/api/v1/events/{id}"));
    assert_eq!(ev.status, 200, "{}", ev.text());
    let ev = ev.json();
    assert_eq!(ev["id"], id);
    let m = &ev["mentions"][0];
    assert!(m["evidence"].as_str().is_some(), "{ev}");
    let art_id = m["article"].as_i64().unwrap();
    assert_error(&get(a, "/api/v1/events/999999999"), 404, "no event");
    assert_error(&get(a, "/api/v1/events/abc"), 400, "not a number");

    let art = get(a, &format!("/api/v1/articles/{art_id}"));
    assert_eq!(art.status, 200, "{}", art.text());
    let art = art.json();
    assert!(art["event_ids"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e.as_i64() == Some(id)));
    assert!(art["events"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["id"].as_i64() == Some(id)));
    let kinds: Vec<&str> = art["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["segments"].as_array().unwrap().iter())
        .filter_map(|s| s["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"actor") && kinds.contains(&"event"), "{kinds:?}");
    // The segments give back the sentences exactly.
    for (s, seg) in art["coded"]["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .zip(art["sentences"].as_array().unwrap())
    {
        let joined: String = seg["segments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["text"].as_str().unwrap())
            .collect();
        assert_eq!(s.as_str().unwrap(), joined);
    }
    let html = get(a, &format!("/api/v1/articles/{art_id}?format=html"));
    assert!(html.header("content-type").unwrap().starts_with("text/html"));
    assert!(html.text().contains("<mark class=\"event\""), "{}", html.text());
    assert_error(&get(a, "/api/v1/articles/424242"), 404, "no article");
    assert_error(&get(a, "/api/v1/articles/x1"), 400, "not a number");
    assert_error(&get(a, &format!("/api/v1/articles/{art_id}?format=pdf")), 400, "format");

    // Aggregates of the page.
    let tl = get(a, "/api/v1/timeline").json();
    assert!(!tl["days"].as_array().unwrap().is_empty(), "{tl}");
    let pl = get(a, "/api/v1/places").json();
    assert!(pl["places"].as_array().is_some(), "{pl}");
    assert_error(&get(a, "/api/v1/timeline?from=nope"), 400, "date");

    // Search.
    let hits = get(a, "/api/v1/search?q=menangkap").json();
    let hit = &hits["hits"][0];
    assert_eq!(hit["doc_id"], "own-1", "{hits}");
    assert!(hit["article"].as_i64().is_some());
    assert_error(&get(a, "/api/v1/search"), 400, "query");
    assert_error(&get(a, "/api/v1/search?q=%20"), 400, "query");

    // Coding without storing.
    let doc = br#"{"id":"c1","published":"2020-02-02","text":"Polisi menangkap dua orang di Surabaya kemarin."}"#;
    let c = post(a, "/api/v1/code", &[JSON], doc);
    assert_eq!(c.status, 200, "{}", c.text());
    let c = c.json();
    assert_eq!(c["id"], "c1");
    assert!(!c["sentences"].as_array().unwrap().is_empty());
    assert_eq!(get(a, "/api/v1/stats").json()["documents"], 2, "code stores nothing");
    assert_error(
        &post(a, "/api/v1/code", &[JSON], b"{\"id\": \"x\", \"text\": "),
        400,
        "",
    );
    assert_error(&post(a, "/api/v1/code", &[JSON], b"not json at all"), 400, "");
    assert_error(&post(a, "/api/v1/code", &[JSON], br#"{"id":"x"}"#), 422, "text");
    assert_error(&post(a, "/api/v1/code", &[], doc), 415, "content-type");
    assert_error(
        &post(
            a,
            "/api/v1/code",
            &[JSON],
            br#"{"id":"x","text":"a","published":"2020-02-31"}"#,
        ),
        400,
        "published",
    );
    let mut huge = br#"{"id":"big","text":""#.to_vec();
    huge.extend(std::iter::repeat_n(b'a', 200 * 1024));
    huge.extend(br#""}"#);
    assert_error(&post(a, "/api/v1/code", &[JSON], &huge), 413, "");

    // Ingest is off without a token.
    assert_error(&post(a, "/api/v1/ingest", &[], doc), 403, "ingest is off");

    // The OpenAPI document lists every endpoint.
    let api = get(a, "/api/openapi.json").json();
    for p in [
        "/api/v1/code",
        "/api/v1/events",
        "/api/v1/events/{id}",
        "/api/v1/articles/{id}",
        "/api/v1/search",
        "/api/v1/stats",
        "/healthz",
        "/api/v1/ingest",
    ] {
        assert!(api["paths"].get(p).is_some(), "{p} not in the OpenAPI document");
    }

    // The page, its assets, and no way out of them.
    let page = get(a, "/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("id=\"map\""));
    assert!(page
        .header("content-security-policy")
        .unwrap()
        .contains("script-src 'self'"));
    assert_eq!(get(a, "/assets/app.js").status, 200);
    assert!(get(a, "/assets/world.svgpaths").text().contains("<path"));
    for p in [
        "/assets/../Cargo.toml",
        "/assets/..%2f..%2fCargo.toml",
        "/assets/%2e%2e/src/lib.rs",
        "/assets/lib.rs",
        "/../../etc/passwd",
        "/assets/",
    ] {
        let r = get(a, p);
        assert_eq!(r.status, 404, "{p}: {}", r.text());
        assert!(!r.text().contains("[package]") && !r.text().contains("root:"), "{p}");
    }
    assert_error(&get(a, "/api/v1/nothing"), 404, "no such route");
}

#[test]
fn ingest_needs_the_token_and_script_text_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let mut cfg = config(&db);
    cfg.token = Some("s3cret-token".into());
    let srv = start(cfg, coder());
    let a = srv.addr.as_str();
    let body = concat!(
        r#"{"id":"xss-1","published":"2022-05-05","title":"<b>Judul</b>","text":"Polisi menangkap dua orang di Medan kemarin. <script>alert(1)</script> Demikian laporan itu."}"#,
        "\n",
        "this line is not JSON\n"
    );
    assert_error(&post(a, "/api/v1/ingest", &[], body.as_bytes()), 401, "bearer");
    assert_error(
        &post(
            a,
            "/api/v1/ingest",
            &[("Authorization", "Bearer wrong")],
            body.as_bytes(),
        ),
        401,
        "wrong token",
    );
    assert_error(
        &post(
            a,
            "/api/v1/ingest",
            &[("Authorization", "Bearer s3cret-token")],
            b"{oops\n",
        ),
        400,
        "not JSON",
    );
    let r = post(
        a,
        "/api/v1/ingest",
        &[("Authorization", "Bearer s3cret-token")],
        body.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let v: Value = r.json();
    assert_eq!(v["stored"], 1, "{v}");
    assert_eq!(v["skipped"].as_array().unwrap().len(), 1, "{v}");
    let again = post(
        a,
        "/api/v1/ingest",
        &[("Authorization", "Bearer s3cret-token")],
        body.as_bytes(),
    )
    .json();
    assert_eq!(again["duplicates"], 1, "{again}");
    let mut huge = vec![b'x'; 100 * 1024];
    huge.push(b'\n');
    assert_error(
        &post(a, "/api/v1/ingest", &[("Authorization", "Bearer s3cret-token")], &huge),
        413,
        "",
    );

    // The stored article: JSON carries the text as data; the HTML view escapes it.
    let art = get(a, "/api/v1/articles/1").json();
    assert!(art["text"].as_str().unwrap().contains("<script>alert(1)</script>"));
    let html = get(a, "/api/v1/articles/1?format=html").text();
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
    assert!(html.contains("&lt;b&gt;Judul&lt;/b&gt;"), "{html}");
    assert!(!html.contains("<script") && !html.contains("<b>"), "{html}");
}

/// A client that trickles its headers is cut off after the header timeout, and with every
/// connection slot held by idle clients a new client waits until a slot frees.
#[test]
fn slow_clients_are_cut_off_and_connections_are_capped() {
    use std::io::{Read, Write};
    use std::net::TcpStream;
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let coder = coder();
    fill(&db, &coder, &own_docs());
    let mut c = config(&db);
    c.header_timeout = Duration::from_secs(1);
    c.max_connections = 2;
    let srv = start(c, coder);
    let a = srv.addr.as_str();

    // Two slow clients take both slots: half a request line each, never finished.
    let t0 = Instant::now();
    let mut slow: Vec<TcpStream> = (0..2)
        .map(|_| {
            let mut s = TcpStream::connect(a).unwrap();
            s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").unwrap();
            s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            s
        })
        .collect();
    // A third client is served only once the slow ones are dropped, after the timeout.
    let h = get(a, "/healthz");
    assert_eq!(h.status, 200);
    let waited = t0.elapsed();
    assert!(
        waited >= Duration::from_millis(900),
        "served after {waited:?}: the cap did not hold"
    );
    assert!(waited < Duration::from_secs(8), "served after {waited:?}");
    for s in &mut slow {
        let mut buf = [0u8; 256];
        // The server closed the connection (end of stream or reset), it did not leave it open.
        if let Err(e) = s.read(&mut buf) {
            assert_ne!(e.kind(), std::io::ErrorKind::WouldBlock, "connection still open");
        }
    }
}
