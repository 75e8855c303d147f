"""The shipped model through the pipeline: offsets, clitics, ids, load time, the seed article."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rasd.config import DEFAULT_PIPELINE, Settings
from rasd.doc import Document
from rasd.ner.component import NerComponent
from rasd.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "examples" / "seed-article.txt"

EXPECTED = ["البوكمال", "داعش", "القنيطرة", "جيش الإسلام", "فيلق الرحمن", "إدمون موليت", "جيم ماتيس",
            "بريت ماكغورك", "قسد"]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.from_settings(Settings(pipeline=("rasd.text.v1", "rasd.ner.v1")))


@pytest.fixture(scope="module")
def seed_doc(pipe: Pipeline) -> Document:
    return pipe(Document(id="seed", text=SEED.read_text(encoding="utf-8")))


def test_ner_is_in_default_pipeline() -> None:
    assert "rasd.ner.v1" in DEFAULT_PIPELINE
    assert DEFAULT_PIPELINE.index("rasd.ner.v1") == DEFAULT_PIPELINE.index("rasd.text.v1") + 1


def test_mentions_have_exact_offsets_ids_and_types(seed_doc: Document) -> None:
    ms = seed_doc.mentions
    assert len(ms) > 20
    assert [m.id for m in ms] == [f"m{i}" for i in range(1, len(ms) + 1)]
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    for m in ms:
        assert seed_doc.text[m.start:m.end] == m.text
        assert m.type in ("PER", "ORG", "LOC", "MISC") and m.source == "ner"
        assert m.text == m.text.strip() and m.text


def test_mentions_exclude_proclitics(pipe: Pipeline) -> None:
    text = "وصل وزير الخارجية الفرنسي إلى بيروت قادما من عمان، ثم توجه وبعدها للقاهرة وبغداد ولبنان."
    doc = pipe(Document(id="t", text=text))
    words_start = {w.start for t in doc.tokens for w in t.words if w.role != "proclitic"}
    for m in doc.mentions:
        assert m.start in words_start  # never on a proclitic
    texts = {m.text for m in doc.mentions}
    assert {"بيروت", "بغداد", "لبنان"} <= texts
    assert not texts & {"وبغداد", "ولبنان", "للقاهرة"}


def test_deterministic(pipe: Pipeline) -> None:
    text = SEED.read_text(encoding="utf-8")[:2000]
    a = pipe(Document(id="a", text=text)).mentions
    b = pipe(Document(id="a", text=text)).mentions
    assert a == b


def test_empty_and_non_arabic(pipe: Pipeline) -> None:
    assert pipe(Document(id="e", text="")).mentions == ()
    assert pipe(Document(id="n", text="123 ... !!")).mentions == ()


def test_component_fingerprint_is_stable() -> None:
    assert NerComponent().fingerprint() == NerComponent().fingerprint()


def test_model_loads_within_budget() -> None:
    code = ("import time; t=time.process_time(); from rasd.ner.model import default_model; default_model(); "
            "print(time.process_time()-t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # Budget 1 s (bench/bench_ner.py measures wall and CPU time). CPU time of the process, so that other load on
    # a shared machine does not count; slack for slower CI cores.
    assert float(out.stdout) < 1.5


# «داعش» and «قسد» are absent from ANERcorp's 2007 news; the model card's lexicon merge (rasd.ner.lexicon: untagged
# armed-group names of the actor dictionary) finds them. «جيش الإسلام»: the CRF tags «الإسلام» alone as MISC and
# «جيش» O; the merge's `split` rule (a dictionary name whose tagger fragments are all of other types) replaces
# the fragment. No hard-coding: the names come from the actor dictionary and the rule is measured on dev.
@pytest.mark.parametrize("name", EXPECTED)
def test_seed_article_expected_mentions(seed_doc: Document, name: str) -> None:
    found = {m.text for m in seed_doc.mentions}
    assert name in found
    m = next(m for m in seed_doc.mentions if m.text == name)
    assert seed_doc.text[m.start:m.end] == name


def test_recall_bias_decoding_only_adds_entity_tokens(seed_doc: Document) -> None:
    from rasd.ner.model import default_model

    model = default_model()
    toks = list(seed_doc.tokens[:400])
    plain = model.tag(toks, o_threshold=0.0)
    biased = model.tag(toks, o_threshold=0.95)
    assert len(plain) == len(biased) == len(toks)
    assert sum(lab != "O" for lab in biased) >= sum(lab != "O" for lab in plain)
    for a, b in zip(plain, biased):
        if a != "O":
            assert b[2:] == a[2:]  # entity tokens keep their type


def test_component_pickles_without_the_loaded_model(seed_doc: Document) -> None:
    import pickle

    comp = NerComponent()
    doc = seed_doc.replace(mentions=())
    first = comp(doc).mentions
    again = pickle.loads(pickle.dumps(comp))
    assert again(doc).mentions == first


def test_lone_surrogates_and_odd_text_do_not_crash(pipe: Pipeline) -> None:
    text = "\ud800 قال محمد \udfff في دمشق \x00 ﷺ ـــ"
    doc = pipe(Document(id="odd", text=text))
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text


def test_loc_spans_lose_a_leading_place_noun_and_bare_nouns_go() -> None:
    from rasd.api import make_document
    from rasd.ner.tagger import trim_place_nouns
    from rasd.text.component import TextLayer

    text = "قصفت الطائرات ريف حماة الشمالي وبلدة حضر وريف دمشق ثم ريف بدعم تركياً من تركيا"
    doc = TextLayer()(make_document(text))

    def span(s: str, nth: int = 0) -> tuple[int, int]:
        a = -1
        for _ in range(nth + 1):
            a = text.index(s, a + 1)
        return a, a + len(s)

    spans = [(*span("ريف حماة"), "LOC"), (*span("بلدة حضر"), "LOC"), (*span("ريف دمشق"), "LOC"),
             (*span("ريف", 2), "LOC"), (*span("الطائرات"), "ORG"), (*span("تركياً"), "LOC"),
             (*span("تركيا", 1), "LOC")]
    got = [(text[s:e], t) for s, e, t in trim_place_nouns(doc.tokens, spans)]
    # the name alone; Rif Dimashq is a governorate's name; a bare «ريف» and the adverb «تركياً» are dropped
    assert got == [("حماة", "LOC"), ("حضر", "LOC"), ("ريف دمشق", "LOC"), ("الطائرات", "ORG"), ("تركيا", "LOC")]
