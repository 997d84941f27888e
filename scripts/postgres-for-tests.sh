#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on localhost for the test suite and print its URL.
# Installs Debian's `postgresql` package when no server binaries are found (needs root).
#   export TACITUS_TEST_PG="$(scripts/postgres-for-tests.sh)"
set -euo pipefail
PORT="${TACITUS_PG_PORT:-54329}"
DIR="${TACITUS_PG_DIR:-/tmp/tacitus-test-pg}"

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -z "$(bindir)" ]; then
  echo "installing postgresql (Debian package)..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 \
    || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; }
fi
BIN="$(bindir)"
[ -n "$BIN" ] || { echo "no PostgreSQL server binaries found" >&2; exit 1; }

as_owner() {  # initdb and postgres refuse to run as root
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ -f "$DIR/data/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  echo "postgresql://postgres@127.0.0.1:$PORT/postgres"; exit 0
fi
rm -rf "$DIR"; mkdir -p "$DIR"
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 >/dev/null
as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
