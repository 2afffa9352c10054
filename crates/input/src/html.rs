//! Article text out of a web page: readability-style extraction (`dom_smoothie`), with the
//! page's visible text (scripts, styles and navigation removed) as a fallback when the page
//! has no article-like block.

/// What a page yields: its article text and the metadata found beside it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    pub text: String,
    pub title: Option<String>,
    /// Publication time as the page states it (`2015-11-18T10:00:00+07:00`…).
    pub published: Option<String>,
    pub lang: Option<String>,
}

/// Pages bigger than this are cut before parsing: a news article is far smaller, and the DOM
/// of a huge page costs memory and time out of proportion.
const MAX_HTML: usize = 4 << 20;

/// The article of an HTML page. The text is empty when the page has none.
pub fn article(html: &str, url: Option<&str>) -> Article {
    let html = cut(html, MAX_HTML);
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        max_elements_to_parse: 20_000,
        ..Default::default()
    };
    // readability only panics on nothing we know of, but a page is untrusted input: a bad one
    // must cost its own document, never the run.
    let parsed = std::panic::catch_unwind(|| {
        let mut r = dom_smoothie::Readability::new(html, url, Some(cfg)).ok()?;
        r.parse().ok()
    })
    .ok()
    .flatten();
    let mut out = Article::default();
    if let Some(a) = parsed {
        out.text = tidy(&a.text_content);
        out.title = Some(a.title.trim().to_string()).filter(|t| !t.is_empty());
        out.published = a.published_time.filter(|t| !t.trim().is_empty());
        out.lang = a.lang.filter(|l| !l.trim().is_empty());
    }
    if out.text.is_empty() {
        out.text = visible_text(html);
    }
    out
}

/// The visible text of a page: `<body>` without scripts, styles, menus and forms.
pub fn visible_text(html: &str) -> String {
    let html = cut(html, MAX_HTML);
    std::panic::catch_unwind(|| {
        let doc = dom_query::Document::from(html);
        doc.select("script, style, noscript, template, nav, header, footer, form, iframe, svg")
            .remove();
        let body = doc.select("body");
        let t = if body.exists() {
            body.formatted_text()
        } else {
            doc.formatted_text()
        };
        tidy(&t)
    })
    .unwrap_or_default()
}

fn cut(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut i = max;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

/// Trims every line and keeps at most one blank line between paragraphs.
fn tidy(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut blank = false;
    for line in t.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
            blank = false;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_drops_scripts_and_menus() {
        let page = "<html><head><title>Berita</title><script>var serang = 1;</script></head><body>\
            <nav><a href='/'>Beranda</a> <a href='/x'>Olahraga</a></nav>\
            <article><h1>Gubernur meresmikan jembatan</h1>\
            <p>Gubernur Jawa Barat meresmikan jembatan baru di Bandung pada Senin pagi. Warga menyambut peresmian itu dengan gembira.</p>\
            <p>Jembatan sepanjang dua ratus meter itu menghubungkan dua kecamatan yang selama ini terpisah sungai.</p></article>\
            <footer>Hak cipta</footer></body></html>";
        let a = article(page, Some("https://example.invalid/a"));
        assert!(a.text.contains("meresmikan jembatan baru di Bandung"), "{a:?}");
        assert!(!a.text.contains("var serang"), "{a:?}");
        assert!(!a.text.contains("Hak cipta"), "{a:?}");
    }

    #[test]
    fn empty_page_has_no_text() {
        assert_eq!(
            article("<html><body><script>x()</script> </body></html>", None).text,
            ""
        );
        assert_eq!(article("", None).text, "");
    }
}
