"""Build src/rasd/resources/vocab.tsv.gz: a word-frequency list for clitic segmentation.

Sources (see NOTICE): ANERcorp's training part (its first 125,305 lines; the CAMeL Lab test tail is never
read) and WikiANN-ar (train, dev, extra). Only word types with their counts are kept (count >= 2), normalised
as the tokenizer normalises them (diacritics and tatweel removed, alef variants unified, ى → ي, ة kept).

Usage: python scripts/build_vocab.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import gzip
import re
from collections import Counter
from pathlib import Path

from rasd.text.normalize import normalize

ANER_TRAIN_LINES = 125_305
AR = re.compile(r"^[\u0621-\u064a]+$")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1] / ".." / "shared"))
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "src/rasd/resources/vocab.tsv.gz"))
    args = ap.parse_args()
    ner = Path(args.shared) / "data" / "ner"
    counts: Counter[str] = Counter()
    with open(ner / "anercorp" / "ANERCorp.txt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= ANER_TRAIN_LINES:
                break
            counts[line.rsplit(" ", 1)[0]] += 1
    for split in ("train", "dev", "extra"):
        with open(ner / "wikiann-ar" / split, encoding="utf-8") as f:
            for line in f:
                tok = line.split("\t", 1)[0].removeprefix("ar:")
                if tok:
                    counts[tok] += 1
    norm: Counter[str] = Counter()
    for tok, c in counts.items():
        w = normalize(tok, taa_marbuta=False).text
        if AR.match(w):
            norm[w] += c
    rows = sorted((w, c) for w, c in norm.items() if c >= 2)
    data = "".join(f"{w}\t{c}\n" for w, c in rows).encode("utf-8")
    Path(args.out).write_bytes(gzip.compress(data, mtime=0))
    print(f"{len(rows)} word types written to {args.out}")


if __name__ == "__main__":
    main()
