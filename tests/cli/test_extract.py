from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.cli import main

AR = "أعلن الجيش العراقي استعادة مدينة راوة من تنظيم داعش."


def run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "rasd", *args], input=stdin, capture_output=True, check=False,
                          timeout=120)


def test_seed_article_validates(shared: Path, validator: Path, tmp_path: Path) -> None:
    res = run(["extract", str(shared / "examples" / "seed-article.txt")])
    assert res.returncode == 0, res.stderr.decode()
    out = tmp_path / "seed.json"
    out.write_bytes(res.stdout)
    doc = json.loads(res.stdout)  # a single article prints one JSON object
    assert doc["schema"] == "rasd.document/1"
    assert doc["text"] == (shared / "examples" / "seed-article.txt").read_text(encoding="utf-8")
    assert len(doc["sentences"]) >= 7
    check = subprocess.run([sys.executable, str(validator), str(out)], capture_output=True, check=False,
                           text=True)
    assert check.returncode == 0, check.stdout


def test_binary_file_exits_1_with_one_line(tmp_path: Path) -> None:
    p = tmp_path / "photo.jpg"
    p.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)))
    res = run(["extract", str(p)])
    assert res.returncode == 1
    err = res.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "photo.jpg" in err[0] and "Traceback" not in res.stderr.decode()
    assert res.stdout == b""


def test_empty_file_is_a_valid_empty_document(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    res = run(["extract", str(p)])
    assert res.returncode == 0
    doc = json.loads(res.stdout)
    assert doc["text"] == "" and doc["sentences"] == [] and doc["events"] == []


def test_batch_with_a_bad_article_and_strict(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"a{i}", "text": f"{AR} {i}"}, ensure_ascii=False).encode() for i in range(30)]
    lines[7] = b'{"id": "bad", "text": "\x00\xff\x00\xfe"}'
    p = tmp_path / "batch.jsonl"
    p.write_bytes(b"\n".join(lines))
    res = run(["extract", str(p)])
    assert res.returncode == 0
    out = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert len(out) == 29 and [d["id"] for d in out][:8] == [f"a{i}" for i in range(7)] + ["a8"]
    assert "batch.jsonl:8" in res.stderr.decode()
    assert run(["extract", "--strict", str(p)]).returncode == 1


def test_stdin_and_jsonl_format() -> None:
    res = run(["extract", "--format", "jsonl", "-"], stdin=AR.encode("utf-16"))
    assert res.returncode == 0, res.stderr
    (line,) = res.stdout.decode().splitlines()
    assert json.loads(line)["text"] == AR


def test_too_large_document_is_a_clear_failure(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text(AR * 50, encoding="utf-8")
    res = run(["extract", "--max-chars", "100", str(p)])
    assert res.returncode == 1
    assert "rasd.input.too_large" in res.stderr.decode()


@pytest.mark.parametrize("args", [["extract", "--format", "xml", "x"], ["nonsense"]])
def test_usage_errors_do_not_trace(args: list[str]) -> None:
    assert main(args) == 2


def test_in_process_entry_point(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "one.txt"
    p.write_text(AR, encoding="utf-8")
    assert main(["extract", "--pretty", str(p)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n") and json.loads(out)["text"] == AR
