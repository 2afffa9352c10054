//! Documents in and out, in the shapes `FORMAT.md` fixes.

use crate::Lang;
use serde::{Deserialize, Serialize};

/// One input document (a JSONL line, or a file read as one document).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InputDoc {
    pub id: String,
    pub text: String,
    /// `YYYY-MM-DD`; anchors relative dates. Missing: relative dates stay unresolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// `id`, `en`…; detected when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Boilerplate split off the article body, kept as metadata.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocMeta {
    /// Places of the dateline (`Brussels/Paris (ANTARA News) -` → Brussels, Paris).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub datelines: Vec<String>,
    /// News agency named in the dateline (`ANTARA News`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// Date written in a wire dateline (`LONDON, Nov 18 (Reuters)` → `Nov 18`), as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copyright: Option<String>,
    /// `Baca juga: …` / `Read also: …` lines (links to other stories).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    /// Agencies the story credits at its end (`demikian Reuters`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attribution: Vec<String>,
}

/// An actor in an event: its CAMEO code (or `---` when unknown) and the words naming it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    pub code: String,
    pub text: String,
    /// Canonical name when the actor is a known person or organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A place with coordinates, as the gazetteer resolves it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Geo {
    pub name: String,
    /// ISO 3166-1 alpha-2; `None` for seas and regions spanning countries.
    pub country: Option<String>,
    pub lat: f64,
    pub lon: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonameid: Option<u64>,
    /// `country`, `adm1`, `city`, `sea`, `region`, …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventOut {
    /// Index into `sentences`.
    pub sentence: usize,
    pub source: ActorRef,
    pub target: ActorRef,
    /// CAMEO event code with its leading zero (`"041"`).
    pub code: String,
    pub root: String,
    pub quad_class: u8,
    pub goldstein: f64,
    /// The day the event happened (`YYYY-MM-DD`, or `YYYY-MM` when only the month is known).
    pub date: Option<String>,
    pub location: Option<Geo>,
    /// The words that carry the event (the verb or noun predicate).
    pub evidence: String,
    pub negated: bool,
    /// `actual`, `intent` (announced or planned), `reported`.
    pub modality: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimeType {
    Date,
    Time,
    Duration,
    Set,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeOut {
    pub sentence: usize,
    pub text: String,
    /// TIMEX3 value (`2015-11-13`, `2015-W47`, `P3D`, `PRESENT_REF`); `None` when it
    /// cannot be resolved (a relative expression without a publication date).
    pub value: Option<String>,
    #[serde(rename = "type")]
    pub kind: TimeType,
    /// Byte offsets of `text` in its sentence (in the dateline's date when `dateline`).
    pub start: usize,
    pub end: usize,
    /// Written in the wire dateline (`BEIRUT, July 17, 2024 (AFP) -`), which is cut from the
    /// sentences; `sentence` is then 0.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dateline: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Org,
    Loc,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityOut {
    pub sentence: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub actor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geo: Option<Geo>,
}

/// One coded document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutputDoc {
    pub id: String,
    pub lang: Lang,
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    pub sentences: Vec<String>,
    pub events: Vec<EventOut>,
    pub times: Vec<TimeOut>,
    pub entities: Vec<EntityOut>,
    #[serde(default)]
    pub meta: DocMeta,
    /// Problems met while coding this document (language not coded, caps reached…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_needs_only_id_and_text() {
        let d: InputDoc = serde_json::from_str(r#"{"id":"a","text":"b"}"#).unwrap();
        assert_eq!(d.id, "a");
        assert!(d.published.is_none());
        assert!(serde_json::from_str::<InputDoc>(r#"{"id":"a"}"#).is_err());
    }

    #[test]
    fn time_type_serializes_upper_case() {
        let t = TimeOut {
            sentence: 0,
            text: "kemarin".into(),
            value: None,
            kind: TimeType::Date,
            start: 0,
            end: 7,
            dateline: false,
        };
        let s = serde_json::to_string(&t).unwrap();
        assert!(s.contains(r#""type":"DATE""#), "{s}");
        assert!(s.contains(r#""value":null"#), "{s}");
        assert!(!s.contains("dateline"), "{s}");
    }
}
