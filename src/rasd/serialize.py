"""Document <-> ``rasd.document/1`` JSON (``shared/spec/document-json.md``).

``to_dict`` emits every field the contract names (``null`` or ``[]`` when not applicable, never missing) plus a
few documented extras: sentence ``clauses``, mention ``descriptors`` and ``source``, actor ``role``, event
``rule`` and casualty counts. ``from_dict`` reads them back; tokens are not serialised (re-tokenise the text).
"""

from __future__ import annotations

import json
from typing import Any

from rasd.doc import Actor, Document, Event, Mention, Meta, Place, Sentence, Span
from rasd.errors import FormatError

__all__ = ["SCHEMA", "dumps", "from_dict", "loads", "to_dict"]

SCHEMA = "rasd.document/1"
_META_KEYS = ("title", "source", "url", "date")


def _span(s: Span) -> dict[str, int]:
    return {"start": s.start, "end": s.end}


GENERIC_SOURCE = "lexicon.generic"


def _mention_dict(m: Mention, text: str) -> dict[str, Any]:
    return {
        "id": m.id, "start": m.start, "end": m.end, "text": m.text, "type": m.type,
        "actor": m.actor, "place": m.place,
        "descriptors": [{"start": d.start, "end": d.end, "text": text[d.start:d.end]} for d in m.descriptors],
        "source": m.source or None,
    }


def to_dict(doc: Document) -> dict[str, Any]:
    """The contract's ``mentions`` are named entities. Generic references that only link an actor («قوات
    النظام», «الحكومة», titles; source ``lexicon.generic``) go to the extra list ``generic_mentions`` and the
    actor's extra ``generic_mentions`` field, so evidence is kept without counting them as names."""
    text = doc.text
    generic_ids = {m.id for m in doc.mentions if m.source == GENERIC_SOURCE}
    meta: dict[str, Any] = {k: getattr(doc.meta, k) for k in _META_KEYS}
    for k, v in doc.meta.extra:
        meta.setdefault(k, v)
    return {
        "schema": SCHEMA,
        "id": doc.id,
        "meta": meta,
        "text": text,
        "sentences": [
            {"start": s.start, "end": s.end, "clauses": [_span(c) for c in s.clauses]} for s in doc.sentences
        ],
        "mentions": [_mention_dict(m, text) for m in doc.mentions if m.id not in generic_ids],
        "actors": [
            {
                "id": a.id, "name": a.name, "name_ar": a.name_ar, "kind": a.kind, "country": a.country,
                "sector": a.sector, "wikidata": a.wikidata, "aliases_matched": list(a.aliases_matched),
                "mentions": [i for i in a.mentions if i not in generic_ids], "role": a.role,
                "dictionary_id": a.dictionary_id, "generic_mentions": [i for i in a.mentions if i in generic_ids],
            }
            for a in doc.actors
        ],
        "places": [
            {
                "id": p.id, "name": p.name, "name_ar": p.name_ar, "lat": p.lat, "lon": p.lon,
                "country": p.country, "admin1": p.admin1, "admin2": p.admin2, "feature": p.feature,
                "precision": p.precision, "gazetteer_id": p.gazetteer_id, "mentions": list(p.mentions),
            }
            for p in doc.places
        ],
        "events": [_event_dict(e, text) for e in doc.events],
        "generic_mentions": [_mention_dict(m, text) for m in doc.mentions if m.id in generic_ids],
    }


def _event_dict(e: Event, text: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": e.id, "type": e.type, "mode": e.mode, "context": list(e.context),
        "actor": list(e.actor), "recipient": list(e.recipient), "place": e.place, "date": e.date,
        "trigger": {"start": e.trigger.start, "end": e.trigger.end, "text": text[e.trigger.start:e.trigger.end]},
        "evidence": _span(e.evidence), "sentence": e.sentence, "polarity": e.polarity,
        "modality": e.modality, "attributed_to": e.attributed_to, "confidence": round(e.confidence, 4),
        "acled": {"event_type": e.acled[0], "sub_event_type": e.acled[1]} if e.acled else None,
        "rule": e.rule or None,
    }
    for k, v in e.extra:
        out.setdefault(k, v)
    return out


