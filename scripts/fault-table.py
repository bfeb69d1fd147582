#!/usr/bin/env python3
"""Measures the fault table of docs/reliability.md: runs scripts/load-test.py once without a fault and once per fault
(serve killed, Azurite killed, Azurite stalled for 15 s, both killed), each with its own serve and Azurite on loopback,
and prints one markdown row per run: what clients saw after the fault, how long until status requests answered 200
again, how much longer the whole batch took than the run without a fault, and how many accepted generations were lost.

  dotnet build src/Cli -c Release
  python3 scripts/fault-table.py [--generations 6] [--size 256] [--fault-at 2] [--repeat 1] [--timeout 300]

Every run is bounded (--timeout) and loopback only (load-test.py refuses anything else). Exit code 1 when any run
lost a generation or left one unfinished at the bound.
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FAULTS = [None, "kill-serve", "kill-azurite", "stall-azurite", "kill-both"]
SEEN = {"0": "refused", "200": "200", "404": "404", "500": "500", "503": "503"}


def run(fault, args):
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
        path = out.name
    command = [sys.executable, os.path.join(HERE, "load-test.py"), "--generations", str(args.generations), "--size", str(args.size),
               "--timeout", str(args.timeout), "--poll", "1", "--json", path]
    if fault:
        command += ["--fault", fault, "--fault-at", str(args.fault_at)]
    subprocess.run(command, stdout=sys.stderr, check=False)
    try:
        with open(path) as result:
            return json.load(result)
    except (OSError, json.JSONDecodeError):
        return None
    finally:
        os.unlink(path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--generations", type=int, default=6)
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--fault-at", type=float, default=2, help="seconds after the last 202")
    parser.add_argument("--repeat", type=int, default=1, help="runs per fault")
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()

    rows, failed = [], False
    baseline = None
    for fault in FAULTS:
        for _ in range(args.repeat if fault else 1):
            figures = run(fault, args)
            if figures is None:
                rows.append(f"| {fault or 'none'} | (the run did not finish) | | | |")
                failed = True
                continue
            if fault is None:
                baseline = figures["wall_s"]
            failed |= figures["lost"] > 0 or figures["unfinished"] > 0
            seen = ", ".join(f"{SEEN.get(code, code)} ×{n}" for code, n in figures.get("answers_after_fault", {}).items()) or "—"
            again = figures.get("ok_again_s")
            again = "—" if fault is None else "never" if again is None else f"{again:.1f} s"
            extra = "—" if fault is None or baseline is None else f"{figures['wall_s'] - baseline:+.0f} s"
            rows.append(f"| {fault or 'none (baseline)'} | {seen} | {again} | {figures['wall_s']:.0f} s ({extra}) | "
                        f"{figures['finished']}/{figures['generations']} finished, {figures['lost']} lost, {figures['unfinished']} unfinished |")

    print(f"{args.generations} generations at {args.size}x{args.size}, fault {args.fault_at:g} s after the last 202, status polled every second:")
    print()
    print("| fault | status answers after the fault | 200 again after | whole batch (vs. baseline) | work |")
    print("| --- | --- | --- | --- | --- |")
    for row in rows:
        print(row)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
