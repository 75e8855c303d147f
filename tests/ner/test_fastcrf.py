"""The fast decoding path (cached per-type weight vectors + batched Viterbi) gives CRFsuite's own labels (for an
ensemble: each member's, and the mean's decoding equals decoding from the feature strings)."""
from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.doc import Document
from rasd.ner.consistency import propagate
from rasd.ner.features import Gazetteer, token_key
from rasd.ner.lexicon import lexicon_merge
from rasd.ner.model import NerModel, default_model
from rasd.ner.tagger import _groups
from rasd.text.component import TextLayer

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "examples" / "seed-article.txt"
CORPUS = SHARED / "data" / "corpus" / "saudinewsnet" / "saudinewsnet_articles.jsonl.gz"

WORDS = ["قال", "الرئيس", "السوري", "بشار", "الأسد", "إن", "قوات", "سوريا", "الديمقراطية", "قسد", "سيطرت", "على",
         "مدينة", "البوكمال", "وزير", "الدفاع", "الأمريكي", "جيم", "ماتيس", "في", "دمشق", "،", ".", "الأمم", "المتحدة",
         "لداعش", "وجيش", "الإسلام", "2017", "Reuters", "فيلق", "الرحمن", "بالقنيطرة", "|", "«", "»"]


def _texts(n: int) -> list[str]:
    out = [SEED.read_text(encoding="utf-8")]
    if CORPUS.exists():
        with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
            out += [json.loads(line).get("content") or "" for line in islice(f, n)]
    return out


@pytest.fixture(scope="module")
def model() -> NerModel:
    return default_model()


@pytest.fixture(scope="module")
def layer() -> TextLayer:
    return TextLayer()


def test_model_arrays_match_crfsuite(model: NerModel) -> None:
    assert model.fast.labels == model._tagger.labels()
    assert model.fast.W.shape == (len(model.fast.attr_index) + 1, len(model.fast.labels))
    assert not model.fast.W[model.fast.unknown].any()


def test_same_labels_as_crfsuite_on_news(model: NerModel, layer: TextLayer) -> None:
    n_sent = 0
    for text in _texts(40):
        doc = layer(Document(id="x", text=text))
        groups = _groups(doc.tokens, doc.sentences)
        fast = model.tag_many(groups)
        for g, lab in zip(groups, fast, strict=True):
            assert lab == model.tag_reference(g)
            n_sent += 1
    assert n_sent > 50


def test_mentions_same_as_crfsuite_path(model: NerModel, layer: TextLayer) -> None:
    """Document mentions (tagging, spreading, lexicon merge) equal those of CRFsuite labels put through the same
    decoding steps with keys recomputed by token_key."""
    for text in _texts(15):
        doc = layer(Document(id="x", text=text))
        groups = _groups(doc.tokens, doc.sentences)
        ref = propagate(groups, [model.tag_reference(g) for g in groups], **model.propagate_settings)
        if model.lexicon_kinds:
            keys = [[token_key(t) for t in g] for g in groups]
            ref = lexicon_merge(groups, ref, keys, model.lexicon_kinds, contain=model.lexicon_contain,
                                split=model.lexicon_split)
        want = [model.label_spans(g, lab) for g, lab in zip(groups, ref, strict=True)]
        assert model.spans_many(groups) == want


def test_small_vector_cache_gives_the_same_labels(model: NerModel, layer: TextLayer) -> None:
    doc = layer(Document(id="seed", text=SEED.read_text(encoding="utf-8")))
    groups = _groups(doc.tokens, doc.sentences)
    want = model.tag_many(groups)
    ext = model.extractor
    old = ext.vcache_limit
    try:
        ext.vcache_limit = 60  # many generation resets, some inside one document
        ext._vcache.clear()
        assert model.tag_many(groups) == want
    finally:
        ext.vcache_limit = old
        ext._vcache.clear()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), min_size=1, max_size=6))
def test_random_word_sequences(model: NerModel, sentences: list[list[str]]) -> None:
    from rasd.text.tokenize import Tokenizer

    tok = Tokenizer()
    groups = [tok.tokenize(" ".join(s)) for s in sentences]
    groups = [g for g in groups if g]
    for g, lab in zip(groups, model.tag_many(groups), strict=True):
        assert lab == model.tag_reference(g)


def test_each_member_is_crfsuite_exactly(model: NerModel, layer: TextLayer) -> None:
    """Every CRF of the model (one, or each member of an ensemble) decodes on the fast path as CRFsuite does."""
    members = model.card.get("members") or [{"file": model.member_paths[0].name, "features": model.config.to_dict()}]
    doc = layer(Document(id="seed", text=SEED.read_text(encoding="utf-8")))
    groups = _groups(doc.tokens, doc.sentences)
    for m in members:
        one = NerModel(model.member_paths[0].with_name(m["file"]), model.extractor.gaz, model.extractor.clusters,
                       {"features": m["features"]})
        for g, lab in zip(groups, one.tag_many(groups), strict=True):
            assert lab == one.tag_crfsuite(g)


def _longest_reference(gaz: Gazetteer, stems: list[str]) -> list[list[str]]:
    """The original longest-match rule: try the longest window first at each position."""
    out: list[list[str]] = [[] for _ in stems]
    for i in range(len(stems)):
        for j in range(min(len(stems), i + gaz.max_len), i, -1):
            types = gaz.phrases.get(" ".join(stems[i:j]))
            if types is not None:
                ln = "1" if j - i == 1 else "n"
                for t in types:
                    out[i].append(f"g:B-{t}{ln}")
                    for k in range(i + 1, j):
                        out[k].append(f"g:I-{t}")
                break
    return out


_GAZ = Gazetteer({"a": ("x",), "a b c": ("y",), "b": ("z",), "b c d e": ("x", "y"), "c d": ("z",), "d": ("w",)},
                 {}).finalize()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f"]), max_size=20))
def test_gazetteer_match_equals_the_reference_rule(stems: list[str]) -> None:
    assert _GAZ.match(stems) == _longest_reference(_GAZ, stems)
