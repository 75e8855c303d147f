"""Benchmark: ingest SaudiNewsNet into the store with N workers, then time common queries.

Prints and records (docs/bench/ingest.md): ingest time, articles/s, peak RSS (writer and the largest worker),
database size, and the median latency of common filtered queries on the resulting database.

The shipped pipeline (``DEFAULT_PIPELINE``) decides how many mentions/places/events there are to store and
query. ``--synthetic K`` adds a deterministic bench-only component that gives every article K events with
actors, recipients, places and descriptors drawn from fixed pools (realistic cardinalities), so the store's
write path and query indexes are measured at full size even while the real components are being built.

    python bench/bench_ingest.py --all            # all 31,030 articles, 2 workers (the issue's figure)
    python bench/bench_ingest.py --limit 2000     # a quick run (the default)
    python bench/bench_ingest.py --limit 2000 --compare b04b92d~1 --no-queries   # ingest overhead, old vs new

The report splits the run into stages (``IngestResult.timings``): the parent's input reading, SQLite writes,
waiting for workers and the story dedup at the end; the workers' pipeline and row building; and CPU seconds of
the parent and of the workers (getrusage), so what ingest adds on top of the pipeline is visible.

``--compare REV`` measures the ingest machinery alone, old against new, on the same sample in one run: the
sample is first run through the real pipeline once (in parallel) and cached; then a *replay* pipeline that
returns the cached result for each article (so real rows, no NLP cost) is ingested with the code at REV and
with the working tree, alternately, ``--rounds`` times each, in fresh processes.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CORPUS, record, table


def register_synthetic(k: int) -> str:
    from rasd.doc import Actor, Event, Mention, Place, Span
    from rasd.pipeline import register

    name = "bench.synthetic.v1"
    types = ["ASSAULT", "ASSAULT", "ASSAULT", "COERCE", "MOBILIZE", "ACCUSE", "CONSULT", "AGREE", "SUPPORT",
             "REQUEST", "THREATEN", "PROTEST", "AID", "REJECT", "SANCTION", "RETREAT"]
    rng0 = random.Random(7)
    actor_pool = [(f"ACT{i:03d}", f"Actor {i}", f"الفاعل {i}", rng0.choice(["SYR", "IRQ", "YEM", "SAU", None]))
                  for i in range(400)]
    place_pool = [(f"geonames:{1000 + i}", f"Place {i}", f"مكان {i}", 12 + rng0.random() * 25,
                   35 + rng0.random() * 20, rng0.choice(["SY", "IQ", "YE", "SA", "LY"]), f"Admin {i % 40}")
                  for i in range(1500)]

    class Synthetic:
        requires: tuple[str, ...] = ("sentences",)
        assigns: tuple[str, ...] = ("mentions", "actors", "places", "events")

        def __init__(self) -> None:
            self.name = name

        def fingerprint(self) -> str:
            return f"synthetic{k}"

        def __call__(self, doc):  # type: ignore[no-untyped-def]
            rng = random.Random(int(hashlib.sha1(doc.id.encode()).hexdigest()[:8], 16))
            text = doc.text
            n = len(text)
            if n < 40:
                return doc
            ms, actors, places, events = [], [], [], []
            for j in range(k):
                s = rng.randrange(0, n - 20)
                a = rng.choice(actor_pool[:60] if rng.random() < 0.7 else actor_pool)
                r = rng.choice(actor_pool[:60])
                p = rng.choice(place_pool[:200] if rng.random() < 0.6 else place_pool)
                m1 = Mention(f"m{3 * j + 1}", s, s + 4, text[s:s + 4], "ORG", f"a{2 * j + 1}", None,
                             (Span(s + 5, s + 12),) if rng.random() < 0.3 else (), "synthetic")
                m2 = Mention(f"m{3 * j + 2}", s + 5, s + 9, text[s + 5:s + 9], "ORG", f"a{2 * j + 2}", None, (),
                             "synthetic")
                m3 = Mention(f"m{3 * j + 3}", s + 10, s + 14, text[s + 10:s + 14], "LOC", None, f"p{j + 1}", (),
                             "synthetic")
                ms += [m1, m2, m3]
                actors.append(Actor(f"a{2 * j + 1}", a[1], a[2], "armed_group", a[3], None, None, (), (m1.id,), a[0]))
                actors.append(Actor(f"a{2 * j + 2}", r[1], r[2], "state_body", r[3], "GOV", None, (), (m2.id,), r[0]))
                places.append(Place(f"p{j + 1}", p[1], p[2], p[3], p[4], p[5], p[6], None, "city", 1, p[0], (m3.id,)))
                day = doc.meta.date
                events.append(Event(f"e{j + 1}", rng.choice(types), None, Span(s, s + 4), text[s:s + 4],
                                    Span(s, min(n, s + 120)), (f"a{2 * j + 1}",), (f"a{2 * j + 2}",), (),
                                    f"p{j + 1}", day, 0, confidence=rng.random()))
            return doc.replace(mentions=tuple(ms), actors=tuple(actors), places=tuple(places), events=tuple(events))

    @register(name, requires=Synthetic.requires, assigns=Synthetic.assigns)
    def _make(settings):  # type: ignore[no-untyped-def]
        return Synthetic()

    return name


_REPLAY: dict[str, Any] = {}


def register_replay(path: str) -> str:
    """A bench-only component that returns each article as the real pipeline made it (from a cache file)."""
    import pickle

    from rasd.pipeline import register

    with open(path, "rb") as f:
        _REPLAY.update(pickle.load(f))
    name = "bench.replay.v1"
    assigns = ("sentences", "tokens", "mentions", "actors", "places", "events")

    class Replay:
        requires: tuple[str, ...] = ()

        def __init__(self) -> None:
            self.name = name
            self.assigns = assigns

        def fingerprint(self) -> str:
            return "replay:" + os.path.basename(path)

        def __call__(self, doc):  # type: ignore[no-untyped-def]
            return _REPLAY.get(doc.id, doc)

    @register(name, requires=(), assigns=assigns)
    def _make(settings):  # type: ignore[no-untyped-def]
        return Replay()

    return name


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def _extract_chunk(args: tuple[list[str], str]) -> dict[str, Any]:
    lines, _ = args
    from rasd.api import load_pipeline
    from rasd.config import resolve
    from rasd.io import iter_inputs

    ex = load_pipeline(resolve(env={}))
    tmp = tempfile.mktemp(suffix=".jsonl")
    with open(tmp, "w", encoding="utf-8") as o:
        o.writelines(lines)
    out = {}
    for d in iter_inputs([tmp]):
        if not hasattr(d, "text"):
            continue
        try:
            out[d.id] = ex(d)
        except Exception:  # noqa: BLE001, S110 - a failing article is not replayed (ingest records it)
            pass
    os.unlink(tmp)
    return out


def build_replay_cache(src: str, out: str, workers: int) -> int:
    """Run the shipped pipeline once over ``src`` (``workers`` processes) and pickle {id: Document} to ``out``."""
    import pickle
    from concurrent.futures import ProcessPoolExecutor

    with open(src, encoding="utf-8") as f:
        lines = f.readlines()
    k = max(1, workers)
    chunks = [(lines[i::k], "") for i in range(k)]
    cache: dict[str, Any] = {}
    with ProcessPoolExecutor(max_workers=k) as pool:
        for part in pool.map(_extract_chunk, chunks):
            cache.update(part)
    with open(out, "wb") as f:
        pickle.dump(cache, f, protocol=pickle.HIGHEST_PROTOCOL)
    return len(cache)


def replay_run(cache: str, src: str, db: str, workers: int, batch_size: int) -> dict[str, Any]:
    """One ingest of ``src`` with the replay pipeline (run in a fresh process by --compare)."""
    from rasd.config import resolve
    from rasd.store.ingest import ingest

    settings = resolve(env={}, overrides={"pipeline": [register_replay(cache)]})
    c0 = _cpu(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    res = ingest([src], db, settings=settings, workers=workers, batch_size=batch_size)
    wall = time.perf_counter() - t0
    return {"wall": wall, "parent_cpu": _cpu(resource.RUSAGE_SELF) - c0, "workers_cpu": _cpu(resource.RUSAGE_CHILDREN),
            "stored": res.stored, "skipped": res.skipped, "failed": res.failed,
            "timings": dict(getattr(res, "timings", {}) or {}),
            "rss_parent": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def compare(rev: str, src: str, n_in: int, workers: int, batch_size: int, rounds: int,
            cache_path: str | None = None) -> tuple[list[str], str]:
    """Ingest overhead (replay pipeline) with the code at ``rev`` against the working tree, alternately."""
    import json
    import subprocess

    root = Path(__file__).resolve().parents[1]
    tmp = Path(tempfile.mkdtemp(prefix="rasd-bench-cmp-"))
    old_src = tmp / "old"
    old_src.mkdir()
    archive = subprocess.run(["git", "archive", rev, "src"], cwd=root, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(old_src)], input=archive, check=True)
    cache = Path(cache_path) if cache_path else tmp / "replay.pkl"
    if not cache.exists():
        t0 = time.perf_counter()
        n_cached = build_replay_cache(src, str(cache), workers)
        print(f"replay cache: {n_cached:,} articles through the real pipeline in {time.perf_counter() - t0:,.1f} s")
    import rasd

    variants = {"old": str(old_src / "src"), "new": str(Path(rasd.__file__).resolve().parents[1])}
    results: dict[str, list[dict[str, Any]]] = {"old": [], "new": []}
    for r in range(rounds):
        for name in (("old", "new") if r % 2 == 0 else ("new", "old")):
            db = tmp / f"{name}{r}.db"
            code = (f"import sys, json; sys.path.insert(0, {str(Path(__file__).resolve().parent)!r}); "
                    f"import bench_ingest as b; print('RESULT', json.dumps(b.replay_run({str(cache)!r}, {src!r}, "
                    f"{str(db)!r}, {workers}, {batch_size})))")
            env = {**os.environ, "PYTHONPATH": variants[name]}
            out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
            if out.returncode != 0:
                raise SystemExit(out.stderr)
            res = json.loads(out.stdout.split("RESULT", 1)[1])
            size = sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists())
            res["db_mib"] = size / 1024**2
            results[name].append(res)
            print(f"  round {r + 1} {name}: wall {res['wall']:.1f} s, parent CPU {res['parent_cpu']:.1f} s, "
                  f"workers CPU {res['workers_cpu']:.1f} s, stored {res['stored']:,}, "
                  f"timings {json.dumps({k: round(v, 1) for k, v in res['timings'].items()})}")
    med = {k: {m: statistics.median(x[m] for x in v) for m in ("wall", "parent_cpu", "workers_cpu", "db_mib")}
           for k, v in results.items()}
    rows = []
    for m, label in (("wall", "wall time, s"), ("parent_cpu", "parent CPU, s"), ("workers_cpu", "workers' CPU, s")):
        o, n = med["old"][m], med["new"][m]
        rows.append([label, f"{o:,.2f}", f"{n:,.2f}", f"{n / o:.2f}" if o else "-"])
    o_all = med["old"]["parent_cpu"] + med["old"]["workers_cpu"]
    n_all = med["new"]["parent_cpu"] + med["new"]["workers_cpu"]
    rows.append(["all CPU, ms per article", f"{1000 * o_all / n_in:,.2f}", f"{1000 * n_all / n_in:,.2f}",
                 f"{n_all / o_all:.2f}"])
    rows.append(["database, MiB", f"{med['old']['db_mib']:,.1f}", f"{med['new']['db_mib']:,.1f}", ""])
    new_t = results["new"][-1]["timings"]
    lines = [
        (f"ingest machinery alone (replay pipeline: cached real-pipeline output, so real rows and no NLP cost), "
         f"{n_in:,} articles, {workers} workers, batch {batch_size}, median of {rounds} alternating runs each, "
         f"`{rev}` (old) vs working tree (new)"),
    ]
    if new_t:
        lines.append("new, last run, stages (s): " + ", ".join(f"{k} {v:,.2f}" for k, v in new_t.items()))
    shutil_rm(tmp)
    return lines, table(["", "old", "new", "new/old"], rows)


def shutil_rm(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def timed(fn, repeat: int = 5) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    fn()
    times = []
    n = 0
    for _ in range(repeat):
        t = time.perf_counter()
        res = fn()
        times.append((time.perf_counter() - t) * 1000)
        n = len(res) if hasattr(res, "__len__") else int(res)
    return statistics.median(times), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=2000, help="only the first N articles (default 2000)")
    ap.add_argument("--all", action="store_true", help="the whole corpus (31,030 articles)")
    ap.add_argument("--compare", metavar="REV", default=None,
                    help="also measure the ingest machinery alone: the code at git REV against the working tree")
    ap.add_argument("--rounds", type=int, default=2, help="--compare: alternating runs of each (default 2)")
    ap.add_argument("--no-queries", action="store_true", help="skip the query-latency part")
    ap.add_argument("--stride", type=int, default=1, help="sample every K-th article of the corpus (default 1)")
    ap.add_argument("--replay-cache", default=None,
                    help="--compare: the cached pipeline output to replay (built there if missing, kept after)")
    ap.add_argument("--compare-only", action="store_true", help="--compare without the real-pipeline ingest")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--pipeline", default=None, help="comma-separated components (default: the shipped pipeline)")
    ap.add_argument("--synthetic", type=int, default=0, help="add K synthetic events per article (see docstring)")
    ap.add_argument("--db", default=None, help="database path (default: a temporary file, removed after)")
    ap.add_argument("--no-record", action="store_true")
    args = ap.parse_args()

    from rasd.config import DEFAULT_PIPELINE, resolve
    from rasd.store import query as Q
    from rasd.store.db import connect
    from rasd.store.ingest import ingest

    pipeline = args.pipeline.split(",") if args.pipeline else list(DEFAULT_PIPELINE)
    if args.synthetic:
        pipeline.append(register_synthetic(args.synthetic))
    settings = resolve(env={}, overrides={"pipeline": pipeline})
    src = str(CORPUS)
    tmpdir = None
    if args.all:
        args.limit = 0
    if args.limit or args.stride > 1:
        import gzip
        import itertools

        tmpdir = tempfile.mkdtemp(prefix="rasd-bench-")
        src = os.path.join(tmpdir, "articles.jsonl")
        with gzip.open(CORPUS, "rt", encoding="utf-8") as f, open(src, "w", encoding="utf-8") as o:
            o.writelines(itertools.islice(itertools.islice(f, 0, None, args.stride), args.limit or None))
    if args.compare and args.compare_only:
        with open(src, "rb") as f:
            n_lines = sum(1 for _ in f)
        cmp_lines, cmp_table = compare(args.compare, src, n_lines, args.workers, args.batch_size, args.rounds,
                                       args.replay_cache)
        print("\n".join(cmp_lines) + "\n" + cmp_table)
        if not args.no_record:
            print(record("ingest_compare", "Store: ingest machinery, old against new",
                         "\n".join(f"- {x}" for x in cmp_lines) + "\n\n" + cmp_table))
        return
    db = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="rasd-bench-db-")) / "rasd.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)

    c0 = _cpu(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    res = ingest([src], db, settings=settings, workers=args.workers, batch_size=args.batch_size)
    wall = time.perf_counter() - t0
    cpu_parent = _cpu(resource.RUSAGE_SELF) - c0
    cpu_workers = _cpu(resource.RUSAGE_CHILDREN)
    n_in = res.stored + res.skipped + res.failed
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    tm = dict(getattr(res, "timings", {}) or {})
    load = os.getloadavg()
    conn = connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists())
    st = Q.stats(conn)
    t1 = time.perf_counter()
    ingest([src], db, settings=settings, workers=args.workers, batch_size=args.batch_size, dedup=False)
    resume = time.perf_counter() - t1
    rconn = connect(db, readonly=True)

    lines = [
        f"articles read: {n_in:,} (stored {res.stored:,}, duplicates skipped {res.skipped:,}, failed {res.failed:,})",
        f"pipeline: {', '.join(pipeline)} (fingerprint {res.fingerprint})",
        f"ingest wall time: {wall:,.1f} s with {args.workers} workers -> {n_in / wall:,.1f} articles/s "
        f"(includes story dedup at the end)",
        f"peak RSS: writer {rss_self:,.0f} MiB, largest worker {rss_child:,.0f} MiB",
        f"database: {size / 1024**2:,.1f} MiB ({size / max(1, res.stored) / 1024:,.1f} KiB/article); rows: "
        + ", ".join(f"{k} {v:,}" for k, v in st.items()),
        f"re-running the same command (everything already stored): {resume:,.1f} s",
    ]
    if tm:
        n_done = max(1, res.stored + res.failed)
        all_cpu = cpu_parent + cpu_workers
        lines[3:3] = [
            (f"CPU: parent {cpu_parent:,.1f} s + workers {cpu_workers:,.1f} s = {1000 * all_cpu / n_done:,.1f} ms "
             f"per processed article all-in; of which pipeline {1000 * tm.get('pipeline', 0) / n_done:,.1f} ms, "
             f"rows {1000 * tm.get('rows', 0) / n_done:,.2f} ms (workers' CPU clocks), so ingest adds "
             f"{1000 * (all_cpu - tm.get('pipeline', 0)) / n_done:,.1f} ms per article on top of the pipeline"),
            ("stages (parent wall clock, s): " + ", ".join(
                f"{k} {tm[k]:,.1f}" for k in ("read", "write", "wait", "indexes", "dedup", "summaries") if tm.get(k))
             + f"; slowest worker start-up {tm.get('startup', 0):,.2f} s"),
            (f"load average at the end of the ingest: {load[0]:.1f} (1 min), {load[1]:.1f} (5 min) on "
             f"{os.cpu_count()} cores"),
        ]
    if args.compare:
        cmp_lines, cmp_table = compare(args.compare, src, n_in, args.workers, args.batch_size, args.rounds,
                                       args.replay_cache)
        lines += cmp_lines
    print("\n".join(lines))
    if args.compare:
        print(cmp_table)

    # query latency on the database just built
    if args.no_queries:
        body = "\n".join(f"- {x}" for x in lines) + ("\n\n" + cmp_table if args.compare else "")
        if not args.no_record:
            # ingest figures alone go to their own section (ingest.md keeps the query latencies)
            print(record("ingest_throughput" if not args.synthetic else "ingest_synthetic",
                         "Store: ingest throughput" if not args.synthetic
                         else f"Store: ingest, {args.synthetic} synthetic events", body))
        return
    top_actor = rconn.execute("SELECT name_ar FROM actors GROUP BY actor_key ORDER BY count(*) DESC LIMIT 1").fetchone()
    top_place = rconn.execute("SELECT name FROM places GROUP BY name ORDER BY count(*) DESC LIMIT 1").fetchone()
    top_src = rconn.execute("SELECT source FROM documents GROUP BY source ORDER BY count(*) DESC LIMIT 1").fetchone()
    EF = Q.EventFilter
    last = rconn.execute("SELECT max(day) FROM events").fetchone()[0] or "2015-08-31"
    import datetime as _dt

    week0 = (_dt.date.fromisoformat(last[:10]) - _dt.timedelta(days=6)).isoformat()
    qs = [
        ("events --type ASSAULT --limit 50", lambda: Q.events(rconn, EF(types=("ASSAULT",), limit=50))),
        (f"events --from {week0} --to {last}", lambda: Q.events(rconn, EF(date_from=week0, date_to=last,
                                                                          limit=50))),
        (f"events --source {top_src[0] if top_src else '-'} --type ASSAULT",
         lambda: Q.events(rconn, EF(sources=(top_src[0],) if top_src else (), types=("ASSAULT",), limit=50))),
        (f"events --actor {top_actor[0] if top_actor else '-'}",
         lambda: Q.events(rconn, EF(actor=top_actor[0], limit=50)) if top_actor else []),
        ("events --country SY", lambda: Q.events(rconn, EF(country="SY", limit=50))),
        (f"events --place {top_place[0] if top_place else '-'}",
         lambda: Q.events(rconn, EF(place=top_place[0], limit=50)) if top_place else []),
        ("events --bbox 35,32,42,37 (Syria)", lambda: Q.events(rconn, EF(bbox=(35, 32, 42, 37), limit=50))),
        ("events --text الحوثيين", lambda: Q.events(rconn, EF(text="الحوثيين", limit=50))),
        (f"events --type ASSAULT --country YE --from {week0} --to {last}",
         lambda: Q.events(rconn, EF(types=("ASSAULT",), country="YE", date_from=week0, date_to=last, limit=50))),
        ("count events --type ASSAULT", lambda: Q.count_events(rconn, EF(types=("ASSAULT",)))),
        ("events --merged --type ASSAULT --limit 50", lambda: Q.stories(rconn, EF(types=("ASSAULT",), limit=50))),
        ("search الحوثيين (20 hits)", lambda: Q.search(rconn, "الحوثيين", limit=20)),
        ('search "الأمم المتحدة" اليمن', lambda: Q.search(rconn, '"الأمم المتحدة" اليمن', limit=20)),
        ("actors --limit 50", lambda: Q.actors(rconn, limit=50)),
        ("places --country SY --limit 50", lambda: Q.places(rconn, country="SY", limit=50)),
        (f"labels --actor {top_actor[0] if top_actor else '-'}",
         lambda: Q.labels(rconn, actor=top_actor[0]) if top_actor else []),
    ]
    rows = []
    for label, fn in qs:
        ms, n = timed(fn)
        rows.append([f"`{label}`", n, f"{ms:,.1f}"])
        print(f"{ms:8.1f} ms  {n:6} rows  {label}")
    body = ("\n".join(f"- {x}" for x in lines) + ("\n\n" + cmp_table if args.compare else "")
            + "\n\nQuery latency (median of 5 after a warm-up, read-only "
            "connection, rows returned):\n\n" + table(["query", "rows", "ms"], rows))
    if not args.no_record:
        name = "ingest" if not args.synthetic else "ingest_synthetic"
        title = ("Store: ingest and query" if not args.synthetic
                 else f"Store: ingest and query with {args.synthetic} synthetic events per article")
        print(record(name, title, body))
    if not args.db:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
