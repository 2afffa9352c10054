//! Store tests on hand-built coded documents: the deduplication rule, idempotent writes,
//! queries, search and exports, independent of how well the stages code.

use crate::query::{EventQuery, Sort};
use crate::{Prepared, Store};
use warta_core::{ActorRef, EventOut, Geo, Lang, OutputDoc};

fn actor(code: &str) -> ActorRef {
    ActorRef {
        code: code.into(),
        text: code.to_lowercase(),
        name: None,
    }
}

fn place(name: &str, id: u64) -> Geo {
    Geo {
        name: name.into(),
        country: Some("SY".into()),
        lat: 35.95,
        lon: 39.01,
        geonameid: Some(id),
        kind: None,
    }
}

fn ev(src: &str, tgt: &str, code: &str, date: Option<&str>, loc: Option<Geo>) -> EventOut {
    EventOut {
        sentence: 0,
        source: actor(src),
        target: actor(tgt),
        code: code.into(),
        root: code[..2].into(),
        quad_class: 4,
        goldstein: -10.0,
        date: date.map(str::to_string),
        location: loc,
        evidence: "membom".into(),
        negated: false,
        modality: "actual".into(),
    }
}

fn doc(id: &str, source: &str, published: Option<&str>, events: Vec<EventOut>) -> Prepared {
    let text = format!("Artikel {id} tentang serangan udara.");
    let hash = crate::content_hash(&warta_core::InputDoc {
        id: id.into(),
        text: format!("{text}{id}"),
        published: published.map(str::to_string),
        ..Default::default()
    });
    Prepared {
        hash,
        path: "test".into(),
        roots: text.to_lowercase(),
        text: text.clone(),
        out: OutputDoc {
            id: id.into(),
            lang: Lang::Id,
            published: published.map(str::to_string),
            title: None,
            url: Some(format!("https://{source}/{id}")),
            source: Some(source.into()),
            sentences: vec![text],
            events,
            times: vec![],
            entities: vec![],
            meta: Default::default(),
            warnings: vec![],
        },
    }
}

fn store() -> (tempfile::TempDir, Store) {
    let d = tempfile::tempdir().unwrap();
    let s = Store::open(&d.path().join("t.db")).unwrap();
    (d, s)
}

fn all(s: &Store) -> Vec<crate::EventRow> {
    s.events(&EventQuery {
        limit: 1000,
        sort: Sort::DateAsc,
        ..Default::default()
    })
    .unwrap()
}

#[test]
fn one_happening_many_articles_is_one_event() {
    let (_d, mut s) = store();
    let raqqa = || Some(place("Raqqa", 163915));
    let stats = s
        .write_batch(&[
            doc(
                "a",
                "antara",
                Some("2015-11-18"),
                vec![
                    ev("RUSMIL", "IMGMUSISI", "195", Some("2015-11-17"), raqqa()),
                    // The same article tells it again (a second mention, not a second article).
                    ev("RUSGOV", "IMGMUSISI", "190", Some("2015-11-17"), None),
                ],
            ),
            doc(
                "b",
                "kompas",
                Some("2015-11-18"),
                vec![ev("RUSMIL", "IMGMUSISI", "195", Some("2015-11-18"), None)],
            ),
            doc(
                "c",
                "antara",
                Some("2015-11-19"),
                vec![ev("RUSMIL", "IMGMUSISI", "195", Some("2015-11-16"), raqqa())],
            ),
        ])
        .unwrap();
    assert_eq!((stats.documents, stats.mentions, stats.new_events), (3, 4, 1));
    let e = all(&s);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!((e[0].num_mentions, e[0].num_articles, e[0].num_sources), (4, 3, 2));
    assert_eq!(e[0].date.as_deref(), Some("2015-11-17"));
    assert_eq!(e[0].code, "195");
    assert_eq!(s.mentions(e[0].id).unwrap().len(), 4);
}

