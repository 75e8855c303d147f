"""Opening stores: WAL, migrations, and clear errors for damaged or foreign files."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from storefixtures import sample_documents

from rasd.errors import CorruptStoreError, StoreError
from rasd.store.db import connect, schema_version, transaction
from rasd.store.rows import document_rows, write_rows
from rasd.store.schema import LATEST, MIGRATIONS


def test_new_store_is_wal_and_migrated(tmp_path: Path) -> None:
    conn = connect(tmp_path / "n.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert schema_version(conn) == LATEST
    assert [r[0] for r in conn.execute("SELECT version FROM migrations ORDER BY version")] == [m[0] for m in MIGRATIONS]
    conn.close()
    assert schema_version(connect(tmp_path / "n.db")) == LATEST  # reopening applies nothing twice


def test_old_schema_is_upgraded(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    raw = sqlite3.connect(db, isolation_level=None)
    from rasd.store.db import _statements

    for stmt in _statements(MIGRATIONS[0][2]):
        raw.execute(stmt)
    raw.execute("INSERT INTO migrations VALUES (1, 'initial schema', 'then')")
    raw.close()
    conn = connect(db)
    assert schema_version(conn) == LATEST
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'mentions_actor'").fetchone()


def test_missing_store_for_reading(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        connect(tmp_path / "absent.db", readonly=True)


def test_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("هذا ليس قاعدة بيانات\n" * 100, encoding="utf-8")
    with pytest.raises(CorruptStoreError, match="not a rasd database"):
        connect(bad)


def test_foreign_sqlite_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    c = sqlite3.connect(other)
    c.execute("CREATE TABLE t (x)")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="not a rasd store"):
        connect(other)


def test_damaged_pages_raise_corrupt_store_error(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    conn = connect(db)
    with transaction(conn):
        for i in range(30):
            for d in sample_documents():
                write_rows(conn, document_rows(d.replace(id=f"{d.id}-{i}"), fingerprint="f", run_id=None,
                                               ingested_at="t"))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    for off in range(2 * page, len(data) - page, page):  # scribble over every page but the header page
        data[off + 8: off + 600] = b"\xa5" * 592
    db.write_bytes(bytes(data))
    with pytest.raises(CorruptStoreError) as info:
        c = connect(db, check=True)
        c.execute("SELECT count(*), sum(length(text)) FROM documents").fetchone()
    assert "damaged" in str(info.value) and info.value.code == "rasd.store.corrupt"


def test_reader_after_a_crashed_writer_lets_a_writer_recover_first(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # After a writer is killed, SQLite may refuse a read-only connection ("attempt to write a readonly
    # database": the WAL or hot journal needs a writer's recovery). The reader lets one recover, then reads.
    db = tmp_path / "s.db"
    connect(db).close()
    real = sqlite3.connect
    calls: list[str] = []

    def flaky(target: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        calls.append(str(target))
        if "mode=ro" in str(target) and sum("mode=ro" in c for c in calls) == 1:
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("rasd.store.db.sqlite3.connect", flaky)
    conn = connect(db, readonly=True)
    assert schema_version(conn) == LATEST
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("CREATE TABLE nope (a)")  # still read-only
    conn.close()
    ro = [c for c in calls if "mode=ro" in c]
    assert len(ro) == 2 and any("mode=ro" not in c for c in calls)


def test_reader_that_stays_refused_gets_a_store_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    connect(db).close()
    real = sqlite3.connect

    def refused(target: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        if "mode=ro" in str(target):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("rasd.store.db.sqlite3.connect", refused)
    with pytest.raises(StoreError, match="readonly"):
        connect(db, readonly=True)
