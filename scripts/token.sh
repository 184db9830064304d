#!/usr/bin/env bash
# Prints an access token for a demo user, obtained the way a browser would: the authorization code
# flow with PKCE for the public childview-cli client (log in on the identity service's form, take the
# code from the redirect, exchange it). For trying the APIs from a shell:
#   TOKEN=$(scripts/token.sh mash.taylor 'profile.read')
set -euo pipefail

user="${1:?usage: scripts/token.sh USER [SCOPES] [PASSWORD]}"
scopes="${2:-profile.read}"
password="${3:-ChildView-Demo-1}"
identity="${CHILDVIEW_IDENTITY_URL:-http://localhost:5100}"
redirect="http://127.0.0.1/callback"

jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
verifier="$(openssl rand 32 | b64url)"
challenge="$(printf '%s' "$verifier" | openssl dgst -binary -sha256 | b64url)"
state="$(openssl rand -hex 8)"

# The authorize endpoint sends an anonymous caller to the login form; the form carries an antiforgery token.
login_url="$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' -G "$identity/connect/authorize" \
  -d client_id=childview-cli -d response_type=code --data-urlencode "redirect_uri=$redirect" --data-urlencode "scope=openid $scopes" \
  -d "code_challenge=$challenge" -d code_challenge_method=S256 -d "state=$state")"
form="$(curl -s -c "$jar" -b "$jar" "$login_url")"
field() { sed -n "s/.*name=\"$1\" value=\"\\([^\"]*\\)\".*/\\1/p" <<<"$form" | head -n 1 | sed 's/&amp;/\&/g'; }
antiforgery_name="$(sed -n 's/.*<input type="hidden" name="\([^"]*\)" value="[^"]*">.*/\1/p' <<<"$form" | grep -v ReturnUrl | head -n 1)"

back="$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$login_url" \
  --data-urlencode "$antiforgery_name=$(field "$antiforgery_name")" --data-urlencode "ReturnUrl=$(field ReturnUrl)" \
  --data-urlencode "UserName=$user" --data-urlencode "Password=$password")"
[[ -n "$back" ]] || { echo "token.sh: sign-in failed for $user" >&2; exit 1; }
[[ "$back" == http* ]] || back="$identity$back"

callback="$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$back")"
code="$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$callback")"
[[ -n "$code" ]] || { echo "token.sh: no authorization code (got: $callback)" >&2; exit 1; }

curl -s "$identity/connect/token" -d grant_type=authorization_code -d client_id=childview-cli \
  --data-urlencode "code=$code" --data-urlencode "redirect_uri=$redirect" --data-urlencode "code_verifier=$verifier" |
  sed -n 's/.*"access_token": *"\([^"]*\)".*/\1/p'
