#!/usr/bin/env python3
"""Measures a running `easel serve` from the outside, the way a client sees it.

  python3 scripts/serve-bench.py [--url http://127.0.0.1:7071] [--size 512] [--runs 2] [--concurrent 8]

Sequential: each of bench's four prompts (seed 1), `--runs` times after one warm-up round: the time from
POST /api/generations to the status saying revision 0 is ready. Compare its median with
`easel bench --size WxH` (the same prompts in-process): the difference is serve's overhead per generation.
Concurrent: `--concurrent` generations started at once; the time until all are ready, and generations/minute.
With `--pids` (serve's process and its Azurite's, e.g. `--pids $(pgrep -d, -f 'easel serve'),$(pgrep -d, -f azurite.js)`),
also the CPU seconds those processes spent per sequential generation: unlike wall times, this holds on a busy machine;
compare it with `easel bench`'s CPU per generation.
"""
import argparse, json, os, statistics, threading, time, urllib.request

PROMPTS = ["a goose standing on the grass", "happily sailing in the sea", "a red fox in a snowy forest at night",
           "two horses galloping across a meadow at sunset"]


def call(url, method="GET", body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read() or b"null")


def generate(base, prompt, size, seed=1):
    started = time.perf_counter()
    payload = call(f"{base}/api/generations", "POST", {"prompt": prompt, "seed": seed, "width": size, "height": size})
    while True:
        status = call(f"{base}/api/generations/{payload['id']}")
        if status["ready"] and status["revision"] == 0:
            elapsed = time.perf_counter() - started
            break
        time.sleep(0.02)
    call(f"{payload['terminatePostUri'].replace('{text}', 'bench')}", "POST")
    return elapsed * 1000


def cpu_seconds(pids):
    """User + system CPU seconds of the processes and their finished children (Linux /proc)."""
    total = 0
    for pid in pids:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        total += sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
    return total / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:7071")
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--concurrent", type=int, default=8)
    parser.add_argument("--pids", default="", help="comma-separated process ids whose CPU time to count (serve, Azurite)")
    args = parser.parse_args()
    pids = [int(p) for p in args.pids.split(",") if p]

    for prompt in PROMPTS:  # warm-up: JIT, assets, first queue polls
        generate(args.url, prompt, args.size)
    cpu_before = [cpu_seconds([pid]) for pid in pids]
    times = [generate(args.url, prompt, args.size) for _ in range(args.runs) for prompt in PROMPTS]
    cpu = [(cpu_seconds([pid]) - before) / len(times) * 1000 for pid, before in zip(pids, cpu_before)]
    print(f"{args.size}x{args.size} sequential: median {statistics.median(times):.0f} ms "
          f"(min {min(times):.0f}, max {max(times):.0f}, n={len(times)})"
          + (f"; CPU per generation {sum(cpu):.0f} ms (" + ", ".join(f"process {pid}: {ms:.0f} ms" for pid, ms in zip(pids, cpu)) + ")" if pids else ""))

    results = []
    def one(i):
        results.append(generate(args.url, PROMPTS[i % len(PROMPTS)], args.size, seed=100 + i))
    threads = [threading.Thread(target=one, args=(i,)) for i in range(args.concurrent)]
    started = time.perf_counter()
    for t in threads: t.start()
    for t in threads: t.join()
    wall = time.perf_counter() - started
    print(f"{args.concurrent} concurrent: all ready after {wall:.1f} s ({args.concurrent / wall * 60:.1f} generations/min); "
          f"each {statistics.median(results) / 1000:.1f} s median, {max(results) / 1000:.1f} s max")


if __name__ == "__main__":
    main()
