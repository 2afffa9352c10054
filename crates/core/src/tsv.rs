//! The one reader for warta's tab-separated dictionary files.
//!
//! Format shared by every dictionary under `dictionaries/`: UTF-8, one record a
//! line, fields separated by tabs, `#` starts a comment line, blank lines are
//! ignored. An optional header line is recognised by its first field matching
//! the expected first column name. Errors name the file and line.

use thiserror::Error;

#[derive(Debug, Error, PartialEq)]
pub enum DictError {
    #[error("{file}:{line}: {message}")]
    Bad { file: String, line: usize, message: String },
    #[error("{file}: {message}")]
    Io { file: String, message: String },
}

impl DictError {
    pub fn bad(file: &str, line: usize, message: impl Into<String>) -> DictError {
        DictError::Bad {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// One data line of a TSV dictionary.
#[derive(Debug, Clone, PartialEq)]
pub struct TsvRecord<'a> {
    pub line: usize,
    pub fields: Vec<&'a str>,
}

impl<'a> TsvRecord<'a> {
    /// Field `i`, trimmed; empty string when absent.
    pub fn get(&self, i: usize) -> &'a str {
        self.fields.get(i).map(|s| s.trim()).unwrap_or("")
    }
    /// Field `i`, required to be non-empty.
    pub fn require(&self, file: &str, i: usize, name: &str) -> Result<&'a str, DictError> {
        required(file, self.line, i, name, self.get(i))
    }
}

/// `value`, the trimmed field `i` (named `name`) of `file:line`, required to be non-empty.
pub fn required<'a>(file: &str, line: usize, i: usize, name: &str, value: &'a str) -> Result<&'a str, DictError> {
    if value.is_empty() {
        Err(DictError::bad(
            file,
            line,
            format!("missing field `{name}` (column {})", i + 1),
        ))
    } else {
        Ok(value)
    }
}

/// A user's dictionary files as `(name, text)` pairs, the name as given (errors cite it);
/// a file that cannot be read is an error naming it.
pub fn read_user_files(paths: &[std::path::PathBuf]) -> Result<Vec<(String, String)>, DictError> {
    paths
        .iter()
        .map(|p| {
            let name = p.display().to_string();
            match std::fs::read_to_string(p) {
                Ok(text) => Ok((name, text)),
                Err(e) => Err(DictError::Io {
                    file: name,
                    message: e.to_string(),
                }),
            }
        })
        .collect()
}

/// Splits `text` into records. `header` is the first column's name: a line
/// starting with it is skipped. `min_fields` records fewer fields as an error.
pub fn parse_tsv<'a>(
    file: &str,
    text: &'a str,
    header: &str,
    min_fields: usize,
) -> Result<Vec<TsvRecord<'a>>, DictError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if !header.is_empty() && fields[0].trim() == header {
            continue;
        }
        if fields.len() < min_fields {
            return Err(DictError::bad(
                file,
                i + 1,
                format!(
                    "expected at least {min_fields} tab-separated fields, found {}",
                    fields.len()
                ),
            ));
        }
        out.push(TsvRecord { line: i + 1, fields });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_comments_header_blank() {
        let t = "# c\ncode\tname\n\n01\tx\n02\ty\t\n";
        let r = parse_tsv("f.tsv", t, "code", 2).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].line, 5);
        assert_eq!(r[1].get(1), "y");
        assert_eq!(r[1].get(7), "");
    }

    #[test]
    fn names_file_and_line() {
        let e = parse_tsv("f.tsv", "a\tb\nc\n", "", 2).unwrap_err();
        assert_eq!(
            e.to_string(),
            "f.tsv:2: expected at least 2 tab-separated fields, found 1"
        );
    }
}
