"""English names for new persons: the attested spelling of each Arabic name unit.

A person the dictionary lacks gets as its canonical English ``name`` the romanisation of its Arabic name, unit by
unit, from ``resources/actors/romanize.tsv.gz`` (built by ``scripts/build_romanize.py`` from Wikidata's English
spellings of Mashreq, Gulf, Egyptian, Sudanese and Libyan people's names, other countries' only for a unit none
of those bears; CC0) in the English-press convention:
«ال» as a lowercase «al-» («اليامي» → «al-Yami»), «بن»/«ابن» → «bin», «أبو» → «Abu», compound units looked up
whole («عبد الله» → «Abdullah»). A name with any unit nobody attested stays in Arabic (``None`` here): no guessed
vowels. The table loads on the first new person only.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

__all__ = ["romanize"]

_PARTICLES = {"بن": "bin", "ابن": "bin", "ابو": "Abu", "ابي": "Abi", "ام": "Umm", "بنت": "bint"}
_ARTICLE = re.compile(r"^(?:(?:al|el)[- ]?|(?:ad|ed|ud|ar|er|as|es|ash|esh|at|et|az|ez|an|en|ul)-)(?=[A-Za-z]{2})",
                      re.IGNORECASE)
_COMPOUND_SECOND = frozenset(["الدين", "الله", "الرحمن", "الاسلام"])


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, int]]:
    raw = resources.files("rasd.resources").joinpath("actors", "romanize.tsv.gz").read_bytes()
    out: dict[str, tuple[str, int]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines()[2:]:
        unit, latin, n = line.split("\t")
        out[unit] = (latin, int(n))
    return out


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _unit(u: str) -> str | None:
    """One unit («اليامي», «عبد الله», «محمد»), normalised, in English, or None."""
    t = _table()
    hit = t.get(u)
    if u.startswith("ال") and len(u) > 3 and " " not in u:
        bare = t.get(u[2:])
        if hit is None and bare is None:
            return None
        latin = (hit or bare or ("", 0))[0]
        return "al-" + _cap(_ARTICLE.sub("", latin)) if latin else None
    if hit is None or (" " in u and hit[1] < 2):
        return None
    return _cap(hit[0])


def romanize(words: list[str]) -> str | None:
    """The English name of a person from its normalised Arabic words, or None when a unit is unattested."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in _PARTICLES and i + 1 < len(words):
            out.append(_PARTICLES[w])
            i += 1
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if nxt and (w == "عبد" or nxt in _COMPOUND_SECOND):
            whole = _unit(f"{w} {nxt}")
            if whole is None and w != "عبد":
                first, second = _unit(w), _unit(nxt)
                whole = f"{first} {second}" if first and second else None
            if whole is None:
                return None
            out.append(whole)
            i += 2
            continue
        one = _unit(w)
        if one is None:
            return None
        out.append(one)
        i += 1
    return " ".join(out) if out else None
