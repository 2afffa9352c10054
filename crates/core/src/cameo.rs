//! The CAMEO event-code table (names, quad classes, Goldstein values),
//! compiled in from `dictionaries/cameo/event_codes.tsv`.

use crate::tsv::{parse_tsv, DictError};
use std::collections::HashMap;
use std::sync::LazyLock;

const EVENT_CODES: &str = include_str!("../../../dictionaries/cameo/event_codes.tsv");

#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    pub code: String,
    pub name: String,
    pub quad_class: u8,
    pub goldstein: f64,
}

#[derive(Debug, Clone)]
pub struct CameoTable {
    codes: HashMap<String, CameoCode>,
}

static EMBEDDED: LazyLock<CameoTable> = LazyLock::new(|| {
    CameoTable::parse("dictionaries/cameo/event_codes.tsv", EVENT_CODES).expect("embedded CAMEO table is valid")
});

impl CameoTable {
    /// The table shipped inside the binary.
    pub fn embedded() -> &'static CameoTable {
        &EMBEDDED
    }

    pub fn parse(file: &str, text: &str) -> Result<CameoTable, DictError> {
        let mut codes = HashMap::new();
        for r in parse_tsv(file, text, "code", 4)? {
            let code = r.require(file, 0, "code")?.to_string();
            let quad_class = r
                .get(2)
                .parse::<u8>()
                .map_err(|_| DictError::bad(file, r.line, format!("quad_class `{}` is not 1-4", r.get(2))))?;
            let goldstein = r
                .get(3)
                .parse::<f64>()
                .map_err(|_| DictError::bad(file, r.line, format!("goldstein `{}` is not a number", r.get(3))))?;
            codes.insert(
                code.clone(),
                CameoCode {
                    code,
                    name: r.get(1).to_string(),
                    quad_class,
                    goldstein,
                },
            );
        }
        Ok(CameoTable { codes })
    }

    pub fn get(&self, code: &str) -> Option<&CameoCode> {
        self.codes.get(code)
    }

    /// Whether `code` is a CAMEO code.
    pub fn contains(&self, code: &str) -> bool {
        self.codes.contains_key(code)
    }

    /// Quad class of any code (also codes outside the table, by their root).
    pub fn quad_class(&self, code: &str) -> u8 {
        if let Some(c) = self.get(code) {
            return c.quad_class;
        }
        match code.get(..2).and_then(|r| r.parse::<u8>().ok()) {
            Some(1..=5) => 1,
            Some(6..=8) => 2,
            Some(9..=13) => 3,
            Some(14..=20) => 4,
            _ => 0,
        }
    }

    /// Goldstein value of `code`, falling back to its parent codes.
    pub fn goldstein(&self, code: &str) -> f64 {
        let mut c = code;
        while !c.is_empty() {
            if let Some(x) = self.get(c) {
                return x.goldstein;
            }
            c = &c[..c.len() - 1];
        }
        0.0
    }

    /// Name of the code, falling back to its parents.
    pub fn name(&self, code: &str) -> &str {
        let mut c = code;
        while !c.is_empty() {
            if let Some(x) = self.get(c) {
                return &x.name;
            }
            c = &c[..c.len() - 1];
        }
        "unknown code"
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}

/// Whether an event code (or a root) is a use of force: assault, fight, mass violence (roots
/// 18, 19, 20).
pub fn is_force(code: &str) -> bool {
    ["18", "19", "20"].iter().any(|r| code.starts_with(r))
}

/// Force used (roots 18–20) or shown (15, force posture): the acts whose weapons are their
/// instruments, never their targets.
pub fn is_force_or_posture(code: &str) -> bool {
    root_of(code) == "15" || is_force(code)
}

/// Whether an actor code names a country's armed opponents (rebels, insurgents, separatists):
/// with its state they make two sides of one country (`the army` and `the RSF`).
pub fn is_armed_opponent(code: &str) -> bool {
    matches!(code.get(3..6), Some("REB" | "INS" | "SEP"))
}

/// The actor's primary: its country, or the six-letter IGO/NGO/IMG/MNC prefix.
pub fn primary(code: &str) -> &str {
    code.get(..primary_len(code)).unwrap_or(code)
}

/// How many leading letters of an actor code (or code prefix) make its primary: six for the
/// groups whose second three letters name the organization (`IGOUNO`), three otherwise.
pub fn primary_len(code: &str) -> usize {
    const GROUPS: [&str; 6] = ["IGO", "NGO", "IMG", "MNC", "NGM", "INT"];
    if GROUPS.iter().any(|p| code.starts_with(p)) {
        6
    } else {
        3
    }
}

/// The two-digit root of a CAMEO code (`"0312"` → `"03"`).
pub fn root_of(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn force_is_roots_18_to_20() {
        assert!(is_force("190") && is_force("1823") && is_force("20"));
        assert!(!is_force("173") && !is_force("111") && !is_force("018"));
        assert!(is_force_or_posture("150") && is_force_or_posture("1823") && !is_force_or_posture("173"));
    }

    #[test]
    fn armed_opponents_are_rebels_insurgents_separatists() {
        assert!(is_armed_opponent("SDNREB") && is_armed_opponent("PHLINS") && is_armed_opponent("IDNSEP"));
        assert!(!is_armed_opponent("SDNMIL") && !is_armed_opponent("SDN") && !is_armed_opponent("---GOV"));
    }

    #[test]
    fn embedded_table_has_all_codes() {
        let t = CameoTable::embedded();
        assert!(t.len() > 300, "{}", t.len());
        assert_eq!(t.get("041").unwrap().quad_class, 1);
        assert_eq!(t.goldstein("195"), -10.0);
        assert_eq!(t.quad_class("190"), 4);
        assert_eq!(t.quad_class("903"), 0);
        assert_eq!(root_of("0312"), "03");
    }

    #[test]
    fn bad_value_names_line() {
        let e = CameoTable::parse("x.tsv", "code\tname\tq\tg\n01\tA\tfive\t0\n").unwrap_err();
        assert!(e.to_string().starts_with("x.tsv:2:"), "{e}");
    }
}
