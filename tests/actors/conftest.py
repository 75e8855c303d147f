from __future__ import annotations

import pytest

from rasd.actors.component import ActorLinker
from rasd.config import Settings
from rasd.doc import Document, Meta
from rasd.text.component import TextLayer


@pytest.fixture(scope="session")
def text_layer() -> TextLayer:
    return TextLayer()


@pytest.fixture(scope="session")
def linker() -> ActorLinker:
    return ActorLinker(Settings())


@pytest.fixture(scope="session")
def link(text_layer: TextLayer, linker: ActorLinker):  # type: ignore[no-untyped-def]
    """Run text + actors on an Arabic string (optionally with a date and pre-existing NER mentions)."""

    def run(text: str, date: str | None = None, mentions: tuple = ()) -> Document:  # type: ignore[type-arg]
        doc = text_layer(Document("t", text, Meta(date=date)))
        if mentions:
            doc = doc.replace(mentions=mentions)
        return linker(doc)

    return run


def actor_of(doc: Document, surface: str) -> str | None:
    """English name of the actor linked to the first mention whose text is ``surface``."""
    for m in doc.mentions:
        if m.text == surface:
            a = next((a for a in doc.actors if a.id == m.actor), None)
            return a.name if a else None
    raise AssertionError(f"no mention {surface!r} in {[m.text for m in doc.mentions]}")
