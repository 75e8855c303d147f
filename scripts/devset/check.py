#!/usr/bin/env python3
"""Validate rasd's dev gold set (tests/data/dev/dev-gold.jsonl) and print counts.

Checks (../shared/spec/annotation-guidelines.md, "Validate"): text[start:end] == text for every mention, place,
expression, trigger and alt_trigger; mentions flat (no overlap) with valid types; every place span is a LOC
mention, with valid country/feature/precision/coordinates; an expression contains its place; event ``place`` is
null or the text of a place; evidence holds the trigger; types, mode (for types[0]), modality, polarity valid;
actor/recipient are lists of [Arabic..., English...] entries; a statement type never comes first with a
non-actual modality; no trigger/alt_trigger span serves two records.

Usage: check.py [FILE] [--show ID]   (--show prints one article with its mentions bracketed, for review)
Exit 1 when a problem is found.
"""
from __future__ import annotations

import collections
import itertools
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "dev" / "dev-gold.jsonl"
VALIDATOR = ROOT / ".." / "shared" / "tools" / "validate_document.py"


def plover_modes() -> dict[str, set[str]]:
    """PLOVER_MODES from the shared validator (the one list of types and modes)."""
    src = VALIDATOR.read_text(encoding="utf-8")
    m = re.search(r"^PLOVER_MODES = (\{.*?^\})", src, re.DOTALL | re.MULTILINE)
    assert m, "PLOVER_MODES not found in validate_document.py"
    return eval(m.group(1), {"set": set})  # a literal dict of sets, from the shared repo


MODES = plover_modes()
MENTION_TYPES = {"PER", "ORG", "LOC", "MISC"}
FEATURES = {"country", "admin1", "admin2", "admin3", "city", "town", "village", "district", "region", "border",
            "road", "site"}
MODALITIES = {"actual", "planned", "hypothetical", "demanded", "threatened"}
POLARITIES = {"asserted", "negated"}
# CONSULT is left out: the seed gold codes planned and hypothetical talks as CONSULT first.
STATEMENTS = {"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT"}
ARABIC = re.compile(r"[\u0600-\u06FF]")


def problems(doc: dict) -> list[str]:
    errs: list[str] = []
    did = doc.get("id", "?")

    def bad(msg: str) -> None:
        errs.append(f"{did}: {msg}")

    for k in ("id", "meta", "text", "mentions", "places", "events"):
        if k not in doc:
            bad(f"missing field {k}")
    if errs:
        return errs
    text = doc["text"]
    for k in ("source", "url", "title", "date"):
        if k not in doc["meta"]:
            bad(f"meta lacks {k}")
    if text != text.strip():
        bad("text is not stripped")

    def span(obj: dict, label: str) -> bool:
        s, e = obj.get("start"), obj.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            bad(f"{label}: bad offsets {s}, {e}")
            return False
        if obj.get("text") != text[s:e]:
            bad(f"{label}: text {obj.get('text')!r} != text[{s}:{e}] {text[s:e]!r}")
            return False
        return True

    ments = doc["mentions"]
    for i, m in enumerate(ments):
        span(m, f"mention {i}")
        if m.get("type") not in MENTION_TYPES:
            bad(f"mention {i}: type {m.get('type')!r}")
        if m["text"] != m["text"].strip():
            bad(f"mention {i}: surrounding space in {m['text']!r}")
    order = sorted(ments, key=lambda m: (m["start"], m["end"]))
    for x, y in itertools.pairwise(order):
        if y["start"] < x["end"]:
            bad(f"overlapping mentions {x['text']!r}@{x['start']} and {y['text']!r}@{y['start']}")
    locs = {(m["start"], m["end"]) for m in ments if m["type"] == "LOC"}
    place_texts = set()
    seen_places = set()
    for i, p in enumerate(doc["places"]):
        label = f"place {i} {p.get('text')!r}"
        if not span(p, label):
            continue
        place_texts.add(p["text"])
        key = (p["start"], p["end"])
        if key not in locs:
            bad(f"{label}: span is not a LOC mention")
        if key in seen_places:
            bad(f"{label}: two places on one mention")
        seen_places.add(key)
        for f in ("name", "lat", "lon", "country", "feature", "precision"):
            if f not in p:
                bad(f"{label}: missing {f}")
        lat, lon = p.get("lat"), p.get("lon")
        if not (isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and -90 <= lat <= 90
                and -180 <= lon <= 180):
            bad(f"{label}: bad coordinates {lat}, {lon}")
        if p.get("feature") not in FEATURES:
            bad(f"{label}: feature {p.get('feature')!r}")
        if p.get("precision") not in (1, 2, 3):
            bad(f"{label}: precision {p.get('precision')!r}")
        c = p.get("country")
        if not (c is None or (isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c))):
            bad(f"{label}: country {c!r} is not ISO alpha-2 or null")
        if "expression" in p:
            e = p["expression"]
            if span(e, f"{label}.expression") and not (e["start"] <= p["start"] and p["end"] <= e["end"]):
                bad(f"{label}: expression does not contain the place")
    used: dict[tuple[int, int], int] = {}
    for i, ev in enumerate(doc["events"]):
        label = f"event {i}"
        for f in ("types", "mode", "trigger", "evidence", "actor", "recipient", "place", "modality", "polarity"):
            if f not in ev:
                bad(f"{label}: missing {f}")
        if errs and errs[-1].startswith(f"{did}: {label}: missing"):
            continue
        types = ev["types"]
        if not (isinstance(types, list) and types and all(t in MODES for t in types)):
            bad(f"{label}: types {types!r}")
            continue
        if ev["mode"] is not None and ev["mode"] not in MODES[types[0]]:
            bad(f"{label}: mode {ev['mode']!r} is not a mode of {types[0]}")
        if ev["modality"] not in MODALITIES:
            bad(f"{label}: modality {ev['modality']!r}")
        if ev["polarity"] not in POLARITIES:
            bad(f"{label}: polarity {ev['polarity']!r}")
        if types[0] in STATEMENTS and ev["modality"] != "actual":
            bad(f"{label}: statement type {types[0]} first with modality {ev['modality']}")
        triggers = [ev["trigger"]] + list(ev.get("alt_triggers", []))
        for j, t in enumerate(triggers):
            if span(t, f"{label} trigger {j}"):
                key = (t["start"], t["end"])
                if key in used and used[key] != i:
                    bad(f"{label}: trigger {t['text']!r}@{t['start']} also serves event {used[key]}")
                used[key] = i
        e = ev["evidence"]
        t = ev["trigger"]
        if not (isinstance(e.get("start"), int) and isinstance(e.get("end"), int)
                and 0 <= e["start"] < e["end"] <= len(text)):
            bad(f"{label}: bad evidence offsets")
        elif not (e["start"] <= t["start"] and t["end"] <= e["end"]):
            bad(f"{label}: evidence does not hold the trigger")
        if ev["place"] is not None and ev["place"] not in place_texts:
            bad(f"{label}: place {ev['place']!r} is not the text of a place")
        for role in ("actor", "recipient"):
            entries = ev[role]
            if not isinstance(entries, list):
                bad(f"{label}: {role} is not a list")
                continue
            for entry in entries:
                if not (isinstance(entry, list) and entry and all(isinstance(x, str) and x for x in entry)):
                    bad(f"{label}: {role} entry {entry!r} is not a list of names")
                elif ARABIC.search(entry[-1]) or not any(not ARABIC.search(x) for x in entry):
                    bad(f"{label}: {role} entry {entry!r} lacks an English canonical name at the end")
                elif any(ARABIC.search(x) for x in entry) and not ARABIC.search(entry[0]):
                    bad(f"{label}: {role} entry {entry!r}: Arabic forms must come first")
        if not ev["actor"] and not ev.get("note"):
            bad(f"{label}: empty actor without a note")
        if "symmetric" in ev and ev["symmetric"] is not True:
            bad(f"{label}: symmetric must be true when present")
        if ev.get("symmetric") and not (ev["actor"] and ev["recipient"]):
            bad(f"{label}: symmetric event needs actor and recipient")
    return errs


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def counts(docs: list[dict]) -> dict:
    out: dict = {"articles": len(docs), "mentions": collections.Counter(), "places": 0,
                 "places_by_precision": collections.Counter(), "places_by_feature": collections.Counter(),
                 "events": 0, "events_by_type": collections.Counter(), "events_by_modality": collections.Counter(),
                 "by_source": collections.Counter(), "chars": 0}
    for d in docs:
        out["by_source"][d["meta"]["source"]] += 1
        out["chars"] += len(d["text"])
        out["mentions"].update(m["type"] for m in d["mentions"])
        out["places"] += len(d["places"])
        out["places_by_precision"].update(p["precision"] for p in d["places"])
        out["places_by_feature"].update(p["feature"] for p in d["places"])
        out["events"] += len(d["events"])
        out["events_by_type"].update(e["types"][0] for e in d["events"])
        out["events_by_modality"].update(e["modality"] for e in d["events"])
    return out


