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
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from rasd.doc import Sentence, Span
from rasd.errors import ResourceError
from rasd.text import _accel
from rasd.text.normalize import DELETED_CHARS, _fast_table, normalize

__all__ = ["load_connectives", "split_clauses", "split_sentences"]

_CLOSERS = "\"'»”’)]}\u200f\u200e"
# A run of end marks with any closers after it, followed by whitespace or the end; or a run of line breaks.
# Written to start with one character class (so the regex engine skips quickly to candidate positions):
# ``[.!?؟…]+[closers]*(?=\s|$)|\n+`` in effect.
_SENT_END_RE = re.compile(rf"[.!?؟…\n](?:(?<=\n)\n*|(?<=[.!?؟…])[.!?؟…]*[{re.escape(_CLOSERS)}]*(?=\s|$))")
_CLAUSE_PUNCT_RE = re.compile(r"[،؛:;,](?!\d)")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_ABBREV_RE = re.compile(r"(?:^|\s|\.)[A-Z]")
_NON_SPACE = re.compile(r"\S")
# Arabic presentation forms (U+FEFF, a deleted character, excepted): see _connective_starts.
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


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


def _ranges(cps: Iterable[int]) -> str:
    """The inside of a regex class matching exactly the code points ``cps``, as ranges."""
    out: list[str] = []
    run: list[int] = []
    for cp in sorted(set(cps)) + [-2]:
        if run and cp != run[-1] + 1:
            a, b = run[0], run[-1]
            out.append(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}")
            run = []
        run.append(cp)
    return "".join(out)


_Node = dict[str, "_Node"]


