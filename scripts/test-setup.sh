#!/usr/bin/env bash
# `npm test`'s pretest: the system set-up the tests need on a fresh machine of this kind: a PostgreSQL
# server for the repository tests on both dialects (installed with apt-get when missing, then started
# as a throwaway cluster), Debian's Chromium for the browser tests (installed with apt-get when
# missing), and a current build of the web app that the browser tests load.
set -euo pipefail
cd "$(dirname "$0")/.."
url=$(bash scripts/pg-start.sh)
echo "PostgreSQL for tests: $url"
bash scripts/chromium-install.sh
node scripts/build-web.mjs
