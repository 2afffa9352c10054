#!/usr/bin/env bash
# Store benchmark: builds a corpus of N articles recombined from the real articles in shared/eval
# (scripts/store/make_corpus.py: paragraphs of one language, new ids, publication days over
# 2000-2025, sources; written to WORKDIR at run time, never into the repository), ingests it with
# a release build, and prints documents/s, events and mentions, database size per 1,000 articles,
# and p50/p99 latency of five typical queries (in-process: `warta bench-store`; and as whole `warta`
# processes: scripts/store/time_queries.py), wall clock and CPU time.
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

python3 "$ROOT/scripts/store/make_corpus.py" "$SHARED" "$WORK/corpus" "$N" --bin "$BIN"
BYTES=$(du -sb "$WORK/corpus" | cut -f1)
echo "corpus: $N articles, $((BYTES / 1000000)) MB of JSONL in $WORK/corpus"

python3 - "$BIN" "$WORK/corpus" "$DB" "$THREADS" <<'PY'
import os, resource, subprocess, sys, time
bin, corpus, db, threads = sys.argv[1:5]
t = time.perf_counter()
subprocess.run([bin, "ingest", corpus, "--db", db, "--no-progress", "--threads", threads], check=True)
secs = time.perf_counter() - t
r = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = r.ru_utime + r.ru_stime
n = int(subprocess.run(["sqlite3", db, "SELECT count(*) FROM documents"], stdout=subprocess.PIPE).stdout or 0) \
    if subprocess.run(["which", "sqlite3"], stdout=subprocess.DEVNULL).returncode == 0 else None
size = sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
docs = n if n else float("nan")
print(f"ingest: {docs} articles in {secs:.1f} s = {docs / secs:.0f} articles/s ({threads} threads, whole run); "
      f"CPU {cpu:.0f} s (user+sys) = {docs / cpu:.0f} articles per CPU-second; "
      f"database {size / 1e6:.1f} MB = {size / 1e6 / docs * 1000:.2f} MB per 1,000 articles")
PY
"$BIN" stats --db "$DB"

echo "query latency, in-process, $RUNS runs each (events: the page of 20 and its count, as the table prints them):"
"$BIN" bench-store --db "$DB" --runs "$RUNS"

echo "the same queries as whole processes (start-up included), 15 runs each:"
python3 "$ROOT/scripts/store/time_queries.py" "$BIN" "$DB" 15
if [ -z "${KEEP:-}" ]; then
    rm -rf "$WORK/corpus"
fi
