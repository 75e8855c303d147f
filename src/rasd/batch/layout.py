"""The on-disk layout of a batch output, the local writer and the readers.

::

    OUT/
      _rasd.json                         manifest: format, engine, fingerprint, settings, inputs, counts
      documents/month=2015-07/part-*.parquet
      mentions/month=2015-07/part-*.parquet
      actors/   places/   events/        (same partitioning)
      failures/part-*.parquet            articles or files that could not be read or processed

Both engines write this layout (Spark adds its ``_SUCCESS`` and ``.crc`` files, which readers ignore). The
manifest is written last: an output without one is incomplete.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rasd.batch.schema import (
    CHILD_TABLES,
    COLUMNS,
    FAILURES,
    FORMAT,
    PARTITION,
    TABLES,
    Flat,
    arrow_schema,
    unflatten,
)
from rasd.doc import Document
from rasd.errors import RasdError

__all__ = [
    "MANIFEST",
    "BatchError",
    "LocalWriter",
    "iter_documents",
    "months",
    "prepare_local_output",
    "read_failures",
    "read_manifest",
    "read_table",
    "write_manifest",
]

MANIFEST = "_rasd.json"


class BatchError(RasdError):
    """A batch output folder that cannot be written or read."""

    code = "rasd.batch"
    hint = "check the --out folder (use --overwrite to replace an earlier rasd batch output)"


def _is_ours(out: Path) -> bool:
    return (out / MANIFEST).exists() or any((out / t).is_dir() for t in (*TABLES, FAILURES))


def prepare_local_output(out: Path, *, overwrite: bool) -> None:
    """Make ``out`` ready: create it, or clear an earlier rasd output when ``overwrite`` (never anything else)."""
    if out.exists() and not out.is_dir():
        raise BatchError(f"{out} exists and is not a folder")
    if out.is_dir() and any(out.iterdir()):
        if not _is_ours(out):
            raise BatchError(f"{out} is not empty and is not a rasd batch output; choose another --out folder")
        if not overwrite:
            raise BatchError(f"{out} already holds a rasd batch output")
        for name in (*TABLES, FAILURES):
            if (out / name).is_dir():
                shutil.rmtree(out / name)
        for name in (MANIFEST, "_SUCCESS"):
            if (out / name).exists():
                (out / name).unlink()
    out.mkdir(parents=True, exist_ok=True)


class LocalWriter:
    """Buffers rows and writes them as Parquet parts in the layout above (one file per table and month per
    flush)."""

    def __init__(self, out: Path, *, flush_every: int = 2000) -> None:
        self.out = out
        self.flush_every = flush_every
        self._buf: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
        self._fail: list[tuple[Any, ...]] = []
        self._pending = 0
        self._part = 0
        self.counts: dict[str, int] = {t: 0 for t in (*TABLES, FAILURES)}
        for t in (*TABLES, FAILURES):
            (out / t).mkdir(parents=True, exist_ok=True)

    def add(self, result: Flat | tuple[Any, ...]) -> None:
        if isinstance(result, Flat):
            for t in TABLES:
                rows = result.rows(t)
                if rows:
                    self._buf[(t, result.month)].extend(rows)
                    self.counts[t] += len(rows)
        else:
            self._fail.append(tuple(result))
            self.counts[FAILURES] += 1
        self._pending += 1
        if self._pending >= self.flush_every:
            self.flush()

    @staticmethod
    def _table(table: str, rows: list[tuple[Any, ...]], drop_partition: bool) -> Any:
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

        schema = arrow_schema(table)
        if drop_partition:
            schema = schema.remove(schema.get_field_index(PARTITION))
        cols: list[Any] = list(zip(*rows)) if rows else [[] for _ in schema]
        return pa.Table.from_arrays([pa.array(list(c), type=f.type) for c, f in zip(cols, schema)], schema=schema)

    def flush(self) -> None:
        import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]

        name = f"part-{self._part:05d}.parquet"
        for (table, month), rows in sorted(self._buf.items()):
            d = self.out / table / f"{PARTITION}={month}"
            d.mkdir(parents=True, exist_ok=True)
            pq.write_table(self._table(table, [r[:-1] for r in rows], True), d / name)
        if self._fail:
            pq.write_table(self._table(FAILURES, self._fail, False), self.out / FAILURES / name)
        if self._buf or self._fail:
            self._part += 1
        self._buf.clear()
        self._fail = []
        self._pending = 0

    def close(self) -> dict[str, int]:
        self.flush()
        return dict(self.counts)


def write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    tmp = out / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, out / MANIFEST)


def read_manifest(out: str | os.PathLike[str]) -> dict[str, Any]:
    """The manifest of a finished output (raises :class:`BatchError` for an incomplete or foreign folder)."""
    p = Path(out) / MANIFEST
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BatchError(f"{out} is not a finished rasd batch output (no {MANIFEST})",
                         hint="run `rasd batch INPUT... --out DIR` and let it finish") from exc
    except (OSError, ValueError) as exc:
        raise BatchError(f"{p}: unreadable manifest: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BatchError(f"{p}: not a {FORMAT} manifest")
    return data


def _dataset(out: str | os.PathLike[str], table: str) -> Any:
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
    import pyarrow.dataset as ds  # type: ignore[import-untyped,unused-ignore]

    path = Path(out) / table
    if not path.is_dir():
        raise BatchError(f"{out} has no {table} dataset")
    part = None
    if table != FAILURES:
        part = ds.partitioning(pa.schema([(PARTITION, pa.string())]), flavor="hive")
    return ds.dataset(str(path), schema=arrow_schema(table), format="parquet", partitioning=part)


def read_table(out: str | os.PathLike[str], table: str, *, month: str | None = None) -> Any:
    """One dataset of an output as a pyarrow Table (only ``month`` when given)."""
    import pyarrow.dataset as ds  # type: ignore[import-untyped,unused-ignore]

    dset = _dataset(out, table)
    flt = (ds.field(PARTITION) == month) if month is not None else None
    return dset.to_table(filter=flt)


def read_failures(out: str | os.PathLike[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = read_table(out, FAILURES).to_pylist()
    return rows


def months(out: str | os.PathLike[str]) -> list[str]:
    """The month partitions of an output's documents, sorted."""
    col = _dataset(out, "documents").to_table(columns=[PARTITION]).column(PARTITION)
    return sorted(set(col.to_pylist()))


