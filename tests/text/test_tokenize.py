from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.normalize import DELETED_CHARS
from rasd.text.tokenize import Tokenizer

TOK = Tokenizer()

ARABIC = st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة"))
NOISE = st.sampled_from(list(DELETED_CHARS[:10]) + ["\u0640", "\u200f", "\u202b", "\u202c", "\u200c"])
OTHER = st.sampled_from(list(" ،.؟«»\"'-0123456789٠١٢abcXYZ\n") + ["\ufefb", "\u2066", "😀"])
TEXT = st.text(alphabet=st.one_of(ARABIC, ARABIC, ARABIC, NOISE, OTHER), max_size=120)


@given(TEXT)
@settings(max_examples=300)
def test_token_and_word_offsets_are_exact(text: str) -> None:
    prev_end = 0
    for tok in TOK.tokenize(text):
        assert text[tok.start:tok.end] == tok.text
        assert tok.start >= prev_end and tok.end > tok.start
        prev_end = tok.end
        # words tile their token exactly
        assert tok.words[0].start == tok.start and tok.words[-1].end == tok.end
        for a, b in zip(tok.words, tok.words[1:]):
            assert a.end == b.start
        for w in tok.words:
            assert text[w.start:w.end] == w.text
            assert w.end > w.start
        assert sum(1 for w in tok.words if w.role == "stem") == 1


@given(TEXT)
@settings(max_examples=200)
def test_no_letter_is_lost(text: str) -> None:
    covered = set()
    for tok in TOK.tokenize(text):
        covered.update(range(tok.start, tok.end))
    for i, ch in enumerate(text):
        if ch.isalnum() and ch not in DELETED_CHARS:
            assert i in covered, (i, ch)


@pytest.mark.parametrize(
    ("token", "stem", "norm"),
    [
        ("لداعش", "داعش", "داعش"),
        ("والجيش", "الجيش", "الجيش"),
        ("للجيش", "لجيش", "الجيش"),
        ("للتنظيمات", "لتنظيمات", "التنظيمات"),
        ("بالكيماوي", "الكيماوي", "الكيماوي"),
        ("وبالمدينة", "المدينة", "المدينه"),
        ("وبريطانيا", "بريطانيا", "بريطانيا"),
        ("فأميركا", "أميركا", "اميركا"),
        ("بتطويق", "تطويق", "تطويق"),
        ("وزير", "وزير", "وزير"),
        ("ولاية", "ولاية", "ولايه"),
        ("بين", "بين", "بين"),
        ("لبنان", "لبنان", "لبنان"),
        ("بغداد", "بغداد", "بغداد"),
        ("فرنسا", "فرنسا", "فرنسا"),
        ("كركوك", "كركوك", "كركوك"),
    ],
)
def test_clitic_segmentation(token: str, stem: str, norm: str) -> None:
    (tok,) = TOK.tokenize(token)
    assert tok.stem.text == stem
    assert tok.stem.norm == norm


def test_enclitic_pronoun_is_split() -> None:
    (tok,) = TOK.tokenize("لدخولها")
    assert [w.text for w in tok.words] == ["ل", "دخول", "ها"]
    assert [w.role for w in tok.words] == ["proclitic", "stem", "enclitic"]


def test_offsets_in_context_with_diacritics() -> None:
    text = "بدأ الجَيْشُ بِتَطْويقِ مدينة «البوكمال»، و٢٤ كم"
    toks = TOK.tokenize(text)
    assert [t.kind for t in toks][:3] == ["arabic", "arabic", "arabic"]
    tatwiq = toks[2]
    assert tatwiq.stem.norm == "تطويق"
    assert text[tatwiq.stem.start:tatwiq.stem.end] == "تَطْويقِ"
    assert any(t.kind == "number" and t.text == "٢٤" for t in toks)
    assert "«" in [t.text for t in toks]


def test_latin_and_numbers() -> None:
    toks = TOK.tokenize("U.S. forces 3.5 km, ISIS-K")
    assert [t.text for t in toks] == ["U", ".", "S", ".", "forces", "3.5", "km", ",", "ISIS-K"]


def test_the_collector_is_left_as_it_was_found() -> None:
    import gc

    from rasd.text.tokenize import gc_paused

    tok = Tokenizer({})
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: the inner pause must not switch it back on
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    try:
        with gc_paused():
            raise KeyError("x")
    except KeyError:
        pass
    assert gc.isenabled()
    gc.disable()
    try:
        tok.tokenize("وقال الجيش")
        assert not gc.isenabled()  # a caller that switched it off keeps it off
    finally:
        gc.enable()
    tok.tokenize("وقال الجيش")
    assert gc.isenabled()
