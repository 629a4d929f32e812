#!/usr/bin/env bash
# `npm test`: every test (unit, both databases, end-to-end) with vitest, plus a JSON report that
# scripts/test-summary.mjs turns into the closing `N passed, N failed` line that CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/vitest.json
export TEARDOWN_TEST_PG_URL="${TEARDOWN_TEST_PG_URL:-$(bash scripts/pg-start.sh)}"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
status=$?
node scripts/test-summary.mjs test-results/vitest.json || status=1
exit $status
