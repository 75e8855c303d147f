"""The text layer as a pipeline component: sentences (with clauses) and tokens (with clitic words)."""

from __future__ import annotations

import hashlib
from importlib import resources

from rasd.config import Settings
from rasd.doc import Document
from rasd.errors import InputTooLargeError
from rasd.pipeline import register
from rasd.text import _accel
from rasd.text.sentences import sentences_with_clauses
from rasd.text.tokenize import Tokenizer, gc_paused

__all__ = ["TextLayer"]


class TextLayer:
    name = "rasd.text.v1"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("sentences", "tokens")

    def __init__(self, settings: Settings | None = None, *, pure: bool = False) -> None:
        self.settings = settings or Settings()
        #: run the pure-Python reference code even where the compiled fast path is available (same output)
        self.pure = pure
        self.tokenizer = Tokenizer(pure=pure)

    @property
    def path(self) -> str:
        """Which implementation runs: ``"compiled"`` (rasd.text._fast) or ``"pure-python"``."""
        return "compiled" if not self.pure and _accel.sentences is not None else "pure-python"

    def fingerprint(self) -> str:
        h = hashlib.sha256(b"text.v1")
        for name in ("vocab.tsv.gz", "clause_connectives.txt"):
            h.update(resources.files("rasd.resources").joinpath(name).read_bytes())
        return h.hexdigest()[:12]

    def __call__(self, doc: Document) -> Document:
        if len(doc.text) > self.settings.max_chars:
            raise InputTooLargeError(
                f"document {doc.id!r} has {len(doc.text):,} characters, over the limit of "
                f"{self.settings.max_chars:,}",
                source=doc.id,
            )
        with gc_paused():  # see tokenize.gc_paused
            sentences = tuple(sentences_with_clauses(doc.text, pure=self.pure))
            tokens = tuple(self.tokenizer.tokenize(doc.text))
        return doc.replace(sentences=sentences, tokens=tokens)


@register(TextLayer.name, requires=TextLayer.requires, assigns=TextLayer.assigns)
def _make(settings: Settings) -> TextLayer:
    return TextLayer(settings)
