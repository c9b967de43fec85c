#!/usr/bin/env bash
# Installs Debian's Chromium, its WebDriver and a CJK font for the end-to-end tests
# (tests/e2e/, driven by selenium from the test extra). Without a CJK font every Chinese
# label is drawn as a missing-glyph box (--no-install-recommends brings none), and
# tests/e2e/test_api_e2e_offline.py fails.
# Needs root (or sudo) and the Debian apt sources; safe to run again.
set -euo pipefail
has_cjk_font() { command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh family)" ]; }
if command -v chromium >/dev/null && command -v chromedriver >/dev/null && has_cjk_font; then
  echo "chromium, chromedriver and a CJK font already installed"; exit 0
fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  chromium chromium-driver fontconfig fonts-noto-cjk fonts-wqy-microhei
chromium --version
fc-list :lang=zh family | sort -u | head -3
