#!/usr/bin/env bash
# Checks, from a test run's TRX files, that every test project of the solution ran at least the tests
# it is known to have. `dotnet test` exits 0 for a project that discovers no test at all, so a project
# whose tests stop being discovered, or that drops out of the solution, would otherwise pass in silence.
#
# Usage: scripts/check-test-counts.sh RESULTS_DIR
# Prints each problem on stderr and the number of problems on stdout.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
RESULTS="$1"

# The fewest test cases each test project runs (theory rows count one each), about nine tenths of
# what it had when the floor was set (1,189 and 807 on 5 December 2026). Raise a floor when a
# project gains many tests; a new test project needs a line here.
declare -A MINIMUM=(
  [ChildView.UnitTests]=1100
  [ChildView.IntegrationTests]=700
)

problems=0
problem() {
  echo "check-test-counts: $1" >&2
  problems=$((problems + 1))
}

# Tests per project: a TRX names its test assembly in each test's codeBase; one without tests names none.
declare -A ran=()
while IFS= read -r -d '' trx; do
  total="$(grep -o '<Counters [^>]*>' "$trx" | head -n1 | sed -n 's/.* total="\([0-9]*\)".*/\1/p' || true)"
  assembly="$(grep -o 'codeBase="[^"]*"' "$trx" | head -n1 | sed 's/^codeBase="\(.*\)"$/\1/' || true)"
  if [[ -z "$assembly" || "${total:-0}" -eq 0 ]]; then
    problem "$(basename "$trx") reports no test: a test project discovered none"
    continue
  fi
  project="$(basename "${assembly//\\//}" .dll)"
  ran[$project]=$((${ran[$project]:-0} + total))
done < <(find "$RESULTS" -name '*.trx' -print0)

while IFS= read -r csproj; do
  grep -q '<IsTestProject>true</IsTestProject>' "$REPO/$csproj" || continue
  project="$(basename "$csproj" .csproj)"
  minimum="${MINIMUM[$project]:-}"
  if [[ -z "$minimum" ]]; then
    problem "$project has no minimum test count in scripts/check-test-counts.sh"
  elif ((${ran[$project]:-0} < minimum)); then
    problem "$project ran ${ran[$project]:-0} tests, fewer than its minimum of $minimum"
  fi
done < <(cd "$REPO" && dotnet sln ChildView.sln list | tr '\\' '/' | grep '\.csproj$')

for project in "${!MINIMUM[@]}"; do
  [[ -f "$(find "$REPO/tests" -name "$project.csproj" -print -quit)" ]] || problem "$project has a minimum but no project file under tests/"
done

echo "$problems"
