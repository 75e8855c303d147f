"""The bulk write path (write_many) stores exactly what one write_rows per article stores, in every case:
new articles, updates, repeats inside a batch, stale failure rows, and a "new" article that is there already."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from storefixtures import sample_documents

from rasd.doc import Document
from rasd.store.db import connect, transaction
from rasd.store.rows import CHILD_TABLES, document_rows, fts_words, write_many, write_rows
from rasd.text.tokenize import Tokenizer

_TABLES = ("documents", "documents_fts", "failures", *CHILD_TABLES, "actor_index", "place_index")


def _dump(conn) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def, type-arg]
    out = {}
    for t in _TABLES:
        cols = "rowid, title, body" if t == "documents_fts" else "*"
        out[t] = sorted(tuple(r) for r in conn.execute(f"SELECT {cols} FROM {t}"))
    return out


def _rows(doc: Document):  # type: ignore[no-untyped-def]
    return document_rows(doc, fingerprint="fp", run_id=None, ingested_at="2015-08-01T00:00:00")


def _variants() -> list[Document]:
    docs = sample_documents()
    out = []
    for i in range(3):
        out += [d.replace(id=f"{d.id}-{i}") for d in docs]
    out.append(docs[0].replace(id=f"{docs[0].id}-1", events=()))  # an update of an article stored earlier
    return out


def _fail(conn, doc_id: str) -> None:  # type: ignore[no-untyped-def]
    conn.execute("INSERT INTO failures(key, doc_id, input, code, message, failed_at) VALUES (?, ?, 'x', 'c', 'm', 't')",
                 (doc_id, doc_id))


@settings(max_examples=15, deadline=None)
@given(cuts=st.lists(st.integers(1, 6), min_size=1, max_size=8), preload=st.sets(st.integers(0, 15), max_size=6),
       failing=st.sets(st.integers(0, 15), max_size=4), tell_stored=st.booleans())
def test_write_many_equals_write_rows(tmp_path_factory, cuts: list[int], preload: set[int], failing: set[int],
                                      tell_stored: bool) -> None:
    docs = _variants()
    d = tmp_path_factory.mktemp("bulk")
    a, b = connect(d / "a.db"), connect(d / "b.db")
    for conn in (a, b):
        with transaction(conn):
            for k in sorted(preload):  # articles already in the store before the run
                write_rows(conn, _rows(docs[k % len(docs)].replace(events=())))
            for doc_id in sorted({docs[k % len(docs)].id for k in failing}):
                _fail(conn, doc_id)
    stored = {docs[k % len(docs)].id for k in preload}
    i = 0
    for c in cuts * 3:
        batch = [_rows(x) for x in docs[i:i + c]]
        if not batch:
            break
        with transaction(a):
            for r in batch:
                write_rows(a, r)
        with transaction(b):
            # told the truth about what is stored, or told nothing (then the bulk path meets the conflict)
            write_many(b, batch, stored=stored if tell_stored else (), failed=None)
        stored.update(r.id for r in batch)
        i += c
    assert _dump(a) == _dump(b)


def test_bulk_path_fts_and_keys(tmp_path: Path) -> None:
    conn = connect(tmp_path / "k.db")
    docs = sample_documents()
    with transaction(conn):
        write_many(conn, [_rows(d) for d in docs])
    got = conn.execute("SELECT d.id, f.body FROM documents d JOIN documents_fts f ON f.rowid = d.pk "
                       "ORDER BY d.pk").fetchall()
    assert [r[0] for r in got] == [d.id for d in docs]
    assert [r[1] for r in got] == [fts_words(d.text) for d in docs]


_word = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىة", min_size=1, max_size=7)
_piece = st.one_of(_word, st.sampled_from(["و", "ب", "لل", "ال", "وال", "ف", "ك", "«", "»", "،", ".", "2015",
                                           "ISIS", "بـ", "داعش", "Ahmed", "١٢"]))


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(_piece, min_size=0, max_size=25), sep=st.sampled_from([" ", "", " و"]))
def test_fts_words_matches_token_rules(parts: list[str], sep: str) -> None:
    """The fast fts_words equals the plain rule: each word token's stem norm (≥ 2 letters for Arabic)."""
    text = sep.join(parts)
    toks = Tokenizer().tokenize(text)
    expect = []
    for t in toks:
        if t.kind in ("punct", "other"):
            continue
        norm = t.stem.norm if t.kind == "arabic" else t.words[0].norm
        if t.kind == "arabic" and len(norm) < 2:
            continue
        if norm:
            expect.append(norm)
    assert fts_words(text) == " ".join(expect)
    assert fts_words(text, toks) == " ".join(expect)


