"""Shared fixtures: the repo, ../shared, the `warta` binary, the corpus builder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "scripts" / "python"))

import corpus  # noqa: E402


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    s = corpus.shared_dir(REPO)
    if not (s / "eval" / "dev" / "input.jsonl").exists():
        pytest.skip(f"shared data not found at {s} (set WARTA_SHARED): skipping tests on real articles")
    return s


@pytest.fixture(scope="session")
def warta_bin() -> Path:
    """The CLI: env WARTA_BIN, else ./target/debug/warta (built by `cargo test --workspace`)."""
    cands = [os.environ.get("WARTA_BIN")]
    td = os.environ.get("CARGO_TARGET_DIR")
    if td:
        cands.append(str(Path(td) / "debug" / "warta"))
    cands += [str(REPO / "target" / "debug" / "warta"), shutil.which("warta")]
    for c in cands:
        if c and Path(c).is_file() and os.access(c, os.X_OK):
            return Path(c)
    pytest.skip("warta binary not found: build it (cargo build) or set WARTA_BIN")


def run_cli(warta_bin: Path, args: list[str], stdin: str | None = None) -> list[str]:
    """`warta code ARGS` → its output lines."""
    p = subprocess.run(
        [str(warta_bin), "code", *args], input=stdin, capture_output=True, text=True, encoding="utf-8"
    )
    assert p.returncode == 0, p.stderr
    return p.stdout.splitlines()
