"""The compiled fast path of the text layer (rasd.text._fast) against the pure-Python reference.

Both paths must give exactly the same tokens, words, kinds, norms, offsets, sentences and clauses, leave the
caches in the same state, and the compiled one must not leak. Skipped (with the reason) where the extension
is not built, e.g. an install without a C compiler.
"""
from __future__ import annotations

import gc
import gzip
import importlib.util
import json
import sys
import tracemalloc
from itertools import islice
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.doc import Sentence, Span, Token, Word
from rasd.text import _accel
from rasd.text.normalize import DELETED_CHARS, compiled_map, normalize
from rasd.text.sentences import _clause_cuts, compiled_tables, sentences_with_clauses
from rasd.text.tokenize import _KIND_NAMES, _SEVERAL, TOKEN_RE, Tokenizer

KINDS: list[str | None] = list(_KIND_NAMES)

# The mangled-connective strategy lives in test_fast_paths.py (tests are not a package: load it by path).
_spec = importlib.util.spec_from_file_location("_text_fast_paths_c", Path(__file__).with_name("test_fast_paths.py"))
assert _spec is not None and _spec.loader is not None
_ref = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ref)

pytestmark = pytest.mark.skipif(_accel.tokenize is None, reason=f"compiled path unavailable: {_accel.REASON}")

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
CORPUS = SHARED / "data" / "corpus" / "saudinewsnet" / "saudinewsnet_articles.jsonl.gz"
SEED = SHARED / "examples" / "seed-article.txt"

PURE = Tokenizer(pure=True)
FAST = Tokenizer(PURE.vocab)

ARABIC = list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةٱیک") + ["\ufe8d", "\ufedf", "\ufee0", "\ufefb", "\ufdf2"]
MARKS = list(DELETED_CHARS) + ["\u0640", "\u06d6", "\u06ed", "\u0670"]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u061c", "\ufeff", "\u200b", "\u200c", "\u200d"]
DIGITS = list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹") + ["\u0966", "\uff11", "\U0001d7ce", "²", "½"]
SEPS = list(".,\u066b\u066c'-_") + [" ", "\n", "\t", "\u00a0", "\u2028", "\u3000", "\x1c", "\x85"]
OTHER = list("aZéßΣжǅ中😀") + ["\U00010000", "\U0001f600", "\U00020000", "\U000e0001", "\u0300", "\u00ad", "\x00"]
CLITIC_WORDS = ["وبالمدينة", "للجيش", "لدخولها", "مدينتهم", "وسيقول", "فستكون", "بغداد", "وزير", "كتابهما",
                "والجيشُ", "بالـمدينة", "وَلِلْجَيْشِ"]
PIECE = st.one_of(
    st.sampled_from(ARABIC + MARKS + BIDI + DIGITS + SEPS + OTHER + CLITIC_WORDS),
    st.characters(blacklist_categories=("Cs",)),  # any code point but a surrogate, astral ones included
)
TEXT = st.lists(PIECE, max_size=60).map("".join)
# Sentence and clause material: end marks, closers, clause punctuation, capitals, line breaks, connectives.
SENT_BITS = list(".!?؟…\n،؛:;,\"'»”’)]}") + ["\u200f", "\u200e", "U", "S", "É", " ", "  ", "\n\n", "3", "٣", "_"]
SENT_TEXT = st.lists(st.one_of(_ref.WORDS, st.sampled_from(SENT_BITS), PIECE), max_size=50).map("".join)


def _check_offsets(text: str, toks: list[Token], offset: int = 0) -> None:
    for t in toks:
        assert text[t.start - offset:t.end - offset] == t.text
        for w in t.words:
            assert text[w.start - offset:w.end - offset] == w.text


def _check_table(tok: Tokenizer) -> None:
    """The compiled tokenizer's table mirrors its norm and template caches exactly."""
    assert tok._table is not None
    assert tok._table.contents() == {t: (n, tok._templates[t] if n is _SEVERAL else None) for t, n in tok._norms.items()}
    assert len(tok._table) == len(tok._norms)


def _same(text: str, offset: int = 0) -> None:
    fast, pure = FAST.tokenize(text, offset), PURE.tokenize(text, offset)
    assert fast == pure
    assert [type(t) for t in fast] == [Token] * len(fast)
    assert all(type(t.words) is tuple and all(type(w) is Word for w in t.words) for t in fast)
    _check_offsets(text, fast, offset)


@given(TEXT, st.integers(0, 10**6))
@settings(max_examples=600)
def test_compiled_tokens_equal_the_pure_path(text: str, offset: int) -> None:
    _same(text)
    _same(text, offset)


