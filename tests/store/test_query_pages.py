"""Page-first event and story queries give exactly the rows of the plain query (every filter, every page).

:func:`rasd.store.query.events` and :func:`~rasd.store.query.stories` choose a page by walking an index over a
bounded window of candidates and fall back to the plain query when the window is too small; both phases are
forced here (a window of one page, and a window larger than the store) and compared, row for row and in order,
with the plain query (``_where`` + ORDER BY + LIMIT/OFFSET over every match).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest
from storefixtures import sample_documents

from rasd.store import query as q
from rasd.store.db import connect, transaction
from rasd.store.dedup import build_stories
from rasd.store.rows import document_rows, write_rows

SOURCES = ("aawsat", "alriyadh", "okaz", "alwatan")


def _shift(day: str | None, k: int) -> str | None:
    return None if day is None else (dt.date.fromisoformat(day[:10]) - dt.timedelta(days=3 * k)).isoformat()


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """13 copies of the hand-built articles, each shifted back in time and moved between outlets (65 events)."""
    c = connect(Path(tmp_path_factory.mktemp("pages")) / "p.db")
    with transaction(c):
        for k in range(13):
            for i, d in enumerate(sample_documents()):
                events = tuple(dataclasses.replace(e, date=_shift(e.date, k if i % 2 else k // 2))
                               for e in d.events)
                meta = dataclasses.replace(d.meta, date=_shift(d.meta.date, k),
                                           source=SOURCES[(i + k) % len(SOURCES)] if k % 3 else d.meta.source)
                doc = d.replace(id=f"{d.id}-{k:02d}", meta=meta, events=events)
                write_rows(c, document_rows(doc, fingerprint="fp", run_id=None, ingested_at="t"))
    build_stories(c)
    c.execute("ANALYZE")  # as after an ingest: row counts size the window and choose how outlets are filtered
    yield c
    c.close()


FILTERS = [
    q.EventFilter(),
    q.EventFilter(types=("ASSAULT",)),
    q.EventFilter(types=("assault", "AGREE")),
    q.EventFilter(types=("AGREE", "ASSAULT", "CONSULT")),
    q.EventFilter(mode="aerial"),
    q.EventFilter(actor="داعش"),
    q.EventFilter(recipient="داعش"),
    q.EventFilter(actor="الحكومه اليمنيه"),
    q.EventFilter(actor="nobody"),
    q.EventFilter(country="SY"),
    q.EventFilter(country="SAU"),
    q.EventFilter(place="الرقّة"),
    q.EventFilter(place="Aden"),
    q.EventFilter(bbox=(40.0, 10.0, 46.0, 20.0)),
    q.EventFilter(date_from="2015-07-20"),
    q.EventFilter(date_from="2015-07-01", date_to="2015-07-25"),
    q.EventFilter(date_to="2015-07"),
    q.EventFilter(sources=("aawsat",)),
    q.EventFilter(sources=("okaz", "alwatan")),
    q.EventFilter(text="مقاتلات"),
    q.EventFilter(text="الرقة"),
    q.EventFilter(types=("ASSAULT",), sources=("okaz",), country="SA"),
    q.EventFilter(types=("ASSAULT", "AGREE"), date_from="2015-07-10", country="SY"),
    q.EventFilter(types=("ASSAULT",), recipient="Q2429253", date_to="2015-08-01"),
    q.EventFilter(polarity="asserted", modality="actual", sources=("aawsat", "alriyadh")),
    q.EventFilter(doc_id="art-c-04"),
    q.EventFilter(doc_id="art-c-04", types=("ASSAULT",)),
]
PAGES = [(1, 0), (3, 2), (7, 5), (50, 0), (4, 30), (10, 200)]


def _plain_events(conn: Any, f: q.EventFilter) -> list[dict[str, Any]]:
    w = q._where(conn, f)
    if w is None:
        return []
    where, args = w
    page, pargs = q._page(f)
    keys = [(r[0], r[1]) for r in conn.execute(
        "SELECT e.doc_id, e.id FROM events e JOIN documents d ON d.id = e.doc_id" + where
        + " ORDER BY e.day DESC, e.doc_id, e.ord" + page, args + pargs)]
    return q._event_details(conn, keys) if keys else []


def _plain_stories(conn: Any, f: q.EventFilter) -> list[dict[str, Any]]:
    return q.stories(conn, dataclasses.replace(f, limit=0, offset=0))[f.offset:f.offset + f.limit]


def _force(monkeypatch: pytest.MonkeyPatch, window: str) -> None:
    """Phase 1 over one page of candidates (phase 2 runs whenever a filter drops one), or over everything; or
    phase 2 straight away wherever the cost model may choose it (one selective actor/country/outlet filter)."""
    monkeypatch.setattr(q, "_window", (lambda n, total=None: n) if window == "one page"
                        else (lambda n, total=None: 10_000))
    monkeypatch.setattr(q, "_phase2_cheaper", lambda *a: window == "phase 2 first")


@pytest.mark.parametrize("window", ["one page", "whole store", "phase 2 first"])
def test_event_pages_equal_the_plain_query(conn, monkeypatch, window: str) -> None:  # type: ignore[no-untyped-def]
    _force(monkeypatch, window)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 65
    nonempty = 0
    for f0, (limit, offset) in itertools.product(FILTERS, PAGES):
        f = dataclasses.replace(f0, limit=limit, offset=offset)
        want = _plain_events(conn, f)
        got = q.events(conn, f)
        assert got == want, f
        nonempty += bool(want)
    assert nonempty > len(FILTERS) * 2  # the comparison is not between empty pages


def test_event_details_match_the_one_statement_query(conn) -> None:  # type: ignore[no-untyped-def]
    for f0 in FILTERS:
        every = q.events(conn, dataclasses.replace(f0, limit=0))  # the one-statement path (no limit)
        assert q.events(conn, dataclasses.replace(f0, limit=500)) == every


@pytest.mark.parametrize("window", ["one page", "whole store"])
def test_story_pages_equal_the_plain_query(conn, monkeypatch, window: str) -> None:  # type: ignore[no-untyped-def]
    _force(monkeypatch, window)
    nonempty = 0
    for f0, (limit, offset) in itertools.product(FILTERS, PAGES):
        f = dataclasses.replace(f0, limit=limit, offset=offset)
        want = _plain_stories(conn, f)
        assert q.stories(conn, f) == want, f
        nonempty += bool(want)
    assert nonempty > len(FILTERS) * 2


def test_phase2_shortcut_only_for_one_selective_filter(conn) -> None:  # type: ignore[no-untyped-def]
    # as if the store held a million events: an actor's or a country's few matches cost less than a long walk
    chosen = {f: q._phase2_cheaper(conn, f, 1, 10**6, 10**6) for f in FILTERS}
    assert any(chosen[f] for f in FILTERS if f.sources or f.actor or f.recipient or f.country)
    for f, yes in chosen.items():
        if yes:  # never with an indexed or a second filter, never for an unknown actor
            assert not (f.types or f.date_from or f.date_to or f.doc_id or f.text or f.place or f.bbox)
            assert sum(map(bool, (f.actor, f.recipient, f.country, f.sources))) == 1
            assert f.actor != "nobody"
