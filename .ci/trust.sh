#!/usr/bin/env bash
# trust: a short fuzz smoke run of every parser target, on stable Rust (RUSTC_BOOTSTRAP=1 lets
# cargo-fuzz pass its -Z flags; no sanitizer). Runs after `cargo test --workspace`, which has
# already replayed the committed corpora and crash reproducers (crates/fuzz-targets/tests).
# Cost: installing cargo-fuzz (~2 min, once) + building the fuzz crate (its own build of the
# parsers with coverage instrumentation) + SMOKE_SECS per target. FUZZ_SMOKE_TARGETS narrows it.
set -euo pipefail
SMOKE_SECS=${SMOKE_SECS:-5}
TARGETS=${FUZZ_SMOKE_TARGETS:-"text html jsonl warc feed actors_dict verbs_dict petrarch_dict time"}
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked --version 0.13.2
fi
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$PWD/target/fuzz}"
start=$(date +%s)
cargo fuzz build -s none -a -O
built=$(date +%s)
scratch=$(mktemp -d)
for t in $TARGETS; do
  mkdir -p "$scratch/$t"
  # New corpus entries go to the scratch folder; the committed seeds are only read.
  cargo fuzz run -s none -a -O "$t" "$scratch/$t" "fuzz/corpus/$t" -- \
    -max_total_time="$SMOKE_SECS" -timeout=30 -rss_limit_mb=2048 2>&1 | grep -E '^(Done|==|SUMMARY|thread)' || true
  test "${PIPESTATUS[0]}" -eq 0 || { echo "fuzz smoke: target $t failed (artifacts in fuzz/artifacts/$t)"; exit 1; }
done
rm -rf "$scratch"
echo "fuzz smoke: build $((built - start)) s, runs $(($(date +%s) - built)) s"
