//! Marks an article's coding in its sentences: actors, event words, times and places become
//! spans the page highlights. The coder gives times as byte offsets in their sentence and the
//! other items as text of a sentence, so those are found in the sentence (first place not
//! taken yet). Everything here is plain text; [`to_html`] escapes it.

use serde::Serialize;
use warta_core::{EntityType, OutputDoc};

/// What a span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Actor,
    Event,
    Time,
    Place,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Actor => "actor",
            Kind::Event => "event",
            Kind::Time => "time",
            Kind::Place => "place",
        }
    }
}

/// A piece of a sentence: plain text, or a marked span with what it refers to.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Segment {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// Actor code, CAMEO event code, time value or place name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Coordinates of a place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct MarkedSentence {
    pub index: usize,
    pub segments: Vec<Segment>,
}

struct Span {
    start: usize,
    end: usize,
    kind: Kind,
    value: Option<String>,
    geo: Option<(f64, f64)>,
}

/// The first occurrence of `needle` in `hay` that overlaps none of `taken`.
fn find_free(hay: &str, needle: &str, taken: &[Span]) -> Option<(usize, usize)> {
    if needle.is_empty() {
        return None;
    }
    let mut from = 0;
    while let Some(i) = hay.get(from..).and_then(|h| h.find(needle)) {
        let (s, e) = (from + i, from + i + needle.len());
        if !taken.iter().any(|t| s < t.end && t.start < e) {
            return Some((s, e));
        }
        from = s + hay[s..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The sentences of a coded document cut into plain and marked segments.
pub fn mark(doc: &OutputDoc) -> Vec<MarkedSentence> {
    let mut spans: Vec<Vec<Span>> = doc.sentences.iter().map(|_| Vec::new()).collect();
    // Times first: they come with offsets.
    // (A dateline's date is in no sentence.)
    for t in doc.times.iter().filter(|t| !t.dateline) {
        let (Some(sent), Some(list)) = (doc.sentences.get(t.sentence), spans.get_mut(t.sentence)) else {
            continue;
        };
        let ok =
            t.start < t.end && sent.is_char_boundary(t.start) && sent.is_char_boundary(t.end) && t.end <= sent.len();
        if ok && !list.iter().any(|s| t.start < s.end && s.start < t.end) {
            list.push(Span {
                start: t.start,
                end: t.end,
                kind: Kind::Time,
                value: t.value.clone(),
                geo: None,
            });
        }
    }
    let mut add = |sentence: usize, text: &str, kind: Kind, value: Option<String>, geo: Option<(f64, f64)>| {
        let (Some(sent), Some(list)) = (doc.sentences.get(sentence), spans.get_mut(sentence)) else {
            return;
        };
        if let Some((start, end)) = find_free(sent, text.trim(), list) {
            list.push(Span {
                start,
                end,
                kind,
                value,
                geo,
            });
        }
    };
    for e in &doc.events {
        add(e.sentence, &e.evidence, Kind::Event, Some(e.code.clone()), None);
        for a in [&e.source, &e.target] {
            add(e.sentence, &a.text, Kind::Actor, Some(a.code.clone()), None);
        }
    }
    for en in &doc.entities {
        match (en.kind, &en.geo) {
            (EntityType::Loc, Some(g)) => add(
                en.sentence,
                &en.text,
                Kind::Place,
                Some(g.name.clone()),
                Some((g.lat, g.lon)),
            ),
            (EntityType::Loc, None) => add(en.sentence, &en.text, Kind::Place, None, None),
            _ => add(en.sentence, &en.text, Kind::Actor, en.actor.clone(), None),
        }
    }
    doc.sentences
        .iter()
        .zip(spans)
        .enumerate()
        .map(|(index, (sent, mut list))| {
            list.sort_by_key(|s| s.start);
            let mut segments = Vec::new();
            let mut pos = 0;
            for s in list {
                if s.start > pos {
                    segments.push(plain(&sent[pos..s.start]));
                }
                segments.push(Segment {
                    text: sent[s.start..s.end].to_string(),
                    kind: Some(s.kind),
                    value: s.value,
                    lat: s.geo.map(|g| g.0),
                    lon: s.geo.map(|g| g.1),
                });
                pos = s.end;
            }
            if pos < sent.len() || segments.is_empty() {
                segments.push(plain(&sent[pos..]));
            }
            MarkedSentence { index, segments }
        })
        .collect()
}

fn plain(s: &str) -> Segment {
    Segment {
        text: s.to_string(),
        kind: None,
        value: None,
        lat: None,
        lon: None,
    }
}

/// Text (or an attribute value) with `& < > " '` escaped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The marked sentences as an HTML fragment: one `<p>` a sentence, `<mark class="KIND">` spans.
/// All text and values are escaped.
pub fn to_html(sentences: &[MarkedSentence]) -> String {
    let mut out = String::new();
    for s in sentences {
        out.push_str(&format!("<p data-sentence=\"{}\">", s.index));
        for seg in &s.segments {
            match seg.kind {
                None => out.push_str(&escape(&seg.text)),
                Some(k) => {
                    out.push_str(&format!("<mark class=\"{}\"", k.name()));
                    if let Some(v) = &seg.value {
                        out.push_str(&format!(" data-value=\"{}\"", escape(v)));
                    }
                    out.push('>');
                    out.push_str(&escape(&seg.text));
                    out.push_str("</mark>");
                }
            }
        }
        out.push_str("</p>\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_core::{ActorRef, EntityOut, EventOut, Lang, TimeOut, TimeType};

    fn doc() -> OutputDoc {
        let s = "Kemarin polisi menangkap dua orang di Bandung <script>alert(1)</script>.".to_string();
        OutputDoc {
            id: "x".into(),
            lang: Lang::parse("id"),
            published: None,
            title: None,
            url: None,
            source: None,
            sentences: vec![s],
            events: vec![EventOut {
                sentence: 0,
                source: ActorRef {
                    code: "IDNCOP".into(),
                    text: "polisi".into(),
                    name: None,
                },
                target: ActorRef {
                    code: "---".into(),
                    text: "dua orang".into(),
                    name: None,
                },
                code: "173".into(),
                root: "17".into(),
                quad_class: 4,
                goldstein: -5.0,
                date: None,
                location: None,
                evidence: "menangkap".into(),
                negated: false,
                modality: "actual".into(),
            }],
            times: vec![TimeOut {
                sentence: 0,
                text: "Kemarin".into(),
                value: Some("2020-01-01".into()),
                kind: TimeType::Date,
                start: 0,
                end: 7,
                dateline: false,
            }],
            entities: vec![EntityOut {
                sentence: 0,
                text: "Bandung".into(),
                kind: EntityType::Loc,
                actor: None,
                geo: Some(warta_core::Geo {
                    name: "Bandung".into(),
                    country: Some("ID".into()),
                    lat: -6.9,
                    lon: 107.6,
                    geonameid: None,
                    kind: None,
                }),
            }],
            meta: Default::default(),
            warnings: Vec::new(),
        }
    }

    #[test]
    fn marks_every_kind_and_keeps_all_text() {
        let d = doc();
        let m = mark(&d);
        let joined: String = m[0].segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, d.sentences[0]);
        let kinds: Vec<(Kind, &str)> = m[0]
            .segments
            .iter()
            .filter_map(|s| s.kind.map(|k| (k, s.text.as_str())))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (Kind::Time, "Kemarin"),
                (Kind::Actor, "polisi"),
                (Kind::Event, "menangkap"),
                (Kind::Actor, "dua orang"),
                (Kind::Place, "Bandung")
            ]
        );
    }

    #[test]
    fn html_escapes_text_and_values() {
        assert_eq!(escape(r#"<a href="x">&'"#), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
        let html = to_html(&mark(&doc()));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(
            html.contains(r#"<mark class="place" data-value="Bandung">Bandung</mark>"#),
            "{html}"
        );
    }

    #[test]
    fn bad_offsets_and_missing_text_are_skipped() {
        let mut d = doc();
        d.times[0].end = 999;
        d.events[0].evidence = "tidak ada".into();
        d.events[0].sentence = 7;
        let m = mark(&d);
        let joined: String = m[0].segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, d.sentences[0]);
        assert!(m[0].segments.iter().all(|s| s.kind != Some(Kind::Time)));
    }
}
