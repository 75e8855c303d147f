"""End-to-end pipeline: per-stage throughput, the floor in the same run, cold start, peak RSS, and the
named-entity mentions of the whole pipeline (NER + lexicons) against the seed and dev gold.

One process (one core). Stage times are summed per component over --articles SaudiNewsNet articles after a
warm-up of 50; the floor is decode + JSON + regex tokenisation of the same articles.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time

from _common import CORPUS, ROOT, SHARED, peak_rss_mb, record, table

from rasd.api import load_pipeline, make_document
from rasd.io.decode import decode_bytes
from rasd.text.tokenize import TOKEN_RE


def mention_scores(ex: object) -> list[list[object]]:
    golds = [json.loads(line) for line in (ROOT / "tests" / "data" / "dev" / "dev-gold.jsonl").read_text("utf-8").splitlines()
             if line.strip()]
    seed = json.loads((SHARED / "examples" / "seed-article.gold.json").read_text("utf-8"))
    rows = []
    for name, docs in (("seed article", [seed]), (f"dev set ({len(golds)} articles)", golds)):
        tp = fp = fn = 0
        for g in docs:
            d = ex.extract(g["text"], date=(g.get("meta") or {}).get("date"))  # type: ignore[attr-defined]
            pred = {(m["start"], m["end"], m["type"]) for m in d.to_dict()["mentions"]}
            gold = {(m["start"], m["end"], m["type"]) for m in g["mentions"]}
            tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        rows.append([name, f"{p:.3f}", f"{r:.3f}", f"{2 * p * r / max(1e-9, p + r):.3f}", tp + fn])
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()
    raw = [ln for ln in gzip.decompress(CORPUS.read_bytes()).split(b"\n") if ln.strip()][: args.articles + 50]
    ex = load_pipeline()
    docs = [make_document(json.loads(decode_bytes(r, "b")[0])["content"]) for r in raw]
    for d in docs[:50]:
        ex(d)
    docs = docs[50:]
    n = len(docs)
    stage = {c.name: 0.0 for c in ex.pipeline.components}
    tokens = 0
    t_all = time.process_time()
    for d in docs:
        for c in ex.pipeline.components:
            t = time.process_time()
            d = c(d)
            stage[c.name] += time.process_time() - t
        tokens += len(d.tokens)
    total = time.process_time() - t_all
    t0 = time.process_time()
    for r in raw[50:]:
        content = json.loads(decode_bytes(r, "b")[0])["content"]
        sum(1 for _ in TOKEN_RE.finditer(content))
    floor = time.process_time() - t0
    cold = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "rasd", "extract", str(SHARED / "examples" / "seed-article.txt")],
                       check=True, capture_output=True)
        cold.append(time.perf_counter() - t)
    rows = [[name, f"{s / n * 1000:.1f} ms", f"{n / s:,.0f}", f"{s / total:.0%}"] for name, s in stage.items()]
    rows.append(["**whole pipeline**", f"{total / n * 1000:.1f} ms", f"{n / total:,.1f}", "100%"])
    rows.append(["floor: decode + JSON + regex tokenisation", f"{floor / n * 1000:.2f} ms", f"{n / floor:,.0f}", ""])
    body = (table(["stage", "CPU time per article", "articles/s per core", "share"], rows)
            + f"\n\n- {n:,} SaudiNewsNet articles, {tokens / total:,.0f} tokens/s end to end per core; pipeline / floor "
              f"time ratio {total / floor:.0f}×.\n- cold start, `rasd extract` of the seed article with the whole "
              f"pipeline (best of 3): {min(cold):.2f} s.\n- peak RSS of this process: {peak_rss_mb():,.0f} MB.\n\n"
              "### Named-entity mentions of the whole pipeline (exact span and type)\n\n"
            + table(["gold", "P", "R", "F1", "gold mentions"], mention_scores(ex))
            + "\n\nThe `mentions` list of the output (NER merged with the actor and place lexicons; generic "
              "references moved to `generic_mentions`) scored against the seed and dev gold mentions.\n")
    print(body)
    record("pipeline", "Whole pipeline: stages, floor, cold start, memory, mentions", body)


if __name__ == "__main__":
    main()