@given(TEXT)
@settings(max_examples=300)
def test_the_compiled_scanner_equals_the_token_regex(text: str) -> None:
    from rasd.text import _fast

    assert _fast.spans(text) == [(*m.span(), KINDS.index(m.lastgroup)) for m in TOKEN_RE.finditer(text)]


def test_every_code_point_in_every_position() -> None:
    """Each code point (surrogates excepted) alone, after and before each kind of token, and as a separator."""
    from rasd.text import _fast

    cps = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000]
    for chunk in range(0, len(cps), 65536):
        chars = cps[chunk:chunk + 65536]
        for a, b in (("", ""), ("x'", "y"), ("1.", "٢"), ("ب", "ـ-")):
            text = "".join(a + ch + b for ch in chars)
            assert _fast.spans(text) == [(*m.span(), KINDS.index(m.lastgroup)) for m in TOKEN_RE.finditer(text)]
        if not chunk:  # the Basic Multilingual Plane through the whole tokenizer too
            _same("".join(chars))


def test_kinds_one_to_four_bytes_per_character() -> None:
    base = "وقال الجيش ٢٤ U.S. والجيشُ للجيش 3.5, a-b x_y"
    for extra in ("", "é", "\u0100", "😀", "\U00020000"):  # PyUnicode kinds 1, 1, 2, 4, 4
        _same(base + extra)
        _same(extra + base)
        _same(extra)
    _same("")
    _same("abc")  # an ASCII-only (kind 1, compact ASCII) string
    _same("   \n\t")


def test_seed_and_corpus_articles_are_identical() -> None:
    texts = []
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    if CORPUS.exists():
        with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
            texts.extend(json.loads(line)["content"] for line in islice(f, 0, 31_000, 10) if line.strip())
    if not texts:
        pytest.skip("../shared not found beside the checkout")
    fast, pure = Tokenizer(PURE.vocab), Tokenizer(PURE.vocab, pure=True)
    for text in texts:
        got = fast.tokenize(text)
        assert got == pure.tokenize(text)
        _check_offsets(text, got)
    assert fast._norms == pure._norms and fast._kinds == pure._kinds and fast._templates == pure._templates
    _check_table(fast)
    assert len(texts) > 3000 or not CORPUS.exists()


@given(st.lists(TEXT, min_size=2, max_size=8), st.integers(0, 6))
@settings(max_examples=100)
def test_cache_limit_and_contents_are_the_same(texts: list[str], limit: int) -> None:
    fast, pure = Tokenizer(PURE.vocab), Tokenizer(PURE.vocab, pure=True)
    fast.cache_limit = pure.cache_limit = limit
    for text in texts:
        assert fast.tokenize(text) == pure.tokenize(text)
        assert fast._norms == pure._norms
        assert fast._kinds == pure._kinds
        assert fast._templates == pure._templates
        _check_table(fast)


def test_paths_are_reported() -> None:
    assert FAST.path == "compiled" and PURE.path == "pure-python"
    assert _accel.active() == "compiled"


def test_errors_propagate_as_exceptions() -> None:
    from rasd.text import _fast

    tok = Tokenizer(PURE.vocab)

    def boom(s: str) -> str:
        raise ZeroDivisionError(s)

    before = sys.getrefcount(Token), sys.getrefcount(Word)
    for _ in range(100):
        with pytest.raises(ZeroDivisionError):
            _fast.tokenize("الجيش قال", 0, _fast.TokenCache(), {"الجيش": "الجيش"}, {}, boom, _SEVERAL, Token, Word, "stem",
                           _KIND_NAMES)
        with pytest.raises(KeyError):  # a token of several words without its template
            _fast.tokenize("وقال", 0, _fast.TokenCache(), {"وقال": _SEVERAL}, {}, tok._learn, _SEVERAL, Token, Word, "stem",
                           _KIND_NAMES)
    assert (sys.getrefcount(Token), sys.getrefcount(Word)) == before
    with pytest.raises(TypeError):
        _fast.tokenize(b"bytes", 0, _fast.TokenCache(), {}, {}, tok._learn, _SEVERAL, Token, Word, "stem", _KIND_NAMES)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        _fast.tokenize("x", 0, _fast.TokenCache(), [], {}, tok._learn, _SEVERAL, Token, Word, "stem", _KIND_NAMES)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        _fast.tokenize("x", 0, _fast.TokenCache(), {}, {}, tok._learn, _SEVERAL, int, Word, "stem", _KIND_NAMES)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        _fast.tokenize("x")  # type: ignore[call-arg]
    with pytest.raises(TypeError):  # not a TokenCache
        _fast.tokenize("x", 0, {}, {}, {}, tok._learn, _SEVERAL, Token, Word, "stem", _KIND_NAMES)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        _fast.TokenCache(1)  # type: ignore[call-arg]
    with pytest.raises(OverflowError):
        _fast.tokenize("x", 2**70, _fast.TokenCache(), {}, {}, tok._learn, _SEVERAL, Token, Word, "stem", _KIND_NAMES)
    with pytest.raises(TypeError):
        _fast.spans(3)  # type: ignore[arg-type]


