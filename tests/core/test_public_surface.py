"""The public surface is small, typed and documented: __all__, CLI commands and settings."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import click

import rasd
from rasd.cli import _COMMANDS, cli
from rasd.config import Settings

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_all_is_exact_and_importable() -> None:
    assert sorted(rasd.__all__) == sorted(set(rasd.__all__))
    for name in rasd.__all__:
        assert hasattr(rasd, name), name
    assert {"extract", "Document", "Settings", "RasdError"} <= set(rasd.__all__)


def test_py_typed_is_shipped() -> None:
    assert (Path(rasd.__file__).parent / "py.typed").exists()


def _commands() -> list[tuple[str, click.Command]]:
    out = []
    ctx = click.Context(cli)
    for name in _COMMANDS:
        cmd = cli.get_command(ctx, name)
        assert cmd is not None, name
        out.append((name, cmd))
        if isinstance(cmd, click.Group):
            out.extend((f"{name} {sub}", cmd.commands[sub]) for sub in cmd.commands)
    return out


def test_every_command_and_option_is_documented() -> None:
    doc = (DOCS / "cli.md").read_text(encoding="utf-8")
    missing = []
    for name, cmd in _commands():
        if isinstance(cmd, click.Group):
            continue
        if not re.search(rf"^## rasd {re.escape(name)}\b", doc, re.MULTILINE):
            missing.append(f"command 'rasd {name}'")
            continue
        for p in cmd.params:
            for opt in getattr(p, "opts", []):
                if opt.startswith("--") and opt not in doc:
                    missing.append(f"option {opt} of 'rasd {name}'")
    assert not missing, "undocumented in docs/cli.md: " + ", ".join(missing)


def test_every_setting_is_documented() -> None:
    doc = (DOCS / "configuration.md").read_text(encoding="utf-8")
    for f in dataclasses.fields(Settings):
        assert f"`{f.name}`" in doc, f"setting {f.name} missing from docs/configuration.md"
