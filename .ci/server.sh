#!/usr/bin/env bash
# The web page in a real browser (issue #8): installs Debian's chromium and chromedriver when
# missing, then runs the browser test, which must not skip here. Runs after `cargo test
# --workspace`, so the debug test binary is built already and only runs.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

start=$(date +%s)
# `--workspace` keeps the features of the earlier `cargo test --workspace`, so nothing is rebuilt.
WARTA_REQUIRE_BROWSER=1 cargo test --workspace --test browser -- --nocapture
echo "server.sh: browser test took $(( $(date +%s) - start )) s; screenshots in target/screenshots/"
