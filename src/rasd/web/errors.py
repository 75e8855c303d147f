"""HTTP errors: every failure the API reports is JSON with a stable code.

``{"error": {"code": "rasd.web.bad_param", "status": 400, "message": "...", "hint": "..."}}``

Codes reuse :mod:`rasd.errors` where they fit (``rasd.input.too_large`` for an oversized body or text,
``rasd.input.format`` for malformed JSON, ``rasd.store`` for an unreadable database) and add the web's own:

=============================  ======  ==========================================================
code                           status  meaning
=============================  ======  ==========================================================
``rasd.web.bad_param``         400     a query or body parameter is missing, malformed or out of range
``rasd.web.not_found``         404     no such route, document, story or file
``rasd.web.method``            405     the route exists but not for this HTTP method
``rasd.web.media_type``        415     ``POST`` body is not ``application/json`` or ``text/plain``
``rasd.input.too_large``       413     body or text over the server's limit
``rasd.input.format``          400     body is not valid JSON / not UTF-8
``rasd.web.timeout``           503     the query ran past the server's time limit
``rasd.web.busy``              503     every database connection stayed busy past the limit
``rasd.store``                 503     the database cannot be read
``rasd.internal``              500     a bug in rasd (please report it)
=============================  ======  ==========================================================
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from rasd.errors import CorruptStoreError, InputError, InputTooLargeError, RasdError, StoreError

__all__ = ["ApiError", "bad_param", "error_response", "from_rasd_error", "not_found"]


class ApiError(Exception):
    """An error the web layer answers with ``status`` and a JSON body (raised by handlers and parsers)."""

    def __init__(self, status: int, code: str, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.hint = hint


def bad_param(name: str, problem: str) -> ApiError:
    return ApiError(400, "rasd.web.bad_param", f"parameter {name!r}: {problem}",
                    "see /api/v1/openapi.json for the parameters each endpoint takes")


def not_found(what: str) -> ApiError:
    return ApiError(404, "rasd.web.not_found", f"{what} not found")


def from_rasd_error(exc: RasdError) -> ApiError:
    """Map the library's errors to HTTP: bad input is the caller's (4xx), a bad store is the server's (503)."""
    if isinstance(exc, InputTooLargeError):
        return ApiError(413, exc.code, exc.message, exc.hint)
    if isinstance(exc, InputError):
        return ApiError(400, exc.code, exc.message, exc.hint)
    if isinstance(exc, CorruptStoreError):
        return ApiError(503, exc.code, exc.message, exc.hint)
    if isinstance(exc, StoreError):
        # the query library raises StoreError for filter values it cannot use (a bad bbox, a bad country code)
        return ApiError(400, "rasd.web.bad_param", exc.message, exc.hint)
    return ApiError(500, exc.code, exc.message, exc.hint)


def error_response(err: ApiError, headers: dict[str, str] | None = None) -> Response:
    body: dict[str, Any] = {"error": {"code": err.code, "status": err.status, "message": err.message}}
    if err.hint:
        body["error"]["hint"] = err.hint
    return JSONResponse(body, status_code=err.status, headers=headers)


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", "")
