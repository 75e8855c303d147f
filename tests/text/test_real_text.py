"""The text layer's fast paths against the plain rules on real news text (SaudiNewsNet sample, seed article).

The hypothesis tests in test_fast_paths.py build awkward random text; this runs the same plain reference rules
(str.translate for normalisation, one regex match at a time for tokens and words, connectives found on the
normalised view) over real articles, where the letter, diacritic and punctuation mix is the one that matters.
Skipped when ../shared (the corpus, CC BY-NC-SA, never shipped) is not beside the checkout.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
from itertools import islice
from pathlib import Path

import pytest

from rasd.text.normalize import _DELETE_RE, _fast_table, normalize
from rasd.text.sentences import _clause_cuts

# The plain reference rules live in test_fast_paths.py (tests are not a package: load it by path).
_spec = importlib.util.spec_from_file_location("_text_fast_paths", Path(__file__).with_name("test_fast_paths.py"))
assert _spec is not None and _spec.loader is not None
_ref = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ref)
TOK, _reference_cuts, _reference_tokens = _ref.TOK, _ref._reference_cuts, _ref._reference_tokens

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
CORPUS = SHARED / "data" / "corpus" / "saudinewsnet" / "saudinewsnet_articles.jsonl.gz"
SEED = SHARED / "examples" / "seed-article.txt"
SAMPLE = 150  # articles, spread over the file


def _sample() -> list[str]:
    if not CORPUS.exists():
        pytest.skip("SaudiNewsNet corpus not found beside the checkout")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["content"] for line in islice(f, 0, 31_000, 200) if line.strip()]
    texts = texts[:SAMPLE]
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _sample()


def _plain_normalize(raw: str, taa_marbuta: bool, hamza_seats: bool) -> tuple[str, list[int]]:
    """Normalised text, and the raw position of every normalised character, the slow obvious way."""
    table = _fast_table(taa_marbuta, hamza_seats)
    chars, raw_pos = [], []
    for i, ch in enumerate(raw):
        out = ch.translate(table)
        if out:
            chars.append(out)
            raw_pos.append(i)
    return "".join(chars), raw_pos


def test_normalisation_equals_the_plain_rule(texts: list[str]) -> None:
    for raw in texts:
        for flags in ((True, False), (False, True)):
            view = normalize(raw, taa_marbuta=flags[0], hamza_seats=flags[1])
            text, raw_pos = _plain_normalize(raw, *flags)
            assert view.text == text == raw.translate(_fast_table(*flags))
            assert [view.to_raw(i) for i in range(len(text))] == raw_pos
    # the sample must exercise the alignment, not only the 1:1 case
    assert any(_DELETE_RE.search(raw) for raw in texts)


def test_tokens_and_words_equal_the_plain_rule(texts: list[str]) -> None:
    for raw in texts:
        assert TOK.tokenize(raw) == _reference_tokens(raw, TOK.vocab)


def test_clause_cuts_equal_the_plain_rule(texts: list[str]) -> None:
    cuts = 0
    for raw in texts:
        got = _clause_cuts(raw)
        assert got == _reference_cuts(raw)
        cuts += len(got)
    assert cuts > len(texts)
