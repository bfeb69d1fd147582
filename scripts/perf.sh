#!/usr/bin/env bash
# One command for docs/performance.md: builds the CLI (Release), then prints, with the machine's load beside
# each figure:
#   1. `easel bench` per stage at 512, 1024 and 2048 (in-process medians),
#   2. whole-process wall time and peak memory (/usr/bin/time) of `easel generate` at each size,
#   3. the nearest ImageMagick / G'MIC operations on the same 512x512 picture, beside Easel's stage times,
#   4. (part `startup`, not in the default set) whole-process 512² under the runtime's start-up settings and a
#      ReadyToRun publish (which it makes under /tmp),
#   5. (part `serve`, not in the default set) `serve`'s added time and CPU per generation over the in-process path,
#      and 8 concurrent 512² generations (scripts/serve-bench.py against a serve with its own Azurite, then `bench`),
#   6. (part `profile`, not in the default set) a `perf record` CPU profile of `bench` at 512², summed per type and
#      method by scripts/perf-profile.py (needs `perf`: apt-get install -y linux-perf).
#
#   bash scripts/perf.sh                      # everything (about 5 minutes on a quiet 2-core machine)
#   bash scripts/perf.sh process peers       # only some parts: bench, process, peers, startup
#   EASEL=~/.dotnet/tools/easel bash scripts/perf.sh process   # measure another binary (the packed tool)
#   RUNS=5 bash scripts/perf.sh bench         # more runs per prompt (default 3; medians)
set -euo pipefail
cd "$(dirname "$0")/.."
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(bench process peers)
runs=${RUNS:-3}
if [ -z "${EASEL:-}" ]; then
  dotnet build src/Cli -c Release -nologo -v q 2>&1 | grep -E ' error |rror\(s\)' | grep -v ' 0 Error' || true
  EASEL=src/Cli/bin/Release/net10.0/easel
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
prompt="a goose standing on the grass"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Median wall seconds, median CPU seconds (user + system: what the work costs, whatever else the machine runs)
# and the largest peak RSS (MB) of `runs` runs of a command.
measure() {
  local walls=() cpus=() rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
    read -r wall user system kb < "$work/time"
    walls+=("$wall")
    cpus+=("$(awk "BEGIN {print $user + $system}")")
    (( kb / 1024 > rss )) && rss=$(( kb / 1024 ))
  done
  echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median) $rss"
}

