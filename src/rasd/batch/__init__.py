"""Batch processing at scale: one interface, two engines, one Parquet layout.

- :class:`~rasd.batch.local.LocalEngine` — worker processes on this machine;
- :class:`~rasd.batch.spark.SparkEngine` — Apache Spark (``mapPartitions``), local or on a cluster;
- :mod:`rasd.batch.layout` — the output folder (documents, mentions, actors, places, events partitioned by month;
  failures; a manifest) and its readers; :mod:`rasd.batch.schema` — the tables' columns;
- :mod:`rasd.batch.load` — a batch output into the SQLite store.

Both engines write the same rows for the same input; a failing article becomes a row of the failures dataset and
never stops a task.
"""

from __future__ import annotations

from rasd.batch.base import BatchResult, Engine
from rasd.batch.layout import BatchError, iter_documents, read_failures, read_manifest, read_table
from rasd.batch.schema import FAILURES, TABLES
from rasd.config import Settings

__all__ = [
    "FAILURES",
    "TABLES",
    "BatchError",
    "BatchResult",
    "Engine",
    "iter_documents",
    "make_engine",
    "read_failures",
    "read_manifest",
    "read_table",
]


def make_engine(name: str, settings: Settings, *, workers: int | None = None, partitions: int | None = None,
                master: str | None = None, text_column: str | None = None) -> Engine:
    """The engine called ``name`` (``local`` or ``spark``) for ``settings``."""
    if name == "local":
        from rasd.batch.local import LocalEngine

        return LocalEngine(settings, workers=workers, text_column=text_column)
    if name == "spark":
        from rasd.batch.spark import SparkEngine

        return SparkEngine(settings, master=master, partitions=partitions, text_column=text_column)
    raise BatchError(f"unknown engine {name!r}; use local or spark")
