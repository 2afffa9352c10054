//! `warta ingest` over a folder mixing every input kind (and some bad files), then re-ingest,
//! queries, search and exports, through the built binary.

mod store_util;
use std::path::Path;
use store_util::*;

/// Builds the mixed folder; returns how many good documents it holds.
fn mixed_folder(d: &Path) -> usize {
    let sub = d.join("nested/deeper");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(d.join("a.txt"), SENTENCES[0]).unwrap();
    std::fs::write(
        sub.join("b.html"),
        page("Kecaman dari Paris", &[SENTENCES[1], SENTENCES[2]]),
    )
    .unwrap();
    let line = |id: &str, text: &str, day: &str| {
        format!("{{\"id\":\"{id}\",\"text\":\"{text}\",\"published\":\"2015-11-{day}\",\"source\":\"Kabar {id}\"}}\n")
    };
    std::fs::write(
        d.join("c.jsonl"),
        line("c1", SENTENCES[3], "17") + &line("c2", SENTENCES[4], "18"),
    )
    .unwrap();
    let gz = line("g1", SENTENCES[5], "17") + &line("g2", SENTENCES[6], "18") + &line("g3", SENTENCES[2], "18");
    std::fs::write(sub.join("d.jsonl.gz"), gzip(gz.as_bytes())).unwrap();
    let mut warc = warc_request("https://www.berita.invalid/1");
    warc.extend(warc_response(
        "https://www.berita.invalid/1",
        "2015-11-18",
        &page("Serangan di Suriah", &[SENTENCES[2], SENTENCES[1]]),
    ));
    warc.extend(warc_response(
        "https://www.news.invalid/2",
        "2015-11-19",
        &page("Trade talks", &[SENTENCES[8], SENTENCES[7]]),
    ));
    // Each record its own gzip member, as Common Crawl ships them.
    let members: Vec<u8> = {
        let a = warc_request("https://www.berita.invalid/1");
        let rest = &warc[a.len()..];
        let mut v = gzip(&a);
        v.extend(gzip(rest));
        v
    };
    std::fs::write(d.join("e.warc.gz"), members).unwrap();
    let rss = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kabar RSS</title>\
         <item><guid>rss-1</guid><title>Penangkapan di Johor</title><link>https://rss.invalid/1</link>\
         <pubDate>Wed, 18 Nov 2015 09:00:00 +0700</pubDate><description>{}</description></item>\
         <item><guid>rss-2</guid><title>Bantuan gempa</title><link>https://rss.invalid/2</link>\
         <pubDate>Thu, 19 Nov 2015 09:00:00 +0700</pubDate><description>{}</description></item></channel></rss>",
        SENTENCES[9], SENTENCES[5]
    );
    std::fs::write(d.join("f.rss"), rss).unwrap();
    // Bad inputs: a corrupt gzip, a WARC whose second record is cut, an HTML page with no text.
    let mut bad_gz = gzip(line("x1", SENTENCES[0], "20").as_bytes());
    let n = bad_gz.len();
    bad_gz[10..n - 8].iter_mut().for_each(|b| *b ^= 0x5a);
    std::fs::write(d.join("corrupt.jsonl.gz"), bad_gz).unwrap();
    let mut trunc = warc_response("https://cut.invalid/1", "2015-11-20", &page("Utuh", &[SENTENCES[4]]));
    let second = warc_response(
        "https://cut.invalid/2",
        "2015-11-20",
        &page("Terpotong", &[SENTENCES[3]]),
    );
    trunc.extend_from_slice(&second[..second.len() / 2]);
    std::fs::write(d.join("trunc.warc"), trunc).unwrap();
    std::fs::write(
        d.join("empty.html"),
        "<html><head><title></title></head><body><div> </div></body></html>",
    )
    .unwrap();
    std::fs::write(d.join("ignored.png"), [0x89, b'P', b'N', b'G']).unwrap();
    // a, b, c×2, d×3, e×2, f×2, trunc's first record.
    12
}

