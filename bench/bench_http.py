"""Benchmark: load on the HTTP API — 1,000 requests from 50 concurrent clients to /api/v1/events.

Builds (or reuses, with ``--db``) a store of SaudiNewsNet articles processed by the shipped pipeline, starts
``rasd serve`` on 127.0.0.1 in its own process, and sends a fixed, seeded mix of /api/v1/events queries drawn
from the database (first and next pages, deep offsets, types, date ranges, outlet, country, bounding box, actor,
text search, merged stories) from 50 concurrent keep-alive clients (a minimal asyncio HTTP/1.1 client).
Loopback only; bounded: the request count is fixed and each request has a 30 s client timeout.

Three runs: cold (``--no-cache``: every request runs its queries), then a fresh server with the answer cache
on, sent the mix twice (first pass; warm). Prints and records (docs/bench/http.md) p50/p90/p99/max latency,
throughput, errors (any non-200 answer or transport failure), and the CPU per request of the server's processes
and of the load generator. Goal (HTTP issue): 0 errors, p99 <= 250 ms. The load generator runs on the same
machine (2 cores), so it competes with the server for CPU: the figures are conservative.

    python bench/bench_http.py                        # ingest the first 3,000 articles, then the load test
    python bench/bench_http.py --limit 0              # all 31,030 articles (slow: the full pipeline)
    python bench/bench_http.py --db snn.db            # reuse (or keep) a database
    python bench/bench_http.py --db snn.db --server-workers 2   # rasd serve --workers 2
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CORPUS, record, table  # noqa: E402


def build_db(path: Path, limit: int, workers: int) -> dict[str, Any]:
    from rasd.io import iter_inputs
    from rasd.store.ingest import ingest

    source = iter_inputs([str(CORPUS)])
    if limit:
        source = itertools.islice(source, limit)
    t0 = time.monotonic()
    res = ingest([str(CORPUS)], path, workers=workers, inputs=source)
    return {"stored": res.stored, "skipped": res.skipped, "failed": res.failed, "seconds": time.monotonic() - t0}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def request_mix(db: Path, n: int, seed: int = 11) -> list[dict[str, str]]:
    """A seeded mix of realistic /api/v1/events queries drawn from what the database holds."""
    from rasd.store import connect

    conn = connect(db, readonly=True)
    try:
        types = [r[0] for r in conn.execute("SELECT type FROM events GROUP BY type ORDER BY count(*) DESC")]
        sources = [r[0] for r in conn.execute("SELECT DISTINCT source FROM documents WHERE source IS NOT NULL")]
        days = [r[0] for r in conn.execute("SELECT DISTINCT day FROM events WHERE day IS NOT NULL ORDER BY day")]
        countries = [r[0] for r in conn.execute(
            "SELECT country FROM places WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC LIMIT 8")]
        actors = [r[0] for r in conn.execute(
            "SELECT name FROM actors GROUP BY actor_key ORDER BY count(*) DESC LIMIT 10")]
        n_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        conn.close()
    rng = random.Random(seed)
    words = ["داعش", "الحوثي", "التحالف", "سوريا", "اليمن", "العراق", "الرياض", "مجلس الأمن"]
    boxes = [(35.7, 32.3, 42.4, 37.3), (42.5, 12.1, 54.0, 19.0), (38.8, 29.0, 48.6, 37.4), (34.5, 16.0, 55.7, 32.2)]
    kinds = ["page", "page", "next", "offset", "type", "type", "dates", "source", "country", "actor", "q",
             "merged", "combo", "bbox"]
    out: list[dict[str, str]] = []
    for _ in range(n):
        k = rng.choice(kinds)
        p: dict[str, str] = {"limit": str(rng.choice([20, 50, 100]))}
        if k == "offset":
            p["offset"] = str(rng.randrange(0, max(1, min(n_events, 5000))))
        elif k == "next":  # a reader paging on, possibly with a type
            p["offset"] = str(int(p["limit"]) * rng.randrange(1, 10))
            if types and rng.random() < 0.5:
                p["type"] = rng.choice(types[:5])
        elif k == "bbox":
            p["bbox"] = ",".join(str(x) for x in rng.choice(boxes))
        elif k == "type" and types:
            p["type"] = ",".join(rng.sample(types[:8], rng.choice([1, 2])))
        elif k == "dates" and days:
            a = rng.randrange(len(days))
            p["date_from"], p["date_to"] = days[a], days[min(len(days) - 1, a + rng.randrange(1, 8))]
        elif k == "source" and sources:
            p["source"] = rng.choice(sources)
        elif k == "country" and countries:
            p["country"] = rng.choice(countries)
        elif k == "actor" and actors:
            p["actor"] = rng.choice(actors)
        elif k == "q":
            p["q"] = rng.choice(words)
        elif k == "merged":
            p["merged"] = "true"
        elif k == "combo" and types and days:
            p["type"] = types[0]
            p["date_from"] = days[len(days) // 3]
            if countries:
                p["country"] = countries[0]
        out.append(p)
    return out


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, target: str) -> tuple[int, bytes]:
    """One HTTP/1.1 keep-alive GET: (status, body). Content-Length or chunked bodies."""
    writer.write(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
    if "content-length" in headers:
        return status, await reader.readexactly(int(headers["content-length"]))
    if headers.get("transfer-encoding", "").lower() == "chunked":
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            parts.append(await reader.readexactly(size + 2))
            if size == 0:
                return status, b"".join(p[:-2] for p in parts)
    raise ConnectionError("response without a length")


async def load(base: str, reqs: list[dict[str, str]], concurrency: int) -> tuple[list[float], list[str], float]:
    """``concurrency`` clients in a closed loop, each on its own keep-alive connection, share the queue of
    requests. The client is a few lines of asyncio (not httpx): a heavy client would take the CPU that the
    server needs on this 2-core machine and measure itself."""
    from urllib.parse import urlencode, urlsplit

    host, port = urlsplit(base).hostname or "127.0.0.1", urlsplit(base).port or 80
    queue: asyncio.Queue[dict[str, str]] = asyncio.Queue()
    for r in reqs:
        queue.put_nowait(r)
    lat: list[float] = []
    errors: list[str] = []

    async def client() -> None:
        conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        while True:
            try:
                params = queue.get_nowait()
            except asyncio.QueueEmpty:
                break
            t0 = time.perf_counter()
            try:
                if conn is None:
                    conn = await asyncio.open_connection(host, port)
                status, body = await asyncio.wait_for(_get(*conn, "/api/v1/events?" + urlencode(params)), 30.0)
                if status != 200 or not body.startswith(b"{") or not body.rstrip().endswith(b"}"):
                    errors.append(f"{status} {params} {body[:120]!r}")
            except (OSError, asyncio.IncompleteReadError, TimeoutError, ConnectionError, ValueError) as exc:
                errors.append(f"{type(exc).__name__} {params}")
                if conn is not None:
                    conn[1].close()
                conn = None
            lat.append(time.perf_counter() - t0)
        if conn is not None:
            conn[1].close()

    t0 = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    return lat, errors, time.perf_counter() - t0


def _proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a process and its children (uvicorn workers), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid]
    while pids:
        p = pids.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                pids += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


def _client_cpu() -> float:
    import resource

    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


def serve_and_load(db: Path, reqs: list[dict[str, str]], concurrency: int, extra: list[str],
                   passes: int = 1) -> list[dict[str, Any]]:
    """Start ``rasd serve`` and send ``reqs`` ``passes`` times to the same server; one result per pass."""
    import urllib.request

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "rasd", "serve", "--db", str(db), "--port", str(port),
                               "--log-level", "warning", *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300  # start-up renders event rows and landing answers
        while True:
            try:
                with urllib.request.urlopen(base + "/api/v1/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                err = server.stderr.read().decode() if server.poll() is not None and server.stderr else "timeout"
                raise SystemExit("the server did not start: " + err)
            time.sleep(0.2)
        # warm-up, not measured: open connections and touch the database, without filling the answer cache
        for _ in range(20):
            with urllib.request.urlopen(base + "/api/v1/stats", timeout=30) as r:
                r.read()
        out = []
        for _ in range(passes):
            load1 = os.getloadavg()[0]
            s0, c0 = _proc_cpu(server.pid), _client_cpu()
            lat, errors, wall = asyncio.run(load(base, reqs, concurrency))
            s1, c1 = _proc_cpu(server.pid), _client_cpu()
            out.append({"lat": lat, "errors": errors, "wall": wall, "load": load1,
                        "server_cpu": (s1 - s0) / len(reqs) * 1000, "client_cpu": (c1 - c0) / len(reqs) * 1000})
        return out
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def cpu_per_request(db: Path, reqs: list[dict[str, str]]) -> float:
    """CPU milliseconds per /events request inside the server's handler (no HTTP, no cache): contention-free
    cost, unlike wall-clock latency on a shared machine."""
    from starlette.datastructures import QueryParams

    from rasd.web.api import ApiContext, Limits, Rendered, dumps, endpoints
    from rasd.web.db import Pool
    from rasd.web.params import parse

    ep = next(e for e in endpoints(Limits()) if e.path == "/events")
    ctx = ApiContext(pool=Pool(db), limits=Limits())
    for r in reqs[:20]:  # open the connections, load the tokenizer (as the server does at start-up)
        ep.handler(ctx, None, parse(QueryParams(r), ep.params))  # type: ignore[arg-type]
    t0 = time.process_time()
    for r in reqs:
        out = ep.handler(ctx, None, parse(QueryParams(r), ep.params))  # type: ignore[arg-type]
        _ = out.body if isinstance(out, Rendered) else dumps(out)
    ctx.pool.close()
    return (time.process_time() - t0) / len(reqs) * 1000


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, int(round(q * len(s) + 0.5)) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=None, help="database (built when missing; default: a temporary file)")
    ap.add_argument("--limit", type=int, default=3000, help="articles to ingest when building (0 = all)")
    ap.add_argument("--workers", type=int, default=2, help="ingest workers when building")
    ap.add_argument("--server-workers", type=int, default=1, help="rasd serve --workers")
    ap.add_argument("--requests", type=int, default=1000)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--no-record", action="store_true")
    ap.add_argument("--note", default="", help="a sentence about the database, appended to the record")
    args = ap.parse_args()

    tmp = None
    if args.db:
        db = Path(args.db)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="rasd-bench-http-")
        db = Path(tmp.name) / "snn.db"
    built = None
    if not db.exists():
        print(f"building {db} from {CORPUS.name} ({args.limit or 'all'} articles, {args.workers} workers)…",
              flush=True)
        built = build_db(db, args.limit, args.workers)
        print(f"  stored {built['stored']:,} (failed {built['failed']}) in {built['seconds']:.0f} s", flush=True)

    from rasd.store import connect

    conn = connect(db, readonly=True)
    n_docs, n_events, n_stories = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                   for t in ("documents", "events", "stories"))
    conn.close()
    size_mb = db.stat().st_size / 1e6
    print(f"database: {n_docs:,} articles, {n_events:,} events, {n_stories:,} stories, {size_mb:.0f} MB")

    reqs = request_mix(db, args.requests)
    distinct = len({tuple(sorted(r.items())) for r in reqs})
    print(f"{distinct} distinct queries in the mix of {len(reqs)}")
    workers = ["--workers", str(args.server_workers)] if args.server_workers > 1 else []
    results: dict[str, dict[str, Any]] = {}
    cold = serve_and_load(db, reqs, args.concurrency, ["--no-cache", *workers])
    results["cold: no cache (--no-cache)"] = cold[0]
    first, warm = serve_and_load(db, reqs, args.concurrency, workers, passes=2)
    results["cache on, first pass (fresh server)"] = first
    results["cache on, warm (the same mix again)"] = warm
    for label, r in results.items():
        ms = [x * 1000 for x in r["lat"]]
        print(f"{label}: errors {len(r['errors'])}, p50 {pct(ms, .5):.1f} ms, p99 {pct(ms, .99):.1f} ms, "
              f"{len(ms) / r['wall']:.0f} req/s, server CPU {r['server_cpu']:.2f} ms/req, "
              f"client CPU {r['client_cpu']:.2f} ms/req, load average before {r['load']:.1f}", flush=True)
        for e in r["errors"][:5]:
            print("  error:", e)
    header = ["measure", *results]

    def row(name: str, fn: Any) -> list[str]:
        return [name] + [fn([x * 1000 for x in r["lat"]], r) for r in results.values()]
    rows = [
        row("requests", lambda ms, r: f"{len(ms):,}"),
        row("errors", lambda ms, r: f"{len(r['errors'])}"),
        row("latency p50", lambda ms, r: f"{pct(ms, 0.50):.1f} ms"),
        row("latency p90", lambda ms, r: f"{pct(ms, 0.90):.1f} ms"),
        row("latency p99", lambda ms, r: f"{pct(ms, 0.99):.1f} ms"),
        row("latency max", lambda ms, r: f"{max(ms):.1f} ms"),
        row("throughput", lambda ms, r: f"{len(ms) / r['wall']:.0f} requests/s"),
        row("server CPU per request (all processes)", lambda ms, r: f"{r['server_cpu']:.2f} ms"),
        row("load generator CPU per request", lambda ms, r: f"{r['client_cpu']:.2f} ms"),
        row("machine load average (1 min) before the run", lambda ms, r: f"{r['load']:.1f}"),
    ]
    cpu = cpu_per_request(db, reqs[:300])
    print(f"handler CPU per request (in-process, no HTTP, no cache): {cpu:.1f} ms")
    body = table(header, rows)
    body += (f"\n\nHandler CPU per request, measured in-process without HTTP or cache over 300 of the same "
             f"queries: {cpu:.1f} ms. Server CPU per request above is read from /proc for the server's processes "
             "(HTTP, routing, cache and queries together). On a 2-core machine shared with other jobs (load "
             "average in the table), wall-clock latency is mostly queueing: with 50 clients in a closed loop, "
             "mean latency is about 50 / throughput, and throughput is bounded by the CPU share the server gets.")
    body += (f"\n\nDatabase: {n_docs:,} SaudiNewsNet articles processed by the shipped pipeline, {n_events:,} "
             f"events, {n_stories:,} stories, {size_mb:.0f} MB"
             + (f" (ingested in {built['seconds']:.0f} s with {args.workers} workers)" if built else "") + ". "
             f"{args.requests:,} requests from {args.concurrency} concurrent keep-alive clients (a minimal asyncio "
             "HTTP/1.1 client on the same machine) to `/api/v1/events`: a seeded mix of filters drawn from the "
             "database (first and next pages, deep offsets, one or two types, date ranges, outlet, country, "
             f"bounding box, actor, text search, merged stories), {distinct} distinct queries. Cold: the answer "
             "cache off, every request runs its queries (the page's keys along an index, then its rows as the "
             "store keeps them rendered, schema 7 and later). First pass: a fresh server with the cache on (repeated "
             "queries in the mix are answered from it, and rendered event rows are shared between pages). Warm: "
             "the same 1,000 requests again on that server. Server: `rasd serve"
             + (f" --workers {args.server_workers}" if workers else "") + "` (uvicorn with httptools and uvloop, "
             "8 read-only SQLite connections per process, 5 s query limit). Goal: 0 errors, p99 <= 250 ms."
             + (f" {args.note}" if args.note else "") + "\n")
    errors = [e for r in results.values() for e in r["errors"]]
    print(body)
    p99s = {k: pct([x * 1000 for x in r["lat"]], 0.99) for k, r in results.items()}
    print("goal met (every column)" if not errors and max(p99s.values()) <= 250 else "goal NOT met in every column")
    if not args.no_record:
        record("http", "HTTP API load (/api/v1/events)", body)
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
