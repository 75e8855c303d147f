"""Scoring actor slots of gold events (format of ../shared/examples/seed-article.gold.json) against linked documents.

A gold slot lists Arabic surface forms, then English names. The slot resolves when, searching the event's evidence
span first and then the whole text, the chosen linked mention belongs to an actor whose English name, one of its
dictionary's English aliases, or (for a dictionary actor) its Arabic name or one of its Arabic aliases is among the
slot's names (English case-insensitive; Arabic compared normalised). The chosen mention: a linked mention whose
text *is* one of the slot's surface forms (normalised), else the longest linked mention inside an occurrence of
one (longest surface form first; a surface «ال…» is also found after «ل» with its alef dropped, «للمعارضة» —
the guidelines' «لل» rule). A mention nested inside a longer description («الأمم المتحدة» in «مبعوث الأمم
المتحدة إلى سوريا») is thus not taken for the slot when the slot's own name («ستيفان دي ميستورا») is linked.

Slots with no Arabic surface form (implied actors: barrel bombs → government forces) have nothing to link; they
are not linking slots and are counted apart (``score`` returns them in its notes as "implied").
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
    return _aliases("en")


@lru_cache(maxsize=1)
def arabic_aliases() -> dict[str, set[str]]:
    return _aliases("ar")


def _aliases(lang: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    text = resources.files("rasd.resources").joinpath("actors", "aliases.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        c = line.split("\t")
        if len(c) == 4 and c[2] == lang:
            out.setdefault(c[0], set()).add(c[1].lower() if lang == "en" else _akey(c[1]))
    return out


def _akey(s: str) -> str:
    return " ".join(normalize_word(re.sub(r"[«»\"()]", " ", s)).split())


def slot_result(doc: Document, event: dict[str, Any], slot: list[str]) -> tuple[bool, str]:
    surfaces = sorted((s for s in slot if _AR.search(s)), key=len, reverse=True)
    names = {s.lower() for s in slot if not _AR.search(s)}
    ar_names = {_akey(s) for s in surfaces}
    view = normalize(doc.text)
    ev = event.get("evidence") or {"start": 0, "end": len(doc.text)}
    linked = [x for x in doc.mentions if x.actor]
    for lo, hi in ((ev["start"], ev["end"]), (0, len(doc.text))):
        exact = [x for x in linked if lo <= x.start and x.end <= hi and _akey(x.text) in ar_names]
        best = min(exact, key=lambda x: x.start) if exact else None
        if best is None:
            for surface in surfaces:
                key = normalize_word(surface).replace("«", '"').replace("»", '"')
                # «للمعارضة السورية»: after ل the article's alef drops, as in «لجيش العربي السوري»
                pattern = re.escape(key) + ("|(?<=ل)" + re.escape(key[1:]) if key.startswith("ال") else "")
                for m in re.finditer(pattern, view.text):
                    s, e = view.raw_span(m.start(), m.end())
                    if s < lo or e > hi:
                        continue
                    inside = [x for x in linked if s <= x.start and x.end <= e]
                    if inside:
                        best = max(inside, key=lambda x: (x.end - x.start, -x.start))
                        break
                if best is not None:
                    break
        if best is None:
            continue
        actor = next(a for a in doc.actors if a.id == best.actor)
        known = {actor.name.lower()} | english_aliases().get(actor.dictionary_id or "", set())
        ar_known = ({_akey(actor.name_ar or "")} | arabic_aliases().get(actor.dictionary_id, set())
                    if actor.dictionary_id else set())
        return bool(known & names or ar_known & ar_names), f"{best.text} -> {actor.name}"
    return False, "no linked mention"


def score(doc: Document, gold: dict[str, Any]) -> tuple[int, int, list[str]]:
    """(resolved slots, linking slots, failure notes) for one gold article; implied slots (no Arabic surface
    form) are not counted, and are listed in the notes starting "implied"."""
    ok = total = 0
    notes: list[str] = []
    for ev in gold.get("events", []):
        for role in ("actor", "recipient"):
            for slot in ev.get(role) or []:
                if not any(_AR.search(s) for s in slot):
                    notes.append(f"implied {ev['trigger']['text']} {role} {slot}")
                    continue
                total += 1
                good, how = slot_result(doc, ev, slot)
                ok += good
                if not good:
                    notes.append(f"{ev['trigger']['text']} {role} {slot}: {how}")
    return ok, total, notes
