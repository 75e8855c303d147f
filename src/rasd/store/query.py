"""The query library over a rasd store: filters in, plain dicts out. Shared by the CLI and the HTTP API.

Every function takes an open connection (:func:`rasd.store.connect`, read-only is enough) and returns a list of
dicts with stable keys; nothing prints. All SQL is parameterised. Names given in filters are matched the way a
reader would: Arabic orthographic variants are normalised («الرقّة» = «الرقه»), English is case-insensitive, and
an actor or place can be named by its canonical name, its Arabic name, a dictionary id, a Wikidata id or a
gazetteer id.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from rasd.errors import StoreError
from rasd.text.normalize import normalize, normalize_word

__all__ = [
    "EVENT_COLUMNS",
    "EVENT_ROW_FORMAT",
    "EventFilter",
    "actors",
    "count_events",
    "event_bodies",
    "event_page_keys",
    "events",
    "events_by_key",
    "fill_event_rows",
    "fts_query",
    "labels",
    "places",
    "render_json",
    "search",
    "sources",
    "stats",
    "stories",
    "story_reports",
]

EVENT_COLUMNS = (
    "doc_id", "event_id", "type", "mode", "day", "date", "actor", "recipient", "place", "place_ar", "country",
    "admin1", "admin2", "lat", "lon", "geo_precision", "source", "title", "url", "trigger", "evidence",
    "polarity", "modality", "confidence", "acled_event_type", "acled_sub_event_type", "story_id",
)


@dataclass(frozen=True)
class EventFilter:
    """Filters for :func:`events` and :func:`stories` (all optional; combined with AND).

    - ``types``: PLOVER event types; ``mode``: PLOVER mode;
    - ``actor`` / ``recipient``: an actor by name (English or Arabic), dictionary id or Wikidata id;
    - ``country``: two letters → the event's place is in that country (ISO alpha-2); three letters → an actor
      or recipient belongs to it (ISO alpha-3);
    - ``place``: a place name (English or Arabic), admin1 name or gazetteer id; ``bbox``: (min_lon, min_lat,
      max_lon, max_lat);
    - ``date_from`` / ``date_to``: inclusive ISO dates on the event's day (its own date, else its article's);
    - ``sources``: outlets; ``text``: full-text search in the article (see :func:`fts_query`);
    - ``polarity``, ``modality``, ``doc_id``; ``limit`` (0 = no limit) and ``offset``.
    """

    types: tuple[str, ...] = ()
    mode: str | None = None
    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    place: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    date_from: str | None = None
    date_to: str | None = None
    sources: tuple[str, ...] = ()
    text: str | None = None
    polarity: str | None = None
    modality: str | None = None
    doc_id: str | None = None
    limit: int = 100
    offset: int = 0


# ---- name matching ---------------------------------------------------------------------------------------

def _norm(s: str) -> str:
    return normalize_word(s.strip()).casefold()


def _matching_actor_keys(conn: sqlite3.Connection, name: str) -> list[str]:
    q = _norm(name)
    keys = [r[0] for r in conn.execute(
        "SELECT actor_key FROM actor_index WHERE actor_key = ? OR wikidata = ? OR dictionary_id = ? OR norm = ? "
        "OR norm_ar = ? OR wikidata = ?", (name.strip(), name.strip(), name.strip(), q, q, name.strip().upper()))]
    if not keys:  # no exact name: fall back to containment («الجيش» finds «الجيش السوري»)
        keys = [r[0] for r in conn.execute(
            "SELECT actor_key FROM actor_index WHERE instr(norm, ?) > 0 OR instr(norm_ar, ?) > 0", (q, q))]
    return sorted(set(keys))


def _matching_place_names(conn: sqlite3.Connection, name: str) -> tuple[list[str], list[str]]:
    """(place names, admin1 names) that match ``name``."""
    q = _norm(name)
    raw = name.strip()
    names = [r[0] for r in conn.execute(
        "SELECT DISTINCT name FROM place_index WHERE norm = ? OR norm_ar = ? OR gazetteer_id = ? OR place_key = ?",
        (q, q, raw, raw))]
    admins = [r[0] for r in conn.execute("SELECT DISTINCT admin1 FROM place_index WHERE norm_admin1 = ?", (q,))]
    return sorted(set(names)), sorted(set(admins))


_FTS_SPECIAL = re.compile(r'["*^:(){}\[\]]')


def fts_query(text: str) -> str:
    """A safe FTS5 query from what a user typed: every word must occur (clitics and spelling variants are
    handled as in the index); "double-quoted words" must occur as a phrase. Returns "" when nothing is left."""
    from rasd.store.rows import fts_words

    parts: list[str] = []
    for m in re.finditer(r'"([^"]*)"|(\S+)', text):
        chunk = m.group(1) if m.group(1) is not None else m.group(2)
        words = [w for w in fts_words(_FTS_SPECIAL.sub(" ", chunk)).split() if w]
        if not words:
            continue
        if m.group(1) is not None and len(words) > 1:
            parts.append('"' + " ".join(w.replace('"', "") for w in words) + '"')
        else:
            parts.extend('"' + w.replace('"', "") + '"' for w in words)
    return " AND ".join(parts)


# ---- events ----------------------------------------------------------------------------------------------

_ROLE_NAMES = (
    "(SELECT group_concat(name, '; ') FROM (SELECT a.name AS name FROM event_actors ea JOIN actors a "
    "ON a.doc_id = ea.doc_id AND a.id = ea.actor_id WHERE ea.doc_id = e.doc_id AND ea.event_id = e.id "
    "AND ea.role = '{role}' ORDER BY ea.idx))"
)

# The event row in two parts: what is fixed when its article is written (every column but story_id, which the
# story dedup at the end of an ingest assigns), and the story.
_EVENT_FIXED = f"""
SELECT e.doc_id AS doc_id, e.id AS event_id, e.type AS type, e.mode AS mode, e.day AS day, e.date AS date,
  {_ROLE_NAMES.format(role='actor')} AS actor, {_ROLE_NAMES.format(role='recipient')} AS recipient,
  p.name AS place, p.name_ar AS place_ar, p.country AS country, p.admin1 AS admin1, p.admin2 AS admin2,
  p.lat AS lat, p.lon AS lon, p.precision AS geo_precision, d.source AS source, d.title AS title, d.url AS url,
  e.trigger_text AS trigger, ev.text AS evidence, e.polarity AS polarity, e.modality AS modality,
  e.confidence AS confidence, e.acled_event_type AS acled_event_type,
  e.acled_sub_event_type AS acled_sub_event_type{{story}}
