#!/usr/bin/env bash
# Runs smtp4dev in the foreground: a real SMTP server that keeps what it receives, with a web inbox and a REST API
# (/api/messages) to read it. For the AppHost (local development) and the test fixtures alike; never for real mail.
#   SMTP_PORT       the SMTP port on 127.0.0.1
#   SMTP_WEB_PORT   the web inbox and its API on 127.0.0.1
#   SMTP_DATA_DIR   a folder of its own (its settings; messages are kept in memory)
#   SG_OWNER_PID    optional: stop the server when this process is gone
set -euo pipefail
: "${SMTP_PORT:?}" "${SMTP_WEB_PORT:?}" "${SMTP_DATA_DIR:?}"
smtp4dev="${DOTNET_TOOLS:-$HOME/.dotnet/tools}/smtp4dev"
[ -x "$smtp4dev" ] || { echo "smtp4dev is not installed (scripts/install-prerequisites.sh installs it)" >&2; exit 1; }

mkdir -p "$SMTP_DATA_DIR"
export XDG_CONFIG_HOME="$SMTP_DATA_DIR"
source "$(dirname "$0")/stop-with-owner.sh"
stop_with_owner TERM
exec "$smtp4dev" --urls="http://127.0.0.1:$SMTP_WEB_PORT" --smtpport="$SMTP_PORT" --bindaddress=127.0.0.1 --hostname=localhost \
  --imapport= --pop3port= --db= --nousersettings --messagestokeep=100000 --sessionstokeep=100
