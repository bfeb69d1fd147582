#!/usr/bin/env bash
# Runs every test of the repository on a fresh clone: installs what the tests need, builds the whole
# solution with warnings as errors, checks formatting, runs every test project, lints the infrastructure, and ends with
# one line 'N passed, N failed'.
set -euo pipefail
cd "$(dirname "$0")/.."

# npm dependencies (Azurite for the hosting tests), when the repository declares them.
if [ -f package.json ]; then
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
fi

# Debian's Chromium (and a Chinese font for its screenshots) for the browser tests, when there are any.
if [ -d tests/Web.Tests ] && { ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi wqy; }; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null) \
    || { echo "could not install chromium (needed by tests/Web.Tests)" >&2; exit 1; }
fi

# The solution holds every project, the generators in tools/ included, so they keep compiling.
dotnet build Serverless.sln -c Release -warnaserror 2>&1 | grep -vE 'warning NU1603' | tail -3

# Formatting as .editorconfig says: a change `dotnet format whitespace` would make fails CI (fix: the same without
# --verify-no-changes). Folder mode reads no project, so it takes seconds of CPU, not a second build.
dotnet format whitespace --folder . --exclude node_modules --verify-no-changes \
  || { echo "formatting differs from .editorconfig: run 'dotnet format whitespace --folder . --exclude node_modules'" >&2; exit 1; }

log=$(mktemp)
status=0
dotnet test Serverless.sln -c Release --no-build 2>&1 | tee "$log" | grep -vE 'warning NU1603' || status=$?

if [ -x infra/lint.sh ]; then
  infra/lint.sh || status=1
fi

passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
