"""The actor linker as a pipeline component, ``rasd.actors.v1`` (see :mod:`rasd.actors.linker`)."""

from __future__ import annotations

import dataclasses
import hashlib
from importlib import resources

from rasd.actors.dictionary import load
from rasd.actors.linker import GENERIC_SOURCE, LEXICON_SOURCE, Linker
from rasd.config import Settings
from rasd.doc import Document
from rasd.pipeline import register

__all__ = ["ActorLinker"]


class ActorLinker:
    name = "rasd.actors.v1"
    requires: tuple[str, ...] = ("tokens",)
    assigns: tuple[str, ...] = ("mentions", "actors")

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._linker: Linker | None = None

    @property
    def linker(self) -> Linker:
        if self._linker is None:  # the dictionary loads on first use, once per process
            self._linker = Linker(load(), self.settings.default_country)
        return self._linker

    def fingerprint(self) -> str:
        table = resources.files("rasd.resources").joinpath("actors", "romanize.tsv.gz").read_bytes()
        return hashlib.sha256(b"actors.v1\0" + load().fingerprint.encode() + b"\0" + table).hexdigest()[:12]

    def __call__(self, doc: Document) -> Document:
        # Idempotent: mentions this component added before are dropped and links recomputed.
        if doc.actors or any(m.source in (LEXICON_SOURCE, GENERIC_SOURCE) for m in doc.mentions):
            kept = tuple(dataclasses.replace(m, actor=None, descriptors=()) for m in doc.mentions
                         if m.source not in (LEXICON_SOURCE, GENERIC_SOURCE))
            doc = doc.replace(mentions=kept, actors=())
        return self.linker(doc)


@register(ActorLinker.name, requires=ActorLinker.requires, assigns=ActorLinker.assigns)
def _make(settings: Settings) -> ActorLinker:
    return ActorLinker(settings)
