#!/usr/bin/env python3
"""Build src/rasd/resources/events/triggers.tsv: curated triggers merged with candidates derived from
UniversalPetrarch's Arabic verb dictionary (CAMEO.ar.0.5.txt, MIT) mapped through CAMEO2PLOVER-2021.txt.

Re-runnable: ``python scripts/build_triggers.py [--shared ../shared]``.

- Curated rows (``triggers_curated.tsv``) are ``active``. When UniversalPetrarch codes the same lemma to the
  same PLOVER type, the row's source also names the dictionary line that agrees.
- UniversalPetrarch rows that no curated row covers are written as ``candidate`` (not used by the coder): the
  dictionary is machine-derived from English synsets and noisy («تلقى» "take" → PROTEST), so candidates are a
  review queue, promoted by copying them into the curated file.

Every output row names its source: ``rasd-curated ...`` or ``UniversalPetrarch CAMEO.ar.0.5.txt:LINE [CAMEO]``.
"""
from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RES = ROOT / "src" / "rasd" / "resources" / "events"
COLUMNS = ["lemma", "pos", "type", "mode", "also", "tag", "context", "forms", "status", "source"]
VALID_MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"},
}
# CAMEO2PLOVER modes that the rasd contract does not list, mapped to the nearest contract mode (or none).
MODE_FIX = {"assassinate": "targeted", "ban": "restrict", "massacre": None, "cleansing": None, "return": None,
            "ease": None, "political": None, "pro_autocracy": None}
_AR = re.compile(r"^[\u0621-\u064a\u0670+~ _]+$")
_DIAC = re.compile("[\u064b-\u065f\u0670\u0640]")


def norm(s: str) -> str:
    s = _DIAC.sub("", s)
    return s.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}))


def load_cameo2plover(path: Path) -> dict[str, tuple[str, str | None, str]]:
    table: dict[str, tuple[str, str | None, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?", line)
        if not m:
            continue
        code, typ = m.group(1), m.group(2)
        mode = (m.group(3) or "").strip() or None
        ctx = ";".join(c.strip() for c in (m.group(4) or "").split(";") if c.strip())
        if mode is not None:
            mode = MODE_FIX.get(mode, mode)
            if mode is not None and mode not in VALID_MODES.get(typ, set()):
                mode = None
        table.setdefault(code, (typ, mode, ctx))
    return table


def plover_of(code: str, table: dict[str, tuple[str, str | None, str]]) -> tuple[str, str | None, str] | None:
    code = code.strip()
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def up_candidates(path: Path, table: dict[str, tuple[str, str | None, str]]) -> list[dict[str, str]]:
    """Lemma lines of the verb-pattern blocks with a CAMEO code (own, or the block's) mapped to PLOVER."""
    out: list[dict[str, str]] = []
    in_verbs = False
    block_code: str | None = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs:
            continue
        m = re.match(r"^---\s*(\S+)\s*\[([^\]]*)\]\s*---", line)
        if m:
            block_code = m.group(2).strip() if re.fullmatch(r"\d+", m.group(2).strip()) else None
            continue
        if not line.strip() or line.startswith(("-", "#", "&", "+")):
            continue
        body, _, gloss = line.partition("#")
        m = re.match(r"^(\S+(?: \S+)?)\s*(?:\[(\d+)\])?\s*$", body.strip())
        if not m:
            continue
        lemma = m.group(1).replace("+", " ").replace("_", " ").strip()
        if not _AR.match(lemma.replace(" ", "")):
            continue
        code = m.group(2) or block_code
        if not code:
            continue
        mapped = plover_of(code, table)
        if not mapped or mapped[0] not in VALID_MODES and mapped[0] not in (
                "AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID"):
            continue
        typ, mode, ctx = mapped
        out.append({
            "lemma": lemma, "pos": "v", "type": typ, "mode": mode or "-", "also": "-", "tag": "-",
            "context": ctx.replace(";", ",") or "-", "forms": "-", "status": "candidate",
            "source": f"UniversalPetrarch CAMEO.ar.0.5.txt:{n} [{code}] ({gloss.strip()})",
        })
    return out


def read_curated(path: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            sys.exit(f"{path}:{n}: want {len(header)} columns, got {len(cells)}")
        row = dict(zip(header, cells))
        row["status"] = "active"
        rows.append(row)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    table = load_cameo2plover(args.shared / "data/lexicons/plover/CAMEO2PLOVER-2021.txt")
    cands = up_candidates(args.shared / "data/lexicons/universalpetrarch-ar/CAMEO.ar.0.5.txt", table)
    contexts = set(tomllib.loads((RES / "codebook.toml").read_text(encoding="utf-8"))["contexts"]["names"])
    for c in cands:  # CAMEO2PLOVER uses a few contexts the manual's table does not list ("humanitarian")
        kept = [x for x in c["context"].split(",") if x in contexts]
        c["context"] = ",".join(kept) or "-"
    curated = read_curated(RES / "triggers_curated.tsv")
    by_key = {(norm(r["lemma"]), r["pos"]): r for r in curated}
    extra: dict[tuple[str, str], dict[str, str]] = {}
    agreed = 0
    for c in cands:
        key = (norm(c["lemma"]), c["pos"])
        cur = by_key.get(key)
        if cur is not None:
            if c["type"] in {cur["type"], *cur["also"].split(",")} and "UniversalPetrarch" not in cur["source"]:
                cur["source"] += "; agrees with " + c["source"].split(" (")[0]
                agreed += 1
            continue
        k2 = (key[0], c["type"])
        if k2 not in extra:
            extra[(key[0], c["type"])] = c
    rows = curated + sorted(extra.values(), key=lambda r: (r["type"], r["lemma"]))
    lines = [
        "# GENERATED by scripts/build_triggers.py from triggers_curated.tsv and UniversalPetrarch CAMEO.ar.0.5.txt",
        "# (MIT) via CAMEO2PLOVER-2021.txt (CC BY-SA 4.0). Edit triggers_curated.tsv, then re-run the script.",
        "\t".join(COLUMNS),
    ]
    for r in rows:
        lines.append("\t".join(r.get(c, "-") or "-" for c in COLUMNS))
    (RES / "triggers.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(curated)} curated rows ({agreed} confirmed by UniversalPetrarch), {len(extra)} candidates "
          f"-> {RES / 'triggers.tsv'}")


if __name__ == "__main__":
    main()
