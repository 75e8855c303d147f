"""Scoring coded events against gold in the format of ``../shared/examples/seed-article.gold.json``.

A system event *matches* a gold event when its type is among the gold ``types`` and its trigger overlaps the gold
trigger or one of its ``alt_triggers`` — or, failing that, its evidence overlaps the gold evidence. Matching is
one-to-one (trigger overlaps first, then the largest evidence overlaps). Scores:

- ``type_clause``: precision, recall and F1 of matched events;
- ``tuple``: matched events whose actor, recipient and place also agree. An actor agrees with a gold entry when
  its English canonical name (or either part of a name with a parenthesised alias, «Houthis (Ansar Allah)»)
  equals one of the entry's English names or its Arabic name / mention text equals one of the entry's Arabic
  surfaces (normalised; a «لل»-initial mention «لحوثيين» also as «الحوثيين»); a role agrees when every system actor agrees with some gold
  entry and at least one gold entry is found (both empty also agree). Symmetric gold events accept the swap.
  The place agrees when both are null or a surface of the system place overlaps the gold place text;
- ``tuple_strict``: as ``tuple`` but an actor agrees only by its English name against the entry's canonical
  English name (its *first* English element: entries are "Arabic surface forms, then English canonical name(s)");
- ``per_type``: type+clause P/R/F1 by type: gold by its first type; a matched system event counts under the type
  of the gold event it matched (so a COERCE event matching ``["ASSAULT", "COERCE"]`` counts as ASSAULT), an
  unmatched one under its own type;
- ``errors``: every error by cause — ``missed`` (no system event overlaps the gold trigger), ``wrong_type`` (one
  does, of a type not among the gold ``types``), ``spurious`` (unmatched system events), and among matched events
  ``actor``, ``recipient``, ``place`` (each role that disagrees counts once; symmetric gold accepts the swap),
  ``modality`` and ``polarity``.

Matching prefers, in order, an overlap with the gold ``trigger``, then with one of its ``alt_triggers`` (the
restatements of the same record), then an evidence overlap; within a tier, the larger overlap.

:func:`gold_document` builds the "oracle" input of the coder from a gold record (its mentions, its places, and
actors for mentions named in event entries), to measure the coder apart from NER, linking and geocoding.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from rasd.doc import Actor, Document, Mention, Meta, Place
from rasd.errors import FormatError
from rasd.text.normalize import normalize

__all__ = ["gold_document", "prf", "read_gold", "score_documents"]


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold records from a JSON object, a JSON list or JSON Lines."""
    raw = Path(path).read_text(encoding="utf-8").strip()
    if not raw:
        return []
    try:
        obj = json.loads(raw)
        recs = obj if isinstance(obj, list) else [obj]
    except json.JSONDecodeError:
        recs = []
        for n, line in enumerate(raw.splitlines(), 1):
            if line.strip():
                try:
                    recs.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise FormatError(f"{path}:{n}: not JSON: {exc}") from exc
    for r in recs:
        if not isinstance(r, dict) or "text" not in r or "events" not in r:
            raise FormatError(f"{path}: a gold record needs 'text' and 'events'")
    return recs


def _n(s: str) -> str:
    return " ".join(normalize(s).text.replace('"', " ").split())


def _is_ar(s: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in s)


def _overlap(a: dict[str, int], s: int, e: int) -> int:
    return max(0, min(a["end"], e) - max(a["start"], s))


def prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "system": n_sys, "gold": n_gold}


def _actor_surfaces(doc: Document) -> dict[str, tuple[str, set[str]]]:
    """actor id -> (English name, normalised Arabic surfaces: name_ar and mention texts)."""
    by_id: dict[str, tuple[str, set[str]]] = {}
    texts: dict[str, set[str]] = {}
    for m in doc.mentions:
        if m.actor:
            t = _n(m.text)
            texts.setdefault(m.actor, set()).add(t)
            if t.startswith("ل") and m.type != "LOC":
                texts[m.actor].add("ا" + t)  # «للحوثيين» is tagged «لحوثيين»
    for a in doc.actors:
        ar = set(texts.get(a.id, set()))
        if a.name_ar:
            ar.add(_n(a.name_ar))
        by_id[a.id] = (a.name, ar)
    return by_id


def _entry_ok(entry: list[str], name: str, arabic: set[str], strict: bool) -> bool:
    en_list = [e.casefold().strip() for e in entry if not _is_ar(e)]
    if strict:
        return bool(en_list) and name.casefold().strip() == en_list[0]
    en = set(en_list)
    ar = {_n(e) for e in entry if _is_ar(e)}
    # A name with a parenthesised alias («Houthis (Ansar Allah)») agrees by either part.
    base, _, alias = name.casefold().partition("(")
    names = {name.casefold().strip(), base.strip(), alias.rstrip(")").strip()} - {""}
    return bool(names & en) or bool(arabic & ar)