#[test]
fn other_place_other_days_other_actors_stay_apart() {
    let (_d, mut s) = store();
    s.write_batch(&[
        doc(
            "a",
            "x",
            Some("2015-11-18"),
            vec![ev(
                "RUSMIL",
                "SYRREB",
                "190",
                Some("2015-11-17"),
                Some(place("Raqqa", 1)),
            )],
        ),
        // Another known place: another happening.
        doc(
            "b",
            "x",
            Some("2015-11-18"),
            vec![ev(
                "RUSMIL",
                "SYRREB",
                "190",
                Some("2015-11-17"),
                Some(place("Aleppo", 2)),
            )],
        ),
        // Two days later: another happening.
        doc(
            "c",
            "x",
            Some("2015-11-20"),
            vec![ev("RUSMIL", "SYRREB", "190", Some("2015-11-19"), None)],
        ),
        // Another root, another target.
        doc(
            "d",
            "x",
            Some("2015-11-18"),
            vec![ev("RUSMIL", "SYRREB", "042", Some("2015-11-17"), None)],
        ),
        doc(
            "e",
            "x",
            Some("2015-11-18"),
            vec![ev("RUSMIL", "TURMIL", "190", Some("2015-11-17"), None)],
        ),
        // Same country primaries (RUS → SYR), no place, same day: joins the Raqqa event (older wins a tie).
        doc(
            "f",
            "y",
            Some("2015-11-18"),
            vec![ev("RUSGOV", "SYRREBX", "193", Some("2015-11-17"), None)],
        ),
    ])
    .unwrap();
    let e = all(&s);
    assert_eq!(e.len(), 5, "{e:#?}");
    let raqqa = e.iter().find(|x| x.place.as_deref() == Some("Raqqa")).unwrap();
    assert_eq!(raqqa.num_articles, 2);
}

#[test]
fn undated_events_merge_only_on_the_same_publication_day() {
    let (_d, mut s) = store();
    s.write_batch(&[
        doc(
            "a",
            "x",
            Some("2016-01-05"),
            vec![ev("IDNGOV", "MYSGOV", "036", None, None)],
        ),
        doc(
            "b",
            "y",
            Some("2016-01-05"),
            vec![ev("IDNGOV", "MYSGOV", "036", None, None)],
        ),
        doc(
            "c",
            "y",
            Some("2016-01-06"),
            vec![ev("IDNGOV", "MYSGOV", "036", None, None)],
        ),
        // Dated and undated never merge.
        doc(
            "d",
            "y",
            Some("2016-01-05"),
            vec![ev("IDNGOV", "MYSGOV", "036", Some("2016-01-05"), None)],
        ),
        // No publication day: only within its own article.
        doc(
            "e",
            "z",
            None,
            vec![
                ev("IDNGOV", "MYSGOV", "036", None, None),
                ev("IDNGOV", "MYSGOV", "036", None, None),
            ],
        ),
        doc("f", "z", None, vec![ev("IDNGOV", "MYSGOV", "036", None, None)]),
    ])
    .unwrap();
    let e = all(&s);
    let counts: Vec<(Option<String>, bool, i64, i64)> = e
        .iter()
        .map(|x| (x.date.clone(), x.date_from_text, x.num_articles, x.num_mentions))
        .collect();
    assert_eq!(
        counts,
        vec![
            (None, false, 1, 2),
            (None, false, 1, 1),
            (Some("2016-01-05".into()), false, 2, 2),
            (Some("2016-01-05".into()), true, 1, 1),
            (Some("2016-01-06".into()), false, 1, 1),
        ]
    );
}

#[test]
fn writing_twice_stores_once() {
    let (_d, mut s) = store();
    let batch = vec![doc(
        "a",
        "x",
        Some("2015-11-18"),
        vec![ev("USAGOV", "CHNGOV", "042", Some("2015-11-17"), None)],
    )];
    s.write_batch(&batch).unwrap();
    let again = s.write_batch(&batch).unwrap();
    assert_eq!((again.documents, again.duplicates, again.mentions), (0, 1, 0));
    let st = s.stats().unwrap();
    assert_eq!((st.documents, st.events, st.mentions), (1, 1, 1));
    assert!(s.has_hash(&batch[0].hash).unwrap());
}

