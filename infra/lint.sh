#!/usr/bin/env bash
# Validates infra/: every .bicep file is built and linted with the Bicep CLI, the .bicepparam files are
# built, and the Dockerfile is checked without a Docker engine. Exits non-zero on any error or warning.
#
# The Bicep CLI comes from the NuGet package Azure.Bicep.CommandLine.linux-x64 (a native executable),
# downloaded once by `dotnet restore` of infra/bicep-cli into the NuGet packages folder and reused from
# there (a second run takes a few seconds). The Dockerfile is checked by hadolint when it is on PATH (it
# is not installable here: no Debian or npm package, and its release binary comes from GitHub), by
# dockerfile-utils (npm; the parser and validator behind VS Code's Dockerfile support) and by
# tools/dockerfile_check.py (structure: named stages, pinned tags, non-root USER, COPY sources...).
#
# Usage: infra/lint.sh           (from anywhere)
# Env:   BICEP_VERSION (default 0.49.2), BICEP (path to a bicep executable, skips the download),
#        EASEL_TOOLS_DIR (cache of npm tools, default ~/.cache/easel-infra-tools)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
version="${BICEP_VERSION:-0.49.2}"
failures=0

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }

# ---- the Bicep CLI ----------------------------------------------------------------------------------------
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
bicep="${BICEP:-$packages/azure.bicep.commandline.linux-x64/$version/tools/bicep}"
if [[ ! -f "$bicep" ]]; then
  step "restoring Azure.Bicep.CommandLine.linux-x64 $version"
  dotnet restore "$here/bicep-cli/bicep-cli.csproj" -p:BicepVersion="$version" --verbosity quiet
fi
[[ -x "$bicep" ]] || chmod +x "$bicep"
step "$("$bicep" --version)"

# Runs one Bicep command; any diagnostic (error or warning) fails it. Bicep exits non-zero on errors only,
# so warnings are caught from its output. A warning that must stay is suppressed in the source with
# `#disable-next-line <code>` and a comment saying why.
run_bicep() {
  local what="$1"; shift
  local out
  if ! out="$("$bicep" "$@" 2>&1)"; then
    printf '%s\n' "$out"; fail "$what"; return
  fi
  if grep -Eq ': (Error|Warning) ' <<<"$out"; then
    printf '%s\n' "$out"; fail "$what (warnings)"; return
  fi
  printf 'ok   %s\n' "$what"
}

# One invocation per command with --pattern: the CLI's start-up is most of its run time.
step "Bicep: build, lint, build-params"
(cd "$root" && find infra -name '*.bicep' -not -path '*/obj/*' | sort)
out_dir="$(mktemp -d)"; mkdir -p "$out_dir/params"
trap 'rm -rf "$out_dir"' EXIT
run_bicep "build infra/**/*.bicep" build --pattern "$root/infra/**/*.bicep" --outdir "$out_dir"
run_bicep "lint  infra/**/*.bicep" lint --pattern "$root/infra/**/*.bicep"
run_bicep "build-params infra/**/*.bicepparam" build-params --pattern "$root/infra/**/*.bicepparam" --outdir "$out_dir/params"
built=$(find "$out_dir" -name '*.json' | wc -l)
sources=$(find "$root/infra" \( -name '*.bicep' -o -name '*.bicepparam' \) -not -path '*/obj/*' | wc -l)
if [[ "$built" -ne "$sources" ]]; then fail "built $built JSON files from $sources Bicep sources"; fi

# ---- the Dockerfile ---------------------------------------------------------------------------------------
dockerfile="$here/Dockerfile"
step "Dockerfile: $dockerfile"
[[ -f "$root/.dockerignore" ]] || fail ".dockerignore missing at the repository root"

if command -v hadolint >/dev/null 2>&1; then
  if hadolint "$dockerfile"; then echo "ok   hadolint"; else fail "hadolint"; fi
else
  echo "skip hadolint (not installed; it has no Debian or npm package)"
fi

tools="${EASEL_TOOLS_DIR:-$HOME/.cache/easel-infra-tools}"
dfu="$tools/node_modules/.bin/dockerfile-utils"
if [[ ! -x "$dfu" ]] && command -v npm >/dev/null 2>&1; then
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error dockerfile-utils@0.16.3 >/dev/null \
    || echo "warn: npm install dockerfile-utils failed"
fi
if [[ -x "$dfu" ]]; then
  if out="$("$dfu" lint "$dockerfile" 2>&1)" && [[ -z "$out" ]]; then
    echo "ok   dockerfile-utils lint"
  else
    printf '%s\n' "$out"; fail "dockerfile-utils lint"
  fi
else
  fail "dockerfile-utils unavailable (needs npm)"
fi

if python3 "$here/tools/dockerfile_check.py" "$dockerfile" "$root"; then
  echo "ok   structural check"
else
  fail "structural check"
fi

step "shell scripts"
if command -v shellcheck >/dev/null 2>&1; then
  if shellcheck "$here/lint.sh"; then echo "ok   shellcheck"; else fail "shellcheck"; fi
else
  bash -n "$here/lint.sh" && echo "ok   bash -n (shellcheck not installed)"
fi

echo
if [[ $failures -gt 0 ]]; then
  echo "infra lint: $failures failed"
  exit 1
fi
echo "infra lint: all passed"
