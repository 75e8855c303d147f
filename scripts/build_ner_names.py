"""Build src/rasd/resources/ner/person_names.tsv.gz: Arabic given names and surnames for the NER gazetteer.

Source: the name index ``names.sqlite3`` shipped inside the PyPI wheel arabic-name-romanizer 0.2.0 (MIT; its
names are Wikidata labels, CC0 1.0, plus the MIT DziriNames benchmark). Only name units with their role and
attested count are kept, normalised as rasd normalises words. The wheel is needed only to rebuild this list:

    pip download --no-deps arabic-name-romanizer==0.2.0 -d /tmp/anr
    python scripts/build_ner_names.py --wheel /tmp/anr/arabic_name_romanizer-0.2.0-py3-none-any.whl
"""
from __future__ import annotations

import argparse
import gzip
import sqlite3
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

from rasd.text.normalize import normalize_word

OUT = Path(__file__).resolve().parents[1] / "src/rasd/resources/ner/person_names.tsv.gz"
SOURCE = "arabic-name-romanizer-0.2.0:names.sqlite3 (Wikidata CC0 / DziriNames MIT)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wheel", required=True)
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(args.wheel) as z:
        db = z.extract("arabic_name_romanizer/resources/names.sqlite3", tmp)
        con = sqlite3.connect(db)
        counts: Counter[tuple[str, str]] = Counter()
        for key, role, n in con.execute("SELECT arabic_key, role, count FROM units"):
            name = " ".join(normalize_word(w) for w in key.split())
            if name and role in ("given", "surname"):
                counts[(name, role)] += int(n)
        con.close()
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = ["# name\trole\tcount\tsource"] + [f"{name}\t{role}\t{n}\t{SOURCE}" for (name, role), n in rows]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(rows)} names -> {args.out}")


if __name__ == "__main__":
    main()