#[test]
fn filters() {
    let (_d, mut s) = store();
    s.write_batch(&[
        doc(
            "a",
            "x",
            Some("2015-11-18"),
            vec![ev(
                "RUSMIL",
                "IMGMUSISI",
                "195",
                Some("2015-11-17"),
                Some(place("Raqqa", 1)),
            )],
        ),
        doc(
            "b",
            "x",
            Some("2015-12-02"),
            vec![ev("FRAGOV", "IMGMUSISI", "111", Some("2015-12-01"), None)],
        ),
        doc(
            "c",
            "x",
            Some("2015-12-03"),
            vec![ev("IDNGOV", "FRAGOV", "042", None, None)],
        ),
    ])
    .unwrap();
    let q = |f: &dyn Fn(&mut EventQuery)| {
        let mut q = EventQuery {
            limit: 100,
            ..Default::default()
        };
        f(&mut q);
        s.events(&q).unwrap().into_iter().map(|e| e.code).collect::<Vec<_>>()
    };
    assert_eq!(q(&|q| q.actor = Some("FRA".into())), vec!["042", "111"]);
    assert_eq!(q(&|q| q.source = Some("fra".into())), vec!["111"]);
    assert_eq!(q(&|q| q.target = Some("IMG".into())), vec!["111", "195"]);
    assert_eq!(q(&|q| q.code = Some("19".into())), vec!["195"]);
    assert_eq!(q(&|q| q.root = Some("4".into())), vec!["042"]);
    assert_eq!(q(&|q| q.quad = Some(4)), vec!["042", "111", "195"]);
    assert_eq!(q(&|q| q.from = Some("2015-12".into())), vec!["042", "111"]);
    assert_eq!(q(&|q| q.to = Some("2015-11".into())), vec!["195"]);
    assert_eq!(q(&|q| q.to = Some("2015-12-01".into())), vec!["111", "195"]);
    assert_eq!(q(&|q| q.country = Some("sy".into())), vec!["195"]);
    assert_eq!(q(&|q| q.near = Some((36.0, 39.0, 20.0))), vec!["195"]);
    assert!(q(&|q| q.near = Some((-6.2, 106.8, 50.0))).is_empty());
    assert_eq!(
        q(&|q| {
            q.offset = 1;
            q.limit = 1
        }),
        vec!["111"]
    );
    assert_eq!(q(&|q| q.text = Some("artikel".into())).len(), 3);
    let bad = EventQuery {
        from: Some("17/11/2015".into()),
        ..Default::default()
    };
    assert!(s.events(&bad).is_err());
}

#[test]
fn search_finds_words_and_roots() {
    let (_d, mut s) = store();
    let mut d = doc("a", "x", Some("2015-11-18"), vec![]);
    d.text = "Pasukan itu menyerang desa pada malam hari.".into();
    // Roots as a morphological analyzer gives them (this test does not depend on the analyzer).
    d.roots = "pasukan itu serang desa pada malam hari".into();
    s.write_batch(&[d]).unwrap();
    let hits = s.search("menyerang", 10, 0).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].matched, "words");
    assert!(hits[0].snippet.contains("[menyerang]"), "{}", hits[0].snippet);
    assert!(s.search("gempa", 10, 0).unwrap().is_empty());
    // A query word whose root is `serang` finds it through the roots table, when the analyzer
    // maps the query word there; `serang` itself always does.
    let hits = s.search("serang", 10, 0).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].matched, "roots");
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_partitions_by_date() {
    let (d, mut s) = store();
    s.write_batch(&[
        doc(
            "a",
            "x",
            Some("2015-11-18"),
            vec![ev("RUSMIL", "IMGMUSISI", "195", Some("2015-11-17"), None)],
        ),
        doc(
            "b",
            "x",
            Some("2015-12-02"),
            vec![ev("FRAGOV", "IMGMUSISI", "111", Some("2015-12-01"), None)],
        ),
        doc("c", "x", None, vec![ev("FRAGOV", "IMGMUSISI", "111", None, None)]),
    ])
    .unwrap();
    let out = d.path().join("pq");
    let (e, m, files) = s.export_parquet(&EventQuery::default(), &out).unwrap();
    assert_eq!((e, m, files), (3, 3, 6));
    assert!(out.join("events/date=2015-11-17/part-0.parquet").exists());
    assert!(out.join("mentions/date=unknown/part-0.parquet").exists());
}