#[test]
fn mixed_folder_ingest_reingest_query_export() {
    let d = temp("mixed");
    let input = d.join("in");
    std::fs::create_dir_all(&input).unwrap();
    let good = mixed_folder(&input);
    let db = d.join("w.db");

    let o = run(&["ingest", s(&input), "--db", s(&db), "--json"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3), "some files skipped: {err}");
    for bad in ["corrupt.jsonl.gz", "trunc.warc", "empty.html"] {
        assert!(err.contains(bad), "{bad} not reported: {err}");
    }
    assert!(err.contains("truncated"), "{err}");
    assert!(!err.contains("ignored.png"), "{err}");
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report["stored"], good, "{report}");
    let st = stats(&db);
    assert_eq!(st["documents"], good);
    assert_eq!(
        st["mentions"], st["coded_events"],
        "every document is stored with all its mentions"
    );
    let events = st["events"].as_i64().unwrap();
    let mentions = st["mentions"].as_i64().unwrap();
    assert!(events <= mentions);

    // Re-ingest: nothing new, nothing doubled (the bad files are still skipped: exit 3).
    let o = run(&["ingest", s(&input), "--db", s(&db), "--json"]);
    assert_eq!(o.status.code(), Some(3));
    let again: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(again["stored"], 0, "{again}");
    assert_eq!(again["duplicates"], good, "{again}");
    let st2 = stats(&db);
    for k in ["documents", "events", "mentions"] {
        assert_eq!(st[k], st2[k], "{k}");
    }

    // Queries.
    let o = run(&[
        "events",
        "--db",
        s(&db),
        "--format",
        "jsonl",
        "--limit",
        "1000",
        "--mentions",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let listed: Vec<serde_json::Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(listed.len() as i64, events);
    let total_mentions: usize = listed.iter().map(|e| e["mentions"].as_array().unwrap().len()).sum();
    assert_eq!(total_mentions as i64, mentions);
    for e in &listed {
        assert_eq!(
            e["num_mentions"].as_u64().unwrap() as usize,
            e["mentions"].as_array().unwrap().len()
        );
        assert!(e["num_articles"].as_u64() <= e["num_mentions"].as_u64());
    }
    let o = run(&["events", "--db", s(&db), "--limit", "2", "--offset", "0"]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("events (offset 0"));
    let o = run(&["events", "--db", s(&db), "--from", "bad-date"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("bad-date"));

    // Search: words from the JSONL, the feed and the WARC page (article text, not the script).
    for (q, min) in [("unjuk rasa", 0), ("berunjuk", 1), ("Johor", 1), ("trade talks", 1)] {
        let o = run(&["search", "--db", s(&db), q, "--json"]);
        let n = String::from_utf8_lossy(&o.stdout).lines().count();
        assert!(n >= min, "{q}: {n} hits");
    }
    let o = run(&["search", "--db", s(&db), "Beranda"]);
    assert_eq!(o.status.code(), Some(1), "menus are not article text");

    // Exports.
    let csv = d.join("e.csv");
    let o = run(&["export", "--db", s(&db), "--format", "csv", "--out", s(&csv)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("GLOBALEVENTID,SQLDATE,MonthYear,Year,Actor1Code,Actor1Name,Actor1CountryCode"));
    for col in [
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "ActionGeo_Lat",
        "SOURCEURL",
    ] {
        assert!(text.lines().next().unwrap().contains(col), "{col}");
    }
    assert_eq!(text.lines().count() as i64, events + 1);
    let o = run(&["export", "--db", s(&db), "--format", "csv", "--mentions"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count() as i64, mentions + 1);
    let o = run(&["export", "--db", s(&db), "--format", "jsonl"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count() as i64, events);

    let pq = d.join("pq");
    let o = run(&["export", "--db", s(&db), "--format", "parquet", "--out", s(&pq)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (rows, dates) = read_parquet(&pq.join("events"));
    assert_eq!(rows as i64, events);
    let (mrows, _) = read_parquet(&pq.join("mentions"));
    assert_eq!(mrows as i64, mentions);
    for date in dates {
        assert!(
            date == "date=unknown" || (date.len() == 15 && date.starts_with("date=20")),
            "{date}"
        );
    }
    let o = run(&["export", "--db", s(&db), "--format", "parquet"]);
    assert!(!o.status.success(), "parquet needs --out");

    let o = run(&["stats", "--db", s(&db)]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("documents:") && out.contains("per 1,000 documents"),
        "{out}"
    );
    let o = run(&["events", "--db", s(&d.join("missing.db"))]);
    assert!(!o.status.success());
    assert!(!d.join("missing.db").exists(), "querying does not create a database");
    let _ = std::fs::remove_dir_all(&d);
}

/// Reads every `date=…/part-0.parquet` under `dir`: total rows and the partition names.
fn read_parquet(dir: &Path) -> (usize, Vec<String>) {
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    let mut rows = 0;
    let mut dates = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (0, dates);
    };
    for e in entries {
        let e = e.unwrap();
        dates.push(e.file_name().to_string_lossy().into_owned());
        let f = std::fs::File::open(e.path().join("part-0.parquet")).unwrap();
        let reader = ParquetRecordBatchReaderBuilder::try_new(f).unwrap().build().unwrap();
        for b in reader {
            let b = b.unwrap();
            assert!(b.schema().field_with_name("GLOBALEVENTID").is_ok());
            rows += b.num_rows();
        }
    }
    (rows, dates)
}

/// Bad input inside WARC files: a `.warc.gz` whose second gzip member is corrupt, and pages
/// with no article text among many good ones (extracted in parallel batches). Each is reported
/// with its path and record, and every good page is stored.
#[test]
fn bad_warc_members_and_empty_pages_are_skipped() {
    let d = temp("badwarc");
    let input = d.join("in");
    std::fs::create_dir_all(&input).unwrap();
    // 1: a good member, then a corrupt one (its deflate data garbled), then a good one the
    // reader never reaches (what follows a corrupt member cannot be framed).
    let good1 = gzip(&warc_response(
        "https://www.berita.invalid/g1",
        "2016-03-01",
        &page("Satu", &[SENTENCES[0]]),
    ));
    let mut bad = gzip(&warc_response(
        "https://www.berita.invalid/g2",
        "2016-03-01",
        &page("Dua", &[SENTENCES[1]]),
    ));
    let n = bad.len();
    bad[12..n - 8].iter_mut().for_each(|b| *b ^= 0xa5);
    let mut gz = good1;
    gz.extend(bad);
    std::fs::write(input.join("cc-corrupt.warc.gz"), gz).unwrap();
    // 2: 150 records, every tenth page empty, across several parallel batches.
    let mut warc = Vec::new();
    let mut good = 0;
    for i in 0..150 {
        let uri = format!("https://www.kabar.invalid/{i}");
        let day = format!("2016-04-{:02}", 1 + i % 28);
        if i % 10 == 9 {
            warc.extend(warc_response(&uri, &day, "<html><body><div> </div></body></html>"));
        } else {
            let s = SENTENCES[i % SENTENCES.len()];
            warc.extend(warc_response(&uri, &day, &page(&format!("Berita {i}"), &[s])));
            good += 1;
        }
    }
    std::fs::write(input.join("many.warc"), warc).unwrap();
    let db = d.join("w.db");
    let o = run(&["ingest", s(&input), "--db", s(&db), "--json", "--threads", "2"]);
    let err = String::from_utf8_lossy(&o.stderr);
    // Exit status 3: some documents skipped, the rest stored.
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(err.contains("cc-corrupt.warc.gz"), "{err}");
    assert_eq!(err.matches("many.warc:").count(), 15, "{err}");
    assert!(err.contains("no article text"), "{err}");
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    // Pages with the same text and day are one document: count what the store holds.
    assert_eq!(report["read"], good + 1, "{report}");
    assert_eq!(report["skipped"], 16, "{report}");
    let st = stats(&db);
    assert_eq!(st["mentions"], st["coded_events"]);
}
