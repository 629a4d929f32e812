#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for tests and benchmarks: a cluster in a temporary folder owned by
# the postgres user (PostgreSQL refuses to run as root), on a port of its own, trusting local connections.
# Prints the URL. Idempotent: an already running server is reused.
set -euo pipefail
PGPORT="${TEARDOWN_TEST_PG_PORT:-54329}"
PGDIR="${TEARDOWN_TEST_PG_DIR:-/tmp/teardown-pg-$PGPORT}"
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"

if [ -z "$BIN" ]; then
  echo "PostgreSQL is not installed; installing it with apt-get" >&2
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
  BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if as_pg "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" 2>/dev/null; then
  echo "$URL"
  exit 0
fi

if [ ! -f "$PGDIR/PG_VERSION" ]; then
  mkdir -p "$PGDIR"
  [ "$(id -u)" = "0" ] && chown postgres:postgres "$PGDIR"
  as_pg "$BIN/initdb" -D "$PGDIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
as_pg "$BIN/pg_ctl" -D "$PGDIR" -l "$PGDIR/server.log" -w -t 60 \
  -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
echo "$URL"