#[test]
fn csv_has_gdelt_header() {
    let (_d, mut s) = store();
    s.write_batch(&[doc(
        "a",
        "x",
        Some("2015-11-18"),
        vec![ev("RUSMIL", "IMGMUSISI", "195", Some("2015-11-17"), None)],
    )])
    .unwrap();
    let mut out = Vec::new();
    s.export_csv(&EventQuery::default(), false, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let mut lines = text.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("GLOBALEVENTID,SQLDATE,MonthYear,Year,Actor1Code"));
    let row = lines.next().unwrap();
    assert!(row.starts_with("1,20151117,201511,2015,RUSMIL,"), "{row}");
}

/// `--actor` runs as a union of two index walks and counts are capped: pages and counts must
/// be those of the plain filter over every event, for every sort, offset and prefix kind.
#[test]
fn actor_pages_and_capped_counts_match_a_full_scan() {
    let (_d, mut s) = store();
    let codes = ["IDNGOV", "IDNMIL", "MYS", "IGOUNOKID", "IGOASN", "USAGOV", "IDN"];
    let mut docs = Vec::new();
    for i in 0..120usize {
        let src = codes[i % codes.len()];
        let tgt = codes[(i * 5 + 3) % codes.len()];
        let day = format!("2016-{:02}-{:02}", 1 + i % 12, 1 + (i * 7) % 28);
        let code = ["190", "042", "111", "173"][i % 4];
        docs.push(doc(
            &format!("d{i}"),
            "x",
            Some(&day),
            vec![ev(src, tgt, code, Some(&day), None)],
        ));
    }
    s.write_batch(&docs).unwrap();
    s.optimize().unwrap();
    let every = all(&s);
    assert!(every.len() > 50, "{}", every.len());
    let starts = |c: &str, p: &str| c.starts_with(&p.to_ascii_uppercase());
    for prefix in ["IDN", "idngov", "IGO", "IGOUNO", "I", "MYS", "ZZZ"] {
        for sort in [Sort::Date, Sort::DateAsc, Sort::Mentions, Sort::Goldstein] {
            for (offset, limit) in [(0, 5), (3, 7), (0, 1000), (50, 20)] {
                let q = EventQuery {
                    actor: Some(prefix.into()),
                    sort,
                    offset,
                    limit,
                    ..Default::default()
                };
                let got: Vec<i64> = s.events(&q).unwrap().into_iter().map(|e| e.id).collect();
                let mut want: Vec<&crate::EventRow> = every
                    .iter()
                    .filter(|e| starts(&e.source, prefix) || starts(&e.target, prefix))
                    .collect();
                let key = |e: &&crate::EventRow| (e.date.clone(), e.id);
                match sort {
                    Sort::Date => want.sort_by_key(|e| std::cmp::Reverse(key(e))),
                    Sort::DateAsc => want.sort_by_key(key),
                    Sort::Mentions => want.sort_by_key(|e| std::cmp::Reverse((e.num_mentions, e.id))),
                    Sort::Goldstein => want.sort_by(|a, b| a.goldstein.total_cmp(&b.goldstein).then(b.id.cmp(&a.id))),
                }
                let want_ids: Vec<i64> = want.iter().skip(offset).take(limit).map(|e| e.id).collect();
                assert_eq!(got, want_ids, "{prefix} {sort:?} {offset}+{limit}");
                assert_eq!(s.count_events(&q).unwrap(), want.len() as i64, "{prefix}");
                let c = s.count_events_capped(&q, 10).unwrap();
                assert_eq!(c.more, want.len() > 10, "{prefix}");
                assert_eq!(c.n, want.len().min(10) as i64, "{prefix}");
            }
        }
    }
    // Source and target prefixes together (the pair index), in a date range.
    let q = EventQuery {
        source: Some("IDN".into()),
        target: Some("IGOUNO".into()),
        from: Some("2016-03".into()),
        to: Some("2016-10-31".into()),
        limit: 1000,
        ..Default::default()
    };
    let got = s.events(&q).unwrap().len();
    let want = every
        .iter()
        .filter(|e| starts(&e.source, "IDN") && starts(&e.target, "IGOUNO"))
        .filter(|e| e.date.as_deref().is_some_and(|d| ("2016-03".."2016-11").contains(&d)))
        .count();
    assert_eq!(got, want);
    assert!(want > 0);
}

