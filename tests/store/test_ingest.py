"""Ingest: idempotent, resumable after SIGKILL at any moment, failures recorded per article."""
from __future__ import annotations

import gzip
import itertools
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from storefixtures import register_fake

from rasd.config import resolve
from rasd.serialize import to_dict
from rasd.store.db import connect
from rasd.store.ingest import ingest
from rasd.store.query import EVENT_ROW_FORMAT, event_bodies, events_by_key, render_json
from rasd.store.rows import load_document

HERE = Path(__file__).resolve().parent
N_ARTICLES = 240


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, corpus_path: Path) -> Path:
    """240 SaudiNewsNet articles, one repeated, plus one malformed line."""
    if not corpus_path.exists():
        pytest.skip("SaudiNewsNet corpus not present at ../shared")
    out = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    with gzip.open(corpus_path, "rt", encoding="utf-8") as f:
        lines = list(itertools.islice(f, N_ARTICLES))
    lines.insert(100, "{not json\n")
    lines.insert(150, lines[10])  # the same article twice: stored once
    out.write_text("".join(lines), encoding="utf-8")
    return out


def _settings(fake: str):  # type: ignore[no-untyped-def]
    return resolve(env={}, overrides={"pipeline": ["rasd.text.v1", fake]})


def _check_whole(db: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    """Every stored article is complete (its row counts match its children) and stored once."""
    conn = connect(db, readonly=True)
    try:
        ids = [r[0] for r in conn.execute("SELECT id FROM documents")]
        assert len(ids) == len(set(ids))
        n_fts = conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
        assert n_fts == len(ids)
        assert conn.execute("SELECT count(*) FROM documents d LEFT JOIN documents_fts f ON f.rowid = d.pk "
                            "WHERE f.rowid IS NULL").fetchone()[0] == 0
        for table, col in (("sentences", "n_sentences"), ("mentions", "n_mentions"), ("actors", "n_actors"),
                           ("places", "n_places"), ("events", "n_events")):
            bad = conn.execute(
                f"SELECT count(*) FROM documents d WHERE d.{col} != "
                f"(SELECT count(*) FROM {table} t WHERE t.doc_id = d.id)").fetchone()[0]
            assert bad == 0, f"{bad} article(s) with partial {table}"
            orphans = conn.execute(f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
                                   f"(SELECT 1 FROM documents d WHERE d.id = t.doc_id)").fetchone()[0]
            assert orphans == 0
        # every event is kept rendered (migration 7), exactly as the tables render it
        keys = [(r[0], r[1]) for r in conn.execute("SELECT doc_id, id FROM events")]
        assert conn.execute("SELECT count(*) FROM event_rows WHERE fmt = ?", (EVENT_ROW_FORMAT,)).fetchone()[0] \
            == len(keys)
        assert event_bodies(conn, keys) == {(r["doc_id"], r["event_id"]): render_json(r)
                                            for r in events_by_key(conn, keys)}
        return {i: to_dict(load_document(conn, i)) for i in ids}  # type: ignore[arg-type]
    finally:
        conn.close()


def _indexes(db: Path) -> list[tuple[str, str]]:
    conn = connect(db)
    try:
        return [tuple(r) for r in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                               "AND sql IS NOT NULL ORDER BY name")]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:  # type: ignore[type-arg]
    fake = register_fake()
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    res = ingest([str(corpus)], db, settings=_settings(fake), workers=1, batch_size=16)
    assert res.failed == 1 and res.stored == N_ARTICLES and res.skipped == 1
    return db, _check_whole(db)


