#!/usr/bin/env bash
# Prints a bearer token for a demo role, signed with the local AppHost's key (AppHost/appsettings.json,
# Parameters:auth-signing-key, or SG_SIGNING_KEY). Local runs only: a real issuer replaces this (issue: identity).
#   scripts/demo-token.sh ROLE [PARTNERSHIP] [ORGANISATION_ID] [HOURS]
# Roles: coordinator agency-auditor panel-member training-manager board-reader partner-system admin
set -euo pipefail
role=${1:?usage: demo-token.sh ROLE [PARTNERSHIP] [ORGANISATION_ID] [HOURS]}
partnership=${2:-st-helens}
organisation=${3:-}
hours=${4:-8}
here=$(cd "$(dirname "$0")/.." && pwd)
settings="$here/AppHost/appsettings.json"

setting() { sed -n "s/.*\"$1\": *\"\([^\"]*\)\".*/\1/p" "$settings" | head -n 1; }
key=${SG_SIGNING_KEY:-$(setting auth-signing-key)}
issuer=${SG_ISSUER:-$(setting Issuer)}
audience=${SG_AUDIENCE:-$(setting Audience)}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
org_claim=""
[ -n "$organisation" ] && org_claim=",\"organisation\":\"$organisation\""
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"demo-%s","partnership":"%s","role":"%s"%s,"iss":"%s","aud":"%s","iat":%d,"nbf":%d,"exp":%d}' \
  "$role" "$partnership" "$role" "$org_claim" "$issuer" "$audience" "$now" "$now" "$((now + hours * 3600))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -binary -sha256 -hmac "$key" | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
