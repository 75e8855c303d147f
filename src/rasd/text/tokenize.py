"""Tokenisation with raw offsets, and clitic segmentation of each token into words.

Tokens are found on the raw text (so offsets are exact by construction). Each Arabic token is split into
proclitics (و ف, then ب ك ل or future س, then the article ال, with «لل» = ل + (ا)ل), a stem and an enclitic
pronoun (ه ها هم هما هن ك كم كما ي نا). Splitting is decided against a word-frequency vocabulary shipped in
``resources/vocab.tsv.gz`` (built by ``scripts/build_vocab.py``): a split is taken when the remaining stem is a
better-attested word than the whole token («والجيش» → و + الجيش, but «وزير» stays whole). Segmentations are
cached per token string, so running text costs one dictionary look-up per token.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from rasd.doc import Token, Word
from rasd.errors import ResourceError
from rasd.text.normalize import normalize, normalize_word

__all__ = ["Tokenizer", "TOKEN_RE", "segment", "load_vocab"]

_AR_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc"
_AR_MARKS = "\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
TOKEN_RE = re.compile(
    rf"(?P<arabic>[{_AR_LETTERS}][{_AR_LETTERS}{_AR_MARKS}]*)"
    rf"|(?P<number>[{_DIGITS}]+(?:[.,\u066b\u066c][{_DIGITS}]+)*)"
    rf"|(?P<latin>[^\W\d_{_AR_LETTERS}{_AR_MARKS}](?:[^\W_{_AR_LETTERS}{_AR_MARKS}]|['\-](?=\w))*)"
    rf"|(?P<other>[^\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c{_AR_MARKS}])"
)

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


def _freq(vocab: dict[str, int], w: str) -> int:
    return vocab.get(w, 0)


def _proclitic_options(w: str) -> list[tuple[tuple[int, ...], bool]]:
    """Candidate proclitic splits of normalised ``w``: (lengths, restore_al).

    The article ال is never split off: it belongs to the word («والجيش» → و + الجيش), as mention spans need.
    """
    out: list[tuple[tuple[int, ...], bool]] = []
    conj_opts: list[tuple[int, ...]] = [()] + ([(1,)] if w[:1] in _CONJ else [])
    for conj in conj_opts:
        rest = w[sum(conj):]
        prep_opts: list[tuple[int, ...]] = [()]
        if rest[:1] in _PREP:
            prep_opts.append((1,))
        if rest[:1] == "س" and rest[1:2] in _FUT_NEXT and conj:
            prep_opts.append((1,))
        for prep in prep_opts:
            if not (conj or prep):
                continue
            r2 = rest[sum(prep):]
            out.append((conj + prep, bool(prep) and rest[:1] == "ل" and r2.startswith("ل") and len(r2) >= 3))
    return out


def segment(w: str, vocab: dict[str, int]) -> _Seg:
    """Choose the clitic segmentation of one normalised Arabic token (callers cache per token)."""
    whole = _freq(vocab, w)
    best = _Seg((), 0, False)
    best_score = whole
    for pre, restore in _proclitic_options(w):
        stem = w[sum(pre):]
        if len(stem) < 2:
            continue
        f = _freq(vocab, "ا" + stem if restore else stem)
        if (restore or stem.startswith("ال")) and len(stem) >= 4:
            # A clitic before the article (or «لل») is almost always a clitic.
            score = max(f, 1) * 4 + 1 + whole
        elif len(stem) >= 3:
            score = f * 2
            if not score and not whole and len(stem) >= 4 and w[0] in "بل":
                score = 1  # both unknown: a preposition before a long word is the likelier reading
        else:
            score = f // 4
        if score > best_score or (score == best_score and score and len(pre) > len(best.pre)):
            best, best_score = _Seg(pre, 0, restore), score
    # Enclitic pronoun on the remaining stem.
    stem = w[sum(best.pre):]
    if not best.restore_al and not stem.startswith("ال"):
        base_f = _freq(vocab, stem)
        for enc in _ENCLITICS:
            if stem.endswith(enc) and len(stem) - len(enc) >= 3:
                rest = stem[: -len(enc)]
                f = max(_freq(vocab, rest), _freq(vocab, rest[:-1] + "ة") if rest.endswith("ت") else 0)
                if f > 2 * base_f and f >= 3:
                    best = _Seg(best.pre, len(enc), False)
                    break
    return best


class Tokenizer:
    """Finds tokens and their words. Build once (loads the vocabulary), call many times."""

    def __init__(self, vocab: dict[str, int] | None = None) -> None:
        self.vocab = load_vocab() if vocab is None else vocab
        self._cache: dict[str, tuple[tuple[int, int, str, str], ...]] = {}

    def words_of(self, tok: str) -> tuple[tuple[int, int, str, str], ...]:
        """The words of one Arabic token as (relative start, relative end, role, norm), cached per string."""
        cached = self._cache.get(tok)
        if cached is not None:
            return cached
        view = normalize(tok, taa_marbuta=False)
        nt = view.text
        if not nt:
            res: tuple[tuple[int, int, str, str], ...] = ((0, len(tok), "stem", ""),)
        else:
            seg = segment(nt, self.vocab)
            parts: list[tuple[int, int, str, str]] = []
            pos = 0
            for ln in seg.pre:
                parts.append((pos, pos + ln, "proclitic", normalize_word(nt[pos:pos + ln])))
                pos += ln
            stem_end = len(nt) - seg.enc
            stem_norm = normalize_word(nt[pos:stem_end])
            if seg.restore_al:
                stem_norm = "ا" + stem_norm
            parts.append((pos, stem_end, "stem", stem_norm))
            if seg.enc and stem_norm.endswith("ت"):
                restored = nt[pos:stem_end - 1] + "ة"
                if self.vocab.get(restored, 0) > self.vocab.get(nt[pos:stem_end], 0):
                    stem_norm = normalize_word(restored)  # «مدينتهم» → stem «مدينت», norm «مدينه»
            if seg.enc:
                parts.append((stem_end, len(nt), "enclitic", normalize_word(nt[stem_end:])))
            res = tuple(self._to_raw(view, parts, len(tok)))
        if len(self._cache) < 1_000_000:
            self._cache[tok] = res
        return res

    @staticmethod
    def _to_raw(view: object, parts: list[tuple[int, int, str, str]], n: int) -> Iterator[tuple[int, int, str, str]]:
        from rasd.text.normalize import Normalized

        assert isinstance(view, Normalized)
        # Words tile the token: each word runs to the next word's raw start, so diacritics and tatweel stay
        # with the letter they follow and no raw character is lost between words.
        starts = [0 if i == 0 else view.to_raw(s) for i, (s, _e, _r, _n) in enumerate(parts)]
        for i, (_s, _e, role, norm) in enumerate(parts):
            end = starts[i + 1] if i + 1 < len(parts) else n
            yield starts[i], end, role, norm

    def tokenize(self, text: str, offset: int = 0) -> list[Token]:
        """Tokens of ``text``; offsets are shifted by ``offset``."""
        out: list[Token] = []
        append = out.append
        cache = self._cache
        words_of = self.words_of
        new = tuple.__new__  # named-tuple construction without the keyword-argument machinery
        for m in TOKEN_RE.finditer(text):
            kind = m.lastgroup
            s, e = m.span()
            s += offset
            e += offset
            tok = m.group()
            if kind == "arabic":
                segs = cache.get(tok) or words_of(tok)
                if len(segs) == 1:
                    words: tuple[Word, ...] = (new(Word, (s, e, tok, segs[0][3], "stem")),)
                else:
                    words = tuple(new(Word, (s + a, s + b, tok[a:b], nrm, role)) for a, b, role, nrm in segs)
            elif kind == "number":
                words = (new(Word, (s, e, tok, normalize_word(tok), "stem")),)
            else:
                words = (new(Word, (s, e, tok, tok.lower(), "stem")),)
            append(new(Token, (s, e, tok, words, kind)))
        return out
