#!/usr/bin/env bash
# Runs the whole system: the Aspire AppHost starts PostgreSQL and RabbitMQ (containers where Docker answers,
# local processes otherwise), a local mail server, the six services and the gateway. Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-prerequisites.sh
dotnet build AppHost/Safeguarding.AppHost.csproj -nologo -v quiet -clp:ErrorsOnly

cat <<TXT

  Aspire dashboard  http://localhost:15080   (every resource, its logs, traces and metrics)
  Gateway           http://localhost:5100    (API documents: http://localhost:5100/docs)

  Staff front end   http://localhost:5100/          (sign in as a demo user: README, Identity)
  Mail sent         the "mail" resource's Inbox link on the dashboard (smtp4dev: nothing leaves this machine)
  A token for a demo role (St Helens):   TOKEN=\$(scripts/demo-token.sh coordinator)
  Then:   curl -H "Authorization: Bearer \$TOKEN" http://localhost:5100/api/organisations

TXT
exec dotnet run --project AppHost/Safeguarding.AppHost.csproj --no-build --launch-profile http
