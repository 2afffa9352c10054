#!/usr/bin/env bash
# Long fuzz runs: every target for SECONDS (default 600) seconds, JOBS (default 2) at a time.
# Usage: scripts/fuzz/run_all.sh [SECONDS] [target ...]
# Logs go to $FUZZ_LOGS (default /tmp/warta-fuzz-logs); one summary line per target
# (executions, seconds, result) is appended to $FUZZ_LOGS/summary.tsv.
# Works on stable Rust (RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its -Z flags) and on nightly.
# New corpus entries go to a scratch folder, not to the committed seeds in fuzz/corpus/.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECS=${1:-600}
shift || true
ALL=(text html jsonl warc feed actors_dict verbs_dict petrarch_dict time)
TARGETS=("${@:-${ALL[@]}}")
[ $# -eq 0 ] && TARGETS=("${ALL[@]}")
JOBS=${JOBS:-2}
LOGS=${FUZZ_LOGS:-/tmp/warta-fuzz-logs}
WORK=${FUZZ_WORK:-/tmp/warta-fuzz-work}
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR=${FUZZ_TARGET_DIR:-${CARGO_TARGET_DIR:-fuzz/target}}
mkdir -p "$LOGS" "$WORK"
FUZZ_FLAGS=(-s none -a -O)
cargo fuzz build "${FUZZ_FLAGS[@]}"

run_one() {
  local t=$1
  mkdir -p "$WORK/$t" "fuzz/artifacts/$t"
  local start end status
  start=$(date +%s)
  set +e
  cargo fuzz run "${FUZZ_FLAGS[@]}" "$t" "$WORK/$t" "fuzz/corpus/$t" -- \
    -max_total_time="$SECS" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
    >"$LOGS/$t.log" 2>&1
  status=$?
  set -e
  end=$(date +%s)
  local execs
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$LOGS/$t.log" | grep -o '[0-9]*$' | tail -1)
  printf '%s\t%s\t%s\t%s\t%s\n' "$t" "${execs:-?}" "$((end - start))" "$status" "$(date -u +%FT%TZ)" >>"$LOGS/summary.tsv"
}

running=0
for t in "${TARGETS[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait
echo "target	executions	seconds	exit	finished"
cat "$LOGS/summary.tsv"
