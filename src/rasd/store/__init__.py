"""The rasd store: SQLite (WAL) with plain relational tables, FTS5 search, ingest, queries, exports, dedup.

- :mod:`rasd.store.schema` — tables as numbered migrations; :mod:`rasd.store.db` — :func:`connect`;
- :mod:`rasd.store.rows` — a Document to rows and back (whole-article upserts);
- :mod:`rasd.store.ingest` — parallel, batched, idempotent, resumable :func:`ingest`;
- :mod:`rasd.store.query` — the query library (filters in, dicts out) shared by the CLI and the HTTP API;
- :mod:`rasd.store.export` — JSON Lines, ACLED-style CSV, Parquet, GeoJSON;
- :mod:`rasd.store.dedup` — story events linking reports of the same real-world event.
"""

from rasd.store.db import connect
from rasd.store.rows import load_document

__all__ = ["connect", "load_document"]
