"""The unit of work both engines share: articles in, rows (or failure records) out.

A :class:`Worker` is built once per worker process (local engine) or partition (Spark engine) from the resolved
:class:`~rasd.config.Settings`; the pipeline inside comes from :func:`rasd.api.load_pipeline`, which caches it
per process, so a Spark Python worker that serves many partitions builds it once. One failing article becomes a
failure record; it never stops the worker.
"""

from __future__ import annotations

import json
import os
import time
import zlib
from collections.abc import Iterator
from typing import Any

from rasd.batch.schema import Flat, flatten
from rasd.config import Settings
from rasd.doc import Document
from rasd.errors import FormatError, InputTooLargeError, NotTextError, RasdError
from rasd.io import InputFailure, read_records, record_to_document

__all__ = ["FailureRow", "Result", "Worker", "failure_row", "file_to_documents", "input_kind", "line_to_document"]

#: (source, stage, code, message, doc_id, fingerprint) — the columns of the failures dataset.
FailureRow = tuple[str, str, str, str, str | None, str | None]
Result = Flat | FailureRow

_KINDS = {
    ".txt": "txt", ".text": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
    ".tsv": "tsv", ".html": "html", ".htm": "html", ".xhtml": "html",
}
_MAX_BYTES = 2 * 1024**3


def input_kind(name: str) -> tuple[str | None, bool]:
    """(format, gzipped) of a file name, as ``rasd extract`` decides it from the extension."""
    low = name.lower()
    gz = low.endswith(".gz")
    if gz:
        low = low[:-3]
    return _KINDS.get(os.path.splitext(low)[1]), gz


def failure_row(f: InputFailure, fingerprint: str | None) -> FailureRow:
    return (f.source, "input", f.code, f.message, None, fingerprint)


def _short(exc: BaseException) -> str:
    msg = str(exc) or type(exc).__name__
    return msg if len(msg) <= 200 else msg[:200] + "…"


def line_to_document(line: str, where: str) -> Document | InputFailure:
    """One JSON Lines record (the text of line ``where``) as a Document, or the reason it is not one."""
    try:
        rec = json.loads(line)
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        return InputFailure.from_error(
            where, FormatError(f"{where}: malformed JSON line: {_short(exc)}", source=where))
    if not isinstance(rec, dict):
        return InputFailure.from_error(where, FormatError(f"{where}: a record must be a JSON object", source=where))
    try:
        return record_to_document(rec, where)
    except RasdError as exc:
        return InputFailure.from_error(where, exc)


def file_to_documents(data: bytes, source: str) -> Iterator[Document | InputFailure]:
    """Every article in the bytes of one input file (any format of ``rasd extract``; gzip undone here)."""
    kind, gz = input_kind(source)
    if gz or data[:2] == b"\x1f\x8b":
        try:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            data = d.decompress(data, _MAX_BYTES + 1)
            if len(data) > _MAX_BYTES:
                raise InputTooLargeError(f"{source}: decompresses to more than {_MAX_BYTES // 1024**2} MiB",
                                         source=source)
        except zlib.error as exc:
            yield InputFailure.from_error(source, NotTextError(f"{source}: not valid gzip data: {exc}",
                                                               source=source))
            return
        except RasdError as exc:
            yield InputFailure.from_error(source, exc)
            return
    yield from read_records(data, source, kind)


def _source_of(doc: Document) -> str:
    return str(dict(doc.meta.extra).get("file") or doc.meta.url or doc.id)


class Worker:
    """The pipeline for ``settings`` plus the rows it makes; build once per process or partition."""

    def __init__(self, settings: Settings) -> None:
        from rasd.api import load_pipeline
        from rasd.serialize import to_dict

        t0 = time.perf_counter()
        self.extractor = load_pipeline(settings)
        self.fingerprint: str = self.extractor.fingerprint
        self.setup_seconds = time.perf_counter() - t0
        self._to_dict = to_dict

    def process(self, item: Document | InputFailure) -> Result:
        """Rows for one article, or a failure record (never raises for a bad article)."""
        if isinstance(item, InputFailure):
            return failure_row(item, self.fingerprint)
        try:
            return flatten(self._to_dict(self.extractor(item)), self.fingerprint)
        except RasdError as exc:
            return (_source_of(item), "pipeline", exc.code, exc.message, item.id, self.fingerprint)
        except Exception as exc:  # noqa: BLE001 - one bad article never stops a batch; the reason is recorded
            return (_source_of(item), "pipeline", "rasd.internal", f"{type(exc).__name__}: {_short(exc)}", item.id,
                    self.fingerprint)

    def process_many(self, items: list[Any]) -> list[Result]:
        return [self.process(i) for i in items]

