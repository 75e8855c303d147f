"""The lexicon merge: untagged actor-dictionary names of mapped kinds become entities; the tagger's labels win."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.actors.dictionary import TERMINAL, load
from rasd.ner.features import token_key
from rasd.ner.lexicon import lexicon_merge
from rasd.text.tokenize import Tokenizer

TOK = Tokenizer()
ARMED = {"armed_group": "ORG"}


def _run(text: str, labels: list[str] | None = None, kinds: dict[str, str] = ARMED,
         contain: bool = False) -> tuple[list[str], list[str]]:
    toks = TOK.tokenize(text)
    lab = labels if labels is not None else ["O"] * len(toks)
    out = lexicon_merge([toks], [lab], [[token_key(t) for t in toks]], kinds, contain=contain)[0]
    return [t.text for t in toks], out


def _kind_of(words: list[str]) -> set[str]:
    d = load()
    node = d.names
    for w in words:
        node = node.get(w, {})
    return {d.actors[p[1]].kind for p in node.get(TERMINAL, []) if p[0] == "actor"}


def test_armed_group_with_clitic_is_tagged() -> None:
    assert _kind_of([token_key(TOK.tokenize("داعش")[0])]) == {"armed_group"}
    words, lab = _run("قاتلت القوات لداعش في المدينة")
    assert lab[words.index("لداعش")] == "B-ORG"
    assert lab.count("O") == len(lab) - 1


def test_off_without_kinds_and_for_unmapped_kinds() -> None:
    _, lab = _run("قاتلت القوات لداعش في المدينة", kinds={})
    assert set(lab) == {"O"}
    _, lab = _run("قاتلت القوات لداعش في المدينة", kinds={"person": "PER"})
    assert set(lab) == {"O"}


def test_tagger_labels_win() -> None:
    words, lab0 = _run("قال جيش الإسلام إن")
    i = words.index("جيش")
    given_labels = ["O"] * len(words)
    given_labels[i + 1] = "B-MISC"
    _, lab = _run("قال جيش الإسلام إن", given_labels)
    assert lab == given_labels  # a name partly tagged by the tagger is left alone
    if _kind_of(["جيش", "الاسلام"]) == {"armed_group"}:
        assert lab0[i:i + 2] == ["B-ORG", "I-ORG"]
        _, lab = _run("قال جيش الإسلام إن", given_labels, contain=True)
        assert lab[i:i + 2] == ["B-ORG", "I-ORG"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-MISC"]), min_size=9, max_size=9))
def test_only_o_labels_change_and_bio_stays_valid(raw: list[str]) -> None:
    text = "قالت قسد إن داعش وجيش الإسلام في البوكمال"
    toks = TOK.tokenize(text)
    lab = (raw * 3)[: len(toks)]
    out = lexicon_merge([toks], [lab], [[token_key(t) for t in toks]], ARMED)[0]
    assert len(out) == len(lab)
    for a, b in zip(lab, out, strict=True):
        assert a == b or a == "O"
    prev = "O"
    for a, b in zip(lab, out, strict=True):
        if b.startswith("I-") and a == "O":
            assert prev[2:] == b[2:]
        prev = b


def test_split_rule_replaces_other_typed_fragments_only() -> None:
    toks = TOK.tokenize("قاتل جيش الإسلام في الغوطة")
    keys = [[token_key(t) for t in toks]]
    frag = [["O", "O", "B-MISC", "O", "B-LOC"]]
    kinds = {"armed_group": "ORG"}
    assert lexicon_merge([toks], frag, keys, kinds)[0] == frag[0]  # default: the tagger's labels win
    assert lexicon_merge([toks], frag, keys, kinds, split=True)[0] == ["O", "B-ORG", "I-ORG", "O", "B-LOC"]
    same = [["O", "O", "B-ORG", "O", "B-LOC"]]  # a fragment of the name's own type is a span convention: kept
    assert lexicon_merge([toks], same, keys, kinds, split=True)[0] == same[0]
    cross = [["O", "O", "B-MISC", "I-MISC", "B-LOC"]]  # a fragment crossing the name's edge: kept
    assert lexicon_merge([toks], cross, keys, kinds, split=True)[0] == cross[0]


def test_description_actors_name_no_one() -> None:
    # «مسلحين» is an alias of the unidentified-gunmen description (an armed_group kind): never an entity
    assert _kind_of([token_key(TOK.tokenize("مسلحين")[0])]) == {"armed_group"}
    _, lab = _run("هاجم مسلحين نقطة تفتيش في المدينة")
    assert set(lab) == {"O"}
