#!/usr/bin/env bash
# What `make run` runs: the project-local PostgreSQL and RabbitMQ (durable mode, not the
# tests' fast mode) plus the Aspire AppHost in the foreground. Ctrl+C (or SIGTERM) stops the
# AppHost and then the servers -- but only the servers this script started: servers that were
# already running before are left running.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO"

INFRA="$REPO/scripts/infra.sh"
APPHOST="AppHost/ChildView.AppHost/ChildView.AppHost.csproj"
APPHOST_STOP_TIMEOUT=20 # seconds before the AppHost's session is killed hard
READY_TIMEOUT=600       # the first run builds the solution: allow for it
GATEWAY=http://localhost:5000
IDENTITY=http://localhost:5100

# The demo seeder writes through the gateway; the first demo child (UPN B801200005001) being in
# the profile proves every hop: identity, gateway, service, outbox, broker, profile. Profiles are
# read by people only, so the check asks the profile database directly (as its owner).
demo_children_visible() {
  curl -sf -o /dev/null "$GATEWAY/health" || return 1
  local linked
  linked="$(PGPASSWORD=childview-dev psql -h 127.0.0.1 -p "${CHILDVIEW_PG_PORT:-54329}" -U childview -d childview_profile -tAc \
    "SELECT count(*) FROM child_identifiers WHERE kind = 'upn' AND value = 'B801200005001'" 2>/dev/null)" || return 1
  [[ "$linked" == "1" ]]
}

print_urls() {
  cat <<BANNER

================================================================
 ChildView is ready ($1 s after starting the AppHost)

 Gateway            $GATEWAY/api/{education,socialcare,youthoffending,earlyyears,profile}/...
 Identity           $IDENTITY/.well-known/openid-configuration
 Swagger UIs        http://localhost:5101/swagger  education
                    http://localhost:5102/swagger  social care
                    http://localhost:5103/swagger  youth offending
                    http://localhost:5104/swagger  early years
                    http://localhost:5105/swagger  child profile
 Aspire dashboard   http://localhost:15888  (use the login link printed above)
 RabbitMQ mgmt      http://127.0.0.1:${CHILDVIEW_RABBIT_MGMT_PORT:-15679}  (guest / guest)

 Demo logins (password ChildView-Demo-1): sw.jones, sw.ahmed (social workers), tm.patel
 (team manager), ewo.smith (education welfare), sen.khan (SEN), yot.brown (YOT), ytm.green (YOT manager),
 ey.wilson (early years), eytm.clarke (early years manager), mash.taylor (MASH), dpo.evans (DPO), admin.
 Service client for scripts: childview-ops / dev-secret-childview-ops.
 Audit chains: make verify-audit (as dpo.evans: the profile's and each service's log).

 Ctrl+C stops everything this command started.
================================================================
BANNER
}

if [[ ! -f "$APPHOST" ]]; then
  echo "run.sh: $APPHOST not found" >&2
  exit 1
fi

# Which servers are up already? Those stay up when we exit.
status="$("$INFRA" status)"
pg_was_running=0
rabbit_was_running=0
grep -q '^postgresql: running' <<<"$status" && pg_was_running=1
grep -q '^rabbitmq: running' <<<"$status" && rabbit_was_running=1

apphost_pid=""
cleaned_up=0

# Processes still alive (not zombies) in the AppHost's session. The AppHost was started with
# setsid, so its session id is its pid, and everything it spawns (DCP, the services, the
# dashboard) inherits that session unless it deliberately leaves it.
apphost_session_pids() {
  ps -e -o pid=,sid=,stat= | awk -v sid="$apphost_pid" '$2 == sid && $3 !~ /^Z/ { print $1 }'
}

stop_apphost() {
  [[ -n "$apphost_pid" ]] || return 0
  [[ -n "$(apphost_session_pids)" ]] || return 0
  echo "run.sh: stopping the AppHost ..." >&2
  # SIGTERM, not SIGINT: Aspire shuts its resources down on SIGTERM, and a process started in
  # the background ignores SIGINT.
  kill -TERM -- "-$apphost_pid" 2>/dev/null || true
  local deadline=$((SECONDS + APPHOST_STOP_TIMEOUT)) pids
  while pids="$(apphost_session_pids)" && [[ -n "$pids" ]] && ((SECONDS < deadline)); do
    sleep 0.2
  done
  pids="$(apphost_session_pids)"
  if [[ -n "$pids" ]]; then
    # Leftovers (DCP in particular) would keep ports busy and break the next `make run`.
    echo "run.sh: AppHost did not stop within ${APPHOST_STOP_TIMEOUT}s; killing what is left" >&2
    # shellcheck disable=SC2086 # one pid per word
    kill -KILL $pids 2>/dev/null || true
  fi
  wait "$apphost_pid" 2>/dev/null || true
}

cleanup() {
  ((cleaned_up)) && return 0
  cleaned_up=1
  stop_apphost
  if ((!rabbit_was_running)); then "$INFRA" rabbit-stop || true; fi
  if ((!pg_was_running)); then "$INFRA" pg-stop || true; fi
}
trap cleanup EXIT
# Exiting from the signal traps runs the EXIT trap (cleanup) exactly once.
trap 'exit 130' INT
trap 'exit 143' TERM

cat <<'EOF'
================================================================
 ChildView -- make run
 Starting the local PostgreSQL and RabbitMQ, then the Aspire AppHost
 (it prints the dashboard and service URLs). Ctrl+C stops everything.
================================================================
EOF

# Durable mode: never the tests' fsync=off, even if the caller's environment says so.
CHILDVIEW_PG_FAST=0 "$INFRA" start
eval "$("$INFRA" env)"
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true

if ((pg_was_running)) && grep -q '^postgresql: running.*fast mode' <<<"$status"; then
  echo "run.sh: note: PostgreSQL was already running in the tests' fast mode (fsync=off);" \
    "for durable data stop it first ('make infra-down')." >&2
fi

"$INFRA" status
echo

# In its own session (setsid) so that stopping it can signal the AppHost and everything it
# spawned as one group. A background job of a non-interactive shell is no process-group
# leader, so setsid does not fork: $! is the AppHost's pid, process-group id and session id.
started_at=$SECONDS
setsid dotnet run --project "$APPHOST" &
apphost_pid=$!

# Ready means: the gateway answers /health and the demo children have reached the profile.
ready=0
while kill -0 "$apphost_pid" 2>/dev/null && ((SECONDS - started_at < READY_TIMEOUT)); do
  if demo_children_visible; then ready=1; break; fi
  sleep 1
done
if ((ready)); then
  print_urls "$((SECONDS - started_at))"
else
  echo "run.sh: the platform was not ready within ${READY_TIMEOUT}s; see the Aspire dashboard for the failing resource." >&2
fi

# Returns when the AppHost exits (its status becomes ours through set -e) or when a trapped
# signal arrives (the trap exits; cleanup runs).
wait "$apphost_pid"
