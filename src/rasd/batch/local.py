"""The local engine: worker processes on this machine, the same Parquet layout as the Spark engine.

The calling process reads the inputs (:func:`rasd.io.iter_inputs`, every format of ``rasd extract``), sends
chunks of articles to ``workers`` processes (each builds the pipeline once) and writes what comes back; a bounded
window of chunks in flight keeps memory flat on any input size.
"""

from __future__ import annotations

import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from rasd.batch.base import BatchResult, manifest_for
from rasd.batch.layout import LocalWriter, prepare_local_output, write_manifest
from rasd.batch.schema import FAILURES, TABLES
from rasd.batch.work import Result, Worker, failure_row
from rasd.config import Settings
from rasd.doc import Document

__all__ = ["LocalEngine"]

_state: dict[str, Any] = {}


def _init(settings: Settings) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    _state["worker"] = Worker(settings)
    _state["reported"] = False


def _work(chunk: list[Document]) -> tuple[int, float | None, list[Result]]:
    w: Worker = _state["worker"]
    setup = None
    if not _state["reported"]:
        setup, _state["reported"] = w.setup_seconds, True
    return os.getpid(), setup, w.process_many(chunk)


class LocalEngine:
    """``workers`` processes (0 = one per core; 1 = in this process)."""

    name = "local"

    def __init__(self, settings: Settings, *, workers: int | None = None, chunk_size: int = 16,
                 text_column: str | None = None, flush_every: int = 2000) -> None:
        self.settings = settings
        n = settings.workers if workers is None else workers
        self.workers = n if n > 0 else (os.cpu_count() or 1)
        self.chunk_size = chunk_size
        self.text_column = text_column
        self.flush_every = flush_every

    def _chunks(self, items: Iterable[Any], writer: LocalWriter, fingerprint: str) -> Iterator[list[Document]]:
        from rasd.io import InputFailure

        chunk: list[Document] = []
        for item in items:
            if isinstance(item, InputFailure):
                writer.add(failure_row(item, fingerprint))
                continue
            chunk.append(item)
            if len(chunk) >= self.chunk_size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def run(self, inputs: list[str], out: str, *, overwrite: bool = False,
            items: Iterable[Any] | None = None) -> BatchResult:
        """Process ``inputs`` (or the given Documents / InputFailures in ``items``) into ``out``."""
        from rasd.api import load_pipeline
        from rasd.io import iter_inputs

        started = time.perf_counter()
        outp = Path(out)
        prepare_local_output(outp, overwrite=overwrite)
        fingerprint = load_pipeline(self.settings).fingerprint
        writer = LocalWriter(outp, flush_every=self.flush_every)
        source = items if items is not None else iter_inputs(inputs, text_column=self.text_column)
        chunks = self._chunks(source, writer, fingerprint)
        setups: list[float] = []
        if self.workers <= 1:
            w = Worker(self.settings)
            setups.append(w.setup_seconds)
            for chunk in chunks:
                for r in w.process_many(chunk):
                    writer.add(r)
        else:
            self._parallel(chunks, writer, setups)
        counts = writer.close()
        result = BatchResult(
            engine=self.name, out=str(outp), fingerprint=fingerprint, documents=counts["documents"],
            failures=counts[FAILURES], rows={t: counts[t] for t in (*TABLES, FAILURES)},
            seconds=time.perf_counter() - started, partitions=self.workers, setup_seconds=tuple(setups),
        )
        write_manifest(outp, manifest_for(result, self.settings, inputs, {"workers": self.workers}))
        return result

    def _parallel(self, chunks: Iterator[list[Document]], writer: LocalWriter, setups: list[float]) -> None:
        ctx = get_context("fork") if hasattr(os, "fork") else get_context("spawn")
        window: deque[Future[tuple[int, float | None, list[Result]]]] = deque()
        limit = self.workers * 4  # chunks in flight: enough to keep every worker busy, bounded memory

        def drain(fut: Future[tuple[int, float | None, list[Result]]]) -> None:
            _pid, setup, results = fut.result()
            if setup is not None:
                setups.append(setup)
            for r in results:
                writer.add(r)

        with ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx, initializer=_init,
                                 initargs=(self.settings,)) as pool:
            try:
                for chunk in chunks:
                    window.append(pool.submit(_work, chunk))
                    while len(window) >= limit or (window and window[0].done()):
                        drain(window.popleft())
                while window:
                    drain(window.popleft())
            except BaseException:
                for f in window:
                    f.cancel()
                raise
