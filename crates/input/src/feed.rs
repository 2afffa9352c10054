//! RSS and Atom feed files: each entry is a document (its content, else its summary, else its
//! title), dated by the entry's publication (or update) time.

use crate::{InputError, ReadDoc};
use warta_core::InputDoc;

pub fn read_feed(name: &str, bytes: &[u8], f: &mut dyn FnMut(Result<ReadDoc, InputError>)) {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(feed) => feed,
        Err(e) => {
            f(Err(InputError::File {
                file: name.to_string(),
                message: format!("not an RSS/Atom feed: {e}"),
            }));
            return;
        }
    };
    let feed_title = feed.title.as_ref().map(|t| t.content.trim().to_string());
    let feed_lang = feed.language.clone();
    for (i, e) in feed.entries.into_iter().enumerate() {
        let text_of = |content: &str, ctype: &str| {
            if ctype.contains("html") || content.contains('<') {
                crate::html::visible_text(&format!("<html><body>{content}</body></html>"))
            } else {
                content.trim().to_string()
            }
        };
        let body = e
            .content
            .as_ref()
            .and_then(|c| c.body.as_deref().map(|b| text_of(b, c.content_type.as_str())))
            .filter(|t| !t.is_empty())
            .or_else(|| {
                e.summary
                    .as_ref()
                    .map(|s| text_of(&s.content, s.content_type.as_str()))
                    .filter(|t| !t.is_empty())
            });
        let title = e
            .title
            .as_ref()
            .map(|t| text_of(&t.content, t.content_type.as_str()))
            .filter(|t| !t.is_empty());
        let text = match (body, &title) {
            (Some(b), Some(t)) if !b.starts_with(t.as_str()) => format!("{t}\n{b}"),
            (Some(b), _) => b,
            (None, Some(t)) => t.clone(),
            (None, None) => {
                f(Err(InputError::Record {
                    file: name.to_string(),
                    line: i + 1,
                    message: format!("feed entry {} has no text", i + 1),
                }));
                continue;
            }
        };
        let url = e.links.first().map(|l| l.href.clone());
        let published = e.published.or(e.updated).map(|d| d.format("%Y-%m-%d").to_string());
        f(Ok(ReadDoc {
            doc: InputDoc {
                id: if e.id.is_empty() {
                    format!("{name}#{}", i + 1)
                } else {
                    e.id
                },
                text,
                published,
                lang: e.language.or_else(|| feed_lang.clone()).map(|l| crate::short_lang(&l)),
                title,
                source: feed_title.clone().or_else(|| url.as_deref().and_then(crate::host_of)),
                url,
            },
            warning: None,
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(data: &str) -> (Vec<InputDoc>, Vec<String>) {
        let (mut ok, mut bad) = (vec![], vec![]);
        read_feed("f.rss", data.as_bytes(), &mut |r| match r {
            Ok(d) => ok.push(d.doc),
            Err(e) => bad.push(e.to_string()),
        });
        (ok, bad)
    }

    #[test]
    fn rss_items_become_documents() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar Kita</title><language>id-ID</language>
            <item><title>Petani memprotes harga pupuk</title><link>https://kabar.invalid/1</link>
            <guid>kabar-1</guid><pubDate>Tue, 17 Nov 2015 08:00:00 +0700</pubDate>
            <description>&lt;p&gt;Ratusan petani berunjuk rasa di Karawang menuntut harga pupuk turun.&lt;/p&gt;</description></item>
            <item><guid>kabar-2</guid></item></channel></rss>"#;
        let (ok, bad) = run(rss);
        assert_eq!(ok.len(), 1, "{bad:?}");
        assert_eq!(ok[0].id, "kabar-1");
        assert_eq!(ok[0].published.as_deref(), Some("2015-11-17"));
        assert_eq!(ok[0].lang.as_deref(), Some("id"));
        assert_eq!(ok[0].source.as_deref(), Some("Kabar Kita"));
        assert!(
            ok[0].text.starts_with("Petani memprotes harga pupuk\nRatusan petani"),
            "{}",
            ok[0].text
        );
        assert!(bad[0].contains("no text"), "{bad:?}");
    }

    #[test]
    fn atom_and_garbage() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
            <id>urn:w</id><updated>2020-01-02T00:00:00Z</updated>
            <entry><id>urn:w:1</id><title>Talks resume</title><updated>2020-01-02T10:00:00Z</updated>
            <content type="text">The two delegations met again in Geneva on Thursday.</content></entry></feed>"#;
        let (ok, _) = run(atom);
        assert_eq!(ok.len(), 1);
        assert_eq!(ok[0].published.as_deref(), Some("2020-01-02"));
        assert!(ok[0].text.contains("delegations met again"));
        let (ok, bad) = run("<<< not xml");
        assert!(ok.is_empty());
        assert!(bad[0].contains("not an RSS/Atom feed"), "{bad:?}");
    }
}
