#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for CI and local testing.
#
#   bash .ci/pg.sh start    # initdb + start; prints ONE line on stdout:
#                           #   export DATABASE_URL=postgresql://...
#                           # so  eval "$(bash .ci/pg.sh start)"  works.
#   bash .ci/pg.sh url      # print the DATABASE_URL of the running cluster
#   bash .ci/pg.sh status   # pg_ctl status + URL
#   bash .ci/pg.sh stop     # stop the cluster and delete its folder (idempotent)
#   bash .ci/pg.sh bindir   # print the newest PostgreSQL server bin dir (exit 1 if none)
#
# The cluster runs as the non-root OS user `postgres` (created if missing) in a
# fresh folder under /tmp, listens only on 127.0.0.1 (first free port from
# PG_CI_PORT, default 54329), password (scram-sha-256) auth over TCP, and has a
# superuser role `middengrond` (password `middengrond`) owning database
# `middengrond`. Superuser so tests may CREATE/DROP DATABASE freely.
#
# Environment:
#   PG_CI_STATE  state file that links `start` to `stop`
#                (default /tmp/middengrond-pg.state; .ci/run uses its own)
#   PG_CI_PORT   first port to try (default 54329)
#   PG_CI_TMP    parent of the cluster folder (default /tmp; must be
#                traversable by the postgres user)
# All diagnostics go to stderr; stdout carries only the export line / URL.
set -euo pipefail

STATE="${PG_CI_STATE:-/tmp/middengrond-pg.state}"
FIRST_PORT="${PG_CI_PORT:-54329}"
TMP_PARENT="${PG_CI_TMP:-/tmp}"
PG_ROLE=middengrond
PG_PASSWORD=middengrond
PG_DB=middengrond
OS_USER=postgres

