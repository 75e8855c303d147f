"""The event coder as a pipeline component, ``rasd.events.v1``.

It needs the text layer (sentences with clauses, tokens) and reads the mentions, actors and places that the NER,
actor-linking and geocoding components put on the document; without linked actors it codes no events (no event
without an actor). It assigns ``events``.
"""

from __future__ import annotations

import hashlib

from rasd.config import Settings
from rasd.doc import Document
from rasd.events.codebook import resource_bytes
from rasd.events.coder import EventCoder
from rasd.pipeline import register

__all__ = ["EventComponent"]

_RESOURCES = ("codebook.toml", "triggers.tsv", "discards.tsv", "cues.tsv")


class EventComponent:
    name = "rasd.events.v1"
    requires: tuple[str, ...] = ("sentences", "tokens")
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._coder: EventCoder | None = None

    @property
    def coder(self) -> EventCoder:
        if self._coder is None:  # lazily: the lexicon loads on first use
            self._coder = EventCoder()
        return self._coder

    def fingerprint(self) -> str:
        h = hashlib.sha256(b"events.v1")
        for name in _RESOURCES:
            h.update(resource_bytes(name))
        return h.hexdigest()[:12]

    def __call__(self, doc: Document) -> Document:
        return doc.replace(events=self.coder(doc))


@register(EventComponent.name, requires=EventComponent.requires, assigns=EventComponent.assigns)
def _make(settings: Settings) -> EventComponent:
    return EventComponent(settings)