def _req(obj: dict[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise FormatError(f"{where}: missing field {key!r}")
    return obj[key]


def from_dict(obj: dict[str, Any]) -> Document:
    """Read a ``rasd.document/1`` object back into a :class:`Document` (raises FormatError when malformed)."""
    if not isinstance(obj, dict):
        raise FormatError("a rasd document must be a JSON object")
    if obj.get("schema") != SCHEMA:
        raise FormatError(f"schema is {obj.get('schema')!r}, want {SCHEMA!r}")
    try:
        text = _req(obj, "text", "document")
        raw_meta = dict(obj.get("meta") or {})
        meta = Meta(
            **{k: raw_meta.pop(k, None) for k in _META_KEYS},
            extra=tuple(raw_meta.items()),
        )
        sentences = tuple(
            Sentence(s["start"], s["end"], tuple(Span(c["start"], c["end"]) for c in s.get("clauses") or ()))
            for s in obj.get("sentences") or ()
        )
        raw_mentions = list(obj.get("mentions") or ())
        if obj.get("generic_mentions"):
            raw_mentions = sorted(raw_mentions + list(obj["generic_mentions"]), key=lambda m: (m["start"], m["end"]))
        order = {m["id"]: i for i, m in enumerate(raw_mentions)}
        mentions = tuple(
            Mention(
                id=m["id"], start=m["start"], end=m["end"], text=m["text"], type=m["type"],
                actor=m.get("actor"), place=m.get("place"),
                descriptors=tuple(Span(d["start"], d["end"]) for d in m.get("descriptors") or ()),
                source=m.get("source") or "",
            )
            for m in raw_mentions
        )
        actors = tuple(
            Actor(
                id=a["id"], name=a["name"], name_ar=a.get("name_ar"), kind=a["kind"], country=a.get("country"),
                sector=a.get("sector"), wikidata=a.get("wikidata"),
                aliases_matched=tuple(a.get("aliases_matched") or ()),
                mentions=tuple(sorted(list(a.get("mentions") or ()) + list(a.get("generic_mentions") or ()),
                                      key=lambda i: order.get(i, len(order)))),
                dictionary_id=a.get("dictionary_id"), role=a.get("role"),
            )
            for a in obj.get("actors") or ()
        )
        places = tuple(
            Place(
                id=p["id"], name=p["name"], name_ar=p.get("name_ar"), lat=p["lat"], lon=p["lon"],
                country=p.get("country"), admin1=p.get("admin1"), admin2=p.get("admin2"), feature=p["feature"],
                precision=p["precision"], gazetteer_id=p.get("gazetteer_id"), mentions=tuple(p.get("mentions") or ()),
            )
            for p in obj.get("places") or ()
        )
        known = {
            "id", "type", "mode", "context", "actor", "recipient", "place", "date", "trigger", "evidence",
            "sentence", "polarity", "modality", "attributed_to", "confidence", "acled", "rule",
        }
        events = tuple(
            Event(
                id=e["id"], type=e["type"], mode=e.get("mode"),
                trigger=Span(e["trigger"]["start"], e["trigger"]["end"]), trigger_text=e["trigger"]["text"],
                evidence=Span(e["evidence"]["start"], e["evidence"]["end"]),
                actor=tuple(e.get("actor") or ()), recipient=tuple(e.get("recipient") or ()),
                context=tuple(e.get("context") or ()), place=e.get("place"), date=e.get("date"),
                sentence=e.get("sentence"), polarity=e.get("polarity", "asserted"),
                modality=e.get("modality", "actual"), attributed_to=e.get("attributed_to"),
                confidence=float(e.get("confidence", 0.5)),
                acled=(e["acled"]["event_type"], e["acled"]["sub_event_type"]) if e.get("acled") else None,
                rule=e.get("rule") or "",
                extra=tuple((k, v) for k, v in e.items() if k not in known),
            )
            for e in obj.get("events") or ()
        )
        return Document(
            id=_req(obj, "id", "document"), text=text, meta=meta, sentences=sentences, mentions=mentions,
            actors=actors, places=places, events=events,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise FormatError(f"malformed rasd document: {exc!r}") from exc


def dumps(doc: Document, *, pretty: bool = False) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=2 if pretty else None)


def loads(raw: str) -> Document:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise FormatError(f"not JSON: {exc}") from exc
    return from_dict(obj)
