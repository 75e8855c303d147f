"""Ingesting a corpus into the store: parallel extraction, one writer, batched transactions, resumable.

Guarantees:
- **whole articles only**: each batch of articles is written in one transaction (an article's old rows are
  deleted and its new rows inserted in the same transaction), so a crash or ``SIGKILL`` at any moment leaves
  only complete articles — SQLite's write-ahead log rolls back the unfinished batch;
- **idempotent**: an article is keyed by its id (the caller's id, else a stable hash of its text); ingesting it
  again replaces it, never duplicates it;
- **resumable**: articles already stored with the same pipeline fingerprint and the same content are skipped,
  so running the same command again finishes an interrupted job;
- **failures are data**: an article that cannot be read or processed gets a row in ``failures`` with the error
  code and message; a later successful ingest of it removes that row.

Where the time goes (see docs/bench/ingest.md): the workers run the pipeline and turn each article into plain
row tuples (:func:`rasd.store.rows.document_rows`); the parent reads the input, skips what is stored, and
writes each batch with :func:`rasd.store.rows.write_many` (bulk inserts for new articles, per-article
replacement for updates). :attr:`IngestResult.timings` splits the run into those stages.

The library reports progress through a callback and never prints.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Any

from rasd.config import Settings, resolve
from rasd.doc import Document
from rasd.errors import RasdError, StoreError
from rasd.store.db import connect, now, transaction
from rasd.store.rows import DocRows, content_hash, document_rows, write_many

__all__ = ["IngestProgress", "IngestResult", "count_inputs", "ingest"]

_Failure = tuple[str, str | None, str, str, str]  # key, doc_id, input, code, message
_Outcome = DocRows | _Failure


@dataclass(frozen=True, slots=True)
class IngestProgress:
    seen: int
    stored: int
    skipped: int
    failed: int
    total: int | None
    elapsed: float


@dataclass(frozen=True, slots=True)
class IngestResult:
    run_id: int
    stored: int
    skipped: int
    failed: int
    seconds: float
    fingerprint: str
    stories: int | None
    #: seconds per stage. Parent (wall clock): ``read`` (parse the input, hash, skip), ``write`` (SQLite
    #: transactions), ``wait`` (blocked on workers), ``indexes`` (building the indexes a first load into an empty
    #: store deferred), ``dedup`` or ``summaries`` (at the end). CPU seconds summed
    #: over workers: ``pipeline``, ``rows`` (documents to row tuples). ``startup``: the slowest worker's set-up.
    timings: dict[str, float] = field(default_factory=dict)


# ---- worker side -------------------------------------------------------------------------------------------

_worker_state: dict[str, Any] = {}


def _die_with_parent(parent: int) -> None:
    """Workers must not outlive a killed parent (SIGKILL gives it no chance to stop them)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        import threading

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1.0)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)


