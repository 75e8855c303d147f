"""Query filters over hand-built articles (actors, places, events, descriptors)."""
from __future__ import annotations

from pathlib import Path

import pytest
from storefixtures import sample_documents

from rasd.errors import StoreError
from rasd.store.db import connect, transaction
from rasd.store.dedup import build_stories
from rasd.store.query import (
    EventFilter,
    actors,
    count_events,
    events,
    fts_query,
    labels,
    places,
    search,
    stories,
)
from rasd.store.rows import document_rows, write_rows


@pytest.fixture()
def conn(tmp_path: Path):  # type: ignore[no-untyped-def]
    c = connect(tmp_path / "q.db")
    with transaction(c):
        for d in sample_documents():
            write_rows(c, document_rows(d, fingerprint="fp", run_id=None, ingested_at="t"))
    build_stories(c)
    yield c
    c.close()


def _ids(rows: list[dict]) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    return {(r["doc_id"], r["event_id"]) for r in rows}


ALL = {("art-a", "e1"), ("art-b", "e1"), ("art-c", "e1"), ("art-c", "e2"), ("art-d", "e1")}


@pytest.mark.parametrize("f, want", [
    (EventFilter(), ALL),
    (EventFilter(types=("ASSAULT",)), {("art-a", "e1"), ("art-b", "e1"), ("art-c", "e2")}),
    (EventFilter(types=("assault", "AGREE")), {("art-a", "e1"), ("art-b", "e1"), ("art-c", "e2"), ("art-d", "e1")}),
    (EventFilter(mode="aerial"), {("art-a", "e1"), ("art-b", "e1")}),
    (EventFilter(actor="داعش"), {("art-c", "e2")}),  # as actor only
    (EventFilter(recipient="داعش"), {("art-a", "e1"), ("art-b", "e1"), ("art-c", "e1")}),
    (EventFilter(recipient="islamic state"), {("art-a", "e1"), ("art-b", "e1"), ("art-c", "e1")}),
    (EventFilter(recipient="Q2429253"), {("art-a", "e1"), ("art-b", "e1"), ("art-c", "e1")}),
    (EventFilter(actor="الحكومه اليمنيه"), {("art-d", "e1")}),  # spelling variants of «الحكومة اليمنية»
    (EventFilter(actor="nobody"), set()),
    (EventFilter(country="SY"), {("art-a", "e1"), ("art-b", "e1")}),
    (EventFilter(country="SAU"), {("art-c", "e1")}),
    (EventFilter(place="الرقّة"), {("art-a", "e1"), ("art-b", "e1")}),
    (EventFilter(place="Aden"), {("art-d", "e1")}),
    (EventFilter(bbox=(40.0, 10.0, 46.0, 20.0)), {("art-c", "e2"), ("art-d", "e1")}),
    (EventFilter(date_from="2015-08-03"), {("art-c", "e1"), ("art-c", "e2"), ("art-d", "e1")}),
    (EventFilter(date_from="2015-08-01", date_to="2015-08-03"), {("art-a", "e1"), ("art-b", "e1"), ("art-d", "e1")}),
    (EventFilter(sources=("aawsat",)), {("art-a", "e1"), ("art-d", "e1")}),
    (EventFilter(text="مقاتلات"), {("art-b", "e1")}),
    (EventFilter(text="المساعدات الإنسانيه"), {("art-d", "e1")}),
    (EventFilter(types=("ASSAULT",), sources=("okaz",), country="SA"), {("art-c", "e2")}),
])
def test_event_filters(conn, f: EventFilter, want: set) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert _ids(events(conn, f)) == want
    assert count_events(conn, f) == len(want)


def test_event_rows_carry_names_and_evidence(conn) -> None:  # type: ignore[no-untyped-def]
    (row,) = events(conn, EventFilter(place="Aden"))
    assert row["actor"] == "Government of Yemen" and row["recipient"] == "United Nations"
    assert row["place"] == "Aden" and row["country"] == "YE" and row["geo_precision"] == 1
    assert row["evidence"].startswith("وقّعت الحكومة اليمنية") and row["trigger"] == "وقّعت"


def test_paging_and_order(conn) -> None:  # type: ignore[no-untyped-def]
    rows = events(conn, EventFilter(limit=2))
    assert len(rows) == 2 and rows[0]["day"] >= rows[1]["day"]
    rest = events(conn, EventFilter(limit=10, offset=2))
    assert len(rest) == 3 and not (_ids(rows) & _ids(rest))


def test_bad_filters_raise(conn) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StoreError):
        events(conn, EventFilter(country="SYRIA"))
    with pytest.raises(StoreError):
        events(conn, EventFilter(bbox=(50.0, 10.0, 40.0, 20.0)))


def test_fts_query_is_safe() -> None:
    assert fts_query('"الجيش السوري" وحلب') == '"الجيش السوري" AND "حلب"'
    assert fts_query('NEAR( * ") OR') == '"near" AND "or"'
    assert fts_query("  ") == ""


def test_search_finds_through_clitics(conn) -> None:  # type: ignore[no-untyped-def]
    rows = search(conn, "بالرقة")
    assert {r["doc_id"] for r in rows} == {"art-a", "art-b"}
    assert all("الرقة" in r["snippet"] for r in rows)
    assert search(conn, 'NEAR(") AND') == []


def test_actors_places_aggregate_across_articles(conn) -> None:  # type: ignore[no-untyped-def]
    isil = actors(conn, name="ISIL")
    assert len(isil) == 1 and isil[0]["n_documents"] == 3 and isil[0]["n_events_recipient"] == 3
    raqqa = places(conn, name="الرقه")
    assert len(raqqa) == 1 and raqqa[0]["n_documents"] == 2 and raqqa[0]["n_events"] == 2
    assert [p["name"] for p in places(conn, country="YE")] == ["Aden"]


def test_labels_per_outlet(conn) -> None:  # type: ignore[no-untyped-def]
    rows = labels(conn, actor="داعش")
    got = {(r["source"], r["label"]) for r in rows}
    assert got == {("aawsat", "التنظيم الإرهابي"), ("alriyadh", "التنظيم المتطرف"), ("okaz", "الميليشيا الإرهابية")}
    assert labels(conn, actor="الأمم المتحدة") == []


def test_merged_stories_count_reports(conn) -> None:  # type: ignore[no-untyped-def]
    rows = stories(conn, EventFilter(types=("ASSAULT",)))
    top = rows[0]
    assert top["n_reports"] == 2 and top["n_sources"] == 2 and top["place"] == "Ar-Raqqah"
    assert sorted(r["n_reports"] for r in rows) == [1, 2]
