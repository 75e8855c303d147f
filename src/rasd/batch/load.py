"""A batch output into the SQLite store (``rasd load DIR --db rasd.db``).

Each article is rebuilt from its Parquet rows (:func:`rasd.batch.layout.iter_documents`, through
:func:`rasd.serialize.from_dict`) and upserted whole with the store's own row writer
(:func:`rasd.store.rows.document_rows` + :func:`~rasd.store.rows.write_rows`), in batched transactions. Loading
is idempotent: an article already stored with the same pipeline fingerprint and content is skipped, one stored
by another pipeline (or with other content) is replaced, never duplicated. The output's failures go to the
store's ``failures`` table. The store records the load as a run (its ``inputs`` name the output folder).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rasd.batch.layout import iter_documents, read_failures, read_manifest

__all__ = ["LoadResult", "load_output"]


@dataclass(frozen=True, slots=True)
class LoadResult:
    run_id: int
    stored: int
    skipped: int
    failures: int
    seconds: float
    stories: int | None


def load_output(out: str | os.PathLike[str], db: str | os.PathLike[str], *, batch_size: int = 256,
                force: bool = False, dedup: bool = True,
                on_progress: Callable[[int, int], None] | None = None) -> LoadResult:
    """Upsert every article and failure of the batch output ``out`` into the store ``db``.

    ``force`` rewrites articles even when the store already has them from the same pipeline; ``dedup``
    rebuilds the store's story events at the end (as ``rasd ingest`` does). ``on_progress(stored, skipped)``
    is called after each committed batch.
    """
    from rasd.store.db import connect, now, transaction
    from rasd.store.rows import content_hash, document_rows, write_rows

    started = time.monotonic()
    manifest = read_manifest(out)
    conn = connect(db)
    try:
        with transaction(conn):
            run_id = conn.execute(
                "INSERT INTO runs(started_at, fingerprint, pipeline, settings, rasd_version, inputs) "
                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                (now(), manifest.get("fingerprint", ""), json.dumps(manifest.get("pipeline", [])),
                 json.dumps(manifest.get("settings", {}), ensure_ascii=False), manifest.get("rasd_version"),
                 json.dumps([os.fspath(out)], ensure_ascii=False)),
            ).fetchone()[0]
        stored_state: dict[str, tuple[str, str]] = {
            r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, fingerprint, content_hash FROM documents")
        }
        stored = skipped = 0
        ids: set[str] = set()
        batch: list[Any] = []

        def commit(n_skipped: int) -> None:
            with transaction(conn):
                for rows in batch:
                    write_rows(conn, rows)
                conn.execute("UPDATE runs SET n_stored = n_stored + ?, n_skipped = n_skipped + ? WHERE id = ?",
                             (len(batch), n_skipped, run_id))
            if on_progress is not None:
                on_progress(stored, skipped)

        pending_skips = 0
        for doc, fingerprint in iter_documents(out):
            ids.add(doc.id)
            chash = content_hash(doc)
            if not force and stored_state.get(doc.id) == (fingerprint, chash):
                skipped += 1
                pending_skips += 1
                continue
            batch.append(document_rows(doc, fingerprint=fingerprint, run_id=run_id, ingested_at=now(), chash=chash))
            stored_state[doc.id] = (fingerprint, chash)
            stored += 1
            if len(batch) >= batch_size:
                commit(pending_skips)
                batch, pending_skips = [], 0
        if batch or pending_skips:
            commit(pending_skips)
            batch = []

        fails = []
        for f in read_failures(out):
            if f["stage"] == "pipeline" and f["doc_id"] in ids:
                continue  # the same article succeeded elsewhere in this output
            key = f["doc_id"] if f["stage"] == "pipeline" and f["doc_id"] else "input:" + f["source"]
            fails.append((key, f["doc_id"], f["source"], f["code"], f["message"], f["fingerprint"], run_id, now()))
        with transaction(conn):
            if fails:
                conn.executemany(
                    "INSERT INTO failures(key, doc_id, input, code, message, fingerprint, run_id, failed_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET doc_id = excluded.doc_id, "
                    "input = excluded.input, code = excluded.code, message = excluded.message, "
                    "fingerprint = excluded.fingerprint, run_id = excluded.run_id, failed_at = excluded.failed_at",
                    fails,
                )
            conn.execute("UPDATE runs SET n_failed = ? WHERE id = ?", (len(fails), run_id))
        n_stories = None
        if dedup:
            from rasd.store.dedup import build_stories

            n_stories = build_stories(conn)
        with transaction(conn):
            conn.execute("UPDATE runs SET finished_at = ?, status = 'done' WHERE id = ?", (now(), run_id))
        return LoadResult(run_id, stored, skipped, len(fails), time.monotonic() - started, n_stories)
    finally:
        conn.close()
