#!/usr/bin/env bash
# Runs every test of the system against real PostgreSQL and RabbitMQ (containers where Docker answers,
# throwaway local processes otherwise), then prints one closing line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/install-prerequisites.sh || exit 1

echo "Building..."
if ! dotnet build Safeguarding.Aspire.sln -nologo -v quiet -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"
  echo "The build failed." >&2
  exit 1
fi

# Formatting is part of the code: a change that `dotnet format` would rewrite counts as a failure.
format_failed=0
if ! dotnet format Safeguarding.Aspire.sln --verify-no-changes --no-restore >/dev/null 2>&1; then
  echo "!! dotnet format would change files: run 'dotnet format Safeguarding.Aspire.sln'"
  format_failed=1
fi

log=$(mktemp)
trap 'rm -f "$log"; pkill -f "sg-test-" 2>/dev/null; rm -rf "${TMPDIR:-/tmp}"/sg-test-* 2>/dev/null' EXIT

# The end-to-end attack sweep writes how many requests it sent per status code; only this run's counts are shown.
sweep=tests/EndToEnd.Tests/bin/Debug/net10.0/attack-sweep.txt
rm -f "$sweep"
# The fault suite writes what each fault cost: how long until every consumer was whole again.
faults=tests/Faults.Tests/bin/Debug/net10.0/faults.txt
rm -f "$faults"
# So do the property tests of each service's request rules: how many cases they generated.
properties=tests/*.Tests/bin/Debug/net10.0/request-rule-properties.txt
rm -f $properties

# One project at a time: each starts its own servers, and two cores are better spent on one suite than on six.
projects=$(ls tests/*/*.Tests.csproj)
crashed=0
for project in $projects; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  # A hung test must not eat CI's 90 minutes: the runner dumps and kills it, and the clock is the backstop.
  timeout --kill-after=30 1800 dotnet test "$project" --no-build -nologo --logger "console;verbosity=minimal" \
    --blame-hang-timeout 10m 2>&1 | tee -a "$log" | grep -vE '^\s*$'
  status=${PIPESTATUS[0]}
  if ! grep -qE "(Passed|Failed)!.* - $name\.dll" "$log"; then
    echo "!! $name ended without a test summary (exit $status)"
    crashed=$((crashed + 1))
  fi
done

[ -f "$sweep" ] && cat "$sweep"
[ -f "$faults" ] && cat "$faults"
cat $properties 2>/dev/null

# Only the runner's own summary lines ("Passed!  - Failed: 0, Passed: 26, Skipped: 0, ...") are counted.
sum() { grep -E '^\s*(Passed|Failed)!' "$log" | grep -oE "$1:\s+[0-9]+" | awk '{ total += $2 } END { print total + 0 }'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
failed=$((failed + crashed + format_failed))

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
