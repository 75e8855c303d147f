"""Fixtures for the batch tests: hand-built Documents with every part of rasd.document/1, a Spark session."""
from __future__ import annotations

import gzip
import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rasd.doc import Actor, Document, Event, Mention, Meta, Place, Sentence, Span

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
CORPUS = SHARED / "data" / "corpus" / "saudinewsnet" / "saudinewsnet_articles.jsonl.gz"


def _at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    return i, i + len(needle)


def seed_document(text: str, *, id: str = "seed-1", date: str | None = "2017-11-05") -> Document:
    """The seed article with mentions, actors, places and events built by hand from its gold annotation."""
    first = text.index("\n")
    sents = (Sentence(0, first, (Span(0, 120), Span(121, first))), Sentence(first + 1, len(text), ()))
    a0, a1 = _at(text, "الجيش العربي السوري")
    d0, d1 = _at(text, "داعش")
    b0, b1 = _at(text, "البوكمال")
    t0, t1 = _at(text, "بتطويق")
    ds0, ds1 = _at(text, "التنظيمات الارهابية")
    mentions = (
        Mention("m1", a0, a1, text[a0:a1], "ORG", actor="a1", source="ner.crf", score=0.93),
        Mention("m2", d0, d1, text[d0:d1], "ORG", actor="a2", descriptors=(Span(ds0, ds1),), source="lexicon"),
        Mention("m3", b0, b1, text[b0:b1], "LOC", place="p1", source="gazetteer"),
        Mention("m4", *_at(text, "أميركا"), "أميركا", "LOC"),
    )
    actors = (
        Actor("a1", "Syrian Arab Army", "الجيش العربي السوري", "state_body", "SYR", "MIL", "Q2087949",
              ("الجيش العربي السوري", "الجيش"), ("m1",), "rasd:syr-army", "military"),
        Actor("a2", "Islamic State", "داعش", "armed_group", None, "REB", "Q2429253", ("داعش",), ("m2",)),
    )
    places = (
        Place("p1", "Al-Bukamal", "البوكمال", 34.4537, 40.9186, "SY", "Deir ez-Zor", "Al-Bukamal", "city", 1,
              "geonames:170017", ("m3",)),
        Place("p2", "Syria", "سورية", 35.0, 38.0, "SY", None, None, "country", 3, None, ()),
    )
    events = (
        Event("e1", "ASSAULT", "besiege", Span(t0, t1), text[t0:t1], Span(first + 1, t1 + 40), ("a1",), ("a2",),
              ("military",), "p1", "2017-11-04", 1, "asserted", "actual", "مصادر ميدانية", 0.8125,
              ("Battles", "Armed clash"), "rule:siege.v1", (("killed", 3), ("note", "نص"))),
        Event("e2", "MOBILIZE", None, Span(t0, t1), text[t0:t1], Span(first + 1, t1 + 40), ("a1",), (), (),
              None, None, None, "negated", "planned", None, 0.5, None, ""),
    )
    meta = Meta(title="البوكمال آخر معقل", source="tishreen", url="http://example.org/a", date=date,
                extra=(("author", "مراسل"), ("tags", ["سورية", "دير الزور"]), ("n", 3)))
    return Document(id=id, text=text, meta=meta, sentences=sents, mentions=mentions, actors=actors,
                    places=places, events=events)


@pytest.fixture(scope="session")
def seed_docs(seed_text: str) -> list[Document]:
    """Hand-built documents covering every table, three month partitions (one unknown) and an empty one."""
    return [
        seed_document(seed_text),
        seed_document(seed_text, id="seed-2", date="2017-12-01"),
        seed_document(seed_text, id="seed-3", date=None),
        Document(id="empty", text="", meta=Meta(date="2017-11-30")),
    ]


@pytest.fixture(scope="session")
def corpus_500(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 500 SaudiNewsNet articles as a gzipped JSON Lines file."""
    if not CORPUS.exists():
        pytest.skip(f"corpus not found at {CORPUS}")
    out = tmp_path_factory.mktemp("corpus") / "saudinewsnet-500.jsonl.gz"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src, gzip.open(out, "wt", encoding="utf-8") as dst:
        for line in itertools.islice(src, 500):
            dst.write(line)
    return out


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One local[2] Spark session for the whole test run (starting one takes seconds)."""
    if shutil.which("java") is None:
        pytest.skip("the Spark tests need Java 17+ on the PATH")
    from rasd.batch.spark import local_session

    session = local_session("local[2]", app_name="rasd tests")
    yield session
    session.stop()


def sorted_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: repr(sorted(r.items())))