def test_no_leaks_over_many_calls() -> None:
    texts = ["وقال الجيش ٢٤ U.S. والجيشُ للجيش 3.5, a-b 😀 مدينتهم وبالمدينة " * 5, "x", "", "وَلِلْجَيْشِ ١٬٢"]
    tok = Tokenizer(PURE.vocab)
    for text in texts:
        tok.tokenize(text)  # fill the caches
    gc.collect()
    counts = sys.getrefcount(Token), sys.getrefcount(Word), sys.getrefcount("stem"), sys.getrefcount(_SEVERAL)
    tracemalloc.start()
    try:
        for text in texts:
            tok.tokenize(text)
        first, _ = tracemalloc.get_traced_memory()
        for _ in range(1000):
            for text in texts:
                tok.tokenize(text)
        gc.collect()
        last, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # One leaked object a call would be 4,000 objects (over 120 kB); allow for unrelated noise.
    assert last - first < 64_000, f"traced memory grew by {last - first:,} bytes over 4,000 calls"
    assert (sys.getrefcount(Token), sys.getrefcount(Word), sys.getrefcount("stem"),
            sys.getrefcount(_SEVERAL)) == counts


def _same_sentences(text: str) -> None:
    fast, pure = sentences_with_clauses(text), sentences_with_clauses(text, pure=True)
    assert fast == pure
    assert all(type(x) is Sentence and type(x.clauses) is tuple and all(type(c) is Span for c in x.clauses)
               for x in fast)
    for x in fast:
        assert 0 <= x.start < x.end <= len(text) and text[x.start:x.end].strip() == text[x.start:x.end]
        assert all(x.start <= c.start < c.end <= x.end for c in x.clauses)


@given(SENT_TEXT)
@settings(max_examples=800)
def test_compiled_sentences_equal_the_pure_path(text: str) -> None:
    _same_sentences(text)
    from rasd.text import _fast

    tables = compiled_tables()
    assert tables is not None
    assert _fast.clause_cuts(text, *tables) == _clause_cuts(text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
@settings(max_examples=300)
def test_compiled_sentences_on_any_text(text: str) -> None:
    _same_sentences(text)


def test_sentences_edge_cases() -> None:
    for text in ("", " ", "\n", ".", "U.S.", "A. b", " A.", "x U.S. y. z", "a...", "؟؟", "a.\u200f b", "قال: نعم",
                 "، وقد", " وقد ", "\u064e وقد ", " و\u064eقد ", " فوقد ", " وفيما ", " في  حين ", " في\u0640 \u064eحين ",
                 "a\u2028b.\u3000c", "😀. 😀", "\U00020000، \U00020000 وقد x"):
        _same_sentences(text)
        _same_sentences(text * 3)


def test_sentences_on_the_seed_and_corpus_articles() -> None:
    texts = []
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    if CORPUS.exists():
        with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
            texts.extend(json.loads(line)["content"] for line in islice(f, 5, 31_000, 10) if line.strip())
    if not texts:
        pytest.skip("../shared not found beside the checkout")
    for text in texts:
        assert sentences_with_clauses(text) == sentences_with_clauses(text, pure=True)


def test_sentences_and_normalisation_do_not_leak() -> None:
    text = "قال الوزير، فيما أكد الجيش: الأمر الذي أدى. U.S. هنا! وقد ذهب (قال).» 3.5 بعد أن\n\nسطر 😀ـَ" * 10
    sentences_with_clauses(text)
    normalize(text)
    gc.collect()
    counts = sys.getrefcount(Span), sys.getrefcount(Sentence)
    tracemalloc.start()
    try:
        sentences_with_clauses(text)
        first, _ = tracemalloc.get_traced_memory()
        for _ in range(4000):
            sentences_with_clauses(text)
            normalize(text)
        gc.collect()
        last, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # One leaked object a call would be 4,000 objects (over 120 kB); allow for unrelated noise.
    assert last - first < 64_000, f"traced memory grew by {last - first:,} bytes over 4,000 calls"
    assert (sys.getrefcount(Span), sys.getrefcount(Sentence)) == counts


def test_sentences_bad_arguments() -> None:
    from rasd.text import _fast

    tables = compiled_tables()
    assert tables is not None
    with pytest.raises(TypeError):
        _fast.sentences("x", "short", tables[1], Span, Sentence)
    with pytest.raises(TypeError):
        _fast.sentences("x", tables[0], (1,), Span, Sentence)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        _fast.sentences("x", tables[0], tables[1], Token, Sentence)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        _fast.clause_cuts(b"x", *tables)  # type: ignore[arg-type]


FLAGS = ((True, False), (False, False), (True, True), (False, True))


def _same_normalized(text: str) -> None:
    for taa, hamza in FLAGS:
        fast = normalize(text, taa_marbuta=taa, hamza_seats=hamza)
        pure = normalize(text, taa_marbuta=taa, hamza_seats=hamza, pure=True)
        assert fast == pure
        assert type(fast.text) is str and all(type(b) is int for b in fast.breaks + fast.shifts)


@given(TEXT)
@settings(max_examples=400)
def test_compiled_normalisation_equals_the_pure_path(text: str) -> None:
    _same_normalized(text)


def test_compiled_normalisation_of_every_code_point() -> None:
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)
    _same_normalized(every)
    _same_normalized(every[::-1])
    for text in ("", "a", "\u064e", "\u064e\u064e", "a\u064e", "\uffff", "\uffff\u064e\uffff", "é\u00ad", "😀\u0640",
                 "«ى»", "ـ" * 50):
        _same_normalized(text)
    assert all(compiled_map(*flags) is not None for flags in FLAGS)


