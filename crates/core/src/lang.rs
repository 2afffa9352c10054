//! Document languages warta knows how to code.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A document's language. Only Indonesian and English are coded; any other
/// language is reported (with its ISO 639-1/3 code when known) and left uncoded.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", from = "String")]
pub enum Lang {
    Id,
    En,
    Other(String),
}

impl Lang {
    pub fn as_str(&self) -> &str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
            Lang::Other(s) => s,
        }
    }
    /// Whether warta has rules for this language.
    pub fn is_coded(&self) -> bool {
        matches!(self, Lang::Id | Lang::En)
    }
    pub fn parse(s: &str) -> Lang {
        match s.trim().to_ascii_lowercase().as_str() {
            "id" | "ind" | "indonesian" | "in" => Lang::Id,
            "en" | "eng" | "english" => Lang::En,
            other => Lang::Other(other.to_string()),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<Lang> for String {
    fn from(l: Lang) -> String {
        l.as_str().to_string()
    }
}

impl From<String> for Lang {
    fn from(s: String) -> Lang {
        Lang::parse(&s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn round_trips() {
        assert_eq!(Lang::parse("ID"), Lang::Id);
        assert_eq!(Lang::parse("eng"), Lang::En);
        assert_eq!(Lang::parse("fr").as_str(), "fr");
        assert!(!Lang::parse("fr").is_coded());
    }
}
