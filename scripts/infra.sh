#!/usr/bin/env bash
# Project-local PostgreSQL 15 and RabbitMQ for ChildView (dev, tests, benchmarks, CI).
#
# Everything lives under $REPO/.infra/ (gitignored); nothing depends on Debian's own
# clusters/services. Both servers listen on 127.0.0.1 only, on non-default ports.
#
#   scripts/infra.sh install       install the Debian packages if missing (idempotent, fast)
#   scripts/infra.sh start         install if needed, start PostgreSQL and RabbitMQ (no-op if running)
#   scripts/infra.sh stop          stop both (idempotent)
#   scripts/infra.sh rabbit-stop   stop only the RabbitMQ node (broker outage in tests)
#   scripts/infra.sh rabbit-start  start only the RabbitMQ node again (same data: durable queues survive)
#   scripts/infra.sh pg-stop|pg-start   the same for PostgreSQL only
#   scripts/infra.sh status        one line per server
#   scripts/infra.sh env           `export` lines for ports and .NET/Aspire connection strings
#
# Environment knobs: CHILDVIEW_PG_PORT, CHILDVIEW_AMQP_PORT, CHILDVIEW_RABBIT_MGMT_PORT,
# CHILDVIEW_RABBIT_DIST_PORT, CHILDVIEW_RABBIT_NODENAME (a second checkout running at the same
# time needs other ports and node name), CHILDVIEW_PG_FAST=1 (fsync off etc.; tests/benchmarks).
#
# Diagnostics go to stderr; stdout carries only what a subcommand is asked to print
# (env/status), so `eval "$(scripts/infra.sh env)"` and `rabbit-stop >/dev/null` stay clean.
set -euo pipefail

# ---------------------------------------------------------------------------------------------
# Settings (override through the environment)
# ---------------------------------------------------------------------------------------------
PG_PORT="${CHILDVIEW_PG_PORT:-54329}"
PG_USER="${CHILDVIEW_PG_USER:-childview}"
PG_PASSWORD="${CHILDVIEW_PG_PASSWORD:-childview-dev}"
PG_SUPERUSER_PASSWORD="${CHILDVIEW_PG_SUPERUSER_PASSWORD:-postgres-dev}"
PG_MAX_CONNECTIONS="${CHILDVIEW_PG_MAX_CONNECTIONS:-300}"
PG_FAST="${CHILDVIEW_PG_FAST:-0}"

AMQP_PORT="${CHILDVIEW_AMQP_PORT:-56729}"
RABBIT_MGMT_PORT="${CHILDVIEW_RABBIT_MGMT_PORT:-15679}"
RABBIT_DIST_PORT="${CHILDVIEW_RABBIT_DIST_PORT:-25679}"
RABBIT_NODENAME="${CHILDVIEW_RABBIT_NODENAME:-childview@localhost}"
RABBIT_USER="guest" # built-in user; RabbitMQ only lets it in from loopback, which is all we use
RABBIT_PASSWORD="guest"
# One broker user per service, with the permissions in this file (generated from the contracts:
# a unit test fails when it is out of step). Password: "<user>-dev" (development only).
BROKER_PERMISSIONS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)/broker-permissions.tsv"

PG_BIN=/usr/lib/postgresql/15/bin
RABBIT_BIN=/usr/lib/rabbitmq/bin

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
INFRA="$REPO/.infra"
PG_DIR="$INFRA/pg"
PG_DATA="$PG_DIR/data"
PG_RUN="$PG_DIR/run"
PG_LOG="$PG_DIR/log"
RABBIT_DIR="$INFRA/rabbitmq"
RABBIT_PIDFILE="$RABBIT_DIR/pid"
RABBIT_LOGDIR="$RABBIT_DIR/log"
RABBIT_CONSOLE_LOG="$RABBIT_LOGDIR/console.log"

