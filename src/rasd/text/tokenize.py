"""Tokenisation with raw offsets, and clitic segmentation of each token into words.

Tokens are found on the raw text (so offsets are exact by construction). Each Arabic token is split into
proclitics (و ف, then ب ك ل or future س, then the article ال, with «لل» = ل + (ا)ل), a stem and an enclitic
pronoun (ه ها هم هما هن ك كم كما ي نا). Splitting is decided against a word-frequency vocabulary shipped in
``resources/vocab.tsv.gz`` (built by ``scripts/build_vocab.py``): a split is taken when the remaining stem is a
better-attested word than the whole token («والجيش» → و + الجيش, but «وزير» stays whole).

Speed: everything about a token that does not depend on where it stands (its kind, its words' relative offsets,
texts and normalised forms) is worked out once per distinct token string and cached. Running text then costs a
regex split, one dictionary look-up per token, and the construction of each Token and Word, done with ``map`` and
``zip`` so that the per-token work stays in C; only tokens with clitics (about one in seven) take a Python step.

Where the compiled fast path is built (``rasd.text._fast``, see docs/architecture.md), :class:`Tokenizer` hands
all of that to C — the same scanning rule, its own table of token strings mirroring the caches below, the Token
and Word tuples — and keeps only :meth:`Tokenizer._learn` (the first sighting of a token string) in Python. This
module stays the reference: the two paths give identical output (tests/text/test_compiled.py).
"""

from __future__ import annotations

import gc
import gzip
import re
from dataclasses import dataclass
from functools import partial
from importlib import resources
from itertools import accumulate, compress, repeat
from operator import is_

from rasd.doc import Token, Word
from rasd.errors import ResourceError
from rasd.text import _accel
from rasd.text.normalize import _fast_table, normalize

__all__ = ["TOKEN_RE", "Tokenizer", "gc_paused", "load_vocab", "segment"]

_AR_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc"
_AR_MARKS = "\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_KINDS = (
    ("arabic", rf"[{_AR_LETTERS}][{_AR_LETTERS}{_AR_MARKS}]*"),
    ("number", rf"[{_DIGITS}]+(?:[.,\u066b\u066c][{_DIGITS}]+)*"),
    ("latin", rf"[^\W\d_{_AR_LETTERS}{_AR_MARKS}](?:[^\W_{_AR_LETTERS}{_AR_MARKS}]|['\-](?=\w))*"),
    ("other", rf"[^\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c{_AR_MARKS}]"),
)
TOKEN_RE = re.compile("|".join(f"(?P<{kind}>{pat})" for kind, pat in _KINDS))
# The same alternatives as one capturing group: ``split`` gives gap, token, gap, token, …, gap, so offsets are
# running sums of the pieces' lengths. A token's kind depends only on its first character, hence on its text.
_SPLIT_RE = re.compile("(" + "|".join(pat for _kind, pat in _KINDS) + ")")
_KIND_NAMES = ("arabic", "number", "latin", "other")  # the compiled scanner's kinds, in _KINDS order
assert _KIND_NAMES == tuple(kind for kind, _pat in _KINDS)

_CONJ = ("و", "ف")
_PREP = ("ب", "ك", "ل")
_FUT_NEXT = set("يتنا")
_ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي")


def load_vocab() -> dict[str, int]:
    """The shipped word-frequency vocabulary (normalised form → count)."""
    path = resources.files("rasd.resources").joinpath("vocab.tsv.gz")
    vocab: dict[str, int] = {}
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return vocab
    for n, line in enumerate(gzip.decompress(raw).decode("utf-8").splitlines(), 1):
        word, _, count = line.partition("\t")
        if not word or not count.isdigit():
            raise ResourceError("rasd/resources/vocab.tsv.gz", n, f"want 'word<TAB>count', got {line!r}")
        vocab[word] = int(count)
    return vocab


@dataclass(frozen=True, slots=True)
class _Seg:
    """A segmentation in *normalised* character lengths: proclitic lengths, stem length, enclitic length."""

    pre: tuple[int, ...]
    enc: int
    restore_al: bool  # the stem followed «لل»: its normalised form regains the article


