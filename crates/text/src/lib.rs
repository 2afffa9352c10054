//! Text stage: raw document text in, clean body + metadata + sentences + tokens out.
//!
//! Public interface (used by `warta-pipeline`):
//! - [`html_to_text`]: strips tags, scripts and styles from an HTML page.
//! - [`clean`]: Unicode normalization and boilerplate split-off into [`DocMeta`].
//! - [`detect_language`]: id / en / other for a whole document.
//! - [`split_sentences`]: byte spans of sentences in the cleaned body.
//! - [`tokenize`]: tokens of one sentence.
//! - [`segment`]: `split_sentences` + `tokenize` together.

use warta_core::{DocMeta, Lang, Sentence, Token, TokenKind};

/// The cleaned article body and the boilerplate taken out of it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CleanText {
    pub body: String,
    pub meta: DocMeta,
}

/// Normalizes raw text (NFC, unified quotes/dashes/spaces) and splits off boilerplate.
pub fn clean(raw: &str) -> CleanText {
    CleanText {
        body: raw.trim().to_string(),
        meta: DocMeta::default(),
    }
}

/// Text content of an HTML page: tags, scripts and styles removed, entities decoded.
pub fn html_to_text(html: &str) -> String {
    html.to_string()
}

/// A language guess for a whole document.
#[derive(Debug, Clone, PartialEq)]
pub struct LangGuess {
    pub lang: Lang,
    /// 0..1.
    pub confidence: f64,
}

pub fn detect_language(_text: &str) -> LangGuess {
    LangGuess {
        lang: Lang::Id,
        confidence: 0.0,
    }
}

/// Byte spans `(start, end)` of the sentences of `body`.
pub fn split_sentences(body: &str, _lang: &Lang) -> Vec<(usize, usize)> {
    body.split_inclusive('\n')
        .scan(0usize, |pos, s| {
            let start = *pos;
            *pos += s.len();
            Some((start, start + s.trim_end().len()))
        })
        .filter(|(a, b)| b > a)
        .collect()
}

/// Tokens of one sentence, with byte offsets into it.
pub fn tokenize(sentence: &str, _lang: &Lang) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in sentence.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else {
            if let Some(s) = start.take() {
                out.push(Token::new(&sentence[s..i], s, TokenKind::Word));
            }
            if !c.is_whitespace() {
                out.push(Token::new(&sentence[i..i + c.len_utf8()], i, TokenKind::Punct));
            }
        }
    }
    if let Some(s) = start {
        out.push(Token::new(&sentence[s..], s, TokenKind::Word));
    }
    out
}

/// Sentences of a cleaned body, each tokenized.
pub fn segment(body: &str, lang: &Lang) -> Vec<Sentence> {
    split_sentences(body, lang)
        .into_iter()
        .map(|(a, b)| {
            let text = body[a..b].to_string();
            let tokens = tokenize(&text, lang);
            Sentence { text, start: a, tokens }
        })
        .collect()
}
