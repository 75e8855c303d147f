"""Exports from a store: JSON Lines of documents (``rasd.document/1``), an ACLED-style CSV of events, Parquet
(pyarrow, an optional extra imported lazily) and GeoJSON of events for QGIS / kepler.gl.

Event exports have one row per event report, or with ``merged=True`` one row per story event (deduplicated)
with its report count. Column names follow ACLED where one applies (``event_date``, ``event_type``,
``sub_event_type``, ``actor1``, ``actor2``, ``country`` (ISO alpha-2 here), ``admin1``, ``admin2``,
``location``, ``latitude``, ``longitude``, ``geo_precision``, ``source``, ``notes``, ``fatalities``); rasd's own
fields follow (``plover_type``, ``plover_mode``, evidence offsets, ``story_id``, ``n_reports`` …).
"""

from __future__ import annotations

import csv
import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from rasd.errors import StoreError
from rasd.store.query import EventFilter, events, stories

__all__ = ["ACLED_COLUMNS", "EXPORT_FORMATS", "STORY_COLUMNS", "event_records", "export", "iter_documents"]

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "geojson")

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
    "admin2", "location", "latitude", "longitude", "geo_precision", "source", "source_url", "notes", "fatalities",
    "plover_type", "plover_mode", "polarity", "modality", "confidence", "trigger", "doc_id", "event_id",
    "story_id", "n_reports",
)
STORY_COLUMNS = (
    "event_id_cnty", "event_date", "event_date_last", "year", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "plover_type",
    "plover_mode", "story_id", "n_reports", "n_documents", "n_sources", "doc_id", "event_id",
)


def iter_documents(conn: sqlite3.Connection, f: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """Every stored article (or those with an event matching ``f``) as a ``rasd.document/1`` dict."""
    from rasd.serialize import to_dict
    from rasd.store.query import _where
    from rasd.store.rows import load_document

    if f is None:
        ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY pk")]
    else:
        w = _where(conn, f)
        if w is None:
            return
        where, args = w
        ids = [r[0] for r in conn.execute(
            "SELECT DISTINCT d.id, d.pk FROM events e JOIN documents d ON d.id = e.doc_id" + where + " ORDER BY d.pk",
            args)]
    for i in ids:
        doc = load_document(conn, i)
        if doc is not None:
            yield to_dict(doc)


def _fatalities(conn: sqlite3.Connection, doc_id: str, event_id: str) -> Any:
    row = conn.execute("SELECT json_extract(extra, '$.fatalities') FROM events WHERE doc_id = ? AND id = ?",
                       (doc_id, event_id)).fetchone()
    return row[0] if row else None


def event_records(conn: sqlite3.Connection, f: EventFilter | None = None, *, merged: bool = False
                  ) -> list[dict[str, Any]]:
    """Flat event rows with ACLED-style keys (``ACLED_COLUMNS``, or ``STORY_COLUMNS`` when ``merged``)."""
    f = dataclasses.replace(f or EventFilter(), limit=0, offset=0)
    out: list[dict[str, Any]] = []
    if merged:
        for s in stories(conn, f):
            day = s["day_first"]
            out.append({
                "event_id_cnty": f"rasd-story-{s['story_id']}", "event_date": day, "event_date_last": s["day_last"],
                "year": int(day[:4]) if day else None,
                **_acled(conn, s["rep_doc_id"], s["rep_event_id"]),
                "actor1": s["actor"], "actor2": s["recipient"], "country": s["country"], "admin1": s["admin1"],
                "location": s["place"], "latitude": s["lat"], "longitude": s["lon"],
                "geo_precision": s["geo_precision"], "source": s["sources"], "notes": s["evidence"],
                "plover_type": s["type"], "plover_mode": s["mode"], "story_id": s["story_id"],
                "n_reports": s["n_reports"], "n_documents": s["n_documents"], "n_sources": s["n_sources"],
                "doc_id": s["rep_doc_id"], "event_id": s["rep_event_id"],
            })
        return out
    counts = dict(conn.execute("SELECT story_id, count(*) FROM story_reports GROUP BY story_id").fetchall())
    for e in events(conn, f):
        day = e["day"]
        out.append({
            "event_id_cnty": f"{e['doc_id']}:{e['event_id']}", "event_date": day,
            "year": int(day[:4]) if day else None, "event_type": e["acled_event_type"],
            "sub_event_type": e["acled_sub_event_type"], "actor1": e["actor"], "actor2": e["recipient"],
            "country": e["country"], "admin1": e["admin1"], "admin2": e["admin2"], "location": e["place"],
            "latitude": e["lat"], "longitude": e["lon"], "geo_precision": e["geo_precision"], "source": e["source"],
            "source_url": e["url"], "notes": e["evidence"], "fatalities": _fatalities(conn, e["doc_id"], e["event_id"]),
            "plover_type": e["type"], "plover_mode": e["mode"], "polarity": e["polarity"],
            "modality": e["modality"], "confidence": e["confidence"], "trigger": e["trigger"],
            "doc_id": e["doc_id"], "event_id": e["event_id"], "story_id": e["story_id"],
            "n_reports": counts.get(e["story_id"]) if e["story_id"] is not None else None,
        })
    return out


def _acled(conn: sqlite3.Connection, doc_id: str, event_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT acled_event_type, acled_sub_event_type FROM events WHERE doc_id = ? AND id = ?",
                       (doc_id, event_id)).fetchone()
    return {"event_type": row[0] if row else None, "sub_event_type": row[1] if row else None}


def _write_csv(rows: list[dict[str, Any]], cols: tuple[str, ...], out: IO[str]) -> None:
    w = csv.DictWriter(out, fieldnames=list(cols), extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def _write_geojson(rows: list[dict[str, Any]], cols: tuple[str, ...], out: IO[str]) -> int:
    feats = []
    for r in rows:
        if r.get("latitude") is None or r.get("longitude") is None:
            continue
        feats.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]},
            "properties": {k: r.get(k) for k in cols if k not in ("latitude", "longitude")},
        })
    json.dump({"type": "FeatureCollection", "features": feats}, out, ensure_ascii=False)
    out.write("\n")
    return len(feats)