RABBIT_START_TIMEOUT=90 # seconds
RABBIT_STOP_TIMEOUT=20  # seconds

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
log() { printf 'infra: %s\n' "$*" >&2; }
die() { printf 'infra: ERROR: %s\n' "$*" >&2; exit 1; }

# Print the last lines of a log file to stderr (used when a server fails to come up).
tail_log() {
  local file="$1"
  if [[ -f "$file" ]]; then
    printf -- '---- last lines of %s ----\n' "$file" >&2
    tail -n 40 "$file" >&2 || true
    printf -- '----\n' >&2
  fi
}

# True while a process exists and is not a zombie. An exited child of ours is reparented to
# PID 1, which reaps it only about once a second; `kill -0` alone would count that time.
alive() {
  local state
  kill -0 "$1" 2>/dev/null || return 1
  state="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" || return 1
  [[ -n "$state" && "$state" != Z ]]
}

need_root() {
  [[ "$(id -u)" == 0 ]] || die "must run as root (PostgreSQL runs via 'runuser -u postgres'; apt-get needs root)"
}

# Close every inherited file descriptor above 2 in the current (sub)shell. Daemons started
# from here must not keep a pipe of whoever called us (a CI runner, `make test | tee`, an IDE)
# open: the reader would then never see EOF and hang.
close_inherited_fds() {
  local fd n
  for fd in /proc/self/fd/*; do
    n="${fd##*/}"
    if ((n > 2)); then eval "exec $n>&-" 2>/dev/null || true; fi
  done
  return 0
}

# Run a PostgreSQL binary as the postgres user. cwd=/ because the caller's cwd (e.g. under
# /root) may not be readable by postgres, and initdb/pg_ctl complain about that.
as_postgres() { (close_inherited_fds && cd / && runuser -u postgres -- "$@"); }

