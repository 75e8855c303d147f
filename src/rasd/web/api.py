"""The HTTP API under ``/api/v1``: read-only views of the store, plus ``POST /extract``.

Each endpoint is declared once (:class:`Endpoint`: path, method, summary, query parameters, handler); the
routes and the OpenAPI document are both built from that table, so the document cannot drift from the code.
Handlers are plain functions run in Starlette's thread pool; each borrows one read-only connection.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from rasd.config import Settings
from rasd.doc import ACTOR_KINDS, EVENT_TYPES
from rasd.errors import InputTooLargeError, RasdError
from rasd.store import query as sq
from rasd.store.dedup import STORY_COLUMNS
from rasd.web import queries as wq
from rasd.web.db import Pool
from rasd.web.errors import ApiError, bad_param, from_rasd_error, not_found
from rasd.web.params import EVENT_FILTERS, MAX_STRING, Param, openapi_parameters, paging, parse

__all__ = [
    "API_PREFIX",
    "LANDING",
    "ApiContext",
    "Endpoint",
    "Limits",
    "Rendered",
    "ResponseCache",
    "api_routes",
    "dumps",
    "endpoints",
    "etag_of",
    "openapi_document",
    "warm_answers",
]

API_PREFIX = "/api/v1"


@dataclass(frozen=True)
class Limits:
    """What one request may ask of the server."""

    max_body: int = 1_000_000  # bytes in a POST body
    max_text_chars: int = 200_000  # characters of text for /extract
    max_page: int = 500  # rows per page
    max_offset: int = 100_000  # rows skipped
    max_features: int = 5_000  # map points, network edges
    query_timeout: float = 5.0  # seconds per database query
    pool_size: int = 8  # database connections
    cache_entries: int = 2048  # GET answers kept (by query string and by parameters; 0 = no cache)
    event_rows: int = 100_000  # rendered event rows kept with the cache, rendered at start-up (newest first)


class ResponseCache:
    """Recent GET answers (rendered JSON bytes and their ETag), keyed by path and normalised parameters, and
    rendered event rows shared between pages, for a read-heavy dashboard.

    Everything kept is valid while the database files are unchanged: every request compares the size and
    modification time of the database and its write-ahead log (:meth:`signature`) with those the cache was
    filled under and empties the cache when they differ, so an ingest running beside the server is seen on the
    next request. Bounded by entries (answers, event rows) and by bytes per answer.
    """

    def __init__(self, db: str, max_entries: int = 2048, max_bytes: int = 256_000,
                 max_fragments: int = 50_000) -> None:
        import collections

        self.db = db
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.max_fragments = max_fragments
        self._data: collections.OrderedDict[str, tuple[bytes, str, str]] = collections.OrderedDict()
        self._frags: collections.OrderedDict[Any, bytes] = collections.OrderedDict()
        self._sig: tuple[int, ...] = ()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def signature(self) -> tuple[int, ...]:
        import os

        sig: list[int] = []
        for path in (self.db, self.db + "-wal"):
            try:
                st = os.stat(path)
                sig += [st.st_mtime_ns, st.st_size, st.st_ino]
            except OSError:
                sig += [0, 0, 0]
        return tuple(sig)

    def _check(self, sig: tuple[int, ...]) -> None:  # with the lock held
        if sig != self._sig:
            self._data.clear()
            self._frags.clear()
            self._sig = sig

    def get(self, key: str, sig: tuple[int, ...]) -> tuple[bytes, str, str] | None:
        """(body, media type, ETag) of a kept answer, or None."""
        with self._lock:
            self._check(sig)
            hit = self._data.get(key)
            if hit is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return hit

    def put(self, key: str, sig: tuple[int, ...], body: bytes, media_type: str, etag: str) -> None:
        if self.max_entries <= 0 or len(body) > self.max_bytes:
            return
        with self._lock:
            self._check(sig)
            self._data[key] = (body, media_type, etag)
            self._data.move_to_end(key)
            while len(self._data) > self.max_entries:
                self._data.popitem(last=False)

    def fragments(self, keys: list[Any], sig: tuple[int, ...]) -> list[bytes | None]:
        """Rendered rows kept for ``keys`` (None where not kept)."""
        with self._lock:
            self._check(sig)
            get = self._frags.get
            return [get(k) for k in keys]

    def prefill(self, pool: Pool, limit: int | None = None, budget_s: float = 20.0) -> int:
        """Render the newest ``limit`` events (default: as many as are kept) now, so that first requests find
        their rows rendered; stops after ``budget_s`` seconds. Returns the number rendered."""
        import time

        limit = self.max_fragments if limit is None else min(limit, self.max_fragments)
        if limit <= 0:
            return 0
        sig = self.signature()
        deadline = time.monotonic() + budget_s
        done = 0
        with pool.connection(timeout=budget_s) as c:
            keys = [(r[0], r[1]) for r in c.execute(
                "SELECT doc_id, id FROM events ORDER BY day DESC, doc_id, ord LIMIT ?", (limit,))]
            for i in range(0, len(keys), 400):
                items = list(sq.event_bodies(c, keys[i:i + 400]).items())
                self.put_fragments(items, sig)
                done += len(items)
                if time.monotonic() > deadline:
                    break
        return done

    def put_fragments(self, items: list[tuple[Any, bytes]], sig: tuple[int, ...]) -> None:
        if self.max_fragments <= 0:
            return
        with self._lock:
            self._check(sig)
            for k, v in items:
                self._frags[k] = v
            while len(self._frags) > self.max_fragments:
                self._frags.popitem(last=False)


def dumps(obj: Any) -> bytes:
    """JSON bytes exactly as Starlette's JSONResponse renders them (UTF-8, compact): the store's renderer, so kept
    event bodies and live answers are byte-identical."""
    return sq.render_json(obj)


def etag_of(body: bytes) -> str:
    import hashlib

    return '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'


@dataclass
class ApiContext:
    """Everything the handlers share: the pool, the limits, the settings and the lazily built pipeline."""

    pool: Pool
    limits: Limits
    settings: Settings | None = None
    cache: ResponseCache | None = None
    _extractor: Any = None
    _extract_lock: threading.Lock = field(default_factory=threading.Lock)

    def extractor(self) -> Any:
        with self._extract_lock:
            if self._extractor is None:
                from rasd.api import load_pipeline

                self._extractor = load_pipeline(self.settings)
            return self._extractor


Handler = Callable[[ApiContext, Request, dict[str, Any]], Any]


@dataclass(frozen=True)
class Endpoint:
    path: str
    summary: str
    params: tuple[Param, ...]
    handler: Handler
    method: str = "GET"
    description: str = ""
    path_params: tuple[tuple[str, str], ...] = ()  # (name, description)
    response: str = "object"
    body: dict[str, Any] | None = None


# ---- helpers ---------------------------------------------------------------------------------------------

def _path_id(request: Request, name: str) -> str:
    raw = request.path_params.get(name, "")
    if not isinstance(raw, str) or not raw or len(raw) > MAX_STRING:
        raise bad_param(name, f"must be 1..{MAX_STRING} characters")
    if any(ord(c) < 32 or ord(c) == 127 for c in raw):
        raise bad_param(name, "contains control characters")
    return raw


def _filter(p: dict[str, Any], limit: int = 0, offset: int = 0) -> sq.EventFilter:
    return sq.EventFilter(
        types=tuple(p.get("type") or ()), mode=p.get("mode"), actor=p.get("actor"), recipient=p.get("recipient"),
        country=p.get("country"), place=p.get("place"), bbox=p.get("bbox"), date_from=p.get("date_from"),
        date_to=p.get("date_to"), sources=tuple(p.get("source") or ()), text=p.get("q"),
        polarity=p.get("polarity"), modality=p.get("modality"), limit=limit, offset=offset,
    )


def _check_country(p: dict[str, Any]) -> None:
    c = p.get("country")
    if c is not None and not (len(c) in (2, 3) and c.isascii() and c.isalpha()):
        raise bad_param("country", "must be an ISO alpha-2 (place) or alpha-3 (actor) code")


def _page(items: list[Any], limit: int, offset: int, **extra: Any) -> dict[str, Any]:
    return {"items": items, "limit": limit, "offset": offset,
            "next_offset": offset + limit if len(items) == limit else None, **extra}


def _db(ctx: ApiContext, fn: Callable[[sqlite3.Connection], Any]) -> Any:
    with ctx.pool.connection() as conn:
        try:
            return fn(conn)
        except RasdError as exc:
            raise from_rasd_error(exc) from exc


# ---- handlers --------------------------------------------------------------------------------------------

def h_health(ctx: ApiContext, request: Request, p: dict[str, Any]) -> Any:
    from rasd.store.db import schema_version

    return _db(ctx, lambda c: {"status": "ok", "schema_version": schema_version(c),
                               "documents": c.execute("SELECT count(*) FROM documents").fetchone()[0]})


def h_stats(ctx: ApiContext, request: Request, p: dict[str, Any]) -> Any:
    def run(c: sqlite3.Connection) -> Any:
        types = {r[0]: r[1] for r in c.execute("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC")}
        days = c.execute("SELECT min(day), max(day) FROM events").fetchone()
        return {"counts": sq.stats(c), "sources": sq.sources(c), "event_types": types,
                "days": {"first": days[0], "last": days[1]}}
    return _db(ctx, run)


def h_documents(ctx: ApiContext, request: Request, p: dict[str, Any]) -> Any:
    kw = {"source": p["source"], "date_from": p["date_from"], "date_to": p["date_to"], "q": p["q"],
          "with_events": bool(p["with_events"])}

    def run(c: sqlite3.Connection) -> Any:
        items = wq.documents(c, limit=p["limit"], offset=p["offset"], **kw)
        total = wq.count_documents(c, **kw) if p["count"] else None
        return _page(items, p["limit"], p["offset"], total=total)
    return _db(ctx, run)


def h_document(ctx: ApiContext, request: Request, p: dict[str, Any]) -> Any:
    from rasd.serialize import to_dict
    from rasd.store import load_document

    doc_id = _path_id(request, "doc_id")
    doc = _db(ctx, lambda c: load_document(c, doc_id))
    if doc is None:
        raise not_found(f"document {doc_id[:80]!r}")
    return to_dict(doc)


def h_events(ctx: ApiContext, request: Request, p: dict[str, Any]) -> Any:
    _check_country(p)
    f = _filter(p, p["limit"], p["offset"])
    cache = ctx.cache

    def run(c: sqlite3.Connection) -> Any:
        total = None
        if p["count"] and not p["merged"]:
            total = sq.count_events(c, _filter(p))
        if p["merged"]:
            return _page(sq.stories(c, f), p["limit"], p["offset"], merged=True, total=total)
        # the page's keys first, then its rows as rendered JSON: kept in the store (sq.event_bodies) and, with
        # the answer cache, kept across pages in memory (fetch from the store only those not kept yet)
        keys = sq.event_page_keys(c, f)
        if cache is None:
            bodies = sq.event_bodies(c, keys)
            items = [bodies[k] for k in keys if k in bodies]
        else:
            sig = cache.signature()
            frags = cache.fragments(keys, sig)
            missing = [k for k, fr in zip(keys, frags) if fr is None]
            if missing:
                fresh = sq.event_bodies(c, missing)
                cache.put_fragments(list(fresh.items()), sig)
                frags = [fr if fr is not None else fresh.get(k) for k, fr in zip(keys, frags)]
            items = [fr for fr in frags if fr is not None]
        nxt = p["offset"] + p["limit"] if len(keys) == p["limit"] else None
        head = dumps({"items": [], "limit": p["limit"], "offset": p["offset"], "next_offset": nxt,
                      "merged": False, "total": total})
        return Rendered(b'{"items":[' + b",".join(items) + b"]" + head[len(b'{"items":[]'):])
    return _db(ctx, run)


def h_story(ctx: ApiContext, request: Request, p: dict[str, Any]) -> Any:
    raw = _path_id(request, "story_id")
    if not raw.isdigit() or len(raw) > 12:
        raise bad_param("story_id", "must be a positive integer")
    sid = int(raw)

    def run(c: sqlite3.Connection) -> Any:
        cur = c.execute(f"SELECT {STORY_COLUMNS} FROM stories WHERE id = ?", (sid,))
        row = cur.fetchone()
        if row is None:
            return None
        story = dict(zip([d[0] for d in cur.description], row))
        story["reports"] = sq.story_reports(c, sid)
        return story
    story = _db(ctx, run)
    if story is None:
        raise not_found(f"story {sid}")
    return story


def h_actors(ctx: ApiContext, request: Request, p: dict[str, Any]) -> Any:
    return _db(ctx, lambda c: {"items": sq.actors(c, name=p["name"], kind=p["kind"], country=p["country"],
                                                  limit=p["limit"]), "limit": p["limit"]})


def h_places(ctx: ApiContext, request: Request, p: dict[str, Any]) -> Any:
    return _db(ctx, lambda c: {"items": sq.places(c, name=p["name"], country=p["country"], bbox=p["bbox"],
                                                  limit=p["limit"]), "limit": p["limit"]})


def h_search(ctx: ApiContext, request: Request, p: dict[str, Any]) -> Any:
    return _db(ctx, lambda c: _page(
        sq.search(c, p["q"], sources=p["source"], date_from=p["date_from"], date_to=p["date_to"],
                  limit=p["limit"], offset=p["offset"]), p["limit"], p["offset"], query=p["q"]))


def h_labels(ctx: ApiContext, request: Request, p: dict[str, Any]) -> Any:
    return _db(ctx, lambda c: {"items": sq.labels(c, actor=p["actor"], sources=p["source"],
                                                  min_count=p["min_count"], limit=p["limit"]),
                               "limit": p["limit"]})


def h_timeline(ctx: ApiContext, request: Request, p: dict[str, Any]) -> Any:
    _check_country(p)
    return _db(ctx, lambda c: wq.timeline(c, _filter(p), interval=p["interval"]))


def h_network(ctx: ApiContext, request: Request, p: dict[str, Any]) -> Any:
    _check_country(p)
    return _db(ctx, lambda c: wq.network(c, _filter(p), limit=p["limit"]))


def h_map(ctx: ApiContext, request: Request, p: dict[str, Any]) -> Any:
    _check_country(p)
    return _db(ctx, lambda c: wq.map_features(c, _filter(p), limit=p["limit"]))


# ---- the table -------------------------------------------------------------------------------------------

def endpoints(limits: Limits) -> list[Endpoint]:
    L = limits
    page = paging(L.max_page, 50, L.max_offset)
    count = Param("count", "bool", "Also return the total number of matches (one more query).", False)
    return [
        Endpoint("/health", "Liveness: the database answers.", (), h_health),
        Endpoint("/stats", "Row counts, outlets, event types and the date range of the store.", (), h_stats),
        Endpoint("/documents", "Articles, newest first, with annotation counts (no text).", (
            Param("source", "str", "News outlet(s).", multi=True, max_len=100),
            Param("date_from", "date", "Published on or after, YYYY[-MM[-DD]]."),
            Param("date_to", "date", "Published on or before, YYYY[-MM[-DD]]."),
            Param("q", "str", "Full-text search."),
            Param("with_events", "bool", "Only articles with at least one coded event.", False),
            count, *page), h_documents),
        Endpoint("/documents/{doc_id:path}", "One article in the rasd.document/1 shape (text, mentions, actors, "
                 "places, events).", (), h_document, path_params=(("doc_id", "The article id."),)),
        Endpoint("/events", "Coded event reports (or, with merged=true, deduplicated story events), newest first.",
                 (*EVENT_FILTERS, Param("merged", "bool", "Story events (one per real-world event) with report "
                                        "counts, most-reported first.", False), count, *page), h_events),
        Endpoint("/stories/{story_id}", "One story event and the reports that make it up.", (), h_story,
                 path_params=(("story_id", "Story id (integer)."),)),
        Endpoint("/actors", "Actors across articles, by identity, with article/mention/event counts.", (
            Param("name", "str", "English or Arabic name, dictionary id or Wikidata id."),
            Param("kind", "enum", "Actor kind.", choices=ACTOR_KINDS),
            Param("country", "str", "ISO alpha-3 country of the actor.", max_len=3),
            Param("limit", "int", f"Rows (1..{L.max_page}).", 100, 1, L.max_page)), h_actors),
        Endpoint("/places", "Places across articles, with article and event counts.", (
            Param("name", "str", "Place or governorate name (English or Arabic) or gazetteer id."),
            Param("country", "str", "ISO alpha-2 country.", max_len=2),
            Param("bbox", "bbox", "Bounding box min_lon,min_lat,max_lon,max_lat."),
            Param("limit", "int", f"Rows (1..{L.max_page}).", 100, 1, L.max_page)), h_places),
        Endpoint("/search", "Full-text search over articles, best match first, with a snippet.", (
            Param("q", "str", "Words to find (all must occur; \"quoted words\" as a phrase).", required=True),
            Param("source", "str", "News outlet(s).", multi=True, max_len=100),
            Param("date_from", "date", "Published on or after."), Param("date_to", "date", "Published on or before."),
            Param("limit", "int", f"Rows per page (1..{L.max_page}).", 20, 1, L.max_page),
            Param("offset", "int", "Rows to skip.", 0, 0, L.max_offset)), h_search),
        Endpoint("/labels", "Framing: the descriptors each outlet attaches to each actor, counted.", (
            Param("actor", "str", "Actor name, dictionary id or Wikidata id."),
            Param("source", "str", "News outlet(s).", multi=True, max_len=100),
            Param("min_count", "int", "Only labels used at least this often.", 1, 1, 1_000_000),
            Param("limit", "int", f"Rows (1..{L.max_features}).", 1000, 1, L.max_features)), h_labels),
        Endpoint("/timeline", "Event counts per period and type (same filters as /events).", (
            *EVENT_FILTERS, Param("interval", "enum", "Period length.", "day", choices=("day", "month", "year"))),
            h_timeline),
        Endpoint("/network", "Actor network: who acts on whom, edges weighted by events (same filters).", (
            *EVENT_FILTERS, Param("limit", "int", f"Heaviest edges (1..{L.max_features}).", 100, 1,
                                  L.max_features)), h_network),
        Endpoint("/map", "GeoJSON points: places with events, counts by type (same filters).", (
            *EVENT_FILTERS, Param("limit", "int", f"Places (1..{L.max_features}).", 2000, 1, L.max_features)),
            h_map, response="geojson"),
        Endpoint("/extract", "Run the pipeline on posted text and return rasd.document/1 (nothing is stored).",
                 (), _extract_placeholder, method="POST",
                 description=f"Body: JSON {{\"text\": \"…\", \"date\": \"YYYY-MM-DD\", \"id\", \"title\", "
                             f"\"source\", \"url\"}} or text/plain. At most {L.max_body:,} bytes and "
                             f"{L.max_text_chars:,} characters of text.",
                 body={"type": "object", "required": ["text"], "properties": {
                     "text": {"type": "string", "maxLength": L.max_text_chars},
                     "date": {"type": "string", "format": "date"}, "id": {"type": "string"},
                     "title": {"type": "string"}, "source": {"type": "string"}, "url": {"type": "string"}}}),
    ]


def _extract_placeholder(ctx: ApiContext, request: Request, p: dict[str, Any]) -> Any:  # pragma: no cover
    raise AssertionError("POST /extract is served by an async handler")


# ---- POST /extract ---------------------------------------------------------------------------------------

async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ApiError(400, "rasd.web.bad_param", "Content-Length is not a number")
        if int(declared) > limit:
            raise from_rasd_error(InputTooLargeError(f"body of {int(declared):,} bytes is over the limit of "
                                                     f"{limit:,} bytes", hint="post a shorter article"))
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise from_rasd_error(InputTooLargeError(f"body is over the limit of {limit:,} bytes",
                                                     hint="post a shorter article"))
        chunks.append(chunk)
    return b"".join(chunks)


_META = ("date", "id", "title", "source", "url")


def _extract_args(body: bytes, content_type: str, limits: Limits) -> dict[str, Any]:
    from rasd.errors import FormatError

    ctype = content_type.split(";")[0].strip().lower()
    try:
        raw = body.decode("utf-8")
    except UnicodeDecodeError:
        raise from_rasd_error(FormatError("the body is not UTF-8")) from None
    if ctype in ("application/json", ""):
        try:
            obj = json.loads(raw)
        except ValueError as exc:
            raise from_rasd_error(FormatError(f"the body is not valid JSON: {exc}")) from None
        if not isinstance(obj, dict):
            raise bad_param("body", "must be a JSON object with a \"text\" field")
        unknown = set(obj) - {"text", *_META}
        if unknown:
            raise bad_param(min(unknown)[:40], "unknown field (allowed: text, " + ", ".join(_META) + ")")
        args: dict[str, Any] = {}
        for k in _META:
            v = obj.get(k)
            if v is None:
                continue
            if not isinstance(v, str) or len(v) > 2000:
                raise bad_param(k, "must be a string of at most 2,000 characters")
            args[k] = v
        if "date" in args:
            parse({"date": args["date"]}, (Param("date", "date", ""),))
        text = obj.get("text")
    elif ctype == "text/plain":
        text, args = raw, {}
    else:
        raise ApiError(415, "rasd.web.media_type", f"unsupported content type {ctype[:60]!r}",
                       "post application/json ({\"text\": ...}) or text/plain")
    if not isinstance(text, str) or not text.strip():
        raise bad_param("text", "is required and must be a non-empty string")
    if len(text) > limits.max_text_chars:
        raise from_rasd_error(InputTooLargeError(f"text of {len(text):,} characters is over the limit of "
                                                 f"{limits.max_text_chars:,}", hint="post a shorter article"))
    args["text"] = text
    return args


def _run_extract(ctx: ApiContext, args: dict[str, Any]) -> dict[str, Any]:
    from rasd.api import make_document
    from rasd.serialize import to_dict

    extractor = ctx.extractor()
    doc = make_document(args.pop("text"), **args)
    try:
        return to_dict(extractor(doc))
    except RasdError as exc:
        raise from_rasd_error(exc) from exc


async def extract_endpoint(ctx: ApiContext, request: Request) -> Response:
    body = await _read_body(request, ctx.limits.max_body)
    args = _extract_args(body, request.headers.get("content-type", ""), ctx.limits)
    result = await run_in_threadpool(_run_extract, ctx, args)
    return JSONResponse(result)


# ---- routes and OpenAPI ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rendered:
    """A handler's answer already rendered as JSON bytes."""

    body: bytes


