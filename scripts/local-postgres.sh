#!/usr/bin/env bash
# Runs a throwaway PostgreSQL server in the foreground, for the AppHost and the test fixtures alike.
#   PGPORT        the TCP port on 127.0.0.1
#   PG_DATA_DIR   a folder of its own (created; initdb runs on first use)
#   PG_FAST=1     tests only: no fsync (a killed server still keeps every commit it acknowledged; a crashed machine would not)
#   SG_OWNER_PID  optional: stop the server when this process is gone (a test run killed midway leaves nothing behind)
# initdb and postgres refuse to run as root: as root, the server runs as the "postgres" user and `exec`
# keeps the pid, so whoever started this script can stop the server by signalling it.
set -euo pipefail
: "${PGPORT:?PGPORT is required}" "${PG_DATA_DIR:?PG_DATA_DIR is required}"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/postgres" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

as_owner=()
mkdir -p "$PG_DATA_DIR"
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$PG_DATA_DIR"
  as_owner=(setpriv --reuid=postgres --regid=postgres --init-groups --)
fi

if [ ! -f "$PG_DATA_DIR/data/PG_VERSION" ]; then
  "${as_owner[@]}" "$bin/initdb" -D "$PG_DATA_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DATA_DIR/initdb.log" 2>&1
fi

settings=(-c listen_addresses=127.0.0.1 -c max_connections=300 -c "unix_socket_directories=$PG_DATA_DIR")
if [ "${PG_FAST:-0}" = 1 ]; then
  # Commits stay synchronous: the fault suite kills this server, and an asynchronous commit lost with it would be a
  # consumer's effect or a producer's event gone after it was acknowledged. Without fsync they cost a write, no flush.
  settings+=(-c fsync=off -c full_page_writes=off)
fi
source "$(dirname "$0")/stop-with-owner.sh"
stop_with_owner INT
exec "${as_owner[@]}" "$bin/postgres" -D "$PG_DATA_DIR/data" -p "$PGPORT" "${settings[@]}"
