"""Query commands over a store: ``rasd events``, ``rasd actors``, ``rasd places``, ``rasd search``,
``rasd labels`` and ``rasd export``. They only format what :mod:`rasd.store.query` returns."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from rasd.errors import StoreError

__all__ = ["actors", "events", "export", "labels", "places", "search"]

F = TypeVar("F", bound=Callable[..., Any])


def _db_option(f: F) -> F:
    return click.option("--db", "db", required=True, type=click.Path(dir_okay=False),
                        help="The rasd SQLite database (from `rasd ingest`).")(f)


def _format_option(f: F) -> F:
    return click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
                        show_default=True, help="Output: a table, JSON Lines or CSV.")(f)


def _guard(f: F) -> F:
    """Database errors met while querying become rasd errors (a clear message, exit 1)."""
    import functools
    import sqlite3

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except sqlite3.DatabaseError as exc:
            from rasd.errors import CorruptStoreError

            msg = str(exc).lower()
            if "malformed" in msg or "not a database" in msg or "corrupt" in msg:
                raise CorruptStoreError(f"{kwargs.get('db')}: the database is damaged ({exc})") from exc
            raise StoreError(f"{kwargs.get('db')}: {exc}") from exc

    return wrapper  # type: ignore[return-value]


def _open(db: str) -> Any:
    from rasd.store.db import connect

    return connect(db, readonly=True)


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4:
        raise click.BadParameter("want min_lon,min_lat,max_lon,max_lat (four numbers)", param_hint="--bbox")
    return (parts[0], parts[1], parts[2], parts[3])


def _short(v: Any, width: int) -> str:
    s = "" if v is None else str(v).replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


def emit(rows: list[dict[str, Any]], fmt: str, columns: list[str], widths: dict[str, int] | None = None) -> None:
    """Print rows as a table (``columns`` only), or every key as JSON Lines / CSV."""
    out = sys.stdout
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        keys = list(rows[0]) if rows else columns
        w = csv.DictWriter(out, fieldnames=keys, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in keys})
    else:
        from rich.console import Console
        from rich.table import Table

        t = Table(show_lines=False, pad_edge=False)
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*(_short(r.get(c), (widths or {}).get(c, 40)) for c in columns))
        Console(file=out, width=None if out.isatty() else 200).print(t)
        if not rows:
            click.echo("(no rows)", err=True)
    out.flush()


def _filter_options(f: F) -> F:
    opts = [
        click.option("--type", "types", multiple=True, help="PLOVER event type (repeatable), e.g. ASSAULT."),
        click.option("--mode", default=None, help="PLOVER mode, e.g. aerial."),
        click.option("--actor", default=None, help="Actor (English or Arabic name, dictionary or Wikidata id)."),
        click.option("--recipient", default=None, help="Recipient actor, as --actor."),
        click.option("--country", default=None,
                     help="Two letters: place country (ISO alpha-2); three: an actor's country (alpha-3)."),
        click.option("--place", default=None, help="Place name (English or Arabic), admin1 or gazetteer id."),
        click.option("--bbox", default=None, help="min_lon,min_lat,max_lon,max_lat."),
        click.option("--from", "date_from", default=None, help="First day (ISO date, inclusive)."),
        click.option("--to", "date_to", default=None, help="Last day (ISO date, inclusive)."),
        click.option("--source", "sources", multiple=True, help="Outlet (repeatable)."),
        click.option("--text", default=None, help="Full-text search in the article."),
        click.option("--polarity", type=click.Choice(["asserted", "negated"]), default=None),
        click.option("--modality", default=None, help="actual, planned, hypothetical, demanded, threatened."),
    ]
    for o in reversed(opts):
        f = o(f)
    return f


def _event_filter(kw: dict[str, Any], limit: int, offset: int = 0) -> Any:
    from rasd.store.query import EventFilter

    return EventFilter(
        types=tuple(kw["types"]), mode=kw["mode"], actor=kw["actor"], recipient=kw["recipient"],
        country=kw["country"], place=kw["place"], bbox=_bbox(kw["bbox"]), date_from=kw["date_from"],
        date_to=kw["date_to"], sources=tuple(kw["sources"]), text=kw["text"], polarity=kw["polarity"],
        modality=kw["modality"], limit=limit, offset=offset,
    )


@click.command()
@_db_option
@_filter_options
@click.option("--merged", is_flag=True, help="One row per story event (reports of one event merged), with counts.")
@click.option("--limit", type=int, default=50, show_default=True, help="Rows to show (0 = all).")
@click.option("--offset", type=int, default=0, help="Skip this many rows.")
@_format_option
@_guard
def events(db: str, merged: bool, limit: int, offset: int, fmt: str, **kw: Any) -> None:
    """List coded events in the database, newest first (or story events with --merged, most reported first)."""
    from rasd.store import query

    conn = _open(db)
    f = _event_filter(kw, limit, offset)
    if merged:
        rows = query.stories(conn, f)
        emit(rows, fmt, ["story_id", "n_reports", "n_sources", "type", "day_first", "actor", "recipient", "place",
                         "sources", "evidence"], {"evidence": 60})
    else:
        rows = query.events(conn, f)
        emit(rows, fmt, ["day", "type", "mode", "actor", "recipient", "place", "source", "trigger", "evidence"],
             {"evidence": 60})


@click.command()
@_db_option
@click.option("--name", default=None, help="Only this actor (English or Arabic name, or id).")
@click.option("--kind", default=None, help="state, state_body, armed_group, party, igo, ngo, person, media, other.")
@click.option("--country", default=None, help="ISO alpha-3.")
@click.option("--limit", type=int, default=50, show_default=True, help="Rows to show (0 = all).")
@_format_option
@_guard
def actors(db: str, name: str | None, kind: str | None, country: str | None, limit: int, fmt: str) -> None:
    """List actors across articles with article, mention and event counts."""
    from rasd.store import query

    rows = query.actors(_open(db), name=name, kind=kind, country=country, limit=limit)
    emit(rows, fmt, ["name", "name_ar", "kind", "country", "n_documents", "n_mentions", "n_events_actor",
                     "n_events_recipient"])


@click.command()
@_db_option
@click.option("--name", default=None, help="Only this place (English or Arabic name, admin1, gazetteer id).")
@click.option("--country", default=None, help="ISO alpha-2.")
@click.option("--bbox", default=None, help="min_lon,min_lat,max_lon,max_lat.")
@click.option("--limit", type=int, default=50, show_default=True, help="Rows to show (0 = all).")
@_format_option
@_guard
def places(db: str, name: str | None, country: str | None, bbox: str | None, limit: int, fmt: str) -> None:
    """List places across articles with article and event counts."""
    from rasd.store import query

    rows = query.places(_open(db), name=name, country=country, bbox=_bbox(bbox), limit=limit)
    emit(rows, fmt, ["name", "name_ar", "country", "admin1", "feature", "lat", "lon", "n_documents", "n_events"])


@click.command()
@click.argument("text")
@_db_option
@click.option("--source", "sources", multiple=True, help="Outlet (repeatable).")
@click.option("--from", "date_from", default=None, help="First publication date (ISO).")
@click.option("--to", "date_to", default=None, help="Last publication date (ISO).")
@click.option("--limit", type=int, default=20, show_default=True, help="Rows to show.")
@_format_option
@_guard
def search(text: str, db: str, sources: tuple[str, ...], date_from: str | None, date_to: str | None, limit: int,
           fmt: str) -> None:
    """Full-text search of the articles: every word must occur, "quoted words" as a phrase. Arabic spelling
    variants and clitics are handled («الجيش» finds «والجيش» and «للجيش»)."""
    from rasd.store import query

    rows = query.search(_open(db), text, sources=sources, date_from=date_from, date_to=date_to, limit=limit)
    emit(rows, fmt, ["doc_id", "date", "source", "title", "snippet"], {"snippet": 90, "title": 50})


@click.command()
@_db_option
@click.option("--actor", default=None, help="Only this actor (English or Arabic name, or id).")
@click.option("--source", "sources", multiple=True, help="Outlet (repeatable).")
@click.option("--min-count", type=int, default=1, show_default=True, help="Hide rarer labels.")
@click.option("--limit", type=int, default=0, help="Rows to show (0 = all).")
@_format_option
@_guard
def labels(db: str, actor: str | None, sources: tuple[str, ...], min_count: int, limit: int, fmt: str) -> None:
    """Framing: for each actor, the descriptors each outlet attaches to it («التنظيم الإرهابي», «الميليشيا»), counted."""
    from rasd.store import query

    rows = query.labels(_open(db), actor=actor, sources=sources, min_count=min_count, limit=limit)
    emit(rows, fmt, ["actor", "actor_ar", "source", "label", "n", "n_documents"])


@click.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "geojson"]), required=True,
              help="jsonl: documents (rasd.document/1); csv: ACLED-style events; parquet: the same table; "
                   "geojson: events with a place.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="Output file (- for stdout, except parquet).")
@click.option("--merged", is_flag=True, help="Events: one row per story event with its report count.")
@_filter_options
@_guard
def export(db: str, fmt: str, out: str, merged: bool, **kw: Any) -> None:
    """Export the database (or the events selected by the filters)."""
    from rasd.cli.common import warn
    from rasd.store.export import export as run_export

    conn = _open(db)
    filtered = any(v for v in kw.values())
    f = _event_filter(kw, 0) if filtered else None
    if fmt == "parquet" and out == "-":
        raise StoreError("Parquet cannot go to stdout; give --out FILE")
    target: Any = sys.stdout if out == "-" else out
    n = run_export(conn, fmt, target, f=f, merged=merged)
    what = "documents" if fmt == "jsonl" else ("story events" if merged else "events")
    warn(f"export: {n:,} {what} -> {out}")
    if out == "-":
        sys.stdout.flush()
