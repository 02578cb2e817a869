#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks, from Debian's `postgresql` package:
#   eval "$(bash scripts/postgres-cluster.sh start)"   # exports TEST_DATABASE_URL and PG_CLUSTER_DIR
#   bash scripts/postgres-cluster.sh stop "$PG_CLUSTER_DIR"
# The server refuses to run as root, so as root the cluster runs as the `postgres` user.
set -euo pipefail

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$dir" ]; then
    echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2
    exit 1
  fi
  echo "$dir"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    bin=$(pg_bin)
    dir=$(mktemp -d /tmp/tianfu-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=${PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
    # C collation: ORDER BY on text sorts by code point, as it does on SQLite.
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U app --no-locale -E UTF8 >/dev/null
    # Durability settings off: this cluster holds only test data and is deleted afterwards.
    # PG_DURABLE=1 keeps PostgreSQL's defaults (fsync, synchronous_commit, full_page_writes), as a
    # deployment runs: the benchmark measures that.
    durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${PG_DURABLE:-0}" = 1 ] && durability=""
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $durability -c max_connections=400" \
      start >/dev/null
    echo "export TEST_DATABASE_URL=postgres://app@127.0.0.1:$port/postgres PG_CLUSTER_DIR=$dir"
    ;;
  stop)
    dir=${2:?cluster dir}
    as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
