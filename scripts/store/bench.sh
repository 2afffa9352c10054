#!/usr/bin/env bash
# Store benchmark: builds a corpus of N articles recombined from the real articles in shared/eval
# (scripts/store/make_corpus.py: paragraphs of one language, new ids, publication days over
# 2000-2025, sources; written to WORKDIR at run time, never into the repository), ingests it with
# a release build, and prints documents/s, events and mentions, database size per 1,000 articles,
# and p50/p99 latency of five typical queries (in-process: `warta bench-store`), plus the start-up
# cost of a whole `warta` process.
#
#   scripts/store/bench.sh [N=150000] [WORKDIR=/tmp/warta-bench]
#
# Env: WARTA_SHARED (default <repo>/../shared), CARGO_TARGET_DIR, RUNS (query repetitions, default 50),
#      THREADS (ingest threads, default 2), BIN (a built `warta` to use instead of building one),
#      KEEP=1 (keep the corpus and database).
set -euo pipefail
N=${1:-150000}
WORK=${2:-/tmp/warta-bench}
RUNS=${RUNS:-50}
THREADS=${THREADS:-2}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${WARTA_SHARED:-$ROOT/../shared}
if [ ! -f "$SHARED/eval/dev/input.jsonl" ]; then
    echo "bench: $SHARED/eval not found (set WARTA_SHARED)" >&2
    exit 2
fi
if [ -z "${BIN:-}" ]; then
    TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
    (cd "$ROOT" && cargo build --release -p warta --quiet)
    BIN=$TARGET/release/warta
fi
DB=$WORK/bench.db
mkdir -p "$WORK"
rm -rf "$WORK/corpus" "$DB" "$DB-wal" "$DB-shm"

python3 "$ROOT/scripts/store/make_corpus.py" "$SHARED" "$WORK/corpus" "$N"
BYTES=$(du -sb "$WORK/corpus" | cut -f1)
echo "corpus: $N articles, $((BYTES / 1000000)) MB of JSONL in $WORK/corpus"

START=$(date +%s.%N)
"$BIN" ingest "$WORK/corpus" --db "$DB" --no-progress --threads "$THREADS"
END=$(date +%s.%N)
"$BIN" stats --db "$DB"
python3 - "$START" "$END" "$N" "$DB" "$THREADS" <<'PY'
import os, sys
start, end, n, db, threads = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
secs = end - start
size = sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
print(f"ingest: {n} articles in {secs:.1f} s = {n / secs:.0f} articles/s ({threads} threads, whole run); "
      f"database {size / 1e6:.1f} MB = {size / 1e6 / n * 1000:.2f} MB per 1,000 articles")
PY

echo "query latency, in-process, $RUNS runs each (events: the page of 20 and its count, as the table prints them):"
"$BIN" bench-store --db "$DB" --runs "$RUNS"

python3 - "$BIN" "$DB" <<'PY'
import subprocess, sys, time
bin, db = sys.argv[1], sys.argv[2]
def p50(args, runs=15):
    t = []
    for _ in range(runs):
        s = time.perf_counter()
        subprocess.run([bin, *args, "--db", db], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        t.append((time.perf_counter() - s) * 1000)
    return sorted(t)[len(t) // 2]
print(f"whole-process start-up (p50 of 15): `warta events --root 99 --limit 1` {p50(['events', '--root', '99', '--limit', '1']):.1f} ms; "
      f"`warta search serangan` {p50(['search', 'serangan']):.1f} ms (loads the morphology for the query's roots)")
PY
if [ -z "${KEEP:-}" ]; then
    rm -rf "$WORK/corpus"
fi