/// A schema-1 file (without the schema-2 indexes) gets them when opened, keeping its data.
#[test]
fn schema_1_files_are_migrated_on_open() {
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("old.db");
    {
        let mut s = Store::open(&path).unwrap();
        s.write_batch(&[doc(
            "a",
            "x",
            Some("2015-11-18"),
            vec![ev("RUSMIL", "IMGMUSISI", "195", Some("2015-11-17"), None)],
        )])
        .unwrap();
        s.conn()
            .execute_batch(
                "DROP INDEX events_srcp; DROP INDEX events_tgtp; DROP INDEX events_pair; \
                 DROP INDEX events_country_root; DROP INDEX events_geo; CREATE INDEX events_lat ON events (lat); \
                 UPDATE meta SET value = '1' WHERE key = 'schema_version';",
            )
            .unwrap();
    }
    let s = Store::open(&path).unwrap();
    let names: Vec<String> = s
        .conn()
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for n in [
        "events_srcp",
        "events_tgtp",
        "events_pair",
        "events_country_root",
        "events_geo",
    ] {
        assert!(names.iter().any(|x| x == n), "{n} missing: {names:?}");
    }
    assert!(!names.iter().any(|x| x == "events_lat"), "{names:?}");
    let version: String = s
        .conn()
        .query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, "2");
    assert_eq!(all(&s).len(), 1);
}

