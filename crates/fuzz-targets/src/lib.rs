//! Fuzz target bodies: one function per parser that reads outside data.
//!
//! Each function takes arbitrary bytes, runs the parser and checks the invariants later stages
//! rely on (offsets inside their text, on character boundaries). A panic is a bug. The same
//! functions run under `cargo fuzz` (`fuzz/fuzz_targets/*.rs`) and in `cargo test`, which
//! replays every file of `fuzz/corpus/<target>/` and `fuzz/regressions/<target>/`.

use warta_core::{Lang, Sentence};

/// A target's name (its folder under `fuzz/corpus/` and `fuzz/regressions/`) and body.
pub type Target = (&'static str, fn(&[u8]));

/// Every target.
pub const TARGETS: &[Target] = &[
    ("text", text),
    ("html", html),
    ("jsonl", jsonl),
    ("warc", warc),
    ("feed", feed),
    ("actors_dict", actors_dict),
    ("verbs_dict", verbs_dict),
    ("petrarch_dict", petrarch_dict),
    ("time", time),
];

fn lossy(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Up to `n` pieces of `data` split at 0xFF bytes (never valid UTF-8, so no text the
/// fuzzer builds is cut by accident): how one input feeds a loader that takes several files.
fn pieces(data: &[u8], n: usize) -> Vec<String> {
    let mut v: Vec<String> = data.splitn(n, |&b| b == 0xFF).map(lossy).collect();
    v.resize(n, String::new());
    v
}

fn check_sentences(body: &str, sentences: &[Sentence]) {
    let mut last = 0;
    for s in sentences {
        assert!(s.start >= last, "sentences out of order");
        assert!(
            body.get(s.start..s.start + s.text.len()).is_some(),
            "sentence outside the body"
        );
        last = s.start;
        for t in &s.tokens {
            assert!(t.start <= t.end, "token ends before it starts");
            assert!(s.text.get(t.start..t.end).is_some(), "token outside its sentence");
        }
    }
}

/// Text cleaning, language detection, sentence splitting and tokenizing.
pub fn text(data: &[u8]) {
    let raw = lossy(data);
    let cleaned = warta_text::clean(&raw);
    let _ = warta_text::detect_language(&cleaned.body);
    for lang in [Lang::Id, Lang::En] {
        for (a, b) in warta_text::split_sentences(&cleaned.body, &lang) {
            assert!(a <= b && cleaned.body.get(a..b).is_some(), "sentence span {a}..{b}");
        }
        let sentences = warta_text::segment(&cleaned.body, &lang);
        check_sentences(&cleaned.body, &sentences);
    }
    // The raw text as one sentence too: callers tokenize text that did not come from `segment`.
    for t in warta_text::tokenize(&raw, &Lang::Id) {
        assert!(raw.get(t.start..t.end).is_some(), "token outside the text");
    }
}

/// HTML: tag stripping, the readability-style article extractor, page reading.
pub fn html(data: &[u8]) {
    let page = lossy(data);
    let _ = warta_text::html_to_text(&page);
    let _ = warta_input::html::visible_text(&page);
    let a = warta_input::html::article(&page, Some("https://example.com/berita/1"));
    let _ = a.published.as_deref().map(warta_core::parse_date);
    let _ = warta_input::read_article("page.html", data, None);
    let _ = warta_input::read_whole("page.html", data, warta_input::Kind::Html, None);
}

/// JSONL records (what `warta code -` and `.jsonl` files read).
pub fn jsonl(data: &[u8]) {
    let _ = warta_input::looks_jsonl(data);
    warta_input::read_jsonl("in.jsonl", data, Some("2015-11-18"), |r| {
        if let Ok(d) = r {
            let _ = d.doc.published.as_deref().map(warta_core::parse_date);
        }
    })
    .expect("reading from memory does not fail");
}

/// WARC records, plain (gzip is flate2's).
pub fn warc(data: &[u8]) {
    let _ = warta_input::read_warc("in.warc", data, &mut |_| {});
}

/// RSS and Atom feeds.
pub fn feed(data: &[u8]) {
    warta_input::read_feed("in.rss", data, &mut |_| {});
}

/// The project's actor dictionary format (TSV with a header naming the kind), then a look-up
/// with the dictionary built from it.
pub fn actors_dict(data: &[u8]) {
    let files: Vec<(String, String)> = pieces(data, 2)
        .into_iter()
        .enumerate()
        .filter(|(_, t)| !t.is_empty())
        .map(|(i, t)| (format!("user{i}.tsv"), t))
        .collect();
    if let Ok(d) = warta_actors::ActorDict::from_texts(&files) {
        let s =
            warta_actors::simple_sentence("Presiden Joko Widodo bertemu polisi Jakarta dan tentara Amerika Serikat.");
        let date = warta_core::parse_date("2016-05-01");
        let _ = d.find(&s, &Lang::Id, date, &mut Default::default());
        let _ = d.explain("Presiden Amerika Serikat", &Lang::En, date);
    }
}

/// The project's verb dictionaries (patterns, word classes, roots, roles: four files cut at 0xFF).
pub fn verbs_dict(data: &[u8]) {
    let p = pieces(data, 4);
    let _ = warta_events::Lexicon::parse(
        "id.tsv",
        &p[0],
        "id_words.tsv",
        &p[1],
        "id_roots.tsv",
        &p[2],
        "id_roles.tsv",
        &p[3],
        &[],
    );
}

/// TABARI/PETRARCH dictionaries: the first byte picks the loader (actors, agents, verbs,
/// discards, or all four cut at 0xFF and then used to code a sentence).
pub fn petrarch_dict(data: &[u8]) {
    let Some((&sel, rest)) = data.split_first() else { return };
    let text = lossy(rest);
    let mut warnings = Vec::new();
    match sel % 5 {
        0 => {
            let _ = warta_petrarch::dict::parse_actors("a.actors.txt", &text);
            let _ = warta_petrarch::dict::parse_actors_lenient("a.actors.txt", &text, &mut warnings);
        }
        1 => {
            let _ = warta_petrarch::dict::parse_agents("a.agents.txt", &text);
            let _ = warta_petrarch::dict::parse_agents_lenient("a.agents.txt", &text, &mut warnings);
        }
        2 => {
            let _ = warta_petrarch::dict::parse_verbs("a.verbs.txt", &text);
        }
        3 => {
            let _ = warta_petrarch::dict::parse_discards("a.discards.txt", &text);
        }
        _ => {
            let p = pieces(rest, 4);
            if let Ok(d) = warta_petrarch::PetrarchDicts::from_texts(&p[0], &p[1], &p[2], &p[3]) {
                let date = warta_core::parse_date("2015-11-18");
                let _ = d.code_sentence("French police arrested two men in Paris on Monday.", date);
                let _ = d.discard("The football match ended in a draw.");
            }
        }
    }
}

/// Time expressions: the first byte picks the language and whether a publication date anchors
/// relative expressions; the rest is one sentence. Publication dates are parsed too.
pub fn time(data: &[u8]) {
    let Some((&sel, rest)) = data.split_first() else { return };
    let sentence = lossy(rest);
    let lang = if sel & 1 == 0 { Lang::Id } else { Lang::En };
    let published = if sel & 2 == 0 {
        warta_core::parse_date("2015-11-18")
    } else {
        None
    };
    let style = if sel & 4 == 0 {
        warta_time::Style::Warta
    } else {
        warta_time::Style::TimeMl
    };
    let tagger = warta_time::Tagger::with_style(style);
    let mut ctx = warta_time::TimeContext::default();
    // Twice with one context: the second sentence sees what the first one set.
    for _ in 0..2 {
        for m in tagger.tag(&sentence, &lang, published, &mut ctx) {
            assert!(
                sentence.get(m.start..m.end).is_some(),
                "time match outside its sentence"
            );
        }
    }
    let _ = warta_core::parse_date(sentence.lines().next().unwrap_or(""));
}