def _init_worker(settings: Settings, run_id: int, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    _die_with_parent(parent)
    from rasd.api import load_pipeline

    t0 = time.perf_counter()
    _worker_state["extractor"] = load_pipeline(settings)
    _worker_state["run_id"] = run_id
    _worker_state["startup"] = time.perf_counter() - t0


def _source_of(doc: Document) -> str:
    return str(dict(doc.meta.extra).get("file") or doc.meta.url or doc.id)


def _process(doc: Document, chash: str, extractor: Any, run_id: int, clock: list[float]) -> _Outcome:
    """One article's rows, or its failure record; adds the CPU seconds spent to ``clock`` [pipeline, rows]."""
    t0 = time.process_time()
    try:
        out = extractor(doc)
        t1 = time.process_time()
        clock[0] += t1 - t0
        rows = document_rows(out, fingerprint=extractor.fingerprint, run_id=run_id, ingested_at=now(), chash=chash)
        clock[1] += time.process_time() - t1
        return rows
    except RasdError as exc:
        clock[0] += time.process_time() - t0
        return (doc.id, doc.id, _source_of(doc), exc.code, exc.message)
    except Exception as exc:  # noqa: BLE001 - one bad article never stops a batch; the reason is recorded
        clock[0] += time.process_time() - t0
        return (doc.id, doc.id, _source_of(doc), "rasd.internal", f"{type(exc).__name__}: {exc}")


def _work_batch(batch: list[tuple[Document, str]]) -> tuple[list[_Outcome], list[float]]:
    """A batch's outcomes and [pipeline CPU s, rows CPU s, start-up s (a worker's first batch only, else 0)]."""
    ex = _worker_state["extractor"]
    rid = _worker_state["run_id"]
    clock = [0.0, 0.0, _worker_state.pop("startup", 0.0)]
    return [_process(d, h, ex, rid, clock) for d, h in batch], clock


# ---- writer side -------------------------------------------------------------------------------------------

def count_inputs(paths: Iterable[str]) -> int | None:
    """A cheap estimate of how many articles ``paths`` hold (JSON Lines lines, one per text/HTML file), or
    None when it cannot be told without parsing (stdin, JSON arrays, CSV)."""
    import gzip

    from rasd.io.readers import iter_paths  # the same walk over directories as the reader

    total = 0
    for p in iter_paths(paths):
        if p == "-":
            return None
        name = p.removesuffix(".gz")
        ext = os.path.splitext(name)[1].lower()
        try:
            if ext in (".jsonl", ".ndjson"):
                opener: Any = gzip.open if p.endswith(".gz") else open
                with opener(p, "rb") as f:
                    total += sum(1 for line in f if line.strip())
            elif ext in (".json", ".csv", ".tsv"):
                return None
            else:
                total += 1
        except OSError:
            total += 1
    return total


def _record_failures(conn: Any, fails: list[_Failure], fingerprint: str, run_id: int) -> None:
    stamp = now()
    conn.executemany(
        "INSERT INTO failures(key, doc_id, input, code, message, fingerprint, run_id, failed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET doc_id = excluded.doc_id, "
        "input = excluded.input, code = excluded.code, message = excluded.message, "
        "fingerprint = excluded.fingerprint, run_id = excluded.run_id, failed_at = excluded.failed_at",
        [(*f, fingerprint, run_id, stamp) for f in fails],
    )


def ingest(
    paths: Iterable[str],
    db: str | os.PathLike[str],
    *,
    settings: Settings | None = None,
    workers: int = 1,
    batch_size: int = 64,
    text_column: str | None = None,
    force: bool = False,
    dedup: bool = True,
    total: int | None = None,
    on_progress: Callable[[IngestProgress], None] | None = None,
    inputs: Iterable[Any] | None = None,
) -> IngestResult:
    """Extract every article in ``paths`` and store it in ``db`` (see the module docstring for guarantees).

    ``workers`` > 1 runs the pipeline in that many processes (built once per process); the calling process
    reads the input and is the only writer. ``force`` re-processes articles already stored with the same
    pipeline. ``dedup`` rebuilds the story events at the end. ``inputs`` replaces reading ``paths`` (an
    iterable of Documents or :class:`rasd.io.InputFailure`).
    """
    from rasd.api import load_pipeline
    from rasd.io import iter_inputs

    settings = settings or resolve()
    paths = list(paths)
    if batch_size < 1:
        raise StoreError(f"batch size must be at least 1, got {batch_size}")
    extractor = load_pipeline(settings)
    fp = extractor.fingerprint
    conn = connect(db)
    # A bigger page cache for the writer: the indexes of a growing store stay in memory between batches.
    conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
    started = time.monotonic()
    clock = dict.fromkeys(("read", "write", "wait", "pipeline", "rows", "startup", "dedup", "summaries"), 0.0)
    try:
        with transaction(conn):
            run_id = conn.execute(
                "INSERT INTO runs(started_at, fingerprint, pipeline, settings, rasd_version, inputs) "
                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                (now(), fp, json.dumps(list(settings.pipeline)), json.dumps(settings.to_dict(), ensure_ascii=False),
                 _version(), json.dumps(paths, ensure_ascii=False)),
            ).fetchone()[0]
        stored_state: dict[str, tuple[str, str]] = {
            r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, fingerprint, content_hash FROM documents")
        }
        failed_ids = {r[0] for r in conn.execute("SELECT doc_id FROM failures WHERE doc_id IS NOT NULL")}
        if not stored_state:
            _defer_indexes(conn)  # a first load into an empty store: build the secondary indexes once, at the end
        counts = {"seen": 0, "stored": 0, "skipped": 0, "failed": 0}

        def report() -> None:
            if on_progress is not None:
                on_progress(IngestProgress(counts["seen"], counts["stored"], counts["skipped"], counts["failed"],
                                           total, time.monotonic() - started))

        source: Iterable[Any] = inputs if inputs is not None else iter_inputs(paths, text_column=text_column)
        batches = _timed(_batches(source, batch_size, stored_state, fp, force, counts), clock)

        def write(batch_fails: list[_Failure], outcomes: list[_Outcome], n_skipped: int) -> None:
            t0 = time.perf_counter()
            rows = [o for o in outcomes if isinstance(o, DocRows)]
            fails = batch_fails + [o for o in outcomes if not isinstance(o, DocRows)]
            with transaction(conn):
                if rows:
                    write_many(conn, rows, stored=stored_state, failed=failed_ids)
                if fails:
                    _record_failures(conn, fails, fp, run_id)
                conn.execute("UPDATE runs SET n_stored = n_stored + ?, n_skipped = n_skipped + ?, "
                             "n_failed = n_failed + ? WHERE id = ?", (len(rows), n_skipped, len(fails), run_id))
            for r in rows:
                stored_state[r.id] = (fp, r.document[7])
                failed_ids.discard(r.id)
            failed_ids.update(f[1] for f in fails if f[1] is not None)
            counts["stored"] += len(rows)
            counts["failed"] += len(fails)
            counts["seen"] += len(rows) + len(fails) + n_skipped
            counts["skipped"] += n_skipped
            clock["write"] += time.perf_counter() - t0
            report()

        report()
        if workers <= 1:
            own = [0.0, 0.0, 0.0]
            for todo, fails, n_skipped in batches:
                outcomes = [_process(d, h, extractor, run_id, own) for d, h in todo]
                write(fails, outcomes, n_skipped)
            clock["pipeline"], clock["rows"] = own[0], own[1]
        else:
            _run_parallel(batches, workers, settings, run_id, write, clock)
        t0 = time.perf_counter()
        if _restore_indexes(conn):
            clock["indexes"] = time.perf_counter() - t0
        n_stories = None
        t0 = time.perf_counter()
        stale = conn.execute("SELECT value FROM state WHERE key = 'stories_stale'").fetchone()
        fresh = stale is not None and stale[0] == "0"
        if fresh:
            # nothing changed since the last rebuild (this run stored nothing either): stories and summaries stand
            if dedup:
                n_stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
        elif dedup:
            from rasd.store.dedup import build_stories

            n_stories = build_stories(conn)
            with transaction(conn):  # after the rebuild: a kill before this line only means one more rebuild
                conn.execute("INSERT INTO state(key, value) VALUES ('stories_stale', '0') "
                             "ON CONFLICT(key) DO UPDATE SET value = '0'")
        else:
            from rasd.store.dedup import refresh_summaries

            refresh_summaries(conn)
        if not fresh:
            clock["dedup" if dedup else "summaries"] = time.perf_counter() - t0
        with transaction(conn):
            conn.execute("UPDATE runs SET finished_at = ?, status = 'done' WHERE id = ?", (now(), run_id))
        return IngestResult(run_id, counts["stored"], counts["skipped"], counts["failed"],
                            time.monotonic() - started, fp, n_stories, clock)
    finally:
        conn.close()


_CACHE_KIB = 64 * 1024

#: Secondary indexes on the tables a load fills, which a first load into an empty store builds at its end
#: (one sort each) instead of maintaining row by row; the unique keys that ingest itself relies on stay.
_DEFERRABLE = ("documents", "mentions", "actors", "places", "events", "event_actors")


def _defer_indexes(conn: Any) -> None:
    """Drop the deferrable indexes, remembering their SQL in ``state`` in the same transaction: if the run is
    killed, the next ingest finds them there and builds them at its end (queries stay correct meanwhile)."""
    with transaction(conn):
        if conn.execute("SELECT 1 FROM state WHERE key = 'deferred_indexes'").fetchone():
            return
        marks = ", ".join("?" * len(_DEFERRABLE))
        idx = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           f"AND tbl_name IN ({marks}) ORDER BY name", _DEFERRABLE).fetchall()
        if not idx:
            return
        conn.execute("INSERT INTO state(key, value) VALUES ('deferred_indexes', ?)",
                     (json.dumps([[n, q] for n, q in idx], ensure_ascii=False),))
        for name, _sql in idx:
            conn.execute(f'DROP INDEX "{name}"')


