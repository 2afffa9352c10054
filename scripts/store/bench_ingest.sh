#!/usr/bin/env bash
# Store benchmark: builds a corpus of N articles by varying the ids and publication dates of the
# real dev articles (read from shared/eval/dev/input.jsonl at run time, never copied into the repo),
# ingests it with a release build, and reports documents/s, database size per 1,000 articles, and
# p50/p99 wall-clock latency of typical `warta events` / `warta search` commands (each a whole
# process run, start-up included).
#
#   scripts/store/bench_ingest.sh [N=100000] [WORKDIR=/tmp/warta-bench]
#
# Env: WARTA_SHARED (default <repo>/../shared), CARGO_TARGET_DIR, RUNS (query repetitions, default 40),
#      THREADS (ingest threads, default all cores).
set -euo pipefail
N=${1:-100000}
WORK=${2:-/tmp/warta-bench}
RUNS=${RUNS:-40}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${WARTA_SHARED:-$ROOT/../shared}
INPUT=$SHARED/eval/dev/input.jsonl
if [ ! -f "$INPUT" ]; then
    echo "bench_ingest: $INPUT not found (set WARTA_SHARED)" >&2
    exit 2
fi
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
(cd "$ROOT" && cargo build --release -p warta --quiet)
BIN=$TARGET/release/warta
mkdir -p "$WORK"
rm -rf "$WORK/corpus" "$WORK/bench.db" "$WORK/bench.db-wal" "$WORK/bench.db-shm"

python3 - "$INPUT" "$WORK/corpus" "$N" <<'PY'
import datetime, json, os, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
os.makedirs(out, exist_ok=True)
files = [open(os.path.join(out, f"part-{i:02d}.jsonl"), "w", encoding="utf-8") for i in range(10)]
base = datetime.date(2015, 1, 1)
for k in range(n):
    d = dict(docs[k % len(docs)])
    # Variant k of article k % len(docs): another id and another publication day, so another
    # content hash and other resolved dates.
    shift = k // len(docs)
    d["id"] = f"{d['id']}-v{shift}"
    d["published"] = (base + datetime.timedelta(days=shift)).isoformat()
    files[k % 10].write(json.dumps(d, ensure_ascii=False) + "\n")
for f in files:
    f.close()
PY
BYTES=$(du -sb "$WORK/corpus" | cut -f1)
echo "corpus: $N articles, $((BYTES / 1000000)) MB in $WORK/corpus (from $(wc -l < "$INPUT") dev articles)"

START=$(date +%s.%N)
"$BIN" ingest "$WORK/corpus" --db "$WORK/bench.db" --no-progress ${THREADS:+--threads $THREADS}
END=$(date +%s.%N)
"$BIN" stats --db "$WORK/bench.db"
python3 - "$START" "$END" "$N" "$WORK/bench.db" <<'PY'
import os, sys
start, end, n, db = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
secs = end - start
size = sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
print(f"ingest: {n} articles in {secs:.1f} s = {n / secs:.0f} articles/s; "
      f"database {size / 1e6:.1f} MB = {size / 1e6 / n * 1000:.2f} MB per 1,000 articles")
PY

python3 - "$BIN" "$WORK/bench.db" "$RUNS" <<'PY'
import subprocess, sys, time
bin, db, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
queries = {
    "latest 20": ["events", "--limit", "20"],
    "actor IDN, page 3": ["events", "--actor", "IDN", "--limit", "20", "--offset", "40"],
    "root 19 in 2019": ["events", "--root", "19", "--from", "2019-01-01", "--to", "2019-12-31", "--limit", "50"],
    "country ID by mentions": ["events", "--country", "ID", "--sort", "mentions", "--limit", "20"],
    "near Jakarta 100 km": ["events", "--near", "-6.2,106.8", "--radius-km", "100", "--limit", "20"],
    "source IDNGOV, code 04, Nov 2016": ["events", "--source", "IDNGOV", "--code", "04", "--from", "2016-11", "--to", "2016-11"],
    "search serangan": ["search", "serangan", "--limit", "10"],
}
print(f"query latency over {runs} runs each (whole process, start-up included):")
for name, args in queries.items():
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run([bin, *args, "--db", db], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        times.append((time.perf_counter() - t) * 1000)
        if p.returncode not in (0, 1):
            sys.exit(f"{name}: {p.stderr.decode()}")
    times.sort()
    p50 = times[len(times) // 2]
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    lines = p.stdout.decode().count("\n")
    print(f"  {name:<36} p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  ({lines} lines out)")
PY