FROM events e
JOIN documents d ON d.id = e.doc_id
LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id
LEFT JOIN evidence ev ON ev.doc_id = e.doc_id AND ev.event_id = e.id
"""

_EVENT_SELECT = (_EVENT_FIXED.format(story=", sr.story_id AS story_id")
                 + "LEFT JOIN story_reports sr ON sr.doc_id = e.doc_id AND sr.event_id = e.id\n")
_EVENT_BODY_SELECT = _EVENT_FIXED.format(story="")
assert EVENT_COLUMNS[-1] == "story_id"  # event bodies (below) are rendered without it, then completed


def _in(values: list[Any] | tuple[Any, ...]) -> str:
    return "(" + ", ".join("?" * len(values)) + ")"


def _row_conds(f: EventFilter, *, indexed: bool = True, copies: bool = True) -> tuple[list[str], list[Any]]:
    """Conditions on the event row's own columns; ``indexed=False`` leaves out those phase 1 applies through
    its index walk (types, doc_id, dates); ``copies=False`` leaves out the outlet and place country (copied on
    the event, at the end of its row: :func:`_checks` checks them on the article and the place instead, which
    is cheaper per candidate than reading the event's row)."""
    sql: list[str] = []
    args: list[Any] = []
    if indexed and copies:  # the article's outlet and the place's country, copied on the event
        if f.sources:
            sql.append(f"e.doc_source IN {_in(f.sources)}")
            args += list(f.sources)
        country = _place_country(f)
        if country:
            sql.append("e.place_country = ?")
            args.append(country)
    if indexed:
        if f.types:
            types = [t.upper() for t in f.types]
            sql.append(f"e.type IN {_in(types)}")
            args += types
        if f.doc_id:
            sql.append("e.doc_id = ?")
            args.append(f.doc_id)
        if f.date_from:
            sql.append("e.day >= ?")
            args.append(f.date_from)
        if f.date_to:
            sql.append("e.day <= ?")
            args.append(_date_to(f.date_to))
    for col, value in (("mode", f.mode), ("polarity", f.polarity), ("modality", f.modality)):
        if value:
            sql.append(f"e.{col} = ?")
            args.append(value)
    return sql, args


def _country_code(f: EventFilter) -> str:
    """``f.country`` upper-cased: ISO alpha-2 filters places, alpha-3 actors; anything else is an error."""
    assert f.country
    c = f.country.strip().upper()
    if len(c) not in (2, 3):
        raise StoreError(f"country must be an ISO alpha-2 (place) or alpha-3 (actor) code, got {f.country!r}")
    return c


def _walk(f: EventFilter) -> frozenset[str]:
    """What phase 1's index walk applies besides types, dates and doc_id: the place country
    (events_country_order) and one outlet (events_source_order), when they are the only other filters (the
    page is then one walk, no checks: SQLite walks one index and checks the rest on each row until the page
    is full). With other checks too, a place country or an outlet is walked only when there are no types
    (the country first), and is otherwise checked with them: a second equality in the window walk would cost a
    row lookup per candidate, where a check costs it only for candidates inside the window."""
    country = _place_country(f) is not None
    source = _one_source(f) is not None
    residual = bool(f.mode or f.polarity or f.modality or f.actor or f.recipient or f.place or f.bbox or f.text
                    or (f.sources and not source) or (f.country and not country))
    if not residual:
        return frozenset(k for k, v in (("country", country), ("source", source)) if v)
    if f.types:
        return frozenset()
    return frozenset(["country"] if country else ["source"] if source else [])


def _one_source(f: EventFilter) -> str | None:
    """The outlet when ``f`` names exactly one (walked along ``events_source_order``), else None."""
    return f.sources[0] if f.sources and len(set(f.sources)) == 1 else None


def _place_country(f: EventFilter) -> str | None:
    """The ISO alpha-2 code when ``f.country`` names the events' place country (else None): a condition on the
    event's own copy of it (``events.place_country``), walked along ``events_country_order``."""
    if not f.country:
        return None
    c = _country_code(f)
    return c if len(c) == 2 else None


def _bbox_args(f: EventFilter) -> list[float]:
    """``f.bbox`` as (min_lat, max_lat, min_lon, max_lon), validated."""
    assert f.bbox
    min_lon, min_lat, max_lon, max_lat = f.bbox
    if min_lon > max_lon or min_lat > max_lat:
        raise StoreError("bbox is min_lon,min_lat,max_lon,max_lat with min <= max")
    return [min_lat, max_lat, min_lon, max_lon]


def _where(conn: sqlite3.Connection, f: EventFilter) -> tuple[str, list[Any]] | None:
    """The WHERE clause for ``f`` over ``events e`` (callers may join ``documents d``: the clause does not need
    it); None when nothing can match."""
    sql, args = _row_conds(f)
    for role, who in (("actor", f.actor), ("recipient", f.recipient)):
        if who:
            keys = _matching_actor_keys(conn, who)
            if not keys:
                return None
            sql.append(
                "(e.doc_id, e.id) IN (SELECT ea.doc_id, ea.event_id FROM event_actors ea "
                f"WHERE ea.actor_key IN {_in(keys)} AND ea.role = ?)"
            )
            args += keys + [role]
    if f.country and len(_country_code(f)) == 3:  # (a place country is a condition on the row itself)
        sql.append(
            "(e.doc_id, e.id) IN (SELECT ea.doc_id, ea.event_id FROM actors a JOIN event_actors ea "
            "ON ea.doc_id = a.doc_id AND ea.actor_id = a.id WHERE a.country = ?)"
        )
        args.append(_country_code(f))
    if f.place:
        names, admins = _matching_place_names(conn, f.place)
        if not names and not admins:
            return None
        sql.append(
            "(e.doc_id, e.place_id) IN (SELECT doc_id, id FROM places "
            f"WHERE name IN {_in(names)} OR admin1 IN {_in(admins)})"
        )
        args += names + admins
    if f.bbox:
        sql.append("(e.doc_id, e.place_id) IN (SELECT doc_id, id FROM places WHERE lat BETWEEN ? AND ? "
                   "AND lon BETWEEN ? AND ?)")
        args += _bbox_args(f)
    if f.text:
        q = fts_query(f.text)
        if not q:
            return None
        sql.append("e.doc_id IN (SELECT dt.id FROM documents_fts JOIN documents dt ON dt.pk = documents_fts.rowid "
                   "WHERE documents_fts MATCH ?)")
        args.append(q)
    return (" WHERE " + " AND ".join(sql) if sql else ""), args


def _page(f: EventFilter) -> tuple[str, list[Any]]:
    if f.limit and f.limit > 0:
        return " LIMIT ? OFFSET ?", [f.limit, max(0, f.offset)]
    return (" LIMIT -1 OFFSET ?", [max(0, f.offset)]) if f.offset else ("", [])


def _rows(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur]


# ---- page-first event queries ------------------------------------------------------------------------------
#
# A page of events is chosen in two phases. Phase 1 walks the events in page order along an index
# (``events_order``: day DESC, doc_id, ord; ``events_type_order`` with a type first; their ``*_place`` twins
# also hold place_id, so a place check needs no event-row lookup; a date range narrows the walk) over at most SCAN_WINDOW candidates, and keeps those that pass the remaining filters, each checked on
# its own row by primary-key lookups (actor, place, country, source, text ...). When that window holds the
# whole page, the page is exact and cost is proportional to the page, not to the corpus. Otherwise the filter
# is selective (fewer than one match in SCAN_WINDOW / page rows), and phase 2 lets SQLite drive the query from
# the selective filter (all matches, then sorted), which is cheap precisely because the matches are few.
# Details (names, place, evidence, outlet) are fetched for the page's keys only.

SCAN_WINDOW = 5000  # candidates examined in phase 1 when the table size is unknown (see _window)


def _window(n: int, total: int | None = None) -> int:
    """Candidates phase 1 examines for a page ending at row ``n`` among ``total`` events: phase 1 costs up to
    the window, phase 2 about the rows its driving filter selects (under ``n * total / window`` matches, but a
    country or a place selects many place rows per matching event), so the sum is smallest near
    ``sqrt(c * n * total)`` with ``c`` the relative cost of a phase-2 match; c = 32 was fastest over the
    bench_http query mix on a 57k-event store (c = 2: 10 % slower; countries 60 % slower)."""
    if not total:
        return max(SCAN_WINDOW, 8 * n)
    return max(1000, 4 * n, int(math.sqrt(32 * n * total)))


def _table_rows(conn: sqlite3.Connection, table: str) -> int | None:
    """Rows in ``table`` as of the last ANALYZE (the store runs it after each ingest), or None."""
    try:
        row = conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = ? AND idx IS NOT NULL LIMIT 1",
                           (table,)).fetchone()
    except sqlite3.OperationalError:  # no sqlite_stat1: never analysed
        return None
    try:
        return int(str(row[0]).split()[0]) if row else None
    except ValueError:
        return None