def _trie(words: tuple[str, ...], letter: dict[str, str], space: str) -> str:
    """One regex for ``words`` as a prefix tree; ``letter[ch]`` matches a character, ``space`` a word gap.

    At every node the longer continuation is tried before stopping, so where several words match at one place
    the longest wins, as in an alternation sorted longest first; and the engine no longer tries every word in
    turn at every position.
    """
    root: _Node = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        branches = [(space if ch == " " else letter[ch]) + emit(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


@lru_cache(maxsize=2)
def _connective_re(presentation_forms: bool = True) -> re.Pattern[str]:
    """Connective starts (group 1), found on the *raw* text without building its normalised view.

    The rule, stated on the normalised view: a connective (optionally after و/ف) is a whole word, preceded and
    followed by whitespace. On the raw text each normalised letter becomes the class of raw characters that
    normalise to it, followed by any deleted characters (diacritics, tatweel, invisible marks); a gap between
    words is whitespace mixed with deleted characters. Deleted characters are neither letters nor whitespace,
    so every raw match is exactly a normalised match, and group 1 starts at the raw position of its first letter
    (where ``normalize(text).raw_span`` would put it). Without ``presentation_forms`` the letter classes leave
    out the Arabic presentation forms: for text that has none (:data:`_PRESENTATION_RE`), the same matches.
    """
    conns = load_connectives()
    table = _fast_table(True, False)
    used = set("".join(conns) + "وف") - {" "}
    raw_of: dict[str, list[int]] = {ch: [] for ch in used}
    for cp, to in enumerate(table):
        if to in used and (presentation_forms or not _PRESENTATION_RE.match(chr(cp))):
            raw_of[to].append(cp)
    deleted = "[" + _ranges(map(ord, DELETED_CHARS)) + "]*"
    letters = {ch: "[" + _ranges(raw_of[ch]) + "]" + deleted for ch in used}
    space = r"\s[\s" + _ranges(map(ord, DELETED_CHARS)) + "]*"
    prefix = "(?:[" + _ranges(raw_of["و"] + raw_of["ف"]) + "]" + deleted + ")?"
    # What a match can start with, checked once before the tree is tried (most words fail here).
    first = "(?=[" + _ranges(cp for ch in {c[0] for c in conns} | {"و", "ف"} for cp in raw_of[ch]) + "])"
    # Matching the whitespace before (rather than looking behind for it) lets the engine skip to whitespace.
    return re.compile(rf"\s{deleted}{first}({prefix}{_trie(conns, letters, space)})(?=\s)")


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """``[s, e)`` without leading and trailing whitespace (``(e, e)`` when it is all whitespace)."""
    if s < e and not text[s].isspace() and not text[e - 1].isspace():
        return s, e
    m = _NON_SPACE.search(text, s, e)  # \s and str.isspace are the same test (Py_UNICODE_ISSPACE)
    if m is None:
        return e, e
    s = m.start()
    while text[e - 1].isspace():  # stops at s at the latest
        e -= 1
    return s, e


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (trimmed, non-empty)."""
    out: list[tuple[int, int]] = []
    append = out.append
    start = 0
    for m in _SENT_END_RE.finditer(text):
        end = m.end()
        g = m.group()
        if g[0] == "." and (len(g) == 1 or len(g.rstrip(_CLOSERS)) == 1):
            ms = m.start()
            before = text[max(0, ms - 2):ms]
            if _ABBREV_RE.fullmatch(before) or (len(before) == 1 and before.isupper()):
                continue
        s, e = _strip(text, start, end)
        if s < e:
            append((s, e))
        start = end
    s, e = _strip(text, start, len(text))
    if s < e:
        out.append((s, e))
    return out


def _connective_starts(text: str) -> list[int]:
    """Where the clause-opening connectives of ``text`` start (group 1 of :func:`_connective_re`).

    Text without Arabic presentation forms (nearly all news) is matched with the regex built without them: the
    same rule, but each letter is then one character or a short class of its plain variants (أ إ آ ٱ for ا,
    ى ی for ي, ة for ه, ک for ك) instead of a long list of ranges, about a quarter faster.
    """
    if _PRESENTATION_RE.search(text):
        return [m.start(1) for m in _connective_re(True).finditer(text)]
    return [m.start(1) for m in _connective_re(False).finditer(text)]


def _clause_cuts(text: str) -> list[int]:
    """Every clause cut position in ``text`` (punctuation ends and connective starts), sorted."""
    cuts = [m.end() for m in _CLAUSE_PUNCT_RE.finditer(text)]
    starts = _connective_starts(text)
    if starts:
        cuts.extend(starts)
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


@lru_cache(maxsize=1)
def compiled_tables() -> tuple[str, tuple[str, ...]] | None:
    """What the compiled splitter (rasd.text._fast.sentences) needs to apply the connective rule, or None.

    A string indexed by code point (BMP): ``"\\0"`` for a character that plays no part, ``"\\1"`` for a deleted
    one, else the normalised letter it stands for (letters of the connectives and و ف only, as in
    :func:`_connective_re`); and the connectives. None (the pure path then runs) if a connective has a run of
    spaces, which the compiled matcher does not model.
    """
    conns = load_connectives()
    if any(not c or c != c.strip() or "  " in c for c in conns):
        return None
    used = set("".join(conns) + "وف") - {" "}
    classes = ["\0"] * 0x10000
    for cp, to in enumerate(_fast_table(True, False)):
        if to in used:
            classes[cp] = to
    for ch in DELETED_CHARS:
        classes[ord(ch)] = "\1"
    return "".join(classes), conns


def sentences_with_clauses(text: str, *, pure: bool = False) -> list[Sentence]:
    """Sentences of ``text`` with their clauses (in C when the compiled fast path is active and not ``pure``)."""
    if not pure and _accel.sentences is not None:
        tables = compiled_tables()
        if tables is not None:
            return _accel.sentences(text, tables[0], tables[1], Span, Sentence)
    cuts = _clause_cuts(text)
    out: list[Sentence] = []
    for s, e in split_sentences(text):
        if cuts and bisect_right(cuts, s) < bisect_left(cuts, e):
            clauses = tuple([Span(a, b) for a, b in split_clauses(text, s, e, cuts)])
        else:  # no cut inside: the (trimmed) sentence is its only clause
            clauses = (Span(s, e),)
        out.append(Sentence(s, e, clauses))
    return out
