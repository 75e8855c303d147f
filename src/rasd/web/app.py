"""The ASGI application: :func:`create_app` builds it for one database, with no module-level state.

::

    from rasd.web import create_app
    app = create_app("rasd.db")            # serve with: uvicorn --factory, or `rasd serve --db rasd.db`

Routes: the JSON API under ``/api/v1`` (:mod:`rasd.web.api`), the dashboard pages (:mod:`rasd.web.pages`) and
their static assets under ``/static`` (Leaflet and the basemap are vendored in the package: no CDN, no tiles).
Every error is answered as JSON on ``/api`` paths (:mod:`rasd.web.errors`) and as a small HTML page elsewhere.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rasd.config import Settings
from rasd.errors import RasdError
from rasd.web.api import ApiContext, Limits, ResponseCache, api_routes, warm_answers
from rasd.web.db import Pool, open_check
from rasd.web.errors import ApiError, error_response, from_rasd_error, wants_json

__all__ = ["CONFIG_ENV", "STATIC_DIR", "Limits", "app_from_env", "create_app", "worker_config"]

STATIC_DIR = Path(__file__).resolve().parent / "static"
_log = logging.getLogger("rasd.web")

_SECURITY_HEADERS = [
    (b"content-security-policy", (b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                  b"script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                                  b"form-action 'self'")),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class _SecurityHeaders:
    """Adds a strict Content-Security-Policy (everything from this server only) and friends to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                have = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in _SECURITY_HEADERS if k not in have]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _warm_up() -> None:
    """Load what the first text or name filter would otherwise load inside a request (the tokenizer's
    resources for full-text queries: a few hundred ms, once per process)."""
    from rasd.store import query as sq

    sq.fts_query("سوريا")
    sq._norm("سوريا")


def _lifespan(ctx: ApiContext) -> Any:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        from starlette.concurrency import run_in_threadpool

        await run_in_threadpool(_warm_up)
        if ctx.cache is not None:
            try:
                n = await run_in_threadpool(ctx.cache.prefill, ctx.pool)
                k = await run_in_threadpool(warm_answers, ctx)
                _log.info("rendered %d event rows and %d landing-page answers at start-up", n, k)
            except (ApiError, RasdError) as exc:  # a slow or odd database: answers are computed on demand instead
                _log.warning("nothing rendered at start-up: %s", exc)
        yield
        ctx.pool.close()
    return lifespan


def _html_error(status: int, message: str) -> Response:
    from html import escape

    return HTMLResponse(
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{status}</title>"
        f"<link rel='stylesheet' href='/static/css/rasd.css'></head><body><main class='error-page'>"
        f"<h1>{status}</h1><p>{escape(message)}</p><p><a href='/'>Back to the map</a></p></main></body></html>",
        status_code=status)


def create_app(db: str | os.PathLike[str], *, settings: Settings | None = None, limits: Limits | None = None,
               check: bool = True) -> Starlette:
    """The rasd web application over the store ``db`` (opened read-only).

    ``settings`` configure the pipeline behind ``POST /api/v1/extract`` (built on first use); ``limits`` bound
    what one request may ask (:class:`Limits`). ``check`` opens the database once now, so a wrong path raises
    :class:`rasd.errors.StoreError` here instead of on the first request.
    """
    limits = limits or Limits()
    if check:
        open_check(db)
    pool = Pool(db, size=limits.pool_size, query_timeout=limits.query_timeout)
    cache = (ResponseCache(str(db), max_entries=limits.cache_entries, max_fragments=limits.event_rows)
             if limits.cache_entries > 0 else None)
    ctx = ApiContext(pool=pool, limits=limits, settings=settings, cache=cache)

    from rasd.web.pages import page_routes

    async def on_api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        if wants_json(request):
            return error_response(exc)
        return _html_error(exc.status, exc.message)

    async def on_rasd_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RasdError)
        return await on_api_error(request, from_rasd_error(exc))

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = {404: "rasd.web.not_found", 405: "rasd.web.method"}.get(exc.status_code, "rasd.web.http")
        message = {404: f"no such path: {request.url.path[:200]}",
                   405: f"{request.method} is not allowed here"}.get(exc.status_code, str(exc.detail))
        err = ApiError(exc.status_code, code, message)
        if wants_json(request):
            return error_response(err, headers=dict(exc.headers or {}))
        return _html_error(exc.status_code, message)

    async def on_crash(request: Request, exc: Exception) -> Response:
        _log.exception("internal error on %s %s", request.method, request.url.path)
        err = ApiError(500, "rasd.internal", f"internal error: {type(exc).__name__}", "please report it")
        return error_response(err) if wants_json(request) else _html_error(500, err.message)

    routes: list[Any] = [
        *api_routes(ctx),
        *page_routes(ctx),
        Mount("/static", app=StaticFiles(directory=str(STATIC_DIR), follow_symlink=False), name="static"),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={ApiError: on_api_error, RasdError: on_rasd_error, HTTPException: on_http,
                            Exception: on_crash},
        lifespan=_lifespan(ctx),
    )
    app.state.ctx = ctx
    app.add_middleware(_SecurityHeaders)
    return app


CONFIG_ENV = "RASD_WEB_CONFIG"


def worker_config(db: str | os.PathLike[str], *, settings: Settings | None = None, limits: Limits | None = None) -> str:
    """The configuration :func:`app_from_env` reads, as the JSON that ``rasd serve --workers N`` puts in the
    environment variable :data:`CONFIG_ENV` (each uvicorn worker process builds its own app from it)."""
    import dataclasses
    import json

    return json.dumps({"db": os.fspath(db), "settings": settings.to_dict() if settings else None,
                       "limits": dataclasses.asdict(limits or Limits())})


def app_from_env() -> Starlette:
    """App factory for uvicorn worker processes: ``uvicorn --factory rasd.web.app:app_from_env`` with
    :data:`CONFIG_ENV` set by :func:`worker_config`."""
    import json

    raw = os.environ.get(CONFIG_ENV)
    if not raw:
        raise RasdError(f"{CONFIG_ENV} is not set", hint="start the server with `rasd serve`")
    cfg = json.loads(raw)
    st = cfg.get("settings")
    settings = Settings(**{**st, "pipeline": tuple(st["pipeline"])}) if st else None
    return create_app(cfg["db"], settings=settings, limits=Limits(**cfg.get("limits", {})))
