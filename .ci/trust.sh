#!/usr/bin/env bash
# A short fuzz smoke run of every parser target (issue #9). `cargo test --workspace` has already
# replayed the committed corpora and crash reproducers (crates/fuzz-targets/tests); this builds
# the libFuzzer binaries of fuzz/ and runs each for SMOKE_SECS seconds.
# It builds with plain cargo and the coverage flags cargo-fuzz would pass (all stable rustc
# options; no sanitizer), so CI needs neither cargo-fuzz nor nightly. The long runs use
# cargo-fuzz: scripts/fuzz/run_all.sh. FUZZ_SMOKE_TARGETS narrows the list.
set -euo pipefail
cd "$(dirname "$0")/.."
SMOKE_SECS=${SMOKE_SECS:-5}
TARGETS=${FUZZ_SMOKE_TARGETS:-"text html jsonl warc feed actors_dict verbs_dict petrarch_dict time"}
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$PWD/target/fuzz}"
triple=$(rustc -vV | sed -n 's/^host: //p')
start=$(date +%s)
RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares -Cdebug-assertions -Coverflow-checks" \
  cargo build -q --manifest-path fuzz/Cargo.toml --target "$triple" --bins
built=$(date +%s)
scratch=$(mktemp -d)
for t in $TARGETS; do
  mkdir -p "$scratch/$t" "$scratch/artifacts"
  # New corpus entries go to the scratch folder; the committed seeds are only read.
  set +e
  "$CARGO_TARGET_DIR/$triple/debug/$t" "$scratch/$t" "fuzz/corpus/$t" -artifact_prefix="$scratch/artifacts/$t-" \
    -max_total_time="$SMOKE_SECS" -timeout=30 -rss_limit_mb=2048 >"$scratch/$t.log" 2>&1
  status=$?
  set -e
  grep -E '^Done' "$scratch/$t.log" | sed "s/^/fuzz smoke $t: /"
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$scratch/$t.log"
    echo "fuzz smoke: target $t failed (exit $status); reproducer: $(ls "$scratch"/artifacts/ 2>/dev/null)"
    exit 1
  fi
done
rm -rf "$scratch"
echo "fuzz smoke: build $((built - start)) s, runs $(($(date +%s) - built)) s"
