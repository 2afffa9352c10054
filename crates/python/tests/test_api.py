"""The Python API: same output as `warta code`, clear exceptions for bad input, no crashes."""

from __future__ import annotations

import datetime as dt
import json
import math
import threading

import pytest

import warta
from conftest import run_cli

# Our own sentences (not from the eval sets).
ID_TEXT = (
    "Jakarta (ANTARA News) - Menteri Luar Negeri Indonesia mengecam serangan roket ke Gaza pada Senin. "
    "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo kemarin untuk membahas kerja sama."
)
EN_TEXT = (
    "Russian warplanes bombed rebel positions near Aleppo on Tuesday. "
    "The French president met the German chancellor in Berlin to discuss the refugee crisis."
)


@pytest.fixture(scope="module")
def coder() -> warta.Coder:
    return warta.Coder()


def test_code_returns_format_md_dict(coder):
    doc = coder.code(ID_TEXT, published="2015-11-18", lang="id", id="t1")
    assert isinstance(doc, dict)
    for k in ("id", "lang", "published", "sentences", "events", "times", "entities"):
        assert k in doc, k
    assert doc["id"] == "t1" and doc["lang"] == "id" and doc["published"] == "2015-11-18"
    assert len(doc["sentences"]) >= 2
    assert doc["events"], "an Indonesian condemnation and a meeting should be coded"
    ev = doc["events"][0]
    for k in ("sentence", "source", "target", "code", "root", "quad_class", "goldstein", "date", "evidence"):
        assert k in ev, k
    assert isinstance(ev["code"], str) and ev["code"][:2] == ev["root"]
    # Relative dates resolve against the publication day.
    assert any(t["value"] and t["value"].startswith("2015-11") for t in doc["times"])


def test_published_accepts_a_date_object(coder):
    a = coder.code(ID_TEXT, published=dt.date(2015, 11, 18), lang="id")
    b = coder.code(ID_TEXT, published="2015-11-18", lang="id")
    assert a == b


def test_code_equals_cli(coder, warta_bin):
    line = json.dumps({"id": "x", "text": EN_TEXT, "published": "2016-02-09"})
    cli = run_cli(warta_bin, ["-"], stdin=line + "\n")
    assert len(cli) == 1
    assert coder.code(EN_TEXT, published="2016-02-09", id="x", as_json=True) == cli[0]
    assert coder.code(EN_TEXT, published="2016-02-09", id="x") == json.loads(cli[0])


def test_code_batch_in_order_and_byte_identical_to_cli(coder, warta_bin, tmp_path):
    docs = []
    for i in range(60):
        d = {"id": f"d{i}", "text": (ID_TEXT, EN_TEXT)[i % 2], "published": f"2016-03-{1 + i % 28:02d}"}
        if i % 5 == 0:
            d["id"] = i  # integer ids become their text, as in JSONL
        if i % 7 == 0:
            del d["published"]
            d["date"] = "2017-01-02"  # PETRARCH-style records call it `date`
        docs.append(d)
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    cli = run_cli(warta_bin, [str(path)])
    assert coder.code_batch(docs, as_json=True) == cli
    out = coder.code_batch(docs)
    assert [o["id"] for o in out] == [str(d["id"]) for d in docs]
    assert out == [json.loads(x) for x in cli]


def test_batch_options_match_cli_flags(warta_bin, tmp_path):
    text = "Polisi menangkap tiga orang di Medan kemarin. Pemerintah tidak akan menyerang Malaysia."
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "o", "text": text}) + "\n", encoding="utf-8")
    c = warta.Coder(published="2014-05-06", lang="id", keep_negated=True, time_style="timeml", max_events=1)
    cli = run_cli(
        warta_bin,
        [str(path), "--published", "2014-05-06", "--lang", "id", "--keep-negated", "--time-style", "timeml",
         "--max-events", "1"],
    )
    assert c.code_batch([{"id": "o", "text": text}], as_json=True) == cli


