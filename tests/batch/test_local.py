"""The local engine: the layout, whole documents back, failures recorded, output folders guarded."""
from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest

from rasd.api import load_pipeline
from rasd.batch import BatchError, iter_documents, read_failures, read_manifest, read_table
from rasd.batch.layout import MANIFEST
from rasd.batch.local import LocalEngine
from rasd.batch.schema import FAILURES, PARTITION, TABLES
from rasd.cli import main
from rasd.config import Settings
from rasd.doc import Document
from rasd.serialize import to_dict

from .conftest import CORPUS, sorted_rows

NO_PIPELINE = Settings(pipeline=())  # documents pass through unchanged: what is written is what was built


def test_hand_built_documents_come_back_whole(seed_docs: list[Document], tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = LocalEngine(NO_PIPELINE, workers=1).run([], str(out), items=seed_docs)
    assert (res.documents, res.failures) == (len(seed_docs), 0)
    assert res.rows["mentions"] == sum(len(d.mentions) for d in seed_docs)
    assert res.rows["events"] == sum(len(d.events) for d in seed_docs)
    back = {d.id: (d, fp) for d, fp in iter_documents(out)}
    assert set(back) == {d.id for d in seed_docs}
    for doc in seed_docs:
        got, fp = back[doc.id]
        assert to_dict(got) == json.loads(json.dumps(to_dict(doc), ensure_ascii=False))
        assert fp == res.fingerprint
    months = sorted(p.name for p in (out / "documents").iterdir())
    assert months == [f"{PARTITION}=2017-11", f"{PARTITION}=2017-12", f"{PARTITION}=unknown"]
    assert sorted(p.name for p in (out / "events").iterdir()) == months[:1] + months[1:]
    m = read_manifest(out)
    assert m["documents"] == len(seed_docs) and m["fingerprint"] == res.fingerprint and m["engine"] == "local"
    for t in TABLES:
        assert set(read_table(out, t).column("fingerprint").to_pylist()) <= {res.fingerprint}


def test_repeated_articles_are_read_back_once(seed_docs: list[Document], tmp_path: Path) -> None:
    LocalEngine(NO_PIPELINE, workers=1).run([], str(tmp_path / "o"), items=seed_docs + seed_docs[:2])
    assert read_table(tmp_path / "o", "documents").num_rows == len(seed_docs) + 2
    ids = [d.id for d, _ in iter_documents(tmp_path / "o")]
    assert sorted(ids) == sorted(d.id for d in seed_docs)


@pytest.fixture(scope="module")
def corpus_60(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CORPUS.exists():
        pytest.skip("corpus not found")
    p = tmp_path_factory.mktemp("c60") / "sn.jsonl"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        p.write_text("".join(itertools.islice(f, 60)), encoding="utf-8")
    return p


def test_two_workers_write_the_same_rows_as_one(corpus_60: Path, tmp_path: Path) -> None:
    s = Settings()
    one = LocalEngine(s, workers=1, chunk_size=7, flush_every=25).run([str(corpus_60)], str(tmp_path / "a"))
    two = LocalEngine(s, workers=2, chunk_size=7, flush_every=25).run([str(corpus_60)], str(tmp_path / "b"))
    assert one.documents == two.documents == 60
    assert len(list((tmp_path / "a" / "documents").rglob("*.parquet"))) > 1  # several flushes
    for t in (*TABLES, FAILURES):
        assert sorted_rows(read_table(tmp_path / "a", t).to_pylist()) == \
            sorted_rows(read_table(tmp_path / "b", t).to_pylist())


def test_bad_articles_become_failure_rows(tmp_path: Path) -> None:
    good = {"id": "ok-1", "text": "قال المتحدث إن الاجتماع انتهى.", "date": "2015-07-01"}
    long = {"id": "long-1", "text": "كلمة " * 200}
    lines = [json.dumps(good, ensure_ascii=False), "{not json", "[1, 2]", json.dumps({"title": "بلا نص"}), "",
             json.dumps(long, ensure_ascii=False)]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    settings = Settings(max_chars=500)
    res = LocalEngine(settings, workers=2).run([str(src), missing], str(tmp_path / "out"))
    assert res.documents == 1
    fails = {f["source"]: f for f in read_failures(tmp_path / "out")}
    assert set(fails) == {f"{src}:2", f"{src}:3", f"{src}:4", missing, "long-1"}
    assert fails[f"{src}:2"]["code"] == "rasd.input.format" and fails[f"{src}:2"]["stage"] == "input"
    assert fails["long-1"]["code"] == "rasd.input.too_large" and fails["long-1"]["stage"] == "pipeline"
    assert fails["long-1"]["doc_id"] == "long-1"
    assert {f["fingerprint"] for f in fails.values()} == {load_pipeline(settings).fingerprint}
    assert [d.id for d, _ in iter_documents(tmp_path / "out")] == ["ok-1"]


def test_output_folders_are_guarded(seed_docs: list[Document], tmp_path: Path) -> None:
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(BatchError, match="not a rasd batch output"):
        LocalEngine(NO_PIPELINE, workers=1).run([], str(foreign), items=seed_docs, overwrite=True)
    assert (foreign / "notes.txt").exists()
    out = tmp_path / "out"
    LocalEngine(NO_PIPELINE, workers=1).run([], str(out), items=seed_docs)
    with pytest.raises(BatchError, match="already holds"):
        LocalEngine(NO_PIPELINE, workers=1).run([], str(out), items=seed_docs[:1])
    LocalEngine(NO_PIPELINE, workers=1).run([], str(out), items=seed_docs[:1], overwrite=True)
    assert [d.id for d, _ in iter_documents(out)] == [seed_docs[0].id]


def test_unfinished_output_is_refused_by_readers(seed_docs: list[Document], tmp_path: Path) -> None:
    LocalEngine(NO_PIPELINE, workers=1).run([], str(tmp_path / "o"), items=seed_docs)
    (tmp_path / "o" / MANIFEST).unlink()
    with pytest.raises(BatchError, match="not a finished"):
        read_manifest(tmp_path / "o")


def test_batch_command(corpus_60: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli"
    assert main(["batch", str(corpus_60), "--out", str(out), "--workers", "2"]) == 0
    assert "60 articles" in capsys.readouterr().err
    assert read_manifest(out)["documents"] == 60
    assert main(["batch", str(corpus_60), "--out", str(out)]) == 1  # exists: refused without --overwrite
    assert "already holds" in capsys.readouterr().err
    assert main(["batch", str(tmp_path / "nothing.jsonl"), "--out", str(tmp_path / "o2")]) == 1  # only failures
