"""Golden end-to-end case for the text layer on the seed article.

The golden file records sentences, clauses and every token's words. Regenerate deliberately after a reviewed
change with:  RASD_UPDATE_GOLDEN=1 pytest tests/text/test_golden_seed.py
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from rasd.api import make_document
from rasd.text.component import TextLayer

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "seed-text-layer.json"


def _layer_output(text: str) -> dict[str, object]:
    doc = TextLayer()(make_document(text))
    return {
        "sentences": [[s.start, s.end, [[c.start, c.end] for c in s.clauses]] for s in doc.sentences],
        "tokens": [[t.start, t.end, t.kind, [[w.start, w.end, w.role, w.norm] for w in t.words]] for t in doc.tokens],
    }


def test_seed_text_layer_matches_golden(seed_text: str) -> None:
    out = _layer_output(seed_text)
    if os.environ.get("RASD_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert out["sentences"] == golden["sentences"]
    diffs = [(g, o) for g, o in zip(golden["tokens"], out["tokens"]) if g != o]
    assert len(out["tokens"]) == len(golden["tokens"]) and not diffs, diffs[:5]


def test_seed_words_carry_their_own_offsets(seed_text: str) -> None:
    doc = TextLayer()(make_document(seed_text))
    words = {(w.text, w.norm) for t in doc.tokens for w in t.words if w.role == "stem"}
    assert ("داعش", "داعش") in words  # from «لداعش»
    assert ("البوكمال", "البوكمال") in words
    assert ("لجيش", "الجيش") in words  # from «للجيش العربي السوري»
    for t in doc.tokens:
        for w in t.words:
            assert seed_text[w.start:w.end] == w.text
