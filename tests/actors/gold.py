"""Scoring actor slots of gold events (format of ../shared/examples/seed-article.gold.json) against linked documents.

A gold slot lists Arabic surface forms, then English names. The slot resolves when, searching the event's evidence
span first and then the whole text, the longest linked mention inside an occurrence of one of its surface forms
(longest surface form first) belongs to an actor whose English name, or one of its dictionary's English aliases,
is among the slot's English names (case-insensitive).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd.doc import Document
from rasd.text.normalize import normalize, normalize_word

_AR = re.compile("[\u0600-\u06ff]")


@lru_cache(maxsize=1)
def english_aliases() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    text = resources.files("rasd.resources").joinpath("actors", "aliases.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        c = line.split("\t")
        if len(c) == 4 and c[2] == "en":
            out.setdefault(c[0], set()).add(c[1].lower())
    return out


def slot_result(doc: Document, event: dict[str, Any], slot: list[str]) -> tuple[bool, str]:
    surfaces = sorted((s for s in slot if _AR.search(s)), key=len, reverse=True)
    names = {s.lower() for s in slot if not _AR.search(s)}
    view = normalize(doc.text)
    ev = event.get("evidence") or {"start": 0, "end": len(doc.text)}
    for lo, hi in ((ev["start"], ev["end"]), (0, len(doc.text))):
        for surface in surfaces:
            key = normalize_word(surface).replace("«", '"').replace("»", '"')
            for m in re.finditer(re.escape(key), view.text):
                s, e = view.raw_span(m.start(), m.end())
                if s < lo or e > hi:
                    continue
                inside = [x for x in doc.mentions if s <= x.start and x.end <= e and x.actor]
                if not inside:
                    continue
                best = max(inside, key=lambda x: (x.end - x.start, -x.start))
                actor = next(a for a in doc.actors if a.id == best.actor)
                known = {actor.name.lower()} | english_aliases().get(actor.dictionary_id or "", set())
                return bool(known & names), f"{best.text} -> {actor.name}"
    return False, "no linked mention"


def score(doc: Document, gold: dict[str, Any]) -> tuple[int, int, list[str]]:
    """(resolved slots, all slots, failure notes) for one gold article."""
    ok = total = 0
    notes: list[str] = []
    for ev in gold.get("events", []):
        for role in ("actor", "recipient"):
            for slot in ev.get(role) or []:
                total += 1
                good, how = slot_result(doc, ev, slot)
                ok += good
                if not good:
                    notes.append(f"{ev['trigger']['text']} {role} {slot}: {how}")
    return ok, total, notes
