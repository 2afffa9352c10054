//! `warta search`: full text over the stored articles, Indonesian-aware.
//!
//! Two FTS5 tables are queried: `docs_fts` holds the words as written, `roots_fts` their roots.
//! A query word matches a document when the word itself is there or when its root is (its
//! Indonesian root and its English lemma are both tried): `serangan` finds `menyerang` and
//! `diserang`. Phrases (`"..."`), prefixes (`bom*`), `OR`, `AND` and `NOT` are understood.

use crate::text::{query_roots, root, words};
use crate::{Result, Store, StoreError};
use warta_core::Lang;

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SearchHit {
    pub doc_id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub lang: String,
    /// `words` when the words as written matched, `roots` when only their roots did.
    pub matched: &'static str,
    /// bm25 (lower is better).
    pub score: f64,
    /// Text around the first matching word, matches in `[brackets]`.
    pub snippet: String,
    pub events: i64,
}

#[derive(Debug, PartialEq)]
enum Tok {
    Word(String, bool),
    Phrase(Vec<String>),
    Op(&'static str),
}

fn tokens(q: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut parts = q.split('"');
    let mut in_phrase = false;
    for part in parts.by_ref() {
        if in_phrase {
            let ws: Vec<String> = words(part).map(str::to_lowercase).collect();
            if !ws.is_empty() {
                out.push(Tok::Phrase(ws));
            }
        } else {
            for raw in part.split_whitespace() {
                match raw {
                    "OR" => out.push(Tok::Op("OR")),
                    "AND" => out.push(Tok::Op("AND")),
                    "NOT" => out.push(Tok::Op("NOT")),
                    _ => {
                        let prefix = raw.ends_with('*');
                        let ws: Vec<String> = words(raw).map(str::to_lowercase).collect();
                        match ws.len() {
                            0 => {}
                            1 => out.push(Tok::Word(ws.into_iter().next().unwrap_or_default(), prefix)),
                            _ => out.push(Tok::Phrase(ws)),
                        }
                    }
                }
            }
        }
        in_phrase = !in_phrase;
    }
    // Operators need terms on both sides (NOT: a term after, and one before).
    let mut clean: Vec<Tok> = Vec::new();
    for t in out {
        if matches!(t, Tok::Op(_)) && !matches!(clean.last(), Some(Tok::Word(..) | Tok::Phrase(_))) {
            continue;
        }
        clean.push(t);
    }
    while matches!(clean.last(), Some(Tok::Op(_))) {
        clean.pop();
    }
    clean
}

/// The FTS5 queries for the written words and for the roots.
pub fn fts_queries(q: &str) -> Result<(String, String)> {
    let toks = tokens(q);
    if !toks.iter().any(|t| !matches!(t, Tok::Op(_))) {
        return Err(StoreError::Invalid(format!("search `{q}` has no words")));
    }
    let quote = |w: &str| format!("\"{}\"", w.replace('"', "\"\""));
    let mut surface = Vec::new();
    let mut roots = Vec::new();
    let mut prev_term = false;
    for t in &toks {
        // FTS5 allows an implicit AND between phrases only, not next to a parenthesized group.
        let is_term = !matches!(t, Tok::Op(_));
        if is_term && prev_term {
            surface.push("AND".to_string());
            roots.push("AND".to_string());
        }
        prev_term = is_term;
        match t {
            Tok::Op(o) => {
                surface.push(o.to_string());
                roots.push(o.to_string());
            }
            Tok::Word(w, true) => {
                surface.push(format!("{}*", quote(w)));
                roots.push(format!("{}*", quote(w)));
            }
            Tok::Word(w, false) => {
                surface.push(quote(w));
                let rs: Vec<String> = query_roots(w).iter().map(|r| quote(r)).collect();
                roots.push(if rs.len() == 1 {
                    rs[0].clone()
                } else {
                    format!("({})", rs.join(" OR "))
                });
            }
            Tok::Phrase(ws) => {
                surface.push(quote(&ws.join(" ")));
                let rs: Vec<String> = ws.iter().map(|w| root(w, &Lang::Id)).collect();
                roots.push(quote(&rs.join(" ")));
            }
        }
    }
    Ok((surface.join(" "), roots.join(" ")))
}

/// What a snippet highlights: words as written, prefixes, and roots.
struct Terms {
    words: Vec<String>,
    prefixes: Vec<String>,
    roots: Vec<String>,
}

fn terms(q: &str) -> Terms {
    let mut t = Terms {
        words: vec![],
        prefixes: vec![],
        roots: vec![],
    };
    for tok in tokens(q) {
        match tok {
            Tok::Word(w, true) => t.prefixes.push(w),
            Tok::Word(w, false) => {
                t.roots.extend(query_roots(&w));
                t.words.push(w);
            }
            Tok::Phrase(ws) => {
                for w in ws {
                    t.roots.extend(query_roots(&w));
                    t.words.push(w);
                }
            }
            Tok::Op(_) => {}
        }
    }
    t
}

/// About twenty words around the first match, matches bracketed.
fn snippet(body: &str, t: &Terms, lang: &Lang) -> String {
    let spans: Vec<(usize, usize)> = {
        let mut v = Vec::new();
        let mut start = None;
        for (i, c) in body.char_indices() {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    v.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            v.push((s, body.len()));
        }
        v
    };
    let is_match = |w: &str| {
        let lw = w.to_lowercase();
        t.words.contains(&lw)
            || t.prefixes.iter().any(|p| lw.starts_with(p.as_str()))
            || t.roots.contains(&root(w, lang))
    };
    let hits: Vec<bool> = spans.iter().map(|&(a, b)| is_match(&body[a..b])).collect();
    let first = hits.iter().position(|&h| h).unwrap_or(0);
    let lo = first.saturating_sub(8);
    let hi = (first + 14).min(spans.len());
    if spans.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    if lo > 0 {
        out.push('…');
    }
    let mut pos = spans[lo].0;
    for i in lo..hi {
        let (a, b) = spans[i];
        out.push_str(&body[pos..a]);
        if hits[i] {
            out.push('[');
            out.push_str(&body[a..b]);
            out.push(']');
        } else {
            out.push_str(&body[a..b]);
        }
        pos = b;
    }
    if hi < spans.len() {
        out.push('…');
    } else {
        out.push_str(&body[pos..]);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Store {
    /// Articles matching `query`, best first: those matching the words as written (by their
    /// bm25 over title and body), then those matching only by root (by their bm25 over roots).
    pub fn search(&self, query: &str, limit: usize, offset: usize) -> Result<Vec<SearchHit>> {
        let (surface, roots) = fts_queries(query)?;
        let fts_err = |e: rusqlite::Error| match e {
            rusqlite::Error::SqliteFailure(_, Some(m)) if m.contains("fts5") => {
                StoreError::Invalid(format!("search `{query}`: {m}"))
            }
            e => self.err(e),
        };
        // Only the best offset+limit of each table are ranked in full (a bounded sort), and the
        // documents table is read for the page only: a common word matching half the store
        // costs a pass over its posting list, not a join and sort of every match.
        let k = offset.saturating_add(limit).min(i64::MAX as usize) as i64;
        let mut words: Vec<(i64, f64)> = self
            .conn
            .prepare_cached(
                "SELECT rowid, bm25(docs_fts, 2.0, 1.0) AS s FROM docs_fts WHERE docs_fts MATCH ?1 \
                 ORDER BY s, rowid LIMIT ?2",
            )
            .and_then(|mut st| {
                st.query_map(rusqlite::params![surface, k], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect()
            })
            .map_err(fts_err)?;
        let mut page: Vec<(i64, i64, f64)> = words.iter().skip(offset).map(|&(id, sc)| (id, 0, sc)).collect();
        if (words.len() as i64) < k {
            // Every word match is in `words`: the rest of the page are root-only matches.
            words.sort_unstable_by_key(|w| w.0);
            let skip = offset.saturating_sub(words.len());
            let want = limit - page.len();
            let mut st = self
                .conn
                .prepare_cached(
                    "SELECT rowid, bm25(roots_fts) AS s FROM roots_fts WHERE roots_fts MATCH ?1 \
                     ORDER BY s, rowid LIMIT ?2",
                )
                .map_err(fts_err)?;
            // Enough rows for the skipped ones, the page, and the word matches among them.
            let n = skip
                .saturating_add(want)
                .saturating_add(words.len())
                .min(i64::MAX as usize) as i64;
            let mut rows = st.query(rusqlite::params![roots, n]).map_err(fts_err)?;
            let mut seen = 0usize;
            while page.len() < limit {
                let Some(r) = rows.next().map_err(fts_err)? else { break };
                let id: i64 = r.get(0).map_err(fts_err)?;
                if words.binary_search_by_key(&id, |w| w.0).is_ok() {
                    continue;
                }
                seen += 1;
                if seen > skip {
                    page.push((id, 1, r.get(1).map_err(fts_err)?));
                }
            }
        }
        let mut rows: Vec<(i64, i64, f64, SearchHit)> = Vec::with_capacity(page.len());
        let mut doc = self
            .conn
            .prepare_cached("SELECT doc_id, title, url, source, published, lang, n_events FROM documents WHERE id = ?1")
            .map_err(|e| self.err(e))?;
        for (id, via, score) in page {
            let hit = doc
                .query_row([id], |r| {
                    Ok(SearchHit {
                        doc_id: r.get(0)?,
                        title: r.get(1)?,
                        url: r.get(2)?,
                        source: r.get(3)?,
                        published: r.get(4)?,
                        lang: r.get(5)?,
                        matched: "words",
                        score: 0.0,
                        snippet: String::new(),
                        events: r.get(6)?,
                    })
                })
                .map_err(|e| self.err(e))?;
            rows.push((id, via, score, hit));
        }
        let t = terms(query);
        let mut out = Vec::with_capacity(rows.len());
        for (id, via, score, mut hit) in rows {
            let body: String = self
                .conn
                .prepare_cached("SELECT body FROM docs_fts WHERE rowid = ?1")
                .and_then(|mut s| s.query_row([id], |r| r.get(0)))
                .map_err(|e| self.err(e))?;
            hit.matched = if via == 0 { "words" } else { "roots" };
            hit.score = score;
            hit.snippet = snippet(&body, &t, &Lang::parse(&hit.lang));
            out.push(hit);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_translation() {
        let (s, _) = fts_queries("bom* \"pasukan khusus\" OR teror").unwrap();
        assert_eq!(s, "\"bom\"* AND \"pasukan khusus\" OR \"teror\"");
        let (_, r) = fts_queries("trade talks").unwrap();
        assert!(r.contains(" AND "), "{r}");
        let (s, _) = fts_queries("OR gempa NOT").unwrap();
        assert_eq!(s, "\"gempa\"");
        assert!(fts_queries("  \"\" OR ").is_err());
        // Quotes and FTS syntax in words cannot break the query.
        let (s, _) = fts_queries("a\"b c:d (e)").unwrap();
        assert!(!s.contains("(e)"), "{s}");
    }

    #[test]
    fn snippet_marks_matches() {
        let t = Terms {
            words: vec!["banjir".into()],
            prefixes: vec!["hujan".into()],
            roots: vec![],
        };
        let s = snippet(
            "Kemarin hujannya deras. Banjir merendam tiga desa di Bekasi.",
            &t,
            &Lang::Id,
        );
        assert_eq!(s, "Kemarin [hujannya] deras. [Banjir] merendam tiga desa di Bekasi.");
        assert_eq!(snippet("", &t, &Lang::Id), "");
    }
}
