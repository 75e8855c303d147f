"""The two-stage stacked CRF experiment (scripts/ner_stack.py): document features from first-stage labels."""
from __future__ import annotations

from rasd.ner.stack import doc_features


def test_doc_features_read_the_window() -> None:
    labels = [["B-PER", "I-PER", "O"], ["O", "O", "O"], ["O", "B-ORG", "O"]]
    keys = [["جون", "سميث", "قال"], ["قال", "ان", "سميث"], ["ان", "جون", "قال"]]
    f = doc_features(labels, keys, window=20)
    assert f[0][0][:3] == ["s1=B-PER", "s1-1=BOS", "s1+1=I-PER"]
    assert "dk=ORG" in f[0][0]  # the other «جون» is ORG
    assert "deB=PER" in f[0][0] and "deI=PER" in f[0][1]
    assert "dsur=PER" in f[1][2] and "dk=PER" in f[1][2]  # «سميث» alone: surname of a person found nearby
    assert not any(x.startswith("dk") for x in f[1][1])  # two-letter words are not voted on
    far = doc_features(labels, keys, window=0)  # nothing outside the sentence itself
    assert "dsur=PER" not in far[1][2] and "dk=PER" not in far[1][2]

