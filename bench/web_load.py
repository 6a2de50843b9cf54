#!/usr/bin/env python
"""The web app under hostile searching: does a normal user still get answers?

Serves an embedded index of N synthetic articles (bench/search_latency.py's archive, built
or reused with --db) through `app.web.server.serve` of a source tree (--root: this one, or
another checkout such as the main branch, to compare before and after), in its own process,
on loopback. Then, for --seconds (bounded; every client stops at the end):

- `--hostile` clients (3) each send the worst case of the issue again and again: a
  500-character query of ~110 common words, GET /api/search?q=...;
- one normal user sends ordinary searches (one to three words of the archive's
  vocabulary, like the query classes of search_latency.py), one after another with a
  short pause, and its latencies are recorded;
- a monitor asks GET /healthz four times a second.

Before the attack: idle latencies of the same searches and of /healthz, and 24 clients asking
for the page's CSS file at the same moment (a listen backlog of 5 drops SYNs: 1 s retries).

Each client has its own loopback address (127.0.0.2, .3, ...): the server's per-address
rate limit sees them as the different machines they stand for. A request's latency is
from connecting to the last byte of the answer. Prints (and with --json writes) p50/p95/max
of the normal user and of /healthz, and what the hostile clients got (status codes,
latency, partial answers). Exit status 1 when the normal user's p95 is over --target-ms.

    .venv/bin/python bench/web_load.py --db /tmp/lmhtx-serve-bench/search.sqlite3
    .venv/bin/python bench/web_load.py --db ... --root /work/main     # before: the main branch
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search_latency import Generator, _doc_freqs, percentile  # noqa: E402

HOST = "127.0.0.1"
WORST_CHARS = 500
BURST = 24  # simultaneous requests for the CSS file

# Run in the server process: imports the app of --root (before/after), serves the index.
SERVER = """
import sys
sys.path.insert(0, sys.argv[1])
import app.web.server as web
from search.embedded import EmbeddedIndex
assert web.__file__.startswith(sys.argv[1]), web.__file__
print("serving", web.__file__, flush=True)
backend = EmbeddedIndex(sys.argv[2])
web.serve(backend, None, host=sys.argv[3], port=int(sys.argv[4]))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def request(path: str, source: str, timeout: float = 60.0) -> tuple[int, float, dict]:
    """(status, seconds, JSON body or {}) of one GET from the loopback address `source`."""
    t0 = time.perf_counter()
    conn = http.client.HTTPConnection(HOST, PORT, timeout=timeout, source_address=(source, 0))
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        body = resp.read()
        status = resp.status
    except (OSError, http.client.HTTPException):
        return 0, time.perf_counter() - t0, {}
    finally:
        conn.close()
    took = time.perf_counter() - t0
    try:
        data = json.loads(body) if body[:1] == b"{" else {}
    except ValueError:
        data = {}
    return status, took, data


PORT = 0


def vocabulary(n: int, seed: int) -> tuple[list[str], list[str]]:
    """(common words: in 20%+ of articles; mid words: in 1-10%) of a sample of the archive."""
    sample = [d for _, d in zip(range(2000), Generator(seed).documents(n))]
    wf, _ = _doc_freqs(sample)
    common = [w for w, c in wf.most_common() if c >= 0.2 * len(sample) and len(w) > 1]
    mid = sorted(w for w, c in wf.items() if 0.01 * len(sample) <= c < 0.1 * len(sample) and len(w) > 1)
    return common, mid


def worst_query(common: list[str], rng: random.Random) -> str:
    """~110 common words, 500 characters: the issue's hostile query."""
    words: list[str] = []
    while len(" ".join(words)) < WORST_CHARS:
        words.append(rng.choice(common))
    text = " ".join(words)
    return text[:WORST_CHARS].rsplit(" ", 1)[0]


