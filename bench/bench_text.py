"""Text layer throughput on SaudiNewsNet: decode + normalise + sentences/clauses + tokens + clitic words.

Runs on one core (this process), over every article of the corpus (or --limit N), and measures in the same run
the *floor*: decode + JSON + regex tokenisation alone. Also the cold start of `rasd extract` on the seed article.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time

from _common import CORPUS, SHARED, peak_rss_mb, record, table

from rasd.api import make_document
from rasd.io.decode import decode_bytes
from rasd.text.component import TextLayer
from rasd.text.normalize import normalize
from rasd.text.tokenize import TOKEN_RE


def lines(limit: int | None) -> list[bytes]:
    raw = gzip.decompress(CORPUS.read_bytes()).split(b"\n")
    raw = [r for r in raw if r.strip()]
    return raw[:limit] if limit else raw


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    data = lines(args.limit)
    n = len(data)

    t0 = time.perf_counter()
    floor_tokens = 0
    for raw in data:
        text, _ = decode_bytes(raw, "bench")
        content = json.loads(text)["content"]
        floor_tokens += sum(1 for _ in TOKEN_RE.finditer(content))
    floor_s = time.perf_counter() - t0

    layer = TextLayer()
    t0 = time.perf_counter()
    tokens = words = sents = clauses = chars = 0
    for raw in data:
        text, _ = decode_bytes(raw, "bench")
        content = json.loads(text)["content"]
        normalize(content)
        doc = layer(make_document(content))
        chars += len(content)
        tokens += len(doc.tokens)
        words += sum(len(t.words) for t in doc.tokens)
        sents += len(doc.sentences)
        clauses += sum(len(s.clauses) for s in doc.sentences)
    text_s = time.perf_counter() - t0
    rss = peak_rss_mb()

    seed = SHARED / "examples" / "seed-article.txt"
    cold = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "rasd", "extract", "--pipeline", "rasd.text.v1", str(seed)],
                       check=True, capture_output=True)
        cold.append(time.perf_counter() - t0)

    rows = [
        ["articles", f"{n:,}"],
        ["characters", f"{chars:,}"],
        ["tokens / words", f"{tokens:,} / {words:,}"],
        ["sentences / clauses", f"{sents:,} / {clauses:,}"],
        ["floor: decode + JSON + regex tokenisation", f"{n / floor_s:,.0f} articles/s ({floor_tokens / floor_s:,.0f} tokens/s)"],
        ["text layer: decode + normalise + sentences/clauses + tokens + clitic words",
         f"{n / text_s:,.0f} articles/s ({tokens / text_s:,.0f} tokens/s)"],
        ["text layer / floor time ratio", f"{text_s / floor_s:.2f}×"],
        ["peak RSS (whole corpus held in memory as bytes)", f"{rss:,.0f} MB"],
        ["cold start, `rasd extract --pipeline rasd.text.v1` on the seed article (best of 3)",
         f"{min(cold):.2f} s"],
    ]
    body = table(["figure", "value"], rows) + (
        "\n\nOne core (a single process). Target from the foundation issue: the text layer alone at ≥ 2,000 "
        "articles/s per core.\n")
    print(body)
    record("text", "Text layer (foundation)", body)


if __name__ == "__main__":
    main()
