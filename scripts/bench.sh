#!/usr/bin/env bash
# scripts/bench.sh NAME -- run one benchmark of bench/ChildView.Bench against the project-local
# PostgreSQL and RabbitMQ (started if needed, in fast mode: fsync off).
set -euo pipefail

if (($# != 1)); then
  echo "usage: scripts/bench.sh NAME   (e.g. propagation)" >&2
  exit 2
fi
name="$1"

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO"

# Only the benchmark's summary line goes to stdout; set-up and build chatter go to stderr.
CHILDVIEW_PG_FAST=1 scripts/infra.sh start >&2
eval "$(scripts/infra.sh env)"

dotnet build -c Release bench/ChildView.Bench -v quiet -nologo >&2
dotnet run -c Release --no-build --project bench/ChildView.Bench -- "$name"