def main(argv=None) -> int:
    global PORT
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="the index (built by bench/search_latency.py --db if missing)")
    ap.add_argument("--n", type=int, default=100_000, help="articles (default 100,000)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--root", default=str(ROOT), help="the source tree whose web app is served")
    ap.add_argument("--hostile", type=int, default=3, help="clients sending the worst-case query")
    ap.add_argument("--seconds", type=float, default=45.0, help="how long the load lasts")
    ap.add_argument("--pause", type=float, default=0.25, help="the normal user's pause between searches")
    ap.add_argument("--target-ms", type=float, default=300.0, help="the normal user's p95 goal")
    ap.add_argument("--json", help="write the figures to this file")
    args = ap.parse_args(argv)

    db = Path(args.db)
    if not db.exists():
        from bench import search_latency
        search_latency.main(["--n", str(args.n), "--runs", "1", "--db", str(db), "--seed", str(args.seed)])
    common, mid = vocabulary(args.n, args.seed)
    rng = random.Random(args.seed)
    normal_queries = [" ".join(rng.choice(pool) for pool in rng.choice([[common], [mid], [common, mid], [mid, mid],
                                                                          [common, common], [mid, common, mid]]))
                      for _ in range(2000)]
    hostile_queries = [worst_query(common, rng) for _ in range(50)]

    PORT = free_port()
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    server_log = Path(tempfile.mkstemp(prefix="lmhtx-web-load-", suffix=".log")[1])
    with server_log.open("w") as out:  # a file, never a pipe: a full pipe would stall the server
        server = subprocess.Popen([sys.executable, "-c", SERVER, str(Path(args.root).resolve()), str(db), HOST,
                                   str(PORT)], cwd=args.root, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while request("/healthz", "127.0.0.1", timeout=5)[0] != 200:
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the server did not start")
            time.sleep(0.2)
        # warm: the OS page cache and the server's first connections
        for q in normal_queries[:10]:
            request("/api/search?" + urlencode({"q": q}), "127.0.0.9")
        idle = [request("/api/search?" + urlencode({"q": q}), "127.0.0.9")[1] for q in normal_queries[10:40]]
        idle_health = [request("/healthz", "127.0.0.9")[1] for _ in range(20)]
        # the page's CSS asked by 24 clients at the same moment (the backlog test)
        burst: list[float] = []
        gate = threading.Barrier(BURST)
        def css(k: int) -> None:
            gate.wait()
            status, took, _ = request("/static/style.css", f"127.0.1.{k + 1}")
            burst.append(took if status == 200 else float("inf"))
        burst_threads = [threading.Thread(target=css, args=(k,)) for k in range(BURST)]
        for t in burst_threads:
            t.start()
        for t in burst_threads:
            t.join()

        stop = threading.Event()
        hostile: list[tuple[int, float, bool]] = []
        normal: list[tuple[int, float]] = []
        health: list[tuple[int, float]] = []

        def attacker(k: int) -> None:
            source = f"127.0.0.{2 + k}"
            i = k
            while not stop.is_set():
                status, took, data = request("/api/search?" + urlencode({"q": hostile_queries[i % 50]}), source)
                hostile.append((status, took, bool(data.get("partial"))))
                i += args.hostile
                if status == 429:  # what a real attacker would do: keep trying at once
                    time.sleep(0.05)

        def user() -> None:
            i = 40
            while not stop.is_set():
                status, took, _ = request("/api/search?" + urlencode({"q": normal_queries[i % 2000]}), "127.0.0.20")
                normal.append((status, took))
                i += 1
                stop.wait(args.pause)

        def monitor() -> None:
            while not stop.is_set():
                status, took, _ = request("/healthz", "127.0.0.21")
                health.append((status, took))
                stop.wait(0.25)

        threads = [threading.Thread(target=attacker, args=(k,)) for k in range(args.hostile)]
        started = time.monotonic()
        for t in threads:
            t.start()
        time.sleep(2.0)  # the attack is under way before the user comes
        others = [threading.Thread(target=user), threading.Thread(target=monitor)]
        for t in others:
            t.start()
        stop.wait(args.seconds)
        stop.set()
        for t in threads + others:
            t.join(timeout=120)
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()

    def stats(values: list[float]) -> dict:
        ms = [v * 1000 for v in values] or [0.0]
        return {"n": len(values), "p50": round(percentile(ms, 0.5), 1), "p95": round(percentile(ms, 0.95), 1),
                "max": round(max(ms), 1)}

    codes: dict[str, int] = {}
    for status, _, _ in hostile:
        codes[str(status)] = codes.get(str(status), 0) + 1
    report = {
        "root": str(Path(args.root).resolve()), "n": args.n, "hostile_clients": args.hostile,
        "seconds": round(elapsed, 1), "worst_query_chars": len(hostile_queries[0]),
        "worst_query_words": len(hostile_queries[0].split()),
        "idle_normal_ms": stats(idle), "idle_healthz_ms": stats(idle_health), "css_burst_ms": stats(burst),
        "normal_ms": stats([t for s, t in normal if s]), "normal_status": sorted({s for s, _ in normal}),
        "healthz_ms": stats([t for s, t in health if s]), "healthz_status": sorted({s for s, _ in health}),
        "hostile_ms": stats([t for s, t, _ in hostile if s == 200]), "hostile_status": codes,
        "hostile_partial": sum(1 for s, _, p in hostile if s == 200 and p),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "server_log": str(server_log),
    }
    print(json.dumps(report, ensure_ascii=False, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0 if report["normal_ms"]["p95"] <= args.target_ms else 1


if __name__ == "__main__":
    sys.exit(main())