def _cache_key(request: Request, p: dict[str, Any]) -> str:
    return _normalised_key(request.url.path, p)


def _normalised_key(path: str, p: dict[str, Any]) -> str:
    # normalised: parameter order, spelling of values and defaults do not make different entries
    return path + "?" + repr(sorted(p.items()))


# what the dashboard's landing pages ask first: aggregates over every event, worth computing at start-up
LANDING: tuple[tuple[str, dict[str, str]], ...] = (
    ("/stats", {}), ("/map", {}), ("/timeline", {"interval": "day"}), ("/timeline", {"interval": "month"}),
    ("/network", {"limit": "60"}))


def warm_answers(ctx: ApiContext, queries: tuple[tuple[str, dict[str, str]], ...] = LANDING) -> int:
    """Compute and keep the answers to ``queries`` (path under /api/v1, parameters) now; returns how many."""
    cache = ctx.cache
    if cache is None:
        return 0
    by_path = {ep.path: ep for ep in endpoints(ctx.limits) if ep.method == "GET"}
    done = 0
    for path, raw in queries:
        ep = by_path[path]
        p = parse(raw, ep.params)
        sig = cache.signature()
        out = ep.handler(ctx, None, p)  # type: ignore[arg-type]  # no path parameters in these routes
        body = out.body if isinstance(out, Rendered) else dumps(out)
        media = "application/geo+json" if ep.response == "geojson" else "application/json"
        cache.put(_normalised_key(API_PREFIX + path, p), sig, body, media, etag_of(body))
        done += 1
    return done


