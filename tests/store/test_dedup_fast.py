"""The fast paths of story dedup decide exactly as the reference functions (``fts_words``, ``linked``)."""
from __future__ import annotations

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.store.dedup import (
    DedupParams,
    Report,
    _block_keys,
    _EvidenceWords,
    _linked_pairs,
    link_reports,
    linked,
)
from rasd.store.rows import fts_words


def _reference_words(text: str) -> frozenset[str]:
    return frozenset(w for w in fts_words(text).split() if len(w) > 2)


_EVIDENCE = [
    "وللجيش السوري قصف مواقع لتنظيم «داعش» في ريف حلب، وقُتل 12 مسلحاً.",
    "أعلنت وزارة الداخلية السعودية القبض على 3 أشخاص في الرياض (KSA-news) يوم ١٥ مايو",
    "اتفق الرئيس\u00a0الأمريكي مع نظيره الروسي\u2003على هدنة\u200cفي سوريا... ISIS's attack",
    "",
    "  \n\t ",
]


def test_evidence_words_match_fts_words_on_real_sentences() -> None:
    words_of = _EvidenceWords()
    for text in _EVIDENCE + _EVIDENCE:  # the second pass reads the chunk cache
        assert words_of(text) == _reference_words(text)
    primed = _EvidenceWords()
    primed.prime(_EVIDENCE)  # one tokenizer call for every chunk
    assert [primed(t) for t in _EVIDENCE] == [_reference_words(t) for t in _EVIDENCE]


_ALPHABET = st.sampled_from(list("الجيشوبكفنمرستقحـًٌٍَُِّْ0123456789٠١٢abcXYZ'-.,،؛؟!«»()") +
                            [" ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u200b", "\u200c", "\u200f", "\ufeff", "\x1c", "\x85", "\u2028"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_ALPHABET, max_size=30).map("".join), max_size=4))
def test_evidence_words_match_fts_words(texts: list[str]) -> None:
    assert [_EvidenceWords()(t) for t in texts] == [_reference_words(t) for t in texts]
    primed = _EvidenceWords()
    primed.prime(texts)
    assert [primed(t) for t in texts] == [_reference_words(t) for t in texts]


_WORDS = ["هجوم", "الجيش", "قصف", "مدينة", "حلب", "قتلى", "جرحى", "اتفاق", "هدنة", "اعتقال"]
_PLACES = [None, (36.2, 37.15, "SY", "city"), (36.21, 37.2, "SY", "city"), (33.5, 36.3, "SY", "city"),
           (35.0, 38.5, "SY", "country"), (36.3, 37.1, "TR", "city"), (24.7, 46.7, "SA", "city")]


@st.composite
def _report(draw: st.DrawFn, n: int) -> Report:
    place = draw(st.sampled_from(_PLACES))
    lat, lon, country, feature = place if place else (None, None, None, None)
    return Report(
        doc_id=f"d{draw(st.integers(0, 3))}", event_id=f"e{n}", type=draw(st.sampled_from(["ASSAULT", "AGREE"])),
        mode=None, polarity="asserted", modality=draw(st.sampled_from(["asserted", "asserted", "hypothetical"])),
        day=draw(st.one_of(st.none(), st.integers(735000, 735006))), source=None,
        actors=frozenset(draw(st.lists(st.sampled_from(["SYR", "isis", "TUR"]), max_size=2))),
        recipients=frozenset(draw(st.lists(st.sampled_from(["civ", "isis", "SYR"]), max_size=2))),
        actor_names=(), recipient_names=(), lat=lat, lon=lon, country=country, admin1=None,
        place_name=None, place_key=f"{lat},{lon}" if place else None, precision=None, feature=feature,
        words=frozenset(draw(st.lists(st.sampled_from(_WORDS), max_size=6))),
    )


@st.composite
def _reports(draw: st.DrawFn) -> list[Report]:
    return [draw(_report(n)) for n in range(draw(st.integers(0, 14)))]


def _blocks(reports: list[Report]) -> dict[tuple[str, str, str, str], list[int]]:
    blocks: dict[tuple[str, str, str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        for k in _block_keys(r):
            blocks[(r.type, r.polarity, r.modality, k)].append(i)
    return blocks


@settings(max_examples=300, deadline=None)
@given(_reports(), st.sampled_from([DedupParams(), DedupParams(min_support=1, sim_evidence=0.0),
                                    DedupParams(max_days=0, max_km=5.0, sim_strong=0.3)]))
def test_linked_pairs_are_the_linked_pairs_that_share_a_block(reports: list[Report], p: DedupParams) -> None:
    keys = [{(r.type, r.polarity, k) for k in _block_keys(r)} for r in reports]
    want = {(i, j) for i in range(len(reports)) for j in range(i + 1, len(reports))
            if keys[i] & keys[j] and linked(reports[i], reports[j], p)}
    assert _linked_pairs(reports, _blocks(reports), p) == want
    groups = link_reports(reports, p)
    assert sorted(i for g in groups for i in g) == list(range(len(reports)))
