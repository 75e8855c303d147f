"""Settings: one validated, frozen object resolved once at the edge from defaults, a TOML file, ``RASD_*``
environment variables and command-line flags (later sources win). Nothing below this module reads the
environment.

Settings (TOML key = environment variable without the ``RASD_`` prefix, lower-cased):

- ``pipeline`` (list of component names; env: comma-separated) — the components to run, in order.
- ``max_chars`` (int, default 2,000,000) — longer documents are rejected with ``rasd.input.too_large``.
- ``taa_marbuta`` (bool, default true) — normalise ة to ه when matching.
- ``ner_mode`` (``fast``) — which NER model to use.
- ``default_country`` (ISO alpha-3 or empty) — country context for bare generic actors when an article has none.
- ``workers`` (int, default 0 = number of cores) — worker processes for ``ingest`` / ``batch``.

One environment variable is not a setting, since it changes no output: ``RASD_PURE_PYTHON=1`` makes the text layer
run its pure-Python reference code instead of the compiled fast path (:func:`pure_python_requested`, read here,
once, when ``rasd.text`` is first imported).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.errors import ConfigError

__all__ = ["DEFAULT_PIPELINE", "PURE_PYTHON_ENV", "Settings", "pure_python_requested", "resolve"]

#: forces the text layer's pure-Python path (same output as the compiled one; for tests and comparison)
PURE_PYTHON_ENV = "RASD_PURE_PYTHON"


def pure_python_requested(env: Mapping[str, str] | None = None) -> bool:
    """Whether :data:`PURE_PYTHON_ENV` asks for the pure-Python text layer (any value but empty, 0, false, no)."""
    value = (os.environ if env is None else env).get(PURE_PYTHON_ENV, "")
    return value.strip().lower() not in ("", "0", "false", "no")

# Components are appended here as they land: text, ner, actors, geo, events.
DEFAULT_PIPELINE: tuple[str, ...] = (
    "rasd.text.v1",
    "rasd.ner.v1",
    "rasd.actors.v1",
    "rasd.geo.v1",
    "rasd.events.v1",
)


@dataclass(frozen=True)
class Settings:
    pipeline: tuple[str, ...] = DEFAULT_PIPELINE
    max_chars: int = 2_000_000
    taa_marbuta: bool = True
    ner_mode: str = "fast"
    default_country: str = ""
    workers: int = 0

    def __post_init__(self) -> None:
        if self.max_chars <= 0:
            raise ConfigError(f"max_chars must be positive, got {self.max_chars}")
        if self.workers < 0:
            raise ConfigError(f"workers must be >= 0, got {self.workers}")
        if self.ner_mode not in ("fast",):
            raise ConfigError(f"ner_mode must be 'fast', got {self.ner_mode!r}")
        if self.default_country and len(self.default_country) != 3:
            raise ConfigError(f"default_country must be an ISO alpha-3 code, got {self.default_country!r}")

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["pipeline"] = list(self.pipeline)
        return d


_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def _coerce(name: str, value: Any, source: str) -> Any:
    kind = _FIELDS[name].type
    try:
        if name == "pipeline":
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise ValueError("want a list of component names")
            return tuple(value)
        if kind == "int" or kind is int:
            if isinstance(value, bool):
                raise ValueError("want an integer")
            return int(value)
        if kind == "bool" or kind is bool:
            if isinstance(value, str):
                low = value.strip().lower()
                if low in ("1", "true", "yes", "on"):
                    return True
                if low in ("0", "false", "no", "off"):
                    return False
                raise ValueError("want true or false")
            if not isinstance(value, bool):
                raise ValueError("want true or false")
            return value
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{source}: setting {name!r}: {exc}") from exc


def resolve(
    *,
    config_file: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Resolve settings from defaults < TOML file < environment (``RASD_*``) < overrides."""
    values: dict[str, Any] = {}
    if config_file is not None:
        path = Path(config_file)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"settings file not found: {path}") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
        table = data.get("rasd", data)
        for k, v in table.items():
            if k not in _FIELDS:
                raise ConfigError(f"{path}: unknown setting {k!r}; known: {sorted(_FIELDS)}")
            values[k] = _coerce(k, v, str(path))
    environ = os.environ if env is None else env
    for k, v in environ.items():
        if k.startswith("RASD_"):
            name = k[5:].lower()
            if name in _FIELDS:
                values[name] = _coerce(name, v, f"environment {k}")
    for k, v in (overrides or {}).items():
        if v is None:
            continue
        if k not in _FIELDS:
            raise ConfigError(f"unknown setting {k!r}")
        values[k] = _coerce(k, v, "command line")
    return Settings(**values)
