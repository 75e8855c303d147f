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

__all__ = ["Match", "PhraseMatcher", "first_forms", "norms_and_forms", "norms_of", "token_forms"]

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
# (proclitic string, its preposition part) in the order token_forms tries them, and their possible first letters
_PREFIXES = tuple((c + p, p) for c in _CONJ for p in _PREP if c + p)
_PREFIXES_BY_FIRST: dict[str, tuple[tuple[str, str], ...]] = {
    ch: tuple(x for x in _PREFIXES if x[0][0] == ch) for ch in {pre[0] for pre, _p in _PREFIXES}}


def token_forms(text: str) -> tuple[tuple[str, int], ...]:
    """The readings of a token as the first word of a phrase: (normalised form, raw offset of its start).

    The whole token comes first, then each legal proclitic strip («وب», «ل», ...), and for «لل» the definite
    reading. Cached per token string.
    """
    cached = _FORMS_CACHE.get(text)
    if cached is not None:
        return cached
    res = _forms_of(text, normalize_word(text))
    if len(_FORMS_CACHE) < 500_000:
        _FORMS_CACHE[text] = res
    return res


def _forms_of(text: str, norm: str) -> tuple[tuple[str, int], ...]:
    """:func:`token_forms` of ``text`` whose :func:`normalize_word` is ``norm``, uncached."""
    prefixes = _PREFIXES_BY_FIRST.get(norm[:1]) if len(norm) >= 3 else None
    if prefixes is None:  # no proclitic can be stripped: the whole token only
        res: tuple[tuple[str, int], ...] = ((norm, 0),)
    else:
        view = normalize(text) if len(norm) != len(text) else None  # offsets shift only if characters went
        if view is not None:
            norm = view.text
        out: list[tuple[str, int]] = [(norm, 0)]
        for pre, p in prefixes:
            if not norm.startswith(pre) or len(norm) - len(pre) < 2:
                continue
            rest = norm[len(pre):]
            off = view.to_raw(len(pre)) if view is not None else len(pre)
            out.append((rest, off))
            if p == "ل" and rest.startswith("ل") and not rest.startswith("ال") and len(rest) >= 3:
                out.append(("ا" + rest, off))  # «للجيش» → ل + «(ا)لجيش»; the span keeps the second ل
        res = tuple(out)
    return res


_NORM_CACHE: dict[str, str] = {}


def _norm_of(tok: Token) -> str:
    text = tok.text
    n = _NORM_CACHE.get(text)
    if n is None:
        n = text.lower() if tok.kind == "latin" else normalize_word(text)
        if len(_NORM_CACHE) < 500_000:
            _NORM_CACHE[text] = n
    return n


class PhraseMatcher:
    """Finds dictionary phrases (a word trie built by :mod:`rasd.actors.dictionary`) in a token sequence."""

    def __init__(self, trie: dict) -> None:  # type: ignore[type-arg]
        self.trie = trie

    def candidates(self, tokens: Sequence[Token], norms: Sequence[str],
                   forms_list: Sequence[tuple[tuple[str, int], ...] | None] | None = None) -> list[Match]:
        """Every match, longest per start token (overlapping ones included).

        ``forms_list`` (one :func:`token_forms` result per token, None for tokens that cannot start a phrase)
        can be shared between several matchers run over the same tokens.
        """
        trie = self.trie
        out: list[Match] = []
        n = len(tokens)
        if forms_list is None:
            forms_list = first_forms(tokens, norms)
        get = trie.get
        word: list[bool] | None = None  # per token: may it continue a phrase (made on the first walk past a word)
        for i, forms in enumerate(forms_list):
            if forms is None:
                continue
            best: Match | None = None
            for form, off in forms:
                node = get(form)
                if node is None:
                    continue
                tok = tokens[i]
                j = i
                last_hit = (j, node[TERMINAL]) if TERMINAL in node else None
                while j + 1 < n:
                    nxt = node.get(norms[j + 1])
                    if nxt is None:
                        break
                    if word is None:
                        word = [t.kind in ("arabic", "latin", "number") for t in tokens]
                    if not word[j + 1]:
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

    def find(self, tokens: Sequence[Token], norms: Sequence[str] | None = None,
             forms_list: Sequence[tuple[tuple[str, int], ...] | None] | None = None) -> list[Match]:
        """Non-overlapping leftmost-longest matches."""
        if norms is None:
            norms = [_norm_of(t) for t in tokens]
        out: list[Match] = []
        last = -1
        for m in self.candidates(tokens, norms, forms_list):
            if m.first <= last:
                continue
            out.append(m)
            last = m.last
        return out


def norms_of(tokens: Sequence[Token]) -> list[str]:
    """The normalised full form of each token (what later words of a phrase must equal)."""
    cache = _NORM_CACHE
    return [cache.get(t.text) or _norm_of(t) for t in tokens]


def first_forms(tokens: Sequence[Token], norms: Sequence[str]) -> list[tuple[tuple[str, int], ...] | None]:
    """For each token, its readings as the first word of a phrase (None for punctuation and numbers)."""
    out: list[tuple[tuple[str, int], ...] | None] = []
    cache = _FORMS_CACHE
    for tok, norm in zip(tokens, norms):
        if tok.kind == "arabic":
            out.append(cache.get(tok.text) or token_forms(tok.text))
        elif tok.kind == "latin":
            out.append(((norm, 0),))
        else:
            out.append(None)
    return out


_BOTH_CACHE: dict[str, tuple[str, tuple[tuple[str, int], ...] | None]] = {}


def norms_and_forms(tokens: Sequence[Token]) -> tuple[list[str], list[tuple[tuple[str, int], ...] | None]]:
    """:func:`norms_of` and :func:`first_forms` in one pass, one cache look-up per Arabic token."""
    norms: list[str] = []
    forms: list[tuple[tuple[str, int], ...] | None] = []
    add_norm, add_forms = norms.append, forms.append
    both = _BOTH_CACHE
    get = both.get
    for tok in tokens:
        text = tok.text
        hit = get(text)
        if hit is None:  # first sight of this token text (the cache also holds non-Arabic tokens)
            kind = tok.kind
            if kind == "arabic":
                norm = normalize_word(text)
                hit = (norm, _forms_of(text, norm))
            else:
                norm = _norm_of(tok)
                hit = (norm, ((norm, 0),) if kind == "latin" else None)
            if len(both) < 500_000:
                both[text] = hit
        add_norm(hit[0])
        add_forms(hit[1])
    return norms, forms
