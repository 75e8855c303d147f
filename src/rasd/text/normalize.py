"""Orthographic normalisation of Arabic as a *view* with an alignment map back to raw offsets.

The raw text is never replaced. :func:`normalize` returns a :class:`Normalized` holding the normalised string
and the map from its positions to raw positions, so a match found in the normalised view is reported at the
exact raw span (``Normalized.raw_span``).

What is normalised (each a 1:1 character mapping or a deletion, so the map is cheap):
- deleted: Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks), tatweel «ـ»,
  zero-width and bidi control marks (ZWJ, ZWNJ, LRM, RLM, LRE … PDI, BOM);
- mapped: أ إ آ ٱ → ا; ى → ي; ة → ه (optional, ``taa_marbuta``); ؤ → و and ئ → ي (optional, ``hamza_seats``);
  Arabic-Indic and Persian digits → ASCII; Persian ک ی → ك ي; «» “” „ ‟ ″ → "; ‘ ’ ‚ ‛ → '; Arabic
  presentation forms → their base letters (single-letter forms only).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rasd.text import _accel

__all__ = ["DELETED_CHARS", "Normalized", "normalize", "normalize_word"]

_DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DE, 0x06E9)
)
_CONTROL = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u061c\u00ad"
DELETED_CHARS = _DIACRITICS + "\u0640" + _CONTROL
# ``[x][x]*`` rather than ``[x]+``: a pattern that opens with a character class lets the regex engine skip
# ahead to the next candidate character in a tight loop (about four times faster on news text).
_DELETE_RE = re.compile("[" + re.escape(DELETED_CHARS) + "][" + re.escape(DELETED_CHARS) + "]*")


def _base_table(taa_marbuta: bool, hamza_seats: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in DELETED_CHARS}
    for c in "أإآٱ":
        table[ord(c)] = "ا"
    table[ord("ى")] = "ي"
    table[ord("ی")] = "ي"
    table[ord("ک")] = "ك"
    for i in range(10):
        table[0x0660 + i] = str(i)
        table[0x06F0 + i] = str(i)
    for c in "«»“”„‟″":
        table[ord(c)] = '"'
    for c in "‘’‚‛":
        table[ord(c)] = "'"
    if taa_marbuta:
        table[ord("ة")] = "ه"
    if hamza_seats:
        table[ord("ؤ")] = "و"
        table[ord("ئ")] = "ي"
    # Arabic presentation forms A and B: single-letter compatibility forms map to their base letter.
    for cp in list(range(0xFB50, 0xFDFF)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(cp)
        base = unicodedata.normalize("NFKC", ch)
        if len(base) == 1 and base != ch:
            mapped = table.get(ord(base), base)
            if mapped is not None:  # never delete here: the alignment assumes deletions are DELETED_CHARS
                table[cp] = mapped
    return table


@lru_cache(maxsize=8)
def _table(taa_marbuta: bool, hamza_seats: bool) -> dict[int, str | None]:
    return _base_table(taa_marbuta, hamza_seats)


@lru_cache(maxsize=1)
def _identity() -> tuple[str, ...]:
    return tuple(chr(i) for i in range(0x10000))


@lru_cache(maxsize=8)
def _fast_table(taa_marbuta: bool, hamza_seats: bool) -> tuple[str | None, ...]:
    """The same mapping as :func:`_table`, as a tuple indexed by code point (Basic Multilingual Plane).

    ``str.translate`` with a dict raises and swallows a KeyError for every character the dict does not map,
    which is most of them; a sequence answers every BMP character without one (characters past the BMP are
    absent from it, hence unmapped, as they are from the dict). About twice as fast on Arabic news. A tuple
    rather than a list: the garbage collector stops scanning a tuple of strings, but would walk a list's
    65,536 entries on every full collection.
    """
    table: list[str | None] = list(_identity())  # shares the one-character strings between tables
    for cp, to in _table(taa_marbuta, hamza_seats).items():
        assert cp < 0x10000
        table[cp] = to
    return tuple(table)


@lru_cache(maxsize=8)
def _replacements(taa_marbuta: bool, hamza_seats: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    """What :func:`_table` changes, as a character class and a character → replacement dict.

    Replacing each changed character in turn gives what one ``translate`` gives only because no replacement
    contains a character that is itself replaced (checked here).
    """
    changes = {chr(cp): to or "" for cp, to in _table(taa_marbuta, hamza_seats).items()}
    if any(ch in changes for to in changes.values() for ch in to):
        raise AssertionError("a normalisation target is itself normalised")
    return re.compile("[" + "".join(map(re.escape, sorted(changes))) + "]"), changes


def _translate(raw: str, taa_marbuta: bool, hamza_seats: bool) -> str:
    """``raw.translate(_fast_table(taa_marbuta, hamza_seats))``, about twice as fast on news text.

    ``translate`` looks every character up (allocating an int for each code point above 255); a news article
    has a few hundred characters to change, of only a handful of kinds (ة, أ, إ, ى, digits, quotes), so finding
    them with one regex scan and replacing each kind with ``str.replace`` (a C loop over the string) is cheaper.
    """
    pattern, changes = _replacements(taa_marbuta, hamza_seats)
    found = pattern.findall(raw)
    if not found:
        return raw
    text = raw
    for ch in set(found):
        text = text.replace(ch, changes[ch])
    return text


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised view of ``raw``.

    ``breaks``/``shifts`` encode the alignment: normalised position ``i`` sits at raw position
    ``i + shifts[k]`` where ``k`` is the last break ``<= i`` (deletions only ever shift positions right).
    """

    raw: str
    text: str
    breaks: tuple[int, ...]
    shifts: tuple[int, ...]

    def to_raw(self, i: int) -> int:
        """Raw position of normalised position ``i`` (``0 <= i < len(text)``)."""
        if not self.breaks:
            return i
        k = bisect_right(self.breaks, i) - 1
        return i + (self.shifts[k] if k >= 0 else 0)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span covering normalised ``[start, end)``; empty spans map to an empty raw span."""
        if start >= end:
            p = self.to_raw(start) if start < len(self.text) else len(self.raw)
            return p, p
        return self.to_raw(start), self.to_raw(end - 1) + 1


@lru_cache(maxsize=8)
def compiled_map(taa_marbuta: bool, hamza_seats: bool) -> str | None:
    """:func:`_fast_table` as the compiled normaliser's map: a string indexed by code point, U+FFFF for deleted.

    None (the pure path then runs) unless the map can say exactly what the table says: every entry one character
    or deleted, U+FFFF unchanged, nothing below U+0100 mapped above it, and the deleted characters exactly
    :data:`DELETED_CHARS` (the alignment is computed from the deletions in one pass).
    """
    table = _fast_table(taa_marbuta, hamza_seats)
    if (table[0xFFFF] != "\uffff" or any(t is not None and len(t) != 1 for t in table)
            or any(t is not None and ord(t) > 0xFF for t in table[:0x100])
            or {cp for cp, t in enumerate(table) if t is None} != set(map(ord, DELETED_CHARS))):
        return None
    return "".join("\uffff" if t is None else t for t in table)


def normalize(raw: str, *, taa_marbuta: bool = True, hamza_seats: bool = False, pure: bool = False) -> Normalized:
    """Normalise ``raw`` (see the module docstring) and keep the alignment map.

    In C (one pass for the text and the alignment) when the compiled fast path is active and not ``pure``.
    """
    if not pure and _accel.normalize is not None:
        cmap = compiled_map(taa_marbuta, hamza_seats)
        if cmap is not None:
            text, at, shift = _accel.normalize(raw, cmap)
            return Normalized(raw, text, at, shift)
    text = _translate(raw, taa_marbuta, hamza_seats)
    if len(text) == len(raw):
        return Normalized(raw, text, (), ())
    breaks: list[int] = []
    shifts: list[int] = []
    deleted = 0
    # Deletions come only from DELETED_CHARS and presentation forms never delete, so the runs of deleted
    # characters in the raw text are exactly what shifts the positions.
    for m in _DELETE_RE.finditer(raw):
        deleted += m.end() - m.start()
        breaks.append(m.end() - deleted)
        shifts.append(deleted)
    return Normalized(raw, text, tuple(breaks), tuple(shifts))


@lru_cache(maxsize=200_000)
def normalize_word(word: str) -> str:
    """The normalised form of a short string (cached; for dictionary keys and token matching)."""
    return word.translate(_fast_table(True, False))
