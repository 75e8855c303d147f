"""Benchmark: latency of filtered store queries (rasd events / stories / search / actors / places / labels).

Times the query library (:mod:`rasd.store.query`) on a store, read-only, for the common filters of the store
issue: type, actor, country, place, bounding box, date range, outlet, text search, combinations, deep pages
and merged stories. Filter values are drawn from the database (the most frequent actor, place and outlet, the
last week of events). Each query: the first call on a fresh connection (cold page cache) and the median and
maximum of 7 further calls. For event pages, the plain query (every match sorted, then the page: the
previous implementation) is timed in the same run for comparison. Goal (store issue): filtered queries
<= 100 ms on the whole-corpus database.

    python bench/bench_query.py --db snn.db          # an existing store (e.g. the whole corpus)
    python bench/bench_query.py                      # builds a store of the first 3,000 articles first
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import record, table  # noqa: E402


def plain_events(conn: Any, f: Any) -> list[dict[str, Any]]:
    """The previous events(): every match sorted by day in one statement, then the page's details."""
    from rasd.store import query as q

    w = q._where(conn, f)
    if w is None:
        return []
    where, args = w
    page, pargs = q._page(f)
    keys = ("WITH page AS (SELECT e.doc_id AS pd, e.id AS pe, e.day AS pday, e.ord AS pord FROM events e "
            "JOIN documents d ON d.id = e.doc_id" + where + " ORDER BY e.day DESC, e.doc_id, e.ord" + page + ") ")
    sql = (keys + q._EVENT_SELECT.replace(
        "FROM events e\n", "FROM page JOIN events e ON e.doc_id = page.pd AND e.id = page.pe\n")
        + " ORDER BY page.pday DESC, page.pd, page.pord")
    return q._rows(conn.execute(sql, args + pargs))


