"""Opening a store: the SQLite connection (WAL, foreign keys, busy timeout), migrations, corruption checks."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from rasd.errors import CorruptStoreError, StoreError
from rasd.store.schema import BACKFILLS, LATEST, MIGRATIONS

__all__ = ["connect", "now", "schema_version", "transaction"]

_SQLITE_MAGIC = b"SQLite format 3\x00"


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _check_header(path: Path) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size == 0:
        return
    with path.open("rb") as f:
        head = f.read(16)
    if head != _SQLITE_MAGIC:
        raise CorruptStoreError(f"{path} is not a rasd database (not an SQLite file, or its header is damaged)")


def _corrupt(path: str, exc: BaseException) -> CorruptStoreError:
    return CorruptStoreError(f"{path}: the database is damaged ({exc}); rasd cannot read it")


def schema_version(conn: sqlite3.Connection) -> int:
    have = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").fetchone()
    if not have:
        return 0
    row = conn.execute("SELECT max(version) FROM migrations").fetchone()
    return int(row[0] or 0)


def analyze_stored(conn: sqlite3.Connection) -> None:
    """Refresh the planner's statistics (a migration's data step) when the store holds events and has been
    analysed before (ingest analyses at its end; an empty new store is left as it is until then)."""
    analysed = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()
    if analysed and conn.execute("SELECT 1 FROM events LIMIT 1").fetchone():
        conn.execute("ANALYZE")


def _migrate(conn: sqlite3.Connection, path: str) -> None:
    version = schema_version(conn)
    if version > LATEST:
        raise StoreError(
            f"{path} has schema version {version}, newer than this rasd knows ({LATEST})",
            hint="upgrade rasd to read this database",
        )
    if version == 0:
        others = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if others:
            raise StoreError(f"{path} is an SQLite database but not a rasd store (it has other tables)",
                             hint="give a new file name, or the path of a rasd database")
    for number, name, sql in MIGRATIONS:
        if number <= version:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            for stmt in _statements(sql):
                conn.execute(stmt)
            if number in BACKFILLS:
                import importlib

                module, func = BACKFILLS[number]
                getattr(importlib.import_module(module), func)(conn)
            conn.execute("INSERT INTO migrations(version, name, applied_at) VALUES (?, ?, ?)", (number, name, now()))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _statements(sql: str) -> list[str]:
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def connect(path: str | os.PathLike[str], *, create: bool = True, readonly: bool = False,
            check: bool = False, _recovered: bool = False) -> sqlite3.Connection:
    """Open (and if needed create and migrate) a rasd store.

    ``create=False`` raises :class:`StoreError` when the file does not exist; ``readonly`` opens it read-only
    (queries, exports); ``check`` runs ``PRAGMA quick_check`` (slow on big files). A file that is not an SQLite
    database, or whose pages are damaged, raises :class:`CorruptStoreError`.
    """
    p = Path(path)
    spath = str(p)
    if not p.exists():
        if not create or readonly:
            raise StoreError(f"no database at {spath}", hint="run `rasd ingest PATH... --db FILE` first")
        if p.parent and not p.parent.exists():
            raise StoreError(f"cannot create {spath}: folder {p.parent} does not exist")
    elif p.is_dir():
        raise StoreError(f"{spath} is a folder, not a database file")
    _check_header(p)
    conn: sqlite3.Connection | None = None
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{p.resolve()}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False)
        else:
            conn = sqlite3.connect(spath, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 30000")
        if not readonly:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"{spath}: cannot switch the database to WAL mode (got {mode})")
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = OFF")  # children are replaced explicitly, in one transaction
        if check:
            res = conn.execute("PRAGMA quick_check").fetchone()[0]
            if res != "ok":
                raise CorruptStoreError(f"{spath}: the database is damaged ({res})")
        if readonly:
            version = schema_version(conn)
            if version == 0:
                raise StoreError(f"{spath} is not a rasd store (no migrations table)")
            if version < LATEST:
                conn.close()
                rw = connect(p, create=False)  # bring the schema up to date, then reopen read-only
                rw.close()
                return connect(p, readonly=True, check=False)
            if version > LATEST:
                raise StoreError(f"{spath} has schema version {version}, newer than this rasd knows ({LATEST})",
                                 hint="upgrade rasd to read this database")
        else:
            _migrate(conn, spath)
    except sqlite3.DatabaseError as exc:
        msg = str(exc).lower()
        if readonly and not _recovered and "readonly database" in msg:
            # A writer that was killed mid-transaction leaves a WAL (or hot journal) that only a read-write
            # connection may recover. Let one recover it, then open read-only again.
            if conn is not None:
                conn.close()
            rw = connect(p, create=False)
            rw.close()
            return connect(p, readonly=True, check=check, _recovered=True)
        if "malformed" in msg or "not a database" in msg or "corrupt" in msg or "file is encrypted" in msg:
            raise _corrupt(spath, exc) from exc
        raise StoreError(f"{spath}: {exc}") from exc
    return conn


class transaction:
    """``with transaction(conn):`` — BEGIN IMMEDIATE … COMMIT, ROLLBACK on any exception.

    Database-damage errors inside become :class:`CorruptStoreError`.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        if exc is None:
            self.conn.execute("COMMIT")
            return
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.DatabaseError) and "malformed" in str(exc).lower():
            raise _corrupt("database", exc) from exc
