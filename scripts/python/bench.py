#!/usr/bin/env python3
"""Articles per second: `warta code` (CLI) vs `Coder.code_batch` (Python) vs the Spark job.

Same corpus for all three (scripts/python/corpus.py: real articles from ../shared/eval, copied
with their own ids and dates), written to a temporary folder and removed afterwards.

    cargo build --release -p warta
    (cd crates/python && maturin build --release -o /tmp/wheels) && pip install --force-reinstall /tmp/wheels/warta-*.whl
    python3 scripts/python/bench.py --warta-bin target/release/warta --n 5000 --threads 2 [--spark]

Timing: the CLI's wall time from process start to exit (reads JSONL, loads its dictionaries,
codes, writes JSON); Python's is the `code_batch` call alone (documents already in memory as
dicts, coder already built), best of `--repeat`; Spark's is the job's read + code + write once
the session is up (JVM start not counted), with `local[THREADS]`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402


def best(f, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--warta-bin", default=str(REPO / "target" / "release" / "warta"))
    ap.add_argument("--n", type=int, default=5000, help="articles in the corpus")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--spark", action="store_true", help="also run examples/spark_code.py in local mode")
    a = ap.parse_args()

    import warta

    shared = corpus.shared_dir(REPO)
    docs = list(corpus.articles(shared, a.n))
    mb = sum(len(d["text"].encode()) for d in docs) / 1e6
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        corpus.write_jsonl(docs, src)
        cmd = [a.warta_bin, "code", "--threads", str(a.threads), str(src), "-o", os.devnull]
        subprocess.run(cmd, check=True, capture_output=True)  # warm the page cache
        t_cli = best(lambda: subprocess.run(cmd, check=True, capture_output=True), a.repeat)
        rows.append(("warta code --threads %d (CLI)" % a.threads, t_cli))
        # The CLI's fixed cost (process start, dictionaries) on a one-article input: the Python
        # coder pays it once when built, so the fair comparison subtracts it.
        one = Path(tmp) / "one.jsonl"
        corpus.write_jsonl(docs[:1], one)
        t_start = best(lambda: subprocess.run([a.warta_bin, "code", str(one), "-o", os.devnull], check=True,
                                              capture_output=True), a.repeat)
        rows.append(("CLI minus its start-up (%.2f s on one article)" % t_start, max(t_cli - t_start, 1e-9)))

        t0 = time.perf_counter()
        coder = warta.Coder(threads=a.threads)
        coder.code_batch(docs[:50])  # dictionaries load lazily on first use
        t_build = time.perf_counter() - t0
        inputs = [json.loads(x) for x in src.read_text(encoding="utf-8").splitlines()]
        rows.append(("Coder.code_batch(as_json=True)", best(lambda: coder.code_batch(inputs, as_json=True), a.repeat)))
        rows.append(("Coder.code_batch() → dicts", best(lambda: coder.code_batch(inputs), a.repeat)))
        out = coder.code_batch(inputs, as_json=True)
        rows.append(("warta.to_pandas(events) alone", best(lambda: warta.to_pandas(out), a.repeat)))

        if a.spark:
            env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
            p = subprocess.run(
                [sys.executable, str(REPO / "examples" / "spark_code.py"), str(src), str(Path(tmp) / "events"),
                 "--master", f"local[{a.threads}]"],
                check=True, capture_output=True, text=True, env=env,
            )
            report = json.loads(p.stdout.strip().splitlines()[-1])
            rows.append((f"Spark local[{a.threads}] job (read+code+write Parquet)", report["seconds"]))

    print(f"corpus: {a.n} articles, {mb:.1f} MB of text; {os.cpu_count()} cores; threads {a.threads}; "
          f"Coder() + first 50 articles: {t_build:.2f} s; load average {os.getloadavg()[0]:.1f}")
    t_net = rows[1][1]
    print("| run | seconds | articles/s | speed vs CLI | vs CLI minus start-up |")
    print("|---|---:|---:|---:|---:|")
    for name, t in rows:
        print(f"| {name} | {t:.2f} | {a.n / t:,.0f} | {t_cli / t:.2f}× | {t_net / t:.2f}× |")


if __name__ == "__main__":
    main()
