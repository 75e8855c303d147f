"""The Spark engine, for real in local[2]: the same rows as the local engine."""
from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from rasd.batch import BatchError, iter_documents, read_failures, read_manifest, read_table
from rasd.batch.layout import LocalWriter
from rasd.batch.local import LocalEngine
from rasd.batch.schema import COLUMNS, FAILURES, TABLES, flatten, spark_nested_row, spark_schema
from rasd.batch.spark import SparkEngine, write_nested
from rasd.config import Settings
from rasd.doc import Document
from rasd.serialize import to_dict

from .conftest import sorted_rows

pytestmark = pytest.mark.slow


def _same_output(a: Path | str, b: Path | str) -> None:
    for t in (*TABLES, FAILURES):
        ra, rb = read_table(a, t).to_pylist(), read_table(b, t).to_pylist()
        assert len(ra) == len(rb), t
        assert sorted_rows(ra) == sorted_rows(rb), t


def test_spark_schemas_match_the_declared_columns() -> None:
    for t in (*TABLES, FAILURES):
        assert spark_schema(t).names == [c for c, _ in COLUMNS[t]]


def test_spark_equals_local_on_500_saudinewsnet_articles(spark: Any, corpus_500: Path, tmp_path: Path) -> None:
    settings = Settings()
    local = LocalEngine(settings, workers=2).run([str(corpus_500)], str(tmp_path / "local"))
    remote = SparkEngine(settings, spark=spark, partitions=4).run([str(corpus_500)], str(tmp_path / "spark"))
    assert local.documents + local.failures == 500
    assert (remote.documents, remote.failures, remote.rows) == (local.documents, local.failures, local.rows)
    assert remote.fingerprint == local.fingerprint
    assert len(remote.setup_seconds) == 4  # the pipeline was set up once in each partition
    _same_output(tmp_path / "local", tmp_path / "spark")
    m = read_manifest(tmp_path / "spark")
    assert (m["engine"], m["documents"], m["fingerprint"]) == ("spark", local.documents, local.fingerprint)


def test_spark_writes_every_table_like_the_local_writer(spark: Any, seed_docs: list[Document],
                                                        tmp_path: Path) -> None:
    """Hand-built documents with mentions, actors, places and events, through both writers."""
    flats = [flatten(to_dict(d), "fp-test") for d in seed_docs]
    failure = ("x.jsonl:3", "input", "rasd.input.format", "x.jsonl:3: malformed JSON line", None, "fp-test")
    w = LocalWriter(tmp_path / "local")
    for f in flats:
        w.add(f)
    w.add(failure)
    w.close()
    rdd = spark.sparkContext.parallelize([spark_nested_row(f) for f in flats] + [spark_nested_row(failure)], 2)
    counts = write_nested(spark, rdd, "file://" + str(tmp_path / "spark"))
    assert counts["documents"] == len(seed_docs) and counts[FAILURES] == 1
    assert counts["events"] == sum(len(d.events) for d in seed_docs) > 0
    _same_output(tmp_path / "local", tmp_path / "spark")
    (tmp_path / "spark" / "_rasd.json").write_text("{}")  # iter_documents does not need the manifest
    back = {d.id: d for d, _ in iter_documents(tmp_path / "spark")}
    for doc in seed_docs:
        assert to_dict(back[doc.id]) == json.loads(json.dumps(to_dict(doc), ensure_ascii=False))


