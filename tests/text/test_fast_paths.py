"""The text layer's fast paths against plain reference implementations of the same rules.

The tokenizer, the normaliser and the clause splitter take shortcuts for speed (a translation tuple instead of a
dict, per-token-string templates, a connective regex on the raw text instead of on a normalised copy). Each
shortcut must give exactly what the plain rule gives; these tests state the plain rule in a few lines and compare
on random text built to hit the awkward cases (diacritics, tatweel, invisible marks, letter variants, clitics).
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.doc import Token, Word
from rasd.text.normalize import DELETED_CHARS, _fast_table, _table, _translate, normalize, normalize_word
from rasd.text.sentences import _clause_cuts, load_connectives
from rasd.text.tokenize import _ENCLITICS, _FUT_NEXT, TOKEN_RE, Tokenizer

TOK = Tokenizer()

LETTERS = list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة") + ["ٱ", "ی", "ک", "\ufe8d", "\ufedf", "\ufee0"]
NOISE = list(DELETED_CHARS[:8]) + ["\u0640", "\u200f", "\u200e", "\u202b", "\u200c", "\u200d", "\ufeff", "\u00ad"]
SPACE = [" ", " ", "\n", "\t", "\u00a0"]
PUNCT = list("،؛:.؟!«»\"'-,;0123456789٠١٢") + ["x", "Q"]
CLITIC_WORDS = ["وبالمدينة", "للجيش", "لدخولها", "مدينتهم", "وسيقول", "فستكون", "بغداد", "وزير", "كتابهما"]


def _mangle(word: str) -> st.SearchStrategy[str]:
    """``word`` with variant letters and deleted characters sprinkled in (normalises back to ``word``'s view)."""
    variants: dict[str, list[str]] = {}
    for cp, to in _table(True, False).items():
        if to:
            variants.setdefault(to, []).append(chr(cp))

    def build(choices: list[tuple[int, int]]) -> str:
        out = []
        for ch, (v, d) in zip(word, choices):
            alts = [ch] + variants.get(normalize_word(ch), [])
            out.append(alts[v % len(alts)] if ch != " " else SPACE[v % len(SPACE)])
            if d % 5 == 0:
                out.append(NOISE[d % len(NOISE)])
        return "".join(out)

    return st.lists(st.tuples(st.integers(0, 20), st.integers(0, 40)), min_size=len(word), max_size=len(word)).map(
        build
    )


WORDS = st.sampled_from(list(load_connectives()) + ["و" + c for c in load_connectives()] + CLITIC_WORDS).flatmap(
    _mangle
)
PIECE = st.one_of(WORDS, st.sampled_from(LETTERS), st.sampled_from(NOISE), st.sampled_from(SPACE),
                  st.sampled_from(PUNCT))
TEXT = st.lists(PIECE, max_size=40).map("".join)


def test_translation_tuple_equals_the_dict() -> None:
    for flags in ((True, False), (False, False), (True, True), (False, True)):
        table, fast = _table(*flags), _fast_table(*flags)
        chars = "".join(chr(cp) for cp in range(0x10000) if not 0xD800 <= cp < 0xE000) + "😀\U00010000"
        assert chars.translate(table) == chars.translate(fast)


@given(st.text(alphabet=st.one_of(st.sampled_from(LETTERS + NOISE + SPACE + PUNCT), st.characters()), max_size=60))
@settings(max_examples=300)
def test_replacing_each_changed_character_equals_one_translation(text: str) -> None:
    for flags in ((True, False), (False, False), (True, True), (False, True)):
        assert _translate(text, *flags) == text.translate(_fast_table(*flags))


def test_replacing_every_character_equals_one_translation() -> None:
    every = "".join(chr(cp) for cp in range(0x10000) if not 0xD800 <= cp < 0xE000) + "😀\U00010000"
    for flags in ((True, False), (False, False), (True, True), (False, True)):
        assert _translate(every, *flags) == every.translate(_fast_table(*flags))
        assert _translate(every[::-1], *flags) == every[::-1].translate(_fast_table(*flags))


def test_normalising_twice_changes_nothing() -> None:
    # The tokenizer normalises a word's letters with ة kept, then the word's norm with ة → ه, and relies on
    # the second step giving what a single normalize_word of the raw text gives.
    t1, t2 = _fast_table(False, False), _fast_table(True, False)
    for cp in range(0x10000):
        ch = chr(cp)
        assert ch.translate(t1).translate(t2) == ch.translate(t2)


_REFERENCE_CONNECTIVES = re.compile(
    r"(?<=\s)(?:[وف])?(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in load_connectives()) + r")(?=\s)"
)


def _reference_cuts(text: str) -> list[int]:
    """The clause rule as stated: punctuation, and connectives found on the normalised view."""
    cuts = [m.end() for m in re.finditer(r"[،؛:;,](?!\d)", text)]
    view = normalize(text)
    cuts.extend(view.to_raw(m.start()) for m in _REFERENCE_CONNECTIVES.finditer(view.text))
    return sorted(cuts)


