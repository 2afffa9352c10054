//! Shared types of the warta pipeline.
//!
//! Every stage crate depends on this one and on nothing downstream of it, so
//! data flows one way: text → language → sentences/tokens → morphology →
//! actors → events → time → places → output.

pub mod cameo;
pub mod doc;
pub mod lang;
pub mod token;
pub mod tsv;

pub use cameo::{CameoCode, CameoTable};
pub use doc::{ActorRef, DocMeta, EntityOut, EntityType, EventOut, Geo, InputDoc, OutputDoc, TimeOut, TimeType};
pub use jiff::civil::Date;
pub use lang::Lang;
pub use token::{Sentence, Token, TokenKind};
pub use tsv::{parse_tsv, read_user_files, DictError, TsvRecord};

/// Parses `YYYY-MM-DD` (a longer timestamp is cut to its date part).
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let head = s.get(..10).unwrap_or(s);
    head.parse::<Date>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_timestamps() {
        assert_eq!(parse_date("2015-11-18"), Some(jiff::civil::date(2015, 11, 18)));
        assert_eq!(
            parse_date("2015-11-18T10:00:00Z"),
            Some(jiff::civil::date(2015, 11, 18))
        );
        assert_eq!(parse_date("18/11/2015"), None);
        assert_eq!(parse_date(""), None);
    }
}
