#!/usr/bin/env python3
"""Sums a `perf record` profile of an Easel process by type and by method (JIT tiers folded together).

  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 999 -g -o perf.data easel bench ...
  python3 scripts/perf-profile.py perf.data [--top 40]

Sampling is by CPU time of every thread, so the shares hold whatever else the machine runs (unlike wall times).
The runtime's own native code (libcoreclr: GC, type loading; libclrjit: the JIT; the kernel: page faults of fresh
allocations; libc: memset/memmove) is shown per library, since its symbols are stripped. `W^X` must be off for perf
to find the JIT-compiled code in the perf map (otherwise it shows as `memfd:doublemapper`).
"""
import argparse, collections, re, subprocess

TIER = re.compile(r"\[(QuickJitted|OptimizedTier1|OptimizedTier1OSR|Optimized|Tier0|Tier1|PreJIT|Instrumented[^\]]*)\]\s*$")
METHOD = re.compile(r"\] ([\w.<>`+]+)::([\w<>$`.]+)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?", default="perf.data")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    report = subprocess.run(["perf", "report", "-i", args.data, "--no-children", "--sort", "dso,symbol", "--stdio", "-g", "none"],
                            capture_output=True, text=True, check=True).stdout
    by_type, by_method = collections.Counter(), collections.Counter()
    for line in report.splitlines():
        m = re.match(r"\s*([\d.]+)%\s+(.+?)\s+\[([.k])\]\s+(.*)", line)
        if not m:
            continue
        share, dso, kind, symbol = float(m.group(1)), m.group(2).strip(), m.group(3), m.group(4).strip()
        if kind == "k":
            by_type["[kernel] page faults, scheduling"] += share
            continue
        if not (dso.startswith("[JIT]") or dso.endswith(".dll")):
            by_type[f"[native] {dso}"] += share
            continue
        method = METHOD.search(TIER.sub("", symbol))
        if not method:
            by_type["[managed] other"] += share
            continue
        owner = re.sub(r"\+<>c.*|\+<.*", "", method.group(1))  # lambdas and async state machines count for their type
        by_type[owner] += share
        by_method[f"{owner}::{method.group(2)}"] += share
    print("| share of CPU samples | type (or native library) |\n|---|---|")
    for name, share in by_type.most_common(args.top):
        print(f"| {share:.1f}% | {name} |")
    print("\n| share of CPU samples | method |\n|---|---|")
    for name, share in by_method.most_common(args.top):
        print(f"| {share:.1f}% | {name} |")


if __name__ == "__main__":
    main()
