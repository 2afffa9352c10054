//! Text stage: raw document text in, clean body + metadata + sentences + tokens out.
//!
//! Public interface (used by `warta-pipeline`):
//! - [`html_to_text`]: strips tags, scripts and styles from an HTML page.
//! - [`clean`]: Unicode normalization and boilerplate split-off into [`DocMeta`].
//! - [`detect_language`]: id / en / other for a whole document.
//! - [`split_sentences`]: byte spans of sentences in the cleaned body.
//! - [`tokenize`]: tokens of one sentence.
//! - [`segment`]: `split_sentences` + `tokenize` together.
//!
//! Patterns and word lists live in `dictionaries/text/` (compiled in).

mod clean;
mod data;
mod html;
mod lang;
mod normalize;
mod sentences;
mod tokens;

pub use tokens::is_phrase_reduplication;
use warta_core::{DocMeta, Lang, Sentence, Token};

/// The cleaned article body and the boilerplate taken out of it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CleanText {
    /// NFC text with straight quotes, `-` dashes and single spaces; paragraphs separated by one `\n`.
    pub body: String,
    pub meta: DocMeta,
    /// Byline and credit lines taken out of the body (`Penulis: …`, `Reporting by …`, closing `(asp)`), as written.
    pub credits: Vec<String>,
}

/// Normalizes raw text and splits off boilerplate.
///
/// - Unicode NFC; curly quotes → `"`/`'`; en/em dashes and minus → `-` (an em dash gets spaces around it);
///   no-break and other odd spaces → space; zero-width characters and soft hyphens removed; runs of spaces
///   collapsed, lines trimmed.
/// - Paragraphs: blank lines and single line breaks both separate paragraphs (one `\n` in `body`), except a line
///   break inside a hard-wrapped sentence (the line does not end a sentence and the next starts in lower case, or
///   the document is seen to be hard-wrapped), which becomes a space.
/// - Boilerplate lines (`Baca juga: …`, `Editor: …`, `Copyright © …`, see `boilerplate_lines.tsv`) are removed and
///   kept in `meta`/`credits`; the dateline prefix (`Jakarta (ANTARA) - `, `JAKARTA, KOMPAS.com - `…), searched in
///   the first lines, is removed and kept as `meta.datelines`/`meta.agency`; a closing tag after the last sentence
///   (`(asp)`, `(Reuters)`) is removed. Nothing else of the body changes: headline, timestamp and caption lines
///   before the dateline stay, and `…, demikian Reuters.` stays in the body (the agency goes to
///   `meta.attribution`). Glued prepositions (`DiBrussels`) are left to the tokenizer.
pub fn clean(raw: &str) -> CleanText {
    clean::clean(raw)
}

/// Text content of an HTML page: tags, scripts and styles removed, entities decoded. Block elements (`p`, `div`,
/// `li`, `h1`–`h6`, `tr`…) become paragraph breaks (a blank line), `br` a line break; the content of `script`,
/// `style`, `noscript`, `head`, `nav`, `footer`, `aside` (and forms, iframes, svg) is dropped.
pub fn html_to_text(html: &str) -> String {
    html::html_to_text(html)
}

/// A language guess for a whole document.
#[derive(Debug, Clone, PartialEq)]
pub struct LangGuess {
    pub lang: Lang,
    /// 0..1.
    pub confidence: f64,
}

/// Language of a document from its first 4 KB: function words decide Indonesian vs English; other languages come
/// from `whatlang` with their ISO 639-1 code; clearly Malay text is `Other("ms")`. Empty text: `Id` with
/// confidence 0.
pub fn detect_language(text: &str) -> LangGuess {
    lang::detect_language(text)
}

/// Byte spans `(start, end)` of the sentences of `body` (trimmed, non-empty, in order). Every `\n` ends a sentence.
pub fn split_sentences(body: &str, lang: &Lang) -> Vec<(usize, usize)> {
    sentences::split_sentences(body, lang)
}

/// Tokens of one sentence, with byte offsets into it.
///
/// What the tokenizer emits (offsets are byte offsets into the sentence; `text == sentence[start..end]` always):
/// - Words keep inner hyphens, dots and apostrophes: `posisi-posisi`, `Bomber-bomber`, `Jean-Yves`, `Ke-28`,
///   `KOMPAS.com`, `U.S.` (a dotted acronym keeps its final dot), `Asy'ari`; the `-nya` clitic stays on its word.
/// - Numbers keep inner `.` `,` `/` `:` `-` between digits: `1,5`, `10.00`, `4.100`, `18/11/2015`, `2024-2029`.
/// - Name particles join the capitalized name that follows: `Le Drian`, `von der Leyen`, `bin Salman` (one token
///   whose text holds a space; see `dictionaries/text/name_particles.txt`).
/// - Phrase reduplication `pesawat tempur-pesawat tempur` (phrase `A B` written `A B-A B`) is emitted as the tokens
///   of one copy: `pesawat` and then `tempur`, where this last token's span covers the rest of the reduplication
///   (`tempur-pesawat tempur`) and its `norm` is `tempur`. So a look-up on norms sees `pesawat tempur`, and
///   [`crate::is_phrase_reduplication`] tells that the phrase was reduplicated (a plural).
/// - Indonesian glued prepositions (`DiBrussels`, `keJakarta`, `dariSurabaya`) are split into the preposition and the
///   name: tokens `Di` (0..2) and `Brussels` (2..10), adjacent. The text is not changed (not done for `Lang::En`;
///   the name must be capitalized with 3+ letters; `glued_prepositions.tsv` lists prefixes and exceptions).
/// - English possessive `'s` is its own token (`Iran's` → `Iran`, `'s`).
/// - Every other punctuation mark is one `Punct` token (quotes, brackets, commas, dashes, `/`); symbols (`$`, `%`,
///   `©`, emoji) are `Symbol` tokens.
pub fn tokenize(sentence: &str, lang: &Lang) -> Vec<Token> {
    tokens::tokenize(sentence, lang)
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
