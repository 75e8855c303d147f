from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd.ner.data import GoldSentence
from rasd.ner.evaluate import predict_gold_spans, score_spans

span = st.tuples(st.integers(0, 20), st.integers(1, 4), st.sampled_from(["PER", "ORG", "LOC", "MISC"])).map(
    lambda t: (t[0], t[0] + t[1], t[2]))


@given(st.lists(st.sets(span, max_size=5), min_size=1, max_size=5))
def test_perfect_prediction_scores_100(gold: list[set[tuple[int, int, str]]]) -> None:
    res = score_spans(gold, gold)
    if any(gold):
        assert res["micro"]["f1"] == 100.0
        assert res["macro"]["f1"] == 100.0


@given(st.lists(st.sets(span, max_size=5), min_size=1, max_size=5),
       st.lists(st.sets(span, max_size=5), min_size=1, max_size=5))
def test_scores_bounded_and_consistent(gold: list[set[tuple[int, int, str]]], pred0: list[set[tuple[int, int, str]]]) -> None:
    pred = (pred0 * 5)[: len(gold)]
    res = score_spans(gold, pred)
    for k in ("precision", "recall", "f1"):
        assert 0.0 <= res["micro"][k] <= 100.0
    assert res["entities"] == sum(len(g) for g in gold)


def test_exact_span_partial_match_counts_as_error() -> None:
    gold = [{(0, 2, "PER"), (5, 6, "LOC")}]
    pred = [{(1, 2, "PER"), (5, 6, "LOC")}]
    res = score_spans(gold, pred)
    assert res["per_type"]["LOC"]["f1"] == 100.0
    assert res["per_type"]["PER"]["f1"] == 0.0
    assert res["micro"]["precision"] == 50.0
    assert res["macro"]["f1"] == 50.0


def test_character_spans_map_to_gold_tokens() -> None:
    s = GoldSentence(("زار", "وزير", "الخارجية", "جون", "كيري", "للقاهرة"), ("O",) * 6)
    text = s.text
    a = text.index("جون")
    b = text.index("كيري") + len("كيري")
    c = text.index("للقاهرة") + 1  # the mention leaves the clitic out
    got = predict_gold_spans(s, [(a, b, "PER"), (c, len(text), "LOC")])
    assert got == {(3, 5, "PER"), (5, 6, "LOC")}
