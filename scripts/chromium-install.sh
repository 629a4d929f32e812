#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (playwright-core drives it; it
# never downloads a browser of its own). Needs root, as on the project's machines and in CI.
set -euo pipefail
bin=${TEARDOWN_CHROMIUM:-/usr/bin/chromium}
if [ -x "$bin" ]; then
  echo "Chromium for browser tests: $("$bin" --version 2>/dev/null || echo "$bin")"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "Chromium is missing at $bin and installing it needs root: run 'apt-get install -y chromium' as root" >&2
  exit 1
fi
echo "Installing Chromium with apt-get (browser tests)…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "Chromium for browser tests: $("$bin" --version)"