_T1 = _fast_table(False, False)  # the view words are segmented on (ة kept)
_T2 = _fast_table(True, False)  # normalize_word's table (ة → ه)
_PROCLITIC_START = frozenset("وفبكل")
# The enclitics a stem can end with, by its last letter (in the order of _ENCLITICS).
_ENCLITICS_BY_LAST = {c: tuple(e for e in _ENCLITICS if e[-1] == c) for c in {e[-1] for e in _ENCLITICS}}
_ONE = (1,)
_TWO = (1, 1)


def _seg(w: str, vocab: dict[str, int]) -> tuple[tuple[int, ...], int, bool]:
    """``segment`` as a plain tuple (pre, enc, restore_al); ``w`` is a non-empty normalised Arabic token.

    Proclitic candidates, in order: a single ب/ك/ل (restoring the article after «لل»); or و/ف alone, then
    و/ف + ب/ك/ل, then و/ف + future س before ي/ت/ن/ا. The article ال is never split off: it belongs to the word
    («والجيش» → و + الجيش), as mention spans need. A token that cannot start with a proclitic or end with an
    enclitic costs no look-up at all.
    """
    pre: tuple[int, ...] = ()
    restore = False
    c0 = w[0]
    if c0 in _PROCLITIC_START:
        get = vocab.get
        whole = get(w, 0)
        best_score = whole
        opts: list[tuple[tuple[int, ...], bool]]
        if c0 in _PREP:
            opts = [(_ONE, c0 == "ل" and w[1:2] == "ل" and len(w) >= 4)]
        else:
            opts = [(_ONE, False)]
            c1 = w[1:2]
            if c1 in _PREP:
                opts.append((_TWO, c1 == "ل" and w[2:3] == "ل" and len(w) >= 5))
            elif c1 == "س" and w[2:3] in _FUT_NEXT:
                opts.append((_TWO, False))
        for cand, rest in opts:
            stem = w[len(cand):]
            n = len(stem)
            if n < 2:
                continue
            f = get("ا" + stem if rest else stem, 0)
            if (rest or stem.startswith("ال")) and n >= 4:
                # A clitic before the article (or «لل») is almost always a clitic.
                score = max(f, 1) * 4 + 1 + whole
            elif n >= 3:
                score = f * 2
                if not score and not whole and n >= 4 and c0 in "بل":
                    score = 1  # both unknown: a preposition before a long word is the likelier reading
            else:
                score = f // 4
            if score > best_score or (score == best_score and score and len(cand) > len(pre)):
                pre, restore, best_score = cand, rest, score
    # Enclitic pronoun on the remaining stem.
    stem = w[len(pre):] if pre else w
    encs = _ENCLITICS_BY_LAST.get(stem[-1])
    if encs and not restore and len(stem) >= 4 and not stem.startswith("ال"):
        get = vocab.get
        base_f = get(stem, 0)
        for enc in encs:
            if stem.endswith(enc) and len(stem) - len(enc) >= 3:
                rest_w = stem[: -len(enc)]
                f = max(get(rest_w, 0), get(rest_w[:-1] + "ة", 0) if rest_w.endswith("ت") else 0)
                if f > 2 * base_f and f >= 3:
                    return pre, len(enc), False
    return pre, 0, restore


def segment(w: str, vocab: dict[str, int]) -> _Seg:
    """Choose the clitic segmentation of one normalised Arabic token (callers cache per token)."""
    if not w:
        return _Seg((), 0, False)
    return _Seg(*_seg(w, vocab))


