"""Text layer throughput on SaudiNewsNet: decode + normalise + sentences/clauses + tokens + clitic words.

Runs on one core (this process), over every article of the corpus (or --limit N), and measures in the same run
the *floor*: decode + JSON + regex tokenisation alone. Also the cold start of `rasd extract` on the seed article.

The machine this runs on is shared, and its load changes by the minute, so the floor and the text layer are timed
article by article, interleaved (the order alternating), each with both a wall clock and this process's CPU clock.
Their ratio is the figure to compare between runs; the CPU-clock rates are the ones least disturbed by other
processes (though a busy machine still slows a process down through shared caches). Every Token and Word is built
and kept in the document, as in the pipeline; counting them is done outside the timed sections.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import time

from _common import CORPUS, SHARED, peak_rss_mb, record, table

from rasd.api import make_document
from rasd.doc import Document
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

    layer = TextLayer()
    wall, cpu = time.perf_counter, time.process_time
    spent = {"floor": [0.0, 0.0], "text": [0.0, 0.0]}  # wall, CPU seconds
    floor_tokens = tokens = words = sents = clauses = chars = 0
    load_before = os.getloadavg()[0]

    def floor(raw: bytes) -> int:
        w0, c0 = wall(), cpu()
        text, _ = decode_bytes(raw, "bench")
        content = json.loads(text)["content"]
        count = sum(1 for _ in TOKEN_RE.finditer(content))
        w1, c1 = wall(), cpu()
        spent["floor"][0] += w1 - w0
        spent["floor"][1] += c1 - c0
        return count

    def text_layer(raw: bytes) -> Document:
        w0, c0 = wall(), cpu()
        text, _ = decode_bytes(raw, "bench")
        content = json.loads(text)["content"]
        normalize(content)
        doc = layer(make_document(content))
        w1, c1 = wall(), cpu()
        spent["text"][0] += w1 - w0
        spent["text"][1] += c1 - c0
        return doc

    for i, raw in enumerate(data):
        if i % 2:
            floor_tokens += floor(raw)
            doc = text_layer(raw)
        else:
            doc = text_layer(raw)
            floor_tokens += floor(raw)
        chars += len(doc.text)
        tokens += len(doc.tokens)
        words += sum(map(len, (t.words for t in doc.tokens)))
        sents += len(doc.sentences)
        clauses += sum(len(s.clauses) for s in doc.sentences)
    (floor_wall, floor_cpu), (text_wall, text_cpu) = spent["floor"], spent["text"]
    load_after = os.getloadavg()[0]
    rss = peak_rss_mb()

    seed = SHARED / "examples" / "seed-article.txt"
    cold = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "rasd", "extract", "--pipeline", "rasd.text.v1", str(seed)],
                       check=True, capture_output=True)
        cold.append(time.perf_counter() - t0)

    def rate(seconds: float, count: int) -> str:
        return f"{n / seconds:,.0f} articles/s ({count / seconds:,.0f} tokens/s)"

    rows = [
        ["articles", f"{n:,}"],
        ["characters", f"{chars:,}"],
        ["tokens / words", f"{tokens:,} / {words:,}"],
        ["sentences / clauses", f"{sents:,} / {clauses:,}"],
        ["floor: decode + JSON + regex tokenisation (wall clock)", rate(floor_wall, floor_tokens)],
        ["floor (CPU clock)", rate(floor_cpu, floor_tokens)],
        ["text layer: decode + normalise + sentences/clauses + tokens + clitic words (wall clock)",
         rate(text_wall, tokens)],
        ["text layer (CPU clock)", rate(text_cpu, tokens)],
        ["text layer / floor time ratio (wall / CPU)", f"{text_wall / floor_wall:.2f}× / {text_cpu / floor_cpu:.2f}×"],
        ["machine load average (1 min) before / after", f"{load_before:.1f} / {load_after:.1f} on {os.cpu_count()} cores"],
        ["peak RSS (whole corpus held in memory as bytes)", f"{rss:,.0f} MB"],
        ["cold start, `rasd extract --pipeline rasd.text.v1` on the seed article (best of 3)",
         f"{min(cold):.2f} s"],
    ]
    body = table(["figure", "value"], rows) + (
        "\n\nOne core (a single process); the floor and the text layer are timed article by article, interleaved. "
        "Target from the foundation issue: the text layer alone at ≥ 2,000 articles/s per core.\n")
    print(body)
    record("text", "Text layer (foundation)", body)


if __name__ == "__main__":
    main()
