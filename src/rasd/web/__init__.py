"""HTTP API and dashboard over a rasd store: the only place that maps errors to HTTP.

:func:`create_app` builds the ASGI application (Starlette) for one database, opened read-only; ``rasd serve``
runs it with uvicorn. See :mod:`rasd.web.api` for the endpoints and :mod:`rasd.web.errors` for the error codes.
"""

from rasd.web.api import Limits
from rasd.web.app import create_app

__all__ = ["Limits", "create_app"]
