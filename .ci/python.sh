#!/usr/bin/env bash
# The Python package (crates/python) and the Spark example: builds a debug wheel with maturin
# (reusing ./target), installs it, runs its pytest suite (API tests + the local Spark job
# compared with `warta code`). Runs from the repo root after `cargo test --workspace`.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
command -v "$PY" >/dev/null || { echo "python3 not found: skipping the Python package tests"; exit 0; }
command -v java >/dev/null || echo "java not found: the Spark test will skip"

"$PY" -m pip install --quiet --disable-pip-version-check \
    'maturin>=1.5,<2' 'pytest>=7' 'pandas>=1.5' 'pyarrow>=10' 'pyspark>=3.4'

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
wheels="$CARGO_TARGET_DIR/wheels-ci"
rm -rf "$wheels"
# Debug profile: shares the artifacts `cargo test --workspace` just built.
"$PY" -m maturin build --manifest-path crates/python/Cargo.toml --interpreter "$PY" -o "$wheels"
"$PY" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "$wheels"/warta-*.whl

export WARTA_BIN="${WARTA_BIN:-$CARGO_TARGET_DIR/debug/warta}"
export PYSPARK_PYTHON="$PY" PYSPARK_DRIVER_PYTHON="$PY"
# Run from the tests folder so `import warta` is the installed wheel, not the source tree.
cd crates/python
"$PY" -m pytest -q -p no:cacheprovider tests
