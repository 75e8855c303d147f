"""The ``rasd`` command line: the only place that prints or picks exit codes.

Each command lives in its own module under ``rasd.cli`` and is listed in ``_COMMANDS`` (module, attribute);
they are imported lazily so ``rasd --help`` and ``rasd extract`` start fast.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

__all__ = ["main"]

# name -> (module, attribute). Add new commands here.
_COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("rasd.cli.extract", "extract"),
    "serve": ("rasd.cli.serve", "serve"),
    "geocode": ("rasd.cli.geocode", "geocode"),
    "train": ("rasd.cli.train", "train"),
    "eval": ("rasd.cli.eval", "eval_group"),
    "ingest": ("rasd.cli.ingest", "ingest"),
    "events": ("rasd.cli.query", "events"),
    "actors": ("rasd.cli.query", "actors"),
    "places": ("rasd.cli.query", "places"),
    "search": ("rasd.cli.query", "search"),
    "labels": ("rasd.cli.query", "labels"),
    "export": ("rasd.cli.query", "export"),
    "batch": ("rasd.cli.batch", "batch"),
    "load": ("rasd.cli.load", "load"),
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(_COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.commands:
            return self.commands[name]
        if name not in _COMMANDS:
            return None
        mod, attr = _COMMANDS[name]
        cmd = getattr(importlib.import_module(mod), attr)
        assert isinstance(cmd, click.Command)
        return cmd


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rasd")
def cli() -> None:
    """rasd (رصد): Arabic news to evidence-linked event data (actors, places, PLOVER events)."""


def main(argv: list[str] | None = None) -> Any:
    from rasd.cli.common import run_guarded

    return run_guarded(cli, argv if argv is not None else sys.argv[1:])