def _restore_indexes(conn: Any) -> bool:
    """Build the indexes a first load deferred (if any); True when there were some."""
    row = conn.execute("SELECT value FROM state WHERE key = 'deferred_indexes'").fetchone()
    if row is None:
        return False
    with transaction(conn):
        for name, sql in json.loads(row[0]):
            if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)).fetchone():
                conn.execute(sql)
        conn.execute("DELETE FROM state WHERE key = 'deferred_indexes'")
    return True

_Batch = tuple[list[tuple[Document, str]], list[_Failure], int]


def _timed(batches: Iterator[_Batch], clock: dict[str, float]) -> Iterator[_Batch]:
    """``batches``, adding the time spent producing them (reading, parsing, hashing) to ``clock['read']``."""
    while True:
        t0 = time.perf_counter()
        try:
            b = next(batches)
        except StopIteration:
            clock["read"] += time.perf_counter() - t0
            return
        clock["read"] += time.perf_counter() - t0
        yield b


def _run_parallel(batches: Iterator[_Batch], workers: int, settings: Settings, run_id: int,
                  write: Callable[[list[_Failure], list[_Outcome], int], None], clock: dict[str, float]) -> None:
    ctx = get_context("fork") if hasattr(os, "fork") else get_context("spawn")
    window: deque[tuple[Future[tuple[list[_Outcome], list[float]]] | None, list[_Failure], int]] = deque()
    limit = workers * 3  # batches in flight: enough to keep workers busy, bounded memory

    def drain() -> None:
        f, fl, ns = window.popleft()
        outcomes: list[_Outcome] = []
        if f is not None:
            t0 = time.perf_counter()
            outcomes, wclock = f.result()
            clock["wait"] += time.perf_counter() - t0
            clock["pipeline"] += wclock[0]
            clock["rows"] += wclock[1]
            clock["startup"] = max(clock["startup"], wclock[2])
        write(fl, outcomes, ns)

    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(settings, run_id, os.getpid())) as pool:
        try:
            for todo, fails, n_skipped in batches:
                fut = pool.submit(_work_batch, todo) if todo else None
                window.append((fut, fails, n_skipped))
                while len(window) >= limit or (window and (window[0][0] is None or window[0][0].done())):
                    drain()
            while window:
                drain()
        except BaseException:
            for f, _fl, _ns in window:
                if f is not None:
                    f.cancel()
            raise