def test_user_dictionary(tmp_path):
    # A made-up organisation coded through a user dictionary, as `warta code --dict`.
    text = "Serikat Nelayan Pantai Utara menuntut pemerintah Indonesia menurunkan harga solar."
    base = warta.Coder(lang="id").code(text, published="2020-01-01")
    d = tmp_path / "my.tsv"
    d.write_text("org_code\tname\taliases\tlang\tkind\nIDNLAB\tSerikat Nelayan Pantai Utara\tSNPU\tid\tngo\n", encoding="utf-8")
    try:
        c = warta.Coder(lang="id", dicts=[str(d)])
    except ValueError as e:  # the dictionary format is the CLI's: show why if it changed
        pytest.fail(f"user dictionary rejected: {e}")
    doc = c.code(text, published="2020-01-01")
    actors = [e.get("actor") for e in doc["entities"]] + [ev["source"]["code"] for ev in doc["events"]]
    assert "IDNLAB" in actors, (doc["entities"], doc["events"], base["entities"])


def test_user_verbs(tmp_path):
    # A built-in predicate recoded through a user verb file, as `warta code --verbs`.
    text = "Presiden Prabowo menyambangi Perdana Menteri Malaysia Anwar Ibrahim di Kuala Lumpur."
    codes = lambda c: [e["code"] for e in c.code(text, published="2026-11-20")["events"]]
    assert codes(warta.Coder(lang="id")) == ["042"]
    v = tmp_path / "verbs.tsv"
    v.write_text("code\tpredicate\tforms\n043\tsambang\tme-i,di-i\n", encoding="utf-8")
    assert codes(warta.Coder(lang="id", verbs=[str(v)])) == ["043"]
    v.write_text("999\tsambang\tme-i\n", encoding="utf-8")
    with pytest.raises(ValueError, match="verbs.tsv:1"):
        warta.Coder(lang="id", verbs=[str(v)])
    # English: a PETRARCH-format verb file read before the built-in one, as `--en-verbs`.
    en = "Russia slammed Britain's new sanctions."
    en_codes = lambda c: [e["code"] for e in c.code(en, published="2026-11-20")["events"]]
    assert en_codes(warta.Coder(lang="en")) == ["111"]
    e = tmp_path / "en.txt"
    e.write_text("--- SLAM [112] ---\nSLAM\n- * + [112]\n", encoding="utf-8")
    assert en_codes(warta.Coder(lang="en", en_verbs=[str(e)])) == ["112"]


def test_to_pandas_columns(coder):
    docs = coder.code_batch([{"id": "a", "text": ID_TEXT, "published": "2015-11-18"}, {"id": "b", "text": EN_TEXT}])
    df = warta.to_pandas(docs)
    assert list(df.columns) == warta.EVENT_COLUMNS
    for c in ("GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor2Code", "EventCode", "EventRootCode", "QuadClass",
              "GoldsteinScale", "ActionGeo_CountryCode", "DocumentID", "SentenceID"):
        assert c in df.columns
    assert len(df) == sum(len(d["events"]) for d in docs)
    assert df["GLOBALEVENTID"].is_unique
    first = docs[0]["events"][0]
    row = df[df["DocumentID"] == "a"].iloc[0]
    assert row["EventCode"] == first["code"] and row["Actor1Code"] == first["source"]["code"]
    assert row["MentionTimeDate"] == 20151118
    # JSON strings give the same table.
    same = warta.to_pandas(coder.code_batch([{"id": "a", "text": ID_TEXT, "published": "2015-11-18"},
                                            {"id": "b", "text": EN_TEXT}], as_json=True))
    assert same.equals(df)
    assert len(warta.to_pandas([])) == 0


@pytest.mark.parametrize("bad", [None, b"Presiden bertemu", bytearray(b"x"), 42, 3.5, ["a"]])
def test_code_rejects_non_str(coder, bad):
    with pytest.raises(TypeError, match="must be a str"):
        coder.code(bad)


def test_bytes_message_says_decode(coder):
    with pytest.raises(TypeError, match="decode"):
        coder.code(b"Presiden bertemu")


def test_lone_surrogate_is_a_value_error(coder):
    with pytest.raises(ValueError, match="Unicode"):
        coder.code("Presiden \ud800 bertemu")


