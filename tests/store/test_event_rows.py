"""Rendered event rows (``event_rows``, migration 7): kept bodies give exactly the bytes the tables give, are
replaced and removed with their article, are ignored when missing or of another format, and are backfilled
when an older store is upgraded."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from storefixtures import sample_documents

from rasd.store.db import connect, schema_version, transaction
from rasd.store.dedup import build_stories
from rasd.store.query import (
    EVENT_ROW_FORMAT,
    event_bodies,
    events_by_key,
    fill_event_rows,
    render_json,
)
from rasd.store.rows import delete_document, document_rows, write_rows
from rasd.store.schema import LATEST


def _write(conn: sqlite3.Connection, docs: list) -> None:  # type: ignore[type-arg]
    with transaction(conn):
        for d in docs:
            write_rows(conn, document_rows(d, fingerprint="fp", run_id=None, ingested_at="t"))


def _keys(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in conn.execute("SELECT doc_id, id FROM events ORDER BY day DESC, doc_id, ord")]


def _reference(conn: sqlite3.Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], bytes]:
    return {(r["doc_id"], r["event_id"]): render_json(r) for r in events_by_key(conn, keys)}


def _n_bodies(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM event_rows WHERE fmt = ?", (EVENT_ROW_FORMAT,)).fetchone()[0])


@pytest.fixture()
def conn(tmp_path: Path):  # type: ignore[no-untyped-def]
    c = connect(tmp_path / "b.db")
    _write(c, sample_documents())
    build_stories(c)
    yield c
    c.close()


def test_bodies_equal_the_rendered_rows(conn: sqlite3.Connection) -> None:
    keys = _keys(conn)
    assert len(keys) == 5
    ref = _reference(conn, keys)
    assert all(b'"story_id":' in v for v in ref.values())
    assert conn.execute("SELECT count(*) FROM story_reports").fetchone()[0] > 0  # story ids are spliced in
    assert _n_bodies(conn) == 0  # write_rows alone keeps none: rendered from the tables
    assert event_bodies(conn, keys) == ref
    with transaction(conn):
        assert fill_event_rows(conn) == 5
    assert _n_bodies(conn) == 5
    assert event_bodies(conn, keys) == ref
    with transaction(conn):
        assert fill_event_rows(conn) == 0  # nothing missing
    # a body is the row without story_id and without the closing brace
    body = conn.execute("SELECT body FROM event_rows WHERE doc_id = 'art-a'").fetchone()[0]
    assert isinstance(body, bytes) and not body.endswith(b"}") and b"story_id" not in body
    assert ref[("art-a", "e1")].startswith(body + b',"story_id":')


def test_order_unknown_and_repeated_keys(conn: sqlite3.Connection) -> None:
    with transaction(conn):
        fill_event_rows(conn)
    keys = _keys(conn)
    asked = [keys[3], ("nope", "e1"), keys[0], keys[3]]
    got = event_bodies(conn, asked)
    assert set(got) == {keys[0], keys[3]}
    assert got == _reference(conn, [keys[0], keys[3]])
    assert event_bodies(conn, []) == {}


def test_stale_format_and_story_changes_are_never_served(conn: sqlite3.Connection) -> None:
    with transaction(conn):
        fill_event_rows(conn)
    keys = _keys(conn)
    ref = _reference(conn, keys)
    with transaction(conn):  # a body of another format (an older rasd's rendering) is not used
        conn.execute("UPDATE event_rows SET fmt = ?, body = CAST('{\"bogus\":1' AS BLOB) WHERE doc_id = 'art-c'",
                     (EVENT_ROW_FORMAT - 1,))
    assert event_bodies(conn, keys) == ref
    with transaction(conn):
        assert fill_event_rows(conn) == 2  # art-c's two events, rendered again
    assert event_bodies(conn, keys) == ref
    with transaction(conn):  # stories rebuilt without art-a's report: its story id is read at query time
        conn.execute("DELETE FROM story_reports WHERE doc_id = 'art-a'")
    got = event_bodies(conn, keys)
    assert got[("art-a", "e1")].endswith(b',"story_id":null}')
    assert got == _reference(conn, keys)


def test_replacing_and_deleting_an_article_drops_its_bodies(conn: sqlite3.Connection) -> None:
    with transaction(conn):
        fill_event_rows(conn)
    a = next(d for d in sample_documents() if d.id == "art-a")
    renamed = a.replace(meta=a.meta.__class__(title="عنوان جديد", source=a.meta.source, url=a.meta.url,
                                              date=a.meta.date, extra=a.meta.extra))
    _write(conn, [renamed])
    assert conn.execute("SELECT count(*) FROM event_rows WHERE doc_id = 'art-a'").fetchone()[0] == 0
    keys = _keys(conn)
    got = event_bodies(conn, keys)
    assert "عنوان جديد".encode() in got[("art-a", "e1")]
    assert got == _reference(conn, keys)
    with transaction(conn):
        fill_event_rows(conn, ["art-a"])
        assert conn.execute("SELECT count(*) FROM event_rows WHERE doc_id = 'art-a'").fetchone()[0] == 1
        delete_document(conn, "art-a")
    assert conn.execute("SELECT count(*) FROM event_rows WHERE doc_id = 'art-a'").fetchone()[0] == 0
    assert ("art-a", "e1") not in event_bodies(conn, keys)


def test_unrenderable_row_gets_no_body(conn: sqlite3.Connection) -> None:
    with transaction(conn):
        conn.execute("UPDATE events SET confidence = 9e999 WHERE doc_id = 'art-d'")  # +inf: not JSON
        assert fill_event_rows(conn) == 4
    assert conn.execute("SELECT count(*) FROM event_rows WHERE doc_id = 'art-d'").fetchone()[0] == 0
    with pytest.raises(ValueError):  # as before the bodies: rendering that row fails on each request
        event_bodies(conn, [("art-d", "e1")])


def test_older_store_is_upgraded_and_backfilled(tmp_path: Path) -> None:
    db = tmp_path / "v6.db"
    c = connect(db)
    _write(c, sample_documents())
    build_stories(c)
    keys = _keys(c)
    ref = _reference(c, keys)
    with transaction(c):  # what rasd made before migration 7
        c.execute("DROP TABLE event_rows")
        c.execute("DELETE FROM migrations WHERE version >= 7")
    c.close()
    raw = sqlite3.connect(db)
    assert raw.execute("SELECT max(version) FROM migrations").fetchone()[0] == 6
    raw.close()
    ro = connect(db, readonly=True)  # a read-only open upgrades first (as `rasd serve` does)
    assert schema_version(ro) == LATEST >= 7
    assert _n_bodies(ro) == 5
    assert event_bodies(ro, keys) == ref
    ro.close()