def test_normalize_bad_arguments() -> None:
    from rasd.text import _fast

    cmap = compiled_map(True, False)
    assert cmap is not None
    with pytest.raises(TypeError):
        _fast.normalize("x", "short")
    with pytest.raises(TypeError):
        _fast.normalize(b"x", cmap)  # type: ignore[arg-type]
    with pytest.raises(ValueError):  # a map that would widen a Latin-1 character
        _fast.normalize("a", cmap[:0x61] + "\u0627" + cmap[0x62:])


def test_the_environment_variable_forces_the_pure_path() -> None:
    import os
    import subprocess

    from rasd.config import pure_python_requested

    assert pure_python_requested({"RASD_PURE_PYTHON": "1"}) and pure_python_requested({"RASD_PURE_PYTHON": "yes"})
    assert not any(pure_python_requested(env) for env in ({}, {"RASD_PURE_PYTHON": ""}, {"RASD_PURE_PYTHON": "0"},
                                                           {"RASD_PURE_PYTHON": "false"}))
    code = ("import json, rasd; from rasd.text import _accel; from rasd.text.component import TextLayer; "
            "from rasd.api import make_document; "
            "d = TextLayer()(make_document('قال الوزير، فيما أكد الجيشُ: وبالمدينة ٣.٥ U.S. 😀'));"
            "print(json.dumps([_accel.active(), TextLayer().path, [list(t) for t in d.tokens], "
            "[(s.start, s.end, [(c.start, c.end) for c in s.clauses]) for s in d.sentences]]))")
    out = {}
    for value in ("1", "0"):
        env = {**os.environ, "RASD_PURE_PYTHON": value, "PYTHONPATH": os.pathsep.join(sys.path)}
        res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        out[value] = json.loads(res.stdout)
    assert out["1"][:2] == ["pure-python", "pure-python"] and out["0"][:2] == ["compiled", "compiled"]
    assert out["1"][2:] == out["0"][2:]


def test_a_pickled_tokenizer_gives_the_same_tokens() -> None:
    import copy
    import pickle

    text = "وقال الجيش ٢٤ U.S. والجيشُ للجيش 3.5, a-b 😀 مدينتهم وبالمدينة"
    for pure in (False, True):
        tok = Tokenizer(PURE.vocab, pure=pure)
        tok.cache_limit = 77
        first = tok.tokenize(text)
        for clone in (pickle.loads(pickle.dumps(tok)), copy.deepcopy(tok)):
            assert clone.path == tok.path and clone.cache_limit == 77
            assert not clone._norms  # the caches travel empty (the several-words marker is told by identity) …
            assert clone.tokenize(text) == first == PURE.tokenize(text)  # … and fill again
            if not pure:
                _check_table(clone)
    from rasd.text import _fast

    assert len(pickle.loads(pickle.dumps(_fast.TokenCache()))) == 0