def timed(fn: Callable[[], Any], repeat: int = 7) -> tuple[float, float, float, int]:
    """(first call ms, median ms, max ms, rows)."""
    t = time.perf_counter()
    res = fn()
    first = (time.perf_counter() - t) * 1000
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        res = fn()
        times.append((time.perf_counter() - t) * 1000)
    n = len(res) if hasattr(res, "__len__") else int(res)
    return first, statistics.median(times), max(times), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=None, help="store to query (built from the corpus when missing)")
    ap.add_argument("--limit", type=int, default=3000, help="articles to ingest when building (0 = all)")
    ap.add_argument("--workers", type=int, default=2, help="ingest workers when building")
    ap.add_argument("--no-record", action="store_true")
    ap.add_argument("--note", default="", help="a sentence about the database, appended to the record")
    args = ap.parse_args()

    from bench_http import build_db

    from rasd.store import connect
    from rasd.store import query as q

    tmp = None
    if args.db:
        db = Path(args.db)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="rasd-bench-query-")
        db = Path(tmp.name) / "snn.db"
    if not db.exists():
        print(f"building {db} ({args.limit or 'all'} articles)…", flush=True)
        build_db(db, args.limit, args.workers)

    conn = connect(db, readonly=True)
    st = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "stories")}
    top_actor = conn.execute("SELECT ea.actor_key, ai.name_ar, ai.name FROM event_actors ea JOIN actor_index ai "
                             "ON ai.actor_key = ea.actor_key GROUP BY ea.actor_key ORDER BY count(*) DESC "
                             "LIMIT 1").fetchone()
    actor = (top_actor[1] or top_actor[2]) if top_actor else "داعش"
    top_place = conn.execute("SELECT p.name FROM events e JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id "
                             "GROUP BY p.name ORDER BY count(*) DESC LIMIT 1").fetchone()
    place = top_place[0] if top_place else "Aden"
    top_src = conn.execute("SELECT source FROM documents GROUP BY source ORDER BY count(*) DESC LIMIT 1").fetchone()
    src = top_src[0] if top_src else "aawsat"
    small_src = conn.execute("SELECT source FROM documents GROUP BY source ORDER BY count(*) LIMIT 1").fetchone()
    rare = small_src[0] if small_src else src
    last = conn.execute("SELECT max(day) FROM events").fetchone()[0] or "2015-08-31"
    week0 = (dt.date.fromisoformat(last[:10]) - dt.timedelta(days=6)).isoformat()
    month0 = (dt.date.fromisoformat(last[:10]) - dt.timedelta(days=30)).isoformat()
    types = [r[0] for r in conn.execute("SELECT type FROM events GROUP BY type ORDER BY count(*) DESC LIMIT 3")]
    t1 = types[0] if types else "ASSAULT"
    t_rare = types[-1] if types else "AGREE"
    conn.close()

    EF = q.EventFilter
    event_queries: list[tuple[str, Any]] = [
        ("events --limit 50", EF(limit=50)),
        ("events --limit 50 --offset 5000", EF(limit=50, offset=5000)),
        (f"events --type {t1}", EF(types=(t1,), limit=50)),
        (f"events --type {t1},{t_rare}", EF(types=(t1, t_rare), limit=50)),
        (f"events --from {week0} --to {last}", EF(date_from=week0, date_to=last, limit=50)),
        (f"events --actor {actor}", EF(actor=actor, limit=50)),
        (f"events --recipient {actor}", EF(recipient=actor, limit=50)),
        ("events --country SY", EF(country="SY", limit=50)),
        ("events --country YE --limit 100", EF(country="YE", limit=100)),
        ("events --country DE (rare)", EF(country="DE", limit=50)),
        ("events --country SAU (actor country)", EF(country="SAU", limit=50)),
        (f"events --place {place}", EF(place=place, limit=50)),
        ("events --bbox 35.7,32.3,42.4,37.3 (Syria)", EF(bbox=(35.7, 32.3, 42.4, 37.3), limit=50)),
        (f"events --source {src}", EF(sources=(src,), limit=50)),
        (f"events --source {rare} (smallest outlet)", EF(sources=(rare,), limit=50)),
        ("events --text الحوثيين", EF(text="الحوثيين", limit=50)),
        ('events --text "مجلس الأمن"', EF(text='"مجلس الأمن"', limit=50)),
        (f"events --type {t1} --country YE --from {month0} --to {last}",
         EF(types=(t1,), country="YE", date_from=month0, date_to=last, limit=50)),
        (f"events --type {t1} --actor {actor} --source {src}", EF(types=(t1,), actor=actor, sources=(src,), limit=50)),
    ]
    conn = connect(db, readonly=True)
    rows = []
    print(f"database: {st['documents']:,} articles, {st['events']:,} events, {st['stories']:,} stories")
    worst = 0.0
    for label, f in event_queries:
        first, med, mx, n = timed(lambda f=f: q.events(conn, f))
        _, pmed, _, pn = timed(lambda f=f: plain_events(conn, f), repeat=3)
        assert n == pn, (label, n, pn)
        worst = max(worst, med)
        rows.append([f"`{label}`", n, f"{first:,.1f}", f"{med:,.1f}", f"{mx:,.1f}", f"{pmed:,.1f}"])
        print(f"{med:8.1f} ms (first {first:7.1f}, max {mx:7.1f}; plain {pmed:7.1f})  {n:4} rows  {label}", flush=True)
    others: list[tuple[str, Callable[[], Any]]] = [
        ("events --merged --limit 50", lambda: q.stories(conn, EF(limit=50))),
        (f"events --merged --type {t1}", lambda: q.stories(conn, EF(types=(t1,), limit=50))),
        ("events --merged --country YE", lambda: q.stories(conn, EF(country="YE", limit=50))),
        (f"events --merged --actor {actor}", lambda: q.stories(conn, EF(actor=actor, limit=50))),
        (f"count events --type {t1}", lambda: q.count_events(conn, EF(types=(t1,)))),
        ("search الحوثيين (20 hits)", lambda: q.search(conn, "الحوثيين", limit=20)),
        ('search "الأمم المتحدة" اليمن', lambda: q.search(conn, '"الأمم المتحدة" اليمن', limit=20)),
        ("actors --limit 50", lambda: q.actors(conn, limit=50)),
        ("places --country SY --limit 50", lambda: q.places(conn, country="SY", limit=50)),
        (f"labels --actor {actor}", lambda: q.labels(conn, actor=actor)),
    ]
    for label, fn in others:
        first, med, mx, n = timed(fn)
        worst = max(worst, med)
        rows.append([f"`{label}`", n, f"{first:,.1f}", f"{med:,.1f}", f"{mx:,.1f}", ""])
        print(f"{med:8.1f} ms (first {first:7.1f}, max {mx:7.1f})  {n:6} rows  {label}", flush=True)
    conn.close()
    import os

    body = (f"Database: {st['documents']:,} articles, {st['events']:,} events, {st['stories']:,} stories "
            f"({db.stat().st_size / 1e6:,.0f} MB). Read-only connection, wall-clock ms; machine load average "
            f"{os.getloadavg()[0]:.1f} at the end (2 shared cores). First: the first call on a fresh connection; "
            "median and max of 7 calls after it; plain: the same page by sorting every match first (the "
            "previous implementation), median of 3, same run.\n\n"
            + table(["query", "rows", "first ms", "median ms", "max ms", "plain ms"], rows)
            + f"\n\nSlowest median: {worst:,.1f} ms (goal: <= 100 ms)." + (f" {args.note}" if args.note else "") + "\n")
    print(body)
    if not args.no_record:
        print(record("query", "Store: filtered query latency", body))
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