def test_reference_has_every_table(reference) -> None:  # type: ignore[no-untyped-def]
    db, docs = reference
    assert len(docs) == N_ARTICLES
    conn = connect(db, readonly=True)
    for table in ("sentences", "mentions", "actors", "places", "events", "event_actors", "evidence"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
    (code, message, inp), = conn.execute("SELECT code, message, input FROM failures").fetchall()
    assert code == "rasd.input.format" and "malformed JSON" in message and inp.endswith(":101")


def test_reingest_is_idempotent(reference, corpus: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _ref_db, ref_docs = reference
    fake = register_fake()
    db = tmp_path / "again.db"
    first = ingest([str(corpus)], db, settings=_settings(fake), workers=1, batch_size=32)
    second = ingest([str(corpus)], db, settings=_settings(fake), workers=1, batch_size=32)
    assert second.stored == 0 and second.skipped == N_ARTICLES + 1 and second.failed == 1
    forced = ingest([str(corpus)], db, settings=_settings(fake), workers=1, batch_size=32, force=True)
    assert forced.stored == N_ARTICLES
    assert first.stored == N_ARTICLES
    assert _check_whole(db) == ref_docs
    conn = connect(db, readonly=True)
    assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 1
    assert [r[0] for r in conn.execute("SELECT n_stored FROM runs ORDER BY id")] == [N_ARTICLES, 0, N_ARTICLES]


def test_changed_article_is_updated(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    db = tmp_path / "u.db"
    rec = {"id": "x1", "text": "قصفت طائرات التحالف مواقع داعش في الرقة.", "source": "aawsat", "date": "2015-08-01"}
    src.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    ingest([str(src)], db, workers=1)
    rec["text"] = "قصفت طائرات التحالف مواقع داعش في دير الزور."
    src.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    res = ingest([str(src)], db, workers=1)
    assert res.stored == 1
    conn = connect(db, readonly=True)
    assert conn.execute("SELECT count(*), max(text) FROM documents").fetchone()[:] == (1, rec["text"])
    assert conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'الرقه'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'الزور'").fetchone()[0] == 1


def test_pipeline_failure_is_recorded_then_cleared(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    long_text = "داعش " * 50
    src.write_text(json.dumps({"id": "big", "text": long_text}, ensure_ascii=False) + "\n"
                   + json.dumps({"id": "ok", "text": "خبر قصير"}, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "f.db"
    res = ingest([str(src)], db, settings=resolve(env={}, overrides={"max_chars": 100}), workers=1)
    assert (res.stored, res.failed) == (1, 1)
    conn = connect(db, readonly=True)
    assert conn.execute("SELECT doc_id, code FROM failures").fetchall()[0][:] == ("big", "rasd.input.too_large")
    conn.close()
    res = ingest([str(src)], db, settings=resolve(env={}), workers=1)
    assert (res.stored, res.failed, res.skipped) == (1, 0, 1)
    conn = connect(db, readonly=True)
    assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


_RUNNER = """
import sys
sys.path.insert(0, {here!r})
from storefixtures import register_fake
fake = register_fake()
from rasd.cli import main
sys.exit(main(["ingest", {corpus!r}, "--db", {db!r}, "--workers", "2", "--batch-size", "8", "--no-progress",
               "--pipeline", "rasd.text.v1," + fake]))
"""


@pytest.mark.slow
def test_sigkill_at_random_moments_then_resume(reference, corpus: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _ref_db, ref_docs = reference
    db = tmp_path / "killed.db"
    script = _RUNNER.format(here=str(HERE), corpus=str(corpus), db=str(db))
    env = {**os.environ, "RASD_WORKERS": "2"}
    seed = int(os.environ.get("RASD_TEST_SEED", "20150801"))
    rng = random.Random(seed)
    kills = 0
    progress = []
    for attempt in range(40):
        proc = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        delay = rng.uniform(0.3, 2.5)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            # half the time the whole group, half the time only the parent (its workers must die with it)
            if rng.random() < 0.5:
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                proc.send_signal(signal.SIGKILL)
            proc.wait()
            kills += 1
        else:
            # This run finished: the store is complete. Start over, so that later kills land inside a load again
            # (otherwise a fast machine finishes the corpus after a few kills and the rest cannot land).
            assert proc.returncode == 0
            assert _check_whole(db) == ref_docs
            progress.append(len(ref_docs))
            for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                path.unlink(missing_ok=True)
            continue
        if db.exists():
            stored = _check_whole(db)  # no partial article, none twice
            for doc_id, d in stored.items():
                assert d == ref_docs[doc_id], f"stored article {doc_id} differs from a clean run (seed {seed})"
            progress.append(len(stored))
        if kills >= 12:
            break
    assert kills >= 10, f"only {kills} kills landed (seed {seed})"
    deadline = time.monotonic() + 120
    final = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, check=False,
                           text=True, timeout=max(1.0, deadline - time.monotonic()))
    assert final.returncode == 0, final.stderr
    assert _check_whole(db) == ref_docs  # complete, identical to an uninterrupted run
    assert _indexes(db) == _indexes(tmp_path / "fresh.db")  # indexes a killed first load deferred are built
    conn = connect(db, readonly=True)
    assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 1
    time.sleep(0.2)
    leftover = subprocess.run(["pgrep", "-f", str(db)], capture_output=True, check=False,
                              text=True).stdout.split()
    assert not leftover, f"worker processes outlived their killed parent: {leftover}"
