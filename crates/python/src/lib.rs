//! `warta._warta`: the Python extension module behind the `warta` package.
//!
//! It wraps the same [`warta_pipeline::Coder`] the CLI runs; nothing is coded twice. Output
//! documents cross into Python as the very JSON `warta code` writes (serde_json in Rust, then
//! `json.loads`), so a document coded here and one coded by the CLI are byte-identical.
//! Batches are coded with the GIL released, on rayon's pool, results in input order.

use pyo3::create_exception;
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString};
use rayon::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use warta_core::{InputDoc, Lang, OutputDoc};
use warta_pipeline::{Limits, Options, TimeStyle};
use warta_store::export::{event_cells, Cell, Type, EVENT_SCHEMA, MENTION_SCHEMA};
use warta_store::query::EventRow;

create_exception!(
    _warta,
    WartaError,
    PyRuntimeError,
    "A failure inside warta's Rust code (a bug): the document it was coding is named."
);

/// Mention columns added after the event columns in [`event_table`]: one row is one event as
/// one article tells it, so these say which article and sentence.
const MENTION_EXTRA: &[&str] = &[
    "DocumentID",
    "SentenceID",
    "Actor1Text",
    "Actor2Text",
    "Evidence",
    "Negated",
    "Modality",
    "MentionTimeDate",
    "MentionSourceName",
];

/// The message of a caught panic.
fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// Codes one document to its JSON line, turning a panic into an error naming the document.
fn code_guarded(coder: &warta_pipeline::Coder, doc: &InputDoc) -> Result<String, String> {
    catch_unwind(AssertUnwindSafe(|| {
        serde_json::to_string(&coder.code(doc)).expect("output serializes")
    }))
    .map_err(|p| format!("warta panicked coding document `{}`: {}", doc.id, panic_message(&*p)))
}

/// The type name of a Python object, for messages.
fn type_name(v: &Bound<'_, PyAny>) -> String {
    v.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// A Python `str` as a Rust string, with a clear error for everything else.
fn text_of(v: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    if let Ok(s) = v.cast::<PyString>() {
        return s
            .to_str()
            .map(str::to_string)
            .map_err(|e| PyValueError::new_err(format!("{what} is not valid Unicode (lone surrogate?): {e}")));
    }
    if v.is_none() {
        return Err(PyTypeError::new_err(format!("{what} must be a str, not None")));
    }
    if v.is_instance_of::<PyBytes>() || v.is_instance_of::<PyByteArray>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a str, not {}: decode it first, e.g. data.decode('utf-8', errors='replace')",
            type_name(v)
        )));
    }
    Err(PyTypeError::new_err(format!(
        "{what} must be a str, not {}",
        type_name(v)
    )))
}

/// An optional string field: `None`/NaN/NaT are absent; dates and timestamps give their ISO day.
fn opt_text(v: Option<Bound<'_, PyAny>>, what: &str, date: bool) -> PyResult<Option<String>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    if let Ok(f) = v.extract::<f64>() {
        if f.is_nan() && !v.is_instance_of::<PyString>() {
            // pandas writes a missing string as NaN.
            return Ok(None);
        }
    }
    if v.is_instance_of::<PyString>() {
        return text_of(&v, what).map(Some);
    }
    if date && v.hasattr("isoformat")? {
        let iso: String = v.call_method0("isoformat")?.extract()?;
        if iso == "NaT" {
            return Ok(None);
        }
        return Ok(Some(iso.get(..10).unwrap_or(&iso).to_string()));
    }
    Err(PyTypeError::new_err(format!(
        "{what} must be a str{} or None, not {}",
        if date { ", a date" } else { "" },
        type_name(&v)
    )))
}

/// One element of a batch: a dict with the JSONL input fields, or a bare text.
/// Field rules follow `warta code` on JSONL (`warta_input::parse_jsonl_line`): `id` a string or
/// an integer, `published` else `date`, the default date applied by the coder's options.
fn input_doc(i: usize, v: &Bound<'_, PyAny>) -> PyResult<InputDoc> {
    if v.is_instance_of::<PyString>() {
        return Ok(InputDoc {
            id: i.to_string(),
            text: text_of(v, &format!("docs[{i}]"))?,
            ..InputDoc::default()
        });
    }
    let Ok(d) = v.cast::<PyDict>() else {
        return Err(PyTypeError::new_err(format!(
            "docs[{i}] must be a dict with a `text` key (or a str), not {}",
            type_name(v)
        )));
    };
    let get = |k: &str| d.get_item(k);
    let id = match get("id")? {
        None => i.to_string(),
        Some(x) if x.is_none() => i.to_string(),
        Some(x) if x.is_instance_of::<PyString>() => text_of(&x, &format!("docs[{i}]['id']"))?,
        Some(x) if x.extract::<i64>().is_ok() && !x.is_instance_of::<pyo3::types::PyBool>() => {
            x.extract::<i64>()?.to_string()
        }
        Some(x) => {
            return Err(PyTypeError::new_err(format!(
                "docs[{i}]['id'] must be a str or an int, not {}",
                type_name(&x)
            )))
        }
    };
    let text = match get("text")? {
        Some(t) => text_of(&t, &format!("docs[{i}]['text'] (id `{id}`)"))?,
        None => {
            return Err(PyValueError::new_err(format!(
                "docs[{i}] (id `{id}`) has no `text` key"
            )))
        }
    };
    let field = |k: &str, date: bool| -> PyResult<Option<String>> {
        opt_text(get(k)?, &format!("docs[{i}]['{k}'] (id `{id}`)"), date)
    };
    Ok(InputDoc {
        published: match field("published", true)? {
            Some(p) => Some(p),
            None => field("date", true)?,
        },
        lang: field("lang", false)?,
        title: field("title", false)?,
        url: field("url", false)?,
        source: field("source", false)?,
        text,
        id,
    })
}

