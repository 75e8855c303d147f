"""The tables of a batch output and the mapping between a ``rasd.document/1`` object and their rows.

One output holds five datasets that together carry the whole document shape, plus a failures dataset:

- ``documents``: one row per article (id, metadata, text, sentences with clauses);
- ``mentions``, ``actors``, ``places``, ``events``: one row per item, with ``idx`` = its position in the
  article's list;
- ``failures``: one row per article (or input file) that could not be read or processed.

Every row carries ``doc_id``, ``doc_hash`` (a hash of the article's whole output: two rows with the same
``doc_id`` and ``doc_hash`` are the same result) and ``fingerprint`` (the pipeline that produced it). The five
document tables are partitioned by ``month`` (``YYYY-MM`` of the article date, ``unknown`` without one), so a
month of output can be read, joined or loaded on its own.

Columns are declared once here (:data:`COLUMNS`) and turned into both a pyarrow schema (the local engine, the
readers) and a Spark schema (the Spark engine), so both engines write the same types. The rows are made from
:func:`rasd.serialize.to_dict` output (:func:`flatten`) and turned back into such a dict by :func:`unflatten`,
so ``from_dict(unflatten(...))`` rebuilds the Document.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from rasd.serialize import GENERIC_SOURCE

__all__ = [
    "CHILD_TABLES",
    "COLUMNS",
    "FAILURES",
    "FAILURE_STAGES",
    "FORMAT",
    "KEY",
    "PARTITION",
    "TABLES",
    "Flat",
    "arrow_schema",
    "flatten",
    "month_of",
    "spark_nested_row",
    "spark_nested_schema",
    "spark_schema",
    "unflatten",
]

FORMAT = "rasd.batch/1"
PARTITION = "month"
CHILD_TABLES = ("mentions", "actors", "places", "events")
TABLES = ("documents", *CHILD_TABLES)
FAILURES = "failures"
FAILURE_STAGES = ("input", "pipeline")

# Column types: str, int (int64), float (float64), json (a JSON text), strs (list of str), spans_text (list of
# {start, end, text}), sentences (list of {start, end, clauses: list of {start, end}}).
KEY: tuple[tuple[str, str], ...] = (("doc_id", "str"), ("doc_hash", "str"), ("fingerprint", "str"))
_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (
        ("title", "str"), ("source", "str"), ("url", "str"), ("date", "str"), ("meta_extra", "json"),
        ("text", "str"), ("sentences", "sentences"),
    ),
    "mentions": (
        ("id", "str"), ("start", "int"), ("end", "int"), ("text", "str"), ("type", "str"), ("actor", "str"),
        ("place", "str"), ("descriptors", "spans_text"), ("source", "str"),
    ),
    "actors": (
        ("id", "str"), ("name", "str"), ("name_ar", "str"), ("kind", "str"), ("country", "str"),
        ("sector", "str"), ("wikidata", "str"), ("aliases_matched", "strs"), ("mentions", "strs"),
        ("role", "str"), ("dictionary_id", "str"),
    ),
    "places": (
        ("id", "str"), ("name", "str"), ("name_ar", "str"), ("lat", "float"), ("lon", "float"),
        ("country", "str"), ("admin1", "str"), ("admin2", "str"), ("feature", "str"), ("precision", "int"),
        ("gazetteer_id", "str"), ("mentions", "strs"),
    ),
    "events": (
        ("id", "str"), ("type", "str"), ("mode", "str"), ("context", "strs"), ("actor", "strs"),
        ("recipient", "strs"), ("place", "str"), ("date", "str"), ("trigger_start", "int"),
        ("trigger_end", "int"), ("trigger_text", "str"), ("evidence_start", "int"), ("evidence_end", "int"),
        ("sentence", "int"), ("polarity", "str"), ("modality", "str"), ("attributed_to", "str"),
        ("confidence", "float"), ("acled_event_type", "str"), ("acled_sub_event_type", "str"), ("rule", "str"),
        ("extra", "json"),
    ),
}
_FAILURE_COLS: tuple[tuple[str, str], ...] = (
    ("source", "str"), ("stage", "str"), ("code", "str"), ("message", "str"), ("doc_id", "str"),
    ("fingerprint", "str"),
)

#: Every dataset's columns in file order (the partition column ``month`` last for the document tables).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": KEY + _FIELDS["documents"] + ((PARTITION, "str"),),
    **{t: KEY + (("idx", "int"),) + _FIELDS[t] + ((PARTITION, "str"),) for t in CHILD_TABLES},
    FAILURES: _FAILURE_COLS,
}

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])")
_EVENT_KNOWN = frozenset(
    ("id", "type", "mode", "context", "actor", "recipient", "place", "date", "trigger", "evidence", "sentence",
     "polarity", "modality", "attributed_to", "confidence", "acled", "rule")
)
_META_KNOWN = ("title", "source", "url", "date")


def month_of(date: str | None) -> str:
    """The partition of an article: ``YYYY-MM`` of its ISO date, or ``unknown``."""
    m = _MONTH.match(date or "")
    return f"{m.group(1)}-{m.group(2)}" if m else "unknown"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


class Flat:
    """One article as rows: ``document`` (the documents row, without key and month) and, per child table, the
    item rows (without key, idx and month), each a tuple in :data:`COLUMNS` order."""

    __slots__ = ("children", "doc_hash", "doc_id", "document", "fingerprint", "month")

    def __init__(self, doc_id: str, doc_hash: str, fingerprint: str, month: str, document: tuple[Any, ...],
                 children: dict[str, list[tuple[Any, ...]]]) -> None:
        self.doc_id = doc_id
        self.doc_hash = doc_hash
        self.fingerprint = fingerprint
        self.month = month
        self.document = document
        self.children = children

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.doc_id, self.doc_hash, self.fingerprint)

    def rows(self, table: str) -> list[tuple[Any, ...]]:
        """Full rows of ``table`` in :data:`COLUMNS` order (key, idx, fields, month)."""
        if table == "documents":
            return [self.key + self.document + (self.month,)]
        return [self.key + (i,) + r + (self.month,) for i, r in enumerate(self.children[table])]


def flatten(obj: dict[str, Any], fingerprint: str) -> Flat:
    """Rows for one ``rasd.document/1`` object (as made by :func:`rasd.serialize.to_dict`)."""
    meta = obj.get("meta") or {}
    extra = {k: v for k, v in meta.items() if k not in _META_KNOWN}
    doc_hash = hashlib.sha1(
        json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8", "surrogatepass")
    ).hexdigest()[:16]
    document = (
        meta.get("title"), meta.get("source"), meta.get("url"), meta.get("date"), _json(extra), obj["text"],
        [(s["start"], s["end"], [(c["start"], c["end"]) for c in s.get("clauses") or ()])
         for s in obj.get("sentences") or ()],
    )
    mentions = [
        (m["id"], m["start"], m["end"], m["text"], m["type"], m.get("actor"), m.get("place"),
         [(d["start"], d["end"], d.get("text")) for d in m.get("descriptors") or ()], m.get("source"))
        # generic references (rasd.serialize's `generic_mentions`) share the table; their source tells them apart
        for m in list(obj.get("mentions") or ()) + list(obj.get("generic_mentions") or ())
    ]
    actors = [
        (a["id"], a["name"], a.get("name_ar"), a["kind"], a.get("country"), a.get("sector"), a.get("wikidata"),
         list(a.get("aliases_matched") or ()), list(a.get("mentions") or ()) + list(a.get("generic_mentions") or ()),
         a.get("role"), a.get("dictionary_id"))
        for a in obj.get("actors") or ()
    ]
    places = [
        (p["id"], p["name"], p.get("name_ar"), float(p["lat"]), float(p["lon"]), p.get("country"), p.get("admin1"),
         p.get("admin2"), p["feature"], int(p["precision"]), p.get("gazetteer_id"), list(p.get("mentions") or ()))
        for p in obj.get("places") or ()
    ]
    events = []
    for e in obj.get("events") or ():
        acled = e.get("acled") or None
        events.append((
            e["id"], e["type"], e.get("mode"), list(e.get("context") or ()), list(e.get("actor") or ()),
            list(e.get("recipient") or ()), e.get("place"), e.get("date"), e["trigger"]["start"],
            e["trigger"]["end"], e["trigger"].get("text"), e["evidence"]["start"], e["evidence"]["end"],
            e.get("sentence"), e.get("polarity"), e.get("modality"), e.get("attributed_to"),
            None if e.get("confidence") is None else float(e["confidence"]),
            acled["event_type"] if acled else None, acled["sub_event_type"] if acled else None, e.get("rule"),
            _json({k: v for k, v in e.items() if k not in _EVENT_KNOWN}),
        ))
    return Flat(obj["id"], doc_hash, fingerprint, month_of(meta.get("date")), document,
                {"mentions": mentions, "actors": actors, "places": places, "events": events})


def unflatten(document: dict[str, Any], children: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """A ``rasd.document/1`` object from a documents row and its child rows (dicts by column name, each list
    in ``idx`` order) — the inverse of :func:`flatten`."""
    d = document
    meta: dict[str, Any] = {"title": d["title"], "source": d["source"], "url": d["url"], "date": d["date"]}
    for k, v in json.loads(d["meta_extra"] or "{}").items():
        meta.setdefault(k, v)
    mentions = [
        {"id": m["id"], "start": m["start"], "end": m["end"], "text": m["text"], "type": m["type"],
         "actor": m["actor"], "place": m["place"],
         "descriptors": [{"start": x["start"], "end": x["end"], "text": x["text"]} for x in m["descriptors"] or ()],
         "source": m["source"]}
        for m in children.get("mentions", ())
    ]
    generic = [m for m in mentions if m["source"] == GENERIC_SOURCE]
    generic_ids = {m["id"] for m in generic}
    mentions = [m for m in mentions if m["id"] not in generic_ids]
    actors = [
        {"id": a["id"], "name": a["name"], "name_ar": a["name_ar"], "kind": a["kind"], "country": a["country"],
         "sector": a["sector"], "wikidata": a["wikidata"], "aliases_matched": list(a["aliases_matched"] or ()),
         "mentions": [i for i in a["mentions"] or () if i not in generic_ids], "role": a["role"],
         "dictionary_id": a["dictionary_id"], "generic_mentions": [i for i in a["mentions"] or () if i in generic_ids]}
        for a in children.get("actors", ())
    ]
    places = [
        {"id": p["id"], "name": p["name"], "name_ar": p["name_ar"], "lat": p["lat"], "lon": p["lon"],
         "country": p["country"], "admin1": p["admin1"], "admin2": p["admin2"], "feature": p["feature"],
         "precision": p["precision"], "gazetteer_id": p["gazetteer_id"], "mentions": list(p["mentions"] or ())}
        for p in children.get("places", ())
    ]
    events = []
    for e in children.get("events", ()):
        ev: dict[str, Any] = {
            "id": e["id"], "type": e["type"], "mode": e["mode"], "context": list(e["context"] or ()),
            "actor": list(e["actor"] or ()), "recipient": list(e["recipient"] or ()), "place": e["place"],
            "date": e["date"],
            "trigger": {"start": e["trigger_start"], "end": e["trigger_end"], "text": e["trigger_text"]},
            "evidence": {"start": e["evidence_start"], "end": e["evidence_end"]}, "sentence": e["sentence"],
            "polarity": e["polarity"], "modality": e["modality"], "attributed_to": e["attributed_to"],
            "confidence": e["confidence"],
            "acled": ({"event_type": e["acled_event_type"], "sub_event_type": e["acled_sub_event_type"]}
                      if e["acled_event_type"] is not None else None),
            "rule": e["rule"],
        }
        for k, v in json.loads(e["extra"] or "{}").items():
            ev.setdefault(k, v)
        events.append(ev)
    return {
        "schema": "rasd.document/1",
        "id": d["doc_id"],
        "meta": meta,
        "text": d["text"],
        "sentences": [
            {"start": s["start"], "end": s["end"],
             "clauses": [{"start": c["start"], "end": c["end"]} for c in s["clauses"] or ()]}
            for s in d["sentences"] or ()
        ],
        "mentions": mentions,
        "actors": actors,
        "places": places,
        "events": events,
        "generic_mentions": generic,
    }


# ---- schemas for pyarrow and Spark ---------------------------------------------------------------------------

def arrow_schema(table: str) -> Any:
    """The pyarrow schema of ``table`` (the partition column included)."""
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

    span = pa.struct([("start", pa.int64()), ("end", pa.int64())])
    kinds = {
        "str": pa.string(), "json": pa.string(), "int": pa.int64(), "float": pa.float64(),
        "strs": pa.list_(pa.string()),
        "spans_text": pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])),
        "sentences": pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64()),
                                         ("clauses", pa.list_(span))])),
    }
    return pa.schema([(name, kinds[kind]) for name, kind in COLUMNS[table]])


def _spark_type(kind: str) -> Any:
    from pyspark.sql import types as T

    span = T.StructType([T.StructField("start", T.LongType()), T.StructField("end", T.LongType())])
    return {
        "str": T.StringType(), "json": T.StringType(), "int": T.LongType(), "float": T.DoubleType(),
        "strs": T.ArrayType(T.StringType()),
        "spans_text": T.ArrayType(T.StructType([T.StructField("start", T.LongType()),
                                                T.StructField("end", T.LongType()),
                                                T.StructField("text", T.StringType())])),
        "sentences": T.ArrayType(T.StructType([T.StructField("start", T.LongType()),
                                               T.StructField("end", T.LongType()),
                                               T.StructField("clauses", T.ArrayType(span))])),
    }[kind]


def spark_schema(table: str) -> Any:
    """The Spark schema of ``table`` (the partition column included)."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField(name, _spark_type(kind)) for name, kind in COLUMNS[table]])


def spark_nested_schema() -> Any:
    """The Spark engine's intermediate rows: one per article (key, month, document fields, each child table as
    an array of structs) or one per failure (``failure`` set, everything else null)."""
    from pyspark.sql import types as T

    fields = [T.StructField(n, _spark_type(k)) for n, k in KEY + ((PARTITION, "str"),) + _FIELDS["documents"]]
    for t in CHILD_TABLES:
        fields.append(T.StructField(t, T.ArrayType(T.StructType(
            [T.StructField(n, _spark_type(k)) for n, k in _FIELDS[t]]))))
    fields.append(T.StructField(FAILURES, T.StructType([T.StructField(n, _spark_type(k)) for n, k in _FAILURE_COLS])))
    return T.StructType(fields)


def spark_nested_row(item: Flat | tuple[Any, ...]) -> tuple[Any, ...]:
    """A row of :func:`spark_nested_schema` for an article's rows or a failure tuple."""
    if isinstance(item, Flat):
        return (item.key + (item.month,) + item.document
                + tuple(item.children[t] for t in CHILD_TABLES) + (None,))
    n = len(KEY) + 1 + len(_FIELDS["documents"]) + len(CHILD_TABLES)
    return (None,) * n + (tuple(item),)
