from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.normalize import DELETED_CHARS, normalize, normalize_word

ARABIC = st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة") + ["ٱ", "ی", "ک"])
NOISE = st.sampled_from(list(DELETED_CHARS[:12]) + ["\u0640", "\u200f", "\u202b", "\u202c", "\u200c", "\ufeff"])
OTHER = st.sampled_from(list(" ،.؟«»\"'0123456789٠١٢٣٤٥٦٧٨٩۰۴abcXYZ\n\t") + ["\ufefb", "\ufe8e", "\u2066"])
MIXED = st.text(alphabet=st.one_of(ARABIC, NOISE, OTHER), max_size=80)


@given(MIXED)
@settings(max_examples=400)
def test_alignment_maps_every_normalised_char_to_its_raw_char(raw: str) -> None:
    view = normalize(raw)
    for i, ch in enumerate(view.text):
        r = view.to_raw(i)
        assert 0 <= r < len(raw)
        assert normalize_word(raw[r]) == ch


@given(MIXED)
@settings(max_examples=300)
def test_raw_span_is_exact_and_monotone(raw: str) -> None:
    view = normalize(raw)
    n = len(view.text)
    prev = -1
    for i in range(n):
        r = view.to_raw(i)
        assert r > prev
        prev = r
    for a in range(0, n, 3):
        for b in range(a, n + 1, 4):
            s, e = view.raw_span(a, b)
            assert 0 <= s <= e <= len(raw)
            # normalising the raw span gives back exactly the normalised slice
            assert normalize(raw[s:e]).text == view.text[a:b]


@given(MIXED)
def test_only_deleted_chars_disappear(raw: str) -> None:
    view = normalize(raw)
    kept = {view.to_raw(i) for i in range(len(view.text))}
    for j, ch in enumerate(raw):
        if j not in kept:
            assert ch in DELETED_CHARS


def test_normalisation_examples() -> None:
    assert normalize("أَمْرِيكَا").text == "امريكا"
    assert normalize("الـــجيش").text == "الجيش"
    assert normalize("مستشفى").text == "مستشفي"
    assert normalize("سورية").text == "سوريه"
    assert normalize("سورية", taa_marbuta=False).text == "سورية"
    assert normalize("٢٤ و۲۴").text == "24 و24"
    assert normalize("«داعش»").text == '"داعش"'
    assert normalize("\u200fداعش\u202c").text == "داعش"


def test_unchanged_text_has_identity_map() -> None:
    view = normalize("داعش في سوريا")
    assert view.breaks == ()
    assert view.raw_span(0, 4) == (0, 4)
