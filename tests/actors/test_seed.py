"""Every actor slot of every gold event of the seed article resolves to the right canonical actor."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.doc import Mention

from .gold import score

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "examples" / "seed-article.gold.json"


@pytest.fixture(scope="module")
def gold() -> dict:  # type: ignore[type-arg]
    if not SEED.exists():
        pytest.skip("../shared is not beside the checkout")
    return json.loads(SEED.read_text(encoding="utf-8"))


def test_seed_without_ner(link, gold) -> None:  # type: ignore[no-untyped-def]
    doc = link(gold["text"], date=gold["meta"]["date"])
    ok, total, notes = score(doc, gold)
    assert total >= 30
    assert ok == total, notes


def test_seed_with_gold_ner_mentions(link, gold) -> None:  # type: ignore[no-untyped-def]
    ner = tuple(Mention(f"g{i}", m["start"], m["end"], m["text"], m["type"], source="gold")
                for i, m in enumerate(gold["mentions"], 1))
    doc = link(gold["text"], date=gold["meta"]["date"], mentions=ner)
    ok, total, notes = score(doc, gold)
    assert ok == total, notes
    # every gold ORG/PER mention is kept with its id and linked, or inside a longer linked dictionary mention
    kept = {m.id: m for m in doc.mentions}
    for g in ner:
        if g.type in ("ORG", "PER"):
            longer = [m for m in doc.mentions if m.start <= g.start and g.end <= m.end and m.actor]
            assert (g.id in kept and kept[g.id].actor) or (longer and longer[0].source == "lexicon"), g.text


@pytest.mark.parametrize(("surface", "name"), [("قسد", "Syrian Democratic Forces"), ("درع الفرات", "Euphrates Shield"),
                                               ("الآلية المشتركة للتحقيق", "UN-OPCW Joint Investigative Mechanism"),
                                               ("الجيش", "Syrian Arab Army")])
def test_seed_named_examples(link, gold, surface: str, name: str) -> None:  # type: ignore[no-untyped-def]
    doc = link(gold["text"])
    linked = {a.id: a.name for a in doc.actors}
    names = {linked[m.actor] for m in doc.mentions if m.text == surface and m.actor}
    assert names == {name}