/// `--lang` as the CLI checks it (`CoderArgs::coder`).
fn parse_lang(l: &str) -> PyResult<Lang> {
    match Lang::parse(l) {
        Lang::Other(o) => Err(PyValueError::new_err(format!(
            "lang `{o}`: warta codes `id` (Indonesian) and `en` (English)"
        ))),
        l => Ok(l),
    }
}

/// `--published` as the CLI checks it.
fn check_date(p: &str, what: &str) -> PyResult<()> {
    match warta_core::parse_date(p) {
        Some(_) => Ok(()),
        None => Err(PyValueError::new_err(format!(
            "{what} `{p}` is not a date (YYYY-MM-DD)"
        ))),
    }
}

/// Codes news text into CAMEO events. Build one and reuse it: loading the dictionaries is the
/// slow part. Options are those of `warta code`.
#[pyclass(module = "warta._warta", frozen)]
struct Coder {
    inner: warta_pipeline::Coder,
    /// A pool of its own when `threads` was given; else rayon's global pool (all cores).
    pool: Option<rayon::ThreadPool>,
    repr: String,
}

impl Coder {
    fn run<T: Send>(&self, f: impl FnOnce() -> T + Send) -> T {
        match &self.pool {
            Some(p) => p.install(f),
            None => f(),
        }
    }

    fn code_all(&self, py: Python<'_>, docs: Vec<InputDoc>) -> PyResult<Vec<String>> {
        let inner = &self.inner;
        let coded: Vec<Result<String, String>> =
            py.detach(|| self.run(|| docs.par_iter().map(|d| code_guarded(inner, d)).collect()));
        coded.into_iter().map(|r| r.map_err(WartaError::new_err)).collect()
    }
}

