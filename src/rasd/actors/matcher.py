"""Multi-pattern matching of dictionary phrases over a document's normalised words.

Why a word trie rather than character-level Aho–Corasick: a token's first word can be read several ways
(«للجيش» = ل + «الجيش»; «وقسد» = و + «قسد» even where the tokenizer, not knowing «قسد», kept it whole; «بريطانيا»
must *not* lose its ب), so each start position has a few alternative forms, which a single automaton over one
string cannot hold. The trie is keyed by whole normalised words, so a walk from each token costs one dict look-up
per word of the longest phrase starting there: O(tokens × phrase length), a few microseconds per token. Matches
are chosen leftmost-longest and never overlap.

Rules for a phrase to match tokens ``i..j``:
- the first token may carry proclitics (و ف, then ب ل ك; «لل» before a definite noun stands for ل + «ال»), and the
  span starts after them, so «لداعش» gives «داعش» and «للجيش العربي السوري» gives «لجيش العربي السوري»;
- every later token must be exactly the phrase's word (clitics included: «للأمم» inside a name is written so);
- no punctuation token inside (quotes and brackets end a match).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rasd.actors.dictionary import TERMINAL
from rasd.doc import Token
from rasd.text.normalize import normalize, normalize_word

__all__ = ["Match", "PhraseMatcher", "token_forms"]

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens ``first..last`` (inclusive) matched a phrase; ``start``/``end`` are raw offsets without clitics."""

    first: int
    last: int
    start: int
    end: int
    payloads: tuple[tuple[str, ...], ...]


_FORMS_CACHE: dict[str, tuple[tuple[str, int], ...]] = {}


def token_forms(text: str) -> tuple[tuple[str, int], ...]:
    """The readings of a token as the first word of a phrase: (normalised form, raw offset of its start).

    The whole token comes first, then each legal proclitic strip («وب», «ل», ...), and for «لل» the definite
    reading. Cached per token string.
    """
    cached = _FORMS_CACHE.get(text)
    if cached is not None:
        return cached
    view = normalize(text)
    norm = view.text
    out: list[tuple[str, int]] = [(norm, 0)]
    for c in _CONJ:
        for p in _PREP:
            pre = c + p
            if not pre or not norm.startswith(pre) or len(norm) - len(pre) < 2:
                continue
            rest = norm[len(pre):]
            off = view.to_raw(len(pre))
            out.append((rest, off))
            if p == "ل" and rest.startswith("ل") and not rest.startswith("ال") and len(rest) >= 3:
                out.append(("ا" + rest, off))  # «للجيش» → ل + «(ا)لجيش»; the span keeps the second ل
    res = tuple(out)
    if len(_FORMS_CACHE) < 500_000:
        _FORMS_CACHE[text] = res
    return res


def _norm_of(tok: Token) -> str:
    if tok.kind == "latin":
        return tok.text.lower()
    return normalize_word(tok.text)


class PhraseMatcher:
    """Finds dictionary phrases (a word trie built by :mod:`rasd.actors.dictionary`) in a token sequence."""

    def __init__(self, trie: dict) -> None:  # type: ignore[type-arg]
        self.trie = trie

    def candidates(self, tokens: Sequence[Token], norms: Sequence[str]) -> list[Match]:
        """Every match, longest per start token (overlapping ones included)."""
        trie = self.trie
        out: list[Match] = []
        n = len(tokens)
        for i, tok in enumerate(tokens):
            if tok.kind not in ("arabic", "latin"):
                continue
            forms = token_forms(tok.text) if tok.kind == "arabic" else ((norms[i], 0),)
            best: Match | None = None
            for form, off in forms:
                node = trie.get(form)
                if node is None:
                    continue
                j = i
                last_hit = (j, node[TERMINAL]) if TERMINAL in node else None
                while j + 1 < n:
                    nxt = node.get(norms[j + 1])
                    if nxt is None or tokens[j + 1].kind not in ("arabic", "latin", "number"):
                        break
                    node = nxt
                    j += 1
                    if TERMINAL in node:
                        last_hit = (j, node[TERMINAL])
                if last_hit is None:
                    continue
                j, payloads = last_hit
                m = Match(i, j, tok.start + off, tokens[j].end, tuple(payloads))
                if best is None or (m.last, -m.start) > (best.last, -best.start):
                    best = m
            if best is not None:
                out.append(best)
        return out

    def find(self, tokens: Sequence[Token], norms: Sequence[str] | None = None) -> list[Match]:
        """Non-overlapping leftmost-longest matches."""
        if norms is None:
            norms = [_norm_of(t) for t in tokens]
        out: list[Match] = []
        last = -1
        for m in self.candidates(tokens, norms):
            if m.first <= last:
                continue
            out.append(m)
            last = m.last
        return out


def norms_of(tokens: Sequence[Token]) -> list[str]:
    """The normalised full form of each token (what later words of a phrase must equal)."""
    return [_norm_of(t) for t in tokens]
