#!/usr/bin/env bash
# What `make test` (and so CI's .ci/run) runs: start the project-local PostgreSQL and RabbitMQ,
# run every test project of the solution, and finish with one line `N passed, N failed`
# summed over all TRX result files (CI reads that line).
#
# Output: console (normal verbosity) + artifacts/test-output.log; TRX files in
# artifacts/test-results/. Exit status is non-zero if `dotnet test` failed, anything failed, or a
# test project ran fewer tests than its minimum (scripts/check-test-counts.sh).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO"

ARTIFACTS="$REPO/artifacts"
RESULTS="$ARTIFACTS/test-results"
LOG="$ARTIFACTS/test-output.log"

# Tests run against throwaway data: fsync off etc. (no-op if the servers are already up).
CHILDVIEW_PG_FAST=1 scripts/infra.sh start
eval "$(scripts/infra.sh env)"

# Old TRX files would be counted again: start from an empty results folder.
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

# Not `set -e` here: a failing test run must still reach the summary line.
set +e
dotnet test ChildView.sln -c Release \
  --logger "console;verbosity=normal" \
  --logger trx \
  --results-directory "$RESULTS" 2>&1 | tee "$LOG"
dotnet_rc=${PIPESTATUS[0]}
set -e

# Sum the <Counters .../> of every TRX file. Outcomes other than passed that mean "did not
# pass" (error, timeout, aborted) are counted as failed.
passed=0
failed=0
trx_count=0
counter() { # counter ATTR COUNTERS_ELEMENT -> the attribute's number (0 if absent)
  local v
  v="$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2")"
  echo "${v:-0}"
}
while IFS= read -r -d '' trx; do
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n1 || true)"
  [[ -n "$counters" ]] || continue
  trx_count=$((trx_count + 1))
  passed=$((passed + $(counter passed "$counters")))
  failed=$((failed + $(counter failed "$counters") + $(counter error "$counters") \
    + $(counter timeout "$counters") + $(counter aborted "$counters")))
done < <(find "$RESULTS" -name '*.trx' -print0)

# Never green by accident: no results at all (build failed, no test project) or a failing
# `dotnet test` whose failure is not in any TRX (a project that did not build, a crashed
# test host) count as one failure.
if ((trx_count == 0)); then
  echo "test.sh: no TRX results found in $RESULTS (build failure or no test project?)" >&2
  ((failed > 0)) || failed=1
elif ((dotnet_rc != 0 && failed == 0)); then
  echo "test.sh: dotnet test exited with $dotnet_rc but no test failed (build error or crashed test host?)" >&2
  failed=1
fi

# A test project that discovered none of its tests, or far fewer than it has, counts as one failure
# per project: `dotnet test` itself exits 0 for it.
if ((trx_count > 0)); then
  count_problems="$(scripts/check-test-counts.sh "$RESULTS")" || count_problems=1
  failed=$((failed + count_problems))
fi

summary="$passed passed, $failed failed"
echo "$summary" >>"$LOG"
echo "$summary"

if ((dotnet_rc != 0 || failed > 0)); then
  exit 1
fi