#[pymethods]
impl Coder {
    #[new]
    #[pyo3(signature = (*, lang=None, published=None, dicts=None, keep_negated=false,
        max_doc_bytes=Limits::default().max_doc_bytes, max_sentences=Limits::default().max_sentences,
        max_events=Limits::default().max_events, max_sentence_bytes=Limits::default().max_sentence_bytes,
        max_tokens=Limits::default().max_tokens, petrarch_dicts=None, time_style="warta", threads=None, verbs=None, en_verbs=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        lang: Option<&str>,
        published: Option<&str>,
        dicts: Option<Vec<PathBuf>>,
        keep_negated: bool,
        max_doc_bytes: usize,
        max_sentences: usize,
        max_events: usize,
        max_sentence_bytes: usize,
        max_tokens: usize,
        petrarch_dicts: Option<PathBuf>,
        time_style: &str,
        threads: Option<usize>,
        verbs: Option<Vec<PathBuf>>,
        en_verbs: Option<Vec<PathBuf>>,
    ) -> PyResult<Coder> {
        if let Some(p) = published {
            check_date(p, "published")?;
        }
        let time_style = match time_style {
            "warta" => TimeStyle::Warta,
            "timeml" => TimeStyle::TimeMl,
            o => {
                return Err(PyValueError::new_err(format!(
                    "time_style `{o}`: use \"warta\" or \"timeml\""
                )))
            }
        };
        let opts = Options {
            lang: lang.map(parse_lang).transpose()?,
            published: published.map(str::to_string),
            actor_dicts: dicts.unwrap_or_default(),
            verb_dicts: verbs.unwrap_or_default(),
            en_verb_dicts: en_verbs.unwrap_or_default(),
            keep_negated,
            petrarch_dicts,
            time_style,
            limits: Limits {
                max_doc_bytes,
                max_sentences,
                max_events,
                max_sentence_bytes,
                max_tokens,
            },
        };
        let repr = format!("Coder({opts:?}, threads={threads:?})");
        let inner = warta_pipeline::Coder::new(opts)
            .map_err(|e| PyValueError::new_err(format!("loading dictionaries: {e}")))?;
        let pool = match threads {
            None => None,
            Some(n) => Some(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n.max(1))
                    .build()
                    .map_err(|e| PyRuntimeError::new_err(format!("thread pool: {e}")))?,
            ),
        };
        Ok(Coder { inner, pool, repr })
    }

    fn __repr__(&self) -> String {
        self.repr.clone()
    }

    /// Codes one text; returns the output document as a dict (FORMAT.md's shape).
    #[pyo3(signature = (text, *, published=None, lang=None, id="", title=None, url=None, source=None, as_json=false))]
    #[allow(clippy::too_many_arguments)]
    fn code<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        published: Option<Bound<'py, PyAny>>,
        lang: Option<&str>,
        id: &str,
        title: Option<String>,
        url: Option<String>,
        source: Option<String>,
        as_json: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let text = text_of(text, "text")?;
        let published = opt_text(published, "published", true)?;
        if let Some(p) = &published {
            check_date(p, "published")?;
        }
        if let Some(l) = lang {
            parse_lang(l)?;
        }
        let doc = InputDoc {
            id: id.to_string(),
            text,
            published,
            lang: lang.map(str::to_string),
            title,
            url,
            source,
        };
        let inner = &self.inner;
        let line = py.detach(|| code_guarded(inner, &doc)).map_err(WartaError::new_err)?;
        if as_json {
            Ok(PyString::new(py, &line).into_any())
        } else {
            py.import("json")?.getattr("loads")?.call1((line,))
        }
    }

    /// Codes many documents on all cores (the GIL released); results in input order.
    #[pyo3(signature = (docs, *, as_json=false))]
    fn code_batch<'py>(
        &self,
        py: Python<'py>,
        docs: &Bound<'py, PyAny>,
        as_json: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        if docs.is_instance_of::<PyString>() || docs.is_instance_of::<PyDict>() || docs.is_none() {
            return Err(PyTypeError::new_err(format!(
                "docs must be a list of dicts (or of str), not {}; for one text use Coder.code",
                type_name(docs)
            )));
        }
        let mut input = Vec::new();
        for (i, v) in docs
            .try_iter()
            .map_err(|_| PyTypeError::new_err(format!("docs must be a list of dicts, not {}", type_name(docs))))?
            .enumerate()
        {
            input.push(input_doc(i, &v?)?);
        }
        let lines = self.code_all(py, input)?;
        if as_json {
            return PyList::new(py, lines);
        }
        let loads = py.import("json")?.getattr("loads")?;
        let out = PyList::empty(py);
        for l in lines {
            out.append(loads.call1((l,))?)?;
        }
        Ok(out)
    }
}

/// A `yyyymmdd` integer of a date's first ten characters.
fn yyyymmdd(d: Option<&str>) -> Option<i64> {
    let d = d?.get(..10)?;
    warta_core::parse_date(d)?;
    d.replace('-', "").parse().ok()
}

/// A stable event id from the document id and the event's place in it (GDELT's ids are counters;
/// on a cluster no counter is shared, so the id is a hash, the same on every run).
fn event_id(doc: &str, k: usize) -> i64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(doc.as_bytes());
    h.update(&[0]);
    h.update(&(k as u64).to_le_bytes());
    (h.digest() & (i64::MAX as u64)) as i64
}

fn cell_to_py<'py>(py: Python<'py>, c: Cell) -> PyResult<Bound<'py, PyAny>> {
    Ok(match c {
        Cell::Int(v) => v.into_pyobject(py)?.into_any(),
        Cell::Real(v) => v.into_pyobject(py)?.into_any(),
        Cell::Text(v) => v.into_pyobject(py)?.into_any(),
        Cell::Bool(b) => pyo3::types::PyBool::new(py, b).to_owned().into_any(),
    })
}