def _words(tok: str, vocab: dict[str, int]) -> tuple[tuple[int, int, str, str], ...]:
    """The words of one Arabic token as (relative raw start, relative raw end, role, norm)."""
    n = len(tok)
    nt = tok.translate(_T1)
    if not nt:
        return ((0, n, "stem", ""),)
    pre, enc, restore = _seg(nt, vocab)
    if not pre and not enc:
        return ((0, n, "stem", nt.translate(_T2)),)
    parts: list[tuple[int, int, str, str]] = []
    pos = 0
    for ln in pre:
        parts.append((pos, pos + ln, "proclitic", nt[pos:pos + ln].translate(_T2)))
        pos += ln
    stem_end = len(nt) - enc
    stem_norm = nt[pos:stem_end].translate(_T2)
    parts.append((pos, stem_end, "stem", "ا" + stem_norm if restore else stem_norm))
    if enc:
        parts.append((stem_end, len(nt), "enclitic", nt[stem_end:].translate(_T2)))
    if len(nt) == n:  # nothing deleted: normalised and raw offsets coincide
        return tuple(parts)
    # Words tile the token: each word runs to the next word's raw start, so diacritics and tatweel stay
    # with the letter they follow and no raw character is lost between words.
    view = normalize(tok, taa_marbuta=False)
    starts = [0] + [view.to_raw(p[0]) for p in parts[1:]] + [n]
    return tuple((starts[i], starts[i + 1], role, norm) for i, (_s, _e, role, norm) in enumerate(parts))


class gc_paused:
    """Context manager: no cyclic garbage collection inside (re-enabled after, if it was enabled before).

    The text layer builds about three tuples per token (Token, its words tuple, Word); each allocation counts
    towards the collector's next run, so a news article sets off a couple of collections half-way through.
    None finds anything to free (tuples of strings and integers form no cycles), and each moves the half-built
    lists to an older generation, which later full collections walk again. Pausing it costs nothing and saves
    about a sixth of the tokenizer's time. Nesting is safe: an inner pause leaves the collector as it found it.
    """

    __slots__ = ("_was",)

    def __enter__(self) -> None:
        self._was = gc.isenabled()
        if self._was:
            gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self._was:
            gc.enable()


_new = tuple.__new__  # named-tuple construction without the keyword-argument machinery
_new_word = partial(_new, Word)
_new_token = partial(_new, Token)
_Template = tuple[tuple[int, int, str, str, str], ...]  # per word: relative start, relative end, text, norm, role
# Stands in the norm cache for a token of several words (compared by identity: no norm is this object).
_SEVERAL = "\x00several words"