@given(TEXT)
@settings(max_examples=400)
def test_connectives_on_raw_text_equal_the_normalised_rule(text: str) -> None:
    assert _clause_cuts(text) == _reference_cuts(text)


def _reference_segment(w: str, vocab: dict[str, int]) -> tuple[tuple[int, ...], int, bool]:
    """The clitic rule as first written: every candidate, scored in turn."""
    whole = vocab.get(w, 0)
    best: tuple[tuple[int, ...], int, bool] = ((), 0, False)
    best_score = whole
    options = []
    for conj in [()] + ([(1,)] if w[:1] in ("و", "ف") else []):
        rest = w[sum(conj):]
        preps: list[tuple[int, ...]] = [()]
        if rest[:1] in ("ب", "ك", "ل"):
            preps.append((1,))
        if rest[:1] == "س" and rest[1:2] in _FUT_NEXT and conj:
            preps.append((1,))
        for prep in preps:
            if conj or prep:
                r2 = rest[sum(prep):]
                options.append((conj + prep, bool(prep) and rest[:1] == "ل" and r2.startswith("ل") and len(r2) >= 3))
    for pre, restore in options:
        stem = w[sum(pre):]
        if len(stem) < 2:
            continue
        f = vocab.get("ا" + stem if restore else stem, 0)
        if (restore or stem.startswith("ال")) and len(stem) >= 4:
            score = max(f, 1) * 4 + 1 + whole
        elif len(stem) >= 3:
            score = f * 2
            if not score and not whole and len(stem) >= 4 and w[0] in "بل":
                score = 1
        else:
            score = f // 4
        if score > best_score or (score == best_score and score and len(pre) > len(best[0])):
            best, best_score = (pre, 0, restore), score
    stem = w[sum(best[0]):]
    if not best[2] and not stem.startswith("ال"):
        base_f = vocab.get(stem, 0)
        for enc in _ENCLITICS:
            if stem.endswith(enc) and len(stem) - len(enc) >= 3:
                r = stem[: -len(enc)]
                f = max(vocab.get(r, 0), vocab.get(r[:-1] + "ة", 0) if r.endswith("ت") else 0)
                if f > 2 * base_f and f >= 3:
                    return best[0], len(enc), False
    return best


def _reference_tokens(text: str, vocab: dict[str, int]) -> list[Token]:
    """Tokens and words the plain way: one regex match at a time, words mapped through the normalised view."""
    out = []
    for m in TOKEN_RE.finditer(text):
        s, e, tok, kind = m.start(), m.end(), m.group(), m.lastgroup
        if kind != "arabic":
            norm = normalize_word(tok) if kind == "number" else tok.lower()
            out.append(Token(s, e, tok, (Word(s, e, tok, norm, "stem"),), kind))
            continue
        view = normalize(tok, taa_marbuta=False)
        nt = view.text
        if not nt:
            out.append(Token(s, e, tok, (Word(s, e, tok, "", "stem"),), "arabic"))
            continue
        pre, enc, restore = _reference_segment(nt, vocab)
        parts, pos = [], 0
        for ln in pre:
            parts.append((pos, "proclitic", normalize_word(nt[pos:pos + ln])))
            pos += ln
        stem_norm = normalize_word(nt[pos:len(nt) - enc])
        parts.append((pos, "stem", "ا" + stem_norm if restore else stem_norm))
        if enc:
            parts.append((len(nt) - enc, "enclitic", normalize_word(nt[len(nt) - enc:])))
        starts = [0] + [view.to_raw(p) for p, _r, _n in parts[1:]] + [len(tok)]
        words = tuple(
            Word(s + starts[i], s + starts[i + 1], tok[starts[i]:starts[i + 1]], norm, role)
            for i, (_p, role, norm) in enumerate(parts)
        )
        out.append(Token(s, e, tok, words, "arabic"))
    return out


@given(TEXT)
@settings(max_examples=300)
def test_tokens_equal_the_plain_rule(text: str) -> None:
    assert TOK.tokenize(text) == _reference_tokens(text, TOK.vocab)
    assert TOK.tokenize(text, 7) == [
        Token(t.start + 7, t.end + 7, t.text, tuple(w._replace(start=w.start + 7, end=w.end + 7) for w in t.words),
              t.kind)
        for t in _reference_tokens(text, TOK.vocab)
    ]


@given(st.lists(TEXT, min_size=2, max_size=6))
@settings(max_examples=50)
def test_a_small_cache_gives_the_same_tokens(texts: list[str]) -> None:
    small = Tokenizer(TOK.vocab)
    small.cache_limit = 3  # emptied at nearly every call
    for text in texts:
        assert small.tokenize(text) == TOK.tokenize(text)
    assert len(small._norms) <= 3 + max(len(TOKEN_RE.findall(t)) for t in texts)


def test_tokens_and_words_are_the_named_tuples() -> None:
    toks = TOK.tokenize("وقال الجيش ٢٤ U.S.")
    assert all(type(t) is Token and type(t.words) is tuple for t in toks)
    assert all(type(w) is Word for t in toks for w in t.words)
    assert [w.role for w in toks[0].words] == ["proclitic", "stem"]