def show(doc: dict) -> str:
    text = doc["text"]
    out = []
    pos = 0
    places = {(p["start"], p["end"]): p for p in doc["places"]}
    for m in sorted(doc["mentions"], key=lambda m: m["start"]):
        out.append(text[pos:m["start"]])
        p = places.get((m["start"], m["end"]))
        tag = m["type"] + (f"@{p['precision']}" if p else "")
        out.append(f"[{m['text']}]{tag}")
        pos = m["end"]
    out.append(text[pos:])
    lines = ["".join(out), ""]
    for i, e in enumerate(doc["events"]):
        lines.append(f"E{i} {'/'.join(e['types'])} {e['mode']} «{e['trigger']['text']}» "
                     f"A={[x[-1] for x in e['actor']]} R={[x[-1] for x in e['recipient']]} P={e['place']} "
                     f"{e['modality']} {e['polarity']}"
                     f"{' sym' if e.get('symmetric') else ''}"
                     f"{' alts=' + str([t['text'] for t in e.get('alt_triggers', [])]) if e.get('alt_triggers') else ''}")
        lines.append("    | " + text[e["evidence"]["start"]:e["evidence"]["end"]].replace("\n", " "))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args and not argv[argv.index(args[0]) - 1 == "--show"] else GOLD
    if "--show" in argv:
        want = argv[argv.index("--show") + 1]
        for d in load(GOLD):
            if d["id"].startswith(want):
                print(show(d))
        return 0
    docs = load(path)
    errs = [e for d in docs for e in problems(d)]
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate article ids")
    for e in errs:
        print(e)
    c = counts(docs)
    print(f"{c['articles']} articles ({c['chars']} chars) from {dict(c['by_source'])}")
    print(f"mentions {sum(c['mentions'].values())}: {dict(sorted(c['mentions'].items()))}")
    print(f"places {c['places']}: precision {dict(sorted(c['places_by_precision'].items()))}, "
          f"feature {dict(c['places_by_feature'].most_common())}")
    print(f"events {c['events']}: {dict(c['events_by_type'].most_common())}")
    print(f"modality {dict(c['events_by_modality'].most_common())}")
    print(f"{len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
