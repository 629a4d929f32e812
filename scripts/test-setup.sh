#!/usr/bin/env bash
# `npm test`'s pretest: the system set-up the tests need on a fresh machine of this kind. Today that is a
# PostgreSQL server for the repository tests on both dialects (installed with apt-get when missing, then
# started as a throwaway cluster); later issues add Chromium here for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
url=$(bash scripts/pg-start.sh)
echo "PostgreSQL for tests: $url"