def _batches(source: Iterable[Any], size: int, stored: dict[str, tuple[str, str]], fp: str, force: bool,
             counts: dict[str, int]) -> Iterator[tuple[list[tuple[Document, str]], list[_Failure], int]]:
    """Group the input into batches of work: (documents to process, input failures, number skipped)."""
    from rasd.io import InputFailure

    todo: list[tuple[Document, str]] = []
    fails: list[_Failure] = []
    skipped = 0
    queued: set[str] = set()
    for item in source:
        if isinstance(item, InputFailure):
            fails.append(("input:" + item.source, None, item.source, item.code, item.message))
        else:
            chash = content_hash(item)
            prev = stored.get(item.id)
            if (not force and prev == (fp, chash)) or item.id in queued:
                skipped += 1  # stored already by this pipeline, or a repeat within this run
            else:
                todo.append((item, chash))
            # the first article with an id wins, whether stored now or before: a later one with the same id (and
            # other content) is a repeat, so running the same command again changes nothing
            queued.add(item.id)
        if len(todo) + len(fails) + skipped >= size:
            yield todo, fails, skipped
            todo, fails, skipped = [], [], 0
    if todo or fails or skipped:
        yield todo, fails, skipped


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("rasd")
    except Exception:  # noqa: BLE001 - a version string must never break an ingest (no metadata, broken dist)
        return "unknown"
