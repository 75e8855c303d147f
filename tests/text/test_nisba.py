"""«سورية»: the country, or the feminine adjective after an indefinite noun (rasd.text.nisba)."""
from __future__ import annotations

import pytest

from rasd.api import extract
from rasd.text.nisba import is_country_adjective
from rasd.text.tokenize import Tokenizer


def _at(text: str, word: str) -> bool:
    toks = Tokenizer().tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.text == word)
    return is_country_adjective(toks, i)


@pytest.mark.parametrize("text", ["قيادات عسكرية سورية في تركيا", "موجهة إلى أطراف سورية أخرى",
                                  "وقالت مصادر سورية إن الهجوم فشل"])
def test_after_an_indefinite_noun_it_is_the_adjective(text: str) -> None:
    assert _at(text, "سورية")
    d = extract(text).to_dict()
    assert "سورية" not in [m["text"] for m in d["mentions"]]
    assert all(p["country"] != "SY" for p in d["places"])


@pytest.mark.parametrize("text", ["زار الوزير سورية أمس", "وصل الوفد إلى سورية أمس", "الحدود بين تركيا وسورية",
                                  "وقال مسؤولون في سورية إن الهدنة صامدة"])
def test_elsewhere_it_is_the_country(text: str) -> None:
    d = extract(text).to_dict()
    assert "سورية" in [m["text"] for m in d["mentions"] if m["type"] == "LOC"]


def test_the_sdf_keeps_its_name() -> None:
    d = extract("سيطرت قوات سورية الديمقراطية على تل أبيض").to_dict()
    assert "قوات سورية الديمقراطية" in [m["text"] for m in d["mentions"]]