@pytest.mark.parametrize(
    "docs, exc, msg",
    [
        (None, TypeError, "list of dicts"),
        ("a text", TypeError, "list of dicts"),
        ({"text": "x"}, TypeError, "list of dicts"),
        (42, TypeError, "list of dicts"),
        ([{"id": "a"}], ValueError, "no `text`"),
        ([{"id": "a", "text": None}], TypeError, "not None"),
        ([{"id": "a", "text": b"bytes"}], TypeError, "decode"),
        ([{"id": "a", "text": "ok"}, 7], TypeError, r"docs\[1\]"),
        ([{"id": 1.5, "text": "ok"}], TypeError, "id"),
        ([{"id": "a", "text": "ok", "published": 20150101}], TypeError, "published"),
    ],
)
def test_code_batch_bad_input(coder, docs, exc, msg):
    with pytest.raises(exc, match=msg):
        coder.code_batch(docs)


def test_batch_missing_values_from_pandas(coder):
    a = coder.code_batch([{"id": "n", "text": EN_TEXT, "published": math.nan, "lang": None, "source": math.nan}])
    b = coder.code_batch([{"id": "n", "text": EN_TEXT}])
    assert a == b


@pytest.mark.parametrize(
    "kwargs, msg",
    [
        ({"lang": "fr"}, "warta codes"),
        ({"published": "18/11/2015"}, "not a date"),
        ({"time_style": "iso"}, "time_style"),
        ({"dicts": ["/nonexistent/dict.tsv"]}, "dict"),
        ({"petrarch_dicts": "/nonexistent/folder"}, "loading dictionaries"),
    ],
)
def test_bad_options(kwargs, msg):
    with pytest.raises(ValueError, match=msg):
        warta.Coder(**kwargs)


def test_bad_per_call_options(coder):
    with pytest.raises(ValueError, match="not a date"):
        coder.code("x", published="tomorrow")
    with pytest.raises(ValueError, match="warta codes"):
        coder.code("x", lang="de")
    with pytest.raises(OverflowError):
        warta.Coder(max_doc_bytes=-1)


def test_huge_string_is_coded_up_to_the_cap():
    c = warta.Coder(max_doc_bytes=200_000)
    big = (ID_TEXT + " ") * 20_000  # ~4 MB
    doc = c.code(big, published="2015-11-18")
    assert any("max_doc_bytes" in w for w in doc["warnings"]), doc["warnings"]
    assert doc["events"]
    # The default caps too: 30 MB of text, no crash, a warning.
    doc = warta.Coder().code("a" * 30_000_000)
    assert any("max_doc_bytes" in w for w in doc["warnings"])


def test_odd_strings_never_crash(coder):
    for s in ["", " ", "\x00\x00", "\u200b" * 1000, "🙂" * 5000, "." * 100_000, "A" + "\n" * 50_000,
              "<html><body>Presiden</body></html>", "Jakarta - " + "ke " * 30_000]:
        doc = coder.code(s)
        assert isinstance(doc, dict)
    assert len(coder.code_batch(["", "x", "\x00"])) == 3


def test_rust_panic_becomes_python_exception():
    with pytest.raises(warta.WartaError, match="boom"):
        warta._warta._panic_in_pool("boom")
    # The interpreter and the pool still work afterwards.
    assert warta.Coder().code("Presiden bertemu Perdana Menteri.")["id"] == ""


def test_gil_released_during_batch(coder):
    # While a batch codes, another Python thread keeps running.
    ticks = 0
    done = threading.Event()

    def tick():
        nonlocal ticks
        while not done.is_set():
            ticks += 1

    t = threading.Thread(target=tick)
    t.start()
    coder.code_batch([ID_TEXT] * 400)
    done.set()
    t.join()
    assert ticks > 1000


def test_shared_coder_is_built_once():
    assert warta.shared_coder(lang="id") is warta.shared_coder(lang="id")
    assert warta.shared_coder(lang="id") is not warta.shared_coder(lang="en")


def test_threads_option_same_output():
    docs = [{"id": str(i), "text": (ID_TEXT, EN_TEXT)[i % 2]} for i in range(20)]
    assert warta.Coder(threads=1).code_batch(docs, as_json=True) == warta.Coder(threads=3).code_batch(docs, as_json=True)


def test_real_articles_equal_cli(coder, shared, warta_bin):
    path = shared / "eval" / "dev" / "input.jsonl"
    docs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert coder.code_batch(docs, as_json=True) == run_cli(warta_bin, [str(path)])
