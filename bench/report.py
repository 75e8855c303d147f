"""Join docs/bench/*.md into docs/BENCHMARKS.md (run by `make bench` after the benchmarks)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["splits", "text", "pipeline", "ner", "actors", "geo", "events", "ingest", "ingest_synthetic", "query", "dedup", "http", "spark", "robustness", "reliability",
         "hostile", "fuzz"]

HEAD = """# rasd benchmarks

Every figure below was produced by the command printed beside it, on the machine and date it names; `make bench`
re-runs all of them and rewrites this file from `docs/bench/*.md`. Absolute times on these shared machines are
noisy: compare ratios measured in the same run.

"""


def main() -> None:
    parts = sorted((ROOT / "docs" / "bench").glob("*.md"),
                   key=lambda p: (ORDER.index(p.stem) if p.stem in ORDER else len(ORDER), p.stem))
    body = "\n".join(p.read_text(encoding="utf-8") for p in parts)
    (ROOT / "docs" / "BENCHMARKS.md").write_text(HEAD + body, encoding="utf-8")
    print(f"docs/BENCHMARKS.md: {len(parts)} sections")


if __name__ == "__main__":
    main()