# ---------------------------------------------------------------------------------------------
# install
# ---------------------------------------------------------------------------------------------
cmd_install() {
  local missing=()
  [[ -x "$PG_BIN/initdb" && -x "$PG_BIN/psql" ]] || missing+=(postgresql)
  [[ -x "$RABBIT_BIN/rabbitmq-server" ]] || missing+=(rabbitmq-server)
  command -v curl >/dev/null 2>&1 || missing+=(curl) # readiness check of the management API
  ((${#missing[@]} == 0)) && return 0

  need_root
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install ${missing[*]} by hand"
  log "installing ${missing[*]} (apt-get) ..."

  # Keep package postinst scripts from starting Debian's own services (no init system here
  # anyway, but be explicit): policy-rc.d exit 101 = "action forbidden". Only add it if the
  # machine has none, and remove it again afterwards.
  local policy=/usr/sbin/policy-rc.d created_policy=0
  if [[ ! -e "$policy" ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    created_policy=1
  fi

  local rc=0
  {
    apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  } >&2 || rc=$?

  ((created_policy)) && rm -f "$policy"
  ((rc == 0)) || die "apt-get install ${missing[*]} failed (exit $rc)"
  [[ -x "$PG_BIN/initdb" ]] || die "$PG_BIN/initdb still missing after install (not PostgreSQL 15?)"
  [[ -x "$RABBIT_BIN/rabbitmq-server" ]] || die "$RABBIT_BIN/rabbitmq-server still missing after install"
  log "install done"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------
pg_running() { as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

# The postgres user must be able to reach $PG_DIR. A clone under /root (mode 0700) or any other
# private folder blocks that; give "others" search permission (x, not r: nobody can list the
# folders) on each ancestor that lacks it. A symlink would not help: the path is still
# resolved through the private folder.
pg_make_traversable() {
  # Ancestors from the top down (a blocked parent makes every folder below look blocked too).
  local dir="$PG_DIR" ancestors=() i
  while [[ "$dir" != "/" ]]; do
    dir="$(dirname "$dir")"
    ancestors=("$dir" "${ancestors[@]}")
  done
  for i in "${ancestors[@]}"; do
    if ! runuser -u postgres -- test -x "$i" 2>/dev/null; then
      log "chmod o+x $i (so the postgres user can reach $PG_DIR)"
      chmod o+x "$i"
    fi
  done
  runuser -u postgres -- test -x "$PG_DIR" || die "the postgres user still cannot reach $PG_DIR"
}

pg_init_if_needed() {
  if [[ -f "$PG_DATA/PG_VERSION" ]]; then
    return 0
  fi
  if [[ -d "$PG_DATA" ]] && [[ -n "$(ls -A "$PG_DATA" 2>/dev/null)" ]]; then
    die "$PG_DATA is not empty but holds no cluster; remove it (make infra-clean) and retry"
  fi
  log "initdb $PG_DATA"
  install -d -o postgres -g postgres -m 700 "$PG_DATA"
  # Superuser password comes from a pwfile (never on a command line); postgres must read it.
  local pwfile
  pwfile="$(mktemp "$PG_DIR/pwfile.XXXXXX")"
  printf '%s\n' "$PG_SUPERUSER_PASSWORD" >"$pwfile"
  chown postgres:postgres "$pwfile"
  chmod 600 "$pwfile"
  # host (TCP) connections: scram-sha-256; local socket: peer (only the OS user postgres,
  # which is how this script administers the cluster).
  if ! as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$pwfile" \
    --auth-host=scram-sha-256 --auth-local=peer -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1; then
    rm -f "$pwfile"
    tail_log "$PG_DIR/initdb.log"
    die "initdb failed"
  fi
  rm -f "$pwfile"
}

pg_start() {
  need_root
  install -d -m 755 "$INFRA" "$PG_DIR"
  pg_make_traversable
  if [[ -f "$PG_DATA/PG_VERSION" ]] && pg_running; then
    # Already up: leave it as it is, but make sure the role exists (a few ms; repairs a start
    # that was interrupted between pg_ctl and role creation).
    pg_ensure_role
    return 0
  fi
  pg_init_if_needed
  install -d -o postgres -g postgres -m 700 "$PG_RUN"
  # pg_ctl -l opens the log as postgres, so the log must be writable by postgres.
  touch "$PG_LOG"
  chown postgres:postgres "$PG_LOG"

  # (pg_ctl hands -o to a shell, hence the quotes around the path)
  local opts="-p $PG_PORT -k '$PG_RUN' -c listen_addresses=127.0.0.1 -c max_connections=$PG_MAX_CONNECTIONS"
  if [[ "$PG_FAST" == 1 ]]; then
    # Throwaway speed for tests: a crash may corrupt the cluster (make infra-clean fixes that).
    opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT$([[ "$PG_FAST" == 1 ]] && echo ' (fast, fsync off)')"
  # pg_ctl detaches the postmaster (own session, output to -l log): it holds no pipe of ours.
  if ! as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start -o "$opts" >/dev/null 2>&1; then
    tail_log "$PG_LOG"
    die "PostgreSQL failed to start on port $PG_PORT (port in use? see $PG_LOG)"
  fi
  pg_ensure_role
}

# Create/refresh the application login role. Idempotent; runs over the local socket as postgres.
pg_ensure_role() {
  local out
  if ! out="$(as_postgres "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_RUN" -p "$PG_PORT" \
    -U postgres -d postgres -v role="$PG_USER" -v pw="$PG_PASSWORD" 2>&1 <<'SQL'
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') AS missing \gset
\if :missing
  CREATE ROLE :"role" LOGIN CREATEDB CREATEROLE PASSWORD :'pw';
\endif
-- Dropping a database WITH (FORCE) must end sessions of the profile's read login too.
GRANT pg_signal_backend TO :"role";
SQL
  )"; then
    printf '%s\n' "$out" >&2
    die "could not create role $PG_USER"
  fi
}

pg_stop() {
  if [[ -f "$PG_DATA/PG_VERSION" ]] && pg_running; then
    log "stopping PostgreSQL"
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null ||
      die "pg_ctl stop failed (see $PG_LOG)"
  fi
}

pg_status() {
  if [[ -f "$PG_DATA/PG_VERSION" ]] && pg_running; then
    local mode=""
    # postmaster.opts holds the options the running server was started with.
    grep -q 'fsync=off' "$PG_DATA/postmaster.opts" 2>/dev/null && mode=", fast mode: fsync off"
    echo "postgresql: running on 127.0.0.1:$PG_PORT (data $PG_DATA$mode)"
  else
    echo "postgresql: stopped"
  fi
}

# ---------------------------------------------------------------------------------------------
# RabbitMQ
# ---------------------------------------------------------------------------------------------
# Same environment for the server and for rabbitmqctl: HOME holds the Erlang cookie, and the
# CLI finds the node through the nodename and the config.
rabbit_env() {
  export HOME="$RABBIT_DIR"
  export RABBITMQ_NODENAME="$RABBIT_NODENAME"
  export RABBITMQ_MNESIA_BASE="$RABBIT_DIR/data"
  export RABBITMQ_LOG_BASE="$RABBIT_LOGDIR"
  export RABBITMQ_CONFIG_FILE="$RABBIT_DIR/rabbitmq.conf"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$RABBIT_DIR/enabled_plugins"
  export RABBITMQ_DIST_PORT="$RABBIT_DIST_PORT"
  # Loopback only: the distribution listener (used by rabbitmqctl) and, if this node has to
  # start it, epmd.
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  export ERL_EPMD_ADDRESS=127.0.0.1
}

rabbitmqctl_() { (rabbit_env && "$RABBIT_BIN/rabbitmqctl" "$@"); }

rabbit_write_config() {
  install -d -m 700 "$RABBIT_DIR" "$RABBIT_DIR/data" "$RABBIT_LOGDIR"
  # loopback_users is left at its default: guest may connect from 127.0.0.1 only.
  cat >"$RABBIT_DIR/rabbitmq.conf" <<EOF
# generated by scripts/infra.sh -- edits are overwritten on start
listeners.tcp.default = 127.0.0.1:$AMQP_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $RABBIT_MGMT_PORT
EOF
  printf '[rabbitmq_management].\n' >"$RABBIT_DIR/enabled_plugins"
}

# PID from the pid file, if that process is alive and is an Erlang VM.
rabbit_pid() {
  local pid
  [[ -f "$RABBIT_PIDFILE" ]] || return 1
  pid="$(<"$RABBIT_PIDFILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  alive "$pid" || return 1
  grep -qaE 'beam|rabbitmq' "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

# Erlang VMs of *this* checkout's node (matched by its HOME, which is unique per clone) that
# the pid file does not know about: left over after the pid file was lost or the wrapper
# script was killed hard.
rabbit_stray_pids() {
  local f pid cmd
  for f in /proc/[0-9]*/cmdline; do
    pid="${f#/proc/}"
    pid="${pid%/cmdline}"
    # (2>/dev/null first: the process may vanish between the glob and the read)
    cmd="$(tr '\0' ' ' 2>/dev/null <"$f")" || continue
    [[ "$cmd" == *beam.smp* && "$cmd" == *"-home $RABBIT_DIR "* ]] && echo "$pid"
  done
  return 0
}

mgmt_ready() {
  curl -fsS -o /dev/null --max-time 2 -u "$RABBIT_USER:$RABBIT_PASSWORD" \
    "http://127.0.0.1:$RABBIT_MGMT_PORT/api/overview" 2>/dev/null
}

# Wait for the node (rabbitmqctl wait) and then for the management API, which tests use to
# create vhosts. Fails if the process dies meanwhile.
rabbit_wait_ready() {
  local pid="$1" out deadline
  if ! out="$(rabbitmqctl_ wait --timeout "$RABBIT_START_TIMEOUT" --pid "$pid" 2>&1)"; then
    printf '%s\n' "$out" >&2
    tail_log "$RABBIT_CONSOLE_LOG"
    die "RabbitMQ did not become ready (node $RABBIT_NODENAME, AMQP port $AMQP_PORT; logs in $RABBIT_LOGDIR)"
  fi
  deadline=$((SECONDS + 60))
  until mgmt_ready; do
    alive "$pid" || { tail_log "$RABBIT_CONSOLE_LOG"; die "RabbitMQ exited during start"; }
    ((SECONDS < deadline)) || { tail_log "$RABBIT_CONSOLE_LOG"; die "RabbitMQ management API not answering on 127.0.0.1:$RABBIT_MGMT_PORT"; }
    sleep 0.2
  done
}

rabbit_start() {
  need_root
  local pid
  if pid="$(rabbit_pid)"; then
    mgmt_ready || rabbit_wait_ready "$pid"
    return 0
  fi
  # A node of ours still running without a (valid) pid file: adopt it rather than start a
  # second one, which would fail on the node name and ports.
  pid="$(rabbit_stray_pids | head -n1)"
  if [[ -n "$pid" ]]; then
    log "adopting running RabbitMQ node (pid $pid)"
    echo "$pid" >"$RABBIT_PIDFILE"
    mgmt_ready || rabbit_wait_ready "$pid"
    return 0
  fi
  rabbit_write_config
  rm -f "$RABBIT_PIDFILE"
  log "starting RabbitMQ $RABBIT_NODENAME on 127.0.0.1:$AMQP_PORT (management :$RABBIT_MGMT_PORT)"
  # Detached: own session (setsid), stdin from /dev/null, stdout/stderr to a log file. Anything
  # still holding the caller's stdout would keep `make test | tee` (or CI's pipe) open forever.
  # In a non-interactive shell the background job is not a process-group leader, so setsid does
  # not fork and $! is the server's pid.
  (
    rabbit_env
    close_inherited_fds
    exec setsid "$RABBIT_BIN/rabbitmq-server" </dev/null >>"$RABBIT_CONSOLE_LOG" 2>&1
  ) &
  pid=$!
  echo "$pid" >"$RABBIT_PIDFILE"
  rabbit_wait_ready "$pid"
}

# epmd outlives the node; kill it only if no other Erlang node still uses it.
epmd_kill_if_unused() {
  local epmd names
  epmd="$(command -v epmd || true)" # /usr/bin/epmd (erlang-base)
  [[ -n "$epmd" ]] || return 0
  names="$("$epmd" -names 2>/dev/null)" || return 0 # epmd not running
  grep -q '^name ' <<<"$names" && return 0             # other nodes registered: leave it
  "$epmd" -kill >/dev/null 2>&1 || true
}

rabbit_stop() {
  local pid deadline
  if pid="$(rabbit_pid)"; then
    log "stopping RabbitMQ (pid $pid)"
    # Graceful stop only. RabbitMQ 3.10 idles ~5 s near the end of its shutdown (a known wait in
    # the management agent, fixed upstream in 3.13), but killing it at that point was tried:
    # a quorum queue lost its Raft state. SIGTERM and wait is what keeps durable data intact.
    kill -TERM "$pid" 2>/dev/null || true
    deadline=$((SECONDS + RABBIT_STOP_TIMEOUT))
    while alive "$pid" && ((SECONDS < deadline)); do sleep 0.1; done
    if alive "$pid"; then
      log "RabbitMQ did not stop within ${RABBIT_STOP_TIMEOUT}s; killing it"
      # The pid is the rabbitmq-server wrapper (it forwards SIGTERM to the VM and waits);
      # setsid made it a process-group leader, so this takes the VM down with it.
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$RABBIT_PIDFILE"
  # Leftover VMs of this checkout (lost pid file, wrapper killed hard): same treatment.
  local stray
  for stray in $(rabbit_stray_pids); do
    log "stopping stray RabbitMQ VM (pid $stray)"
    kill -TERM "$stray" 2>/dev/null || true
    deadline=$((SECONDS + RABBIT_STOP_TIMEOUT))
    while alive "$stray" && ((SECONDS < deadline)); do sleep 0.1; done
    kill -KILL "$stray" 2>/dev/null || true
  done
  epmd_kill_if_unused
}

# Create or update each service's broker user and its permissions on the default virtual host.
# Idempotent (PUTs through the management API); no tags, so the users cannot use the management UI.
rabbit_ensure_users() {
  local user configure write read
  while IFS=$'\t' read -r user configure write read; do
    [[ -z "$user" || "$user" == \#* ]] && continue
    mgmt_put "users/$user" "{\"password\":\"$user-dev\",\"tags\":\"\"}"
    # (JSON needs each regex backslash doubled)
    mgmt_put "permissions/%2F/$user" "$(printf '{"configure":"%s","write":"%s","read":"%s"}' "${configure//\\/\\\\}" "${write//\\/\\\\}" "${read//\\/\\\\}")"
  done <"$BROKER_PERMISSIONS"
}

mgmt_put() {
  curl -fsS -o /dev/null --max-time 5 -u "$RABBIT_USER:$RABBIT_PASSWORD" -X PUT -H 'content-type: application/json' \
    --data "$2" "http://127.0.0.1:$RABBIT_MGMT_PORT/api/$1" || die "RabbitMQ management API refused PUT $1"
}

rabbit_status() {
  local pid
  if pid="$(rabbit_pid)"; then
    if mgmt_ready; then
      echo "rabbitmq: running on 127.0.0.1:$AMQP_PORT (pid $pid, management http://127.0.0.1:$RABBIT_MGMT_PORT)"
    else
      echo "rabbitmq: starting or unhealthy (pid $pid, management API not answering)"
    fi
  else
    echo "rabbitmq: stopped"
  fi
}

# ---------------------------------------------------------------------------------------------
# Subcommands
# ---------------------------------------------------------------------------------------------
cmd_start() {
  cmd_install
  pg_start
  rabbit_start
  rabbit_ensure_users
}

cmd_stop() {
  rabbit_stop
  pg_stop
}

cmd_env() {
  cat <<EOF
export CHILDVIEW_PG_PORT=$PG_PORT
export CHILDVIEW_AMQP_PORT=$AMQP_PORT
export CHILDVIEW_RABBIT_MGMT_PORT=$RABBIT_MGMT_PORT
export 'ConnectionStrings__postgres=Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Password=$PG_PASSWORD'
export 'ConnectionStrings__messaging=amqp://$RABBIT_USER:$RABBIT_PASSWORD@127.0.0.1:$AMQP_PORT/'
EOF
  local user
  # Each service's own broker user, for the AppHost (ChildView:BrokerUsers:<service>).
  while IFS=$'\t' read -r user _; do
    [[ -z "$user" || "$user" == \#* ]] && continue
    echo "export 'ChildView__BrokerUsers__$user=amqp://$user:$user-dev@127.0.0.1:$AMQP_PORT/'"
  done <"$BROKER_PERMISSIONS"
}

usage() {
  sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# One infra.sh at a time per checkout for anything that starts or stops servers (two
# `make test` runs, or a test's rabbit-stop while a start is in progress, would otherwise
# race). fd 9 is closed again in the daemons (close_inherited_fds).
lock() {
  install -d -m 755 "$INFRA"
  exec 9>"$INFRA/.lock"
  flock -w 300 9 || die "timed out waiting for another scripts/infra.sh ($INFRA/.lock)"
}

case "${1:-}" in
  install | start | stop | rabbit-start | rabbit-stop | pg-start | pg-stop) lock ;;
esac

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  rabbit-start) cmd_install && rabbit_start && rabbit_ensure_users ;;
  rabbit-stop) rabbit_stop ;;
  pg-start) cmd_install && pg_start ;;
  pg-stop) pg_stop ;;
  status) pg_status && rabbit_status ;;
  env) cmd_env ;;
  -h | --help | help) usage ;;
  *) usage ;;
esac
