"""examples/spark_code.py under PySpark in local mode equals `warta code` on the same articles."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

import corpus
import warta
from conftest import run_cli

N_ARTICLES = int(os.environ.get("WARTA_SPARK_ARTICLES", "2000"))


def _java_ok() -> bool:
    return shutil.which("java") is not None or bool(os.environ.get("JAVA_HOME"))


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_spark_job_equals_cli(fmt, repo, shared, warta_bin, tmp_path):
    pytest.importorskip("pyspark", reason="pyspark not installed (pip install pyspark)")
    pq = pytest.importorskip("pyarrow.parquet")
    if not _java_ok():
        pytest.skip("no Java: PySpark needs Java 17")
    n = N_ARTICLES if fmt == "jsonl" else max(200, N_ARTICLES // 10)
    docs = list(corpus.articles(shared, n))
    jsonl = tmp_path / "articles.jsonl"
    corpus.write_jsonl(docs, jsonl)
    if fmt == "parquet":
        src = tmp_path / "articles.parquet"
        corpus.write_parquet(docs, src)
    else:
        src = jsonl
    out = tmp_path / "events"

    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    t0 = time.perf_counter()
    p = subprocess.run(
        [sys.executable, str(repo / "examples" / "spark_code.py"), str(src), str(out), "--master", "local[2]"],
        capture_output=True, text=True, env=env,
    )
    assert p.returncode == 0, p.stderr[-5000:]
    report = json.loads(p.stdout.strip().splitlines()[-1])
    print(f"spark job ({fmt}): {report}, {time.perf_counter() - t0:.1f} s with JVM start")
    assert report["articles"] == n

    # Date-partitioned: one folder per event day.
    parts = sorted(x.name for x in out.iterdir() if x.is_dir())
    assert parts and all(x.startswith("date=") for x in parts)
    assert len(parts) > 10, parts[:5]

    got = pq.read_table(out, partitioning="hive").to_pandas()
    cli_lines = run_cli(warta_bin, [str(jsonl)])
    assert len(cli_lines) == n
    want = warta.to_pandas(cli_lines)
    assert len(want) > n // 2, "the corpus should have events"
    assert len(got) == len(want)

    # Every column equal, row for row (ids are stable hashes of article id and event position).
    got = got.sort_values("GLOBALEVENTID").reset_index(drop=True)
    want = want.sort_values("GLOBALEVENTID").reset_index(drop=True)
    assert got["GLOBALEVENTID"].is_unique
    for c in warta.EVENT_COLUMNS:
        a, b = got[c].astype(object).where(got[c].notna(), None), want[c].astype(object).where(want[c].notna(), None)
        assert a.tolist() == b.tolist(), c
    assert (got["date"].astype(str) == want["EventDate"].fillna("unknown").astype(str)).all()

    # And against the CLI's JSON itself, not only through to_pandas.
    raw = sorted(
        (o["id"], e["sentence"], e["code"], e["source"]["code"], e["target"]["code"], e["evidence"])
        for o in map(json.loads, cli_lines)
        for e in o["events"]
    )
    mine = sorted(
        zip(got["DocumentID"], got["SentenceID"], got["EventCode"], got["Actor1Code"], got["Actor2Code"],
            got["Evidence"])
    )
    assert [tuple(x) for x in mine] == raw
