"""Property-based fuzzing of the whole path: bytes → reader → pipeline → rasd.document/1, offsets exact."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.api import load_pipeline
from rasd.doc import Document
from rasd.errors import RasdError
from rasd.io import InputFailure, read_records
from rasd.serialize import to_dict

PIPE = load_pipeline()
ARABIC_NEWS = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة ") * 3),
        st.sampled_from(list(" ،.؟!«»\"'()-:0123456789٠١٢\n") + ["\u064e", "\u0651", "ـ", "\u200f", "\u202e", "\u2066"]),
        st.characters(),
    ),
    max_size=300,
)
WORDS = st.lists(st.sampled_from([
    "الجيش", "السوري", "داعش", "قسد", "في", "ريف", "حماة", "دمشق", "البوكمال", "قصفت", "طائرات", "روسية",
    "اشتباكات", "بين", "هيئة", "تحرير", "الشام", "و", "أحرار", "الشام", "اعتقلت", "قوات", "الأمن",
    "العراقية", "الموصل", "وزير", "الخارجية", "الأميركي", "التقى", "الأمم", "المتحدة", "،", ".", "لم",
    "هدد", "بفرض", "عقوبات", "على", "تركيا", "أمس", "يوم", "الاثنين", "24", "كيلومتراً", "جنوب", "مدينة",
]), max_size=80).map(" ".join)


def _check(doc: Document) -> None:
    obj = to_dict(doc)
    text = obj["text"]
    for m in obj["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    ids_a = {a["id"] for a in obj["actors"]}
    ids_p = {p["id"] for p in obj["places"]}
    for e in obj["events"]:
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
        assert e["evidence"]["start"] <= e["trigger"]["start"] and e["trigger"]["end"] <= e["evidence"]["end"]
        assert set(e["actor"]) <= ids_a and (e["place"] is None or e["place"] in ids_p)
    json.dumps(obj, ensure_ascii=False).encode("utf-8")


@given(st.one_of(ARABIC_NEWS, WORDS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_pipeline_on_random_text(text: str) -> None:
    try:
        doc = PIPE.extract(text)
    except RasdError:
        return
    _check(doc)


@given(st.binary(max_size=600))
@settings(max_examples=200, deadline=None)
def test_reader_on_random_bytes(data: bytes) -> None:
    for kind in (None, "jsonl", "json", "csv", "txt"):
        for item in read_records(data, "fuzz", kind):
            assert isinstance(item, (Document, InputFailure))


@given(st.lists(st.one_of(st.dictionaries(st.sampled_from(["id", "text", "content", "date", "title", "x"]),
                                           st.one_of(st.none(), st.integers(), st.text(max_size=30),
                                                     st.floats(allow_nan=True))), st.text(max_size=20)),
                max_size=6))
@settings(max_examples=200, deadline=None)
def test_jsonl_reader_on_random_records(records: list[object]) -> None:
    data = "\n".join(json.dumps(r, ensure_ascii=False) if not isinstance(r, str) else r for r in records).encode()
    items = list(read_records(data, "fuzz.jsonl", "jsonl"))
    for item in items:
        if isinstance(item, Document):
            _check(PIPE(item))
