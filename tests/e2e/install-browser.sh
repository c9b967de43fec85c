#!/usr/bin/env bash
# Installs Debian's Chromium and its WebDriver for the end-to-end test
# (tests/e2e/test_api_e2e_page.py, driven by selenium from the test extra).
# Needs root (or sudo) and the Debian apt sources; safe to run again.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  echo "chromium and chromedriver already installed"; exit 0
fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver
chromium --version
