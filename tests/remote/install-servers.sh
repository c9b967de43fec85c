#!/usr/bin/env bash
# Installs the SPARQL servers tests/test_remote_store.py runs the remote store against:
# Debian's Virtuoso (virtuoso-opensource-7-bin: the server virtuoso-t and isql-vt; no
# system service, the tests start their own on loopback) and PyPI's oxigraph server
# (also in the test extra; installed here into .venv when it exists).
# Needs root (or sudo) and the Debian apt sources for Virtuoso; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/../.."
if command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null; then
  echo "virtuoso already installed: $(virtuoso-t -? 2>&1 | grep -m1 -o 'Version [0-9.]*' || true)"
else
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin
fi
if [ -x .venv/bin/pip ]; then
  .venv/bin/pip install -q 'oxigraph>=0.5,<0.6'
fi
