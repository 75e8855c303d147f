"""Read-only database access for the web layer: a small pool of SQLite connections with a time limit per query.

SQLite connections are not shared between threads at the same time; each request borrows one connection from
the pool (opened lazily, read-only, through :func:`rasd.store.connect`) and gives it back. A progress handler
interrupts any statement that runs past the request's deadline, which the API answers with ``rasd.web.timeout``.
"""

from __future__ import annotations

import os
import queue
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from rasd.errors import RasdError, StoreError
from rasd.web.errors import ApiError

__all__ = ["Pool"]

MMAP_BYTES = 1 << 30  # map up to 1 GiB of the database file (address space, not memory)
CACHE_KIB = 32_768  # page cache per connection


class Pool:
    """Up to ``size`` read-only connections to ``path``; :meth:`connection` lends one for a ``with`` block."""

    def __init__(self, path: str | os.PathLike[str], *, size: int = 8, query_timeout: float = 5.0,
                 wait_timeout: float = 10.0) -> None:
        self.path = str(path)
        self.size = size
        self.query_timeout = query_timeout
        self.wait_timeout = wait_timeout
        self._idle: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue()
        self._opened = 0
        self._lock = threading.Lock()
        self._closed = False

    def check(self) -> None:
        """Open (and return) one connection now, so a bad path fails at start-up rather than on a request."""
        with self.connection():
            pass

    def _open(self) -> sqlite3.Connection:
        from rasd.store import connect

        conn = connect(self.path, create=False, readonly=True)
        # read through a memory map (no read() call per page; pages shared by every connection and worker
        # process through the OS page cache) and keep a larger private cache of decoded pages
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        return conn

    def _acquire(self) -> sqlite3.Connection:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if self._opened < self.size:
                self._opened += 1
                grow = True
            else:
                grow = False
        if grow:
            try:
                return self._open()
            except BaseException:
                with self._lock:
                    self._opened -= 1
                raise
        try:
            return self._idle.get(timeout=self.wait_timeout)
        except queue.Empty:
            raise ApiError(503, "rasd.web.busy", "the server is busy (no free database connection)",
                           "retry in a moment") from None

    @contextmanager
    def connection(self, timeout: float | None = None) -> Iterator[sqlite3.Connection]:
        """A read-only connection whose statements are interrupted after ``timeout`` seconds (default: the
        pool's ``query_timeout``)."""
        if self._closed:
            raise ApiError(503, "rasd.web.busy", "the server is shutting down")
        try:
            conn = self._acquire()
        except RasdError as exc:
            raise ApiError(503, exc.code, exc.message, exc.hint) from exc
        deadline = time.monotonic() + (self.query_timeout if timeout is None else timeout)
        conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 5000)
        broken = False
        try:
            yield conn
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc).lower():
                raise ApiError(503, "rasd.web.timeout",
                               f"the query ran longer than the server's limit ({self.query_timeout:g} s)",
                               "narrow the filters (dates, type, place) or page with a smaller limit") from exc
            broken = True
            raise ApiError(503, "rasd.store", f"database error: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            broken = True
            raise ApiError(503, "rasd.store", f"database error: {exc}") from exc
        finally:
            conn.set_progress_handler(None, 0)
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    broken = True
            if broken or self._closed:
                conn.close()
                with self._lock:
                    self._opened -= 1
            else:
                self._idle.put(conn)

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                break


def open_check(path: str | os.PathLike[str]) -> None:
    """Raise :class:`StoreError` unless ``path`` is a readable rasd store."""
    from rasd.store import connect

    if not os.path.exists(path):
        raise StoreError(f"no database at {path}", hint="run `rasd ingest PATH... --db FILE` first")
    connect(path, create=False, readonly=True).close()
