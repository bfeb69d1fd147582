#!/usr/bin/env python3
"""Measures a running `easel serve` from the outside, the way a client sees it.

  python3 scripts/serve-bench.py [--url http://127.0.0.1:7071] [--size 512] [--runs 2] [--concurrent 8]

Sequential: each of bench's four prompts (seed 1), `--runs` times after one warm-up round: the time from
POST /api/generations to the status saying revision 0 is ready. Compare its median with
`easel bench --size WxH` (the same prompts in-process): the difference is serve's overhead per generation.
Concurrent: `--concurrent` generations started at once; the time until all are ready, and generations/minute.
"""
import argparse, json, statistics, threading, time, urllib.request

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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:7071")
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--concurrent", type=int, default=8)
    args = parser.parse_args()

    for prompt in PROMPTS:  # warm-up: JIT, assets, first queue polls
        generate(args.url, prompt, args.size)
    times = [generate(args.url, prompt, args.size) for _ in range(args.runs) for prompt in PROMPTS]
    print(f"{args.size}x{args.size} sequential: median {statistics.median(times):.0f} ms "
          f"(min {min(times):.0f}, max {max(times):.0f}, n={len(times)})")

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
