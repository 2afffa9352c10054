//! Test helpers: a store filled with documents, and a server on a free loopback port.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use warta_core::InputDoc;
use warta_server::{AppState, Config};

/// `../shared` beside the repository (or env WARTA_SHARED), when present.
pub fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("WARTA_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    p.join("eval").is_dir().then_some(p)
}

/// Our own short articles (not from the shared sets), enough for events, places and dates.
pub fn own_docs() -> Vec<InputDoc> {
    let d = |id: &str, published: &str, text: &str| InputDoc {
        id: id.into(),
        text: text.into(),
        published: Some(published.into()),
        ..InputDoc::default()
    };
    vec![
        d(
            "own-1",
            "2021-03-04",
            "Jakarta (ANTARA) - Menteri Luar Negeri Indonesia bertemu dengan Menteri Luar Negeri Malaysia di Kuala Lumpur \
             pada Selasa untuk membahas kerja sama perbatasan. Polisi menangkap tiga tersangka penyelundupan di Batam kemarin.",
        ),
        d(
            "own-2",
            "2019-06-10",
            "Paris (AFP) - French President Emmanuel Macron met German Chancellor Angela Merkel in Berlin on Monday. \
             Police arrested five protesters in Lyon on Sunday.",
        ),
    ]
}

/// Reads FORMAT.md JSONL records from a file.
pub fn read_jsonl(path: &Path) -> Vec<InputDoc> {
    let mut out = Vec::new();
    let name = path.display().to_string();
    let f = std::fs::File::open(path).unwrap_or_else(|e| panic!("{name}: {e}"));
    warta_input::read_jsonl(&name, f, None, |r| {
        if let Ok(d) = r {
            out.push(d.doc)
        }
    })
    .unwrap_or_else(|e| panic!("{name}: {e}"));
    out
}

pub fn coder() -> warta_pipeline::Coder {
    warta_pipeline::Coder::new(warta_pipeline::Options::default()).expect("dictionaries load")
}

/// Codes and stores `docs` in the database at `db`.
pub fn fill(db: &Path, coder: &warta_pipeline::Coder, docs: &[InputDoc]) {
    let mut store = warta_store::Store::open(db).expect("open store");
    let prepared: Vec<_> = docs.iter().map(|d| warta_store::prepare(coder, d, "test")).collect();
    store.write_batch(&prepared).expect("write batch");
}

/// A running server; stops when dropped.
pub struct Server {
    pub addr: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Starts the app on 127.0.0.1 with a free port, in its own runtime thread.
pub fn start(config: Config, coder: warta_pipeline::Coder) -> Server {
    let state: Arc<AppState> = AppState::new(config, coder).expect("state");
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
            addr_tx
                .send(l.local_addr().expect("addr").to_string())
                .expect("send addr");
            warta_server::serve(l, state, async {
                let _ = rx.await;
            })
            .await
            .expect("serve");
        });
    });
    let addr = addr_rx.recv().expect("server address");
    Server {
        addr,
        stop: Some(tx),
        thread: Some(thread),
    }
}
