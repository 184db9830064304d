#!/usr/bin/env bash
# Has every service republish every record through its outbox, so an emptied profile rebuilds itself
# (see the README's "Rebuilding the profile"). Uses the operations client's admin scopes.
#   scripts/republish-all.sh            against make run's gateway and identity service
# Environment: CHILDVIEW_GATEWAY_URL, CHILDVIEW_IDENTITY_URL, CHILDVIEW_OPS_SECRET.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
gateway="${CHILDVIEW_GATEWAY_URL:-http://localhost:5000}"
identity="${CHILDVIEW_IDENTITY_URL:-http://localhost:5100}"
secret="${CHILDVIEW_OPS_SECRET:-dev-secret-childview-ops}"
scopes="education.admin socialcare.admin youthoffending.admin earlyyears.admin"

token="$(curl -sf "$identity/connect/token" -d grant_type=client_credentials -d client_id=childview-ops \
  --data-urlencode "client_secret=$secret" --data-urlencode "scope=$scopes" |
  tr -d ' \n' | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
[[ -n "$token" ]] || { echo "republish-all: no token from $identity" >&2; exit 1; }

total=0
while read -r service route; do
  [[ -z "$service" || "$service" == \#* ]] && continue
  answer="$(curl -sf -X POST -H "Authorization: Bearer $token" "$gateway/api/$service$route")" ||
    { echo "republish-all: $service$route failed" >&2; exit 1; }
  count="$(tr -d ' \n' <<<"$answer" | sed -n 's/.*"republished":\([0-9]*\).*/\1/p')"
  printf '%-16s %-40s %s\n' "$service" "$route" "${count:-?}"
  total=$((total + ${count:-0}))
done <"$REPO/scripts/republish-routes.txt"
echo "republished $total records"