def _role_ok(gold: list[list[str]], sys_ids: Iterable[str], actors: dict[str, tuple[str, set[str]]],
             strict: bool) -> bool:
    ids = [i for i in sys_ids if i in actors]
    if not gold and not ids:
        return True
    if not gold or not ids:
        return False
    found = set()
    for i in ids:
        name, ar = actors[i]
        hits = [k for k, g in enumerate(gold) if _entry_ok(g, name, ar, strict)]
        if not hits:
            return False
        found.update(hits)
    return bool(found)


def _place_ok(gold_place: str | None, sys_place: str | None, doc: Document) -> bool:
    if gold_place is None and sys_place is None:
        return True
    if gold_place is None or sys_place is None:
        return False
    g = _n(gold_place)
    surf = {_n(m.text) for m in doc.mentions if m.place == sys_place}
    for p in doc.places:
        if p.id == sys_place and p.name_ar:
            surf.add(_n(p.name_ar))
    return any(s and (s in g or g in s) for s in surf)


def _match(gold_events: list[dict[str, Any]], doc: Document) -> list[tuple[int, int]]:
    pairs: list[tuple[tuple[int, int], int, int]] = []
    for gi, g in enumerate(gold_events):
        alts = list(g.get("alt_triggers") or [])
        for si, e in enumerate(doc.events):
            if e.type not in g["types"]:
                continue
            t_ov = _overlap(g["trigger"], e.trigger.start, e.trigger.end)
            if t_ov:
                pairs.append(((0, -t_ov), gi, si))
                continue
            a_ov = max((_overlap(t, e.trigger.start, e.trigger.end) for t in alts), default=0)
            if a_ov:
                pairs.append(((1, -a_ov), gi, si))
                continue
            ev_ov = _overlap(g["evidence"], e.evidence.start, e.evidence.end)
            if ev_ov:
                pairs.append(((2, -ev_ov), gi, si))
    pairs.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _k, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.append((gi, si))
    return out


def score_documents(pairs: Iterable[tuple[dict[str, Any], Document]]) -> dict[str, Any]:
    """Scores over (gold record, coded document) pairs."""
    n_gold = n_sys = tp = tp_tuple = tp_strict = mod_ok = pol_ok = docs = 0
    per_type: dict[str, list[int]] = {}
    errors = dict.fromkeys(("missed", "wrong_type", "spurious", "actor", "recipient", "place", "modality",
                            "polarity"), 0)
    for gold, doc in pairs:
        docs += 1
        gev = gold.get("events") or []
        n_gold += len(gev)
        n_sys += len(doc.events)
        for g in gev:
            per_type.setdefault(g["types"][0], [0, 0, 0])[2] += 1
        matched = _match(gev, doc)
        matched_sys = {si: gi for gi, si in matched}
        for si, e in enumerate(doc.events):
            t = gev[matched_sys[si]]["types"][0] if si in matched_sys else e.type
            per_type.setdefault(t, [0, 0, 0])[1] += 1
        actors = _actor_surfaces(doc)
        matched_gold = {gi for gi, _si in matched}
        errors["spurious"] += len(doc.events) - len(matched)
        for gi, g in enumerate(gev):
            if gi not in matched_gold:
                t = g["trigger"]
                hit = any(_overlap(t, e.trigger.start, e.trigger.end) for e in doc.events)
                errors["wrong_type" if hit else "missed"] += 1
        for gi, si in matched:
            g, e = gev[gi], doc.events[si]
            a_ok = _role_ok(g.get("actor") or [], e.actor, actors, False)
            r_ok = _role_ok(g.get("recipient") or [], e.recipient, actors, False)
            if not (a_ok and r_ok) and g.get("symmetric") and _role_ok(
                    g.get("recipient") or [], e.actor, actors, False) and _role_ok(
                    g.get("actor") or [], e.recipient, actors, False):
                a_ok = r_ok = True
            errors["actor"] += not a_ok
            errors["recipient"] += not r_ok
            errors["place"] += not _place_ok(g.get("place"), e.place, doc)
            errors["modality"] += g.get("modality", "actual") != e.modality
            errors["polarity"] += g.get("polarity", "asserted") != e.polarity
        for gi, si in matched:
            g, e = gev[gi], doc.events[si]
            tp += 1
            per_type[g["types"][0]][0] += 1
            mod_ok += g.get("modality", "actual") == e.modality
            pol_ok += g.get("polarity", "asserted") == e.polarity
            place = _place_ok(g.get("place"), e.place, doc)
            for strict in (False, True):
                ok = _role_ok(g.get("actor") or [], e.actor, actors, strict) and _role_ok(
                    g.get("recipient") or [], e.recipient, actors, strict)
                if not ok and g.get("symmetric"):
                    ok = _role_ok(g.get("recipient") or [], e.actor, actors, strict) and _role_ok(
                        g.get("actor") or [], e.recipient, actors, strict)
                if ok and place:
                    if strict:
                        tp_strict += 1
                    else:
                        tp_tuple += 1
    return {
        "documents": docs,
        "gold_events": n_gold,
        "system_events": n_sys,
        "type_clause": prf(tp, n_sys, n_gold),
        "tuple": prf(tp_tuple, n_sys, n_gold),
        "tuple_strict": prf(tp_strict, n_sys, n_gold),
        "modality_accuracy": round(mod_ok / tp, 4) if tp else None,
        "polarity_accuracy": round(pol_ok / tp, 4) if tp else None,
        "per_type": {k: prf(v[0], v[1], v[2]) for k, v in sorted(per_type.items())},
        "errors": errors,
    }


