"""Components and the pipeline.

A component is a small ``Document -> Document`` callable that declares what it ``requires`` and what it
``assigns`` (names of :class:`~rasd.doc.Document` fields: ``sentences``, ``tokens``, ``mentions``, ``actors``,
``places``, ``events``). Components are registered under versioned names (``"rasd.text.v1"``) with a factory that
receives the resolved :class:`~rasd.config.Settings`; a :class:`Pipeline` is built from a list of names, checked
once (every problem reported at once), and then applied to any number of documents.

The pipeline's :attr:`~Pipeline.fingerprint` hashes component names, versions and the content of the resources
each one declares, so stored output can say exactly what produced it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from rasd.doc import Document
from rasd.errors import PipelineError

if TYPE_CHECKING:
    from rasd.config import Settings

__all__ = ["FIELDS", "Component", "Pipeline", "register", "registered"]

FIELDS = ("sentences", "tokens", "mentions", "actors", "places", "events")


@runtime_checkable
class Component(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...

    def fingerprint(self) -> str:
        """A short stable string identifying this component's behaviour (version + resource hashes)."""
        ...


Factory = Callable[["Settings"], Component]


@dataclass(frozen=True)
class _Entry:
    name: str
    factory: Factory
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


_REGISTRY: dict[str, _Entry] = {}


def register(name: str, *, requires: tuple[str, ...], assigns: tuple[str, ...]) -> Callable[[Factory], Factory]:
    """Register a component factory under a versioned name (used as a decorator at import time)."""

    def deco(factory: Factory) -> Factory:
        _REGISTRY[name] = _Entry(name, factory, requires, assigns)
        return factory

    return deco


def _load_builtins() -> None:
    # Importing the modules registers their components.
    import importlib

    for mod in ("rasd.text.component", "rasd.ner.component", "rasd.actors.component", "rasd.geo.component",
                "rasd.events.component"):
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            # A component package that is not installed (or not built yet) is simply not registered; a missing
            # dependency *inside* an existing component is a real error.
            if not exc.name or not (mod == exc.name or mod.startswith(exc.name + ".")):
                raise


def registered() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Every registered component name with its (requires, assigns)."""
    _load_builtins()
    return {k: (e.requires, e.assigns) for k, e in sorted(_REGISTRY.items())}


class Pipeline:
    """An ordered list of components, validated when built."""

    def __init__(self, components: list[Component]) -> None:
        self.components = components
        problems: list[str] = []
        have: set[str] = set()
        for c in components:
            missing = [r for r in c.requires if r not in have]
            if missing:
                problems.append(f"component {c.name!r} requires {missing}, which no earlier component assigns")
            bad = [a for a in c.assigns if a not in FIELDS]
            if bad:
                problems.append(f"component {c.name!r} assigns unknown fields {bad}")
            have.update(c.assigns)
        if problems:
            raise PipelineError("; ".join(problems))
        h = hashlib.sha256()
        for c in components:
            h.update(c.name.encode())
            h.update(b"\0")
            h.update(c.fingerprint().encode())
            h.update(b"\0")
        self.fingerprint = h.hexdigest()[:16]

    @classmethod
    def from_settings(cls, settings: Settings) -> Pipeline:
        _load_builtins()
        unknown = [n for n in settings.pipeline if n not in _REGISTRY]
        if unknown:
            raise PipelineError(
                f"unknown pipeline components {unknown}; known: {sorted(_REGISTRY)}",
            )
        return cls([_REGISTRY[n].factory(settings) for n in settings.pipeline])

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, doc: Document) -> Document:
        for c in self.components:
            doc = c(doc)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for d in docs:
            yield self(d)
