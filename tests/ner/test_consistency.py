"""Document-level label spreading (rasd.ner.consistency)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.ner.consistency import majority_types, propagate
from rasd.ner.data import spans_of
from rasd.text.tokenize import Tokenizer

TOK = Tokenizer()


def _labels(tokens: list, marks: dict[str, str]) -> list[str]:
    """B-/I- labels for the tokens whose text starts a marked phrase (phrase → type)."""
    out = ["O"] * len(tokens)
    texts = [t.text for t in tokens]
    for phrase, typ in marks.items():
        words = phrase.split()
        for i in range(len(texts) - len(words) + 1):
            if texts[i:i + len(words)] == words:
                out[i] = "B-" + typ
                for k in range(i + 1, i + len(words)):
                    out[k] = "I-" + typ
    return out


SENTS = [
    "أعلن البنك التجاري القطري أرباحه ، وقالت فايزة أبوالنجا إن فولكسفاغن ستفتتح مصنعا في القاهرة .",
    "وارتفعت أسهم البنك التجاري أمس .",
    "وأضافت أبوالنجا أن فولكسفاغن وقعت الاتفاق في القاهرة .",
]


def _groups() -> list:
    return [TOK.tokenize(s) for s in SENTS]


def test_names_found_once_are_spread_to_nearby_sentences() -> None:
    groups = _groups()
    labels = [_labels(groups[0], {"البنك التجاري": "ORG", "فايزة أبوالنجا": "PER", "فولكسفاغن": "ORG",
                                  "القاهرة": "LOC"}),
              ["O"] * len(groups[1]), ["O"] * len(groups[2])]
    new = propagate(groups, labels, window=5)
    got = [{(" ".join(t.text for t in g[a:b]), typ) for a, b, typ in spans_of(lab)} for g, lab in zip(groups, new)]
    assert ("البنك التجاري", "ORG") in got[1]
    assert ("أبوالنجا", "PER") in got[2]  # a person's family name alone
    assert ("فولكسفاغن", "ORG") in got[2]
    assert not any(typ == "LOC" for _s, typ in got[2])  # places are not spread by default
    assert new[0] == labels[0]


def test_window_limits_the_spread_and_zero_turns_it_off() -> None:
    groups = _groups()
    labels = [_labels(groups[0], {"فولكسفاغن": "ORG"}), ["O"] * len(groups[1]), ["O"] * len(groups[2])]
    assert propagate(groups, labels, window=0) == labels
    near = propagate(groups, labels, window=1)
    assert near[2] == labels[2]  # two sentences away
    assert propagate(groups, labels, window=2)[2] != labels[2]


def test_tagged_tokens_are_never_relabelled() -> None:
    groups = _groups()
    labels = [_labels(groups[0], {"البنك التجاري": "ORG"}), _labels(groups[1], {"البنك": "LOC"}),
              ["O"] * len(groups[2])]
    new = propagate(groups, labels, window=5)
    assert new[1] == labels[1]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-MISC", "B-LOC"]),
                         min_size=20, max_size=20), min_size=3, max_size=3),
       st.integers(min_value=0, max_value=3))
def test_only_o_labels_change_and_bio_stays_valid(raw: list[list[str]], window: int) -> None:
    groups = _groups()
    labels = []
    for g, r in zip(groups, raw):
        lab = (r * 3)[:len(g)]
        prev = "O"
        for i, t in enumerate(lab):  # a valid BIO sequence
            if t.startswith("I-") and prev[2:] != t[2:]:
                lab[i] = "B-" + t[2:]
            prev = lab[i]
        labels.append(lab)
    new = propagate(groups, labels, window=window)
    for old, lab in zip(labels, new):
        assert len(old) == len(lab)
        assert all(o == n for o, n in zip(old, lab) if o != "O")
        prev = "O"
        for t in lab:
            assert not (t.startswith("I-") and prev[2:] != t[2:])
            prev = t


def test_majority_type_wins_within_the_window() -> None:
    groups = _groups()
    labels = [_labels(groups[0], {"فولكسفاغن": "ORG", "القاهرة": "LOC"}),
              ["O"] * len(groups[1]),
              _labels(groups[2], {"فولكسفاغن": "PER", "القاهرة": "LOC"})]
    # one ORG vote against one PER vote: a tie changes nothing
    assert propagate(groups, labels, window=5, majority=True) == propagate(groups, labels, window=5)
    keys = [[t.text for t in g] for g in groups]
    three = [labels[0], labels[2], labels[2]]
    new = majority_types(three, [keys[0], keys[2], keys[2]], window=5)
    i = keys[0].index("فولكسفاغن")
    assert new[0][i] == "B-PER"  # two PER votes against one ORG
    assert new[1] == three[1] and new[2] == three[2]
    far = majority_types(three, [keys[0], keys[2], keys[2]], window=0)
    assert far[0] == three[0]  # the other votes are out of the window


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC"]), min_size=20,
                         max_size=20), min_size=3, max_size=3))
def test_majority_keeps_spans_and_only_changes_types(raw: list[list[str]]) -> None:
    groups = _groups()
    keys = [[t.text for t in g] for g in groups]
    labels = []
    for g, r in zip(groups, raw):
        lab = (r * 3)[:len(g)]
        prev = "O"
        for i, t in enumerate(lab):
            if t.startswith("I-") and prev[2:] != t[2:]:
                lab[i] = "B-" + t[2:]
            prev = lab[i]
        labels.append(lab)
    new = majority_types(labels, keys, window=3)
    for old, lab in zip(labels, new):
        assert [(a, b) for a, b, _t in sorted(spans_of(old))] == [(a, b) for a, b, _t in sorted(spans_of(lab))]