/// The cells of one event of one document: the columns of `warta export --format csv`, then
/// [`MENTION_EXTRA`]. Without the store's deduplication each row counts one mention.
fn event_row_cells(o: &OutputDoc, k: usize) -> Vec<Cell> {
    let e = &o.events[k];
    let day =
        warta_store::dedup::event_day(e.date.as_deref()).map(|_| e.date.as_deref().unwrap_or("")[..10].to_string());
    let pub_day = o
        .published
        .as_deref()
        .filter(|p| warta_core::parse_date(p).is_some())
        .map(|p| p.get(..10).unwrap_or(p).to_string());
    let name = |a: &warta_core::ActorRef| Some(a.name.clone().unwrap_or_else(|| a.text.clone()));
    let loc = e.location.as_ref();
    let row = EventRow {
        id: event_id(&o.id, k),
        date_from_text: day.is_some(),
        date: day.or(pub_day.clone()),
        code: e.code.clone(),
        root: if e.root.is_empty() {
            e.code.get(..2).unwrap_or("").to_string()
        } else {
            e.root.clone()
        },
        quad_class: e.quad_class,
        goldstein: e.goldstein,
        source: e.source.code.clone(),
        source_name: name(&e.source),
        target: e.target.code.clone(),
        target_name: name(&e.target),
        place: loc.map(|g| g.name.clone()),
        country: loc.and_then(|g| g.country.clone()),
        lat: loc.map(|g| g.lat),
        lon: loc.map(|g| g.lon),
        geonameid: loc.and_then(|g| g.geonameid).map(|g| g as i64),
        num_mentions: 1,
        num_articles: 1,
        num_sources: 1,
        source_url: o.url.clone(),
        added: pub_day.clone().unwrap_or_default(),
    };
    let mut cells = event_cells(&row);
    cells.extend([
        Cell::Text(Some(o.id.clone())),
        Cell::Int(Some(e.sentence as i64)),
        Cell::Text(Some(e.source.text.clone())),
        Cell::Text(Some(e.target.text.clone())),
        Cell::Text(Some(e.evidence.clone())),
        Cell::Bool(e.negated),
        Cell::Text(Some(e.modality.clone())),
        Cell::Int(yyyymmdd(o.published.as_deref())),
        Cell::Text(Some(warta_store::dedup::source_of(o))),
    ]);
    cells
}

fn type_str(t: Type) -> &'static str {
    match t {
        Type::Int => "int",
        Type::Real => "real",
        Type::Text => "text",
        Type::Bool => "bool",
    }
}

/// The columns of [`event_table`] with their types (`int`, `real`, `text`, `bool`).
#[pyfunction]
fn event_columns() -> Vec<(&'static str, &'static str)> {
    let mention_type = |n: &str| {
        MENTION_SCHEMA
            .iter()
            .find(|(m, _)| *m == n)
            .map(|(_, t)| *t)
            .unwrap_or(Type::Text)
    };
    EVENT_SCHEMA
        .iter()
        .map(|(n, t)| (*n, type_str(*t)))
        .chain(MENTION_EXTRA.iter().map(|n| (*n, type_str(mention_type(n)))))
        .collect()
}

/// Events of output documents (dicts or JSON strings) as columns: `{name: [values…]}`.
#[pyfunction]
fn event_table<'py>(py: Python<'py>, docs: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDict>> {
    let dumps = py.import("json")?.getattr("dumps")?;
    let mut parsed = Vec::new();
    for (i, v) in docs.try_iter()?.enumerate() {
        let v = v?;
        let line: String = if v.is_instance_of::<PyString>() {
            text_of(&v, &format!("docs[{i}]"))?
        } else if v.is_instance_of::<PyDict>() {
            dumps.call1((v,))?.extract()?
        } else {
            return Err(PyTypeError::new_err(format!(
                "docs[{i}] must be an output document (a dict from Coder.code or a JSON str), not {}",
                type_name(&v)
            )));
        };
        let o: OutputDoc = serde_json::from_str(&line)
            .map_err(|e| PyValueError::new_err(format!("docs[{i}] is not a warta output document: {e}")))?;
        parsed.push(o);
    }
    let cols = event_columns();
    let mut columns: Vec<Vec<Bound<'py, PyAny>>> = vec![Vec::new(); cols.len()];
    for o in &parsed {
        for k in 0..o.events.len() {
            for (c, cell) in event_row_cells(o, k).into_iter().enumerate() {
                columns[c].push(cell_to_py(py, cell)?);
            }
        }
    }
    let out = PyDict::new(py);
    for ((name, _), values) in cols.iter().zip(columns) {
        out.set_item(name, PyList::new(py, values)?)?;
    }
    Ok(out)
}

/// Runs a panicking closure through the same guard as `Coder.code_batch`, on the pool, with the
/// GIL released: lets the tests check that a Rust panic becomes `WartaError`, not an abort.
#[pyfunction]
fn _panic_in_pool(py: Python<'_>, message: String) -> PyResult<()> {
    let r: Vec<Result<(), String>> = py.detach(|| {
        (0..4)
            .into_par_iter()
            .map(|i| {
                catch_unwind(|| {
                    if i == 2 {
                        panic!("{message}");
                    }
                })
                .map_err(|p| format!("warta panicked: {}", panic_message(&*p)))
            })
            .collect()
    });
    r.into_iter().try_for_each(|x| x.map_err(WartaError::new_err))
}

#[pymodule]
fn _warta(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Coder>()?;
    m.add("WartaError", m.py().get_type::<WartaError>())?;
    m.add_function(wrap_pyfunction!(event_columns, m)?)?;
    m.add_function(wrap_pyfunction!(event_table, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_in_pool, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
