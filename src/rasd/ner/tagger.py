"""Named-entity tagging of rasd tokens and documents with the shipped (or a given) model."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from rasd.doc import Document, Mention, Sentence, Token
from rasd.ner.model import NerModel, default_model

__all__ = ["doc_mentions", "tag_tokens"]


def tag_tokens(tokens: Sequence[Token], model: NerModel | None = None) -> list[tuple[int, int, str]]:
    """(start, end, type) of each entity in one sequence of tokens (one sentence, ideally)."""
    return (model or default_model()).spans(tokens)


def _groups(tokens: Sequence[Token], sentences: Sequence[Sentence]) -> list[Sequence[Token]]:
    if not sentences:
        return [tokens[i:i + 200] for i in range(0, len(tokens), 200)]
    starts = [t.start for t in tokens]
    out: list[Sequence[Token]] = []
    prev = 0
    for s in sentences:
        a = max(bisect_left(starts, s.start), prev)
        b = bisect_left(starts, s.end)
        if a > prev:
            out.append(tokens[prev:a])  # tokens between sentences, if any
        if b > a:
            out.append(tokens[a:b])
        prev = max(prev, b)
    if prev < len(tokens):
        out.append(tokens[prev:])
    return out


def doc_mentions(doc: Document, model: NerModel | None = None) -> tuple[Mention, ...]:
    """Mentions for a tokenised document, tagged sentence by sentence; ids ``m1``, ``m2`` … in text order."""
    m = model or default_model()
    spans: list[tuple[int, int, str]] = []
    for group_spans in m.spans_many(_groups(doc.tokens, doc.sentences)):
        spans += group_spans
    spans.sort()
    text = doc.text
    return tuple(Mention(id=f"m{i}", start=s, end=e, text=text[s:e], type=t, source="ner")
                 for i, (s, e, t) in enumerate(spans, 1))
