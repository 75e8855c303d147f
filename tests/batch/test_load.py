"""`rasd load`: a batch output into the SQLite store, whole articles, idempotently."""
from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest

from rasd.batch.load import load_output
from rasd.batch.local import LocalEngine
from rasd.cli import main
from rasd.config import Settings
from rasd.doc import Document
from rasd.serialize import to_dict
from rasd.store import connect, load_document

from .conftest import CORPUS

NO_PIPELINE = Settings(pipeline=())


def _count(db: Path, table: str) -> int:
    conn = connect(db)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_loaded_articles_are_the_batch_articles(seed_docs: list[Document], tmp_path: Path) -> None:
    out, db = tmp_path / "out", tmp_path / "rasd.db"
    LocalEngine(NO_PIPELINE, workers=1).run([], str(out), items=seed_docs)
    r = load_output(out, db, dedup=False)
    assert (r.stored, r.skipped, r.failures) == (len(seed_docs), 0, 0)
    conn = connect(db)
    try:
        for doc in seed_docs:
            stored = load_document(conn, doc.id)
            assert stored is not None
            assert to_dict(stored) == json.loads(json.dumps(to_dict(doc), ensure_ascii=False))
    finally:
        conn.close()


def test_loading_twice_changes_nothing_and_duplicates_nothing(seed_docs: list[Document], tmp_path: Path) -> None:
    out, db = tmp_path / "out", tmp_path / "rasd.db"
    LocalEngine(NO_PIPELINE, workers=1).run([], str(out), items=seed_docs + seed_docs[:1])
    first = load_output(out, db, dedup=False)
    counts = {t: _count(db, t) for t in ("documents", "mentions", "actors", "places", "events")}
    assert counts["documents"] == len(seed_docs)
    assert counts["mentions"] == sum(len(d.mentions) for d in seed_docs)
    second = load_output(out, db, dedup=False)
    assert (second.stored, second.skipped) == (0, first.stored)
    forced = load_output(out, db, dedup=False, force=True)
    assert forced.stored == len(seed_docs)
    assert {t: _count(db, t) for t in counts} == counts


def test_a_changed_article_replaces_the_stored_one(seed_docs: list[Document], tmp_path: Path) -> None:
    db = tmp_path / "rasd.db"
    LocalEngine(NO_PIPELINE, workers=1).run([], str(tmp_path / "a"), items=seed_docs[:1])
    load_output(tmp_path / "a", db, dedup=False)
    fewer = seed_docs[0].replace(events=seed_docs[0].events[:1], mentions=seed_docs[0].mentions[:2],
                                 meta=seed_docs[0].meta.__class__(title="عنوان آخر", date="2017-11-05"))
    LocalEngine(NO_PIPELINE, workers=1).run([], str(tmp_path / "b"), items=[fewer])
    assert load_output(tmp_path / "b", db, dedup=False).stored == 1
    assert _count(db, "events") == 1 and _count(db, "mentions") == 2 and _count(db, "documents") == 1


def test_failures_are_recorded(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "نص قصير."}\n{broken\n', encoding="utf-8")
    LocalEngine(Settings(), workers=1).run([str(src)], str(tmp_path / "out"))
    load_output(tmp_path / "out", tmp_path / "rasd.db", dedup=False)
    conn = connect(tmp_path / "rasd.db")
    try:
        rows = [dict(r) for r in conn.execute("SELECT key, input, code FROM failures")]
    finally:
        conn.close()
    assert rows == [{"key": f"input:{src}:2", "input": f"{src}:2", "code": "rasd.input.format"}]


def test_load_agrees_with_ingest(tmp_path: Path) -> None:
    """An article ingested directly and the same article loaded from a batch output are the same in the store:
    loading after ingesting skips every article (same fingerprint, same content hash)."""
    if not CORPUS.exists():
        pytest.skip("corpus not found")
    from rasd.store.ingest import ingest

    src = tmp_path / "sn.jsonl"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        src.write_text("".join(itertools.islice(f, 30)), encoding="utf-8")
    db = tmp_path / "rasd.db"
    ingest([str(src)], db, settings=Settings(), dedup=False)
    LocalEngine(Settings(), workers=1).run([str(src)], str(tmp_path / "out"))
    r = load_output(tmp_path / "out", db, dedup=False)
    assert (r.stored, r.skipped) == (0, 30)


def test_load_command(seed_docs: list[Document], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, db = tmp_path / "out", tmp_path / "rasd.db"
    LocalEngine(NO_PIPELINE, workers=1).run([], str(out), items=seed_docs)
    assert main(["load", str(out), "--db", str(db)]) == 0
    assert f"{len(seed_docs)} articles stored" in capsys.readouterr().err
    assert main(["load", str(out), "--db", str(db)]) == 0
    assert f"{len(seed_docs)} unchanged" in capsys.readouterr().err
    assert main(["load", str(tmp_path), "--db", str(db)]) == 1  # not a batch output
    assert "rasd.batch" in capsys.readouterr().err
