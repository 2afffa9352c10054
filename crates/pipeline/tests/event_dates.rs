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

// ---- Round `time3`: twelve short wire articles of my own, dated the ways the press dates acts.
// Each `(root, date)` is what a careful reader gives for an event warta codes; `None` where the
// text gives no day. (Events the coder does not code are not checked.)

/// The articles, as (language, publication day, text).
const ARTICLES: &[(&str, &str, &str)] = &[
    // id1
    ("id", "2024-11-26", "Presiden Indonesia Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Jakarta pada Senin (25/11). Kedua pemimpin membahas sengketa perbatasan di Kalimantan. Sehari sebelumnya, Anwar tiba di Jakarta dengan rombongan menteri. Prabowo akan berkunjung ke Kuala Lumpur pada 3 Desember. Pemerintah Malaysia mengecam penangkapan nelayan Malaysia oleh polisi Indonesia pekan lalu."),
    // id2
    ("id", "2024-12-02", "Kepolisian Republik Indonesia menangkap tiga terduga teroris di Poso, Sulawesi Tengah, Sabtu (30/11) malam. Kepala Divisi Humas Polri mengatakan pada Minggu bahwa para tersangka telah merencanakan serangan terhadap kantor polisi. Dua hari sebelumnya, polisi menggeledah sebuah rumah di Palu. Penangkapan itu dilakukan akhir pekan lalu setelah penyelidikan selama tiga bulan. Amerika Serikat memuji operasi tersebut."),
    // id3
    ("id", "2024-10-18", "Ribuan mahasiswa berunjuk rasa di depan Gedung DPR di Jakarta, Kamis (17/10), menolak revisi undang-undang pemilu. Polisi menembakkan gas air mata ke arah demonstran. Senin lalu, mahasiswa di Makassar juga menggelar aksi serupa. Sehari setelah aksi di Makassar, Presiden Indonesia bertemu dengan perwakilan mahasiswa di Istana. Pemerintah akan mengumumkan keputusan pada 25 Oktober."),
    // id4
    ("id", "2024-08-24", "Menteri Luar Negeri Indonesia Retno Marsudi mengecam serangan Israel terhadap sebuah sekolah di Gaza. Retno mengatakan pada Jumat (23/8) bahwa pasukan Israel menyerang sekolah itu pada Selasa. Sedikitnya 30 warga sipil tewas dalam serangan tersebut. Indonesia telah mengirimkan bantuan kemanusiaan ke Gaza awal bulan ini. Pemerintah Indonesia juga akan menggelar pertemuan dengan Yordania pada 2 September."),
    // id5
    ("id", "2024-04-03", "Polisi Indonesia menangkap 25 orang yang diduga menjual petasan selama Ramadhan. Operasi itu digelar di Jakarta dan Bekasi sejak 12 Maret. Kepala Polda Metro Jaya mengatakan, Selasa (2/4), polisi juga menyita ribuan petasan dua hari sebelumnya. Pemerintah Indonesia akan menutup jalan tol menjelang Idul Fitri 1445 H. Presiden Joko Widodo akan bertemu para gubernur pada Jumat."),
    // id6
    ("id", "2024-11-24", "Tentara Myanmar menyerang desa-desa di negara bagian Rakhine, kemarin, menurut kelompok hak asasi manusia. Serangan udara itu menewaskan sedikitnya 12 warga sipil. Pada Selasa (19/11), militer Myanmar juga membom sebuah sekolah di Sagaing. Indonesia mengecam kekerasan tersebut dalam pernyataan Kementerian Luar Negeri, Sabtu. ASEAN akan menggelar pertemuan darurat pekan depan."),
    // en1
    ("en", "2024-11-27", "Russian forces launched a massive drone attack on Kyiv overnight, Ukrainian officials said on Wednesday. At least four people were killed. Early on Sunday, Russian missiles struck the port city of Odesa. Hours after the Odesa strike, Ukrainian President Volodymyr Zelensky called on Western allies to send more air defence systems. Germany will host a meeting of defence ministers on December 3."),
    // en2
    ("en", "2024-10-14", "Israeli troops raided the Jenin refugee camp in the occupied West Bank on Sunday, killing three Palestinians, the Palestinian health ministry said. A day earlier, Israeli aircraft bombed a house in Tulkarm. The United Nations condemned the raids on Monday. Last week, Israeli police arrested 20 Palestinian protesters in East Jerusalem. Egypt's foreign minister will visit Israel on Tuesday."),
    // en3
    ("en", "2024-09-12", "Sudan's army said on Tuesday that Rapid Support Forces fighters had attacked a displacement camp in North Darfur on Sunday. The attack killed at least 20 people, according to aid workers. Earlier this month, the United States imposed sanctions on two RSF commanders. The African Union called for an immediate ceasefire on Wednesday. Saudi Arabia will host new peace talks next month."),
    // en4
    ("en", "2024-06-08", "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday. The two leaders signed agreements on trade and energy. Xi praised Brazil as a key partner in South America. Lula invited Xi to visit Brazil next year. China and Brazil will hold a summit in November."),
    // en5
    ("en", "2024-05-21", "Kenyan police arrested 15 opposition supporters in Nairobi on Monday after clashes near parliament. Police had fired tear gas at protesters the previous day. Two weeks ago, the government banned street demonstrations in the capital. Opposition leader Raila Odinga accused the police of using excessive force. Kenya's president will meet opposition leaders on Thursday."),
    // en6
    ("en", "2024-03-04", "North Korea fired two ballistic missiles into the sea off its east coast over the weekend, South Korea's military said. South Korea condemned the launches on Sunday. Late last month, the United States and South Korea held joint military drills near the border. Japan's prime minister will visit Washington on April 10. North Korea had threatened on March 1 to respond to the drills with force."),
];

