"""The article view's text: the raw text cut into segments, each tagged with the annotations covering it.

Mentions, event triggers and event evidence overlap freely (evidence holds triggers and mentions), so the text
is cut at every annotation boundary and each piece carries the set of annotations that cover it; the template
renders one ``<span>`` per annotated piece. Offsets are the document's code-point offsets, so the pieces
concatenate back to the exact raw text.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from rasd.doc import Document

__all__ = ["Segment", "segments"]


@dataclass(frozen=True)
class Segment:
    text: str
    start: int
    mention: str | None = None  # the innermost mention id covering the piece
    mention_type: str | None = None
    label: str | None = None  # what the mention was resolved to (actor or place name)
    evidence: tuple[str, ...] = ()  # ids of the events whose evidence covers the piece
    trigger: tuple[str, ...] = ()  # ids of the events whose trigger covers the piece

    @property
    def plain(self) -> bool:
        return self.mention is None and not self.evidence and not self.trigger

    @property
    def classes(self) -> str:
        out = []
        if self.mention:
            out += ["m", f"m-{self.mention_type}"]
        if self.evidence:
            out.append("ev")
        if self.trigger:
            out.append("trig")
        return " ".join(out)


def segments(doc: Document) -> list[Segment]:
    text = doc.text
    n = len(text)
    names = {a.id: a.name or a.name_ar or a.id for a in doc.actors}
    names.update({p.id: p.name or p.name_ar or p.id for p in doc.places})
    spans: list[tuple[int, int, str, str]] = []  # start, end, kind, id
    for m in doc.mentions:
        spans.append((m.start, m.end, "m", m.id))
    for e in doc.events:
        spans.append((e.evidence.start, e.evidence.end, "ev", e.id))
        spans.append((e.trigger.start, e.trigger.end, "trig", e.id))
    spans = [(max(0, min(a, n)), max(0, min(b, n)), k, i) for a, b, k, i in spans if b > a]
    cuts = sorted({0, n, *(a for a, _, _, _ in spans), *(b for _, b, _, _ in spans)})
    mentions = {m.id: m for m in doc.mentions}
    out: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        cover = [s for s in spans if s[0] <= a and b <= s[1]]
        ms = sorted((s for s in cover if s[2] == "m"), key=lambda s: s[1] - s[0])
        mention = mentions[ms[0][3]] if ms else None
        label = None
        if mention is not None:
            target = mention.actor or mention.place
            label = f"{mention.type}" + (f" · {names.get(target, target)}" if target else "")
        out.append(Segment(
            text=text[a:b], start=a, mention=mention.id if mention else None,
            mention_type=mention.type if mention else None, label=label,
            evidence=tuple(s[3] for s in cover if s[2] == "ev"), trigger=tuple(s[3] for s in cover if s[2] == "trig"),
        ))
    return out
