"""Helpers for event tests: Documents built by hand (text layer run, mentions/actors/places filled in)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from rasd.doc import Actor, Document, Mention, Meta, Place
from rasd.events.coder import EventCoder
from rasd.text.component import TextLayer

_TEXT = TextLayer()


def make_doc(text: str, actors: dict[str, tuple[str, str]] | None = None, places: list[str] | None = None,
             date: str | None = "2015-08-05") -> Document:
    """``actors``: Arabic surface → (English name, kind); every occurrence becomes a linked mention.
    ``places``: Arabic surfaces; every occurrence becomes a LOC mention with a place."""
    doc = _TEXT(Document(id="t", text=text, meta=Meta(date=date)))
    mentions: list[tuple[int, int, str, str | None, str | None]] = []
    acts: dict[str, Actor] = {}
    pls: list[Place] = []
    for surface, (name, kind) in (actors or {}).items():
        aid = "a-" + name.replace(" ", "-")
        i = text.find(surface)
        assert i >= 0, surface
        while i >= 0:
            mentions.append((i, i + len(surface), "ORG", aid, None))
            i = text.find(surface, i + 1)
        acts[aid] = Actor(aid, name, surface, kind)
    for k, surface in enumerate(places or []):
        pid = f"p{k + 1}"
        i = text.find(surface)
        assert i >= 0, surface
        while i >= 0:
            mentions.append((i, i + len(surface), "LOC", None, pid))
            i = text.find(surface, i + 1)
        pls.append(Place(pid, surface, surface, 35.0, 38.0, "SY", None, None, "city", 1))
    mentions.sort()
    ms = tuple(Mention(f"m{n + 1}", s, e, text[s:e], t, a, p) for n, (s, e, t, a, p) in enumerate(mentions))
    acts2 = [Actor(a.id, a.name, a.name_ar, a.kind, mentions=tuple(m.id for m in ms if m.actor == a.id))
             for a in acts.values()]
    pls2 = [Place(p.id, p.name, p.name_ar, p.lat, p.lon, p.country, None, None, p.feature, p.precision,
                  mentions=tuple(m.id for m in ms if m.place == p.id)) for p in pls]
    return doc.replace(mentions=ms, actors=tuple(acts2), places=tuple(pls2))


@pytest.fixture(scope="session")
def coder() -> EventCoder:
    return EventCoder()


@pytest.fixture(scope="session")
def code(coder: EventCoder) -> Callable[..., Document]:
    def run(text: str, **kw: Any) -> Document:
        d = make_doc(text, **kw)
        return d.replace(events=coder(d))

    return run


# Shared by the argument and tuple tests: two sides, and the (type, trigger, actors, recipients, place) of events.
ARMY = {"الجيش": ("Army", "state_body")}
REBELS = {"المتمردين": ("Rebels", "armed_group"), "المتمردون": ("Rebels", "armed_group")}


def roles(doc: Document) -> list[tuple[str, str, list[str], list[str], str | None]]:
    by = {a.id: a.name for a in doc.actors}
    pl = {p.id: p.name for p in doc.places}
    return [(e.type, e.trigger_text, [by[i] for i in e.actor], [by[i] for i in e.recipient], pl.get(e.place or ""))
            for e in doc.events]


def only(actors: dict[str, tuple[str, str]], text: str) -> dict[str, tuple[str, str]]:
    """The actors of a table whose surface occurs in ``text``."""
    return {k: v for k, v in actors.items() if k in text}
