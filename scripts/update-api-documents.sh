#!/usr/bin/env bash
# Refreshes the services' OpenAPI documents the web front end and the partner-system client are generated from
# (services/Web/ApiDocuments), after an API change. Needs what the tests need (scripts/install-prerequisites.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build Safeguarding.Aspire.sln -nologo -v quiet -clp:ErrorsOnly
for project in Programme Audit Section11 Learning Reporting Identity Notifications; do
  UPDATE_API_DOCUMENTS=1 dotnet test "tests/$project.Tests" --no-build -nologo --filter "FullyQualifiedName~ApiDocumentTests" --logger "console;verbosity=minimal"
done
git status --short services/Web/ApiDocuments