for part in "${parts[@]}"; do
  case $part in
  bench)
    echo "## bench (in-process, median of $runs runs x 4 prompts; load before: $(load))"
    "$EASEL" bench --size 512x512 --size 1024x1024 --size 2048x2048 --runs "$runs" --stylizer auto
    echo "(load after: $(load))"
    ;;
  process)
    echo "## whole process: \`easel generate\`, median of $runs runs, peak RSS"
    echo "| run | wall s | CPU s | peak MB | load (1/5/15 min) |"
    echo "|---|---|---|---|---|"
    for spec in "512 procedural" "1024 procedural" "1024 neural" "2048 procedural" "2048 auto"; do
      read -r size stylizer <<< "$spec"
      read -r wall cpu rss < <(measure "$EASEL" generate "$prompt" --out "$work/out" --seed 1 --size "${size}x${size}" --stylizer "$stylizer")
      echo "| ${size}² $stylizer | $wall | $cpu | $rss | $(load) |"
    done
    ;;
  peers)
    "$EASEL" generate "$prompt" --out "$work/easel" --seed 1 --size 512x512 --stylizer procedural >/dev/null
    merged="$work/easel/r0/merged.png"
    echo "## peers on the same 512² picture ($merged of \"$prompt\"), whole process, median of $runs runs"
    echo "| tool | operation | nearest Easel stage | wall s | CPU s | peak MB | load |"
    echo "|---|---|---|---|---|---|---|"
    convert=$(command -v convert-im6.q16 || command -v convert)
    peer() {
      local tool=$1 op=$2 stage=$3; shift 3
      read -r wall cpu rss < <(measure "$@") && echo "| $tool | $op | $stage | $wall | $cpu | $rss | $(load) |"
    }
    peer ImageMagick "-paint 4" stylize "$convert" "$merged" -paint 4 "$work/p.png"
    peer ImageMagick "-edge 1" sketch "$convert" "$merged" -colorspace gray -edge 1 -negate "$work/p.png"
    peer ImageMagick "-charcoal 2" sketch "$convert" "$merged" -charcoal 2 "$work/p.png"
    if command -v gmic >/dev/null; then
      # G'MIC's arguments are given in full: a dash-less command followed by `output` would take it as an argument.
      # G'MIC's inpainting takes the mask as a second image: the regions map's non-black pixels (the foreground).
      "$convert" "$work/easel/r0/regions.png" -colorspace gray -threshold 1% "$work/mask.png"
      peer "G'MIC" "cartoon" stylize gmic input "$merged" cartoon 3,200,20,0.25,1.5,8 output "$work/p.png"
      peer "G'MIC" "inpaint_matchpatch" background gmic input "$merged" input "$work/mask.png" inpaint_matchpatch[0] [1] keep[0] output "$work/p.png"
    else
      echo "(gmic not installed: apt-get install -y gmic)"
    fi
    echo
    echo "Easel's own stages at 512² (in-process medians, bench):"
    "$EASEL" bench --size 512x512 --runs "$runs" --stylizer procedural | grep -E 'background|sketch|stylize|whole'
    ;;
  startup)
    r2r=${TMPDIR:-/tmp}/easel-r2r
    dotnet publish src/Cli -c Release -r linux-x64 --self-contained false -o "$r2r"  # ReadyToRun: Cli.csproj -nologo -v q >/dev/null
    echo "## start-up settings: \`easel generate\` at 512², procedural, median of $runs runs"
    echo "| binary | setting | wall s | CPU s | peak MB | load |"
    echo "|---|---|---|---|---|---|"
    # (Invariant globalization is on in Directory.Build.props for every project already, and tiered PGO off in the CLI.)
    for spec in "built -" "built DOTNET_TieredPGO=1" "built DOTNET_TieredCompilation=0" "built DOTNET_TC_QuickJitForLoops=0" \
                "r2r -" "r2r DOTNET_TC_QuickJitForLoops=0" "r2r DOTNET_TieredCompilation=0"; do
      read -r which setting <<< "$spec"
      binary=$EASEL; [ "$which" = r2r ] && binary=$r2r/easel
      read -r wall cpu rss < <(env ${setting/#-/X=} "$binary" generate "$prompt" --out "$work/out" --seed 1 --size 512x512 --stylizer procedural >/dev/null 2>&1; \
        measure env ${setting/#-/X=} "$binary" generate "$prompt" --out "$work/out" --seed 1 --size 512x512 --stylizer procedural)
      echo "| $which | $setting | $wall | $cpu | $rss | $(load) |"
    done
    ;;
  serve)
    port=${SERVE_PORT:-7391}
    EASEL_AZURITE_DATA="$work/azurite" "$EASEL" serve --urls "http://127.0.0.1:$port" --azurite child > "$work/serve.log" 2>&1 &
    serve_pid=$!
    for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 1; done
    azurite_pid=$(pgrep -P "$serve_pid" node | head -1)
    echo "## serve against in-process, 512², auto stylizer, $runs runs x 4 prompts (load before: $(load))"
    python3 scripts/serve-bench.py --url "http://127.0.0.1:$port" --size 512 --runs "$runs" --concurrent 8 --pids "$serve_pid,$azurite_pid"
    kill -TERM "$serve_pid"; wait "$serve_pid" || true
    echo "in-process (load $(load)):"
    "$EASEL" bench --size 512x512 --runs "$runs" | grep whole
    echo "(serve's overhead = the sequential median minus bench's median; CPU: serve + Azurite against bench's CPU)"
    ;;
  profile)
    echo "## CPU profile of \`easel bench --size 512x512 --runs $runs --stylizer procedural\` (perf, all threads; load: $(load))"
    # The perf map names the JIT-compiled methods; W^X off lets perf see the code where it runs. No model: the neural
    # stylizer's benchmark (ONNX Runtime) would otherwise take a fifth of the samples.
    DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 EASEL_MODELS="$work/no-models" \
      perf record -F 999 -g -o "$work/perf.data" "$EASEL" bench --size 512x512 --runs "$runs" --stylizer procedural >/dev/null 2>&1
    python3 scripts/perf-profile.py "$work/perf.data" --top 30
    ;;
  *) echo "unknown part '$part' (bench, process, peers, startup, serve, profile)" >&2; exit 2 ;;
  esac
done
