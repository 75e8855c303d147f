"""Robustness run: every SaudiNewsNet article through `rasd extract`, every output through the contract validator.

Splits the corpus into one shard per core, runs `rasd extract --format jsonl` on each shard in parallel, then runs
`../shared/tools/validate_document.py` on every output. Records articles in, documents out, failures, crashes
(non-zero exits other than the documented 1, or tracebacks) and validator problems.
"""
from __future__ import annotations

import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import CORPUS, SHARED, record, table


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--shards", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    lines = [ln for ln in gzip.decompress(CORPUS.read_bytes()).split(b"\n") if ln.strip()]
    if args.limit:
        lines = lines[: args.limit]
    n = len(lines)
    with tempfile.TemporaryDirectory() as tmp:
        shards = []
        per = (n + args.shards - 1) // args.shards
        for i in range(args.shards):
            p = Path(tmp) / f"shard{i}.jsonl"
            p.write_bytes(b"\n".join(lines[i * per:(i + 1) * per]) + b"\n")
            shards.append(p)
        t0 = time.perf_counter()
        procs = []
        for p in shards:
            out = open(p.with_suffix(".out"), "wb")
            err = open(p.with_suffix(".err"), "wb")
            procs.append((subprocess.Popen([sys.executable, "-m", "rasd", "extract", "--format", "jsonl", str(p)],
                                           stdout=out, stderr=err), out, err))
        codes = []
        for proc, out, err in procs:
            codes.append(proc.wait())
            out.close()
            err.close()
        elapsed = time.perf_counter() - t0
        docs = sum(p.with_suffix(".out").read_bytes().count(b"\n") for p in shards)
        errs = b"".join(p.with_suffix(".err").read_bytes() for p in shards).decode("utf-8", "replace")
        failures = sum(1 for line in errs.splitlines() if line.startswith("rasd: error"))
        crashes = sum(1 for c in codes if c not in (0, 1)) + errs.count("Traceback") + errs.count("internal error")
        problems = 0
        for p in shards:
            res = subprocess.run([sys.executable, str(SHARED / "tools" / "validate_document.py"),
                                  str(p.with_suffix(".out"))], capture_output=True, text=True)
            last = re.search(r"(\d+) problems$", res.stdout.strip())
            problems += int(last.group(1)) if last else 1
    rows = [["articles in", f"{n:,}"], ["documents out", f"{docs:,}"], ["articles failed (clear error)", failures],
            ["crashes", crashes], ["validator problems", problems],
            ["wall time", f"{elapsed:,.0f} s ({n / elapsed:,.1f} articles/s on {args.shards} processes)"]]
    body = table(["figure", "value"], rows) + "\n\nGoal: every article yields a document or a clear error; zero crashes.\n"
    print(body)
    record("robustness", "Robustness run (SaudiNewsNet through rasd extract and the validator)", body)


if __name__ == "__main__":
    main()
