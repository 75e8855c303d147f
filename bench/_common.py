"""Shared helpers for benchmarks: machine facts, recording a section of docs/BENCHMARKS.md.

Each benchmark script prints its figures and calls :func:`record`, which writes ``docs/bench/<name>.md``
(one section, headed with the machine, date, commit and the command that produced it). ``bench/report.py``
joins the sections into ``docs/BENCHMARKS.md``; ``make bench`` runs every ``bench/bench_*.py`` then the report.
"""
from __future__ import annotations

import datetime as _dt
import os
import platform
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "data" / "corpus" / "saudinewsnet" / "saudinewsnet_articles.jsonl.gz"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{mem}, Python {platform.python_version()}"


def commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True, text=True)
        return out.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")
    except OSError:
        return "unknown"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def record(name: str, title: str, body: str, command: str | None = None) -> Path:
    """Write one benchmark section to docs/bench/<name>.md and return its path."""
    cmd = command or "python " + " ".join([os.path.relpath(sys.argv[0], ROOT)] + sys.argv[1:])
    head = (
        f"## {title}\n\n"
        f"- machine: {machine()}\n- date: {_dt.date.today().isoformat()}\n- commit: {commit()}\n"
        f"- command: `{cmd}`\n\n"
    )
    out = ROOT / "docs" / "bench" / f"{name}.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(head + body.strip() + "\n", encoding="utf-8")
    return out


def table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)
