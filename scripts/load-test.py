#!/usr/bin/env python3
"""A bounded load test of `easel serve`, on loopback only: N generations started at once, each followed to its
finished painting by polling its status; reports throughput, status latency (p50/p99), peak memory and how many
accepted generations were lost (404, failed, or not finished within the time bound).

  python3 scripts/load-test.py [--generations 50] [--size 256] [--timeout 900] [--poll 1] [--url http://127.0.0.1:PORT]
                               [--fault kill-azurite|stall-azurite|kill-serve|kill-both] [--fault-at 3]

--fault (only with its own serve) injects one fault --fault-at seconds after the last start was answered: SIGKILL
of Azurite, SIGSTOP of Azurite for 15 s, SIGKILL of serve (restarted at once on the same port and data), or both
killed (serve restarted); it reports what clients saw meanwhile and how long until status requests answered 200.

Without --url it starts its own serve (src/Cli's Release build: `dotnet build src/Cli -c Release`) on a free
loopback port with its own Azurite data folder, and measures their peak resident memory. Any address that is not
loopback is refused: this script never sends load anywhere else.
"""
import argparse, ipaddress, json, os, shutil, socket, statistics, subprocess, sys, tempfile, threading, time
import urllib.error, urllib.parse, urllib.request

PROMPTS = ["a goose standing on the grass", "happily sailing in the sea", "a red fox in a snowy forest at night",
           "two horses galloping across a meadow at sunset", "water lilies floating in a quiet pond"]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def loopback_only(url):
    host = urllib.parse.urlparse(url).hostname or ""
    try:
        ok = ipaddress.ip_address(host).is_loopback
    except ValueError:
        ok = host == "localhost"
    if not ok:
        sys.exit(f"refusing {url}: the load test only runs against loopback addresses")