/// Everything `warta ingest` stores except the times it was stored at, row by row.
fn dump(s: &Store) -> Vec<String> {
    let mut out = Vec::new();
    for q in [
        "SELECT id, hash, doc_id, path, url, source, title, lang, published, pub_day, n_sentences, n_events \
         FROM documents ORDER BY id",
        "SELECT id, code, root, src_code, tgt_code, date, day, pub_day, sql_date, place, num_mentions, \
         num_articles, num_sources, first_doc, source_url FROM events ORDER BY id",
        "SELECT * FROM mentions ORDER BY id",
        "SELECT * FROM event_sources ORDER BY event_id, source",
        "SELECT rowid, title, body FROM docs_fts ORDER BY rowid",
    ] {
        let mut st = s.conn().prepare(q).unwrap();
        let n = st.column_count();
        let rows = st
            .query_map([], |r| {
                let cells: Vec<String> = (0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect();
                Ok(cells.join("|"))
            })
            .unwrap();
        out.extend(rows.map(Result::unwrap));
    }
    out
}

#[test]
fn ingest_gives_the_same_store_whatever_the_threads_and_batches() {
    // Reports of a few happenings told again on other days and by other sources, so that batches
    // merge events into ones stored by earlier batches.
    let lines = [
        "Polisi menangkap dua tersangka teroris di Bekasi.",
        "Presiden Joko Widodo bertemu Perdana Menteri Malaysia di Jakarta.",
        "Pasukan Rusia menyerang posisi ISIS di Suriah.",
        "Indonesia mengecam serangan Israel ke Gaza.",
        "Amerika Serikat menjatuhkan sanksi kepada Iran.",
    ];
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("in.jsonl");
    let mut text = String::new();
    for i in 0..60 {
        let body = format!("{} {}", lines[i % 5], lines[(i / 5) % 5]);
        let source = ["antara", "kompas", "tempo"][i % 3];
        let doc = serde_json::json!({
            "id": format!("d{i}"),
            "text": body,
            "published": format!("2016-03-{:02}", 1 + (i % 25) % 4),
            "source": source,
        });
        text.push_str(&doc.to_string());
        text.push('\n');
    }
    std::fs::write(&input, text).unwrap();
    let coder = warta_pipeline::Coder::new(Default::default()).unwrap();
    let mut dumps = Vec::new();
    let mut indexes = Vec::new();
    for (threads, batch, defer) in [
        (1, 7, false),
        (2, 7, false),
        (2, 64, false),
        (3, 1, false),
        (2, 7, true),
        (1, 64, true),
    ] {
        let db = d.path().join(format!("t{threads}-{batch}-{defer}.db"));
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        let opts = crate::IngestOptions {
            batch,
            published: None,
            defer_indexes: Some(defer),
        };
        let bytes = std::sync::atomic::AtomicU64::new(0);
        let report = pool
            .install(|| crate::ingest(&db, std::slice::from_ref(&input), &coder, &opts, &bytes, &()))
            .unwrap();
        assert_eq!(
            (report.read, report.stored, report.duplicates),
            (60, 25, 35),
            "{report:?}"
        );
        // Ingesting the same file again stores nothing new.
        let again = crate::ingest(&db, std::slice::from_ref(&input), &coder, &opts, &bytes, &()).unwrap();
        assert_eq!((again.stored, again.duplicates), (0, 60), "{again:?}");
        let s = Store::open(&db).unwrap();
        assert_eq!(s.deferred_indexes().unwrap(), None);
        dumps.push(dump(&s));
        indexes.push(index_sql(&s));
    }
    assert!(indexes[0].len() > 15, "{:?}", indexes[0]);
    for (i, other) in indexes.iter().enumerate().skip(1) {
        assert_eq!(&indexes[0], other, "indexes of run {i}");
    }
    assert!(dumps[0].len() > 60, "{:?}", dumps[0]);
    for (i, other) in dumps.iter().enumerate().skip(1) {
        assert_eq!(&dumps[0], other, "run {i}");
    }
}

/// The definitions of every index, by name.
fn index_sql(s: &Store) -> Vec<String> {
    let mut st = s
        .conn()
        .prepare("SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name")
        .unwrap();
    let rows = st.query_map([], |r| r.get(0)).unwrap();
    rows.map(Result::unwrap).collect()
}

#[test]
fn indexes_left_dropped_by_a_dead_ingest_are_built_on_open() {
    let (d, mut s) = store();
    let fresh = index_sql(&s);
    s.defer_indexes().unwrap();
    assert_eq!(s.deferred_indexes().unwrap(), Some(std::process::id()));
    assert!(index_sql(&s).len() < fresh.len() - 10);
    s.write_batch(&[doc(
        "a",
        "antara",
        Some("2016-03-01"),
        vec![ev("IDN", "MYS", "042", Some("2016-03-01"), None)],
    )])
    .unwrap();
    // This process's own record: another connection may be the ingest, so open leaves it.
    let path = d.path().join("t.db");
    assert!(Store::open(&path).unwrap().deferred_indexes().unwrap().is_some());
    // A process id that cannot run (beyond pid_max) stands for a killed ingest.
    s.conn()
        .execute(
            "UPDATE meta SET value = '2147483647' WHERE key = ?1",
            [crate::schema::DEFERRED_KEY],
        )
        .unwrap();
    let s = Store::open(&path).unwrap();
    assert_eq!(s.deferred_indexes().unwrap(), None);
    assert_eq!(index_sql(&s), fresh);
    assert_eq!(all(&s).len(), 1);
}

#[test]
fn a_dense_place_box_gives_the_same_page_either_way() {
    // 40 events at one place on 20 days, among others elsewhere: walking the date index
    // (a dense box) and sorting the box's events must give the same pages.
    let (_d, mut s) = store();
    let mut docs = Vec::new();
    for i in 0..60 {
        let day = format!("2020-01-{:02}", 1 + i % 20);
        let loc = (i % 3 != 2).then(|| place("Raqqa", 1));
        let tgt = ["SYR", "IRQ", "TUR", "IRN"][i % 4];
        docs.push(doc(
            &format!("d{i}"),
            "x",
            Some(&day),
            vec![ev("RUSMIL", tgt, "195", Some(&day), loc)],
        ));
    }
    s.write_batch(&docs).unwrap();
    for sort in [Sort::Date, Sort::DateAsc] {
        for offset in [0, 7, 15] {
            let q = EventQuery {
                near: Some((35.95, 39.01, 25.0)),
                sort,
                limit: 10,
                offset,
                ..Default::default()
            };
            let sorted = s.events_with_dense_box(&q, u64::MAX).unwrap();
            let walked = s.events_with_dense_box(&q, 5).unwrap();
            let ids = |v: &[crate::EventRow]| v.iter().map(|e| e.id).collect::<Vec<_>>();
            assert!(!sorted.is_empty(), "{sort:?} offset {offset}");
            assert_eq!(ids(&sorted), ids(&walked), "{sort:?} offset {offset}");
        }
    }
}