def test_unchanged_rerun_keeps_stories_without_rebuilding(tmp_path: Path) -> None:
    """A run that stores nothing skips the story rebuild; any article written since (by ingest or anything
    else going through rows.py) makes the next run rebuild; a run killed before the rebuild finished too."""
    import json

    from rasd.store.ingest import ingest

    src = tmp_path / "a.jsonl"
    recs = [{"id": f"x{i}", "text": t, "source": "aawsat", "date": "2015-08-01"} for i, t in enumerate([
        "قصفت طائرات التحالف مواقع داعش في الرقة.", "قصف التحالف مواقع تنظيم داعش في الرقة أمس.",
        "وصل وزير الخارجية السعودي إلى عدن."])]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    db = tmp_path / "s.db"
    first = ingest([str(src)], db, workers=1)
    assert first.stored == 3 and first.stories is not None and first.timings["dedup"] > 0
    conn = connect(db)
    stories = conn.execute("SELECT * FROM stories ORDER BY id").fetchall()
    again = ingest([str(src)], db, workers=1)
    assert again.stored == 0 and again.stories == first.stories and again.timings["dedup"] == 0
    assert conn.execute("SELECT * FROM stories ORDER BY id").fetchall() == stories
    # an article removed behind ingest's back (through rows.py) marks the stories stale
    with transaction(conn):
        from rasd.store.rows import delete_document

        delete_document(conn, "x0")
    third = ingest([str(src)], db, workers=1)
    assert third.stored == 1 and third.timings["dedup"] > 0
    # a kill between storing and the rebuild: the mark stays, so the next (storing nothing) run rebuilds
    with transaction(conn):
        conn.execute("DELETE FROM stories")
        conn.execute("UPDATE state SET value = '1' WHERE key = 'stories_stale'")
    fourth = ingest([str(src)], db, workers=1)
    assert fourth.stored == 0 and fourth.stories == first.stories
    assert conn.execute("SELECT count(*) FROM stories").fetchone()[0] == first.stories


def _index_sql(db: Path) -> list[tuple[str, str]]:
    conn = connect(db)
    try:
        return [tuple(r) for r in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                               "AND sql IS NOT NULL ORDER BY name")]
    finally:
        conn.close()


def test_first_load_defers_indexes_and_builds_them(tmp_path: Path) -> None:
    import json

    from rasd.store.ingest import ingest

    want = _index_sql(tmp_path / "empty.db")
    assert any(n == "actors_name" for n, _ in want)
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps({"id": f"y{i}", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(
        ["قصفت طائرات التحالف مواقع داعش في الرقة.", "وصل وزير الخارجية السعودي إلى عدن."])), encoding="utf-8")
    db = tmp_path / "d.db"
    res = ingest([str(src)], db, workers=1, dedup=False)
    assert res.timings.get("indexes", 0) > 0 and _index_sql(db) == want
    # a first load killed while its indexes were deferred: they are dropped and remembered in state
    db2 = tmp_path / "k.db"
    conn = connect(db2)
    from rasd.store.ingest import _defer_indexes

    _defer_indexes(conn)
    assert len(_index_sql(db2)) < len(want)
    assert conn.execute("SELECT count(*) FROM state WHERE key = 'deferred_indexes'").fetchone()[0] == 1
    conn.close()
    ingest([str(src)], db2, workers=1, dedup=False)
    assert _index_sql(db2) == want
    again = ingest([str(src)], db2, workers=1, dedup=False)  # a store with articles: nothing deferred
    assert "indexes" not in again.timings and _index_sql(db2) == want


def test_same_id_twice_with_other_content_reaches_a_fixed_point(tmp_path: Path) -> None:
    """Two input records with one id and different texts: the first is stored, and the same command again
    stores nothing (before, each run swapped the stored version)."""
    import json

    from rasd.store.ingest import ingest

    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps({"id": "dup", "text": t}, ensure_ascii=False) + "\n" for t in
                           ["قصفت طائرات التحالف مواقع داعش في الرقة.", "وصل وزير الخارجية السعودي إلى عدن."]),
                   encoding="utf-8")
    db = tmp_path / "f.db"
    first = ingest([str(src)], db, workers=1, dedup=False)
    assert (first.stored, first.skipped) == (1, 1)
    for _ in range(2):
        again = ingest([str(src)], db, workers=1, dedup=False)
        assert (again.stored, again.skipped) == (0, 2)
    conn = connect(db)
    assert conn.execute("SELECT text FROM documents").fetchall()[0][0].startswith("قصفت")
