#!/usr/bin/env bash
# Start (or reuse) a throwaway PostgreSQL on 127.0.0.1 for the central server's tests, and print
#   export KIOSK_TEST_PG_URL=postgresql+psycopg://kiosk@127.0.0.1:PORT/kiosk_test
#
# Use it before pytest:   source scripts/start_postgres.sh      (or: eval "$(scripts/start_postgres.sh)")
# Safe to repeat: installs postgresql with apt-get only when missing, keeps one cluster in $KIOSK_PG_DIR
# (default /tmp/kiosk-test-pg) and reuses it while it runs. PostgreSQL refuses to run as root, so as root the
# cluster runs as the 'postgres' user (or a 'kiosk-pg' user made for it). Trust authentication, loopback only,
# fsync off: this cluster is for tests and holds nothing worth keeping.
# When PostgreSQL cannot be had, it says why on stderr and exports nothing (the PostgreSQL tests then skip).

_kiosk_pg_start() (
  set -euo pipefail
  local dir="${KIOSK_PG_DIR:-/tmp/kiosk-test-pg}"
  local sudo=""
  if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then sudo="sudo -n"; fi

  _pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
  local bin
  bin="$(_pg_bin)"
  if [ -z "$bin" ] && command -v apt-get >/dev/null 2>&1; then
    echo "[start_postgres] installing postgresql with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >&2 || true
    $sudo apt-get install -y -qq --no-install-recommends postgresql >&2 || true
    bin="$(_pg_bin)"
  fi
  if [ -z "$bin" ]; then
    echo "[start_postgres] PostgreSQL is not installed and could not be installed here" >&2
    return 1
  fi

  local as=()
  if [ "$(id -u)" = "0" ]; then
    local user=postgres
    if ! id "$user" >/dev/null 2>&1; then
      user=kiosk-pg
      id "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
    fi
    as=(runuser -u "$user" --)
    mkdir -p "$dir"
    chown "$user" "$dir"
  else
    mkdir -p "$dir"
  fi
  local data="$dir/data" port_file="$dir/port"

  if [ ! -f "$data/PG_VERSION" ]; then
    "${as[@]}" "$bin/initdb" -D "$data" -U kiosk --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 || {
      echo "[start_postgres] initdb failed; see $dir/initdb.log" >&2; return 1; }
  fi
  local port=""
  if [ -f "$port_file" ] && "${as[@]}" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    port="$(cat "$port_file")"
  else
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    "${as[@]}" "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { echo "[start_postgres] could not start PostgreSQL; see $dir/server.log" >&2; return 1; }
    echo "$port" >"$port_file"
  fi
  if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U kiosk -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'kiosk_test'" | grep -q 1; then
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U kiosk kiosk_test
  fi
  echo "postgresql+psycopg://kiosk@127.0.0.1:$port/kiosk_test"
)

if _kiosk_pg_url="$(_kiosk_pg_start)"; then
  export KIOSK_TEST_PG_URL="$_kiosk_pg_url"
  echo "export KIOSK_TEST_PG_URL=$_kiosk_pg_url"
fi
unset _kiosk_pg_url
unset -f _kiosk_pg_start
# Sourced: leave the caller's shell as it was (its `set -e` included); run directly: a clean exit either way.
true
