#!/usr/bin/env bash
# The web page in a real browser (issue #8): installs Debian's chromium and chromedriver when
# missing. `.ci/run` then runs `cargo test --workspace` with WARTA_REQUIRE_BROWSER=1, so the
# browser test (crates/server/tests/browser.rs) cannot skip.
set -euo pipefail
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
chromium --version
