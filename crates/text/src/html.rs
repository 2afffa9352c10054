//! HTML to text: a tolerant single-pass tag scanner (no DOM), entities decoded with `html-escape`.

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "head", "nav", "footer", "aside", "template", "svg", "iframe", "form", "button",
    "select", "textarea", "object", "canvas",
];
/// Raw-text elements: their content is not HTML, the scanner jumps to the closing tag.
const RAW: &[&str] = &["script", "style", "textarea", "noscript"];
/// Block elements: a paragraph break before and after.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "section",
    "article",
    "header",
    "main",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "address",
    "hr",
    "title",
    "caption",
    "details",
    "summary",
];
/// Table cells: a space between neighbours.
const CELL: &[&str] = &["td", "th"];

fn find_ci(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

struct Out {
    text: String,
    /// Pending whitespace: 0 none, 1 space, 2 line break, 3 paragraph break.
    pending: u8,
}

impl Out {
    fn brk(&mut self, level: u8) {
        self.pending = self.pending.max(level);
    }
    fn push_text(&mut self, raw: &str, pre: bool) {
        if raw.is_empty() {
            return;
        }
        let decoded = html_escape::decode_html_entities(raw);
        for c in decoded.chars() {
            if c == '\n' && pre {
                self.brk(2);
            } else if c.is_whitespace() && c != '\u{00A0}' {
                self.brk(1);
            } else {
                if !self.text.is_empty() {
                    match self.pending {
                        1 => self.text.push(' '),
                        2 => self.text.push('\n'),
                        3 => self.text.push_str("\n\n"),
                        _ => {}
                    }
                }
                self.pending = 0;
                self.text.push(c);
            }
        }
    }
}

/// Text of an HTML page. Never fails: unclosed tags, stray `<` and broken entities pass as text or are skipped.
pub(crate) fn html_to_text(html: &str) -> String {
    let b = html.as_bytes();
    let n = b.len();
    let mut out = Out {
        text: String::with_capacity(n / 3),
        pending: 0,
    };
    let mut skip_depth = 0usize;
    let mut pre = 0usize;
    let mut i = 0;
    let mut text_start = 0;
    while i < n {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        // `<` starts markup only before a letter, `/`, `!` or `?`.
        let Some(&next) = b.get(i + 1) else {
            break;
        };
        if !(next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?')) {
            i += 1;
            continue;
        }
        if skip_depth == 0 {
            out.push_text(&html[text_start..i], pre > 0);
        }
        // Comments, doctype, CDATA, processing instructions.
        if next == b'!' || next == b'?' {
            let end = if b[i..].starts_with(b"<!--") {
                find_ci(b, b"-->", i + 4).map_or(n, |k| k + 3)
            } else if b[i..].starts_with(b"<![CDATA[") {
                find_ci(b, b"]]>", i + 9).map_or(n, |k| k + 3)
            } else {
                find_ci(b, b">", i + 2).map_or(n, |k| k + 1)
            };
            i = end;
            text_start = i;
            continue;
        }
        let closing = next == b'/';
        let name_start = i + 1 + usize::from(closing);
        let mut name_end = name_start;
        while name_end < n && (b[name_end].is_ascii_alphanumeric() || b[name_end] == b'-' || b[name_end] == b':') {
            name_end += 1;
        }
        // The end of the tag, `>` outside quoted attribute values.
        let mut k = name_end;
        let mut quote = 0u8;
        while k < n {
            match (quote, b[k]) {
                (0, b'"') | (0, b'\'') => quote = b[k],
                (0, b'>') => break,
                (q, c) if q != 0 && c == q => quote = 0,
                _ => {}
            }
            k += 1;
        }
        let tag_end = (k + 1).min(n);
        let name = html[name_start..name_end].to_ascii_lowercase();
        let self_closing = k > 0 && k < n && b[k - 1] == b'/';
        i = tag_end;
        text_start = i;
        if name.is_empty() {
            continue;
        }
        if !closing && RAW.contains(&name.as_str()) {
            // Jump over the raw content to `</name`.
            let close = format!("</{name}");
            let end = find_ci(b, close.as_bytes(), i).unwrap_or(n);
            let after = find_ci(b, b">", end).map_or(n, |k| k + 1);
            i = after;
            text_start = i;
            out.brk(1);
            continue;
        }
        if name == "body" {
            // A page whose `<head>` was never closed.
            skip_depth = 0;
        }
        if SKIP.contains(&name.as_str()) {
            if closing {
                skip_depth = skip_depth.saturating_sub(1);
            } else if !self_closing {
                skip_depth += 1;
            }
            out.brk(1);
            continue;
        }
        if skip_depth > 0 {
            continue;
        }
        if name == "br" {
            out.brk(2);
        } else if name == "pre" {
            pre = if closing { pre.saturating_sub(1) } else { pre + 1 };
            out.brk(3);
        } else if BLOCK.contains(&name.as_str()) {
            out.brk(3);
        } else if CELL.contains(&name.as_str()) {
            out.brk(1);
        }
    }
    if skip_depth == 0 && text_start < n {
        out.push_text(&html[text_start..], pre > 0);
    }
    out.text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_paragraphs_and_chrome_is_dropped() {
        let html = r#"<!DOCTYPE html><html><head><title>Judul</title><style>p{color:red}</style></head>
<body><nav><a href="/">Beranda</a></nav>
<h1>Banjir di Kota</h1><p>Air naik&nbsp;setinggi 1&#44;5 meter.<br>Warga &quot;panik&quot;.</p>
<script>var x = "<p>bukan teks</p>";</script>
<ul><li>Satu</li><li>Dua &amp; tiga</li></ul><footer>Hak cipta</footer></body></html>"#;
        assert_eq!(
            html_to_text(html),
            "Banjir di Kota\n\nAir naik\u{00A0}setinggi 1,5 meter.\nWarga \"panik\".\n\nSatu\n\nDua & tiga"
        );
    }

    #[test]
    fn inline_tags_and_attributes_with_brackets() {
        assert_eq!(
            html_to_text(r#"<p>Presiden <a href="x?a>b" title='1 > 0'>Jokowi</a> <b>tiba</b>.</p>"#),
            "Presiden Jokowi tiba."
        );
    }

    #[test]
    fn broken_html_is_tolerated() {
        assert_eq!(html_to_text("a < b dan c <3 d"), "a < b dan c <3 d");
        assert_eq!(html_to_text("<p>tanpa penutup <b>tebal"), "tanpa penutup tebal");
        assert_eq!(html_to_text("teks <!-- komentar tak tertutup"), "teks");
        assert_eq!(html_to_text("<div><p"), "");
        assert_eq!(html_to_text("&#x1F600; &bogus; &#0;"), "\u{1F600} &bogus; &#0;");
        assert_eq!(html_to_text("<head><title>x</title><body><p>isi</p>"), "isi");
    }

    #[test]
    fn table_cells_and_preformatted_text() {
        assert_eq!(
            html_to_text("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"),
            "a b\n\nc"
        );
        assert_eq!(html_to_text("<pre>baris 1\nbaris 2</pre>"), "baris 1\nbaris 2");
    }
}
