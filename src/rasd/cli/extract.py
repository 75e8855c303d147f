"""``rasd extract``: print rasd.document/1 JSON for each article."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from rasd.cli.common import settings_from, settings_options, warn
from rasd.errors import RasdError

__all__ = ["extract"]


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default=None,
              help="json: one object for a single article (the default then); jsonl: one line per article "
                   "(the default for several).")
@click.option("--pretty", is_flag=True, help="Indent JSON (single-article json output only).")
@click.option("--strict", is_flag=True, help="Exit 1 when any article fails (default: only when none succeeds).")
@click.option("--text-column", default=None, help="CSV/JSON field holding the text (default: text or content).")
@settings_options
def extract(paths: tuple[str, ...], fmt: str | None, pretty: bool, strict: bool, text_column: str | None,
            **kwargs: Any) -> None:
    """Extract mentions, actors, places and events from articles in PATHS (files, directories, - for stdin).

    Inputs: .txt, .jsonl, .json, .csv, .tsv, .html, any of them .gz; encodings UTF-8/16, Windows-1256,
    ISO-8859-6. An article that cannot be read or processed is reported on stderr and skipped.
    """
    from rasd.api import load_pipeline
    from rasd.io import InputFailure, iter_inputs
    from rasd.serialize import to_dict

    if not paths:
        if sys.stdin.isatty():
            raise click.UsageError("give one or more PATHs, or - to read stdin")
        paths = ("-",)
    extractor = load_pipeline(settings_from(kwargs))
    out = sys.stdout
    ok = failed = 0
    pending: dict[str, Any] | None = None  # held back until we know whether there is more than one article

    def emit(obj: dict[str, Any], as_line: bool) -> None:
        if as_line:
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        else:
            out.write(json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None) + "\n")

    for item in iter_inputs(paths, text_column=text_column):
        if isinstance(item, InputFailure):
            failed += 1
            warn(f"error [{item.code}]: {item.message}")
            continue
        try:
            obj = to_dict(extractor(item))
        except RasdError as exc:
            failed += 1
            where = dict(item.meta.extra).get("file") or item.id
            warn(f"error [{exc.code}]: {where}: {exc}")
            continue
        ok += 1
        if fmt == "jsonl":
            emit(obj, True)
        elif pending is None and ok == 1:
            pending = obj
        else:
            if pending is not None:
                emit(pending, True)
                pending = None
            emit(obj, True)
    if pending is not None:
        emit(pending, fmt == "jsonl")
    out.flush()
    if failed and ok:
        warn(f"{ok} article(s) extracted, {failed} failed")
    if failed and (strict or ok == 0):
        sys.exit(1)