def _not_modified(request: Request, etag: str) -> bool:
    inm = request.headers.get("if-none-match")
    if not inm:
        return False
    return inm.strip() == "*" or etag in [t.strip().removeprefix("W/") for t in inm.split(",")]


def _make_route(ctx: ApiContext, ep: Endpoint) -> Route:
    if ep.method == "POST":
        async def post(request: Request) -> Response:
            return await extract_endpoint(ctx, request)
        return Route(API_PREFIX + ep.path, post, methods=["POST"])

    media = "application/geo+json" if ep.response == "geojson" else "application/json"

    def render(request: Request, p: dict[str, Any]) -> bytes:
        out = ep.handler(ctx, request, p)
        return out.body if isinstance(out, Rendered) else dumps(out)

    async def compute(request: Request, p: dict[str, Any]) -> bytes:
        return await run_in_threadpool(render, request, p)

    async def get(request: Request) -> Response:
        cache = ctx.cache
        state = "miss"
        if cache is None:
            p = parse(request.query_params, ep.params)
            body = await compute(request, p)
            etag = etag_of(body)
        else:
            # first by the query string as sent (no parsing), then by the normalised parameters
            sig = cache.signature()
            raw = "raw:" + request.url.path + "?" + request.scope.get("query_string", b"").decode("latin-1")
            hit = cache.get(raw, sig)
            if hit is None:
                p = parse(request.query_params, ep.params)
                key = _cache_key(request, p)
                hit = cache.get(key, sig)
                if hit is None:
                    body = await compute(request, p)
                    etag = etag_of(body)
                    cache.put(key, sig, body, media, etag)
                cache.put(raw, sig, *(hit or (body, media, etag)))
            if hit is not None:  # answered on the event loop: no thread, no query
                body, _, etag = hit
                state = "hit"
        headers = {"etag": etag, "cache-control": "no-cache"}
        if state == "hit":
            headers["x-rasd-cache"] = "hit"
        if _not_modified(request, etag):
            return Response(status_code=304, headers=headers)
        return Response(body, media_type=media, headers=headers)
    return Route(API_PREFIX + ep.path, get, methods=["GET"])


