"""Aggregates the dashboard needs that :mod:`rasd.store.query` does not offer (yet).

Everything else (events, stories, actors, places, search, labels) comes from :mod:`rasd.store.query`; the
functions here reuse its filter → WHERE translation (``EventFilter``), so a filter means the same thing on the
map, the timeline, the network and the event list. All SQL is parameterised.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from rasd.store import query as sq

__all__ = ["count_documents", "documents", "map_features", "network", "timeline"]

_FROM = " FROM events e"  # the store's filter clause needs no join to documents


def _where(conn: sqlite3.Connection, f: sq.EventFilter) -> tuple[str, list[Any]] | None:
    return sq._where(conn, f)  # the store's own filter translation (see the module docstring)


def _doc_where(source: tuple[str, ...], date_from: str | None, date_to: str | None, q: str | None,
               with_events: bool) -> tuple[str, list[Any]] | None:
    cond: list[str] = []
    args: list[Any] = []
    if source:
        cond.append("d.source IN (" + ", ".join("?" * len(source)) + ")")
        args += list(source)
    if date_from:
        cond.append("d.date >= ?")
        args.append(date_from)
    if date_to:
        cond.append("d.date <= ?")
        args.append(date_to[:10] + "\uffff")
    if with_events:
        cond.append("d.n_events > 0")
    if q:
        fq = sq.fts_query(q)
        if not fq:
            return None
        cond.append("d.pk IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
        args.append(fq)
    return (" WHERE " + " AND ".join(cond) if cond else ""), args


def documents(conn: sqlite3.Connection, *, source: tuple[str, ...] = (), date_from: str | None = None,
              date_to: str | None = None, q: str | None = None, with_events: bool = False, limit: int = 50,
              offset: int = 0) -> list[dict[str, Any]]:
    """Articles (newest first) with their annotation counts; no text."""
    w = _doc_where(source, date_from, date_to, q, with_events)
    if w is None:
        return []
    where, args = w
    cur = conn.execute(
        "SELECT d.id AS id, d.title AS title, d.source AS source, d.date AS date, d.url AS url, "
        "d.n_chars AS n_chars, d.n_mentions AS n_mentions, d.n_actors AS n_actors, d.n_places AS n_places, "
        "d.n_events AS n_events FROM documents d" + where + " ORDER BY d.date DESC, d.id LIMIT ? OFFSET ?",
        args + [limit, offset])
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur]


def count_documents(conn: sqlite3.Connection, *, source: tuple[str, ...] = (), date_from: str | None = None,
                    date_to: str | None = None, q: str | None = None, with_events: bool = False) -> int:
    w = _doc_where(source, date_from, date_to, q, with_events)
    if w is None:
        return 0
    where, args = w
    return int(conn.execute("SELECT count(*) FROM documents d" + where, args).fetchone()[0])


_PERIOD = {"day": "substr(e.day, 1, 10)", "month": "substr(e.day, 1, 7)", "year": "substr(e.day, 1, 4)"}


def timeline(conn: sqlite3.Connection, f: sq.EventFilter, *, interval: str = "day") -> dict[str, Any]:
    """Event counts by period and type: ``{"interval", "periods": [...], "series": {type: [n per period]}}``."""
    w = _where(conn, f)
    out: dict[str, Any] = {"interval": interval, "periods": [], "series": {}, "total": 0}
    if w is None:
        return out
    where, args = w
    period = _PERIOD[interval]
    rows = conn.execute(
        f"SELECT {period} AS period, e.type AS type, count(*) AS n" + _FROM + where
        + (" AND" if where else " WHERE") + " e.day IS NOT NULL GROUP BY period, e.type ORDER BY period",
        args).fetchall()
    periods = sorted({r[0] for r in rows})
    index = {p: i for i, p in enumerate(periods)}
    series: dict[str, list[int]] = {}
    for p, t, n in rows:
        series.setdefault(t, [0] * len(periods))[index[p]] = n
    out.update(periods=periods, series=series, total=sum(r[2] for r in rows))
    return out


def network(conn: sqlite3.Connection, f: sq.EventFilter, *, limit: int = 100) -> dict[str, Any]:
    """Who acts on whom: directed edges actor → recipient weighted by events (the ``limit`` heaviest), with
    counts by event type, and the actors they join."""
    w = _where(conn, f)
    if w is None:
        return {"nodes": [], "edges": []}
    where, args = w
    rows = conn.execute(
        "SELECT a1.actor_key, a2.actor_key, e.type, count(*) AS n" + _FROM
        + " JOIN event_actors x1 ON x1.doc_id = e.doc_id AND x1.event_id = e.id AND x1.role = 'actor'"
        " JOIN actors a1 ON a1.doc_id = x1.doc_id AND a1.id = x1.actor_id"
        " JOIN event_actors x2 ON x2.doc_id = e.doc_id AND x2.event_id = e.id AND x2.role = 'recipient'"
        " JOIN actors a2 ON a2.doc_id = x2.doc_id AND a2.id = x2.actor_id"
        + where + (" AND" if where else " WHERE") + " a1.actor_key != a2.actor_key"
        " GROUP BY a1.actor_key, a2.actor_key, e.type", args).fetchall()
    edges: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for src, dst, typ, n in rows:
        edges[(src, dst)][typ] = n
    ranked = sorted(edges.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:limit]
    keys = sorted({k for (s, d), _ in ranked for k in (s, d)})
    nodes: list[dict[str, Any]] = []
    if keys:
        qs = ", ".join("?" * len(keys))
        for r in conn.execute(
            "SELECT actor_key, max(name), max(name_ar), max(kind), max(country) FROM actors "
            f"WHERE actor_key IN ({qs}) GROUP BY actor_key", keys):
            nodes.append({"id": r[0], "name": r[1], "name_ar": r[2], "kind": r[3], "country": r[4]})
    weight: dict[str, int] = defaultdict(int)
    for (s, d), types in ranked:
        weight[s] += sum(types.values())
        weight[d] += sum(types.values())
    for node in nodes:
        node["weight"] = weight[node["id"]]
    return {"nodes": nodes,
            "edges": [{"source": s, "target": d, "weight": sum(t.values()), "types": t} for (s, d), t in ranked]}


def map_features(conn: sqlite3.Connection, f: sq.EventFilter, *, limit: int = 2000) -> dict[str, Any]:
    """A GeoJSON FeatureCollection: one point per place with events, its counts by type and ``top_type``."""
    w = _where(conn, f)
    empty: dict[str, Any] = {"type": "FeatureCollection", "features": []}
    if w is None:
        return empty
    where, args = w
    rows = conn.execute(
        "SELECT coalesce(p.gazetteer_id, p.name) AS k, max(p.name), max(p.name_ar), avg(p.lat), avg(p.lon), "
        "max(p.country), max(p.admin1), min(p.precision), e.type, count(*)" + _FROM
        + " JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id" + where
        + " GROUP BY k, e.type", args).fetchall()
    by_place: dict[str, dict[str, Any]] = {}
    for k, name, name_ar, lat, lon, country, admin1, prec, typ, n in rows:
        f_ = by_place.setdefault(k, {"key": k, "name": name, "name_ar": name_ar, "lat": lat, "lon": lon,
                                     "country": country, "admin1": admin1, "precision": prec, "types": {}})
        f_["types"][typ] = n
    feats = []
    for place in sorted(by_place.values(), key=lambda p: (-sum(p["types"].values()), p["key"]))[:limit]:
        lat, lon = place.pop("lat"), place.pop("lon")
        types = place["types"]
        place["n_events"] = sum(types.values())
        place["top_type"] = max(sorted(types), key=lambda t: types[t])
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
                      "properties": place})
    return {"type": "FeatureCollection", "features": feats}
