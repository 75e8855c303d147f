"""Hostile inputs: every file yields valid documents or a clear one-line error; no crash, hang or memory blow-up."""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
MEMORY_LIMIT = 3 * 1024**3  # bytes of address space per run


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_extract(path: Path, validator: Path) -> tuple[int, list[dict[str, object]], str]:
    res = subprocess.run([sys.executable, "-m", "rasd", "extract", "--format", "jsonl", str(path)],
                         capture_output=True, check=False, timeout=300, preexec_fn=_limit)
    err = res.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "internal error" not in err, err[-2000:]
    assert res.returncode in (0, 1), (res.returncode, err[-500:])
    docs = [json.loads(line) for line in res.stdout.decode("utf-8").splitlines()]
    if docs:
        with tempfile.NamedTemporaryFile(suffix=".jsonl") as out:
            out.write(res.stdout)
            out.flush()
            check = subprocess.run([sys.executable, str(validator), out.name], capture_output=True, check=False,
                                   text=True)
        assert check.returncode == 0, check.stdout[-2000:]
    for line in err.strip().splitlines():
        assert line.startswith("rasd: "), line
    if res.returncode == 1:
        assert err.strip(), "a failure must say why"
    return res.returncode, docs, err


@pytest.mark.parametrize("name", sorted(p.name for p in HOSTILE.iterdir() if p.name != "README.md"))
def test_hostile_file(name: str, validator: Path) -> None:
    rc, docs, err = run_extract(HOSTILE / name, validator)
    if name in ("binary.bin", "nested.json", "pdf.txt", "gzip-bad.txt.gz", "nul-bytes.txt"):
        assert rc == 1 and not docs and name in err
    if name == "mixed-bad.jsonl":
        assert [d["id"] for d in docs] == ["ok1", "ok2"] and err.count("rasd: error") == 4
    if name in ("empty.txt", "whitespace.txt", "bom-only.txt", "only-diacritics.txt", "only-punctuation.txt"):
        assert rc == 0 and len(docs) == 1
    if name in ("cp1256-no-bom.txt", "utf16le-no-bom.txt", "utf16be-no-bom.txt"):
        assert rc == 0 and "داعش" in docs[0]["text"]
    if name == "html-with-scripts.html":
        assert rc == 0 and "while(true)" not in docs[0]["text"] and "داعش" in docs[0]["text"]


@pytest.mark.slow
def test_ten_megabyte_single_line(tmp_path: Path, validator: Path) -> None:
    p = tmp_path / "long-line.txt"
    unit = "اشتبك الجيش مع داعش في ريف حماة، "
    p.write_text(unit * (10 * 1024 * 1024 // len(unit.encode())), encoding="utf-8")
    rc, _docs, err = run_extract(p, validator)
    assert rc == 1 and "rasd.input.too_large" in err  # over max_chars: a clear refusal, not a hang


@pytest.mark.slow
def test_hundred_thousand_tiny_lines(tmp_path: Path, validator: Path) -> None:
    p = tmp_path / "tiny-lines.txt"
    p.write_text("".join(f"خبر {i}\n" for i in range(100_000)), encoding="utf-8")
    rc, docs, _err = run_extract(p, validator)
    assert rc == 0 and len(docs) == 1 and len(docs[0]["sentences"]) == 100_000