def iter_documents(out: str | os.PathLike[str]) -> Iterator[tuple[Document, str]]:
    """Every article of an output as (Document, pipeline fingerprint), one month partition at a time.

    Rows repeated in the output (the same article given twice: same ``doc_id`` and ``doc_hash``) come out once.
    """
    from rasd.serialize import from_dict

    for month in months(out):
        docs = read_table(out, "documents", month=month).to_pylist()
        kids: dict[str, dict[tuple[str, str], dict[int, dict[str, Any]]]] = {}
        for t in CHILD_TABLES:
            by_doc: dict[tuple[str, str], dict[int, dict[str, Any]]] = defaultdict(dict)
            for r in read_table(out, t, month=month).to_pylist():
                by_doc[(r["doc_id"], r["doc_hash"])][r["idx"]] = r
            kids[t] = by_doc
        seen: set[tuple[str, str]] = set()
        for d in sorted(docs, key=lambda r: (r["doc_id"], r["doc_hash"])):
            key = (d["doc_id"], d["doc_hash"])
            if key in seen:
                continue
            seen.add(key)
            children = {t: [kids[t][key][i] for i in sorted(kids[t].get(key, {}))] for t in CHILD_TABLES}
            yield from_dict(unflatten(d, children)), d["fingerprint"]


def column_names(table: str) -> list[str]:
    return [c for c, _ in COLUMNS[table]]
