#!/usr/bin/env python3
"""Measures how fast a killed `easel serve` is resumed by the next one on the same storage.

  python3 scripts/serve-crash-bench.py --dll src/Cli/bin/Release/net10.0/easel.dll --storage "<connection string>" [--size 1536]

Starts serve, starts a generation, SIGKILLs serve as soon as a stage has finished, starts a new serve on the same
storage and task hub, and reports: the new process's start time, the time from its start to the next stage
finishing (resume), and the whole generation's time against an uninterrupted one of the same size.
"""
import argparse, json, os, signal, socket, subprocess, time, urllib.request


def call(url, method="GET", body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read() or b"null")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(dll, storage, hub):
    port = free_port()
    env = dict(os.environ, EASEL_STORAGE=storage, EASEL_TASK_HUB=hub)
    started = time.perf_counter()
    process = subprocess.Popen(["dotnet", dll, "serve", "--urls", f"http://127.0.0.1:{port}"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for line in process.stdout:
        if line.startswith("Listening on"):
            break
    return process, f"http://127.0.0.1:{port}", time.perf_counter() - started


def wait(base, id, done):
    while True:
        status = call(f"{base}/api/generations/{id}")
        if done(status):
            return status
        time.sleep(0.02)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dll", required=True)
    parser.add_argument("--storage", required=True)
    parser.add_argument("--size", type=int, default=1536)
    args = parser.parse_args()
    hub = f"crash{int(time.time())}"
    body = {"prompt": "two geese on the grass under a big tree", "seed": 5, "width": args.size, "height": args.size}

    first, base, _ = serve(args.dll, args.storage, hub)
    t0 = time.perf_counter()
    reference = call(f"{base}/api/generations", "POST", body)["id"]
    wait(base, reference, lambda s: s["ready"])
    uninterrupted = time.perf_counter() - t0

    t0 = time.perf_counter()
    id = call(f"{base}/api/generations", "POST", body)["id"]
    killed_at = wait(base, id, lambda s: s["stage"] not in ("queued", "started"))["stage"]
    first.send_signal(signal.SIGKILL)
    first.wait()
    t_kill = time.perf_counter()

    second, base, startup = serve(args.dll, args.storage, hub)
    t_listen = time.perf_counter()
    resumed = wait(base, id, lambda s: s["stage"] != killed_at)["stage"]
    t_resumed = time.perf_counter()
    wait(base, id, lambda s: s["ready"])
    total = time.perf_counter() - t0
    print(f"{args.size}x{args.size}: uninterrupted generation {uninterrupted:.1f} s")
    print(f"killed after stage '{killed_at}'; new serve listening {startup:.1f} s after launch; "
          f"next stage ('{resumed}') finished {t_resumed - t_listen:.1f} s after that; "
          f"generation done {total:.1f} s after its start ({total - uninterrupted:.1f} s more than uninterrupted, "
          f"kill to done {time.perf_counter() - t_kill:.1f} s)")
    for instance in (id, reference):
        call(f"{base}/runtime/webhooks/durabletask/instances/{instance}/terminate", "POST")
    second.send_signal(signal.SIGTERM)
    second.wait()


if __name__ == "__main__":
    main()
