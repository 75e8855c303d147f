from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.sentences import load_connectives, sentences_with_clauses, split_sentences

ALPHA = st.sampled_from(list("ابتجدرسعفقلمنهوي") + [" ", " ", "،", "؛", ".", "؟", "!", "\n", "«", "»", "3", "\u200f", "ـ"])
TEXT = st.text(alphabet=ALPHA, max_size=200)


@given(TEXT)
@settings(max_examples=300)
def test_sentences_and_clauses_are_ordered_trimmed_and_inside(text: str) -> None:
    prev = 0
    for s in sentences_with_clauses(text):
        assert prev <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        prev = s.end
        assert s.clauses, "every sentence has at least one clause"
        cprev = s.start
        for c in s.clauses:
            assert cprev <= c.start < c.end <= s.end
            cprev = c.end
        assert s.clauses[0].start == s.start and s.clauses[-1].end == s.end


def test_seed_article_sentences(seed_text: str) -> None:
    sents = sentences_with_clauses(seed_text)
    assert len(sents) >= 7
    longest = max(s.end - s.start for s in sents)
    assert longest > 1000  # the seed's run-on sentences …
    for s in sents:
        for c in s.clauses:
            assert c.end - c.start < 420  # … are cut into clauses
    clause_texts = [seed_text[c.start:c.end] for s in sents for c in s.clauses]
    assert any(t.startswith("فيما التقى مع القوات العراقية") for t in clause_texts)
    assert any("بتطويق مدينة البوكمال" in t for t in clause_texts)


def test_sentence_boundaries() -> None:
    text = "قال المتحدث إن 3.5 مليون نازح عادوا. وأضاف: لا حل عسكرياً؟ نعم!\nسطر جديد"
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == ["قال المتحدث إن 3.5 مليون نازح عادوا.", "وأضاف: لا حل عسكرياً؟", "نعم!", "سطر جديد"]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "قال «انتهت المعركة.» ثم غادر."
    assert [text[s:e] for s, e in split_sentences(text)] == ["قال «انتهت المعركة.»", "ثم غادر."]


def test_connectives_are_normalised_data() -> None:
    conns = load_connectives()
    assert "فيما" in conns and "بينما" in conns
    assert all(len(a) >= len(b) for a, b in itertools.pairwise(conns))


def test_empty_text() -> None:
    assert sentences_with_clauses("") == []
    assert sentences_with_clauses("   \n\n ") == []