/// What a careful reader gives, per article: `(root, date)` of events warta codes (`None`: no
/// day told).
const READINGS: &[&[(&str, Option<&str>)]] = &[
    // id1: `pada Senin (25/11)` dates the meeting and the talks after it; `akan berkunjung pada
    // 3 Desember`; the condemnation of last week's arrest gives no day of its own
    &[("04", Some("2024-11-25")), ("03", Some("2024-12-03")), ("11", None)],
    // id2: `Sabtu (30/11) malam`; `Penangkapan itu dilakukan akhir pekan lalu` is that arrest
    &[("17", Some("2024-11-30"))],
    // id3: the lead's `Kamis (17/10)` dates the undated tear gas; `Sehari setelah aksi di
    // Makassar` (held `Senin lalu`, 10-14) is 10-15
    &[
        ("14", Some("2024-10-17")),
        ("17", Some("2024-10-17")),
        ("04", Some("2024-10-15")),
    ],
    // id4: the condemnation told `Jumat (23/8)`; aid `awal bulan ini`; a meeting `pada 2
    // September`
    &[
        ("11", Some("2024-08-23")),
        ("07", Some("2024-08")),
        ("03", Some("2024-09-02")),
    ],
    // id5: arrests `selama Ramadhan` (a span: no day); the seizure `dua hari sebelumnya` the
    // telling of `Selasa (2/4)`. (The sentence splitter joins `… Idul Fitri 1445 H. Presiden …`
    // into one sentence, so the road closure is not checked.)
    &[("17", None), ("17", Some("2024-03-31"))],
    // id6: `mengecam …, Sabtu`
    &[("11", Some("2024-11-23"))],
    // en1: `overnight` (the night before a Wednesday story); `Early on Sunday`; `Hours after
    // the Odesa strike` is that Sunday; `on December 3`
    &[
        ("19", Some("2024-11-26")),
        ("19", Some("2024-11-24")),
        ("02", Some("2024-11-24")),
        ("03", Some("2024-12-03")),
    ],
    // en2: `in the occupied West Bank on Sunday` dates the raid and the killing (`occupied` is
    // an adjective); `A day earlier`; `Last week, … police arrested` (no day); `on Tuesday`
    &[
        ("17", Some("2024-10-13")),
        ("17", None),
        ("19", Some("2024-10-13")),
        ("19", Some("2024-10-12")),
        ("03", Some("2024-10-15")),
    ],
    // en3: `said on Tuesday that … had attacked … on Sunday`; `Earlier this month`
    &[("19", Some("2024-09-08")), ("16", Some("2024-09"))],
    // en4: a dated lead and undated acts after it; `invited Xi to visit Brazil next year` was
    // done that Friday (not the November summit's month); `a summit in November`
    &[
        ("04", Some("2024-06-07")),
        ("05", Some("2024-06-07")),
        ("03", Some("2024-06-07")),
        ("04", Some("2024-11")),
    ],
    // en5: `on Monday`; `the previous day`; `will meet … on Thursday`
    &[
        ("17", Some("2024-05-20")),
        ("17", Some("2024-05-19")),
        ("03", Some("2024-05-23")),
    ],
    // en6: `Late last month`; `will visit Washington on April 10`
    &[("06", Some("2024-02")), ("03", Some("2024-04-10"))],
];

