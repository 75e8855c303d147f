"""The batch tables cover the whole rasd.document/1 shape: rows and back, through Parquet."""
from __future__ import annotations

import json

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.batch.schema import (
    CHILD_TABLES,
    COLUMNS,
    FAILURES,
    KEY,
    PARTITION,
    TABLES,
    arrow_schema,
    flatten,
    month_of,
    unflatten,
)
from rasd.doc import Document, Meta
from rasd.serialize import from_dict, to_dict


def _round_trip(doc: Document, fingerprint: str = "fp0") -> dict:
    """flatten -> Arrow tables -> python rows -> unflatten, as the readers do."""
    flat = flatten(to_dict(doc), fingerprint)
    tables = {}
    for t in TABLES:
        rows = flat.rows(t)
        schema = arrow_schema(t)
        cols = list(zip(*rows)) if rows else [[] for _ in schema]
        tables[t] = pa.Table.from_arrays([pa.array(list(c), type=f.type) for c, f in zip(cols, schema)],
                                         schema=schema).to_pylist()
    (document,) = tables["documents"]
    children = {t: sorted(tables[t], key=lambda r: r["idx"]) for t in CHILD_TABLES}
    return unflatten(document, children)


def test_every_table_row_carries_the_document_key_and_month(seed_docs: list[Document]) -> None:
    doc = seed_docs[0]
    flat = flatten(to_dict(doc), "abc123")
    for t in TABLES:
        names = [c for c, _ in COLUMNS[t]]
        assert names[:3] == [c for c, _ in KEY] and names[-1] == PARTITION
        for row in flat.rows(t):
            r = dict(zip(names, row))
            assert (r["doc_id"], r["fingerprint"], r[PARTITION]) == (doc.id, "abc123", "2017-11")
    assert [len(flat.rows(t)) for t in CHILD_TABLES] == [len(doc.mentions), len(doc.actors), len(doc.places),
                                                         len(doc.events)]


def test_hand_built_documents_survive_the_tables(seed_docs: list[Document]) -> None:
    for doc in seed_docs:
        back = _round_trip(doc)
        assert back == json.loads(json.dumps(to_dict(doc), ensure_ascii=False))
        assert to_dict(from_dict(back)) == to_dict(doc)


def test_doc_hash_tells_different_results_apart(seed_docs: list[Document]) -> None:
    a = flatten(to_dict(seed_docs[0]), "fp")
    b = flatten(to_dict(seed_docs[0].replace(events=seed_docs[0].events[:1])), "fp")
    assert a.doc_id == b.doc_id and a.doc_hash != b.doc_hash
    assert flatten(to_dict(seed_docs[0]), "fp").doc_hash == a.doc_hash


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@given(
    text=st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى «»،.\n")), max_size=80),
    extra=st.dictionaries(st.text(min_size=1, max_size=6).filter(lambda k: k not in ("title", "source", "url",
                                                                                      "date")),
                          JSONISH, max_size=4),
    date=st.none() | st.dates().map(lambda d: d.isoformat()),
    title=st.none() | st.text(max_size=20),
)
@settings(max_examples=60, deadline=None)
def test_metadata_of_any_shape_round_trips(text: str, extra: dict, date: str | None, title: str | None) -> None:
    doc = Document(id="x", text=text, meta=Meta(title=title, date=date, extra=tuple(extra.items())))
    assert _round_trip(doc) == json.loads(json.dumps(to_dict(doc), ensure_ascii=False))


@pytest.mark.parametrize("date,month", [
    ("2015-07-21", "2015-07"), ("2015-07", "2015-07"), ("1999-12-31T23:00:00", "1999-12"), (None, "unknown"),
    ("", "unknown"), ("21/07/2015", "unknown"), ("2015-13-01", "unknown"),
])
def test_month_partition(date: str | None, month: str) -> None:
    assert month_of(date) == month


def test_failures_have_their_own_columns() -> None:
    assert [c for c, _ in COLUMNS[FAILURES]] == ["source", "stage", "code", "message", "doc_id", "fingerprint"]
    assert PARTITION not in arrow_schema(FAILURES).names