def api_routes(ctx: ApiContext) -> list[Route]:
    eps = endpoints(ctx.limits)
    doc = openapi_document(eps)

    def openapi(request: Request) -> Response:
        parse(request.query_params, ())
        return JSONResponse(doc)

    return [*(_make_route(ctx, ep) for ep in eps), Route(API_PREFIX + "/openapi.json", openapi, methods=["GET"])]


_ERROR_SCHEMA = {"type": "object", "required": ["error"], "properties": {"error": {
    "type": "object", "required": ["code", "status", "message"],
    "properties": {"code": {"type": "string"}, "status": {"type": "integer"}, "message": {"type": "string"},
                   "hint": {"type": "string"}}}}}


def openapi_document(eps: list[Endpoint]) -> dict[str, Any]:
    try:
        from importlib.metadata import version

        ver = version("rasd")
    except Exception:  # noqa: BLE001  # pragma: no cover - running from a source tree without metadata
        ver = "0"
    paths: dict[str, Any] = {}
    for ep in eps:
        path = API_PREFIX + ep.path.replace(":path}", "}")
        errors = {"400": {"description": "Bad parameter", "content": {"application/json": {"schema":
                                                                                          _ERROR_SCHEMA}}},
                  "503": {"description": "Query timed out or database unavailable",
                          "content": {"application/json": {"schema": _ERROR_SCHEMA}}}}
        op: dict[str, Any] = {
            "summary": ep.summary, "operationId": ep.method.lower() + "_" + ep.path.strip("/").split("/")[0]
            + ("_one" if ep.path_params else ""),
            "parameters": [{"name": n, "in": "path", "required": True, "description": d, "schema": {"type": "string"}}
                           for n, d in ep.path_params] + openapi_parameters(ep.params),
            "responses": {"200": {"description": "OK", "content": {
                "application/geo+json" if ep.response == "geojson" else "application/json": {
                    "schema": {"type": "object"}}}}, **errors},
        }
        if ep.path_params:
            op["responses"]["404"] = {"description": "Not found",
                                      "content": {"application/json": {"schema": _ERROR_SCHEMA}}}
        if ep.description:
            op["description"] = ep.description
        if ep.body:
            op["requestBody"] = {"required": True, "content": {"application/json": {"schema": ep.body},
                                                               "text/plain": {"schema": {"type": "string"}}}}
            op["responses"]["413"] = {"description": "Body or text too large",
                                      "content": {"application/json": {"schema": _ERROR_SCHEMA}}}
            op["responses"]["415"] = {"description": "Unsupported content type",
                                      "content": {"application/json": {"schema": _ERROR_SCHEMA}}}
        paths.setdefault(path, {})[ep.method.lower()] = op
    paths[API_PREFIX + "/openapi.json"] = {"get": {"summary": "This document.", "operationId": "get_openapi",
                                                   "responses": {"200": {"description": "OpenAPI 3.1 document"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "rasd API", "version": ver,
                 "description": "Arabic news as evidence-linked event data: documents, events (PLOVER), actors, "
                                "places, framing labels. Errors are JSON with a stable code; see "
                                "rasd.web.errors. Event types: " + ", ".join(EVENT_TYPES) + "."},
        "paths": paths,
        "components": {"schemas": {"Error": _ERROR_SCHEMA}},
    }