def _write_parquet(rows: list[dict[str, Any]], cols: tuple[str, ...], path: Path) -> None:
    try:
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]
    except ImportError as exc:
        raise StoreError("Parquet export needs pyarrow", hint="pip install 'rasd[store]'") from exc
    types = {"latitude": pa.float64(), "longitude": pa.float64(), "confidence": pa.float64(),
             "geo_precision": pa.int64(), "year": pa.int64(), "story_id": pa.int64(), "n_reports": pa.int64(),
             "n_documents": pa.int64(), "n_sources": pa.int64(), "fatalities": pa.int64()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in cols])
    data = {c: [_cell(r.get(c), types.get(c)) for r in rows] for c in cols}
    pq.write_table(pa.table(data, schema=schema), str(path))


def _cell(v: Any, typ: Any) -> Any:
    if v is None or typ is not None:
        if typ is not None and v is not None and not isinstance(v, (int, float)):
            try:
                return float(v) if str(typ).startswith("double") else int(v)
            except (TypeError, ValueError):
                return None
        return v
    return v if isinstance(v, str) else str(v)


def export(conn: sqlite3.Connection, fmt: str, out: str | Path | IO[str], *, f: EventFilter | None = None,
           merged: bool = False) -> int:
    """Write the store (or what ``f`` selects) to ``out`` as ``fmt``; returns the number of records written.

    ``out`` is a path, or for the text formats (jsonl, csv, geojson) an open text stream. Parquet needs a path.
    """
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, (str, Path)):
            raise StoreError("Parquet export needs a file path (--out FILE)")
        rows = event_records(conn, f, merged=merged)
        _write_parquet(rows, STORY_COLUMNS if merged else ACLED_COLUMNS, Path(out))
        return len(rows)
    if isinstance(out, (str, Path)):
        try:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                return export(conn, fmt, fh, f=f, merged=merged)
        except OSError as exc:
            raise StoreError(f"cannot write {out}: {exc.strerror or exc}") from exc
    if fmt == "jsonl":
        n = 0
        for obj in iter_documents(conn, f):
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            n += 1
        return n
    cols = STORY_COLUMNS if merged else ACLED_COLUMNS
    rows = event_records(conn, f, merged=merged)
    if fmt == "csv":
        _write_csv(rows, cols, out)
        return len(rows)
    return _write_geojson(rows, cols, out)
