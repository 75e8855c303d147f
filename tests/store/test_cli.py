"""The store commands end to end: ingest (quiet lines when piped), events, search, labels, export, errors."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from storefixtures import sample_documents

from rasd.cli import cli
from rasd.store.db import connect, transaction
from rasd.store.dedup import build_stories
from rasd.store.rows import document_rows, write_rows

ARTICLES = [
    {"id": "n1", "text": "قصفت طائرات التحالف مواقع لتنظيم داعش في الرقة.", "source": "aawsat", "date": "2015-08-01"},
    {"id": "n2", "text": "والجيش اليمني يتقدم نحو عدن.", "source": "okaz", "date": "2015-08-02"},
]


def test_ingest_then_search_and_export(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES) + "{oops\n",
                   encoding="utf-8")
    db = tmp_path / "c.db"
    runner = CliRunner()
    res = runner.invoke(cli, ["ingest", str(src), "--db", str(db), "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert "2 stored" in res.output and "1 failed" in res.output and "\x1b" not in res.output
    res = runner.invoke(cli, ["ingest", str(src), "--db", str(db), "--workers", "1"])
    assert "0 stored, 2 already stored" in res.output
    res = runner.invoke(cli, ["search", "الجيش", "--db", str(db), "--format", "jsonl"])
    assert res.exit_code == 0
    hits = [json.loads(x) for x in res.output.splitlines()]
    assert [h["doc_id"] for h in hits] == ["n2"]
    out = tmp_path / "docs.jsonl"
    res = runner.invoke(cli, ["export", "--db", str(db), "--format", "jsonl", "--out", str(out)])
    assert res.exit_code == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_events_and_labels_commands(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    conn = connect(db)
    with transaction(conn):
        for d in sample_documents():
            write_rows(conn, document_rows(d, fingerprint="fp", run_id=None, ingested_at="t"))
    build_stories(conn)
    conn.close()
    runner = CliRunner()
    res = runner.invoke(cli, ["events", "--db", str(db), "--type", "ASSAULT", "--country", "SY", "--format", "csv"])
    assert res.exit_code == 0, res.output
    lines = res.output.strip().splitlines()
    assert lines[0].startswith("doc_id,event_id,type") and len(lines) == 3
    res = runner.invoke(cli, ["events", "--db", str(db), "--merged", "--format", "jsonl", "--type", "ASSAULT"])
    stories = [json.loads(x) for x in res.output.splitlines()]
    assert [s["n_reports"] for s in stories] == [2, 1]
    res = runner.invoke(cli, ["labels", "--db", str(db), "--actor", "داعش", "--format", "jsonl"])
    assert {json.loads(x)["source"] for x in res.output.splitlines()} == {"aawsat", "alriyadh", "okaz"}
    res = runner.invoke(cli, ["events", "--db", str(db), "--bbox", "1,2,3"])
    assert res.exit_code != 0 and "bbox" in res.output


def test_damaged_database_message(tmp_path: Path) -> None:
    from rasd.cli import main

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 1000)
    assert main(["events", "--db", str(bad)]) == 1