def run_pipeline(gold: Iterable[dict[str, Any]], extract: Callable[[Document], Document]
                 ) -> Iterator[tuple[dict[str, Any], Document]]:
    for i, g in enumerate(gold):
        meta = g.get("meta") or {}
        doc = Document(id=str(g.get("id") or f"gold-{i}"), text=g["text"],
                       meta=Meta(title=meta.get("title"), source=meta.get("source"), url=meta.get("url"),
                                 date=meta.get("date")))
        yield g, extract(doc)


_BODY_HEADS = {_n(w) for w in ("قوات", "طيران", "مقاتلات", "جيوش", "عناصر", "مسلحي", "مقاتلي", "تنظيم",
                                 "ميليشيات", "ميليشيا", "مليشيات")}


def gold_document(gold: dict[str, Any], base: Document) -> Document:
    """The oracle input: ``base`` (text layer done) with the gold mentions, gold places, and an actor for each
    mention named in an event's actor or recipient entry (English name = the entry's first English element)."""
    entries: dict[str, tuple[str, str]] = {}  # normalised Arabic surface -> (English name, key)
    for ev in gold.get("events") or []:
        for role in ("actor", "recipient"):
            for entry in ev.get(role) or []:
                en = next((x for x in entry if not _is_ar(x)), None)
                if en is None:
                    continue
                key = en.casefold()
                for x in entry:
                    if _is_ar(x):
                        entries.setdefault(_n(x), (en, key))
                        # The guidelines tag «قوات / طيران / عناصر … + a named body» as the body alone: an entry
                        # «طيران التحالف العربي» names the mention «التحالف العربي».
                        head, _, body = _n(x).partition(" ")
                        if head in _BODY_HEADS and len(body) >= 3:
                            entries.setdefault(body, (en, key))
    places = {(p["start"], p["end"]): p for p in gold.get("places") or []}
    gold_mentions = list(gold.get("mentions") or [])
    # Actors the guidelines leave untagged («قوات النظام», «التنظيمات الارهابية») are still event actors: the
    # oracle links each occurrence of an entry's Arabic surface that no gold mention covers.
    text = gold["text"]
    taken = [(m["start"], m["end"]) for m in gold_mentions]
    for surface in sorted({x for ev in gold.get("events") or [] for role in ("actor", "recipient")
                           for entry in ev.get(role) or [] for x in entry if _is_ar(x) and len(x) >= 3},
                          key=len, reverse=True):
        i = text.find(surface)
        while i >= 0:
            j = i + len(surface)
            before = text[i - 1] if i else " "
            after = text[j] if j < len(text) else " "
            word_ok = (not before.isalpha() or (i >= 1 and text[i - 1] in "وفبل" and (
                i < 2 or not text[i - 2].isalpha()))) and not after.isalpha()
            if word_ok and not any(a < j and i < b for a, b in taken):
                gold_mentions.append({"start": i, "end": j, "text": surface, "type": "ORG"})
                taken.append((i, j))
            i = text.find(surface, j)
    mentions: list[Mention] = []
    actors: dict[str, Actor] = {}
    plist: list[Place] = []
    for k, m in enumerate(sorted(gold_mentions, key=lambda m: (m["start"], m["end"]))):
        mid = f"m{k + 1}"
        actor_id = place_id = None
        nt = _n(m["text"])
        hit = entries.get(nt)
        if hit is None and nt.startswith("ل") and m["type"] != "LOC":
            hit = entries.get("ا" + nt)  # «للحوثيين» is tagged «لحوثيين» (the article's alef dropped)
        p = places.get((m["start"], m["end"]))
        if hit is not None:
            en, key = hit
            actor_id = "a-" + key.replace(" ", "-")
            a = actors.get(actor_id)
            kind = "state" if m["type"] == "LOC" else "other"
            actors[actor_id] = Actor(actor_id, en, m["text"], kind,
                                     mentions=(a.mentions if a else ()) + (mid,))
        elif p is not None:
            place_id = f"p{len(plist) + 1}"
            plist.append(Place(place_id, p.get("name") or p["text"], p["text"], float(p["lat"]), float(p["lon"]),
                               p.get("country"), None, None, p.get("feature") or "city",
                               int(p.get("precision") or 1), mentions=(mid,)))
        mentions.append(Mention(mid, m["start"], m["end"], m["text"], m["type"], actor_id, place_id,
                                source="gold"))
    return base.replace(mentions=tuple(mentions), actors=tuple(actors.values()), places=tuple(plist))
