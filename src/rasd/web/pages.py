"""The dashboard: server-rendered pages (Jinja2, autoescaped) with a little JavaScript for the map, timeline and
network, which read the same JSON API as everyone else.

Pages: ``/`` map of events, ``/timeline``, ``/network`` (who acts on whom), ``/framing`` (labels per actor per
outlet), ``/articles`` (list and search) and ``/article/{id}`` — the Arabic text (``dir="rtl" lang="ar"``) with
mentions, triggers and evidence highlighted and the coded events beside it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from rasd.doc import EVENT_TYPES
from rasd.store import query as sq
from rasd.web import queries as wq
from rasd.web.api import ApiContext
from rasd.web.errors import ApiError, not_found
from rasd.web.highlight import segments
from rasd.web.params import EVENT_FILTERS, MAX_STRING, Param, parse

__all__ = ["TYPE_COLOURS", "page_routes"]

TYPE_COLOURS: dict[str, str] = {
    "AGREE": "#2e7d32", "CONSULT": "#558b2f", "SUPPORT": "#7cb342", "CONCEDE": "#9e9d24",
    "COOPERATE": "#00897b", "AID": "#0097a7", "RETREAT": "#6d4c41", "REQUEST": "#1e88e5",
    "ACCUSE": "#f9a825", "REJECT": "#ef6c00", "THREATEN": "#e65100", "PROTEST": "#8e24aa",
    "SANCTION": "#5e35b1", "MOBILIZE": "#3949ab", "COERCE": "#ad1457", "ASSAULT": "#d50000",
}
MENTION_TYPES = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other"}
NAV = (("/", "Map"), ("/timeline", "Timeline"), ("/network", "Actor network"), ("/framing", "Framing"),
       ("/articles", "Articles"))


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(Path(__file__).resolve().parent / "templates")),
                      autoescape=select_autoescape(("html",), default=True), trim_blocks=True, lstrip_blocks=True)
    env.globals.update(TYPE_COLOURS=TYPE_COLOURS, EVENT_TYPES=EVENT_TYPES, NAV=NAV, MENTION_TYPES=MENTION_TYPES)
    env.filters["tojson_attr"] = lambda v: json.dumps(v, ensure_ascii=False)
    return env


def _clean(request: Request) -> dict[str, list[str]]:
    """The query string without empty values (an empty form field means "no filter")."""
    out: dict[str, list[str]] = defaultdict(list)
    for k, v in request.query_params.multi_items():
        if v.strip():
            out[k].append(v)
    return out


def _parse_page(request: Request, params: tuple[Param, ...]) -> tuple[dict[str, Any], str | None]:
    from starlette.datastructures import QueryParams

    clean = _clean(request)
    qp = QueryParams([(k, v) for k, vs in clean.items() for v in vs])
    try:
        return parse(qp, params), None
    except ApiError as exc:
        return parse(QueryParams(""), params), exc.message


def page_routes(ctx: ApiContext) -> list[Route]:
    env = _env()

    def render(name: str, request: Request, status: int = 200, **kw: Any) -> Response:
        tpl = env.get_template(name)
        return HTMLResponse(tpl.render(request_path=request.url.path, **kw), status_code=status)

    def sources() -> list[str]:
        with ctx.pool.connection() as c:
            return [r["source"] for r in sq.sources(c) if r["source"]]

    filter_params = (*EVENT_FILTERS, Param("interval", "enum", "", "day", choices=("day", "month", "year")))

    def dashboard(template: str, title: str) -> Any:
        def page(request: Request) -> Response:
            p, error = _parse_page(request, filter_params)
            config = {"api": "/api/v1", "colours": TYPE_COLOURS, "types": list(EVENT_TYPES)}
            return render(template, request, title=title, f=p, error=error, sources=sources(),
                          config=json.dumps(config, ensure_ascii=False))
        return page

    framing_params = (Param("actor", "str", ""), Param("source", "str", "", multi=True, max_len=100),
                      Param("min_count", "int", "", 1, 1, 1_000_000))

    def framing(request: Request) -> Response:
        p, error = _parse_page(request, framing_params)
        with ctx.pool.connection() as c:
            rows = sq.labels(c, actor=p["actor"], sources=p["source"], min_count=p["min_count"],
                             limit=ctx.limits.max_features)
            outlets = [r["source"] for r in sq.sources(c) if r["source"]]
        actors: dict[str, dict[str, Any]] = {}
        for r in rows:
            a = actors.setdefault(r["actor_key"], {"key": r["actor_key"], "name": r["actor"],
                                                   "name_ar": r["actor_ar"], "labels": {}, "total": 0})
            lab = a["labels"].setdefault(r["label_norm"], {"label": r["label"], "by_source": {}, "total": 0})
            lab["by_source"][r["source"]] = lab["by_source"].get(r["source"], 0) + r["n"]
            lab["total"] += r["n"]
            a["total"] += r["n"]
        used = sorted({s for a in actors.values() for lab in a["labels"].values() for s in lab["by_source"]})
        table = sorted(actors.values(), key=lambda a: (-a["total"], a["key"]))
        for a in table:
            a["labels"] = sorted(a["labels"].values(), key=lambda lab: (-lab["total"], lab["label"]))
        return render("framing.html", request, title="Framing", f=p, error=error, actors=table, outlets=used,
                      sources=outlets)

    list_params = (Param("q", "str", ""), Param("source", "str", "", multi=True, max_len=100),
                   Param("date_from", "date", ""), Param("date_to", "date", ""),
                   Param("with_events", "bool", "", False), Param("offset", "int", "", 0, 0, ctx.limits.max_offset))

    def articles(request: Request) -> Response:
        p, error = _parse_page(request, list_params)
        size = 50
        with ctx.pool.connection() as c:
            if p["q"]:
                items = sq.search(c, p["q"], sources=p["source"], date_from=p["date_from"], date_to=p["date_to"],
                                  limit=size, offset=p["offset"])
                total = None
            else:
                kw = {"source": p["source"], "date_from": p["date_from"], "date_to": p["date_to"],
                      "with_events": p["with_events"]}
                items = wq.documents(c, limit=size, offset=p["offset"], **kw)
                total = wq.count_documents(c, **kw)
                for it in items:
                    it["doc_id"] = it["id"]
            outlets = [r["source"] for r in sq.sources(c) if r["source"]]
        base = {k: v for k, v in _clean(request).items() if k != "offset"}

        def link(offset: int) -> str:
            return "/articles?" + urlencode([(k, v) for k, vs in base.items() for v in vs] + [("offset", offset)])
        prev_link = link(max(0, p["offset"] - size)) if p["offset"] > 0 else None
        next_link = link(p["offset"] + size) if len(items) == size else None
        return render("articles.html", request, title="Articles", f=p, error=error, items=items, total=total,
                      sources=outlets, prev_link=prev_link, next_link=next_link)

    def article(request: Request) -> Response:
        from rasd.store import load_document

        doc_id = request.path_params.get("doc_id", "")
        if not doc_id or len(doc_id) > MAX_STRING or any(ord(ch) < 32 for ch in doc_id):
            raise ApiError(400, "rasd.web.bad_param", "bad article id")
        with ctx.pool.connection() as c:
            doc = load_document(c, doc_id)
        if doc is None:
            raise not_found(f"article {doc_id[:80]!r}")
        names = {a.id: a for a in doc.actors}
        places = {pl.id: pl for pl in doc.places}
        events = []
        for e in doc.events:
            events.append({
                "e": e, "colour": TYPE_COLOURS.get(e.type, "#555"),
                "actors": [names[a] for a in e.actor if a in names],
                "recipients": [names[a] for a in e.recipient if a in names],
                "place": places.get(e.place or ""), "evidence": doc.text[e.evidence.start:e.evidence.end],
            })
        mention_ids = {m.id for m in doc.mentions}
        return render("article.html", request, title=doc.meta.title or doc.id, doc=doc, segs=segments(doc),
                      events=events, actors=doc.actors, places=doc.places, n_mentions=len(mention_ids))

    def root_redirect(request: Request) -> Response:
        return RedirectResponse("/" + ("?" + request.url.query if request.url.query else ""), status_code=307)

    return [
        Route("/", dashboard("map.html", "Map of events"), methods=["GET"]),
        Route("/map", root_redirect, methods=["GET"]),
        Route("/timeline", dashboard("timeline.html", "Timeline"), methods=["GET"]),
        Route("/network", dashboard("network.html", "Actor network"), methods=["GET"]),
        Route("/framing", framing, methods=["GET"]),
        Route("/articles", articles, methods=["GET"]),
        Route("/article/{doc_id:path}", article, methods=["GET"]),
    ]