class Tokenizer:
    """Finds tokens and their words. Build once (loads the vocabulary), call many times.

    What every occurrence of a token string shares is cached in three plain dictionaries: the norm of the token
    as one word (or :data:`_SEVERAL`), the kind of the tokens that are not Arabic, and the word template of the
    tokens of several words. The first two hold only strings, so the garbage collector never walks them.
    """

    #: distinct token strings kept between calls (the caches are emptied when a call starts above it)
    cache_limit = 1_000_000

    def __init__(self, vocab: dict[str, int] | None = None, *, pure: bool = False) -> None:
        self.vocab = load_vocab() if vocab is None else vocab
        # The compiled tokenizer (rasd.text._fast, same output) unless ``pure`` or it is unavailable.
        self._compiled: _accel.TokenizeFn | None = None if pure else _accel.tokenize
        # … and its table of token strings, a mirror of _norms/_templates (emptied with them).
        self._table = _accel.new_cache() if self._compiled is not None and _accel.new_cache is not None else None
        self._cache: dict[str, tuple[tuple[int, int, str, str], ...]] = {}
        self._norms: dict[str, str] = {}
        self._kinds: dict[str, str] = {}  # tokens that are not "arabic"
        self._templates: dict[str, _Template] = {}

    def __getstate__(self) -> dict[str, object]:
        # Pickled (and deep-copied) without the caches: _SEVERAL is told apart by identity, which a copied norm
        # cache would lose (its tokens of several words would come out as one word); and the compiled table
        # cannot travel. The copy starts empty and fills again.
        return {"vocab": self.vocab, "pure": self._compiled is None, "cache_limit": self.cache_limit}

    def __setstate__(self, state: dict[str, object]) -> None:
        vocab, pure, limit = state["vocab"], state["pure"], state["cache_limit"]
        assert isinstance(vocab, dict) and isinstance(pure, bool) and isinstance(limit, int)
        self.__init__(vocab, pure=pure)  # type: ignore[misc]
        if limit != type(self).cache_limit:
            self.cache_limit = limit

    def words_of(self, tok: str) -> tuple[tuple[int, int, str, str], ...]:
        """The words of one Arabic token as (relative start, relative end, role, norm), cached per string."""
        cached = self._cache.get(tok)
        if cached is not None:
            return cached
        res = _words(tok, self.vocab)
        if len(self._cache) < self.cache_limit:
            self._cache[tok] = res
        return res

    def _learn(self, tok: str) -> str:
        """Work out and cache what the occurrences of ``tok`` share; return its entry in the norm cache."""
        norm = self._norms.get(tok)
        if norm is not None:  # seen earlier in the same call
            return norm
        m = TOKEN_RE.match(tok)
        kind = m.lastgroup if m is not None and m.lastgroup else "other"
        if kind == "arabic":
            parts = _words(tok, self.vocab)
            if len(parts) > 1:
                self._templates[tok] = tuple((a, b, tok[a:b], nrm, role) for a, b, role, nrm in parts)
                norm = _SEVERAL
            else:
                norm = parts[0][3]
        else:
            self._kinds[tok] = kind
            norm = tok.translate(_T2) if kind == "number" else tok.lower()
        if norm == tok:
            norm = tok  # share the string
        self._norms[tok] = norm
        return norm

    def tokenize(self, text: str, offset: int = 0) -> list[Token]:
        """Tokens of ``text``; offsets are shifted by ``offset``."""
        with gc_paused():
            return self._tokenize(text, offset)

    @property
    def path(self) -> str:
        """Which implementation runs: ``"compiled"`` (the C fast path) or ``"pure-python"``."""
        return "compiled" if self._compiled is not None and self._table is not None else "pure-python"

    def _tokenize(self, text: str, offset: int) -> list[Token]:
        if len(self._norms) > self.cache_limit:
            self._norms.clear()
            self._kinds.clear()
            self._templates.clear()
            if self._table is not None:
                self._table.clear()
        if self._compiled is not None and self._table is not None:
            # The same steps in C: split, cache look-ups (calling _learn for a new token string), and the
            # Token and Word tuples.
            return self._compiled(text, offset, self._table, self._norms, self._templates, self._learn, _SEVERAL,
                                  Token, Word, "stem", _KIND_NAMES)
        pieces = _SPLIT_RE.split(text)  # gap, token, gap, …, token, gap
        n = len(pieces) >> 1
        if not n:
            return []
        toks = pieces[1::2]
        pos = list(accumulate(map(len, pieces), initial=offset))
        starts = pos[1:2 * n:2]
        ends = pos[2:2 * n + 1:2]
        norms = list(map(self._norms.get, toks))
        for i in compress(range(n), map(is_, norms, repeat(None))):  # token strings seen for the first time
            norms[i] = self._learn(toks[i])
        # Every token as one stem word …
        words: list[tuple[Word, ...]] = list(zip(map(_new_word, zip(starts, ends, toks, norms, repeat("stem")))))
        # … then the tokens with clitics get their words from their template.
        templates = self._templates
        new = _new
        for i in compress(range(n), map(is_, norms, repeat(_SEVERAL))):
            s = starts[i]
            tm = templates[toks[i]]
            if len(tm) == 2:
                (a1, b1, t1, n1, r1), (a2, b2, t2, n2, r2) = tm
                words[i] = (new(Word, (s + a1, s + b1, t1, n1, r1)), new(Word, (s + a2, s + b2, t2, n2, r2)))
            else:
                words[i] = tuple([new(Word, (s + a, s + b, t, nrm, role)) for a, b, t, nrm, role in tm])
        kinds = map(self._kinds.get, toks, repeat("arabic"))
        return list(map(_new_token, zip(starts, ends, toks, words, kinds)))
