"""Shared CLI pieces: error reporting without tracebacks, settings options, stderr messages."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from rasd.config import Settings, resolve
from rasd.errors import RasdError

F = TypeVar("F", bound=Callable[..., Any])

__all__ = ["fail", "run_guarded", "settings_from", "settings_options", "warn"]


def warn(message: str) -> None:
    """One line on stderr."""
    click.echo(f"rasd: {message}", err=True)


def fail(exc: RasdError) -> None:
    hint = f" ({exc.hint})" if exc.hint else ""
    click.echo(f"rasd: error [{exc.code}]: {exc}{hint}", err=True)


def run_guarded(cmd: click.Command, argv: list[str]) -> int:
    """Run a click command; map RasdError and unexpected exceptions to one-line messages and exit codes."""
    try:
        cmd.main(args=argv, prog_name="rasd", standalone_mode=False)
        return 0
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("rasd: aborted", err=True)
        return 130
    except RasdError as exc:
        fail(exc)
        return 1
    except BrokenPipeError:
        sys.stdout = None  # the reader went away: nothing left to flush at exit
        return 0
    except KeyboardInterrupt:
        click.echo("rasd: interrupted", err=True)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last guard: never a traceback for the user
        click.echo(f"rasd: internal error: {type(exc).__name__}: {exc} (please report it)", err=True)
        return 2


def settings_options(f: F) -> F:
    """--config, --pipeline and --max-chars, shared by every command that runs the pipeline."""
    f = click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
                     help="Settings file (TOML).")(f)
    f = click.option("--pipeline", default=None, help="Comma-separated component names (default: all).")(f)
    f = click.option("--max-chars", type=int, default=None, help="Reject longer documents (default 2,000,000).")(f)
    return f


def settings_from(kwargs: dict[str, Any]) -> Settings:
    return resolve(
        config_file=kwargs.pop("config_file", None),
        overrides={"pipeline": kwargs.pop("pipeline", None), "max_chars": kwargs.pop("max_chars", None)},
    )
