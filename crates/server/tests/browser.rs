//! The page in a real browser: Debian's chromium in headless mode, driven over WebDriver
//! (chromedriver) with this crate's small HTTP client. Over a store of the seed article, some dev
//! articles, our own and one whose text holds `<script>`, it checks the map has a marker at Raqqa,
//! the timeline has bars on 2015-11-17, filtering by an actor, the article view with its marks,
//! that the script stays text, and the language switch; screenshots go to
//! `<target>/screenshots/`.
//!
//! Skips (with a message) when chromium, chromedriver or ../shared are absent, unless
//! WARTA_REQUIRE_BROWSER=1 (CI), where that is a failure.

mod common;

use common::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use warta_server::client::Conn;

fn skip_or_fail(why: &str) {
    if std::env::var("WARTA_REQUIRE_BROWSER").as_deref() == Ok("1") {
        panic!("browser test cannot run: {why} (WARTA_REQUIRE_BROWSER=1)");
    }
    eprintln!("SKIP browser test: {why}");
}

fn find(names: &[&str]) -> Option<PathBuf> {
    names.iter().map(PathBuf::from).find(|p| p.is_file())
}

struct Driver {
    child: Child,
    conn: Conn,
    session: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self
            .conn
            .request("DELETE", &format!("/session/{}", self.session), &[], b"");
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

impl Driver {
    fn start(chromium: &Path, chromedriver: &Path, profile: &Path) -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let addr = format!("127.0.0.1:{port}");
        let t0 = Instant::now();
        let mut conn = loop {
            if let Ok(mut c) = Conn::open(&addr) {
                if c.request("GET", "/status", &[], b"").is_ok_and(|r| r.status == 200) {
                    break c;
                }
            }
            assert!(t0.elapsed() < Duration::from_secs(20), "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        };
        let caps = json!({"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": chromium.display().to_string(),
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=id",
                     format!("--user-data-dir={}", profile.display())]
        }}}});
        let r = conn
            .request("POST", "/session", &[], caps.to_string().as_bytes())
            .expect("new session");
        let v = r.json();
        let session = v["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {}", r.text()))
            .to_string();
        Driver { child, conn, session }
    }

    fn cmd(&mut self, method: &str, path: &str, body: Value) -> Value {
        let p = format!("/session/{}{path}", self.session);
        let b = if method == "GET" {
            Vec::new()
        } else {
            body.to_string().into_bytes()
        };
        let r = self
            .conn
            .request(method, &p, &[("Content-Type", "application/json")], &b)
            .unwrap_or_else(|e| panic!("{method} {p}: {e}"));
        let v = r.json();
        assert_eq!(r.status, 200, "{method} {p}: {}", r.text());
        v["value"].clone()
    }

    fn go(&mut self, url: &str) {
        self.cmd("POST", "/url", json!({ "url": url }));
    }

    fn js(&mut self, script: &str) -> Value {
        self.cmd("POST", "/execute/sync", json!({ "script": script, "args": [] }))
    }

    fn element(&mut self, css: &str) -> String {
        let v = self.cmd("POST", "/element", json!({"using": "css selector", "value": css}));
        v[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("no element {css}: {v}"))
            .to_string()
    }

    fn click(&mut self, css: &str) {
        let id = self.element(css);
        self.cmd("POST", &format!("/element/{id}/click"), json!({}));
    }

    fn type_into(&mut self, css: &str, text: &str) {
        let id = self.element(css);
        self.cmd("POST", &format!("/element/{id}/clear"), json!({}));
        self.cmd("POST", &format!("/element/{id}/value"), json!({ "text": text }));
    }

    /// Waits until `script` returns true.
    fn wait(&mut self, what: &str, script: &str) {
        let t0 = Instant::now();
        while self.js(script) != json!(true) {
            if t0.elapsed() > Duration::from_secs(20) {
                let state = self.js(
                    "return {actor: document.getElementById('f-actor').value, rows: document.querySelectorAll('#events tbody tr').length, \
                     error: document.getElementById('error').textContent, loaded: document.body.dataset.loaded};",
                );
                panic!("timed out waiting for {what}; page state {state}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn loaded(&mut self) -> i64 {
        self.js("return Number(document.body.dataset.loaded || 0);")
            .as_i64()
            .unwrap_or(0)
    }

    fn screenshot(&mut self, dir: &Path, name: &str) {
        let b64 = self.cmd("GET", "/screenshot", json!({}));
        let png = base64_decode(b64.as_str().expect("screenshot is base64"));
        assert!(png.starts_with(b"\x89PNG"), "screenshot is not a PNG");
        let p = dir.join(name);
        std::fs::write(&p, png).expect("write screenshot");
        eprintln!("screenshot: {}", p.display());
    }
}

fn base64_decode(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for v in s.bytes().filter_map(val) {
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

#[test]
fn page_in_headless_chromium() {
    let Some(chromium) = find(&["/usr/bin/chromium", "/usr/bin/chromium-browser"]) else {
        return skip_or_fail("no /usr/bin/chromium (apt-get install chromium chromium-driver)");
    };
    let Some(chromedriver) = find(&["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]) else {
        return skip_or_fail("no /usr/bin/chromedriver (apt-get install chromium-driver)");
    };
    let Some(shared) = shared() else {
        return skip_or_fail("../shared (seed and dev articles) is absent");
    };
    let mut docs = read_jsonl(&shared.join("eval/seed/antara-2015-11-18.jsonl"));
    assert!(!docs.is_empty(), "seed article");
    let dev = shared.join("eval/dev/input.jsonl");
    if dev.is_file() {
        docs.extend(read_jsonl(&dev).into_iter().take(30));
    }
    docs.extend(own_docs());
    docs.push(warta_core::InputDoc {
        id: "xss-article".into(),
        published: Some("2022-05-05".into()),
        title: Some("Uji <script>alert(2)</script>".into()),
        text: "Polisi menangkap dua orang di Medan kemarin. <script>alert(1)</script> Demikian laporan itu.".into(),
        ..Default::default()
    });

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("browser.db");
    let coder = coder();
    fill(&db, &coder, &docs);
    let xss_id = {
        let s = warta_store::Store::open(&db).unwrap();
        s.article_id("xss-article", Some("2022-05-05"))
            .unwrap()
            .expect("xss article stored")
    };
    let srv = start(warta_server::Config::new(db.clone()), coder);
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&shots).unwrap();

    let mut d = Driver::start(&chromium, &chromedriver, &dir.path().join("profile"));
    let base = format!("http://{}/", srv.addr);
    d.go(&base);
    d.wait("first load", "return Number(document.body.dataset.loaded || 0) >= 1;");
    assert_eq!(
        d.js("return document.getElementById('error').hidden;"),
        json!(true),
        "error shown"
    );
    let countries = d.js("return document.querySelectorAll('#countries path').length;");
    assert!(countries.as_i64().unwrap() > 150, "world map drawn: {countries}");

    // A marker at Raqqa (35.95 N, 39.01 E).
    let raqqa = d.js("return [...document.querySelectorAll('#markers .marker')].filter(m => \
         Math.abs(Number(m.dataset.lat) - 35.95) < 0.3 && Math.abs(Number(m.dataset.lon) - 39.01) < 0.3).length;");
    assert!(raqqa.as_i64().unwrap() >= 1, "no marker at Raqqa");
    // Timeline bars on 2015-11-17.
    let bars = d.js("return document.querySelectorAll('#timeline rect.bar[data-day=\"2015-11-17\"]').length;");
    assert!(bars.as_i64().unwrap() >= 1, "no timeline bar on 2015-11-17");
    let rows = d.js("return document.querySelectorAll('#events tbody tr[data-id]').length;");
    assert!(rows.as_i64().unwrap() >= 5, "event table: {rows}");
    d.screenshot(&shots, "01-overview.png");

    // Filter by an actor: every row then has FRA on one side.
    let before = d.loaded();
    d.type_into("#f-actor", "FRA");
    d.click("#apply");
    d.wait(
        "filtered load",
        &format!("return Number(document.body.dataset.loaded || 0) > {before};"),
    );
    let sides = d.js(
        "return [...document.querySelectorAll('#events tbody tr[data-id]')].map(tr => \
         [...tr.querySelectorAll('[data-actor]')].map(a => a.dataset.actor).join(' '));",
    );
    let sides = sides.as_array().unwrap();
    assert!(!sides.is_empty(), "no FRA events");
    for s in sides {
        let s = s.as_str().unwrap();
        assert!(s.split(' ').any(|a| a.starts_with("FRA")), "row without FRA: {s}");
    }
    d.screenshot(&shots, "02-filter-actor-FRA.png");

    // The article view: open the first event's article, with its marks.
    d.click("#events tbody tr[data-id] td:first-child");
    d.wait(
        "article view",
        "return !document.getElementById('article-panel').hidden && document.querySelectorAll('#article p').length > 0;",
    );
    for kind in ["actor", "event"] {
        let n = d.js(&format!(
            "return document.querySelectorAll('#article mark.{kind}').length;"
        ));
        assert!(n.as_i64().unwrap() >= 1, "no {kind} marked in the article view");
    }
    d.screenshot(&shots, "03-article-view.png");

    // An actor in the article is a link to its filter.
    d.js("document.getElementById('f-actor').value = ''; return true;");
    let before = d.loaded();
    d.click("#article mark.actor[data-actor]");
    d.wait(
        "actor link",
        &format!("return Number(document.body.dataset.loaded || 0) > {before};"),
    );
    assert_ne!(d.js("return document.getElementById('f-actor').value;"), json!(""));

    // The article with `<script>` in its text and title: shown as text, nothing runs.
    d.go(&format!("{base}#article={xss_id}"));
    d.wait(
        "script article",
        &format!("return document.getElementById('article').dataset.id === '{xss_id}' && document.querySelectorAll('#article p').length > 0;"),
    );
    let shown = d.js("return document.getElementById('article').textContent;");
    let shown = shown.as_str().unwrap();
    assert!(
        shown.contains("<script>alert(1)</script>"),
        "script text not shown as text: {shown}"
    );
    assert!(
        shown.contains("Uji <script>alert(2)</script>"),
        "title not shown as text: {shown}"
    );
    assert_eq!(
        d.js("return document.querySelectorAll('#article script, #article b').length;"),
        json!(0)
    );
    let alert = d
        .conn
        .request("GET", &format!("/session/{}/alert/text", d.session), &[], b"")
        .unwrap();
    assert_eq!(alert.status, 404, "an alert is open: {}", alert.text());
    d.screenshot(&shots, "04-script-as-text.png");

    // Language switch.
    d.click("#lang-en");
    d.wait(
        "English",
        "return document.querySelector('#map-panel h2').textContent === 'Map of event places';",
    );
    d.click("#lang-id");
    d.wait(
        "Indonesian",
        "return document.querySelector('#map-panel h2').textContent === 'Peta tempat peristiwa';",
    );
    d.click("#clear-filters");
    d.wait("unfiltered", "return document.getElementById('f-actor').value === '' && document.querySelectorAll('#events tbody tr[data-id]').length >= 5;");
    d.screenshot(&shots, "05-bahasa-indonesia.png");
}
