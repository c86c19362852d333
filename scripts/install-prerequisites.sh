#!/usr/bin/env bash
# Installs what running or testing the system needs and this machine lacks (Debian packages only):
# PostgreSQL and RabbitMQ binaries (run as throwaway processes, never as system services), Node.js and npm (the web
# front end's build installs GOV.UK Frontend from npm), Chromium (the browser tests), openssl and curl for demo
# tokens, and the small tools the local server scripts use. Quiet and quick when everything is there.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
command -v openssl >/dev/null || missing+=(openssl)
command -v curl >/dev/null || missing+=(curl)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v ps >/dev/null || missing+=(procps)
command -v setpriv >/dev/null || missing+=(util-linux)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  as_root=()
  [ "$(id -u)" = 0 ] || as_root=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  # policy-rc.d keeps Debian from starting the packages' own system services: we run our own processes.
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The packages' system services, if a package install started them, are not ours to use.
for service in postgresql rabbitmq-server; do
  if command -v systemctl >/dev/null && systemctl is-active --quiet "$service" 2>/dev/null; then
    echo "note: the system $service service is running; this project starts its own servers on free ports instead."
  fi
done

if ! command -v dotnet >/dev/null; then
  echo "The .NET 10 SDK is required (https://dot.net) and is not installed." >&2
  exit 1
fi

# smtp4dev: the local and test mail server (scripts/local-smtp.sh), a .NET tool in the user's tool folder.
tools="${DOTNET_TOOLS:-$HOME/.dotnet/tools}"
if ! "$tools/smtp4dev" --help 2>/dev/null | grep -q "version 3.15.0"; then
  echo "Installing: smtp4dev 3.15.0 (.NET tool)"
  dotnet tool update --tool-path "$tools" Rnwood.Smtp4dev --version 3.15.0 >/dev/null
fi