#[test]
fn twelve_articles_read_as_a_careful_reader_dates_them() {
    let mut wrong = Vec::new();
    for ((lang, published, text), want) in ARTICLES.iter().zip(READINGS) {
        let got = dates(lang, published, text);
        for (root, date) in *want {
            if !got.iter().any(|(c, d)| c.starts_with(root) && d.as_deref() == *date) {
                wrong.push(format!("{published} {root} {date:?} not in {got:?}: {}", &text[..60]));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn an_adjective_in_ed_is_no_happening() {
    // changes: `the occupied West Bank on Sunday` dates the raid (was the story day)
    dated(
        "en",
        "Israeli troops raided a refugee camp in the occupied West Bank on Tuesday.",
        "17",
        "2024-03-12",
    );
    // does not change: with no day told, none is made up
    let d = dates(
        "en",
        "2024-03-14",
        "Israeli troops raided a refugee camp in the occupied West Bank.",
    );
    assert!(d.iter().all(|(_, d)| d.is_none()), "{d:?}");
}

/// Three more, for anchored relatives: `late on Thursday`, `The following day`, `Later that
/// day`, `Earlier on Friday`; `Kamis dini hari`, `Keesokan harinya`, `pada 24 November lalu`,
/// `dua pekan lalu`; `pekan ini` and `Dua hari kemudian` with no day named.
const MORE: &[(&str, &str, &str)] = &[
    ("en", "2024-11-22", "Israeli warplanes struck targets in southern Lebanon late on Thursday, the Lebanese army said. The following day, Hezbollah fired rockets at northern Israel. Later that day, the United States urged Israel and Lebanon to accept a ceasefire. Earlier on Friday, France condemned the strikes."),
    ("id", "2024-11-29", "Polisi Filipina menangkap seorang wali kota yang dituduh membantu sindikat narkoba pada Kamis dini hari. Keesokan harinya, pemerintah Filipina memecat dua pejabat kepolisian. Sebelumnya, pada 24 November lalu, polisi menggerebek rumah wali kota itu. Pemerintah China mengecam tindakan itu dua pekan lalu."),
    ("id", "2024-09-18", "Presiden Prancis Emmanuel Macron bertemu Perdana Menteri Inggris Keir Starmer di Paris pekan ini. Dalam pertemuan itu, kedua pemimpin menandatangani perjanjian kerja sama pertahanan. Dua hari kemudian, Macron menelepon Presiden Amerika Serikat Joe Biden. Rusia mengecam perjanjian itu pada hari yang sama."),
];

const MORE_READINGS: &[&[(&str, Option<&str>)]] = &[
    &[
        ("19", Some("2024-11-21")),
        ("19", Some("2024-11-22")),
        ("02", Some("2024-11-22")),
        ("11", Some("2024-11-22")),
    ],
    // the condemnation `dua pekan lalu` has no day
    &[("17", Some("2024-11-28")), ("09", Some("2024-11-24")), ("11", None)],
    // `pekan ini` names no day, so `Dua hari kemudian` has none (was publication + 2, a day
    // after publication)
    &[("04", None), ("05", None)],
];

#[test]
fn anchored_relatives_in_three_more_articles() {
    for ((lang, published, text), want) in MORE.iter().zip(MORE_READINGS) {
        let got = dates(lang, published, text);
        for (root, date) in *want {
            assert!(
                got.iter().any(|(c, d)| c.starts_with(root) && d.as_deref() == *date),
                "{published} {root} {date:?} not in {got:?}"
            );
        }
        assert!(
            got.iter().all(|(_, d)| d.as_deref().is_none_or(|d| d <= *published)),
            "{got:?}"
        );
    }
}

// ---- Round `time4`: a telling's day does not displace the day of the happening told before it.

/// Short articles of my own: (language, publication day, text, the count-back act's root, its
/// day as a careful reader gives it).
const TELLINGS: &[(&str, &str, &str, &str, Option<&str>)] = &[
    // changes: `Dua hari sebelumnya` / `Two days earlier` / `A day earlier` / `The day before`
    // after `mengatakan pada Selasa bahwa …` / `said on Wednesday that …` count from the
    // happening told first (they counted from the telling)
    ("en", "2024-09-12", "Sudanese paramilitary fighters attacked a market in El Fasher on Monday, killing 15 people. The army said on Wednesday that the attackers had used drones. Two days earlier, the United Nations condemned an attack on a hospital in the city.", "11", Some("2024-09-07")),
    ("en", "2024-05-16", "Police in Nairobi arrested 12 protesters on Tuesday. A police spokesman told reporters on Wednesday that officers had acted lawfully. A day earlier, protesters had clashed with police near parliament.", "14", Some("2024-05-13")),
    ("id", "2024-03-06", "Tentara Israel menyerang kamp pengungsi di Rafah pada Senin (4/3). Juru bicara militer Israel menyatakan, Selasa (5/3), bahwa serangan itu menargetkan pejuang Hamas. Dua hari sebelumnya, Mesir mengecam serangan Israel di Khan Younis.", "11", Some("2024-03-02")),
    ("en", "2024-08-30", "Israeli forces launched a large operation in the northern West Bank on Wednesday. The military said on Thursday that soldiers had killed nine militants. The day before, Hamas had condemned Israeli raids in Gaza.", "11", Some("2024-08-27")),
    // does not change: a telling with no happening's day before it anchors the count; a count
    // forward goes on from the telling; the act of the telling's sentence keeps its day
    ("id", "2024-07-10", "Menteri Luar Negeri Indonesia Retno Marsudi mengatakan pada Selasa (9/7) bahwa Indonesia akan mengirim bantuan ke Gaza. Sehari sebelumnya, Retno bertemu Menteri Luar Negeri Yordania di Amman.", "04", Some("2024-07-08")),
    ("en", "2024-02-08", "The Pentagon said on Tuesday that U.S. forces had struck militia targets in Iraq. Two days earlier, Iran condemned the strikes in Syria.", "11", Some("2024-02-04")),
    ("id", "2024-06-20", "Presiden Joko Widodo bertemu Perdana Menteri Singapura di Bogor pada Senin (17/6). Jokowi mengatakan pada Selasa bahwa kedua negara sepakat memperluas kerja sama. Dua hari kemudian, Singapura menandatangani perjanjian investasi dengan Indonesia.", "05", Some("2024-06-20")),
    ("id", "2024-08-30", "Pemerintah Malaysia mengatakan, Kamis (29/8), bahwa pihaknya akan memanggil duta besar Israel. Sehari sebelumnya, Malaysia mengecam serangan Israel di Tepi Barat.", "11", Some("2024-08-28")),
];

#[test]
fn a_tellings_day_does_not_anchor_a_count_back() {
    let mut wrong = Vec::new();
    for (lang, published, text, root, want) in TELLINGS {
        let got = dates(lang, published, text);
        if !got.iter().any(|(c, d)| c.starts_with(root) && d.as_deref() == *want) {
            wrong.push(format!("{published} {root} {want:?} not in {got:?}: {}", &text[..60]));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_happening_noun_after_a_nouns_trigger_modifies_it() {
    // changes: `menandatangani perjanjian pertahanan … pada 28 Oktober`: `pertahanan` (a noun of
    // `tahan`) modifies `perjanjian`, it is no other happening that takes the date (was none)
    for (text, want) in [
        ("Indonesia menandatangani perjanjian pertahanan dengan Australia di Canberra pada 28 Oktober.", "2024-10-28"),
        ("Pemerintah Indonesia dan Australia menandatangani perjanjian pertahanan di Canberra pada 28-29 Oktober lalu.", "2024-10"),
    ] {
        let d = dates("id", "2024-11-05", text);
        assert!(!d.is_empty() && d.iter().all(|(c, d)| c.starts_with("05") && d.as_deref() == Some(want)), "{text}: {d:?}");
    }
    // does not change: a happening noun after a verb; a trigger ending in a noun before a
    // plain noun
    for (text, root, want) in [
        (
            "Pemerintah Indonesia memprotes penangkapan nelayan oleh polisi Malaysia pada Senin (4/11).",
            "11",
            "2024-11-04",
        ),
        (
            "Indonesia dan Jepang menandatangani perjanjian kerja sama pertahanan di Tokyo pada 2 November.",
            "05",
            "2024-11-02",
        ),
        (
            "Indonesia memberikan bantuan penanganan bencana kepada Filipina pada 2 November.",
            "07",
            "2024-11-02",
        ),
    ] {
        let d = dates("id", "2024-11-05", text);
        assert!(
            d.iter().any(|(c, d)| c.starts_with(root) && d.as_deref() == Some(want)),
            "{text}: {d:?}"
        );
    }
}

#[test]
fn ranges_ahead_and_nights_before() {
    // changes: `24-26 Februari mendatang` told on 20 February is this month (was next year's);
    // `the previous night` counts from the telling's day (was untagged: the act took the next
    // sentence's day)
    let d = dates(
        "id",
        "2024-02-20",
        "Presiden Prancis Emmanuel Macron akan mengunjungi Indonesia pada 24-26 Februari mendatang.",
    );
    assert!(
        d.iter()
            .any(|(c, d)| c.starts_with("03") && d.as_deref() == Some("2024-02")),
        "{d:?}"
    );
    let d = dates("en", "2024-10-02", "Israel said on Tuesday it had begun a ground operation in southern Lebanon the previous night. Hezbollah fighters attacked Israeli troops on Wednesday morning.");
    assert_eq!(d.first().map(|x| x.1.as_deref()), Some(Some("2024-09-30")), "{d:?}");
    // does not change: a range told as past; a range in English with no tense word
    let d = dates(
        "en",
        "2024-11-05",
        "Indonesia and Australia signed a defence agreement in Canberra on Oct. 28-29.",
    );
    assert!(
        d.iter()
            .any(|(c, d)| c.starts_with("05") && d.as_deref() == Some("2024-10")),
        "{d:?}"
    );
    let d = dates(
        "en",
        "2024-02-20",
        "French President Emmanuel Macron will visit Indonesia from February 24 to 26.",
    );
    assert!(
        d.iter()
            .any(|(c, d)| c.starts_with("03") && d.as_deref() == Some("2024-02")),
        "{d:?}"
    );
}

#[test]
fn two_weekdays_with_their_dates_date_the_month() {
    // changes: `Sabtu-Minggu (9-10/11)` on a 18 November story: the visit is that month (was
    // 16 November, the last Saturday)
    let d = dates("id", "2024-11-18", "Presiden Prabowo Subianto bertemu Presiden China Xi Jinping di Beijing, Sabtu-Minggu (9-10/11). Kedua pemimpin menandatangani sejumlah perjanjian kerja sama ekonomi.");
    assert!(
        d.iter()
            .any(|(c, d)| c.starts_with("04") && d.as_deref() == Some("2024-11")),
        "{d:?}"
    );
    assert!(
        d.iter()
            .all(|(_, d)| !matches!(d.as_deref(), Some("2024-11-16" | "2024-11-17"))),
        "{d:?}"
    );
    // does not change: each day with its date
    let d = dates(
        "id",
        "2024-11-18",
        "Presiden Prabowo Subianto bertemu Presiden China Xi Jinping di Beijing, Sabtu (9/11).",
    );
    assert!(
        d.iter()
            .any(|(c, d)| c.starts_with("04") && d.as_deref() == Some("2024-11-09")),
        "{d:?}"
    );
}

#[test]
fn an_act_told_within_a_happening_takes_its_day() {
    // changes: `sepakat … dalam pertemuan di Lima, Jumat (15/11) lalu`: the agreement was made in
    // the meeting, so the meeting's day is the act's (was none: the day went to `pertemuan`)
    let d = dates("id", "2024-11-20", "Jepang dan China sepakat melanjutkan dialog ekonomi tingkat tinggi dalam pertemuan di Lima, Jumat (15/11) lalu.");
    assert!(
        !d.is_empty() && d.iter().all(|(_, d)| d.as_deref() == Some("2024-11-15")),
        "{d:?}"
    );
    // changes (time): `will file … on Monday` ten words on is the coming Monday
    let d = dates(
        "en",
        "2024-11-17",
        "Lebanon will file a complaint with the UN Security Council on Monday.",
    );
    assert!(
        d.iter()
            .any(|(c, d)| c.starts_with("11") && d.as_deref() == Some("2024-11-18")),
        "{d:?}"
    );
    // does not change: `di sela kunjungan … pada Jumat (15/11)`
    let d = dates("id", "2024-11-20", "Indonesia dan Peru sepakat memperluas kerja sama perdagangan di sela kunjungan Presiden Prabowo ke Lima pada Jumat (15/11).");
    assert!(
        !d.is_empty() && d.iter().all(|(_, d)| d.as_deref() == Some("2024-11-15")),
        "{d:?}"
    );
}

#[test]
fn an_act_over_the_weekend_takes_no_weekday() {
    // changes: `over the weekend` / `pada akhir pekan` is the act's period: the story day (a
    // Wednesday) is outside it, so the act has no day (it took the Wednesday)
    for (lang, published, text) in [
        ("en", "2024-11-27", "Syrian rebels launched an offensive on Aleppo last Wednesday. Russia bombed rebel positions over the weekend."),
        ("id", "2024-12-02", "Pemberontak Suriah melancarkan serangan ke Aleppo pada Rabu (27/11) pekan lalu. Rusia mengebom posisi pemberontak pada akhir pekan."),
    ] {
        let d = dates(lang, published, text);
        assert!(d.iter().any(|(c, d)| c.starts_with("19") && d.is_none()), "{text}: {d:?}");
    }
    // does not change: a weekend act of the same code told with its Saturday
    let d = dates("en", "2024-12-02", "Russian jets bombed rebel positions in Aleppo on Saturday. Russia bombed rebel positions in Idlib over the weekend.");
    assert!(d.iter().all(|(_, d)| d.as_deref() == Some("2024-11-30")), "{d:?}");
}

#[test]
fn a_noun_of_a_thing_in_an_takes_no_date() {
    // `bagian` (part) and `jaringan` (network) name things, not happenings (class `thing` of
    // id_words.tsv): the day next to them dates the act around them.
    let d = dates(
        "id",
        "2023-03-08",
        "Militer Myanmar menembaki sejumlah desa di negara bagian Rakhine pada Senin (6/3), sehari setelah kelompok bersenjata menyerang pos polisi.",
    );
    assert!(d.contains(&("190".into(), Some("2023-03-06".into()))), "{d:?}");
    assert!(d.contains(&("190".into(), Some("2023-03-05".into()))), "{d:?}");
    let d = dates(
        "id",
        "2024-11-19",
        "Rusia menyerang jaringan listrik Ukraina pada Minggu (17/11).",
    );
    assert_eq!(d, vec![("190".into(), Some("2024-11-17".into()))]);
    // must not change: a happening noun in -an with a nominal prefix still takes its own day
    // (`pembagian bantuan pada Selasa`, a distribution).
    dated(
        "id",
        "Polisi menangkap dua orang setelah pembagian bantuan pada Selasa (12/3) ricuh.",
        "17",
        "2024-03-12",
    );
}

#[test]
fn an_act_over_a_span_up_to_now_takes_no_story_day() {
    // changes: the arrests were made over two weeks, not on the day of the praise (they took
    // the story day, 2025-11-18)
    for (lang, text) in [
        ("id", "Polisi menangkap 40 tersangka narkoba dalam dua pekan terakhir. Kapolri memuji kinerja jajarannya pada Selasa (18/11)."),
        ("en", "Police arrested 40 drug suspects in the past two weeks. The police chief praised his officers on Tuesday."),
    ] {
        let d = dates(lang, "2025-11-19", text);
        assert!(d.iter().any(|(c, d)| c == "173" && d.is_none()), "{text}: {d:?}");
    }
    // does not change: an act with its own day in a sentence with such a span
    let d = dates(
        "en",
        "2025-11-19",
        "Police arrested 40 drug suspects on Tuesday, the most in the past two weeks.",
    );
    assert!(d.contains(&("173".into(), Some("2025-11-18".into()))), "{d:?}");
}
