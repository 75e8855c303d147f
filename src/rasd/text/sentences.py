"""Sentence splitting and clause segmentation for Arabic news, on raw offsets.

Sentences end at ``.`` ``!`` ``?`` ``؟`` ``…`` (with any closing quotes or brackets that follow) when
whitespace or the end of text follows, and at line breaks. A full stop between digits (``3.5``) or after a single
Latin capital (``U.S.``) does not end a sentence.

Journalistic Arabic runs sentences on for hundreds of words; events need clauses. A clause boundary falls at
«،» «؛» «:» «,» «;» and before a connective that opens a new clause («فيما», «بينما», «حيث», «كما», «الأمر
الذي», «في حين», «وقد», «لذا» …; the list is data in ``resources/clause_connectives.txt``). Clauses tile
their sentence: leading and trailing spaces are trimmed, nothing else is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources

from rasd.doc import Sentence, Span
from rasd.errors import ResourceError
from rasd.text.normalize import normalize

__all__ = ["split_sentences", "split_clauses", "load_connectives"]

_CLOSERS = "\"'»”’)]}\u200f\u200e"
_SENT_END_RE = re.compile(rf"[.!?؟…]+[{re.escape(_CLOSERS)}]*(?=\s|$)|\n+")
_CLAUSE_PUNCT_RE = re.compile(r"[،؛:;,](?!\d)")
_HAS_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def load_connectives() -> tuple[str, ...]:
    """Clause-opening connectives (normalised), longest first."""
    name = "clause_connectives.txt"
    raw = resources.files("rasd.resources").joinpath(name).read_text(encoding="utf-8")
    out: list[str] = []
    for n, line in enumerate(raw.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if not re.fullmatch(r"[\u0621-\u064a ]+", line):
            raise ResourceError(f"rasd/resources/{name}", n, f"not an Arabic connective: {line!r}")
        out.append(normalize(line).text)
    return tuple(sorted(set(out), key=len, reverse=True))


@lru_cache(maxsize=1)
def _connective_re() -> re.Pattern[str]:
    alts = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in load_connectives())
    # A connective counts only as a whole word (optionally after و/ف) preceded by whitespace.
    return re.compile(rf"(?<=\s)(?:[وف])?(?:{alts})(?=\s)")


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (trimmed, non-empty)."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END_RE.finditer(text):
        end = m.end()
        if m.group()[0] == "." and len(m.group().rstrip(_CLOSERS)) == 1:
            before = text[max(0, m.start() - 2):m.start()]
            if re.fullmatch(r"(?:^|\s|\.)[A-Z]", before) or (len(before) == 1 and before.isupper()):
                continue
        s, e = _strip(text, start, end)
        if s < e:
            out.append((s, e))
        start = end
    s, e = _strip(text, start, len(text))
    if s < e:
        out.append((s, e))
    return out


def _clause_cuts(text: str) -> list[int]:
    """Every clause cut position in ``text`` (punctuation ends and connective starts), sorted."""
    cuts = [m.end() for m in _CLAUSE_PUNCT_RE.finditer(text)]
    view = normalize(text)
    cuts.extend(view.to_raw(m.start()) for m in _connective_re().finditer(view.text))
    cuts.sort()
    return cuts


def split_clauses(text: str, start: int, end: int, cuts: list[int] | None = None) -> list[tuple[int, int]]:
    """Clause spans inside the sentence ``text[start:end]`` (``cuts`` from :func:`_clause_cuts` if known)."""
    if cuts is None:
        local = _clause_cuts(text[start:end])
        inner = [start + c for c in local]
    else:
        inner = cuts[bisect_right(cuts, start):bisect_left(cuts, end)]
    out: list[tuple[int, int]] = []
    prev = start
    for c in inner + [end]:
        if c <= prev:
            continue
        s, e = _strip(text, prev, c)
        # Fold a fragment without any letter (a lone quote, a number) into its neighbour.
        if s < e and _HAS_LETTER.search(text, s, e):
            out.append((s, e))
        elif out and s < e:
            out[-1] = (out[-1][0], e)
        prev = c
    if not out:
        s, e = _strip(text, start, end)
        if s < e:
            out.append((s, e))
    elif out[0][0] > start:
        # A letterless lead-in stays with the first clause, so clauses cover the sentence.
        lead = _strip(text, start, out[0][0])
        if lead[0] < lead[1]:
            out[0] = (lead[0], out[0][1])
    return out


def sentences_with_clauses(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their clauses."""
    cuts = _clause_cuts(text)
    return [
        Sentence(s, e, tuple(Span(a, b) for a, b in split_clauses(text, s, e, cuts)))
        for s, e in split_sentences(text)
    ]