def _checks(conn: sqlite3.Connection, f: EventFilter, *, indexed: bool) -> tuple[list[str], list[Any]] | None:
    """Conditions on one event row ``e`` (and nothing else in the FROM clause), as correlated lookups.

    ``indexed=False`` leaves out the conditions phase 1 applies through the index walk (types, dates,
    doc_id, and what :func:`_walk` adds). None when nothing can match."""
    sql, args = _row_conds(f, indexed=indexed, copies=False)
    walked = _walk(f) if not indexed else frozenset()
    for role, who in (("actor", f.actor), ("recipient", f.recipient)):
        if who:
            keys = _matching_actor_keys(conn, who)
            if not keys:
                return None
            sql.append("EXISTS (SELECT 1 FROM event_actors ea WHERE ea.doc_id = e.doc_id AND ea.event_id = e.id "
                       f"AND ea.role = ? AND ea.actor_key IN {_in(keys)})")
            args += [role] + keys
    place_cond: list[str] = []
    place_args: list[Any] = []
    if f.country:
        c = _country_code(f)
        if len(c) == 2:
            if "country" not in walked:
                place_cond.append("p.country = ?")
                place_args.append(c)
        else:
            sql.append("EXISTS (SELECT 1 FROM event_actors ea JOIN actors a ON a.doc_id = ea.doc_id "
                       "AND a.id = ea.actor_id WHERE ea.doc_id = e.doc_id AND ea.event_id = e.id AND a.country = ?)")
            args.append(c)
    if f.place:
        names, admins = _matching_place_names(conn, f.place)
        if not names and not admins:
            return None
        place_cond.append(f"(p.name IN {_in(names)} OR p.admin1 IN {_in(admins)})")
        place_args += names + admins
    if f.bbox:
        place_cond.append("p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?")
        place_args += _bbox_args(f)
    if place_cond:
        sql.append("EXISTS (SELECT 1 FROM places p WHERE p.doc_id = e.doc_id AND p.id = e.place_id AND "
                   + " AND ".join(place_cond) + ")")
        args += place_args
    doc_cond: list[str] = []
    doc_args: list[Any] = []
    if f.sources and "source" not in walked:
        doc_cond.append(f"d.source IN {_in(f.sources)}")
        doc_args += list(f.sources)
    if f.text:
        q = fts_query(f.text)
        if not q:
            return None
        doc_cond.append("d.pk IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
        doc_args.append(q)
    if doc_cond:
        sql.append("EXISTS (SELECT 1 FROM documents d WHERE d.id = e.doc_id AND " + " AND ".join(doc_cond) + ")")
        args += doc_args
    return sql, args


def _date_to(date_to: str) -> str:
    return date_to[:10] + "\uffff" if len(date_to) <= 10 else date_to


def _candidates(f: EventFilter, n: int, offset: int = 0, extra: tuple[list[str], list[Any]] = ([], []),
                cols: str = "e.doc_id, e.id, e.day, e.ord") -> tuple[str, list[Any]]:
    """Events ``offset`` .. ``offset + n`` in page order among those that pass the indexed filters (types,
    dates, doc_id, else the place country or one outlet: :func:`_walk`) and the ``extra`` conditions: one index walk per type, merged (exact: each walk is itself in
    page order and stops after ``offset + n`` rows)."""
    cond: list[str] = []
    args: list[Any] = []
    walk = _walk(f)
    if "country" in walk:
        cond.append("e.place_country = ?")
        args.append(_place_country(f))
    if "source" in walk:
        cond.append("e.doc_source = ?")
        args.append(_one_source(f))
    if f.doc_id:
        cond.append("e.doc_id = ?")
        args.append(f.doc_id)
    if f.date_from:
        cond.append("e.day >= ?")
        args.append(f.date_from)
    if f.date_to:
        cond.append("e.day <= ?")
        args.append(_date_to(f.date_to))
    cond += extra[0]
    args += extra[1]
    order = "ORDER BY e.day DESC, e.doc_id, e.ord"
    types = list(dict.fromkeys(t.upper() for t in f.types))
    if len(types) <= 1:
        if types:
            cond.insert(0, "e.type = ?")
            args.insert(0, types[0])
        where = " WHERE " + " AND ".join(cond) if cond else ""
        return f"SELECT {cols} FROM events e{where} {order} LIMIT ? OFFSET ?", args + [n, offset]
    parts: list[str] = []
    out: list[Any] = []
    for t in types:
        parts.append(f"SELECT * FROM (SELECT e.doc_id, e.id, e.day, e.ord FROM events e WHERE "
                     f"{' AND '.join(['e.type = ?', *cond])} {order} LIMIT ?)")
        out += [t, *args, n + offset]
    return ("SELECT doc_id, id, day, ord FROM (" + " UNION ALL ".join(parts) + ") ORDER BY day DESC, doc_id, ord "
            "LIMIT ? OFFSET ?", out + [n, offset])


# Phase 2 costs about this many microseconds per event its driving filter selects, phase 1 about
# _US_PER_CANDIDATE per candidate walked (measured over the bench_http mix on the whole-corpus store).
_US_PER_MATCH = {"actor": 6.0, "source": 4.5}
_US_PER_CANDIDATE = 1.5
_SKEW = 4  # matches are not spread evenly over time: phase 1 may walk this many times the even-spread length


def _phase2_cheaper(conn: sqlite3.Connection, f: EventFilter, n: int, total: int | None, window: int) -> bool:
    """Whether to skip phase 1 for a single selective filter (actor, recipient or outlet, and nothing else)
    whose matches are few: phase 2 then reads them all for less than phase 1's walk would cost. The match
    count comes from the store's identity counts (actor_index) or the outlet's share of articles; without
    them (0 or unknown), phase 1 runs as before. Either way the page is exact. (A place country and a single
    outlet are walked along their own indexes, events_country_order and events_source_order, in phase 1.)"""
    if not total or f.types or f.doc_id or f.date_from or f.date_to or f.mode or f.polarity or f.modality \
            or f.place or f.bbox or f.text or f.country or _one_source(f) is not None:
        return False
    chosen = [k for k, v in (("actor", f.actor), ("recipient", f.recipient), ("source", f.sources)) if v]
    if len(chosen) != 1:
        return False
    kind = chosen[0]
    if kind in ("actor", "recipient"):
        keys = _matching_actor_keys(conn, (f.actor if kind == "actor" else f.recipient) or "")
        if not keys:
            return False
        col = "n_events_actor" if kind == "actor" else "n_events_recipient"
        matches = float(conn.execute(f"SELECT coalesce(sum({col}), 0) FROM actor_index WHERE actor_key IN "
                                     f"{_in(keys)}", keys).fetchone()[0])
        kind = "actor"
    else:
        n_docs = _table_rows(conn, "documents")
        if not n_docs:
            return False
        n_src = conn.execute(f"SELECT count(*) FROM documents WHERE source IN {_in(f.sources)}",
                             list(f.sources)).fetchone()[0]
        matches = n_src * total / n_docs
    if matches <= 0:
        return False
    walk = min(window, _SKEW * n * total / matches)
    return _US_PER_MATCH[kind] * matches < _US_PER_CANDIDATE * walk


def _only_role(f: EventFilter) -> tuple[str, str] | None:
    """(role, name) when ``f`` filters by one actor role and nothing else."""
    if f.types or f.doc_id or f.date_from or f.date_to or f.mode or f.polarity or f.modality or f.country \
            or f.place or f.bbox or f.text or f.sources or bool(f.actor) == bool(f.recipient):
        return None
    return ("actor", f.actor) if f.actor else ("recipient", f.recipient or "")


def _role_page(conn: sqlite3.Connection, f: EventFilter, role: str, who: str,
               offset: int) -> list[tuple[str, str]] | None:
    """The page of the events in which an actor matching ``who`` plays ``role``, walked along
    ``event_actors_order`` (actor key, role, then page order: each role row holds its event's day and order):
    one walk per matching key, each stopping after ``offset + limit`` events, merged (an event named twice
    counts once). Exact, and proportional to the page."""
    keys = _matching_actor_keys(conn, who)
    if not keys:
        return None
    n = offset + f.limit
    parts: list[str] = []
    args: list[Any] = []
    for k in keys:
        parts.append("SELECT * FROM (SELECT DISTINCT doc_id, event_id, day, ord FROM event_actors "
                     "WHERE actor_key = ? AND role = ? ORDER BY day DESC, doc_id, ord LIMIT ?)")
        args += [k, role, n]
    sql = " UNION ".join(parts) + " ORDER BY day DESC, doc_id, ord LIMIT ? OFFSET ?"
    return [(r[0], r[1]) for r in conn.execute(sql, args + [f.limit, offset])]


def _event_keys(conn: sqlite3.Connection, f: EventFilter) -> list[tuple[str, str]] | None:
    """The (doc_id, event_id) keys of the page ``f`` asks for, in page order; None when nothing matches."""
    offset = max(0, f.offset)
    only = _only_role(f)
    if only is not None:
        return _role_page(conn, f, *only, offset)
    checks = _checks(conn, f, indexed=False)
    if checks is None:
        return None
    if not checks[0]:
        sql, args = _candidates(f, f.limit, offset)
        return [(r[0], r[1]) for r in conn.execute(sql, args)]
    # phase 1: the window is the candidates up to the one at position `window` in page order; days at or
    # after that candidate's day are a prefix of the page order, so bounding the walk by day keeps it exact
    n = offset + f.limit
    total = _table_rows(conn, "events")
    window = _window(n, total)
    if not _phase2_cheaper(conn, f, n, total, window):  # else straight to phase 2 (exact either way)
        sql, args = _candidates(f, 1, window - 1)
        edge = conn.execute(sql, args).fetchone()
        if edge is None or edge[2] is not None:
            extra = (checks[0] + (["e.day >= ?"] if edge is not None else []),
                     checks[1] + ([edge[2]] if edge is not None else []))
            sql, args = _candidates(f, f.limit, offset, extra)
            rows = [(r[0], r[1]) for r in conn.execute(sql, args)]
            if edge is None or len(rows) == f.limit:
                return rows  # every candidate was examined, or the page is full inside the window
    # phase 2: a selective filter (or a window ending among undated events); SQLite drives from the filter
    w = _where(conn, f)
    if w is None:
        return None
    where, wargs = w
    page, pargs = _page(f)
    cur = conn.execute("SELECT e.doc_id, e.id FROM events e" + where
                       + " ORDER BY e.day DESC, e.doc_id, e.ord" + page, wargs + pargs)
    return [(r[0], r[1]) for r in cur]



_DETAIL_CHUNK = 400


def _event_details(conn: sqlite3.Connection, keys: list[tuple[str, str]],
                   select: str = _EVENT_SELECT) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in range(0, len(keys), _DETAIL_CHUNK):
        chunk = keys[i:i + _DETAIL_CHUNK]
        values = ", ".join("(?, ?, ?)" for _ in chunk)
        args: list[Any] = [x for k, (d, e) in enumerate(chunk) for x in (d, e, k)]
        sql = (f"WITH page(pd, pe, rk) AS (VALUES {values}) "
               + select.replace("FROM events e\n",
                                "FROM page CROSS JOIN events e ON e.doc_id = page.pd AND e.id = page.pe\n")
               + " ORDER BY page.rk")
        out += _rows(conn.execute(sql, args))
    return out


# ---- rendered event bodies ---------------------------------------------------------------------------------
#
# Each event's row is also kept rendered, as the JSON the HTTP API sends (``event_rows.body``: every column
# but the last, story_id, and no closing brace), written with its article: a page of events is then one
# primary-key lookup per row, instead of three joins, two correlated actor-name lookups, a dict and a JSON
# rendering. A body depends only on its own article's rows (the event, its actors, place, evidence and the
# article), which are always replaced together (:func:`rasd.store.rows.delete_document` removes the bodies
# too); story_id, which the story dedup reassigns, is read at query time. A missing body, or one of another
# ``fmt`` than :data:`EVENT_ROW_FORMAT` (bump it whenever :data:`EVENT_COLUMNS` or their SQL change), is
# rendered on the fly from the tables, so answers never depend on the bodies being there or current.

EVENT_ROW_FORMAT = 1


def render_json(obj: Any) -> bytes:
    """JSON bytes as the HTTP API sends them (UTF-8, compact; ``rasd.web.api.dumps`` calls this)."""
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")).encode("utf-8")


def _complete(body: bytes, story_id: Any) -> bytes:
    """An event's JSON object from its kept body and its story id (the last key)."""
    tail = b"null" if story_id is None else (str(story_id).encode() if type(story_id) is int
                                             else render_json(story_id))
    return body + b',"story_id":' + tail + b"}"


def fill_event_rows(conn: sqlite3.Connection, doc_ids: list[str] | None = None) -> int:
    """Render and keep the bodies of the events of ``doc_ids`` (None: of every event whose body is missing or of
    another format). Call in a transaction (ingest does, after writing a batch; migration 7 for older stores).
    Returns the number of bodies written. A row that cannot be rendered (a non-finite number) gets no body, so
    each request renders it, and fails, as before."""
    if doc_ids is None:
        keys = [(r[0], r[1]) for r in conn.execute(
            "SELECT e.doc_id, e.id FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_rows er "
            "WHERE er.doc_id = e.doc_id AND er.event_id = e.id AND er.fmt = ?)", (EVENT_ROW_FORMAT,))]
    else:
        keys = []
        ids = list(dict.fromkeys(doc_ids))
        for i in range(0, len(ids), _DETAIL_CHUNK):
            chunk = ids[i:i + _DETAIL_CHUNK]
            keys += [(r[0], r[1]) for r in conn.execute(
                f"SELECT e.doc_id, e.id FROM events e WHERE e.doc_id IN {_in(chunk)}", chunk)]
    done = 0
    for i in range(0, len(keys), _DETAIL_CHUNK):
        data: list[tuple[str, str, int, bytes]] = []
        for r in _event_details(conn, keys[i:i + _DETAIL_CHUNK], _EVENT_BODY_SELECT):
            try:
                body = render_json(r)
            except ValueError:
                continue
            data.append((r["doc_id"], r["event_id"], EVENT_ROW_FORMAT, body[:-1]))
        conn.executemany("INSERT OR REPLACE INTO event_rows(doc_id, event_id, fmt, body) VALUES (?, ?, ?, ?)", data)
        done += len(data)
    return done


def event_bodies(conn: sqlite3.Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], bytes]:
    """Events as JSON objects (bytes: exactly ``render_json`` of their :func:`events_by_key` rows) by
    (doc_id, event_id), for those of ``keys`` that exist: kept bodies where current, the others rendered from
    the tables."""
    found: dict[tuple[str, str], bytes] = {}
    for i in range(0, len(keys), _DETAIL_CHUNK):
        chunk = keys[i:i + _DETAIL_CHUNK]
        values = ", ".join("(?, ?)" for _ in chunk)
        args: list[Any] = [x for k in chunk for x in k]
        for d, e, body, sid in conn.execute(
                f"WITH page(pd, pe) AS (VALUES {values}) SELECT page.pd, page.pe, er.body, sr.story_id FROM page "
                "CROSS JOIN event_rows er ON er.doc_id = page.pd AND er.event_id = page.pe "
                "LEFT JOIN story_reports sr ON sr.doc_id = page.pd AND sr.event_id = page.pe WHERE er.fmt = ?",
                args + [EVENT_ROW_FORMAT]):
            found[(d, e)] = _complete(body, sid)
    missing = [k for k in dict.fromkeys(keys) if k not in found]
    if missing:
        for r in _event_details(conn, missing):
            found[(r["doc_id"], r["event_id"])] = render_json(r)
    return found


