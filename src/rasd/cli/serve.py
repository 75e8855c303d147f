"""``rasd serve``: the HTTP API and the dashboard over a store, read-only."""

from __future__ import annotations

from typing import Any

import click

from rasd.cli.common import settings_from, settings_options, warn

__all__ = ["serve"]


@click.command()
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False),
              help="The rasd SQLite database (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the server to the network).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="TCP port.")
@click.option("--query-timeout", type=click.FloatRange(0.1, 600), default=5.0, show_default=True,
              help="Seconds one database query may run before it is stopped (HTTP 503).")
@click.option("--max-body", type=click.IntRange(1_000, 100_000_000), default=1_000_000, show_default=True,
              help="Largest POST body accepted by /api/v1/extract, in bytes (HTTP 413 above).")
@click.option("--no-cache", is_flag=True,
              help="Do not keep recent API answers (by default recent answers are reused until the database changes).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes (each with its own connections and cache); 2 suits a 2-core machine.")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              default="info", show_default=True, help="uvicorn log level.")
@settings_options
def serve(db: str, host: str, port: int, query_timeout: float, max_body: int, no_cache: bool, workers: int,
          log_level: str, **kwargs: Any) -> None:
    """Serve the HTTP API (/api/v1, OpenAPI at /api/v1/openapi.json) and the dashboard (map, timeline, actor
    network, articles with their evidence, framing) for the database --db.

    The database is opened read-only; POST /api/v1/extract runs the pipeline on posted text and stores nothing.
    """
    import uvicorn

    from rasd.web import Limits, create_app

    settings = settings_from(kwargs)
    limits = Limits(query_timeout=query_timeout, max_body=max_body,
                    cache_entries=0 if no_cache else Limits().cache_entries)
    app = create_app(db, settings=settings, limits=limits)
    if host not in ("127.0.0.1", "localhost", "::1"):
        warn(f"listening on {host}: the dashboard and API are reachable from other machines")
    click.echo(f"rasd: serving {db} on http://{'[' + host + ']' if ':' in host else host}:{port}/ "
               f"(API: /api/v1, OpenAPI: /api/v1/openapi.json); Ctrl-C stops", err=True)
    common: dict[str, Any] = {"host": host, "port": port, "log_level": log_level,
                              "access_log": log_level == "debug", "server_header": False, "timeout_keep_alive": 15}
    import sys

    # hand the interpreter lock to the event loop sooner while query threads run (default: every 5 ms)
    sys.setswitchinterval(0.001)
    if workers == 1:
        uvicorn.run(app, **common)
        return
    import os

    from rasd.web.app import CONFIG_ENV, worker_config

    os.environ[CONFIG_ENV] = worker_config(os.path.abspath(db), settings=settings, limits=limits)
    uvicorn.run("rasd.web.app:app_from_env", factory=True, workers=workers, **common)