def call(url, method="GET", body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            payload = json.loads(response.read() or b"null")
            return response.status, payload, time.perf_counter() - started
    except urllib.error.HTTPError as error:
        return error.code, None, time.perf_counter() - started
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, None, time.perf_counter() - started  # refused or reset: serve is not there


def rss_kb(pid, field="VmRSS"):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_serve(data, url=None):
    dll = os.path.join(ROOT, "src", "Cli", "bin", "Release", "net10.0", "easel.dll")
    if not os.path.exists(dll):
        sys.exit("build it first: dotnet build src/Cli -c Release")
    url = url or f"http://127.0.0.1:{free_port()}"
    env = dict(os.environ, EASEL_AZURITE_DATA=data, EASEL_TASK_HUB="load", EASEL_STARTS_PER_MINUTE="1000", EASEL_MAX_QUEUED="1000")
    process = subprocess.Popen(["dotnet", dll, "serve", "--urls", url], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    log = open(os.path.join(data, "serve.log"), "a")
    for line in process.stdout:
        log.write(line)
        if line.startswith("Listening on"):
            break
    else:
        sys.exit("serve did not start")
    def copy():
        for line in process.stdout:
            log.write(f"{time.strftime('%H:%M:%S')} {line}")
            log.flush()
    threading.Thread(target=copy, daemon=True).start()
    with open(os.path.join(data, "easel-azurite.json")) as record:
        azurite = json.load(record)["Pid"]
    return url, process, azurite


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url")
    parser.add_argument("--generations", type=int, default=50)
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--timeout", type=float, default=900, help="bound on the whole run, seconds")
    parser.add_argument("--fault", choices=["kill-azurite", "stall-azurite", "kill-serve", "kill-both"])
    parser.add_argument("--fault-at", type=float, default=3)
    parser.add_argument("--json", help="also write the figures to this file as JSON (scripts/fault-table.py reads it)")
    parser.add_argument("--keep", action="store_true", help="keep serve's log and Azurite's data when something was lost")
    parser.add_argument("--poll", type=float, default=1.0, help="seconds between one client's status requests")
    args = parser.parse_args()
    if args.fault and args.url:
        sys.exit("--fault needs the script's own serve (no --url)")
    if not 1 <= args.generations <= 200:
        sys.exit("--generations must be 1..200")

    data = tempfile.mkdtemp(prefix="easel-load-")
    serve = azurite = None
    if args.url:
        loopback_only(args.url)
        url = args.url.rstrip("/")
    else:
        url, serve, azurite = start_serve(data)
    loopback_only(url)

    peak = {"serve": 0, "azurite": 0}
    sampling = threading.Event()
    def sample():
        while not sampling.is_set():
            if serve:
                peak["serve"] = max(peak["serve"], rss_kb(serve.pid))
                peak["azurite"] = max(peak["azurite"], rss_kb(azurite))
            time.sleep(0.2)
    threading.Thread(target=sample, daemon=True).start()

    latencies, outcome, seen, lock = [], {}, [], threading.Lock()
    started_all = threading.Barrier(args.generations + 1)
    deadline = time.perf_counter() + args.timeout
    def one(i):
        status, payload, _ = call(f"{url}/api/generations", "POST",
                                  {"prompt": PROMPTS[i % len(PROMPTS)], "seed": 1000 + i, "width": args.size, "height": args.size})
        started_all.wait()
        if status != 202:
            with lock: outcome[i] = f"start {status}"
            return
        while time.perf_counter() < deadline:
            code, body, seconds = call(f"{url}/api/generations/{payload['id']}")
            with lock:
                latencies.append(seconds)
                seen.append((time.perf_counter(), code))
            if code == 404:
                # serve re-drives a generation a storage crash stalled (purge, then start under the same id): a read
                # in between gets 404 for a moment. Lost means still unknown a few seconds later.
                time.sleep(3)
                code, body, _ = call(f"{url}/api/generations/{payload['id']}")
            if code == 404 or (body and body["runtimeStatus"] == "Failed"):
                with lock: outcome[i] = f"lost ({code})"
                return
            if body and body["ready"]:
                with lock: outcome[i] = "done"
                call(payload["terminatePostUri"].replace("{text}", "load-test"), "POST")
                return
            time.sleep(args.poll)
        with lock: outcome[i] = "timed out"

    started = time.perf_counter()
    threads = [threading.Thread(target=one, args=(i,)) for i in range(args.generations)]
    for t in threads: t.start()
    started_all.wait()
    fault_at = None
    if args.fault:
        time.sleep(args.fault_at)
        fault_at = time.perf_counter()
        if args.fault in ("kill-azurite", "kill-both"): subprocess.run(["kill", "-KILL", str(azurite)])
        if args.fault in ("kill-serve", "kill-both"):
            serve.kill()
            serve.wait()
            time.sleep(0.5)
            serve, azurite = start_serve(data, url)[1:]
        if args.fault == "stall-azurite":
            subprocess.run(["kill", "-STOP", str(azurite)])
            time.sleep(15)
            subprocess.run(["kill", "-CONT", str(azurite)])
    for t in threads: t.join()
    wall = time.perf_counter() - started
    sampling.set()

    done = sum(1 for o in outcome.values() if o == "done")
    # Lost: answered 202 and then unknown (404) or failed, or never answered 202. Still running at the bound: unfinished.
    unfinished = sum(1 for o in outcome.values() if o == "timed out")
    lost = args.generations - done - unfinished
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    print(f"{args.generations} concurrent generations at {args.size}x{args.size}: {done} finished, {unfinished} still running at the "
          f"{args.timeout:.0f} s bound, {lost} lost, in {wall:.1f} s ({done / wall * 60:.1f} generations/min)")
    print(f"status requests: {len(latencies)}, p50 {p(0.50):.0f} ms, p99 {p(0.99):.0f} ms, max {latencies[-1] * 1000:.0f} ms")
    if serve:
        print(f"peak resident memory: serve {peak['serve'] / 1024:.0f} MB, Azurite {peak['azurite'] / 1024:.0f} MB")
    if fault_at is not None:
        after = [(t - fault_at, code) for t, code in seen if t >= fault_at]
        codes = {}
        for _, code in after: codes[code] = codes.get(code, 0) + 1
        bad = [t for t, code in after if code != 200]
        recovered = next((t for t, code in after if code == 200 and (not bad or t > bad[-1])), None) if bad else 0.0
        print(f"fault {args.fault} at +{args.fault_at:.0f} s: status answers after it {dict(sorted(codes.items()))} "
              f"(0 = connection refused); 200 again {recovered if recovered is not None else float('nan'):.1f} s after the fault")
    for i, o in sorted(outcome.items()):
        if o != "done": print(f"  generation {i}: {o}")
    if args.json:
        figures = {"generations": args.generations, "size": args.size, "finished": done, "unfinished": unfinished, "lost": lost,
                   "wall_s": wall, "status_requests": len(latencies), "p50_ms": p(0.50), "p99_ms": p(0.99),
                   "peak_serve_mb": peak["serve"] / 1024, "peak_azurite_mb": peak["azurite"] / 1024, "fault": args.fault}
        if fault_at is not None:
            figures.update(fault_at_s=args.fault_at, answers_after_fault={str(k): v for k, v in sorted(codes.items())},
                           ok_again_s=recovered)
        with open(args.json, "w") as out:
            json.dump(figures, out)

    if serve:
        serve.terminate()
        serve.wait(timeout=30)
        # The Azurite running now: serve may have restarted the one it started with.
        with open(os.path.join(data, "easel-azurite.json")) as record:
            subprocess.run(["kill", str(json.load(record)["Pid"])])
        time.sleep(1)
        if lost == 0 and unfinished == 0 or not args.keep:
            shutil.rmtree(data, ignore_errors=True)
        else:
            print(f"kept {data} (serve.log, Azurite's data) for a look")
    sys.exit(0 if lost == 0 and unfinished == 0 else 1)


if __name__ == "__main__":
    main()
