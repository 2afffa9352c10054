//! Event dating rules of round `time2` (docs/time.md), on sentences written for them.

use warta_core::InputDoc;
use warta_pipeline::{Coder, Options};

fn dates(lang: &str, published: &str, text: &str) -> Vec<(String, Option<String>)> {
    let c = Coder::new(Options::default()).unwrap();
    let o = c.code(&InputDoc {
        id: "x".into(),
        text: text.into(),
        lang: Some(lang.into()),
        published: Some(published.into()),
        ..InputDoc::default()
    });
    o.events.into_iter().map(|e| (e.code, e.date)).collect()
}

/// Asserts that the sentence gives an event of `root` dated `want`.
fn dated(lang: &str, text: &str, root: &str, want: &str) {
    let d = dates(lang, "2024-03-14", text);
    assert!(
        d.iter().any(|(c, d)| c.starts_with(root) && d.as_deref() == Some(want)),
        "{text}: {d:?}"
    );
}

#[test]
fn a_material_act_does_not_take_the_day_it_was_told() {
    // changes: the act's own month wins over the day of the telling (was the telling's day)
    dated(
        "en",
        "The United States imposed sanctions on Iran in January, Treasury officials said on Monday.",
        "16",
        "2024-01",
    );
    dated(
        "id",
        "Amerika Serikat menjatuhkan sanksi terhadap Iran pada Januari, ujar pejabat Departemen Keuangan, Senin.",
        "16",
        "2024-01",
    );
    // does not change: a verbal act is done in the telling; an act with no other date keeps
    // the article's story day
    dated(
        "id",
        "Pemerintah Indonesia mengecam serangan Israel ke Rafah bulan lalu, kata Menteri Luar Negeri, Rabu (13/3/2024).",
        "11",
        "2024-03-13",
    );
    dated(
        "en",
        "Russian forces attacked the Ukrainian city of Kharkiv, Ukraine's military said on Tuesday.",
        "19",
        "2024-03-12",
    );
}

#[test]
fn a_site_byline_is_no_story_day() {
    // changes: `Warta.com - 14/03/2024, 10:00 WIB` is a byline: an undated act gets no day from it
    let text = "Warta.com - 14/03/2024, 10:00 WIB\n\nPolisi Indonesia menangkap dua aktivis oposisi pada 2 Maret 2024.\n\nSebelumnya mereka menerima ancaman dari kelompok bersenjata.";
    let d = dates("id", "2024-03-14", text);
    assert!(d.iter().all(|(_, d)| d.as_deref() != Some("2024-03-14")), "{d:?}");
}

#[test]
fn a_day_the_act_is_set_before_or_after_does_not_date_it() {
    // changes: `sebelum 1 Maret`, `menjelang Lebaran`, `ahead of Eid` set the act off that day
    // (`sebelum 1 Maret` dated it 1 March before)
    for (lang, text) in [
        (
            "id",
            "Polisi Indonesia menangkap lima tersangka teroris sebelum 1 Maret.",
        ),
        (
            "id",
            "Polisi Thailand menahan seorang aktivis Kamboja menjelang Lebaran.",
        ),
        ("en", "Thai police detained a Cambodian activist ahead of Eid."),
        ("en", "Thai police detained a Cambodian activist prior to March 1."),
    ] {
        let d = dates(lang, "2024-03-14", text);
        assert!(!d.is_empty() && d.iter().all(|(_, d)| d.is_none()), "{text}: {d:?}");
    }
    // does not change: the feast or day itself dates the act
    let d = dates(
        "id",
        "2024-03-14",
        "Polisi Thailand menahan seorang aktivis Kamboja pada hari Lebaran.",
    );
    assert_eq!(d[0].1.as_deref(), Some("2024-04-10"), "{d:?}");
    let d = dates(
        "en",
        "2024-03-14",
        "Thai police detained a Cambodian activist on March 1.",
    );
    assert_eq!(d[0].1.as_deref(), Some("2024-03-01"), "{d:?}");
}
