"""The Python API: ``rasd.extract(text, date=...)`` and a reusable :class:`Extractor`."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import Any

from rasd.config import Settings, resolve
from rasd.doc import Document, Meta
from rasd.pipeline import Pipeline

_SURROGATES = re.compile("[\ud800-\udfff]")

__all__ = ["Extractor", "extract", "load_pipeline", "make_document", "stable_id"]


def stable_id(text: str) -> str:
    """A stable id for an article without one: a hash of its text."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def make_document(
    text: str,
    *,
    id: str | None = None,
    date: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    extra: dict[str, Any] | None = None,
) -> Document:
    if _SURROGATES.search(text):
        # Lone surrogates (possible in Python strings, not in decoded bytes) cannot be written as UTF-8 JSON;
        # replace them one for one so every offset stays valid.
        text = _SURROGATES.sub("\ufffd", text)
    return Document(
        id=id or stable_id(text),
        text=text,
        meta=Meta(title=title, source=source, url=url, date=date, extra=tuple((extra or {}).items())),
    )


class Extractor:
    """A built pipeline; build once, call on many texts."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or resolve()
        self.pipeline = Pipeline.from_settings(self.settings)

    @property
    def fingerprint(self) -> str:
        return self.pipeline.fingerprint

    def __call__(self, doc: Document) -> Document:
        return self.pipeline(doc)

    def extract(self, text: str, **meta: Any) -> Document:
        return self.pipeline(make_document(text, **meta))


@lru_cache(maxsize=4)
def _cached(settings: Settings) -> Extractor:
    return Extractor(settings)


def load_pipeline(settings: Settings | None = None) -> Extractor:
    """The extractor for ``settings`` (default: resolved from the environment), built once per process."""
    return _cached(settings or resolve())


def extract(text: str, *, date: str | None = None, id: str | None = None, title: str | None = None,
            source: str | None = None, url: str | None = None, settings: Settings | None = None) -> Document:
    """Run the whole pipeline on one article and return its typed :class:`Document`."""
    return load_pipeline(settings).extract(text, id=id, date=date, title=title, source=source, url=url)
