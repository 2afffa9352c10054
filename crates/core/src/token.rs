//! Sentences and tokens, as the text stage hands them to the later stages.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum TokenKind {
    /// Letters (may contain inner hyphens, apostrophes or dots: `posisi-posisi`, `U.S.`).
    Word,
    /// Digits, possibly with separators (`1,5`, `10.00`, `18/11`).
    Number,
    /// Punctuation, one character a token (quotes, brackets, commas).
    Punct,
    /// Anything else (symbols, emoji).
    Symbol,
}

/// A token with byte offsets into its sentence's `text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Token {
    pub text: String,
    /// Lower-cased form used for dictionary look-ups.
    pub norm: String,
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn new(text: &str, start: usize, kind: TokenKind) -> Token {
        Token {
            text: text.to_string(),
            norm: text.to_lowercase(),
            start,
            end: start + text.len(),
            kind,
        }
    }
    /// First character is upper case (names, sentence starts).
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// A sentence of the cleaned body: its text, its byte offset in the body, its tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub text: String,
    pub start: usize,
    pub tokens: Vec<Token>,
}

impl Sentence {
    /// The sentence text covered by tokens `from..to` (exclusive).
    pub fn span_text(&self, from: usize, to: usize) -> &str {
        if from >= to || to > self.tokens.len() {
            return "";
        }
        &self.text[self.tokens[from].start..self.tokens[to - 1].end]
    }
    /// Index of the token that contains byte offset `at`, if any.
    pub fn token_at(&self, at: usize) -> Option<usize> {
        self.tokens.iter().position(|t| t.start <= at && at < t.end)
    }
    /// Index of the last token ending at or before byte offset `at` (the word before a span).
    pub fn token_before(&self, at: usize) -> Option<usize> {
        self.tokens.iter().rposition(|t| t.end <= at)
    }
}
