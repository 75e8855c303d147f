from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from rasd.ner.data import GoldSentence, project, read_conll, spans_of
from rasd.text.tokenize import Tokenizer

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def test_read_conll_blank_lines_and_iob1_repair(tmp_path: Path) -> None:
    f = tmp_path / "g.txt"
    f.write_text("قال O\nالرئيس O\nبشار I-PERS\nالأسد I-PERS\n\nفي O\nدمشق B-LOC\n", encoding="utf-8")
    sents = read_conll(f)
    assert [s.tokens for s in sents] == [("قال", "الرئيس", "بشار", "الأسد"), ("في", "دمشق")]
    assert sents[0].tags == ("O", "O", "B-PER", "I-PER")
    assert spans_of(sents[0].tags) == {(2, 4, "PER")}


def test_spans_of_type_change_starts_new_span() -> None:
    assert spans_of(["B-ORG", "I-ORG", "I-LOC", "O", "B-PER"]) == {(0, 2, "ORG"), (2, 3, "LOC"), (4, 5, "PER")}


@given(st.lists(st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]), max_size=30))
def test_spans_are_disjoint_and_inside(tags: list[str]) -> None:
    spans = sorted(spans_of(tags))
    for (a, b, _t), (c, _d, _u) in itertools.pairwise(spans):
        assert b <= c
    assert all(0 <= a < b <= len(tags) for a, b, _ in spans)
    assert sum(t.startswith("B-") for t in tags) <= len(spans)


def test_project_clitics_and_punctuation() -> None:
    s = GoldSentence(("وصل", "وزير", "الخارجية", "إلى", "لبنان،", "قادما", "من", "بغداد"),
                     ("O", "O", "O", "O", "B-LOC", "O", "O", "B-LOC"))
    toks = Tokenizer().tokenize(s.text)
    tags = project(s, toks)
    got = {(toks[a].text, t) for a, b, t in spans_of(tags)}
    assert got == {("لبنان", "LOC"), ("بغداد", "LOC")}
    assert tags[[t.text for t in toks].index("،")] == "O"


def test_anercorp_training_part_stops_before_test_split() -> None:
    from rasd.ner.data import ANER_TRAIN_LINES

    path = SHARED / "data" / "ner" / "anercorp" / "ANERCorp.txt"
    n = sum(1 for _ in read_conll(path, max_lines=50, split_on_period=True))
    assert n >= 1
    assert ANER_TRAIN_LINES == 125_305