def _inputs(root: Path) -> list[str]:
    """Every input format, with broken records among them."""
    d = root / "in"
    (d / "sub").mkdir(parents=True)
    good = [{"id": f"j{i}", "text": f"قال المتحدث إن الاجتماع رقم {i} انتهى. وأضاف أن الوفد غادر.",
             "date": "2015-07-0" + str(i + 1), "source": "spa"} for i in range(3)]
    lines = [json.dumps(g, ensure_ascii=False) for g in good]
    lines[1:1] = ["{not json", "", "[1, 2]", json.dumps({"title": "بلا نص"}, ensure_ascii=False)]
    lines.append(json.dumps({"id": "too-long", "text": "كلمة " * 300}, ensure_ascii=False))
    (d / "a.jsonl").write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(d / "sub" / "b.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"text": "وصل الرئيس إلى الرياض مساء أمس.", "date": "2015-08-02"}, ensure_ascii=False))
    (d / "sub" / "c.txt").write_text("أعلنت وزارة الصحة عن حالات جديدة.", encoding="utf-8")
    (d / "sub" / "d.txt").write_bytes("نص بترميز ويندوز العربي.".encode("cp1256"))
    with open(d / "e.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "title", "text"])
        w.writerow(["c1", "عنوان", "اجتمع المجلس اليوم، وقرر تأجيل الجلسة."])
    (d / "f.json").write_text(json.dumps([{"id": "js1", "content": "خبر أول."}, {"id": "js2"}],
                                         ensure_ascii=False), encoding="utf-8")
    (d / "g.json").write_text("[not json at all", encoding="utf-8")
    return [str(d)]


def test_spark_reads_every_input_format_and_records_failures(spark: Any, tmp_path: Path) -> None:
    inputs = _inputs(tmp_path)
    settings = Settings(max_chars=1000)
    local = LocalEngine(settings, workers=1).run(inputs, str(tmp_path / "local"))
    remote = SparkEngine(settings, spark=spark, partitions=3).run(inputs, str(tmp_path / "spark"))
    assert local.documents == 8 and remote.documents == 8
    fails = {(f["source"], f["stage"], f["code"]) for f in read_failures(tmp_path / "spark")}
    a = str(Path(inputs[0]) / "a.jsonl")
    assert (f"{a}:2", "input", "rasd.input.format") in fails
    assert (f"{a}:4", "input", "rasd.input.format") in fails
    assert ("too-long", "pipeline", "rasd.input.too_large") in fails
    assert len(fails) == 6
    _same_output(tmp_path / "local", tmp_path / "spark")


def test_spark_guards_the_output_folder(spark: Any, tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"text": "نص."}, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "foreign").mkdir()
    (tmp_path / "foreign" / "keep.txt").write_text("x")
    engine = SparkEngine(Settings(), spark=spark, partitions=1)
    with pytest.raises(BatchError, match="not a rasd batch output"):
        engine.run([str(tmp_path / "in.jsonl")], str(tmp_path / "foreign"), overwrite=True)
    assert (tmp_path / "foreign" / "keep.txt").exists()
    engine.run([str(tmp_path / "in.jsonl")], str(tmp_path / "out"))
    with pytest.raises(BatchError, match="already holds"):
        engine.run([str(tmp_path / "in.jsonl")], str(tmp_path / "out"))
    assert engine.run([str(tmp_path / "in.jsonl")], str(tmp_path / "out"), overwrite=True).documents == 1
    with pytest.raises(BatchError, match="not found"):
        engine.run([str(tmp_path / "nope.jsonl")], str(tmp_path / "o3"))


def test_batch_command_on_spark(spark: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from rasd.cli import main

    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"a{i}", "text": f"افتتح الوزير المعرض رقم {i} في جدة."},
                                        ensure_ascii=False) for i in range(5)) + "\n{oops\n", encoding="utf-8")
    args = ["batch", str(src), "--engine", "spark", "--master", "local[2]", "--partitions", "2"]
    assert main([*args, "--out", str(tmp_path / "out")]) == 0
    assert "5 articles, 1 failed" in capsys.readouterr().err
    assert read_manifest(tmp_path / "out")["engine"] == "spark"
    assert spark.sparkContext._jsc is not None  # the session the command found is still usable
    assert main([*args, "--out", str(tmp_path / "out")]) == 1
    assert "already holds" in capsys.readouterr().err


def test_spark_reads_uris_and_globs(spark: Any, tmp_path: Path) -> None:
    for name, n in (("a.jsonl", 3), ("b.jsonl", 2)):
        (tmp_path / name).write_text("".join(
            json.dumps({"id": f"{name}-{i}", "text": f"عاد الوفد {i} إلى الرياض."}, ensure_ascii=False) + "\n"
            for i in range(n)), encoding="utf-8")
    engine = SparkEngine(Settings(), spark=spark, partitions=2)
    res = engine.run([f"file://{tmp_path}/*.jsonl"], str(tmp_path / "out"))
    assert res.documents == 5
    assert sorted(d.id for d, _ in iter_documents(tmp_path / "out"))[:1] == ["a.jsonl-0"]
    with pytest.raises(BatchError, match="not found"):
        engine.run([f"file://{tmp_path}/*.csv"], str(tmp_path / "out2"))
