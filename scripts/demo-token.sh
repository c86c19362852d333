#!/usr/bin/env bash
# Prints an access token from the running system's Identity service (scripts/run.sh), for a demo role.
#   scripts/demo-token.sh ROLE [PARTNERSHIP]
# Roles: coordinator agency-auditor panel-member training-manager board-reader admin (demo staff users: signed in
# through the sign-in page with the authorization code flow and PKCE, exactly as the web front end does) and
# partner-system (the demo police system, by client credentials); operator is the platform operator's client (no
# partnership: service-wide work only). PARTNERSHIP: st-helens (default) or knowsley (coordinator and partner-system
# only). Demo credentials exist in Development only; see README.
set -euo pipefail
role=${1:?usage: demo-token.sh ROLE [PARTNERSHIP]}
partnership=${2:-st-helens}
gateway=${SG_GATEWAY:-http://localhost:5100}
here=$(cd "$(dirname "$0")/.." && pwd)
web_secret=${SG_WEB_CLIENT_SECRET:-$(sed -n 's/.*"web-client-secret": *"\([^"]*\)".*/\1/p' "$here/AppHost/appsettings.json" | head -n 1)}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
urlencode() { local s=$1 out="" c i; for ((i = 0; i < ${#s}; i++)); do c=${s:i:1}; case $c in [a-zA-Z0-9.~_-]) out+=$c ;; *) out+=$(printf '%%%02X' "'$c") ;; esac; done; printf '%s' "$out"; }
access_token() { sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p'; }
fail() { echo "demo-token.sh: $*" >&2; exit 1; }

if [ "$role" = operator ]; then
  operator_secret=${SG_OPERATOR_CLIENT_SECRET:-$(sed -n 's/.*"operator-client-secret": *"\([^"]*\)".*/\1/p' "$here/AppHost/appsettings.json" | head -n 1)}
  curl -fsS "$gateway/connect/token" -d grant_type=client_credentials \
    -d client_id=safeguarding-operator -d "client_secret=$operator_secret" | access_token
  exit
fi

if [ "$role" = partner-system ]; then
  curl -fsS "$gateway/connect/token" -d grant_type=client_credentials \
    -d "client_id=$partnership-police-system" -d "client_secret=demo-secret-$partnership-police" | access_token
  exit
fi

case "$partnership:$role" in
  st-helens:coordinator) user=coordinator ;;
  st-helens:agency-auditor) user=auditor ;;
  st-helens:panel-member) user=panel ;;
  st-helens:training-manager) user=training ;;
  st-helens:board-reader) user=board ;;
  st-helens:admin) user=admin ;;
  knowsley:coordinator) user=knowsley ;;
  *) fail "no demo user is $role in $partnership" ;;
esac
email=$([ "$user" = knowsley ] && echo coordinator@knowsley.example.org || echo "$user@st-helens.example.org")

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
verifier=$(openssl rand 32 | b64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -binary -sha256 | b64url)
redirect="$gateway/signin-oidc"
authorize="/connect/authorize?client_id=safeguarding-web&response_type=code&scope=openid%20profile%20offline_access&redirect_uri=$(urlencode "$redirect")&code_challenge=$challenge&code_challenge_method=S256&state=cli"

page=$(curl -fsS -c "$jar" -b "$jar" "$gateway/account/sign-in?returnUrl=$(urlencode "$authorize")")
form_token=$(printf '%s' "$page" | sed -n 's/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p')
back=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$gateway/account/sign-in" \
  --data-urlencode "email=$email" --data-urlencode "password=demo-password-$user" \
  --data-urlencode "returnUrl=$authorize" --data-urlencode "__RequestVerificationToken=$form_token")
case "$back" in *"/connect/authorize"*) ;; *) fail "sign-in as $email was refused" ;; esac
to_client=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$back")
code=$(printf '%s' "$to_client" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
[ -n "$code" ] || fail "no authorization code came back: $to_client"
curl -fsS "$gateway/connect/token" -d grant_type=authorization_code -d "code=$code" \
  --data-urlencode "redirect_uri=$redirect" -d "code_verifier=$verifier" \
  -d client_id=safeguarding-web --data-urlencode "client_secret=$web_secret" | access_token