def event_page_keys(conn: sqlite3.Connection, f: EventFilter) -> list[tuple[str, str]]:
    """The (doc_id, event_id) keys of the page ``f`` asks for (``f.limit`` > 0), newest day first: the cheap
    half of :func:`events`, for callers that keep rendered events (:func:`events_by_key` fetches the rest)."""
    if not (f.limit and f.limit > 0):
        raise ValueError("event_page_keys needs a page (limit > 0)")
    return _event_keys(conn, f) or []


def events_by_key(conn: sqlite3.Connection, keys: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Event rows (keys: :data:`EVENT_COLUMNS`) for (doc_id, event_id) keys, in the order given (unknown keys
    are left out)."""
    return _event_details(conn, keys) if keys else []


def events(conn: sqlite3.Connection, f: EventFilter | None = None) -> list[dict[str, Any]]:
    """Event reports matching ``f``, newest day first (keys: :data:`EVENT_COLUMNS`).

    With a ``limit`` (the usual case) the page is chosen first, along an index, and only its rows are
    fetched in full (see the notes above :data:`SCAN_WINDOW`)."""
    f = f or EventFilter()
    if f.limit and f.limit > 0:
        keys = _event_keys(conn, f)
        return _event_details(conn, keys) if keys else []
    w = _where(conn, f)
    if w is None:
        return []
    where, args = w
    page, pargs = _page(f)
    # every match: pick the keys first (cheap, index order), then fetch names, places and evidence for them
    keys_sql = ("WITH page AS (SELECT e.doc_id AS pd, e.id AS pe, e.day AS pday, e.ord AS pord FROM events e "
                "JOIN documents d ON d.id = e.doc_id" + where + " ORDER BY e.day DESC, e.doc_id, e.ord" + page
                + ") ")
    sql = (keys_sql + _EVENT_SELECT.replace("FROM events e\n",
                                            "FROM page JOIN events e ON e.doc_id = page.pd AND e.id = page.pe\n")
           + " ORDER BY page.pday DESC, page.pd, page.pord")
    return _rows(conn.execute(sql, args + pargs))


def count_events(conn: sqlite3.Connection, f: EventFilter | None = None) -> int:
    f = f or EventFilter()
    w = _where(conn, f)
    if w is None:
        return 0
    where, args = w
    return int(conn.execute("SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id" + where,
                            args).fetchone()[0])


_STORY_COLUMNS = (
    "s.id AS story_id, s.type, s.mode, s.day_first, s.day_last, s.n_reports, s.n_documents, "
    "s.n_sources, s.actor1 AS actor, s.actor2 AS recipient, s.place_name AS place, s.country, s.admin1, "
    "s.lat, s.lon, s.geo_precision, s.rep_doc_id, s.rep_event_id, s.evidence, s.sources "
)
_STORY_ORDER = "ORDER BY s.n_reports DESC, s.day_first DESC, s.id"


def _story_ids(conn: sqlite3.Connection, f: EventFilter) -> list[int] | None:
    """Ids of the page of stories ``f`` asks for (most-reported first), page-first as for events: the stories
    are walked in rank order (index ``stories_rank``) in growing chunks, each story kept when one of its reports
    passes ``f``, up to the window; past it, SQLite drives the query from the (selective) filter."""
    checks = _checks(conn, f, indexed=True)
    if checks is None:
        return None
    cond, cargs = checks
    offset = max(0, f.offset)
    n = offset + f.limit
    if not cond:
        return [r[0] for r in conn.execute(f"SELECT s.id FROM stories s {_STORY_ORDER} LIMIT ? OFFSET ?",
                                           (f.limit, offset))]
    window = _window(n, _table_rows(conn, "stories"))
    found: list[int] = []
    pos, size = 0, max(64, 2 * n)
    exists = ("EXISTS (SELECT 1 FROM story_reports sr JOIN events e ON e.doc_id = sr.doc_id AND e.id = sr.event_id "
              f"WHERE sr.story_id = s.id AND {' AND '.join(cond)})")
    while pos < window and len(found) < n:
        size = min(size, window - pos)
        chunk = [r[0] for r in conn.execute(f"SELECT s.id FROM stories s {_STORY_ORDER} LIMIT ? OFFSET ?",
                                            (size, pos))]
        if chunk:
            ok = {r[0] for r in conn.execute(f"SELECT s.id FROM stories s WHERE s.id IN {_in(chunk)} AND {exists}",
                                             chunk + cargs)}
            found += [i for i in chunk if i in ok]
        if len(chunk) < size:  # every story was examined
            return found[offset:n]
        pos += size
        size *= 2
    if len(found) >= n:
        return found[offset:n]
    w = _where(conn, f)
    if w is None:
        return None
    where, args = w
    page, pargs = _page(f)
    sub = ("SELECT sr.story_id FROM events e JOIN story_reports sr "
           "ON sr.doc_id = e.doc_id AND sr.event_id = e.id" + where)
    return [r[0] for r in conn.execute(f"SELECT s.id FROM stories s WHERE s.id IN ({sub}) {_STORY_ORDER}" + page,
                                       args + pargs)]


def stories(conn: sqlite3.Connection, f: EventFilter | None = None) -> list[dict[str, Any]]:
    """Story events (deduplicated) with at least one report matching ``f``; most-reported first."""
    f = f or EventFilter()
    if f.limit and f.limit > 0:
        ids = _story_ids(conn, f)
        if not ids:
            return []
        rows = _rows(conn.execute(f"SELECT {_STORY_COLUMNS} FROM stories s WHERE s.id IN {_in(ids)}", ids))
        rank = {sid: i for i, sid in enumerate(ids)}
        return sorted(rows, key=lambda r: rank[r["story_id"]])
    w = _where(conn, f)
    if w is None:
        return []
    where, args = w
    page, pargs = _page(f)
    sub = ("SELECT sr.story_id FROM events e JOIN documents d ON d.id = e.doc_id JOIN story_reports sr "
           "ON sr.doc_id = e.doc_id AND sr.event_id = e.id" + where)
    sql = f"SELECT {_STORY_COLUMNS} FROM stories s WHERE s.id IN ({sub}) {_STORY_ORDER}" + page
    return _rows(conn.execute(sql, args + pargs))


def story_reports(conn: sqlite3.Connection, story_id: int) -> list[dict[str, Any]]:
    """The event reports that make up one story."""
    sql = (_EVENT_SELECT.replace("LEFT JOIN story_reports sr", "JOIN story_reports sr")
           + " WHERE sr.story_id = ? ORDER BY e.day, d.source, e.doc_id, e.ord")
    return _rows(conn.execute(sql, (story_id,)))


# ---- actors, places, search, labels ---------------------------------------------------------------------

def actors(conn: sqlite3.Connection, *, name: str | None = None, kind: str | None = None,
           country: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Actors across articles (grouped by identity), with how many articles, mentions and events name them.

    Counts are as of the last ingest (they are refreshed when an ingest finishes)."""
    cond: list[str] = []
    args: list[Any] = []
    if name:
        keys = _matching_actor_keys(conn, name)
        if not keys:
            return []
        cond.append(f"actor_key IN {_in(keys)}")
        args += keys
    if kind:
        cond.append("kind = ?")
        args.append(kind)
    if country:
        cond.append("country = ?")
        args.append(country.upper())
    sql = ("SELECT actor_key, name, name_ar, kind, country, sector, wikidata, n_documents, n_mentions, "
           "n_events_actor, n_events_recipient FROM actor_index" + (" WHERE " + " AND ".join(cond) if cond else "")
           + " ORDER BY n_documents DESC, actor_key" + (" LIMIT ?" if limit else ""))
    return _rows(conn.execute(sql, args + ([limit] if limit else [])))


def places(conn: sqlite3.Connection, *, name: str | None = None, country: str | None = None,
           bbox: tuple[float, float, float, float] | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Places across articles (grouped by gazetteer id, else name), with article and event counts (as of the
    last ingest)."""
    cond: list[str] = []
    args: list[Any] = []
    if name:
        names, admins = _matching_place_names(conn, name)
        if not names and not admins:
            return []
        cond.append(f"(name IN {_in(names)} OR admin1 IN {_in(admins)})")
        args += names + admins
    if country:
        cond.append("country = ?")
        args.append(country.upper())
    if bbox:
        cond.append("lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?")
        args += [bbox[1], bbox[3], bbox[0], bbox[2]]
    sql = ("SELECT place_key, name, name_ar, lat, lon, country, admin1, feature, precision, n_documents, n_events "
           "FROM place_index" + (" WHERE " + " AND ".join(cond) if cond else "")
           + " ORDER BY n_documents DESC, place_key" + (" LIMIT ?" if limit else ""))
    return _rows(conn.execute(sql, args + ([limit] if limit else [])))


def _snippet(text: str, query: str, width: int = 80) -> str:
    from rasd.store.rows import fts_words

    view = normalize(text)
    low = view.text
    for w in fts_words(query).split():
        i = low.find(w)
        if i >= 0:
            s, e = view.raw_span(i, i + len(w))
            a, b = max(0, s - width), min(len(text), e + width)
            return ("…" if a else "") + text[a:b].replace("\n", " ") + ("…" if b < len(text) else "")
    return text[: 2 * width].replace("\n", " ")


def search(conn: sqlite3.Connection, text: str, *, sources: tuple[str, ...] = (), date_from: str | None = None,
           date_to: str | None = None, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Articles matching a full-text query (best match first), with a snippet of the raw text."""
    q = fts_query(text)
    if not q:
        return []
    cond = ["documents_fts MATCH ?"]
    args: list[Any] = [q]
    if sources:
        cond.append(f"d.source IN {_in(sources)}")
        args += list(sources)
    if date_from:
        cond.append("d.date >= ?")
        args.append(date_from)
    if date_to:
        cond.append("d.date <= ?")
        args.append(date_to)
    sql = ("SELECT d.id AS doc_id, d.title, d.source, d.date, d.url, d.n_events, bm25(documents_fts) AS score, "
           "d.text AS _text FROM documents_fts JOIN documents d ON d.pk = documents_fts.rowid WHERE "
           + " AND ".join(cond) + " ORDER BY score LIMIT ? OFFSET ?")
    rows = _rows(conn.execute(sql, args + [limit if limit > 0 else -1, max(0, offset)]))
    for r in rows:
        r["snippet"] = _snippet(r.pop("_text"), text)
        r["score"] = round(-r["score"], 3)
    return rows


def labels(conn: sqlite3.Connection, *, actor: str | None = None, sources: tuple[str, ...] = (),
           min_count: int = 1, limit: int = 0) -> list[dict[str, Any]]:
    """Framing: for each actor and outlet, the descriptors the outlet attaches to it, counted.

    Descriptors are grouped by their normalised form; ``label`` is one raw spelling of it."""
    cond: list[str] = []
    args: list[Any] = []
    if actor:
        keys = _matching_actor_keys(conn, actor)
        if not keys:
            return []
        cond.append(f"a.actor_key IN {_in(keys)}")
        args += keys
    if sources:
        cond.append(f"d.source IN {_in(sources)}")
        args += list(sources)
    sql = (
        "SELECT a.actor_key, max(a.name) AS actor, max(a.name_ar) AS actor_ar, d.source AS source, "
        "ds.norm AS label_norm, count(*) AS n, count(DISTINCT ds.doc_id) AS n_documents, min(ds.text) AS label "
        "FROM actors a JOIN mentions m ON m.doc_id = a.doc_id AND m.actor_id = a.id "
        "JOIN descriptors ds ON ds.doc_id = m.doc_id AND ds.mention_id = m.id JOIN documents d ON d.id = ds.doc_id"
        + (" WHERE " + " AND ".join(cond) if cond else "")
        + " GROUP BY a.actor_key, d.source, ds.norm HAVING count(*) >= ? "
        "ORDER BY a.actor_key, d.source, n DESC, label_norm" + (" LIMIT ?" if limit else "")
    )
    args.append(min_count)
    if limit:
        args.append(limit)
    rows = _rows(conn.execute(sql, args))
    return [{k: r[k] for k in ("actor_key", "actor", "actor_ar", "source", "label", "label_norm", "n",
                               "n_documents")} for r in rows]


def sources(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return _rows(conn.execute("SELECT source, count(*) AS n_documents, sum(n_events) AS n_events, "
                              "min(date) AS date_first, max(date) AS date_last FROM documents GROUP BY source "
                              "ORDER BY n_documents DESC"))


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for t in ("documents", "sentences", "mentions", "actors", "places", "events", "stories", "failures", "runs"):
        out[t] = conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
    return out