log() { printf '[pg.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Newest /usr/lib/postgresql/<version>/bin that has the server binaries.
# (pg_ctl on PATH may be Debian's wrapper, a symlink, or missing.)
pg_bindir() {
  local d best=""
  for d in $(ls -1d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    if [ -x "$d/postgres" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/psql" ]; then
      best="$d"
    fi
  done
  [ -n "$best" ] || return 1
  printf '%s\n' "$best"
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# Run a command as the postgres OS user (or as ourselves when not root).
as_pg() {
  if is_root; then
    runuser -u "$OS_USER" -- "$@"
  else
    "$@"
  fi
}

port_busy() {
  # true when something accepts TCP connections on 127.0.0.1:$1
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

free_port() {
  local p="$FIRST_PORT" end=$((FIRST_PORT + 100))
  while [ "$p" -lt "$end" ]; do
    if ! port_busy "$p"; then printf '%s\n' "$p"; return 0; fi
    p=$((p + 1))
  done
  return 1
}

ensure_os_user() {
  is_root || return 0
  if ! id -u "$OS_USER" >/dev/null 2>&1; then
    log "creating OS user $OS_USER"
    useradd --system --user-group --home-dir /var/lib/postgresql --no-create-home \
      --shell /bin/bash "$OS_USER"
  fi
}

# Running and not a zombie (an exited postmaster may linger as <defunct>
# until its parent -- often PID 1 -- reaps it).
pid_alive() {
  local st
  kill -0 "$1" 2>/dev/null || return 1
  st="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null || true)"
  [ -n "$st" ] && [ "$st" != Z ]
}

read_state() {
  [ -f "$STATE" ] || return 1
  # shellcheck disable=SC1090
  . "$STATE"
  [ -n "${PG_BASE:-}" ] && [ -n "${PG_BIN:-}" ]
}

cmd_stop() {
  if ! read_state; then
    log "no cluster recorded in $STATE; nothing to stop"
    return 0
  fi
  local data="$PG_BASE/data" pid=""
  if [ -f "$data/postmaster.pid" ]; then
    pid="$(head -n1 "$data/postmaster.pid" 2>/dev/null || true)"
    log "stopping cluster in $data (postmaster pid ${pid:-?})"
    if ! as_pg "$PG_BIN/pg_ctl" -D "$data" -m fast -w -t 30 stop >&2; then
      log "fast stop failed; trying immediate"
      as_pg "$PG_BIN/pg_ctl" -D "$data" -m immediate -w -t 15 stop >&2 || true
    fi
    # Last resort: kill the postmaster named in its pid file.
    if [ -n "$pid" ] && pid_alive "$pid"; then
      log "killing postmaster $pid"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 1
    fi
  fi
  case "$PG_BASE" in
    "$TMP_PARENT"/middengrond-pg.*) rm -rf -- "$PG_BASE" ;;
    *) log "not removing unexpected folder $PG_BASE" ;;
  esac
  rm -f -- "$STATE"
  log "stopped; removed $PG_BASE"
}

start_failed() {
  log "start failed: $*; cleaning up"
  cmd_stop || true
  exit 1
}

cmd_start() {
  if read_state; then
    if [ -f "$PG_BASE/data/postmaster.pid" ]; then
      die "a cluster is already recorded in $STATE ($PG_BASE); run 'bash .ci/pg.sh stop' first"
    fi
    cmd_stop   # stale state: clean its folder
  fi

  local bin port base data
  bin="$(pg_bindir)" || die "no PostgreSQL server found under /usr/lib/postgresql/*/bin (apt-get install -y postgresql)"
  ensure_os_user
  port="$(free_port)" || die "no free port in $FIRST_PORT..$((FIRST_PORT + 99))"

  base="$(mktemp -d "$TMP_PARENT/middengrond-pg.XXXXXX")"
  data="$base/data"

  # Record state before anything can fail, so `stop` can always clean up.
  {
    printf 'PG_BASE=%q\n' "$base"
    printf 'PG_BIN=%q\n' "$bin"
    printf 'PG_PORT=%q\n' "$port"
    printf 'PG_URL=%q\n' "postgresql://$PG_ROLE:$PG_PASSWORD@127.0.0.1:$port/$PG_DB"
  } >"$STATE"

  mkdir -p "$data" "$base/sock" || start_failed "mkdir"
  chmod 700 "$base" "$data" "$base/sock"
  if is_root; then chown -R "$OS_USER:" "$base" || start_failed "chown"; fi

  # No `( ... ) || fail` subshell here: bash ignores `set -e` inside such a
  # subshell, so every step checks its own status.
  log "initdb ($("$bin/postgres" --version)) in $data"
  as_pg "$bin/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$base/initdb.log" 2>&1 \
    || { cat "$base/initdb.log" >&2; start_failed "initdb failed"; }

  {
    printf '\n# --- middengrond CI settings ---\n'
    printf "listen_addresses = '127.0.0.1'\n"
    printf 'port = %s\n' "$port"
    printf "unix_socket_directories = '%s'\n" "$base/sock"
    printf 'max_connections = 200\n'
    printf "password_encryption = 'scram-sha-256'\n"
    printf '# throwaway cluster: durability off for speed\n'
    printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n'
  } >>"$data/postgresql.conf" || start_failed "cannot write postgresql.conf"

  # trust only on the private socket (its folder is postgres-only, 0700);
  # password (scram-sha-256) on TCP loopback; nothing else.
  {
    printf 'local   all   all                    trust\n'
    printf 'host    all   all   127.0.0.1/32     scram-sha-256\n'
  } >"$data/pg_hba.conf" || start_failed "cannot write pg_hba.conf"

  log "starting on 127.0.0.1:$port"
  as_pg "$bin/pg_ctl" -D "$data" -l "$base/server.log" -w -t 60 start >&2 \
    || { cat "$base/server.log" >&2 || true; start_failed "pg_ctl start failed"; }

  as_pg "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$base/sock" -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE $PG_ROLE LOGIN SUPERUSER CREATEDB PASSWORD '$PG_PASSWORD'" \
    -c "CREATE DATABASE $PG_DB OWNER $PG_ROLE" >&2 \
    || start_failed "creating role/database failed"

  # shellcheck disable=SC1090
  . "$STATE"
  # Sanity check over TCP with the password, as the app will connect.
  PGCONNECT_TIMEOUT=10 "$bin/psql" -X -q -At "$PG_URL" -c 'select 1' >/dev/null \
    || start_failed "TCP login check failed"

  log "ready: $PG_URL"
  log "  data: $data  log: $base/server.log  state: $STATE"
  printf 'export DATABASE_URL=%s\n' "$PG_URL"
}

cmd_url() {
  read_state || die "no cluster recorded in $STATE"
  printf '%s\n' "$PG_URL"
}

cmd_status() {
  read_state || { log "no cluster recorded in $STATE"; exit 3; }
  as_pg "$PG_BIN/pg_ctl" -D "$PG_BASE/data" status
  printf 'DATABASE_URL=%s\n' "$PG_URL"
}

case "${1:-}" in
  start)  cmd_start ;;
  stop)   cmd_stop ;;
  url)    cmd_url ;;
  status) cmd_status ;;
  bindir) pg_bindir ;;
  *) echo "usage: bash .ci/pg.sh start|stop|url|status|bindir" >&2; exit 2 ;;
esac
