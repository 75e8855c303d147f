"""Rendered event rows (``event_rows``, migration 7): kept bodies give exactly the bytes the tables give, are
replaced and removed with their article, are ignored when missing or of another format, and are backfilled
when an older store is upgraded."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from storefixtures import sample_documents

from rasd.store import query as sq
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
    assert _n_bodies(conn) == 5  # write_rows keeps them
    assert event_bodies(conn, keys) == ref
    with transaction(conn):
        conn.execute("DELETE FROM event_rows")
    assert event_bodies(conn, keys) == ref  # none kept: rendered from the tables
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
    (body,), = conn.execute("SELECT body FROM event_rows WHERE doc_id = 'art-a'").fetchall()
    assert "عنوان جديد".encode() in body and "غارات على الرقة".encode() not in body
    keys = _keys(conn)
    got = event_bodies(conn, keys)
    assert "عنوان جديد".encode() in got[("art-a", "e1")]
    assert got == _reference(conn, keys)
    with transaction(conn):
        delete_document(conn, "art-a")
    assert conn.execute("SELECT count(*) FROM event_rows WHERE doc_id = 'art-a'").fetchone()[0] == 0
    assert ("art-a", "e1") not in event_bodies(conn, keys)


def test_unrenderable_row_gets_no_body(conn: sqlite3.Connection) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM event_rows")
        conn.execute("UPDATE events SET confidence = 9e999 WHERE doc_id = 'art-d'")  # +inf: not JSON
        assert fill_event_rows(conn) == 4
    assert conn.execute("SELECT count(*) FROM event_rows WHERE doc_id = 'art-d'").fetchone()[0] == 0
    with pytest.raises(ValueError):  # as before the bodies: rendering that row fails on each request
        event_bodies(conn, [("art-d", "e1")])


def test_bulk_writes_keep_bodies(tmp_path: Path) -> None:
    from rasd.store.rows import write_many

    c = connect(tmp_path / "bulk.db")
    docs = sample_documents()
    with transaction(c):
        write_many(c, [document_rows(d, fingerprint="fp", run_id=None, ingested_at="t") for d in docs])
    keys = _keys(c)
    assert _n_bodies(c) == len(keys) == 5
    assert event_bodies(c, keys) == _reference(c, keys)
    c.close()


def _old_store(src: Path, dst: Path, version: int) -> None:
    """``dst``: the store ``src`` as a rasd that knew migrations 1..``version`` made it (its schema, its
    columns, the same rows)."""
    from rasd.store.db import _statements
    from rasd.store.schema import MIGRATIONS

    raw = sqlite3.connect(dst, isolation_level=None)
    for number, name, sql in MIGRATIONS[:version]:
        for stmt in _statements(sql):
            raw.execute(stmt)
        raw.execute("INSERT INTO migrations VALUES (?, ?, 'then')", (number, name))
    raw.execute("ATTACH DATABASE ? AS new", (str(src),))
    tables = [r[0] for r in raw.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                        "'documents_fts%' AND name NOT IN ('migrations', 'sqlite_stat1')")]
    for t in tables:
        cols = ", ".join(r[1] for r in raw.execute(f"PRAGMA main.table_info({t})"))
        raw.execute(f"INSERT INTO main.{t} ({cols}) SELECT {cols} FROM new.{t}")
    raw.execute("INSERT INTO main.documents_fts(rowid, title, body) SELECT rowid, title, body FROM new.documents_fts")
    raw.execute("DETACH DATABASE new")
    raw.close()


_QUERIES: dict[str, Callable[[sqlite3.Connection], object]] = {
    "events": lambda c: sq.events(c, sq.EventFilter(limit=0)),
    "country": lambda c: sq.events(c, sq.EventFilter(country="SY", limit=10)),
    "actor": lambda c: sq.events(c, sq.EventFilter(actor="داعش", limit=10)),
    "recipient": lambda c: sq.events(c, sq.EventFilter(recipient="داعش", limit=10)),
    "count": lambda c: sq.count_events(c, sq.EventFilter(country="YE")),
    "source": lambda c: sq.events(c, sq.EventFilter(sources=("aawsat",), limit=10)),
    "sources": lambda c: sq.events(c, sq.EventFilter(sources=("okaz", "alriyadh"), limit=10)),
    "stories": lambda c: sq.stories(c, sq.EventFilter(limit=10)),
}


@pytest.mark.parametrize("version", [6, 7])
def test_older_store_is_upgraded_and_backfilled(tmp_path: Path, version: int) -> None:
    new = tmp_path / "new.db"
    c = connect(new)
    _write(c, sample_documents())
    build_stories(c)
    keys = _keys(c)
    ref = _reference(c, keys)
    want = {name: repr(fn(c)) for name, fn in _QUERIES.items()}
    c.close()
    old = tmp_path / "old.db"
    _old_store(new, old, version)
    raw = sqlite3.connect(old)
    assert raw.execute("SELECT max(version) FROM migrations").fetchone()[0] == version
    cols = {r[1] for r in raw.execute("PRAGMA table_info(events)")}
    assert "place_country" not in cols and raw.execute("SELECT count(*) FROM events").fetchone()[0] == 5
    raw.close()
    ro = connect(old, readonly=True)  # a read-only open upgrades first (as `rasd serve` does)
    assert schema_version(ro) == LATEST >= 8
    assert _n_bodies(ro) == 5
    assert event_bodies(ro, keys) == ref
    for name, fn in _QUERIES.items():
        assert repr(fn(ro)) == want[name], name
    # the copies the upgrade made are those ingest writes
    c = connect(new, readonly=True)
    for table, cols in (("events", "doc_id, id, place_country, doc_source"), ("stories", "id, sources"),
                        ("event_actors", "doc_id, event_id, role, idx, day, ord")):
        got = [tuple(r) for r in ro.execute(f"SELECT {cols} FROM {table} ORDER BY {cols}")]
        assert got == [tuple(r) for r in c.execute(f"SELECT {cols} FROM {table} ORDER BY {cols}")], table
    c.close()
    assert ro.execute("SELECT count(*) FROM events WHERE place_country IS NOT NULL").fetchone()[0] == 4
    assert ro.execute("SELECT count(*) FROM stories WHERE sources IS NOT NULL").fetchone()[0] > 0
    ro.close()


def test_copies_on_events_and_roles_match_their_sources(conn: sqlite3.Connection) -> None:
    """What write_rows copies for the page-order walks (migration 8) is what the joins give."""
    assert conn.execute("SELECT count(*) FROM events WHERE place_country IS NOT NULL").fetchone()[0] == 4
    assert conn.execute("SELECT count(*) FROM events e LEFT JOIN places p ON p.doc_id = e.doc_id "
                        "AND p.id = e.place_id WHERE e.place_country IS NOT p.country").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id "
                        "WHERE e.doc_source IS NOT d.source").fetchone()[0] == 0
    assert conn.execute("SELECT count(DISTINCT doc_source) FROM events").fetchone()[0] == 3
    assert conn.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 9
    assert conn.execute("SELECT count(*) FROM event_actors ea LEFT JOIN events e ON e.doc_id = ea.doc_id "
                        "AND e.id = ea.event_id WHERE ea.day IS NOT e.day OR ea.ord IS NOT e.ord").fetchone()[0] == 0
    from rasd.store.dedup import STORY_SOURCES

    before = conn.execute("SELECT id, sources FROM stories ORDER BY id").fetchall()
    assert any(r[1] and "," in r[1] for r in before)  # the Raqqa story is told by two outlets
    with transaction(conn):
        conn.execute("UPDATE stories SET sources = NULL")
        conn.execute(STORY_SOURCES)
    assert conn.execute("SELECT id, sources FROM stories ORDER BY id").fetchall() == before


def test_role_walk_counts_an_event_once_and_merges_keys(tmp_path: Path) -> None:
    """The actor walk (event_actors_order, one walk per matching key, merged) gives the plain query's page:
    an event naming the same actor twice, or two actors matching one name, is one row."""
    import dataclasses

    from rasd.doc import Actor

    c = connect(tmp_path / "roles.db")
    docs = []
    for k in range(6):
        for d in sample_documents():
            a2 = tuple(dataclasses.replace(a, id=a.id + "#2") for a in d.actors)  # the same identities twice
            # and in every other copy a second actor whose Arabic name contains «داعش» (a second matching key)
            extra = (Actor(id="a:X", name="Islamic State remnants", name_ar="فلول داعش", kind="armed_group",
                           country=None, sector=None, wikidata=None, aliases_matched=(), mentions=(),
                           dictionary_id=None, role=None),) if k % 2 else ()
            evs = tuple(dataclasses.replace(e, actor=e.actor + tuple(x + "#2" for x in e.actor)
                                            + (("a:X",) if extra and "a:ISIL" in e.recipient else ()))
                        for e in d.events)
            day = f"2015-0{1 + k}-1{k}"
            docs.append(d.replace(id=f"{d.id}-{k}", actors=d.actors + a2 + extra,
                                  events=tuple(dataclasses.replace(e, date=day) for e in evs)))
    _write(c, docs)
    c.execute("ANALYZE")
    assert c.execute("SELECT count(*) FROM event_actors WHERE actor_key = 'ISIL' AND role = 'actor'").fetchone()[0] \
        == 2 * c.execute("SELECT count(DISTINCT doc_id || event_id) FROM event_actors WHERE actor_key = 'ISIL' "
                         "AND role = 'actor'").fetchone()[0] > 0
    assert len(sq._matching_actor_keys(c, "داعش")) >= 1
    nonempty = 0
    for who, role in (("داعش", "actor"), ("داعش", "recipient"), ("Islamic State", "actor"), ("COALITION_ISIL", "actor"),
                      ("فلول", "actor"), ("nobody", "actor")):
        for limit, offset in ((1, 0), (2, 1), (3, 2), (50, 0), (5, 7)):
            f = sq.EventFilter(limit=limit, offset=offset, **{role: who})
            assert sq._only_role(f) == (role, who)
            w = sq._where(c, f)
            want = [] if w is None else [(r[0], r[1]) for r in c.execute(
                "SELECT e.doc_id, e.id FROM events e" + w[0] + " ORDER BY e.day DESC, e.doc_id, e.ord LIMIT ? OFFSET ?",
                w[1] + [limit, offset])]
            assert sq.event_page_keys(c, f) == want, (who, role, limit, offset)
            nonempty += bool(want)
    assert nonempty >= 20
    c.close()
